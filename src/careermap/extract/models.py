"""What extraction finds in a document: skills, titles, traits, years, each with its span."""

from __future__ import annotations

from dataclasses import dataclass, field

from careermap.knowledge.models import Grade


@dataclass(frozen=True, slots=True)
class Span:
    """A slice of the text exactly as the user gave it: ``text == source[start:end]``."""

    start: int
    end: int
    text: str


STATUSES = ("has", "lacks", "wants", "heard_of")


@dataclass(slots=True)
class SkillHit:
    """One mention of a skill and what the words around it say.

    ``status`` (see :mod:`careermap.extract.scope`): ``has``, ``lacks`` ("不会 Rust"), ``wants``
    (a wish, plan or interest) or ``heard_of`` (hearsay, a quote, someone else's skill), with
    ``status_cue`` the words that decided it. ``dislike``, ``like``, ``limited`` and ``weak`` keep
    the status: a stated dislike or like, a limiter ("只写过脚本": the level is basic), a one-off touch.
    """

    skill: str
    span: Span
    alias: str
    how: str  # "alias" or "context" (a short form confirmed by its surroundings)
    section: str = "body"
    level: str = "mentioned"  # expert | proficient | mentioned | basic
    grade: Grade = Grade.listed
    status: str = "has"
    status_cue: Span | None = None
    dislike: bool = False
    like: bool = False
    limited: bool = False
    weak: bool = False
    years: float | None = None
    strength: float = 0.0
    cues: list[Span] = field(default_factory=list)

    @property
    def counts(self) -> bool:
        """Whether this mention shows the person has the skill."""
        return self.strength > 0


@dataclass(slots=True)
class SkillEvidence:
    """All mentions of one skill, and the strength they add up to (0..1)."""

    skill: str
    strength: float
    level: str
    grade: Grade
    years: float | None
    hits: list[SkillHit]


@dataclass(frozen=True, slots=True)
class TraitSignal:
    """A stated like (+1) or dislike (-1) of a trait, from text or questionnaire answers."""

    trait: str
    polarity: float
    span: Span | None
    source: str = "text"  # "text" or "answers"
    item: str | None = None


@dataclass(frozen=True, slots=True)
class ConstraintSignal:
    """A practical limit (questionnaire answers): an amount for roles by one attribute.

    ``applies_to`` names the role attribute, ``threshold`` (its threshold level) or
    ``degree`` (the degree it usually asks for); ``amounts`` maps that attribute's values to a
    signed amount in -1..1. ``key`` names the answer, e.g. ``high_threshold:avoid``.
    """

    key: str
    applies_to: str
    amounts: dict[str, float]
    source: str = "answers"
    item: str | None = None


@dataclass(frozen=True, slots=True)
class TitleHit:
    archetype: str
    span: Span


@dataclass(frozen=True, slots=True)
class RoleTitleHit:
    """A title or team name of one of the eighteen roles ("推理引擎工程师", "Inference team"),
    and the weight of the section it stands in (``scoring.sections``)."""

    role: str
    span: Span
    weight: float


@dataclass(slots=True)
class Evidence:
    text: str
    lang: str
    skills: dict[str, SkillEvidence]
    interests: dict[str, list[SkillHit]]
    dislikes: dict[str, list[SkillHit]]
    negated: dict[str, list[SkillHit]]
    traits: list[TraitSignal]
    titles: list[TitleHit]
    years: float | None
    degree: str | None
    degree_span: Span | None
    semantic: dict[str, tuple[float, Span]] = field(default_factory=dict)  # role -> (similarity, sentence)
    role_titles: list[RoleTitleHit] = field(default_factory=list)
    heard_of: dict[str, list[SkillHit]] = field(default_factory=dict)

    def strength(self, skill: str) -> float:
        ev = self.skills.get(skill)
        return ev.strength if ev else 0.0

    def mentions(self) -> list[SkillHit]:
        """Every skill mention, whatever its status, in text order."""
        hits = [h for se in self.skills.values() for h in se.hits]
        for group in (self.interests, self.dislikes, self.negated, self.heard_of):
            hits += [h for hs in group.values() for h in hs]
        return sorted(hits, key=lambda h: h.span.start)
