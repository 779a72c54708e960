"""The session behind the interactive flow, and the errors scripts and the web page get."""

from __future__ import annotations

import pytest

from careermap.errors import AnswerOutOfRange, UnknownAnswer
from careermap.knowledge.loader import Knowledge
from careermap.quiz import Session, dump_answers, parse_answers, read_answers
from tests.quizutil import persona


def test_back_keeps_the_answer_until_it_is_changed(kb: Knowledge) -> None:
    s = Session(kb.questionnaire)
    assert s.back() is False  # nothing before the first question
    s.answer(4)
    s.answer(0)
    assert s.back() and s.step.id == "read_papers" and s.selected() == 0
    s.answer(2)
    assert s.given == {"derive_formulas": 5, "read_papers": 3}
    with pytest.raises(IndexError):
        s.answer(9)


def test_a_web_form_gets_the_item_named_on_the_error(kb: Knowledge) -> None:
    raw = persona("data_person")
    raw["answers"]["ship_fast"] = 6
    with pytest.raises(AnswerOutOfRange) as info:
        parse_answers(raw, kb.questionnaire)
    assert info.value.item == "ship_fast" and info.value.code == "E504"
    raw["answers"]["ship_fast"] = 4
    raw["answers"]["shipfast"] = 4
    with pytest.raises(UnknownAnswer) as unknown:
        parse_answers(raw, kb.questionnaire)
    assert unknown.value.item == "shipfast"


def test_dumped_answers_read_back_the_same(kb: Knowledge, tmp_path) -> None:  # type: ignore[no-untyped-def]
    q = kb.questionnaire
    given = parse_answers(persona("low_level_fan"), q)
    for lang in ("zh", "en"):
        path = tmp_path / f"{lang}.yaml"
        path.write_text(dump_answers(given, q, lang=lang), encoding="utf-8")
        assert read_answers(path, q).values == given.values
