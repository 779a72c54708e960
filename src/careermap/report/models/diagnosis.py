"""``careermap diagnose`` and the questionnaire: the JSON contract of DESIGN.md as models.

``Diagnosis`` holds all six directions best first, each with its roles, the named contributions
its score adds up from (each pointing at the words that caused it), and the skills found with
their spans. Keys outside DESIGN.md's list are additions; the optional ones (``questionnaire``,
``text``, ``document``, ``route``, ``stored_id``, ``store_error``) are left out when empty.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, PrivateAttr

from careermap.errors import StoreError
from careermap.report.models.common import DocumentInfo, Lang, Ref, Result, Span, Threshold, absent
from careermap.report.models.plan import Route

Status = Literal["met", "partial", "missing"]
Value = int | str  # a scale value (1..5), an option value ("avoid") or a number (hours)


class Contribution(Result):
    """One named part of a score: ``kind`` (skill, background, trait, interest, dislike, threshold,
    constraint, floor, semantic, role_title), the entry it names, the amount, and the evidence."""

    kind: str
    key: str
    name: str
    amount: float
    source: str = Field(description="text or answers")
    polarity: float
    evidence: str = Field(description="The words that caused it, joined with ' · '.")
    spans: list[Span]


class Requirement(Result):
    """One skill of a role's threshold against what the text shows (``have`` / ``need``, readiness units)."""

    skill: str
    name: str
    level: str
    status: Status
    have: float
    need: float


class RoleScore(Result):
    id: str
    name: str
    score: float = Field(ge=0, le=1)
    readiness: float
    threshold: str = Field(description="The label of the role's threshold level.")
    degree_gap: bool
    requirements: list[Requirement]
    contributions: list[Contribution]


class DirectionScore(Result):
    number: int = Field(ge=1, le=6)
    id: str
    name: str
    nickname: str
    score: float = Field(ge=0, le=1)
    readiness: float
    threshold: Threshold
    roles: list[RoleScore] = Field(description="Best first.")
    contributions: list[Contribution]


class SkillEvidence(Span):
    """One mention that counts: where it stands, how it matched, and the level words around it."""

    section: str = "body"
    how: str
    level: str
    grade: str
    weak: bool
    limited: bool = Field(default=False, description="A limiter held the level down (只写过脚本: basic).")
    cues: list[Span]


class Skill(Result):
    id: str
    name: str
    status: Literal["has"] = Field(default="has", description="A skill the person has (docs/reading.md).")
    category: str
    level: str
    grade: str
    strength: float
    years: float | None
    evidence: list[SkillEvidence]


MentionStatus = Literal["lacks", "wants", "dislikes", "heard_of"]


class MentionEvidence(Span):
    """Where the skill is named, with the words that decided its status."""

    cue: Span | None = Field(default=None, description="The words that decided the status (不会, want to, 听说…).")


class Mention(Result):
    """A skill named but not claimed: lacked (不熟悉 CUDA), wanted, disliked, or only heard of
    (hearsay, a quote, someone else's skill)."""

    id: str
    name: str
    status: MentionStatus = Field(description="lacks, wants, dislikes or heard_of (docs/reading.md).")
    evidence: list[MentionEvidence]


class Trait(Result):
    id: str
    name: str
    polarity: float
    source: str
    item: str | None
    evidence: Span | None


class Background(Result):
    """A past role recognised in the text (Java 后端, 运维 …) and the words that show it."""

    id: str
    name: str
    strength: float
    evidence: list[Span]


class Counterfactual(Result):
    """What would put the runner-up direction first."""

    direction: str
    role: str
    skills: list[Ref]
    reaches_top: bool
    new_score: float
    top_score: float


# ---------------------------------------------------------------- the questionnaire's part


class Answer(Result):
    """One answer: a statement on the scale (with what it fed) or a practical question."""

    id: str
    kind: str = Field(description="scale, choice or number")
    text: str
    value: Value
    label: str
    polarity: float | None = Field(None, description="Statements only: the answer on the -1..1 scale.")
    traits: dict[str, float] = Field(default_factory=dict, description="Statements only: trait -> amount fed.")


class TraitValue(Result):
    id: str
    name: str
    value: float = Field(ge=-1, le=1)


class ConstraintAnswer(Result):
    """A practical answer, and whether (and how much) it counted."""

    id: str
    name: str
    value: Value
    label: str
    counted: bool
    key: str | None
    note: str | None
    applies_to: str
    amounts: dict[str, float]


class ConsistencyNote(Result):
    kind: str = Field(description="contradiction, same_answers or mostly_neutral")
    items: list[str]
    trait: str | None
    net: float | None
    message: str


class SourceSplit(Result):
    """How much of a direction's score came from the résumé, from the answers, and from neither."""

    direction: str
    text: float
    answers: float
    other: float


class QuestionnaireResult(Result):
    """The ``questionnaire`` key of a diagnosis made with questionnaire answers."""

    version: str
    source: str
    resume: bool = Field(description="Whether a résumé was assessed together with the answers.")
    readiness_measured: bool
    answers: list[Answer]
    traits: list[TraitValue]
    hours_per_week: int | None
    hours_note: str | None
    constraints: list[ConstraintAnswer]
    consistency: list[ConsistencyNote]
    sources: list[SourceSplit]


# ---------------------------------------------------------------- the diagnosis


class Diagnosis(Result):
    """What ``careermap diagnose`` (and ``quiz``) shows: the JSON contract of DESIGN.md."""

    lang: Lang
    source: str
    kb_version: str
    scorer: str
    directions: list[DirectionScore] = Field(description="All six, best first.")
    skills: list[Skill] = Field(description="Strongest first.")
    negated: list[Mention]
    interests: list[Mention]
    dislikes: list[Mention]
    heard_of: list[Mention] = Field(default=[], description="Hearsay, quotes, someone else's skills.")
    traits: list[Trait]
    backgrounds: list[Background]
    years: float | None
    degree: str | None
    counterfactual: Counterfactual | None
    advice: str
    questionnaire: QuestionnaireResult | None = Field(None, exclude_if=absent)
    text: str | None = Field(None, exclude_if=absent, description="The text as read; every span indexes it.")
    document: DocumentInfo | None = Field(None, exclude_if=absent)
    route: Route | None = Field(None, exclude_if=absent, description="The route to a role, when one was asked for.")
    stored_id: int | None = Field(None, exclude_if=absent, description="Its id in the history, when stored.")
    store_error: str | None = Field(None, exclude_if=absent, description="Why storing it failed (one line).")
    _store_failure: StoreError | None = PrivateAttr(None)

    @property
    def top(self) -> DirectionScore:
        """The best direction."""
        return self.directions[0]

    @property
    def store_failure(self) -> StoreError | None:
        """The error that kept it from being stored (``store_error`` is its line in ``lang``)."""
        return self._store_failure
