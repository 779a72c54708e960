"""What the job market costs the web front, measured in one run.

    python benchmarks/bench_web_jobs.py [--data FOLDER] [--rounds 2]

* the page (``POST /``) on a server whose store holds postings, against the same page on a server
  with none (the baseline: the diagnosis and the route alone), one request at a time;
* ``/api/jobs/match``, ``/api/jobs/stats`` and ``/api/jobs/classify`` against the same core calls
  in this process (``careermap.web.jobs``: what the routes run), so the HTTP overhead shows.

Backgrounds: benchmarks/data/backgrounds.yaml. Postings: the evaluation set's postings.jsonl when
found (``--data``, $CAREERMAP_EVAL_DATA or shared/data beside the repository; read at run time,
never copied), else examples/postings.jsonl. Reported: p50/p95 milliseconds and the ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

import careermap
import careermap.store.postings
from bench_web import start_server, texts
from careermap.ingest.document import from_text
from careermap.store.corpus import import_postings
from careermap.store.db import open_store
from careermap.web import jobs
from careermap.web.settings import WebSettings

ROOT = Path(__file__).resolve().parents[1]


def postings_file(arg: str | None) -> Path:
    env = os.environ.get("CAREERMAP_EVAL_DATA")
    folders = [Path(x) for x in (arg, env) if x]
    folders += [ROOT.parent / "shared" / "data", ROOT.parent.parent / "shared" / "data"]
    for folder in folders:
        if (folder / "postings.jsonl").is_file():
            return folder / "postings.jsonl"
    return ROOT / "examples" / "postings.jsonl"


def bodies(path: Path, n: int) -> list[dict[str, str]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [{"title": str(r.get("title") or ""), "body": str(r.get("body") or "")} for r in rows if r.get("body")][:n]


def timed(fn: Callable[[], Any], rounds: int = 1) -> list[float]:
    out = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def summary(ms: list[float]) -> tuple[float, float]:
    if len(ms) < 2:
        return ms[0], ms[0]
    return statistics.median(ms), statistics.quantiles(ms, n=20)[18]


def line(name: str, ms: list[float], ref: list[float] | None = None, ref_name: str = "") -> None:
    p50, p95 = summary(ms)
    ratio = f"   {p50 / summary(ref)[0]:.2f}x {ref_name}" if ref else ""
    print(f"  {name:<44} p50 {p50:7.1f} ms · p95 {p95:7.1f} ms · n {len(ms):4d}{ratio}")


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bench-web-jobs-") as folder:
        return run(Path(folder))


def run(tmp: Path) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", help="folder with postings.jsonl")
    ap.add_argument("--rounds", type=int, default=2, help="passes over the backgrounds")
    ap.add_argument("--classify", type=int, default=60, help="postings sent to /api/jobs/classify")
    args = ap.parse_args()

    kb = careermap.default_knowledge()
    samples = texts()
    source_file = postings_file(args.data)
    db = tmp / "careermap.db"
    store = open_store(db, components=["postings"])
    t0 = time.perf_counter()
    result = import_postings(source_file, store=store, kb=kb)
    imported = time.perf_counter() - t0
    store.close()
    source = jobs.PostingsSource(str(db))
    distinct = careermap.stats(db=source.store(), kb=kb).distinct
    print(f"postings: {source_file.name} from {source_file.parent}: {result.added} imported in {imported:.1f} s,")
    print(f"  {distinct} distinct (reposts counted once); {len(samples)} backgrounds x {args.rounds} rounds")

    # ---------------------------------------------------------------- in process (the baseline)
    docs = [from_text(t, kb) for t in samples]
    settings = WebSettings(db=str(db))
    posted = bodies(source_file, args.classify)
    diag, section, match, stats, classify = [], [], [], [], []
    for _ in range(args.rounds):
        for doc in docs:
            diag += timed(lambda doc=doc: careermap.diagnose(doc, kb=kb))
            result = careermap.diagnose(doc, kb=kb)  # the page passes what its diagnosis read
            section += timed(lambda result=result: jobs.page_section(result, kb, source))
            match += timed(lambda doc=doc: careermap.match(doc, kb=kb, db=source.store()))
    stats = timed(lambda: jobs.stats(kb, source, lang="zh"), rounds=30)
    for p in posted:
        classify += timed(lambda p=p: jobs.classify(kb, settings, body=p["body"], title=p["title"]))
    print("\nin this process")
    line("diagnose (the page's own work, in part)", diag)
    line("jobs.page_section (match top 10 + demand)", section, diag, "diagnose")
    line("careermap.match (top 10)", match)
    line("jobs.stats (the whole of jobs stats)", stats)
    line("jobs.classify (one posting)", classify)

    # ---------------------------------------------------------------- over HTTP, one request at a time
    empty_proc, empty_url = start_server(None, "--db", str(tmp / "none" / "careermap.db"))
    full_proc, full_url = start_server(None, "--db", str(db))
    page_empty, page_full, api_match, api_stats, api_classify = [], [], [], [], []
    answers: list[httpx.Response] = []
    try:
        with httpx.Client(timeout=120) as client:
            for _ in range(args.rounds):
                for text in samples:
                    page_empty += timed(lambda t=text: answers.append(client.post(f"{empty_url}/", data={"text": t})))
                    page_full += timed(lambda t=text: answers.append(client.post(f"{full_url}/", data={"text": t})))
                    api_match += timed(
                        lambda t=text: answers.append(client.post(f"{full_url}/api/jobs/match", json={"text": t}))
                    )
            api_stats = timed(
                lambda: answers.append(client.get(f"{full_url}/api/jobs/stats", params={"lang": "zh"})), rounds=30
            )
            for p in posted:
                api_classify += timed(lambda p=p: answers.append(client.post(f"{full_url}/api/jobs/classify", json=p)))
    finally:
        for proc in (empty_proc, full_proc):
            proc.terminate()
            proc.wait(timeout=10)
    failed = [f"{r.status_code} {r.url}" for r in answers if r.status_code != 200]
    print("\none server process each, one request at a time")
    line("POST /  (page; no postings stored: baseline)", page_empty)
    line("POST /  (page; postings stored)", page_full, page_empty, "the page without postings")
    line("POST /api/jobs/match", api_match, match, "in-process match")
    line("GET  /api/jobs/stats", api_stats, stats, "in-process stats")
    line("POST /api/jobs/classify", api_classify, classify, "in-process classify")
    print(f"  errors: {len(failed)}  (must be 0)" + "".join(f"\n    {f}" for f in failed[:5]))
    return 1 if failed else 0


if __name__ == "__main__":
    from results import recording

    with recording("web_jobs"):
        sys.exit(main())
