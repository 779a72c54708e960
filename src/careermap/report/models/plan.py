"""``careermap plan``: the route to a role as a model — the plan contract of DESIGN.md.

Every skill of the role is sorted into what the person has, what the route teaches (``stages``,
prerequisites first, each stage ending where a portfolio project becomes doable) and what is
left for later (``next``). Hours add up: a stage's hours are its skills', ``total_hours`` the
stages', and ``weeks`` is ``ceil(total_hours / hours_per_week)``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, PrivateAttr

from careermap.errors import StoreError
from careermap.report.models.common import DirectionRef, Lang, Ref, Result, Span, absent


class Basis(Result):
    """What a skill not shown in the text was credited from: a skill that implies it, or a background."""

    kind: Literal["implied", "background"]
    id: str
    name: str


class RouteSkill(Result):
    """One skill of the role (or a prerequisite the route needs) and how far the person is."""

    id: str
    name: str
    status: Literal["have", "partial", "missing"]
    importance: str = Field(description="core, important, useful, required or prerequisite")
    weight: float
    required: bool
    need: str
    strength: float = Field(description="What the text shows, 0..1.")
    effective: float = Field(description="With what the data lets us infer (prerequisites, backgrounds).")
    credit: float = Field(description="The share of the skill already there, 0..1.")
    basis: Basis | None = Field(alias="from")
    effort_hours: int
    hours: int = Field(description="Hours left to learn it.")
    prerequisites: list[str]
    needed_for: list[str]
    evidence: list[Span]
    in_route: bool = Field(description="Whether the route's hours include it (else: a next step).")
    inferred: bool = Field(
        default=False,
        description="Counted from what the text implies, not what it says: a prerequisite of a skill shown,"
        " or a skill a recognised background carries over (`from` says which).",
    )


class RouteProject(Result):
    id: str
    name: str
    description: str
    skills: list[str]
    stage: int
    ready_after_stage: int | None = Field(
        None, description="Shown at a stage of groundwork: the later stage after which it can be built."
    )


class Stage(Result):
    number: int = Field(description="The stage's place on this route: 1, 2, 3, … with no gap.")
    name: str
    goal: str
    hours: int
    start_week: int
    end_week: int
    skills: list[RouteSkill]
    projects: list[RouteProject]
    template: int | None = Field(
        default=None,
        description="The stage of plan.yaml whose name and goal this stage takes (a short route skips some).",
    )


class RouteRole(Result):
    id: str
    name: str
    direction: DirectionRef
    score: float
    readiness: float
    threshold: str = Field(description="The label of the role's threshold level.")


class Transfer(Result):
    """Skills a recognised background brings to the role."""

    background: Ref
    skills: list[Ref]


class RoleDistance(Result):
    """How far a role is: the hours and weeks of its route."""

    id: str
    name: str
    hours: int
    weeks: int
    skills: int
    score: float
    readiness: float
    covers_core: bool


class Route(Result):
    """What ``careermap plan`` shows: the route to ``role`` at ``hours_per_week``."""

    lang: Lang
    role: RouteRole
    hours_per_week: int
    total_hours: int
    weeks: int
    full_hours: int = Field(description="The same route from scratch.")
    covers_core: bool
    coverage: float
    summary: str
    have: list[RouteSkill]
    missing: list[RouteSkill] = Field(description="Every skill not yet there, the route's first (in_route).")
    next: list[RouteSkill]
    next_hours: int
    transferable: list[Transfer]
    stages: list[Stage]
    projects: list[RouteProject] = Field(description="Projects to show when nothing is left to learn.")
    closest: list[RoleDistance]
    source: str
    kb_version: str
    scorer: str
    stored_id: int | None = Field(description="Its id in the history (null: not stored).")
    store_error: str | None = Field(None, exclude_if=absent, description="Why storing it failed (one line).")
    _store_failure: StoreError | None = PrivateAttr(None)

    @property
    def store_failure(self) -> StoreError | None:
        """The error that kept it from being stored (``store_error`` is its line in ``lang``)."""
        return self._store_failure
