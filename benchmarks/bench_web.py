"""Load on one `careermap serve` process, beside the in-process diagnose rate measured in the same run.

    python benchmarks/bench_web.py                      # 50 clients, 60 s
    python benchmarks/bench_web.py --clients 10 --seconds 10

50 concurrent clients (one asyncio loop, aiohttp, keep-alive) post real backgrounds from
benchmarks/data/backgrounds.yaml as ``POST /api/diagnose`` for the given time against one
server process on 127.0.0.1 (started here, on a free port). aiohttp rather than httpx: with
50 connections httpx's pool itself used 70% of a core here and stretched p95 to five times p50,
so it measured the client. Reported: requests/s, latency
p50/p95/p99/max and the error count (must be 0: the script exits 1 otherwise). The baseline is
``careermap.diagnose`` + JSON called in this process on the same texts, on the core the
server gets, measured before and after the load (the mean is the reference): one server
process runs Python on one core, so it can at best match it. The server is pinned to one core
and the clients to the other where the machine has two. On a machine shared with other work
the baseline moves between runs; the two measurements show by how much.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import select
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx
import yaml

import careermap

HERE = Path(__file__).parent


def texts() -> list[str]:
    entries = yaml.safe_load((HERE / "data" / "backgrounds.yaml").read_text(encoding="utf-8"))
    return [e["text"] for e in entries]


def in_process_rate(samples: list[str], seconds: float) -> tuple[float, float, float]:
    """Diagnoses per second in this process, the engine alone and with the result and its JSON as the
    server does; and the CPU milliseconds of one such request's work (steadier than wall time on a shared
    machine)."""
    kb = careermap.default_knowledge()
    careermap.diagnose(samples[0], kb=kb)

    def run(full: bool) -> tuple[float, float]:
        n, t0, c0 = 0, time.perf_counter(), time.process_time()
        while time.perf_counter() - t0 < seconds:
            for text in samples:
                if full:
                    json.dumps(careermap.diagnose(text, kb=kb).model_dump(mode="json"), ensure_ascii=False)
                else:
                    careermap.assess(text, kb=kb)
                n += 1
        return n / (time.perf_counter() - t0), (time.process_time() - c0) * 1000 / n

    bare, _ = run(False)
    full, cpu_ms = run(True)
    return bare, full, cpu_ms


def start_server(core: int | None, *args: str) -> tuple[subprocess.Popen[str], str]:
    cmd = [sys.executable, "-m", "careermap", "serve", "--port", "0", *args]
    if core is not None:
        cmd = ["taskset", "-c", str(core), *cmd]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], 60)
    found = re.search(r"http://127\.0\.0\.1:\d+", proc.stdout.readline() if ready else "")
    if not found:
        proc.kill()
        raise SystemExit("careermap serve did not start")
    url = found.group(0)
    for _ in range(300):
        try:
            if httpx.get(f"{url}/api/health", timeout=2).status_code == 200:
                return proc, url
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("careermap serve never answered")


async def load(url: str, samples: list[str], clients: int, seconds: float) -> tuple[list[float], list[str]]:
    """``clients`` concurrent loops, each posting the next background as soon as its answer is read."""
    import aiohttp

    latencies: list[float] = []
    errors: list[str] = []
    deadline = time.perf_counter() + seconds
    connector = aiohttp.TCPConnector(limit=clients)
    async with aiohttp.ClientSession(base_url=url, connector=connector) as session:

        async def worker(k: int) -> None:
            i = k
            while time.perf_counter() < deadline:
                text = samples[i % len(samples)]
                i += clients
                t0 = time.perf_counter()
                try:
                    async with session.post("/api/diagnose", json={"text": text}) as r:
                        body = await r.read()
                        if r.status != 200 or len(json.loads(body)["directions"]) != 6:
                            errors.append(f"{r.status} {body[:120]!r}")
                except (aiohttp.ClientError, TimeoutError) as exc:
                    errors.append(f"{type(exc).__name__}: {exc}")
                latencies.append(time.perf_counter() - t0)

        await asyncio.gather(*(worker(k) for k in range(clients)))
    return latencies, errors


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=1000)[round(q * 1000) - 1] if len(values) > 1 else values[0]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--baseline-seconds", type=float, default=10.0)
    ap.add_argument("--threads", type=int, default=None, help="passed to careermap serve --threads")
    args = ap.parse_args()

    samples = texts()
    cores = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    two = len(cores) >= 2 and bool(subprocess.run(["which", "taskset"], capture_output=True).stdout)
    if two:  # the baseline on the core the server will have, then the clients on the other one
        os.sched_setaffinity(0, {cores[0]})
    chars = statistics.mean(len(t) for t in samples)
    print(f"{len(samples)} real backgrounds (benchmarks/data/backgrounds.yaml), {chars:.0f} characters on average")
    where = f"server pinned to core {cores[0]}, clients to core {cores[1]}" if two else "not pinned"
    print(f"cores: {len(cores)}; {where}")

    def baseline(when: str) -> tuple[float, float]:
        if two:
            os.sched_setaffinity(0, {cores[0]})
        bare, full, cpu_ms = in_process_rate(samples, args.baseline_seconds / 2)
        print(f"\nin-process on core {cores[0] if two else '-'}, {args.baseline_seconds:.0f} s, {when} (baseline)")
        print(f"  assess (the engine alone)        : {bare:8.1f} /s")
        print(
            f"  diagnose + result + json.dumps   : {full:8.1f} /s   {cpu_ms:.2f} ms CPU each (the work of one request)"
        )
        return full, cpu_ms

    before, cpu_before = baseline("before the load")
    if two:
        os.sched_setaffinity(0, {cores[1]})
    threads = ["--threads", str(args.threads)] if args.threads is not None else []
    proc, url = start_server(cores[0] if two else None, *threads)
    try:
        server_cpu, client_cpu = cpu_seconds(proc.pid), time.process_time()
        latencies, errors = asyncio.run(load(url, samples, args.clients, args.seconds))
        server_cpu, client_cpu = cpu_seconds(proc.pid) - server_cpu, time.process_time() - client_cpu
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    after, cpu_after = baseline("after the load")
    full, cpu_ms = (before + after) / 2, (cpu_before + cpu_after) / 2
    n = len(latencies)
    rate = n / args.seconds
    ms = [x * 1000 for x in latencies]
    print(f"\none server process, {args.clients} concurrent clients, {args.seconds:.0f} s, POST /api/diagnose (JSON)")
    print(f"  requests     : {n}")
    print(f"  requests/s   : {rate:8.1f}   ({rate / full:.2f}x the in-process rate of the same work, {full:.1f}/s)")
    p50, p95, p99 = (pct(ms, q) for q in (0.50, 0.95, 0.99))
    print(f"  latency ms   : p50 {p50:.0f} · p95 {p95:.0f} · p99 {p99:.0f} · max {max(ms):.0f}")
    print(
        f"  CPU          : server {server_cpu / args.seconds:.0%} of a core, "
        f"clients {client_cpu / args.seconds:.0%} of a core"
    )
    per_request = server_cpu * 1000 / max(n, 1)
    print(
        f"  server CPU   : {per_request:.2f} ms per request = {per_request / cpu_ms:.2f}x the in-process "
        f"{cpu_ms:.2f} ms (HTTP, parsing and the answer add {per_request - cpu_ms:+.2f} ms)"
    )
    print(f"  errors       : {len(errors)}  (must be 0)")
    for e in errors[:5]:
        print(f"    {e}")
    return 1 if errors else 0


if __name__ == "__main__":
    from results import recording

    with recording("web"):
        sys.exit(main())
