from __future__ import annotations

import os
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

import pytest

from careermap.api import knowledge
from careermap.knowledge.loader import Knowledge
from tests.postgres import PrivateServer, unavailable

# Tests that use these fixtures start processes (a server, a browser): they are marked `slow`
# wherever they are, so `pytest -m "not slow"` leaves them out without each test saying so.
SLOW_FIXTURES = frozenset({"server", "start_server", "browser"})


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-docs",
        action="store_true",
        help="write the real output of the README's and docs/' examples back where it differs (tests/test_docs.py)",
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


def pytest_configure(config: pytest.Config) -> None:
    """No test writes to the user's cache folder: the compiled knowledge base of this run (and of the
    processes its tests start) is kept in a temporary one, from before collection to the end."""
    folder = tempfile.mkdtemp(prefix="careermap-test-cache-")
    config.stash[_CACHE_KEY] = (folder, os.environ.get("CAREERMAP_CACHE_DIR"))
    os.environ["CAREERMAP_CACHE_DIR"] = folder


def pytest_unconfigure(config: pytest.Config) -> None:
    folder, before = config.stash.get(_CACHE_KEY, (None, None))
    if folder is None:
        return
    shutil.rmtree(folder, ignore_errors=True)
    if before is None:
        os.environ.pop("CAREERMAP_CACHE_DIR", None)
    else:
        os.environ["CAREERMAP_CACHE_DIR"] = before


_CACHE_KEY = pytest.StashKey[tuple[str, str | None]]()


@pytest.fixture(scope="session")
def kb() -> Knowledge:
    return knowledge()


class Cli(Protocol):
    """The type of the ``cli`` fixture (tests annotate ``cli: Cli``)."""

    def __call__(
        self, *args: str, stdin: bytes | str | None = None, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]: ...


@pytest.fixture(scope="session")
def cjk_font(kb: Knowledge) -> Path:
    """The CJK font the demand chart draws with; the test is skipped, saying what to install, when
    matplotlib (``careermap[charts]``) or the font (Debian ``fonts-wqy-microhei``) is missing."""
    pytest.importorskip("matplotlib", reason="the chart needs matplotlib: pip install 'careermap[charts]'")
    from careermap.errors import FontMissing
    from careermap.report.jobs_chart import find_font

    try:
        return find_font(kb)
    except FontMissing as exc:
        pytest.skip(f"no CJK font for the chart: {exc.line('en')} (scripts/system-deps installs it)")


def invoke(
    *args: str, stdin: bytes | str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``careermap ARGS`` in this process, as the console script would (same exit codes,
    same one-line errors), with ``stdin`` fed in and stdout and stderr captured apart."""
    from typer.testing import CliRunner

    from careermap.cli.app import run

    runner = CliRunner()
    with runner.isolation(input=stdin, env={"COLUMNS": "120", **(env or {})}) as (out, err, _):
        code = run(list(args))
        sys.stdout.flush()
        sys.stderr.flush()
        stdout, stderr = out.getvalue().decode(), err.getvalue().decode()
    return subprocess.CompletedProcess(["careermap", *args], code, stdout, stderr)


@pytest.fixture()
def cli() -> Cli:
    """``cli(*args, stdin=..., env=...)``: the command run in-process (fast); a
    ``subprocess.CompletedProcess`` with ``returncode``, ``stdout`` and ``stderr``. Tests that must
    prove the console script itself (its exit codes, signals, a real pipe) start a subprocess instead
    and are marked ``slow``."""
    return invoke


class Server:
    """A real `careermap serve` process on a free loopback port."""

    def __init__(self, proc: subprocess.Popen[str], url: str, banner: str = "") -> None:
        self.proc = proc
        self.url = url
        self.banner = banner  # the line it printed on start ("careermap is serving at …")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover - only if uvicorn hangs on shutdown
            self.proc.kill()
            self.proc.wait()


def start_server(*args: str, timeout: float = 30.0) -> Server:
    """Start `careermap serve --port 0 ARGS` and wait until it answers /api/health."""
    import httpx

    log = tempfile.TemporaryFile("w+")  # noqa: SIM115 - lives as long as the server; a file, not a pipe, never blocks
    proc = subprocess.Popen(
        [sys.executable, "-m", "careermap", "serve", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=log,
        text=True,
        env={**os.environ, "LANG": "C.UTF-8"},
    )
    assert proc.stdout is not None
    deadline = time.monotonic() + timeout
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    line = proc.stdout.readline() if ready else ""
    found = re.search(r"http://127\.0\.0\.1:\d+", line)
    if not found:
        proc.kill()
        proc.wait()
        log.seek(0)
        raise RuntimeError(f"careermap serve did not start: {line!r} {log.read()}")
    url = found.group(0)
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/api/health", timeout=2).status_code == 200:
                return Server(proc, url, line.rstrip("\n"))
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("careermap serve never answered /api/health")


@pytest.fixture(scope="session")
def server() -> Iterator[Server]:
    srv = start_server()
    yield srv
    srv.stop()


@pytest.fixture(name="start_server")
def start_server_fixture() -> Any:
    """``start_server(*args)``: another server with other options; the test stops it."""
    return start_server


def eval_data(name: str) -> Path | None:
    """A file of the external evaluation set (read at run time, never copied): $CAREERMAP_EVAL_DATA,
    else shared/data beside the repository or beside its worktree folder."""
    root = Path(__file__).resolve().parents[1]
    env = os.environ.get("CAREERMAP_EVAL_DATA")
    for folder in ([Path(env)] if env else []) + [
        root.parent / "shared" / "data",
        root.parent.parent / "shared" / "data",
    ]:
        if (folder / name).is_file():
            return folder / name
    return None


@pytest.fixture(scope="session")
def postgres() -> Iterator[PrivateServer]:
    """A private PostgreSQL server for the session (tests/postgres.py); skipped, saying why, only where
    PostgreSQL or psycopg cannot be installed."""
    reason = unavailable()
    if reason:
        pytest.skip(reason)
    server = PrivateServer().start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def store_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new, empty store on each back end: a SQLite file path, then a database of its own on the
    private PostgreSQL server (a URL). Store tests take it to run once per back end."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    server: PrivateServer = request.getfixturevalue("postgres")
    return server.create_database()


@pytest.fixture(autouse=True)
def _private_database(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test writes to the user's real database: commands that store (diagnose, plan) and
    their subprocesses use a fresh file unless the test passes --db."""
    monkeypatch.setenv("CAREERMAP_DB", str(tmp_path_factory.mktemp("db") / "careermap.db"))
