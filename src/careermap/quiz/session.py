"""The questionnaire as a sequence of steps with answers kept, for any interactive front.

A front shows :attr:`Session.step`, calls :meth:`Session.answer` with the chosen option or
:meth:`Session.back` to change the previous answer, until :attr:`Session.done`; then
:meth:`Session.answers` gives validated :class:`~careermap.quiz.models.Answers`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from careermap.knowledge.models import NumberConstraint, Questionnaire, Text
from careermap.quiz.answers import parse_answers
from careermap.quiz.models import Answers, Value


@dataclass(frozen=True, slots=True)
class Option:
    value: Value
    label: Text


@dataclass(frozen=True, slots=True)
class Step:
    id: str
    text: Text
    options: tuple[Option, ...]
    default: int  # the option selected when the step is first shown


@dataclass
class Session:
    q: Questionnaire
    steps: list[Step] = field(init=False)
    index: int = 0
    given: dict[str, Value] = field(default_factory=dict)

    def __post_init__(self) -> None:
        scale = tuple(Option(p.value, p.label) for p in self.q.scale)
        self.steps = [Step(i.id, i.text, scale, len(scale) // 2) for i in self.q.items]
        for c in self.q.constraints:
            if isinstance(c, NumberConstraint):
                options = tuple(Option(p.value, p.label) for p in c.presets)
            else:
                options = tuple(Option(o.value, o.label) for o in c.options)
            self.steps.append(Step(c.id, c.text, options, 0))

    @property
    def total(self) -> int:
        return len(self.steps)

    @property
    def done(self) -> bool:
        return self.index >= self.total

    @property
    def step(self) -> Step:
        return self.steps[self.index]

    def selected(self) -> int:
        """The option to highlight: the earlier answer when coming back, else the default."""
        step = self.step
        if step.id in self.given:
            for i, o in enumerate(step.options):
                if o.value == self.given[step.id]:
                    return i
        return step.default

    def answer(self, option: int) -> None:
        """Answer the current step with its ``option``-th option (0-based) and move on."""
        step = self.step
        if not 0 <= option < len(step.options):
            raise IndexError(option)
        self.given[step.id] = step.options[option].value
        self.index += 1

    def back(self) -> bool:
        """Go back one step (its answer is kept until changed); False at the first step."""
        if self.index == 0:
            return False
        self.index -= 1
        return True

    def answers(self, *, lang: str | None = None, source: str = "interactive") -> Answers:
        raw = {"questionnaire": self.q.version, "lang": lang, "answers": dict(self.given)}
        return parse_answers(raw, self.q, source=source)
