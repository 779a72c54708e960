"""Postings per second for `jobs classify` (one process), `batch --engine local` and `batch --engine
spark` on local[1] and local[2], in the same run, with the peak memory of each worker.

The data set is built at run time from the real postings in ``../shared/data`` (never committed):
each synthetic posting takes the title, company, city, date and salary of one real posting and a
body whose lines come from it and from another posting in the same language, under a new id.
20,000 postings by default; ``--full`` makes 1,000,000. Every engine classifies the same files
(JSON Lines, eight parts); `jobs classify` runs on all of them in one file (the first 20,000 in
the full mode) and its answers are compared with each engine's, posting by posting.

Each command is also run on a small set (``--small``, 400 postings in the same eight parts) to
measure what it costs before the first posting: starting Python or the JVM, loading the knowledge
base in every worker, writing the parts. The table then gives two ratios against one process: over
the whole run (start-up included) and per posting after start-up, ``(n - small) / (t - t_small)``,
the rate a run of any size tends to. Spark's start-up is a large part of a 20,000-posting run;
a cluster user's session is already up, and 1 M postings pay it once.

Targets: both engines >= 1.8x one process on 2 cores; 1 M postings on Spark local[2] <= 15 min;
peak memory per Python worker <= 500 MB; answers identical to `jobs classify` for 100%.

Run: ``python benchmarks/bench_batch.py [--full] [--postings N] [--small N] [--engines one,local,spark1,spark2]``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

from results import record

ROOT = Path(__file__).resolve().parents[1]
PARTS = 8
TARGET_SCALE = 1.8
TARGET_MINUTES = 15.0
TARGET_MB = 500.0
TICKS = os.sysconf("SC_CLK_TCK")


def find_data() -> list[Path]:
    for folder in (ROOT.parent / "shared" / "data", ROOT.parent.parent / "shared" / "data"):
        files = [folder / n for n in ("postings.jsonl", "postings_zh.jsonl") if (folder / n).is_file()]
        if files:
            return files
    sys.exit("no real postings found in ../shared/data")


def build(sources: list[Path], n: int, folder: Path, seed: int = 7) -> list[Path]:
    """``n`` postings recombined from the real ones, in ``PARTS`` JSON Lines files."""
    rows = [json.loads(line) for s in sources for line in s.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_lang: dict[str, list[dict[str, object]]] = {}
    for r in rows:
        by_lang.setdefault("zh" if any("\u4e00" <= ch <= "\u9fff" for ch in str(r["body"])) else "en", []).append(r)
    rng = random.Random(seed)
    files = [folder / f"postings-{i:02d}.jsonl" for i in range(PARTS)]
    handles = [f.open("w", encoding="utf-8") for f in files]
    per = -(-n // PARTS)
    for i in range(n):
        a = rng.choice(rows)
        pool = by_lang["zh" if a in by_lang.get("zh", []) else "en"]
        b = rng.choice(pool)
        lines_a, lines_b = str(a["body"]).split("\n"), str(b["body"]).split("\n")
        body = [line if rng.random() < 0.7 or not lines_b else rng.choice(lines_b) for line in lines_a]
        out = {
            "id": f"bench-{i:07d}",
            "title": a["title"],
            "body": "\n".join(body),
            "company": a.get("company"),
            "city": a.get("location") or a.get("city"),
            "date": a.get("posted_at") or a.get("date"),
        }
        handles[i // per].write(json.dumps(out, ensure_ascii=False) + "\n")
    for h in handles:
        h.close()
    return files


class Memory:
    """Peak resident memory of every process below ``pid`` (polled from /proc), by kind, and the CPU
    time of ``pid`` and all below it (the last figure seen of each process: a process's last half
    second before it ends is missed)."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak: dict[int, tuple[str, float]] = {}
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)
        self._thread.start()

    def _children(self) -> list[int]:
        kids: dict[int, list[int]] = {}
        for d in Path("/proc").iterdir():
            if d.name.isdigit():
                try:
                    ppid = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
                except (OSError, IndexError, ValueError):
                    continue
                kids.setdefault(ppid, []).append(int(d.name))
        out, todo = [], [self.pid]
        while todo:
            p = todo.pop()
            out.append(p)
            todo += kids.get(p, [])
        return out

    def _poll(self) -> None:
        while not self._stop.wait(0.5):
            for pid in self._children():
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                    cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                self.cpu[pid] = (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime
                hwm = next((int(x.split()[1]) for x in status.splitlines() if x.startswith("VmHWM:")), 0) / 1024
                kind = "jvm" if "java" in cmd.split(" ", 1)[0] else "python"
                if pid != self.pid and hwm > self.peak.get(pid, ("", 0.0))[1]:
                    self.peak[pid] = (kind, hwm)

    def stop(self) -> dict[str, float]:
        self._stop.set()
        self._thread.join()
        out: dict[str, float] = {"cpu": sum(self.cpu.values())}
        for kind, mb in self.peak.values():
            out[kind] = max(out.get(kind, 0.0), mb)
        return out


def timed(
    args: list[str], env: dict[str, str], stdout: int | object = subprocess.DEVNULL
) -> tuple[float, float, dict[str, float]]:
    """(wall seconds, the parent's own peak MB, peaks of the processes below it by kind and
    ``cpu``: the CPU seconds of the whole tree)."""
    t0 = time.perf_counter()
    with tempfile.TemporaryFile("w+") as log:  # a file, not a pipe: Spark's log lines never block it
        proc = subprocess.Popen(args, stdout=stdout, stderr=log, env=env, text=True)  # type: ignore[arg-type]
        mem = Memory(proc.pid)
        own = 0.0
        while proc.poll() is None:
            try:
                status = Path(f"/proc/{proc.pid}/status").read_text()
                own = max(own, next(int(x.split()[1]) for x in status.splitlines() if x.startswith("VmHWM:")) / 1024)
            except (OSError, StopIteration):
                pass
            time.sleep(0.3)
        took = time.perf_counter() - t0
        peaks = mem.stop()
        if proc.returncode != 0:
            log.seek(0)
            raise RuntimeError(f"{' '.join(args)} failed: {log.read()[-3000:]}")
    return took, own, peaks


def answers_of(folder: Path) -> dict[str, tuple[object, object]]:
    rows: dict[str, tuple[object, object]] = {}
    for part in folder.glob("part-*.jsonl"):
        for line in part.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            rows[r["id"]] = (r["direction"], r["role"])
    return rows


def errors_of(folder: Path) -> Counter[str]:
    """The error rows a run wrote (``_errors`` part), counted by reason."""
    reasons: Counter[str] = Counter()
    for part in (folder / "_errors").glob("part-*.jsonl"):
        for line in part.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            reasons[f"{r['field']}: {r['message_en']}"] += 1
    return reasons


def one_file(files: list[Path], path: Path, limit: int) -> int:
    """The first ``limit`` postings of ``files`` in one JSON Lines file (what `jobs classify` reads)."""
    count = 0
    with path.open("w", encoding="utf-8") as fh:
        for f in files:
            for line in f.read_text(encoding="utf-8").splitlines():
                if count >= limit:
                    return count
                if line.strip():
                    fh.write(line + "\n")
                    count += 1
    return count


RUNS = {
    "local": ("`batch --engine local` (2 workers)", ["--engine", "local", "--workers", "2"]),
    "spark1": ("`batch --engine spark --master local[1]`", ["--engine", "spark", "--master", "local[1]"]),
    "spark2": ("`batch --engine spark --master local[2]`", ["--engine", "spark", "--master", "local[2]"]),
    "dedup": ("`batch --engine local` + near-duplicates", ["--engine", "local", "--workers", "2"]),
}


def batch_command(careermap: list[str], key: str, src: Path, out: Path) -> list[str]:
    extra = RUNS[key][1]
    dedup = [] if key == "dedup" else ["--no-dedup"]
    return [*careermap, "batch", "classify", str(src), str(out), "--format", "jsonl", "--quiet", *extra, *dedup]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--full", action="store_true", help="1,000,000 postings")
    ap.add_argument("--postings", type=int, help="how many postings (default 20,000; 1,000,000 with --full)")
    ap.add_argument("--small", type=int, default=400, help="postings in the start-up run (0: no start-up run)")
    ap.add_argument("--engines", default="one,local,spark1,spark2,dedup")
    args = ap.parse_args()
    if args.small < 0 or (args.postings is not None and args.postings < 1):
        ap.error("--small is 0 or more and --postings 1 or more")
    n = args.postings or (1_000_000 if args.full else 20_000)
    small_n = min(args.small, n // 10)
    engines = args.engines.split(",")
    careermap = [sys.executable, "-m", "careermap"]
    env = {**os.environ, "LANG": "C.UTF-8", "PYSPARK_PYTHON": sys.executable}
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        folder = Path(tmp) / "data"
        folder.mkdir()
        t0 = time.perf_counter()
        files = build(find_data(), n, folder)
        small_folder = Path(tmp) / "small"
        small_folder.mkdir()
        small_files = build(find_data(), small_n, small_folder, seed=11) if small_n else []
        size = sum(f.stat().st_size for f in files)
        print(
            f"data: {n:,} postings recombined from the real ones, {size / 1e6:.0f} MB in {PARTS} JSON Lines parts "
            f"(built in {time.perf_counter() - t0:.0f} s); start-up runs on {small_n:,} postings; "
            f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f} at start"
        )
        # (label, postings, seconds, CPU seconds, memory, start-up seconds or None)
        results: list[tuple[str, int, float, float, str, float | None]] = []
        reference: dict[str, tuple[object, object]] = {}

        def startup(cmd: list[str], stdout: Any = subprocess.DEVNULL) -> float | None:
            """Seconds the command takes on the small set: what it costs before the first posting."""
            if not small_n:
                return None
            took, _, _ = timed(cmd, env, stdout)
            return took

        if "one" in engines:
            sample = Path(tmp) / "all.jsonl"  # every posting (the first 20,000 in the full mode)
            count = one_file(files, sample, 20_000)
            small_sample = Path(tmp) / "small.jsonl"
            one_file(small_files, small_sample, small_n)
            with (Path(tmp) / "one-small.jsonl").open("w") as fh:
                first = startup([*careermap, "jobs", "classify", str(small_sample), "--format", "jsonl"], fh)
            out = Path(tmp) / "one.jsonl"
            with out.open("w") as fh:
                took, own, tree = timed([*careermap, "jobs", "classify", str(sample), "--format", "jsonl"], env, fh)
            for line in out.read_text(encoding="utf-8").splitlines():
                r = json.loads(line)
                reference[r["id"]] = (r["direction"], r["role"])
            results.append(("`jobs classify` (one process)", count, took, tree["cpu"], f"{own:.0f} MB", first))
            said = f"{count:,} postings in {took:.1f} s (start-up run {first or 0:.1f} s)"
            print(f"`jobs classify` (one process): {said}")
        checks: list[str] = []
        for key in ("local", "spark1", "spark2", "dedup"):
            if key not in engines:
                continue
            label = RUNS[key][0]
            first = startup(batch_command(careermap, key, small_folder, Path(tmp) / f"small-{key}"))
            out_dir = Path(tmp) / f"out-{key}"
            took, own, peaks = timed(batch_command(careermap, key, folder, out_dir), env)
            got = answers_of(out_dir)
            same = sum(1 for pid, a in reference.items() if got.get(pid) == a)
            if reference:
                checks.append(f"{label}: {same:,} of {len(reference):,} answers identical to `jobs classify`")
            reasons = errors_of(out_dir)  # recombining lines can leave a body empty: such a row is an error
            if reasons:
                said = "; ".join(f"{k} ({v:,})" for k, v in reasons.most_common())
                checks.append(f"{label}: {sum(reasons.values()):,} rows in the errors part — {said}")
            mem = f"{peaks.get('python', 0):.0f} MB per Python worker"
            if "jvm" in peaks:
                mem += f", JVM {peaks['jvm']:.0f} MB"
            results.append((label, len(got), took, peaks["cpu"], mem, first))
            print(f"{label}: {len(got):,} postings in {took:.1f} s (start-up run {first or 0:.1f} s)")
    lines = report(n, small_n, results)
    print("\n".join(lines + [f"- {c}" for c in checks]))
    record(
        "batch" + (" (--full)" if n >= 1_000_000 else ""),
        " ".join(["python benchmarks/bench_batch.py", *sys.argv[1:]]),  # the command as run, engines included
        lines + [f"- {c}" for c in checks],
    )


def after_startup(count: int, took: float, small_n: int, first: float | None) -> float | None:
    """Postings per second once started: the postings beyond the small run over the seconds beyond it."""
    if first is None or took <= first or count <= small_n:
        return None
    return (count - small_n) / (took - first)


def report(n: int, small_n: int, results: list[tuple[str, int, float, float, str, float | None]]) -> list[str]:
    one = next((r for r in results if "one process" in r[0]), None)
    one_rate = one[1] / one[2] if one else 0.0
    one_cpu = one[3] / one[1] if one else 0.0
    one_steady = after_startup(one[1], one[2], small_n, one[5]) if one else None
    lines = [
        f"{n:,} postings recombined from the real ones (never committed), {PARTS} JSON Lines parts; "
        f"{os.cpu_count()} cores; figures taken while other work ran on the machine (load average "
        f"{os.getloadavg()[0]:.1f} at the end). Start-up: the same command on {small_n:,} postings; after start-up: "
        f"(postings − {small_n:,}) / (seconds − start-up seconds).",
        "",
        "| run | postings | seconds | postings/s | × one process | start-up s | postings/s after start-up"
        " | × one process after start-up | CPU s (all processes) | CPU per posting × one process | peak memory |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    verdicts = []
    for label, count, took, cpu, mem, first in results:
        rate = count / took
        ratio = rate / one_rate if one_rate else 0.0
        steady = after_startup(count, took, small_n, first)
        steady_ratio = steady / one_steady if steady and one_steady else None
        cpu_ratio = cpu / count / one_cpu if one_cpu else 0.0
        lines.append(
            f"| {label} | {count:,} | {took:.1f} | {rate:.0f} | {ratio:.2f} | "
            f"{'–' if first is None else f'{first:.1f}'} | {'–' if steady is None else f'{steady:.0f}'} | "
            f"{'–' if steady_ratio is None else f'{steady_ratio:.2f}'} | {cpu:.1f} | {cpu_ratio:.2f} | {mem} |"
        )
        if "batch" in label and one_rate and "near-duplicates" not in label:
            cores = 2 if "local[1]" not in label else 1
            after = (
                f"; after start-up {steady_ratio:.2f}× ({'met' if steady_ratio >= TARGET_SCALE else 'NOT met'})"
                if steady_ratio is not None
                else ""
            )
            verdicts.append(
                f"{label}: {ratio:.2f}× one process over the whole run (target {TARGET_SCALE}×: "
                f"{'met' if ratio >= TARGET_SCALE else 'NOT met'}){after}; its CPU per posting, {cpu_ratio:.2f}× one "
                f"process's, bounds it at {cores / cpu_ratio:.2f}× on {cores} idle core{'s' if cores > 1 else ''}"
            )
        if "local[2]" in label:
            if n >= 1_000_000:
                minutes, how = 1_000_000 / rate / 60, "measured"
            elif steady is not None and first is not None:
                minutes, how = (first + (1_000_000 - small_n) / steady) / 60, "projected from start-up + rate after it"
            else:
                minutes, how = 1_000_000 / rate / 60, "projected"
            verdicts.append(
                f"1 M postings on Spark local[2]: {minutes:.1f} min {how}"
                f" (target {TARGET_MINUTES:.0f}: {'met' if minutes <= TARGET_MINUTES else 'NOT met'})"
            )
    return [*lines, "", *[f"- {v}" for v in verdicts]]


if __name__ == "__main__":
    main()
