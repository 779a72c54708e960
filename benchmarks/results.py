"""Benchmark figures go to ``benchmarks/RESULTS.md``, one section per benchmark, never into the README.

Each script calls :func:`record` at its end with the table it printed; the section is replaced
in place (other benchmarks' sections stay), headed by the date, the machine and the command,
so a figure quoted anywhere can be traced to the run that produced it.

    from results import record
    record("speed", "python benchmarks/bench_speed.py", lines)
"""

from __future__ import annotations

import datetime as _dt
import os
import platform
import re
import sys
from collections.abc import Iterable
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
    return f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, {platform.system()}"


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
