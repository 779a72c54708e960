"""Assessments kept over time: what ``history`` lists and ``diff`` compares.

A stored assessment holds a fingerprint of the input (never the input itself), the
knowledge-base version and scorer that produced it, the direction and role scores, the
skills found (strength, level, grade), the backgrounds, and, when it came from
``careermap plan``, a summary of the route. ``efforts`` keeps, for every role, the hours of
its route at that time, so progress towards any role can be shown later.

Schema history (component ``assessments``; see :mod:`careermap.store.db`):

1. ``assessments`` with a JSON ``payload`` (directions, skills, backgrounds).
2. ``plan`` and ``efforts`` columns (JSON, NULL for rows written before).
3. ``assessment_skills``, one row per skill found, backfilled from the v1 payloads; skills
   are read from there from now on.

Every write is one transaction: a crash or a second writer never leaves half an assessment.
:func:`save_quick` adds one to an existing, up-to-date SQLite file without SQLAlchemy (what
``careermap diagnose`` does on every run after the first); :func:`save` does it through any store.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from careermap.errors import NotFound
from careermap.store.db import Migration, Store, kept_store, open_store, quick_sqlite, register

if TYPE_CHECKING:
    from sqlalchemy import Connection, Table

    from careermap.knowledge.loader import Knowledge
    from careermap.planning.models import Plan, RoleEffort
    from careermap.score.models import Assessment

COMPONENT = "assessments"


# ------------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class RoleScore:
    id: str
    score: float
    readiness: float


@dataclass(frozen=True, slots=True)
class DirectionScore:
    id: str
    number: int
    score: float
    readiness: float
    roles: tuple[RoleScore, ...]


@dataclass(frozen=True, slots=True)
class SkillLevel:
    strength: float
    level: str
    grade: str


@dataclass(frozen=True, slots=True)
class PlanSummary:
    role: str
    hours_per_week: int
    total_hours: int
    weeks: int
    skills: tuple[str, ...]  # the route, in learning order


@dataclass(frozen=True, slots=True)
class AssessmentRecord:
    """One stored assessment; ``id`` and ``created_at`` are set once it is saved."""

    source: str
    fingerprint: str
    kb_version: str
    scorer: str
    lang: str
    directions: tuple[DirectionScore, ...]
    skills: dict[str, SkillLevel]
    backgrounds: dict[str, float]
    plan: PlanSummary | None = None
    efforts: dict[str, int] | None = None
    id: int | None = None
    created_at: str | None = None

    @property
    def top_direction(self) -> str | None:
        return self.directions[0].id if self.directions else None

    @property
    def top_role(self) -> str | None:
        return self.directions[0].roles[0].id if self.directions and self.directions[0].roles else None

    @property
    def top_score(self) -> float | None:
        return self.directions[0].score if self.directions else None

    def role(self, role_id: str) -> RoleScore | None:
        for d in self.directions:
            for r in d.roles:
                if r.id == role_id:
                    return r
        return None


_SPACE = re.compile(r"\s+")


def fingerprint(text: str) -> str:
    """A stable hash of the input: the same text, however spaced or full-width, hashes alike."""
    folded = _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def record_of(
    kb: Knowledge,
    a: Assessment,
    *,
    plan: Plan | None = None,
    efforts: list[RoleEffort] | None = None,
) -> AssessmentRecord:
    """What is stored of an assessment (and of its plan, if any)."""
    return AssessmentRecord(
        source=a.source,
        fingerprint=fingerprint(a.evidence.text),
        kb_version=a.kb_version,
        scorer=a.scorer,
        lang=a.lang,
        directions=tuple(
            DirectionScore(
                d.id, d.number, d.score, d.readiness, tuple(RoleScore(r.role, r.score, r.readiness) for r in d.roles)
            )
            for d in a.directions
        ),
        skills={
            sid: SkillLevel(se.strength, se.level, se.grade.value) for sid, se in sorted(a.evidence.skills.items())
        },
        backgrounds={b.archetype: b.strength for b in a.backgrounds},
        plan=None
        if plan is None
        else PlanSummary(
            plan.role, plan.hours_per_week, plan.total_hours, plan.weeks, tuple(s.skill for s in plan.missing)
        ),
        efforts=None if efforts is None else {e.role: e.hours for e in efforts},
    )


# ------------------------------------------------------------------------------- schema


@cache
def _tables() -> tuple[Table, Table]:
    """``assessments`` and ``assessment_skills`` as the migrations leave them, for SQLAlchemy's queries."""
    from sqlalchemy import Column, Float, ForeignKey, Integer, MetaData, String, Table, Text

    meta = MetaData()
    assessments = Table(
        "assessments",
        meta,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("created_at", String(40), nullable=False),
        Column("source", Text, nullable=False),
        Column("fingerprint", String(64), nullable=False),
        Column("kb_version", String(64), nullable=False),
        Column("scorer", String(64), nullable=False),
        Column("lang", String(8), nullable=False),
        Column("top_direction", String(32)),
        Column("top_role", String(64)),
        Column("top_score", Float),
        Column("payload", Text, nullable=False),
        Column("plan", Text),
        Column("efforts", Text),
        sqlite_autoincrement=True,
    )
    assessment_skills = Table(
        "assessment_skills",
        meta,
        Column("assessment_id", Integer, ForeignKey("assessments.id"), primary_key=True),
        Column("skill", String(64), primary_key=True),
        Column("strength", Float, nullable=False),
        Column("level", String(16), nullable=False),
        Column("grade", String(16), nullable=False),
    )
    return assessments, assessment_skills


