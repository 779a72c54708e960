"""What the questionnaire produces: answers, consistency notes, and the assessment they lead to."""

from __future__ import annotations

from dataclasses import dataclass, field

from careermap.extract.models import ConstraintSignal, TraitSignal
from careermap.score.models import Assessment

Value = int | str  # a scale value (1..5), an option value ("avoid") or a number (hours)


@dataclass(frozen=True, slots=True)
class Answers:
    """Validated answers to the items of one questionnaire version: every item, unless read as a
    partly answered form (``parse_answers(..., partial=True)``), where an unanswered item is absent."""

    version: str
    values: dict[str, Value]
    lang: str | None = None
    source: str = "-"  # the answers file, "-" for stdin, or "interactive"


@dataclass(frozen=True, slots=True)
class ConsistencyNote:
    """Answers that do not fit together, pointed out rather than silently netted out.

    ``kind`` is ``contradiction`` (two strong answers in opposite directions on one trait),
    ``same_answers`` (one answer to every statement, opposite ones included) or
    ``mostly_neutral`` (so many "not sure" answers that the signal is weak).
    """

    kind: str
    items: tuple[str, ...] = ()
    trait: str | None = None
    net: float | None = None  # what the trait counts after the answers net out
    count: int = 0


@dataclass(slots=True)
class QuizAssessment:
    """An assessment whose trait and constraint contributions came from questionnaire answers."""

    assessment: Assessment
    answers: Answers
    traits: dict[str, float]  # net value per trait from the answers, -1..1
    signals: list[TraitSignal]
    constraints: list[ConstraintSignal]
    notes: list[ConsistencyNote]
    hours_per_week: int | None
    resume: bool  # whether a résumé or text was assessed together with the answers
    applied: list[str] = field(default_factory=list)  # constraint keys that gave an amount
