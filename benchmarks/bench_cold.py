"""Cold start: a fresh `careermap diagnose` process on a short text, beside the bare interpreter.

    python benchmarks/bench_cold.py [--runs 15]

Each round runs, one after the other (so a busy machine slows all of them alike):

1. ``python -c pass`` — the interpreter alone (baseline);
2. ``python -c "import careermap"`` — the package;
3. ``careermap diagnose - --no-store`` — the command, compiled knowledge base in the cache;
4. ``careermap diagnose -`` — the same, storing the assessment in a SQLite file;
5. the command with an empty cache folder — the first run after installing or editing the knowledge
   base (it validates the YAML files and compiles the matcher, then keeps both).

Targets (issue 12, a quiet 2-core machine): (3) at most 0.4 s median, (4) at most 0.6 s. The cache
lives in a temporary folder (``CAREERMAP_CACHE_DIR``); the user's folders are not touched.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from results import record

SHORT = "我是做了5年Java后端的，熟悉Spring Cloud和Redis，最近用LangChain做了一个知识库问答。"
TARGETS = {"diagnose, no store": 0.4, "diagnose, storing": 0.6}


def timed(cmd: list[str], env: dict[str, str], stdin: bytes = b"") -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, input=stdin, env=env, capture_output=True, check=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="careermap-bench-cold-"))
    env = {**os.environ, "CAREERMAP_CACHE_DIR": str(work / "cache"), "CAREERMAP_DB": str(work / "bench.db")}
    env.pop("CAREERMAP_NO_CACHE", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # measured as installed: modules byte-compiled once, by the warm-up
    py = sys.executable
    cli = [py, "-m", "careermap", "diagnose", "-"]
    commands: dict[str, tuple[list[str], bytes]] = {
        "python -c pass": ([py, "-c", "pass"], b""),
        "python -c 'import careermap'": ([py, "-c", "import careermap"], b""),
        "diagnose, no store": ([*cli, "--no-store"], SHORT.encode()),
        "diagnose, storing": (cli, SHORT.encode()),
        "diagnose, empty cache": ([*cli, "--no-store"], SHORT.encode()),
    }
    try:
        for cmd, stdin in commands.values():  # warm up: the cache, the database, the file system
            timed(cmd, env, stdin)
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for i in range(args.runs):
            for name, (cmd, stdin) in commands.items():
                run_env = env
                if name == "diagnose, empty cache":
                    run_env = {**env, "CAREERMAP_CACHE_DIR": str(work / f"empty-{i}")}
                times[name].append(timed(cmd, run_env, stdin))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    base = statistics.median(w for w, _ in times["python -c pass"])
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines = [
        f"Fresh processes, {args.runs} rounds; a short Chinese text on stdin, terminal output. Each round runs "
        f"every command once, in turn. Load average at the end: {load:.1f} on {os.cpu_count()} cores (CPU time is "
        "what a busy machine distorts least).",
        "",
        "| command | wall median | wall min | × `python -c pass` | CPU median | target (wall) |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for name, values in times.items():
        wall = [w for w, _ in values]
        med = statistics.median(wall)
        target = TARGETS.get(name)
        verdict = f"≤ {target} s: {'met' if med <= target else 'NOT met'}" if target else ""
        cpu = statistics.median(c for _, c in values)
        lines.append(f"| {name} | {med:.3f} s | {min(wall):.3f} s | {med / base:.1f} | {cpu:.3f} s | {verdict} |")
    print("\n".join(lines))
    record("cold", "python benchmarks/bench_cold.py", lines)


if __name__ == "__main__":
    main()