def _v1(conn: Connection) -> None:
    from sqlalchemy import Column, Float, Index, Integer, MetaData, String, Table, Text

    v1 = MetaData()
    table = Table(
        "assessments",
        v1,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("created_at", String(40), nullable=False),
        Column("source", Text, nullable=False),
        Column("fingerprint", String(64), nullable=False),
        Column("kb_version", String(64), nullable=False),
        Column("scorer", String(64), nullable=False),
        Column("lang", String(8), nullable=False),
        Column("top_direction", String(32)),
        Column("top_role", String(64)),
        Column("top_score", Float),
        Column("payload", Text, nullable=False),
        sqlite_autoincrement=True,
    )
    table.create(conn)
    Index("assessments_created", table.c.created_at).create(conn)


def _v2(conn: Connection) -> None:
    from sqlalchemy import text

    conn.execute(text("ALTER TABLE assessments ADD COLUMN plan TEXT"))
    conn.execute(text("ALTER TABLE assessments ADD COLUMN efforts TEXT"))


def _v3(conn: Connection) -> None:
    from sqlalchemy import Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, insert, text

    v3 = MetaData()
    Table("assessments", v3, Column("id", Integer, primary_key=True))
    table = Table(
        "assessment_skills",
        v3,
        Column("assessment_id", Integer, ForeignKey("assessments.id"), primary_key=True),
        Column("skill", String(64), primary_key=True),
        Column("strength", Float, nullable=False),
        Column("level", String(16), nullable=False),
        Column("grade", String(16), nullable=False),
    )
    table.create(conn)
    Index("assessment_skills_skill", table.c.skill).create(conn)
    rows = conn.execute(text("SELECT id, payload FROM assessments ORDER BY id")).all()
    batch = [
        {"assessment_id": rid, "skill": sid, "strength": s["strength"], "level": s["level"], "grade": s["grade"]}
        for rid, payload in rows
        for sid, s in (json.loads(payload).get("skills") or {}).items()
    ]
    if batch:
        conn.execute(insert(table), batch)


MIGRATIONS = [
    Migration(1, "assessments with a JSON payload", _v1),
    Migration(2, "plan summary and per-role effort columns", _v2),
    Migration(3, "assessment_skills table, backfilled from payloads", _v3),
]
register(COMPONENT, MIGRATIONS)


