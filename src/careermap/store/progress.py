"""Progress between two stored assessments: what ``careermap diff`` compares.

Skills gained, stronger, weaker or lost; how every direction's fit and readiness moved;
how many hours the routes to the roles the person follows (planned or best-fit) have left;
and which skills of the earlier route are now shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from careermap.errors import NotFound
from careermap.store.assessments import AssessmentRecord, before, get, history
from careermap.store.db import Store

_EPS = 1e-4


@dataclass(frozen=True, slots=True)
class SkillChange:
    skill: str
    change: str  # "gained" | "stronger" | "weaker" | "lost"
    before: float
    after: float
    level_before: str | None
    level_after: str | None


@dataclass(frozen=True, slots=True)
class DirectionChange:
    id: str
    number: int
    score_before: float
    score_after: float
    readiness_before: float
    readiness_after: float
    rank_before: int
    rank_after: int


@dataclass(frozen=True, slots=True)
class EffortChange:
    """Hours left on the route to ``role``, then and now (None: not recorded then)."""

    role: str
    before: int | None
    after: int | None


@dataclass(slots=True)
class Progress:
    older: AssessmentRecord
    newer: AssessmentRecord
    skills: list[SkillChange]
    directions: list[DirectionChange]
    efforts: list[EffortChange]
    route_done: list[str]  # skills of the earlier plan's route that are stronger or new now

    @property
    def same_input(self) -> bool:
        return self.older.fingerprint == self.newer.fingerprint

    @property
    def kb_changed(self) -> bool:
        return (self.older.kb_version, self.older.scorer) != (self.newer.kb_version, self.newer.scorer)

    @property
    def top_changed(self) -> bool:
        return self.older.top_role != self.newer.top_role


_ORDER = {"gained": 0, "stronger": 1, "weaker": 2, "lost": 3}


def diff(older: AssessmentRecord, newer: AssessmentRecord) -> Progress:
    """What changed from ``older`` to ``newer``."""
    skills: list[SkillChange] = []
    for sid in sorted(set(older.skills) | set(newer.skills)):
        a, b = older.skills.get(sid), newer.skills.get(sid)
        x, y = (a.strength if a else 0.0), (b.strength if b else 0.0)
        if abs(y - x) < _EPS:
            continue
        change = "gained" if a is None else "lost" if b is None else "stronger" if y > x else "weaker"
        skills.append(SkillChange(sid, change, x, y, a.level if a else None, b.level if b else None))
    skills.sort(key=lambda c: (_ORDER[c.change], -abs(c.after - c.before), c.skill))

    rank_before = {d.id: i + 1 for i, d in enumerate(older.directions)}
    old_by_id = {d.id: d for d in older.directions}
    directions = [
        DirectionChange(
            d.id,
            d.number,
            old_by_id[d.id].score,
            d.score,
            old_by_id[d.id].readiness,
            d.readiness,
            rank_before[d.id],
            i + 1,
        )
        for i, d in enumerate(newer.directions)
        if d.id in old_by_id
    ]

    followed: list[str] = []
    for role in (
        newer.plan.role if newer.plan else None,
        older.plan.role if older.plan else None,
        newer.top_role,
        older.top_role,
    ):
        if role and role not in followed:
            followed.append(role)
    efforts = [
        EffortChange(
            role,
            _hours(older, role),
            _hours(newer, role),
        )
        for role in followed
    ]
    improved = {c.skill for c in skills if c.change in ("gained", "stronger")}
    done = [s for s in older.plan.skills if s in improved] if older.plan else []
    return Progress(older, newer, skills, directions, efforts, done)


def _hours(r: AssessmentRecord, role: str) -> int | None:
    if r.efforts is not None and role in r.efforts:
        return r.efforts[role]
    if r.plan is not None and r.plan.role == role:
        return r.plan.total_hours
    return None


def compare(store: Store, old: int | None = None, new: int | None = None) -> Progress:
    """Progress between two stored assessments (default: the newest and the one before it
    that differs in input or knowledge base)."""
    newer = get(store, new) if new is not None else next(iter(history(store, limit=1)), None)
    if newer is None:
        raise nothing_stored()
    older = get(store, old) if old is not None else before(store, newer)
    if older is None:
        raise NotFound(
            "only one assessment is stored, nothing to compare it with",
            "只保存了一次评估，还没有可以比较的对象",
            hint_en="run `careermap plan YOUR_FILE` again after you have updated your background",
            hint_zh="更新你的背景描述后再运行一次 `careermap plan 你的文件`",
        )
    return diff(older, newer)


def nothing_stored() -> NotFound:
    return NotFound(
        "no assessment is stored yet",
        "还没有保存任何评估",
        hint_en="run `careermap plan YOUR_FILE` (or diagnose) now and again after you have learnt something",
        hint_zh="现在运行 `careermap plan 你的文件`（或 diagnose），学到新东西后再运行一次",
    )
