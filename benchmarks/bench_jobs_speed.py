"""Postings classified per second on one core, beside a naive regex loop in the same run.

* careermap: ``careermap.jobs.classify.classify_text`` on each body (structure, extraction,
  scoring, the large-model rule, years and degree), the knowledge base loaded and the matcher
  built before timing;
* naive baseline: for every posting, a loop over every alias of every skill in the knowledge
  base with ``re.search`` (case-insensitive, word boundaries), counting matches per direction;
  the way a first version of a skills matcher is usually written.

The process is pinned to one CPU where the OS allows it; times are the best of ``--repeat``
runs; CPU time is reported beside wall time (another process on the machine slows wall time
only). Also: import throughput (read, classify, near-duplicate check, SQLite write), and the
rate with the optional sentence encoder (``jobs classify --semantic``, ``careermap[semantic]``)
on a sample, as a ratio to the plain engine; the target is for the plain engine.

Run: ``python benchmarks/bench_jobs_speed.py [--data FOLDER] [--repeat 3]``. Target: 500 postings/s.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import tempfile
import time
from pathlib import Path

from bench_jobs import find_data
from careermap.api import encoder, knowledge
from careermap.errors import MissingDependency
from careermap.jobs.classify import classify_text
from careermap.knowledge.loader import Knowledge

TARGET = 500.0


def naive_classifier(kb: Knowledge):  # type: ignore[no-untyped-def]
    patterns = []
    for d in kb.directions:
        for rid in d.roles:
            role = kb.roles[rid]
            for sid in role.skills.core + role.skills.important + role.skills.useful:
                for alias in kb.skills[sid].aliases:
                    patterns.append(
                        (d.number, re.compile(r"(?<![A-Za-z0-9])" + re.escape(alias) + r"(?![A-Za-z0-9])", re.I))
                    )

    def classify(body: str) -> int | None:
        counts: dict[int, int] = {}
        for number, pattern in patterns:
            if pattern.search(body):
                counts[number] = counts.get(number, 0) + 1
        return max(counts, key=lambda n: counts[n]) if counts else None

    return classify, len(patterns)


def timed(fn, bodies: list[str], repeat: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """(best wall seconds, best CPU seconds) over ``repeat`` runs."""
    walls, cpus = [], []
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        for b in bodies:
            fn(b)
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return min(walls), min(cpus)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", help="folder holding postings.jsonl")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    pinned = "no"
    if hasattr(os, "sched_setaffinity"):
        cpu = sorted(os.sched_getaffinity(0))[-1]
        os.sched_setaffinity(0, {cpu})
        pinned = f"CPU {cpu}"
    path = find_data(args.data)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    bodies = [r["body"] for r in rows]
    kb = knowledge()
    classify_text(bodies[0], kb)  # build the matcher and caches before timing
    sizes = [len(b) for b in bodies]
    print(
        f"data: {len(bodies)} real postings, {statistics.mean(sizes):.0f} characters on average "
        f"(median {statistics.median(sizes):.0f}); one process pinned to {pinned}"
    )

    wall, cpu = timed(lambda b: classify_text(b, kb), bodies, args.repeat)
    engine = len(bodies) / wall
    print(f"careermap classify: {engine:.0f} postings/s wall, {len(bodies) / cpu:.0f} per CPU-second")
    for lang in ("zh", "en"):
        sub = [r["body"] for r in rows if r["lang"] == lang]
        w, _ = timed(lambda b: classify_text(b, kb), sub, args.repeat)
        print(
            f"  {lang}: {len(sub)} postings, {statistics.mean(len(b) for b in sub):.0f} chars on average: "
            f"{len(sub) / w:.0f} postings/s wall"
        )

    naive, n_patterns = naive_classifier(kb)
    sample = bodies[:: max(1, len(bodies) // 100)]
    wall_naive, _ = timed(naive, sample, 1)
    baseline = len(sample) / wall_naive
    print(f"naive regex loop ({n_patterns} alias patterns, {len(sample)} postings): {baseline:.1f} postings/s")
    print(f"ratio: careermap is {engine / baseline:.0f}x the naive loop")

    try:
        enc = encoder()
        classify_text(bodies[0], kb, encoder=enc)  # the role texts are encoded once per process
        w, _ = timed(lambda b: classify_text(b, kb, encoder=enc), sample, 1)
        rate = len(sample) / w
        print(f"with the semantic extra ({len(sample)} postings): {rate:.1f} postings/s, {engine / rate:.0f}x slower")
    except MissingDependency as exc:
        print(f"with the semantic extra: skipped ({exc.line('en')})")

    from careermap.store.corpus import import_postings
    from careermap.store.db import open_store

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.db", components=["postings"])
        t0 = time.perf_counter()
        result = import_postings(path, store=store, kb=kb)
        took = time.perf_counter() - t0
        store.close()
    print(
        f"import (read, classify, near-duplicates, SQLite): {result.added} postings in {took:.1f}s, "
        f"{result.added / took:.0f} postings/s"
    )
    verdict = "met" if engine >= TARGET else "NOT met"
    print(f"result: {engine:.0f} postings/s on one core (target {TARGET:.0f}: {verdict})")


if __name__ == "__main__":
    from results import recording

    with recording("jobs_speed"):
        main()