# ------------------------------------------------------------------------------- reading and writing


def open_assessments(db: str | Path | None = None, *, keep: bool = False) -> Store:
    """Open (creating and migrating if needed) the store holding assessments; with ``keep``, the one
    this process keeps open for ``db`` (a server's workers: never close it)."""
    if keep:
        return kept_store(db, components=[COMPONENT])
    return open_store(db, components=[COMPONENT])


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _payload(r: AssessmentRecord) -> str:
    return json.dumps(
        {
            "directions": [
                {
                    "id": d.id,
                    "number": d.number,
                    "score": d.score,
                    "readiness": d.readiness,
                    "roles": [{"id": x.id, "score": x.score, "readiness": x.readiness} for x in d.roles],
                }
                for d in r.directions
            ],
            "backgrounds": r.backgrounds,
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def _row(record: AssessmentRecord, created: str) -> dict[str, Any]:
    """The ``assessments`` row of ``record`` (its id is the database's)."""
    plan = record.plan
    return {
        "created_at": created,
        "source": record.source.replace("\x00", ""),  # a NUL in a file name: no store keeps it
        "fingerprint": record.fingerprint,
        "kb_version": record.kb_version,
        "scorer": record.scorer,
        "lang": record.lang,
        "top_direction": record.top_direction,
        "top_role": record.top_role,
        "top_score": record.top_score,
        "payload": _payload(record),
        "plan": None
        if plan is None
        else json.dumps(
            {
                "role": plan.role,
                "hours_per_week": plan.hours_per_week,
                "total_hours": plan.total_hours,
                "weeks": plan.weeks,
                "skills": list(plan.skills),
            }
        ),
        "efforts": None if record.efforts is None else json.dumps(record.efforts, sort_keys=True),
    }


def _skill_rows(assessment_id: int, skills: dict[str, SkillLevel]) -> list[dict[str, Any]]:
    """The ``assessment_skills`` rows of an assessment."""
    return [
        {"assessment_id": assessment_id, "skill": sid, "strength": s.strength, "level": s.level, "grade": s.grade}
        for sid, s in skills.items()
    ]


def _insert_skills(conn: Connection, assessment_id: int, skills: dict[str, SkillLevel]) -> None:
    from sqlalchemy import insert

    if skills:
        conn.execute(insert(_tables()[1]), _skill_rows(assessment_id, skills))


def save(store: Store, record: AssessmentRecord) -> AssessmentRecord:
    """Store ``record`` in one transaction; returns it with its id and time."""
    from sqlalchemy import insert

    created = _now()
    with store.write() as conn:
        result = conn.execute(insert(_tables()[0]).values(**_row(record, created)))
        key = result.inserted_primary_key
        assert key is not None
        new_id = int(key[0])
        _insert_skills(conn, new_id, record.skills)
    return replace(record, id=new_id, created_at=created)


def _insert_sql(table: str, row: dict[str, Any]) -> str:
    return f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join(':' + c for c in row)})"


def save_quick(db: str | Path | None, record: AssessmentRecord) -> AssessmentRecord | None:
    """:func:`save` into the SQLite file ``db`` names (else ``$CAREERMAP_DB``, else the default)
    without SQLAlchemy, when it exists with the newest schema: the same rows in one ``BEGIN
    IMMEDIATE`` transaction. None when it cannot (nothing is written then): save through
    :func:`open_assessments`, which creates, migrates and reports errors as ever."""
    import sqlite3

    conn = quick_sqlite(db, [COMPONENT])
    if conn is None:
        return None
    created = _now()
    row = _row(record, created)
    try:
        conn.execute("BEGIN IMMEDIATE")
        new_id = conn.execute(_insert_sql("assessments", row), row).lastrowid
        assert new_id is not None
        skills = _skill_rows(new_id, record.skills)
        if skills:
            conn.executemany(_insert_sql("assessment_skills", skills[0]), skills)
        conn.execute("COMMIT")
    except sqlite3.Error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        return None
    finally:
        conn.close()
    return replace(record, id=new_id, created_at=created)


