"""Benchmark figures go to ``benchmarks/RESULTS.md``, one section per benchmark, never into the README.

Each script records what it printed: :func:`recording` around its ``main()`` copies everything
printed to standard output into the script's section (or a script calls :func:`record` with its
own lines). The section is replaced in place (other benchmarks' sections stay), headed by the
date, the machine and the command, so a figure quoted anywhere can be traced to the run that
produced it.

    from results import recording
    with recording("speed"):
        main()
"""

from __future__ import annotations

import datetime as _dt
import io
import os
import platform
import re
import shlex
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

RESULTS = Path(__file__).with_name("RESULTS.md")
_HEAD = (
    "# Benchmark results\n\n"
    "Written by the scripts in `benchmarks/` (each replaces its own section); run one by hand to refresh it.\n"
    "Figures are from the machine named in each section, not a promise for yours.\n"
)


def machine() -> str:
    """A short description of where the figures were measured."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = f", load {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""  # other work on the machine
    return f"{os.cpu_count()} cores ({cpu}){load}, Python {platform.python_version()}, {platform.system()}"


def record(name: str, command: str, lines: Iterable[str], *, path: Path | None = None) -> None:
    """Replace the section ``name`` of the results file with ``lines`` (Markdown) under a heading that
    gives the date, the machine and ``command``. Skipped when ``CAREERMAP_BENCH_NO_RECORD`` is set
    (quick runs that should not overwrite a full one)."""
    if os.environ.get("CAREERMAP_BENCH_NO_RECORD"):
        return
    path = path or RESULTS
    text = path.read_text(encoding="utf-8") if path.exists() else _HEAD
    when = _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    body = "\n".join(lines).rstrip() + "\n"
    section = f"## {name}\n\n_{when} · {machine()} · `{command}`_\n\n{body}\n"
    pattern = re.compile(rf"^## {re.escape(name)}\n.*?(?=^## |\Z)", re.S | re.M)
    text = pattern.sub(lambda _: section, text, count=1) if pattern.search(text) else text.rstrip() + "\n\n" + section
    path.write_text(text, encoding="utf-8")
    print(f"(recorded in {path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path})", file=sys.stderr)


class _Tee(io.TextIOBase):
    """Writes go to the real stream and are kept."""

    def __init__(self, stream: io.TextIOBase) -> None:
        self.stream = stream
        self.kept = io.StringIO()

    def write(self, text: str) -> int:
        self.kept.write(text)
        return self.stream.write(text)

    def flush(self) -> None:
        self.stream.flush()


@contextmanager
def recording(name: str) -> Iterator[None]:
    """Print as usual; when the block ends without an error (a ``SystemExit`` of 0 included), record
    what was printed as the section ``name``, with the command that ran it. A failed run records
    nothing, so a crash never replaces good figures."""
    tee = _Tee(sys.stdout)  # type: ignore[arg-type]
    command = "python " + shlex.join([os.path.relpath(sys.argv[0]), *sys.argv[1:]])
    sys.stdout = tee  # type: ignore[assignment]
    try:
        yield
    except SystemExit as exc:
        if exc.code not in (0, None):
            raise
        sys.stdout = tee.stream  # type: ignore[assignment]
        _record_printed(name, command, tee.kept.getvalue())
        raise
    finally:
        sys.stdout = tee.stream  # type: ignore[assignment]
    _record_printed(name, command, tee.kept.getvalue())


def _record_printed(name: str, command: str, printed: str) -> None:
    if {"-h", "--help"} & set(sys.argv[1:]):  # a usage text is not a figure
        return
    record(name, command, ["```text", *printed.rstrip("\n").splitlines(), "```"])
