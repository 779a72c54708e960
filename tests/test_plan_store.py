"""Assessments on a real SQLite file and a real PostgreSQL server (``store_db``): concurrent writers,
a writer killed mid-transaction, an older schema migrated — and every earlier row still there and correct."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from itertools import pairwise
from pathlib import Path

import pytest

from careermap.api import diagnose
from careermap.knowledge.loader import Knowledge
from careermap.store import assessments as stored
from careermap.store.assessments import AssessmentRecord, open_assessments, record_of, save
from careermap.store.db import MIGRATIONS, Store
from careermap.store.progress import compare
from tests.conftest import Cli
from tests.stores import intact, is_sqlite, query

TEXTS = {
    "java": "5年Java后端开发，熟悉Spring Cloud、Redis、MySQL，最近用LangChain做了知识库问答并上线。",
    "cuda": "Wrote CUDA kernels in C++ for three years; fused attention and GEMM on A100, 2x faster than cuBLAS.",
    "data": "数据工程师，熟练使用Spark、Flink、Kafka和Airflow，负责日均百亿条日志的ETL与数据质量。",
}


def _same(a: AssessmentRecord, b: AssessmentRecord) -> bool:
    """Equal in everything stored (ids and times aside)."""
    keys = ("source", "fingerprint", "kb_version", "scorer", "lang", "directions", "skills", "backgrounds", "plan")
    return all(getattr(a, k) == getattr(b, k) for k in keys)


def _run(code: str, *args: str, **kw) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kw,
    )


def test_saved_assessments_come_back_exactly_newest_first(kb: Knowledge, store_db: str) -> None:
    store = open_assessments(store_db)
    records = [record_of(kb, diagnose(text, kb=kb)) for text in TEXTS.values()]
    saved = [save(store, r) for r in records]
    assert [s.id for s in saved] == [1, 2, 3]
    back = stored.history(store)
    assert [r.id for r in back] == [3, 2, 1]
    for original, got in zip(reversed(records), back, strict=True):
        assert _same(original, got)
    assert stored.history(store, limit=2)[-1].id == 2
    assert stored.count(store) == 3
    store.close()


WRITER = """
import dataclasses, json, os, sys, time
from careermap.api import diagnose, knowledge
from careermap.store.assessments import open_assessments, record_of, save
db, text, tag, n, ready, go, half, other_half = sys.argv[1:9]

def wait_for(path):
    deadline = time.monotonic() + 120
    while not os.path.exists(path):
        if time.monotonic() > deadline:
            sys.exit(f"{tag}: {path} never appeared")
        time.sleep(0.002)

kb = knowledge()
record = record_of(kb, diagnose(text, kb=kb))
store = open_assessments(db)
open(ready, "w").close()
wait_for(go)
start = time.time()
ids = []
for i in range(int(n)):
    if i == int(n) // 2:  # half-way, wait until the other writer is half-way too
        open(half, "w").close()
        wait_for(other_half)
    ids.append(save(store, dataclasses.replace(record, source=f"{tag}-{i}")).id)
    time.sleep(0.001)  # a person's second run does not come back-to-back
