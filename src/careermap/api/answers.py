"""The questionnaire as a front asks it: answers files, answers sent by a form, and the interactive session.

``careermap.score_questionnaire`` scores answers; these are the steps before it that every front shares:
a blank answers file (``careermap quiz --template``), reading one back, writing what was answered
(``--save``), validating a form's answers (the page and ``/api/quiz``), and the one-item-at-a-time
session of ``careermap quiz`` with its consistency notes.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from careermap.api.common import KbArg, knowledge_of
from careermap.quiz.scoring import DEFAULT_LANG
from careermap.quiz.session import Session

if TYPE_CHECKING:
    from careermap.quiz.models import Answers

__all__ = ["DEFAULT_LANG", "Session", "answers_template", "dump_answers", "parse_answers", "quiz_notes", "read_answers"]


def answers_template(*, lang: str = DEFAULT_LANG, kb: KbArg = None) -> str:
    """A blank answers file: every item with its statement and what it accepts, as comments."""
    from careermap.quiz import template

    return template(knowledge_of(kb).questionnaire, lang=lang)


def read_answers(path: str | os.PathLike[str], *, kb: KbArg = None) -> Answers:
    """Read and validate an answers file (YAML or JSON; ``-`` reads standard input)."""
    from careermap.quiz import read_answers as read

    return read(os.fspath(path), knowledge_of(kb).questionnaire)


def parse_answers(raw: Mapping[str, Any], *, source: str = "-", partial: bool = False, kb: KbArg = None) -> Answers:
    """Validate answers given as a mapping shaped like an answers file (a form's JSON). With ``partial``
    (the page), unanswered items are left out instead of being an error."""
    from careermap.quiz import parse_answers as parse

    return parse(raw, knowledge_of(kb).questionnaire, source=source, partial=partial)


def dump_answers(answers: Answers, *, lang: str = DEFAULT_LANG, kb: KbArg = None) -> str:
    """The answers as a commented answers file that :func:`read_answers` reads back."""
    from careermap.quiz import dump_answers as dump

    return dump(answers, knowledge_of(kb).questionnaire, lang=lang)


def quiz_notes(session: Session, *, lang: str = DEFAULT_LANG, kb: KbArg = None) -> list[str]:
    """What the answers so far contradict or leave unsure, one sentence each in ``lang``."""
    from careermap.quiz import consistency
    from careermap.report.questionnaire import note_message

    k = knowledge_of(kb)
    given = session.answers(lang=lang)
    return [note_message(k, n, given.values, lang) for n in consistency(k.questionnaire, given)]
