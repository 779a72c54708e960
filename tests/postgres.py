"""A private PostgreSQL server for the tests: ``initdb`` and ``pg_ctl`` from Debian's packages, on a
Unix socket in a temporary folder, no TCP port, password login (so a wrong password can be tried).

PostgreSQL refuses to run as root: under root the server runs as the ``postgres`` system user
the Debian package creates (through ``runuser``); any other user runs it as itself.
``scripts/system-deps`` (run by ``make test``) installs the packages when they are missing.
:func:`unavailable` says why a server cannot be had here, and the tests that need one skip with it.
"""

from __future__ import annotations

import os
import pwd
import re
import shlex
import shutil
import subprocess
import tempfile
from pathlib import Path

USER = "careermap"
PASSWORD = "team-store-secret"
DEBIAN = Path("/usr/lib/postgresql")


def bindir() -> Path | None:
    """The newest PostgreSQL server binaries on this machine (Debian's layout first, then $PATH)."""
    found = sorted(
        (p for p in DEBIAN.glob("*/bin") if (p / "initdb").is_file()),
        key=lambda p: [int(x) for x in re.findall(r"\d+", p.parent.name)],
        reverse=True,
    )
    if found:
        return found[0]
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def _run_as() -> str | None:
    """The system user the server runs as: None for the current user, else ``postgres`` under root."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        return ""  # root with no postgres user: cannot run
    return "postgres"


def unavailable() -> str | None:
    """Why no private server can be started here (None: it can)."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install 'careermap[postgres]')"
    if bindir() is None:
        return "PostgreSQL is not installed (Debian: apt-get install postgresql; make test installs it as root)"
    if _run_as() == "":
        return "running as root and there is no 'postgres' system user to run the server as"
    if _run_as() and not shutil.which("runuser"):
        return "running as root and runuser is missing (util-linux)"
    return None


class PrivateServer:
    """One PostgreSQL cluster in its own folder, started on :meth:`start` and removed on :meth:`stop`."""

    def __init__(self) -> None:
        found = bindir()
        assert found is not None, unavailable()
        self.bin = found
        self.owner = _run_as()
        self.root = Path(tempfile.mkdtemp(prefix="careermap-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self._databases = 0

    def _cmd(self, *args: str) -> list[str]:
        return ["runuser", "-u", self.owner, "--", *args] if self.owner else list(args)

    def _check(self, *args: str) -> None:
        out = subprocess.run(self._cmd(*args), capture_output=True, text=True, timeout=120)
        if out.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{' '.join(args[:2])} failed ({out.returncode}): {out.stderr.strip()}\n{log}")

    def start(self) -> PrivateServer:
        pwfile = self.root / "password"
        pwfile.write_text(PASSWORD + "\n")
        if self.owner:
            for path in (self.root, pwfile):
                shutil.chown(path, self.owner)
        self._check(
            str(self.bin / "initdb"),
            "-D",
            str(self.data),
            "-U",
            USER,
            "--auth=scram-sha-256",
            f"--pwfile={pwfile}",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        pwfile.unlink()
        settings = (
            f"-k {self.root} -c listen_addresses='' -c fsync=off -c synchronous_commit=off"
            " -c full_page_writes=off -c max_connections=200"
        )
        self._check(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-o", settings, "-w", "start")
        self._watch()
        return self

    def _watch(self) -> None:
        """A detached watcher stops the server and removes its folder once this process is gone, however
        it ends (a test run killed with SIGKILL leaves no server behind)."""
        stop = shlex.join(self._cmd(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"))
        folder = shlex.quote(str(self.root))
        script = f"while kill -0 {os.getpid()} 2>/dev/null; do sleep 1; done; {stop}; rm -rf {folder}"
        subprocess.Popen(
            ["sh", "-c", script],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )

    def url(self, database: str, *, password: str = PASSWORD) -> str:
        """A SQLAlchemy URL for ``database`` on this server's socket."""
        return f"postgresql+psycopg://{USER}:{password}@/{database}?host={self.root}"

    def create_database(self, prefix: str = "t") -> str:
        """A new, empty database; returns its URL."""
        import psycopg

        self._databases += 1
        name = f"{prefix}_{os.getpid()}_{self._databases}"
        with psycopg.connect(
            dbname="postgres", user=USER, password=PASSWORD, host=str(self.root), autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        if self.data.exists():
            subprocess.run(
                self._cmd(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"),
                capture_output=True,
                timeout=60,
            )
        shutil.rmtree(self.root, ignore_errors=True)