print(json.dumps({"ids": ids, "start": start, "end": time.time()}))
"""


@pytest.mark.slow  # separate processes
def test_two_processes_writing_at_once_lose_nothing(kb: Knowledge, tmp_path: Path, store_db: str) -> None:
    """Two processes save 60 assessments each into one store (a SQLite file, then a PostgreSQL
    database), every save racing the other's for the write lock; none is lost or mixed up.

    The writers meet half-way (each waits there for the other), so their runs overlap and their
    rows interleave by construction. Without that meeting point, both depended on the scheduler:
    on a loaded machine one writer could be descheduled until the other had finished all 60 saves
    (stopping one for 1.5 s after the start made the old version fail every time), and SQLite's
    busy handler, which polls at growing intervals, could starve one writer until the other was
    done; the test then failed although nothing was lost."""
    db = store_db
    earlier = save(open_assessments(db), record_of(kb, diagnose(TEXTS["data"], kb=kb)))
    go = tmp_path / "go"
    n = 60
    procs = {}
    for tag, other in (("java", "cuda"), ("cuda", "java")):
        ready, half, other_half = (tmp_path / f"ready-{tag}", tmp_path / f"half-{tag}", tmp_path / f"half-{other}")
        args = (str(db), TEXTS[tag], tag, str(n), str(ready), str(go), str(half), str(other_half))
        procs[tag] = (_run(WRITER, *args), ready)
    deadline = time.monotonic() + 60
    while not all(ready.exists() for _, ready in procs.values()):
        assert time.monotonic() < deadline, "writers did not start"
        time.sleep(0.01)
    go.touch()  # both start writing now
    ids, spans = {}, {}
    for tag, (proc, _) in procs.items():
        out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err
        result = json.loads(out)
        ids[tag], spans[tag] = result["ids"], (result["start"], result["end"])
    (s1, e1), (s2, e2) = spans.values()
    assert s1 < e2 and s2 < e1, "the two writers did not overlap in time"
    assert len(set(ids["java"]) | set(ids["cuda"])) == 2 * n
    store = open_assessments(db)
    rows = stored.history(store)
    assert len(rows) == 2 * n + 1
    assert _same(rows[-1], earlier) and rows[-1].id == earlier.id
    expected = {tag: record_of(kb, diagnose(TEXTS[tag], kb=kb)) for tag in ("java", "cuda")}
    for row in rows[:-1]:
        tag, i = row.source.split("-")
        assert row.id == ids[tag][int(i)]
        assert _same(row, AssessmentRecord(**{**_fields(expected[tag]), "source": row.source}))
    writers = [r.source.split("-")[0] for r in sorted(rows[:-1], key=lambda r: r.id)]
    assert writers.count("java") == writers.count("cuda") == n
    first_halves = {r.source for r in sorted(rows[:-1], key=lambda r: r.id)[:n]}
    assert first_halves == {f"{tag}-{i}" for tag in ("java", "cuda") for i in range(n // 2)}
    assert sum(a != b for a, b in pairwise(writers)) >= 2, "the writes did not interleave"
    assert intact(db)


def _fields(r: AssessmentRecord) -> dict[str, object]:
    return {k: getattr(r, k) for k in AssessmentRecord.__dataclass_fields__}


KILLED = """
import os, sys, time
from careermap.api import diagnose, knowledge
from careermap.store import assessments as m
db, text, marker = sys.argv[1:4]
kb = knowledge()
record = m.record_of(kb, diagnose(text, kb=kb))
store = m.open_assessments(db)
real = m._insert_skills

def stall(conn, assessment_id, skills):
    real(conn, assessment_id, dict(list(skills.items())[:1]))  # part of the rows are written
    with open(marker + ".part", "w") as fh:
        fh.write(str(assessment_id))
    os.replace(marker + ".part", marker)  # the marker appears with its id in it, never empty
    time.sleep(120)  # killed here, inside the write transaction

m._insert_skills = stall
m.save(store, record)
"""


@pytest.mark.slow  # separate processes
def test_a_process_killed_mid_write_leaves_earlier_rows_intact(kb: Knowledge, tmp_path: Path, store_db: str) -> None:
    db = store_db
    store = open_assessments(db)
    before = [save(store, record_of(kb, diagnose(t, kb=kb))) for t in TEXTS.values()]
    store.close()
    marker = tmp_path / "inside-transaction"
    proc = _run(KILLED, str(db), TEXTS["cuda"], str(marker))
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert proc.poll() is None, proc.communicate()[1]
        assert time.monotonic() < deadline, "the writer never reached its transaction"
        time.sleep(0.01)
    half_written = int(marker.read_text())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL

    assert intact(db)
    store = open_assessments(db)
    rows = stored.history(store)
    assert [r.id for r in rows] == [3, 2, 1]
    for original, got in zip(before, reversed(rows), strict=True):
        assert _same(original, got)
    assert query(db, "SELECT COUNT(*) FROM assessment_skills WHERE assessment_id = :i", i=half_written) == [(0,)]
    started = time.monotonic()
    again = save(store, record_of(kb, diagnose(TEXTS["cuda"], kb=kb)))  # the lock died with the process
    assert time.monotonic() - started < 5
    # SQLite hands the rolled-back id out again; a PostgreSQL sequence never gives a number back
    assert again.id == (4 if is_sqlite(db) else half_written + 1) and stored.count(store) == 4
    assert [r.id for r in stored.history(store)] == [again.id, 3, 2, 1]
    store.close()


# ------------------------------------------------------------------------------- an older schema

V1_SCHEMA = """
CREATE TABLE schema_versions (component TEXT NOT NULL, version INTEGER NOT NULL, description TEXT NOT NULL,
    applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP, PRIMARY KEY (component, version));
