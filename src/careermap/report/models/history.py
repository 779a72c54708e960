"""``careermap history`` and ``careermap diff``: stored assessments, and the progress between two."""

from __future__ import annotations

from pydantic import Field

from careermap.report.models.common import Lang, Ref, Result


class StoredRoleScore(Result):
    id: str
    score: float
    readiness: float


class StoredDirectionScore(Result):
    id: str
    number: int
    score: float
    readiness: float
    roles: list[StoredRoleScore]


class RoleRef(Result):
    """A role by id (None when there was none), with its name ('-' for none)."""

    id: str | None
    name: str


class DirectionName(Result):
    id: str
    number: int
    name: str


class Top(Result):
    direction: DirectionName
    role: RoleRef
    score: float
    readiness: float


class StoredSkill(Result):
    id: str
    name: str
    strength: float
    level: str
    grade: str


class StoredBackground(Result):
    id: str
    strength: float


class StoredRoute(Result):
    role: RoleRef
    hours_per_week: int
    total_hours: int
    weeks: int
    skills: list[str] = Field(description="The route, in learning order.")


class StoredAssessment(Result):
    """One stored assessment: scores and skill levels, a fingerprint of the text, never the text."""

    id: int | None
    created_at: str | None
    source: str
    fingerprint: str
    kb_version: str
    scorer: str
    lang: str
    top: Top | None
    directions: list[StoredDirectionScore]
    skills: list[StoredSkill]
    backgrounds: list[StoredBackground]
    plan: StoredRoute | None
    efforts: dict[str, int] | None = Field(description="Per role, the hours of its route at the time.")


class History(Result):
    """What ``careermap history`` shows: stored assessments, newest first."""

    lang: Lang
    assessments: list[StoredAssessment]


class Moment(Result):
    id: int | None
    created_at: str | None
    source: str


class TopChange(Result):
    before: RoleRef
    after: RoleRef
    changed: bool


class SkillChange(Result):
    id: str
    name: str
    change: str = Field(description="gained, stronger, weaker or lost")
    before: float
    after: float
    level_before: str | None
    level_after: str | None


class DirectionChange(Result):
    id: str
    number: int
    name: str
    score_before: float
    score_after: float
    readiness_before: float
    readiness_after: float
    rank_before: int
    rank_after: int


class EffortChange(Result):
    """Hours (and weeks) left on the route to a role, then and now (None: not recorded then)."""

    role: RoleRef
    hours_before: int | None
    hours_after: int | None
    weeks_before: int | None
    weeks_after: int | None


class Progress(Result):
    """What ``careermap diff`` shows: what changed from ``older`` to ``newer``."""

    lang: Lang
    older: Moment
    newer: Moment
    same_input: bool
    kb_changed: bool
    top: TopChange
    skills: list[SkillChange]
    directions: list[DirectionChange]
    efforts: list[EffortChange]
    hours_per_week: int
    route_done: list[Ref] = Field(description="Skills of the earlier route that are stronger or new now.")
