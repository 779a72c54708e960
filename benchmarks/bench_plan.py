"""Plan and store figures, each against a baseline measured in the same run.

    python benchmarks/bench_plan.py [--runs 5]

* cold ``careermap diagnose`` with storing vs ``--no-store`` (the cost storing adds);
* ``build_plan`` for each labelled background vs ``diagnose`` of the same text;
* assessments saved per second by one process vs two processes writing at once;
* opening a v1 database of 2,000 assessments (migrating it to the current schema) vs
  opening it again when nothing is left to migrate.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
TEXTS = [e["text"] for e in yaml.safe_load((HERE / "data" / "backgrounds.yaml").read_text(encoding="utf-8"))]


def _cold(args: list[str], runs: int, env: dict[str, str]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "careermap", *args], capture_output=True, check=True, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


WRITER = """
import dataclasses, sys, time
from careermap.api import diagnose, knowledge
from careermap.store.assessments import open_assessments, record_of, save
db, n, go = sys.argv[1], int(sys.argv[2]), sys.argv[3]
kb = knowledge()
record = record_of(kb, diagnose(sys.argv[4], kb=kb))
store = open_assessments(db)
import os
while not os.path.exists(go):
    time.sleep(0.001)
for i in range(n):
    save(store, dataclasses.replace(record, source=f"bench-{i}"))
"""


def _writers(db: Path, procs: int, n: int, tmp: Path) -> float:
    go = tmp / f"go-{procs}"
    running = [
        subprocess.Popen([sys.executable, "-c", textwrap.dedent(WRITER), str(db), str(n), str(go), TEXTS[0]])
        for _ in range(procs)
    ]
    time.sleep(2.0)  # let them load the knowledge base and open the store
    start = time.perf_counter()
    go.touch()
    for p in running:
        assert p.wait() == 0
    return procs * n / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    from careermap.api import diagnose, knowledge
    from careermap.planning.roadmap import build_plan
    from careermap.store.assessments import MIGRATIONS, open_assessments, record_of

    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        me = tmp / "me.md"
        me.write_text(TEXTS[0], encoding="utf-8")
        env = {**os.environ, "CAREERMAP_DB": str(tmp / "cold.db")}
        _cold(["diagnose", str(me), "--format", "json"], 1, env)  # create and migrate the database once
        stored = _cold(["diagnose", str(me), "--format", "json"], runs, env)
        bare = _cold(["diagnose", str(me), "--format", "json", "--no-store"], runs, env)
        print(f"cold diagnose, stored:      {stored:.3f} s   (--no-store {bare:.3f} s, ratio {stored / bare:.2f})")
        planned = _cold(["plan", str(me), "--format", "json"], runs, env)
        print(f"cold plan, stored:          {planned:.3f} s   (ratio to diagnose --no-store {planned / bare:.2f})")

        kb = knowledge()
        diag, plan = [], []
        for text in TEXTS:
            start = time.perf_counter()
            a = diagnose(text, kb=kb)
            diag.append(time.perf_counter() - start)
            start = time.perf_counter()
            build_plan(kb, a)
            plan.append(time.perf_counter() - start)
        d, p = statistics.median(diag), statistics.median(plan)
        print(
            f"build_plan (incl. 18 routes for closest roles): {p * 1000:.1f} ms median over {len(TEXTS)} "
            f"backgrounds   (diagnose {d * 1000:.1f} ms, ratio {p / d:.2f})"
        )

        one = _writers(tmp / "w1.db", 1, 200, tmp)
        two = _writers(tmp / "w2.db", 2, 100, tmp)
        print(f"saves/s, one writer:        {one:.0f}   (two writers at once {two:.0f}, ratio {two / one:.2f})")

        # a v1 database with 2,000 rows, then the current code opens it
        v1 = tmp / "v1.db"
        record = record_of(kb, diagnose(TEXTS[1], kb=kb))
        with sqlite3.connect(v1) as conn:
            conn.execute(
                "CREATE TABLE schema_versions (component TEXT NOT NULL, version INTEGER NOT NULL, description TEXT"
                " NOT NULL, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP, PRIMARY KEY (component, version))"
            )
            conn.execute(
                "INSERT INTO schema_versions (component, version, description) VALUES ('assessments', 1, 'v1')"
            )
            conn.execute(
                "CREATE TABLE assessments (id INTEGER PRIMARY KEY AUTOINCREMENT, created_at VARCHAR(40) NOT NULL,"
                " source TEXT NOT NULL, fingerprint VARCHAR(64) NOT NULL, kb_version VARCHAR(64) NOT NULL,"
                " scorer VARCHAR(64) NOT NULL, lang VARCHAR(8) NOT NULL, top_direction VARCHAR(32),"
                " top_role VARCHAR(64), top_score FLOAT, payload TEXT NOT NULL)"
            )
            payload = json.dumps(
                {
                    "directions": [dataclasses.asdict(d) for d in record.directions],
                    "skills": {k: dataclasses.asdict(v) for k, v in record.skills.items()},
                    "backgrounds": record.backgrounds,
                }
            )
            conn.executemany(
                "INSERT INTO assessments (created_at, source, fingerprint, kb_version, scorer, lang, payload)"
                " VALUES ('2026-01-01T00:00:00+00:00', ?, ?, 'old', 'role_fit.v1', 'zh', ?)",
                [(f"row-{i}", record.fingerprint, payload) for i in range(2000)],
            )
        start = time.perf_counter()
        open_assessments(v1).close()
        migrated = time.perf_counter() - start
        start = time.perf_counter()
        open_assessments(v1).close()
        again = time.perf_counter() - start
        with sqlite3.connect(v1) as conn:
            skills = conn.execute("SELECT COUNT(*) FROM assessment_skills").fetchone()[0]
        print(
            f"migrate v1 → v{len(MIGRATIONS)}, 2,000 rows:  {migrated * 1000:.0f} ms   "
            f"({skills} skill rows backfilled; reopening {again * 1000:.1f} ms, ratio {migrated / again:.0f})"
        )


if __name__ == "__main__":
    from results import recording

    with recording("plan"):
        main()
