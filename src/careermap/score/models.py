"""What scoring produces: fits that are sums of named contributions, and readiness."""

from __future__ import annotations

from dataclasses import dataclass, field

from careermap.extract.models import Evidence, Span, TraitSignal


@dataclass(slots=True)
class Contribution:
    """One named part of a score, pointing back at the words that caused it.

    ``kind`` is ``skill`` (a skill the person shows), ``background`` (a past role that
    transfers), ``trait`` (a stated like or dislike), ``interest`` (a skill the person wants
    to do), ``dislike`` (a skill the person wants to avoid), ``threshold`` (a head start
    for an easier path), ``constraint`` (a practical limit from questionnaire answers, such
    as no appetite for a very high threshold) or ``floor`` (what keeps a score from going
    below zero).
    """

    kind: str
    key: str
    amount: float
    evidence: list[Span] = field(default_factory=list)
    source: str = "text"  # "text" or "answers"
    polarity: float = 1.0  # for traits: +1 a like, -1 a dislike; for constraints: the amount


class Coverage:
    """How far a shown strength (``have``) covers a needed one (``need``): the one rule
    behind a role's threshold check, a plan's gaps and a posting's asks."""

    __slots__ = ()
    have: float
    need: float

    @property
    def met(self) -> float:
        return min(1.0, self.have / self.need) if self.need else 1.0

    @property
    def status(self) -> str:
        return "met" if self.met >= 1.0 else "partial" if self.have > 0 else "missing"


@dataclass(slots=True)
class RequirementStatus(Coverage):
    skill: str
    level: str
    need: float
    have: float
    weight: float


@dataclass(slots=True)
class RoleFit:
    role: str
    score: float
    raw: float
    readiness: float
    contributions: list[Contribution]
    requirements: list[RequirementStatus]
    degree_gap: bool = False


@dataclass(slots=True)
class DirectionFit:
    number: int
    id: str
    score: float
    readiness: float
    roles: list[RoleFit]
    contributions: list[Contribution]

    @property
    def best_role(self) -> RoleFit:
        return self.roles[0]


@dataclass(frozen=True, slots=True)
class Background:
    """A past role recognised in the text, how sure, and the words that show it."""

    archetype: str
    strength: float
    evidence: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Counterfactual:
    """What would put the runner-up direction first."""

    direction: str
    role: str
    skills: tuple[str, ...]
    reaches_top: bool
    new_score: float
    top_score: float


@dataclass(slots=True)
class Assessment:
    lang: str
    evidence: Evidence
    directions: list[DirectionFit]
    backgrounds: list[Background]
    counterfactual: Counterfactual | None
    advice: str
    kb_version: str
    scorer: str
    source: str = "-"
    traits: list[TraitSignal] = field(default_factory=list)

    @property
    def top(self) -> DirectionFit:
        return self.directions[0]

    def role(self, role_id: str) -> RoleFit:
        for d in self.directions:
            for r in d.roles:
                if r.role == role_id:
                    return r
        raise KeyError(role_id)
