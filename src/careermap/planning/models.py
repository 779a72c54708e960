"""What planning produces: a gap (have / partial / missing), a staged route, closest roles."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from careermap.extract.models import Span
from careermap.knowledge.models import Project


@dataclass(slots=True)
class GapSkill:
    """One skill of a role (or a prerequisite the route needs) and how far the person is.

    ``strength`` is what the text shows (the scorer's number); ``effective`` adds what the
    data lets us infer: a prerequisite of a skill the person shows (``basis="implied"``), or a
    skill a recognised background carries over (``basis="background"``). ``status`` compares
    ``effective`` with ``need_strength`` (scoring.yaml's readiness level for ``need``).
    """

    skill: str
    status: str  # "have" | "partial" | "missing"
    importance: str  # a tier ("core", "important", "useful"), "required" (threshold only) or "prerequisite"
    weight: float
    need: str
    need_strength: float
    strength: float
    effective: float
    basis: str  # "text" | "implied" | "background" | "none"
    source: str | None  # implied: the skill that implies it; background: the archetype id
    required: bool
    effort_hours: int
    hours: int
    evidence: list[Span] = field(default_factory=list)
    needed_for: list[str] = field(default_factory=list)
    prerequisites: list[str] = field(default_factory=list)

    @property
    def credit(self) -> float:
        """The share of the skill already there, 0..1."""
        return min(1.0, self.effective / self.need_strength) if self.need_strength else 1.0


@dataclass(slots=True)
class Stage:
    """A run of the route ending where a portfolio project becomes doable. ``ready_later``
    names projects shown here that can only be built after a later stage (project id -> that
    stage's number): a stage of groundwork points at the first project it leads to.

    ``number`` is the stage's place on this route (1, 2, 3, … with no gap); ``template`` the
    stage of ``plan.yaml`` whose name and goal it takes (a short route keeps the first templates
    and the last, so its numbers and its templates may differ: 1, 2, 3 over templates 1, 2, 4)."""

    number: int
    skills: list[GapSkill]
    projects: list[Project]
    start_week: int
    end_week: int
    ready_later: dict[str, int] = field(default_factory=dict)
    template: int = 0  # 0: the same as ``number``

    @property
    def template_number(self) -> int:
        return self.template or self.number

    @property
    def hours(self) -> int:
        return sum(s.hours for s in self.skills)


@dataclass(frozen=True, slots=True)
class Transfer:
    """Skills a recognised background brings to the target role."""

    background: str
    skills: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RoleEffort:
    """How far a role is for the person: the hours of its route."""

    role: str
    hours: int
    weeks: int
    skills: int
    score: float
    readiness: float
    covers_core: bool


@dataclass(slots=True)
class Gap:
    """A role's skills sorted into have / on the route / next steps (not counted), before staging."""

    role: str
    have: list[GapSkill]
    route: list[GapSkill]  # missing and partial, prerequisites first
    next_steps: list[GapSkill]
    covers_core: bool
    coverage: float  # importance-weighted share of the role's skills already there

    @property
    def hours(self) -> int:
        return sum(s.hours for s in self.route)


@dataclass(slots=True)
class Plan:
    """A route from an assessment to a target role."""

    role: str
    lang: str
    hours_per_week: int
    gap: Gap
    stages: list[Stage]
    proof: list[Project]  # projects to show when nothing is left to learn
    transfers: list[Transfer]
    closest: list[RoleEffort]
    full_hours: int  # the same route from scratch
    summary: str
    score: float
    readiness: float
    kb_version: str
    scorer: str
    source: str = "-"

    @property
    def have(self) -> list[GapSkill]:
        return self.gap.have

    @property
    def missing(self) -> list[GapSkill]:
        """Every skill on the route (status ``missing`` or ``partial``), in learning order."""
        return [s for stage in self.stages for s in stage.skills]

    @property
    def total_hours(self) -> int:
        return sum(stage.hours for stage in self.stages)

    @property
    def weeks(self) -> int:
        return weeks_for(self.total_hours, self.hours_per_week)


def weeks_for(hours: int, hours_per_week: int) -> int:
    return math.ceil(hours / hours_per_week) if hours > 0 else 0
