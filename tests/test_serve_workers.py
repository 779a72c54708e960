"""`careermap serve --workers 2` on loopback, as a team runs it: both workers answer concurrent
requests, saving from both at once loses nothing (a SQLite file and a PostgreSQL database), a worker
that dies is replaced, and stopping the server stops every worker."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import time
from pathlib import Path

import httpx
import pytest

from tests.stores import query

pytestmark = pytest.mark.slow  # real server processes

TEXTS = [
    "5年Java后端开发，熟悉Spring Cloud、Redis、MySQL，最近用LangChain做了知识库问答并上线。",
    "Wrote CUDA kernels in C++ for three years; fused attention and GEMM on A100, 2x faster than cuBLAS.",
    "数据工程师，熟练使用Spark、Flink、Kafka和Airflow，负责日均百亿条日志的ETL与数据质量。",
    "Built RAG pipelines with LlamaIndex and pgvector, evaluated answers with RAGAS, shipped an agent.",
]


async def _save_all(url: str, n: int) -> list[tuple[int, int | None, int]]:
    """``n`` diagnoses posted at once, each asking to be saved, each on a connection of its own (a new
    connection can go to either worker): (status, stored id, worker pid)."""

    async def one(i: int) -> tuple[int, int | None, int]:
        async with httpx.AsyncClient(base_url=url, timeout=120) as client:
            r = await client.post("/api/diagnose", json={"text": TEXTS[i % len(TEXTS)], "store": True})
            stored = r.json().get("stored_id") if r.status_code == 200 else None
            return r.status_code, stored, int(r.headers["x-careermap-worker"])

    return await asyncio.gather(*(one(i) for i in range(n)))


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_two_workers_answer_and_saving_from_both_at_once_loses_nothing(start_server, store_db: str, cli) -> None:
    srv = start_server("--workers", "2", "--db", store_db)
    try:
        health = httpx.get(f"{srv.url}/api/health", timeout=10).json()
        assert health["workers"] == 2
        answers: list[tuple[int, int | None, int]] = []
        for _ in range(4):  # rounds until both workers have answered (the kernel picks who accepts)
            answers += asyncio.run(_save_all(srv.url, 24))
            if len({w for _, _, w in answers}) == 2:
                break
        workers = {w for _, _, w in answers}
        assert len(workers) == 2, "one worker answered everything"
        assert workers != {srv.proc.pid} and srv.proc.pid not in workers  # the parent serves nothing
        assert all(status == 200 for status, _, _ in answers), answers
        ids = [stored for _, stored, _ in answers]
        assert None not in ids and len(set(ids)) == len(ids)  # every save got an id of its own
        for w in workers:  # both saved some
            assert any(worker == w for _, _, worker in answers)
    finally:
        srv.stop()
    assert query(store_db, "SELECT COUNT(*) FROM assessments") == [(len(ids),)]
    stored = json.loads(cli("history", "--db", store_db, "--limit", "1000", "--format", "json").stdout)
    assert sorted(a["id"] for a in stored["assessments"]) == sorted(ids)
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers):
        assert time.monotonic() < deadline, "a worker outlived the server"
        time.sleep(0.1)


def test_a_worker_that_dies_is_replaced_and_the_server_keeps_answering(start_server, tmp_path: Path) -> None:
    srv = start_server("--workers", "2", "--db", str(tmp_path / "careermap.db"))
    try:
        with httpx.Client(base_url=srv.url, timeout=30) as client:  # one connection: one worker
            victim = client.get("/api/health").json()["worker"]
        os.kill(victim, signal.SIGKILL)
        seen: set[int] = set()
        deadline = time.monotonic() + 30
        while len(seen) < 2:
            assert time.monotonic() < deadline, f"only {seen} answered after {victim} was killed"
            r = httpx.post(f"{srv.url}/api/diagnose", json={"text": TEXTS[0]}, timeout=30)
            assert r.status_code == 200
            seen.add(int(r.headers["x-careermap-worker"]))
            seen.discard(victim)
        assert victim not in seen and srv.proc.poll() is None
    finally:
        srv.stop()


def test_workers_default_to_the_cores(start_server) -> None:
    srv = start_server()
    try:
        workers = httpx.get(f"{srv.url}/api/health", timeout=10).json()["workers"]
    finally:
        srv.stop()
    assert workers == len(os.sched_getaffinity(0))


def test_a_port_another_server_holds_is_refused_not_shared(start_server) -> None:
    # the workers listen with SO_REUSEPORT; a second server must still be told the port is taken
    import re
    import subprocess
    import sys

    first = start_server("--workers", "2")
    try:
        port = first.url.rsplit(":", 1)[1]
        second = subprocess.run(
            [sys.executable, "-m", "careermap", "serve", "--port", port, "--workers", "2"],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "LANG": "C.UTF-8"},
        )
        assert second.returncode == 2
        assert re.fullmatch(rf"error\[E801\]: cannot listen on 127\.0\.0\.1:{port} \(.+\) — .+\n", second.stderr)
        assert httpx.get(f"{first.url}/api/health", timeout=10).status_code == 200
    finally:
        first.stop()


def test_what_every_worker_keeps_of_the_postings_changes_with_an_import(start_server, store_db: str, kb, tmp_path):
    # each worker keeps stats and the demand until the postings change; an import from another process
    # (here `careermap jobs import`'s core) must show on the next request, whichever worker answers
    from careermap.store.corpus import import_postings
    from careermap.store.db import open_store
    from tests.jobs_samples import WEB_ROWS, write_jsonl

    def load(rows: list[dict[str, str]]) -> None:
        store = open_store(store_db, components=["postings"])
        try:
            import_postings(write_jsonl(tmp_path / f"{len(rows)}.jsonl", rows), store=store, kb=kb)
        finally:
            store.close()

    def totals() -> dict[int, int]:  # worker -> total postings its stats count
        seen: dict[int, int] = {}
        deadline = time.monotonic() + 30
        while len(seen) < 2:
            assert time.monotonic() < deadline, seen
            with httpx.Client(base_url=srv.url, timeout=30) as client:  # a new connection each time
                r = client.get("/api/jobs/stats")
            seen[int(r.headers["x-careermap-worker"])] = r.json()["total"]
        return seen

    load(WEB_ROWS[:3])
    srv = start_server("--workers", "2", "--db", store_db)
    try:
        assert set(totals().values()) == {3}
        load(WEB_ROWS)
        assert set(totals().values()) == {len(WEB_ROWS)}
    finally:
        srv.stop()


def test_workers_stop_when_the_server_is_killed(start_server, tmp_path: Path) -> None:
    srv = start_server("--workers", "2", "--db", str(tmp_path / "careermap.db"))
    try:
        worker = httpx.get(f"{srv.url}/api/health", timeout=10).json()["worker"]
        os.kill(srv.proc.pid, signal.SIGKILL)  # no chance to stop its workers itself
        srv.proc.wait(timeout=10)
        deadline = time.monotonic() + 15
        while _alive(worker):
            assert time.monotonic() < deadline, "a worker kept serving after its server was killed"
            time.sleep(0.1)
        with pytest.raises(httpx.TransportError):
            httpx.get(f"{srv.url}/api/health", timeout=5)
    finally:
        srv.stop()