INSERT INTO schema_versions (component, version, description, applied_at)
    VALUES ('assessments', 1, 'assessments with a JSON payload', '2026-03-01 09:00:00');
CREATE TABLE assessments (
    id INTEGER PRIMARY KEY AUTOINCREMENT, created_at VARCHAR(40) NOT NULL, source TEXT NOT NULL,
    fingerprint VARCHAR(64) NOT NULL, kb_version VARCHAR(64) NOT NULL, scorer VARCHAR(64) NOT NULL,
    lang VARCHAR(8) NOT NULL, top_direction VARCHAR(32), top_role VARCHAR(64), top_score FLOAT, payload TEXT NOT NULL);
CREATE INDEX assessments_created ON assessments (created_at);
"""

V1_ROWS = [
    {
        "created_at": "2026-03-01T09:00:00+00:00",
        "source": "cv-march.md",
        "fingerprint": "a" * 64,
        "skills": {"java": (0.51, "proficient", "listed"), "spring": (0.6, "expert", "listed")},
        "top": ("apps", 5, "apps.rag", 0.41),
    },
    {
        "created_at": "2026-04-02T20:30:00+00:00",
        "source": "cv-april.md",
        "fingerprint": "b" * 64,
        "skills": {
            "java": (0.55, "proficient", "listed"),
            "spring": (0.6, "expert", "listed"),
            "langchain": (0.56, "mentioned", "project"),
            "rag": (0.42, "mentioned", "listed"),
        },
        "top": ("apps", 5, "apps.rag", 0.52),
    },
    {
        "created_at": "2026-05-10T08:15:00+00:00",
        "source": "cv-may.md",
        "fingerprint": "c" * 64,
        "skills": {},
        "top": ("apps", 5, "apps.agent", 0.0),
    },
]


V1_INSERT = (
    "INSERT INTO assessments (created_at, source, fingerprint, kb_version, scorer, lang,"
    " top_direction, top_role, top_score, payload)"
    " VALUES (:created_at, :source, :fingerprint, '2026.03+0123456789', 'role_fit.v1', 'zh',"
    " :direction, :role, :score, :payload)"
)


def _v1_values(row: dict) -> dict[str, object]:
    direction, number, role, score = row["top"]
    payload = {
        "directions": [
            {
                "id": direction,
                "number": number,
                "score": score,
                "readiness": 0.25,
                "roles": [{"id": role, "score": score, "readiness": 0.25}],
            },
            {
                "id": "data",
                "number": 4,
                "score": 0.1,
                "readiness": 0.0,
                "roles": [{"id": "data.pipeline", "score": 0.1, "readiness": 0.0}],
            },
        ],
        "skills": {k: {"strength": s, "level": lvl, "grade": g} for k, (s, lvl, g) in row["skills"].items()},
        "backgrounds": {"java_backend": 0.7},
    }
    return {
        "created_at": row["created_at"],
        "source": row["source"],
        "fingerprint": row["fingerprint"],
        "direction": direction,
        "role": role,
        "score": score,
        "payload": json.dumps(payload),
    }


def _v1_database(db: str) -> None:
    """A store as the first schema left it: on SQLite the very DDL that version wrote; on PostgreSQL
    what migration 1 creates there, with the same rows."""
    if is_sqlite(db):
        with sqlite3.connect(db) as conn:
            conn.executescript(V1_SCHEMA)
            for row in V1_ROWS:
                conn.execute(V1_INSERT, _v1_values(row))
        return
    from sqlalchemy import text

    store = Store(db)
    try:
        with store.write() as conn:
            MIGRATIONS["assessments"][0].apply(conn)
            conn.execute(text(V1_SCHEMA.split(";")[0]))  # schema_versions, portable DDL
            conn.execute(text(V1_SCHEMA.split(";")[1]))  # its first row
            for row in V1_ROWS:
                conn.execute(text(V1_INSERT), _v1_values(row))
    finally:
        store.close()


def test_a_database_from_the_first_schema_is_migrated_with_every_row_intact(
    tmp_path: Path, store_db: str, cli: Cli
) -> None:
    db = store_db
    _v1_database(db)
    out = cli("history", "--db", str(db), "--format", "json")
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)["assessments"]
    assert [r["id"] for r in rows] == [3, 2, 1]
    for got, want in zip(rows, reversed(V1_ROWS), strict=True):
        assert got["created_at"] == want["created_at"]
        assert got["source"] == want["source"]
        assert got["fingerprint"] == want["fingerprint"]
        assert got["top"]["role"]["id"] == want["top"][2]
        assert got["top"]["score"] == want["top"][3]
        assert {s["id"]: (s["strength"], s["level"], s["grade"]) for s in got["skills"]} == want["skills"]
        assert got["plan"] is None and got["efforts"] is None
        assert got["backgrounds"] == [{"id": "java_backend", "strength": 0.7}]
    versions = query(db, "SELECT version FROM schema_versions WHERE component = 'assessments'")
    assert sorted(v for (v,) in versions) == [m.version for m in MIGRATIONS["assessments"]] == [1, 2, 3]
    assert query(db, "SELECT COUNT(*) FROM assessment_skills") == [(6,)]
    assert query(db, "SELECT applied_at FROM schema_versions WHERE version = 1") == [("2026-03-01 09:00:00",)]

    # the migrated database takes new assessments, and diff compares them with the old ones
    me = tmp_path / "me.md"
    me.write_text(TEXTS["java"], encoding="utf-8")
    new = cli("plan", str(me), "--db", str(db), "--format", "json")
    assert new.returncode == 0, new.stderr
    assert json.loads(new.stdout)["stored_id"] == 4
    diff = cli("diff", "--db", str(db), "--format", "json")
    assert diff.returncode == 0, diff.stderr
    data = json.loads(diff.stdout)
    assert (data["older"]["id"], data["newer"]["id"]) == (3, 4)
    assert data["kb_changed"] is True
    assert {s["id"] for s in data["skills"] if s["change"] == "gained"} >= {"java", "langchain"}
    old_vs_new = cli("diff", "1", "2", "--db", str(db), "--format", "json")
    changes = {s["id"]: s for s in json.loads(old_vs_new.stdout)["skills"]}
    assert changes["langchain"]["change"] == "gained" and changes["java"]["change"] == "stronger"
    assert "spring" not in changes


OPENER = """
import json, os, sys, time
from careermap.store import assessments as m
db, ready, go = sys.argv[1:4]
open(ready, "w").close()
while not os.path.exists(go):
    time.sleep(0.002)
