"""Many people at once: `careermap serve` with 1 and then 2 workers, in the same run, under the same load.

    python benchmarks/bench_load.py                          # 200 clients, 60 s per server
    python benchmarks/bench_load.py --clients 50 --seconds 15 --workers 1,2,4
    python benchmarks/bench_load.py --db postgresql://user:password@host/careermap   # a team's store

``--clients`` concurrent clients (one asyncio loop, aiohttp, keep-alive) each send the next request of
a mixed round as soon as the last answer is read, for ``--seconds``, against a server started here on
a free loopback port with ``--workers N``. The round, in this order (client k starts at step k):

    GET  /                  the page                              x2
    POST /                  the page with a pasted background      x2
    POST /api/diagnose      JSON; every 5th asks to be saved      x3
    POST /api/plan          JSON                                   x1
    POST /api/jobs/match    JSON                                   x1
    GET  /api/jobs/stats                                           x1

Backgrounds: benchmarks/data/backgrounds.yaml. The store (a new SQLite file unless ``--db``) holds the
evaluation set's postings, imported before the load (``--data``, $CAREERMAP_EVAL_DATA or shared/data
beside the repository; read at run time, never copied), else examples/postings.jsonl.

Reported per server: requests/s, latency p50/p95/p99 overall and per request kind, errors (must be 0:
the script exits 1 otherwise), how the connections fell on the workers, the CPU of the server and of
the clients, and the saved assessments against the rows the store holds afterwards (must be equal).
Throughput with more workers is given as a ratio to one worker measured in the same run. The
clients share the machine with the server: on 2 cores they take part of the second core.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from bench_web import cpu_seconds, pct, start_server, texts
from bench_web_jobs import postings_file
from results import record

ROOT = Path(__file__).resolve().parents[1]

# (kind, method, path, body): the round every client walks through
ROUND = [
    ("GET /", "GET", "/", None),
    ("POST /", "POST", "/", "form"),
    ("POST /api/diagnose", "POST", "/api/diagnose", "json"),
    ("POST /api/plan", "POST", "/api/plan", "json"),
    ("GET /", "GET", "/", None),
    ("POST /api/diagnose", "POST", "/api/diagnose", "json"),
    ("POST /api/jobs/match", "POST", "/api/jobs/match", "json"),
    ("POST /", "POST", "/", "form"),
    ("GET /api/jobs/stats", "GET", "/api/jobs/stats", None),
    ("POST /api/diagnose", "POST", "/api/diagnose", "json"),
]
SAVE_EVERY = 5  # every 5th diagnose asks to be saved
KINDS = list(dict.fromkeys(kind for kind, *_ in ROUND))


@dataclass
class Run:
    workers: int
    seconds: float
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: list[str] = field(default_factory=list)
    by_worker: Counter[int] = field(default_factory=Counter)
    worker_latencies: dict[int, list[float]] = field(default_factory=lambda: defaultdict(list))
    saved: list[int] = field(default_factory=list)
    server_cpu: float = 0.0
    client_cpu: float = 0.0
    stored_rows: int = 0

    @property
    def all(self) -> list[float]:
        return [x for values in self.latencies.values() for x in values]

    @property
    def rate(self) -> float:
        return len(self.all) / self.seconds


async def load(url: str, samples: list[str], clients: int, seconds: float, run: Run) -> None:
    import aiohttp

    deadline = time.perf_counter() + seconds
    diagnoses = 0
    connector = aiohttp.TCPConnector(limit=clients)
    timeout = aiohttp.ClientTimeout(total=120)
    async with aiohttp.ClientSession(base_url=url, connector=connector, timeout=timeout) as session:

        async def client(k: int) -> None:
            nonlocal diagnoses
            step = k
            while time.perf_counter() < deadline:
                kind, method, path, body = ROUND[step % len(ROUND)]
                text = samples[(step // len(ROUND) + k) % len(samples)]
                step += 1
                kwargs: dict[str, object] = {}
                save = False
                if body == "form":
                    kwargs["data"] = {"text": text}
                elif body == "json":
                    payload: dict[str, object] = {"text": text}
                    if path == "/api/diagnose":
                        diagnoses += 1
                        save = diagnoses % SAVE_EVERY == 0
                        payload["store"] = save
                    kwargs["json"] = payload
                t0 = time.perf_counter()
                try:
                    async with session.request(method, path, **kwargs) as r:  # type: ignore[arg-type]
                        data = await r.read()
                        worker = r.headers.get("x-careermap-worker")
                        problem = check(kind, r.status, data)
                        if problem:
                            run.errors.append(f"{kind}: {problem}")
                        if worker:
                            run.by_worker[int(worker)] += 1
                            run.worker_latencies[int(worker)].append(time.perf_counter() - t0)
                        if save and not problem:
                            stored = json.loads(data).get("stored_id")
                            if stored is None:
                                run.errors.append(f"{kind}: asked to save, not saved: {data[:160]!r}")
                            else:
                                run.saved.append(int(stored))
                except (aiohttp.ClientError, TimeoutError) as exc:
                    run.errors.append(f"{kind}: {type(exc).__name__}: {exc}")
                run.latencies[kind].append(time.perf_counter() - t0)

        await asyncio.gather(*(client(k) for k in range(clients)))


def check(kind: str, status: int, data: bytes) -> str | None:
    """What is wrong with an answer, or None: the status, and that it holds what the request asked for."""
    if status != 200:
        return f"{status} {data[:160]!r}"
    if kind.startswith(("GET /", "POST /")) and not kind.startswith(("GET /api", "POST /api")):
        return None if b"</html>" in data else "not a whole page"
    body = json.loads(data)
    if kind == "POST /api/diagnose" and len(body.get("directions", [])) != 6:
        return "not six directions"
    if kind == "POST /api/plan" and not body.get("role"):
        return "no role"
    if kind == "POST /api/jobs/match" and not body.get("postings"):
        return "no postings matched"
    if kind == "GET /api/jobs/stats" and not body.get("total"):
        return "no postings counted"
    return None


def assessments_in(db: str) -> int:
    from careermap.store.assessments import count, open_assessments

    store = open_assessments(db)
    try:
        return count(store)
    finally:
        store.close()


def serve_and_load(db: str, workers: int, args: argparse.Namespace, samples: list[str]) -> Run:
    run = Run(workers, args.seconds)
    before = assessments_in(db)
    proc, url = start_server(None, "--db", db, "--workers", str(workers))
    try:
        warm = Run(workers, 1.0)  # every worker answers a round before the clock starts
        asyncio.run(load(url, samples, min(args.clients, 4 * workers), 2.0, warm))
        pids = set(warm.by_worker)
        cpu0 = sum(cpu_seconds(p) for p in pids)
        client0 = time.process_time()
        asyncio.run(load(url, samples, args.clients, args.seconds, run))
        run.client_cpu = time.process_time() - client0
        run.server_cpu = sum(cpu_seconds(p) for p in pids | set(run.by_worker)) - cpu0
        run.errors += warm.errors
        saved_in_warm = len(warm.saved)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    run.stored_rows = assessments_in(db) - before - saved_in_warm
    return run


def ms(values: list[float], q: float) -> float:
    return pct(values, q) * 1000 if values else float("nan")


def report(runs: list[Run], args: argparse.Namespace) -> list[str]:
    base = runs[0]
    lines = [
        f"{args.clients} clients, {args.seconds:.0f} s per server, mixed round of {len(ROUND)} requests "
        f"(2 GET /, 2 POST /, 3 POST /api/diagnose with 1 in {SAVE_EVERY} saved, 1 plan, 1 jobs match, "
        "1 jobs stats)",
        "",
        "| workers | requests/s | vs 1 worker | p50 ms | p95 ms | p99 ms | errors | saved / rows stored |"
        " server CPU (cores) | client CPU (cores) | answers per worker (p95 ms) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in runs:
        spread = " / ".join(f"{n} ({ms(r.worker_latencies[w], 0.95):.0f})" for w, n in r.by_worker.most_common())
        lines.append(
            f"| {r.workers} | {r.rate:.1f} | {r.rate / base.rate:.2f}x | {ms(r.all, 0.5):.0f} | {ms(r.all, 0.95):.0f} |"
            f" {ms(r.all, 0.99):.0f} | {len(r.errors)} | {len(r.saved)} / {r.stored_rows} |"
            f" {r.server_cpu / r.seconds:.2f} | {r.client_cpu / r.seconds:.2f} | {spread} |"
        )
    lines += [
        "",
        "| request | " + " | ".join(f"{r.workers} worker{'s' * (r.workers > 1)} p50 / p95 ms" for r in runs) + " |",
        "|---|" + "---:|" * len(runs),
    ]
    for kind in KINDS:
        cells = [f"{ms(r.latencies[kind], 0.5):.0f} / {ms(r.latencies[kind], 0.95):.0f}" for r in runs]
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    cpu_ms = [r.server_cpu * 1000 / max(len(r.all), 1) for r in runs]
    lines += [
        "",
        "Server CPU per request (all workers): "
        + ", ".join(f"{c:.1f} ms with {r.workers}" for c, r in zip(cpu_ms, runs, strict=True))
        + ".",
        "What the machine gave the server: "
        + ", ".join(
            f"{r.server_cpu / r.seconds:.2f} of {min(r.workers, len(os.sched_getaffinity(0)))} cores with {r.workers}"
            for r in runs
        )
        + ". On a machine doing nothing else each worker gets one core; then, at the CPU per request measured "
        "here, the server answers at most "
        + ", ".join(
            f"{min(r.workers, len(os.sched_getaffinity(0))) * 1000 / c:.0f} requests/s with {r.workers}"
            for c, r in zip(cpu_ms, runs, strict=True)
        )
        + f" (Little's law: {args.clients} clients then wait about "
        + ", ".join(
            f"{args.clients * c / 1000 / min(r.workers, len(os.sched_getaffinity(0))):.1f} s"
            for c, r in zip(cpu_ms, runs, strict=True)
        )
        + " each, before the clients' own CPU) — a bound from this run's figures, not a measurement.",
        f"p95 target: <= 3000 ms with {args.clients} clients: "
        + ", ".join(f"{'met' if ms(r.all, 0.95) <= 3000 else 'not met'} with {r.workers}" for r in runs)
        + ".",
    ]
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts, run one after the other")
    ap.add_argument("--db", help="the store (default: a new SQLite file); a PostgreSQL URL for a team's store")
    ap.add_argument("--data", help="folder with postings.jsonl")
    args = ap.parse_args()
    counts = [int(x) for x in args.workers.split(",")]

    samples = texts()
    with tempfile.TemporaryDirectory(prefix="bench-load-") as folder:
        db = args.db or str(Path(folder) / "careermap.db")
        source = postings_file(args.data)
        prepare(db, source)
        print(
            f"{len(samples)} backgrounds (benchmarks/data/backgrounds.yaml); postings: {source.name} from "
            f"{source.parent}; cores: {len(os.sched_getaffinity(0))}; load average before: "
            f"{os.getloadavg()[0]:.1f}"
        )
        runs = []
        for workers in counts:
            run = serve_and_load(db, workers, args, samples)
            runs.append(run)
            print(
                f"  {workers} worker(s): {run.rate:.1f} requests/s, p95 {ms(run.all, 0.95):.0f} ms, "
                f"{len(run.errors)} errors",
                flush=True,
            )
    lines = report(runs, args)
    print()
    print("\n".join(lines))
    for r in runs:
        for e in r.errors[:5]:
            print(f"  [{r.workers} workers] {e}")
    lost = [r for r in runs if len(r.saved) != r.stored_rows or len(set(r.saved)) != len(r.saved)]
    shared = os.getloadavg()[0]
    lines.append(
        f"Load average after the run: {shared:.1f} (the machine was shared while measuring when it is "
        "well above the cores)."
    )
    record("load", "python benchmarks/bench_load.py " + " ".join(sys.argv[1:]), lines)
    return 1 if any(r.errors for r in runs) or lost else 0


def prepare(db: str, source: Path) -> None:
    """The postings in the store (imported once; a store that already holds them is left as it is)."""
    import careermap.store.assessments
    import careermap.store.postings  # noqa: F401  (register their components)
    from careermap.api import knowledge
    from careermap.store.corpus import import_postings
    from careermap.store.db import open_store

    store = open_store(db, components=["postings", "assessments"])
    try:
        t0 = time.perf_counter()
        result = import_postings(source, store=store, kb=knowledge())
        print(
            f"store {store.shown}: {result.added} postings imported, {result.unchanged} already there "
            f"({time.perf_counter() - t0:.0f} s)"
        )
    finally:
        store.close()


if __name__ == "__main__":
    sys.exit(main())
