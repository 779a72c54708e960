"""Answers as named contributions: traits and constraints from the questionnaire, kept apart
from what a résumé shows; contradictions pointed out; a questionnaire-only run works."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from careermap.api import diagnose
from careermap.errors import AnswerMissing
from careermap.knowledge.loader import Knowledge
from careermap.quiz import assess_answers, parse_answers
from careermap.quiz.models import QuizAssessment
from careermap.report.questionnaire import diagnosis
from tests.conftest import Cli
from tests.quizutil import cli_json, persona, write

RESUME = (
    "5年Java后端开发，熟悉Spring Cloud、Redis、MySQL。最近用LangChain做了公司内部知识库问答（RAG），上线后日活2000。"
)


def _run(kb: Knowledge, raw: dict[str, Any], **kw: Any) -> QuizAssessment:
    return assess_answers(parse_answers(raw, kb.questionnaire), kb=kb, **kw)


def _contribs(qa: QuizAssessment, kind: str) -> list[tuple[str, str, float]]:
    return [
        (r.role, c.key, c.amount)
        for d in qa.assessment.directions
        for r in d.roles
        for c in r.contributions
        if c.kind == kind
    ]


def test_questionnaire_is_in_the_range_the_issue_asks(kb: Knowledge) -> None:
    q = kb.questionnaire
    assert 20 <= len(q.item_ids()) <= 40
    assert {t for i in q.items for t in i.traits} == set(kb.traits)
    # every trait has a reverse-keyed item, so a contradiction can be seen
    assert {t for i in q.items for t, w in i.traits.items() if w <= -q.consistency.min_weight} == set(kb.traits)


def test_low_appetite_for_a_high_threshold_counts_against_very_high_roles_only(kb: Knowledge) -> None:
    eager = persona("math_brain")
    avoid = persona("math_brain")
    avoid["answers"].update(high_threshold="avoid", research_degree="willing")
    hi, lo = _run(kb, eager, lang="en"), _run(kb, avoid, lang="en")
    assert _contribs(hi, "constraint") == []
    hit = _contribs(lo, "constraint")
    levels = {kb.roles[role].threshold.level.value for role, _, _ in hit}
    assert levels == {"very_high", "high"}
    assert all(key == "high_threshold:avoid" and amount < 0 for _, key, amount in hit)
    assert lo.assessment.role("training.pretrain").score < hi.assessment.role("training.pretrain").score
    assert lo.assessment.role("apps.rag").score == hi.assessment.role("apps.rag").score  # approachable: untouched
    # explained in words, from the data
    data = diagnosis(kb, lo).model_dump(mode="json")
    pretrain = next(r for d in data["directions"] for r in d["roles"] if r["id"] == "training.pretrain")
    named = [c for c in pretrain["contributions"] if c["kind"] == "constraint"]
    assert named and named[0]["source"] == "answers" and "count less" in named[0]["name"]


def test_no_further_degree_counts_against_roles_that_ask_for_one(kb: Knowledge) -> None:
    raw = persona("math_brain")
    raw["answers"].update(research_degree="unwilling")
    qa = _run(kb, raw)
    hit = {role for role, key, _ in _contribs(qa, "constraint") if key == "research_degree:unwilling"}
    assert hit == {rid for rid, r in kb.roles.items() if r.threshold.degree.value in ("master", "phd")}


def test_hours_per_week_are_recorded_and_very_few_count(kb: Knowledge) -> None:
    raw = persona("data_person")
    assert _run(kb, raw).hours_per_week == 15
    assert not any(key.startswith("hours_per_week") for _, key, _ in _contribs(_run(kb, raw), "constraint"))
    raw["answers"]["hours_per_week"] = 3
    qa = _run(kb, raw, lang="en")
    assert qa.hours_per_week == 3
    few = {(role, key) for role, key, _ in _contribs(qa, "constraint") if key.startswith("hours_per_week")}
    assert {key for _, key in few} == {"hours_per_week:few_hours"}
    assert {kb.roles[role].threshold.level.value for role, _ in few} == {"very_high", "high"}
    quiz = diagnosis(kb, qa).model_dump(mode="json")["questionnaire"]
    assert quiz["hours_per_week"] == 3 and "3 hours a week" in quiz["hours_note"]


def test_contradictory_answers_are_pointed_out_naming_both_items(kb: Knowledge) -> None:
    raw = persona("math_brain")
    raw["answers"]["math_not_mine"] = 4  # "math is not my thing" while deriving formulas excites me
    qa = _run(kb, raw, lang="en")
    notes = [n for n in qa.notes if n.kind == "contradiction"]
    assert [(n.trait, n.items) for n in notes] == [("math_research", ("derive_formulas", "math_not_mine"))]
    message = diagnosis(kb, qa).model_dump(mode="json")["questionnaire"]["consistency"][0]["message"]
    assert "math is not my thing" in message and "Working through the math" in message
    assert f"{qa.traits['math_research']:+.2f}" in message  # says what the trait counts after netting out


def test_lukewarm_or_differentiated_answers_are_not_contradictions(kb: Knowledge) -> None:
    raw = persona("inference_craft")
    raw["answers"].update(how_hardware_runs=5, many_machines=1)  # one facet appeals, another not
    raw["answers"].update(make_it_fail=2, testing_is_boring=2)  # not a breaker, not bored by tests
    assert not [n for n in _run(kb, raw).notes if n.kind == "contradiction"]


def test_one_answer_to_everything_is_pointed_out_once(kb: Knowledge) -> None:
    raw = persona("math_brain")
    for item in kb.questionnaire.items:
        raw["answers"][item.id] = 5
    notes = _run(kb, raw).notes
    assert [n.kind for n in notes] == ["same_answers"]


def test_mostly_not_sure_is_pointed_out(kb: Knowledge) -> None:
    raw = persona("security_reader")
    for item in kb.questionnaire.items[:20]:
        raw["answers"][item.id] = 3
    assert "mostly_neutral" in [n.kind for n in _run(kb, raw).notes]


def test_questionnaire_only_run_has_no_skills_and_says_readiness_needs_a_resume(kb: Knowledge, cli: Cli) -> None:
    qa = _run(kb, persona("product_person"), lang="en")
    assert not qa.resume and qa.assessment.evidence.skills == {}
    data = diagnosis(kb, qa).model_dump(mode="json")
    assert data["skills"] == [] and data["questionnaire"]["readiness_measured"] is False
    assert "--answers" in data["advice"] and "readiness needs a résumé" in data["advice"]
    md = cli("quiz", "--answers", str(Path(__file__).parent / "data/answers/product_person.yaml"), "--format", "md")
    assert md.returncode == 0 and "| — |" in md.stdout and "## " in md.stdout


def test_resume_and_answers_keep_their_sources_apart(kb: Knowledge, tmp_path: Path, cli: Cli) -> None:
    resume = tmp_path / "me.md"
    resume.write_text(RESUME, encoding="utf-8")
    alone = cli_json(cli, "diagnose", str(resume))
    both = cli_json(cli, "diagnose", str(resume), "--answers", str(write(tmp_path, persona("math_brain"))))
    # what the résumé shows is unchanged: same skills, same readiness
    assert both["skills"] == alone["skills"]
    assert [d["readiness"] for d in both["directions"]] == [
        next(a["readiness"] for a in alone["directions"] if a["id"] == d["id"]) for d in both["directions"]
    ]
    assert "questionnaire" not in alone and both["questionnaire"]["resume"] is True
    # each direction says how much came from the résumé and how much from the answers
    apps = next(d for d in both["directions"] if d["id"] == "apps")
    sources = {c["source"] for c in apps["contributions"]}
    assert sources == {"text", "answers"}
    split = next(s for s in both["questionnaire"]["sources"] if s["direction"] == "apps")
    assert split["text"] > 0 and split["answers"] != 0
    assert abs(split["text"] + split["answers"] + split["other"] - apps["score"]) < 0.01
    # the math brain's answers lift direction 1 above where the résumé alone puts it
    rank = lambda data, did: [d["id"] for d in data["directions"]].index(did)  # noqa: E731
    assert rank(both, "training") < rank(alone, "training")


def test_text_traits_and_answer_traits_are_separate_contributions(kb: Knowledge) -> None:
    q = kb.questionnaire
    raw = persona("product_person")
    answers = parse_answers(raw, q)
    from careermap.quiz.scoring import trait_signals

    a = diagnose("我喜欢做产品，三年 Vue 前端开发。", kb=kb, traits=trait_signals(q, answers))
    fullstack = a.role("apps.fullstack")
    product = [c for c in fullstack.contributions if c.kind == "trait" and c.key == "product_users"]
    assert sorted(c.source for c in product) == ["answers", "text"]
    assert all(s.item for s in a.traits if s.source == "answers")


def test_json_contract_keys_are_kept(kb: Knowledge, cli: Cli) -> None:
    data = cli_json(cli, "quiz", "--answers", str(Path(__file__).parent / "data/answers/data_person.yaml"))
    assert {"lang", "directions", "skills", "questionnaire"} <= set(data)
    assert len(data["directions"]) == 6
    d = data["directions"][0]
    assert {"number", "id", "name", "score", "readiness", "roles", "contributions"} <= set(d)
    quiz = data["questionnaire"]
    assert {"version", "answers", "traits", "hours_per_week", "constraints", "consistency", "sources"} <= set(quiz)
    assert len(quiz["answers"]) == len(kb.questionnaire.item_ids())
    assert quiz["answers"][0] == {
        "id": "derive_formulas",
        "kind": "scale",
        "text": kb.questionnaire.items[0].text.zh,
        "value": 3,
        "label": "说不清",
        "polarity": 0.0,
        "traits": {},
    }


def test_answers_that_lean_nowhere_say_so_instead_of_naming_a_direction(kb: Knowledge) -> None:
    raw = persona("security_reader")
    for item in kb.questionnaire.items:
        raw["answers"][item.id] = 3
    raw["answers"]["derive_formulas"] = 4
    qa = _run(kb, raw, lang="en")
    assert qa.assessment.top.score < kb.questionnaire.consistency.min_top_score
    assert qa.assessment.advice == kb.questionnaire.messages.answers_flat.en
    assert [n.kind for n in qa.notes] == ["mostly_neutral"]


def test_a_partly_answered_form_scores_what_was_answered_and_the_rest_counts_nothing(kb: Knowledge) -> None:
    q = kb.questionnaire
    full = persona("math_brain")["answers"]
    kept = dict(list(full.items())[:3])
    partial = parse_answers({"answers": kept}, q, source="web", partial=True)
    assert partial.values == kept
    # an unanswered statement weighs exactly what "not sure" (polarity 0) weighs, and no constraint counts
    neutral = {i.id: next(p.value for p in q.scale if p.polarity == 0) for i in q.items}
    padded = {**neutral, **{c.id: full[c.id] for c in q.constraints}, **kept}
    as_if_neutral = assess_answers(parse_answers({"answers": padded}, q), kb=kb)
    scored = assess_answers(partial, kb=kb)
    assert scored.traits == as_if_neutral.traits and scored.constraints == []
    assert scored.assessment.top.id == "training"  # three math answers: direction 1
    result = diagnosis(kb, scored)
    assert result.questionnaire is not None
    assert [a.id for a in result.questionnaire.answers] == list(kept)
    assert result.questionnaire.hours_per_week is None and result.questionnaire.constraints == []


def test_an_answers_file_still_needs_every_item_and_a_form_at_least_one(kb: Knowledge) -> None:
    q = kb.questionnaire
    with pytest.raises(AnswerMissing, match="has no answer"):
        parse_answers({"answers": {q.items[0].id: 5}}, q)
    with pytest.raises(AnswerMissing, match="no item has an answer"):
        parse_answers({"answers": {}}, q, partial=True)