def _record(row: Any, skills: dict[str, SkillLevel]) -> AssessmentRecord:
    payload = json.loads(row.payload)
    plan: dict[str, Any] | None = json.loads(row.plan) if row.plan else None
    return AssessmentRecord(
        source=row.source,
        fingerprint=row.fingerprint,
        kb_version=row.kb_version,
        scorer=row.scorer,
        lang=row.lang,
        directions=tuple(
            DirectionScore(
                d["id"],
                d["number"],
                d["score"],
                d["readiness"],
                tuple(RoleScore(x["id"], x["score"], x["readiness"]) for x in d["roles"]),
            )
            for d in payload["directions"]
        ),
        skills=skills,
        backgrounds=dict(payload.get("backgrounds") or {}),
        plan=None
        if plan is None
        else PlanSummary(
            plan["role"], plan["hours_per_week"], plan["total_hours"], plan["weeks"], tuple(plan["skills"])
        ),
        efforts=json.loads(row.efforts) if row.efforts else None,
        id=row.id,
        created_at=row.created_at,
    )


def _load(conn: Connection, rows: list[Any]) -> list[AssessmentRecord]:
    from sqlalchemy import select

    assessment_skills = _tables()[1]
    ids = [row.id for row in rows]
    skills: dict[int, dict[str, SkillLevel]] = {i: {} for i in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for s in conn.execute(
            select(assessment_skills)
            .where(assessment_skills.c.assessment_id.in_(chunk))
            .order_by(assessment_skills.c.assessment_id, assessment_skills.c.skill)
        ):
            skills[s.assessment_id][s.skill] = SkillLevel(s.strength, s.level, s.grade)
    return [_record(row, skills[row.id]) for row in rows]


def history(store: Store, *, limit: int | None = None) -> list[AssessmentRecord]:
    """Stored assessments, newest first."""
    from sqlalchemy import select

    assessments = _tables()[0]
    query = select(assessments).order_by(assessments.c.id.desc())
    if limit:
        query = query.limit(limit)
    with store.read() as conn:
        return _load(conn, list(conn.execute(query)))


def count(store: Store) -> int:
    from sqlalchemy import func, select

    assessments = _tables()[0]
    with store.read() as conn:
        return int(conn.execute(select(func.count()).select_from(assessments)).scalar_one())


def get(store: Store, assessment_id: int) -> AssessmentRecord:
    from sqlalchemy import select

    assessments = _tables()[0]
    with store.read() as conn:
        rows = list(conn.execute(select(assessments).where(assessments.c.id == assessment_id)))
        if not rows:
            raise NotFound(
                f"no stored assessment #{assessment_id}",
                f"没有编号为 #{assessment_id} 的已保存评估",
                hint_en="run `careermap history` to see the stored ids",
                hint_zh="运行 `careermap history` 查看已保存的编号",
            )
        return _load(conn, rows)[0]


def before(store: Store, record: AssessmentRecord) -> AssessmentRecord | None:
    """The stored assessment to compare ``record`` with: the latest earlier one that differs in
    input, knowledge base or scorer, else simply the one before it."""
    from sqlalchemy import select

    assessments = _tables()[0]
    assert record.id is not None
    with store.read() as conn:
        earlier = assessments.c.id < record.id
        row = conn.execute(
            select(assessments)
            .where(
                earlier,
                (assessments.c.fingerprint != record.fingerprint)
                | (assessments.c.kb_version != record.kb_version)
                | (assessments.c.scorer != record.scorer),
            )
            .order_by(assessments.c.id.desc())
            .limit(1)
        ).first()
        if row is None:
            row = conn.execute(select(assessments).where(earlier).order_by(assessments.c.id.desc()).limit(1)).first()
        return _load(conn, [row])[0] if row is not None else None
