"""``careermap kb show|search|validate`` and ``/api/kb/...``: knowledge-base entries in one language.

``kb show ID --format json`` and the matching ``/api/kb/...`` route return the same model; the
text ``kb show`` prints is a rendering of it (:func:`careermap.report.kb.render_entry`).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from careermap.report.models.common import DirectionRef, Lang, Ref, Result, Threshold


class DirectionInfo(Result):
    kind: Literal["direction"] = "direction"
    lang: Lang
    number: int = Field(ge=1, le=6)
    id: str
    name: str
    nickname: str
    summary: str
    threshold: Threshold
    threshold_points: list[str]
    who_fits: list[str]
    choose_if: str
    outlook: str
    roles: list[Ref]


class DirectionList(Result):
    """The six directions, in their numbers' order."""

    lang: Lang
    kb_version: str
    directions: list[DirectionInfo]


class RequirementInfo(Result):
    skill: str
    name: str
    level: str


class RoleThreshold(Threshold):
    requires: list[RequirementInfo]
    degree: str


class RoleSkills(Result):
    core: list[Ref]
    important: list[Ref]
    useful: list[Ref]


class ProjectInfo(Result):
    id: str
    name: str
    description: str
    stage: int
    skills: list[Ref]


class RoleInfo(Result):
    kind: Literal["role"] = "role"
    lang: Lang
    id: str
    name: str
    direction: DirectionRef
    summary: str
    duties: list[str]
    threshold: RoleThreshold
    who_fits: list[str]
    skills: RoleSkills
    tools: list[Ref]
    employers: list[str]
    projects: list[ProjectInfo] = Field(description="By stage.")
    titles: list[str] = Field(description="What postings call the role, in both languages.")


class SkillInfo(Result):
    kind: Literal["skill"] = "skill"
    lang: Lang
    id: str
    name: str
    category: str
    description: str
    aliases: list[str]
    context_aliases: list[str] = Field(description="Short forms counted only with a confirming word nearby.")
    prerequisites: list[Ref]
    effort_hours: int


class Affinity(Result):
    id: str
    name: str
    weight: float


class BackgroundInfo(Result):
    kind: Literal["background"] = "background"
    lang: Lang
    id: str
    name: str
    leverage: str
    titles: list[str]
    affinities: list[Affinity] = Field(description="The roles it leads to, strongest first.")
    transferable: list[Ref]


KbEntry = Annotated[DirectionInfo | RoleInfo | SkillInfo | BackgroundInfo, Field(discriminator="kind")]


class SearchHit(Result):
    kind: str = Field(description="direction, role, skill, background or trait")
    id: str
    name: str


class SearchResult(Result):
    """What ``careermap kb search WORD`` finds (an empty word lists the directions and roles)."""

    word: str
    lang: Lang
    hits: list[SearchHit]


class Validation(Result):
    """What ``careermap kb validate`` checked: the counts when valid, else every problem with its place."""

    ok: bool
    path: str
    version: str | None
    directions: int
    roles: int
    skills: int
    backgrounds: int
    traits: int
    questionnaire_items: int
    problems: list[str]


# ---------------------------------------------------------------- the questionnaire's items


class ScalePoint(Result):
    value: int
    label: str


class Statement(Result):
    id: str
    text: str


class Option(Result):
    value: str
    label: str


class Preset(Result):
    value: int
    label: str


class ChoiceQuestion(Result):
    kind: Literal["choice"] = "choice"
    id: str
    name: str
    text: str
    options: list[Option]


class NumberQuestion(Result):
    kind: Literal["number"] = "number"
    id: str
    name: str
    text: str
    unit: str
    min: int
    max: int
    presets: list[Preset]


class QuestionnaireForm(Result):
    """The self-diagnosis questionnaire to answer: statements on an agreement scale, then practical questions."""

    version: str
    lang: Lang
    title: str
    intro: str
    scale: list[ScalePoint]
    items: list[Statement]
    constraints: list[Annotated[ChoiceQuestion | NumberQuestion, Field(discriminator="kind")]]