print(json.dumps(len(m.history(m.open_assessments(db)))))
"""


@pytest.mark.slow  # separate processes
def test_processes_opening_an_old_database_at_once_migrate_it_once(tmp_path: Path, store_db: str) -> None:
    db = store_db
    _v1_database(db)
    go = tmp_path / "go"
    readies = [tmp_path / f"ready-{i}" for i in range(4)]
    procs = [_run(OPENER, db, str(ready), str(go)) for ready in readies]
    deadline = time.monotonic() + 60
    while not all(ready.exists() for ready in readies):
        assert time.monotonic() < deadline, "the processes did not start"
        time.sleep(0.01)
    go.touch()  # all open the old database at the same moment
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert json.loads(out) == 3
    assert query(db, "SELECT version, COUNT(*) FROM schema_versions GROUP BY version ORDER BY version") == [
        (1, 1),
        (2, 1),
        (3, 1),
    ]
    assert query(db, "SELECT COUNT(*) FROM assessment_skills") == [(6,)]


def test_migrating_twice_changes_nothing(store_db: str) -> None:
    db = store_db
    _v1_database(db)
    first = stored.history(open_assessments(db))
    again = stored.history(open_assessments(db))
    assert first == again and len(first) == 3


def test_progress_between_two_stored_assessments(kb: Knowledge, store_db: str) -> None:
    from careermap.planning.roadmap import build_plan, efforts

    store = open_assessments(store_db)
    with pytest.raises(Exception, match="no assessment is stored"):
        compare(store)
    a1 = diagnose("3年Python后端，熟悉FastAPI和Redis。", kb=kb)
    p1 = build_plan(kb, a1, role="apps.rag")
    save(store, record_of(kb, a1, plan=p1, efforts=efforts(kb, a1)))
    with pytest.raises(Exception, match="only one assessment"):
        compare(store)
    a2 = diagnose(
        "3年Python后端，熟悉FastAPI和Redis。最近用LangChain和Milvus向量数据库做了RAG知识库问答并上线，准确率提升20%。",
        kb=kb,
    )
    save(store, record_of(kb, a2, efforts=efforts(kb, a2)))
    progress = compare(store)
    assert (progress.older.id, progress.newer.id) == (1, 2)
    gained = {c.skill for c in progress.skills if c.change == "gained"}
    assert {"langchain", "vector_database", "rag"} <= gained
    rag = next(e for e in progress.efforts if e.role == "apps.rag")
    assert rag.after is not None and rag.before == p1.total_hours and rag.after < rag.before
    assert set(progress.route_done) & {"langchain", "vector_database", "rag"}
    assert not progress.same_input and not progress.kb_changed


def test_a_row_added_without_sqlalchemy_is_the_row_the_store_writes(kb: Knowledge, tmp_path: Path) -> None:
    """``diagnose`` and ``plan`` add to an existing, up-to-date SQLite file through the standard
    library's driver: what is read back is what :func:`save` writes through SQLAlchemy. A file that
    is not there, or has an older schema, is left to the store, which creates or migrates it."""
    from careermap.planning.roadmap import build_plan, efforts

    db = str(tmp_path / "me.db")
    a = diagnose(TEXTS["java"], kb=kb)
    record = record_of(kb, a, plan=build_plan(kb, a, role="apps.rag"), efforts=efforts(kb, a))
    assert stored.save_quick(db, record) is None and not Path(db).exists()
    first = save(open_assessments(db), record)
    quick = stored.save_quick(db, record)
    assert quick is not None and (first.id, quick.id) == (1, 2)
    again, before = stored.history(open_assessments(db))
    assert _same(again, before) and _same(again, record) and again.efforts == before.efforts == record.efforts
    assert (again.id, again.created_at) == (quick.id, quick.created_at)

    old = str(tmp_path / "old.db")
    _v1_database(old)
    assert stored.save_quick(old, record) is None
    assert query(old, "SELECT MAX(version) FROM schema_versions") == [(1,)]


@pytest.mark.slow  # a fresh process
def test_storing_in_an_existing_file_loads_no_sqlalchemy(tmp_path: Path, cli: Cli) -> None:
    db = str(tmp_path / "me.db")
    assert cli("diagnose", "-", "--db", db, stdin=TEXTS["java"]).returncode == 0  # creates and migrates it
    probe = (
        "import sys; from careermap.cli.app import run; code = run(['diagnose', '-', '--db', sys.argv[1]]); "
        "print(code, 'sqlalchemy' in sys.modules, file=sys.stderr)"
    )
    r = subprocess.run(
        [sys.executable, "-c", probe, db], input=TEXTS["cuda"], capture_output=True, text=True, timeout=120
    )
    assert r.stderr.split() == ["0", "False"]
    assert query(db, "SELECT id, source FROM assessments ORDER BY id") == [(1, "stdin"), (2, "stdin")]
