"""Answers to signals for the one scorer, consistency checks, and the assessment.

A statement's answer is a polarity on the scale (``scale[].polarity``, -1..1); each of its
traits gets ``polarity × weight / Σ|weight|`` over the items asking about that trait, so the
signals of a trait add up to the weighted mean of its answers (-1..1). Each signal keeps its
item id and becomes part of a ``trait`` contribution with source ``answers``, apart from the
traits a résumé states. Practical answers become ``constraint`` signals. Nothing here holds
a number of its own: weights, scale and rules are in ``questionnaire.yaml``.
"""

from __future__ import annotations

from careermap.errors import AnswersVersion
from careermap.extract.models import ConstraintSignal, Evidence, TraitSignal
from careermap.i18n import t
from careermap.ingest.document import Document
from careermap.knowledge.default import default_knowledge
from careermap.knowledge.loader import Knowledge
from careermap.knowledge.models import NumberConstraint, Questionnaire
from careermap.quiz.models import Answers, ConsistencyNote, QuizAssessment
from careermap.score.engine import assess_source
from careermap.score.models import Assessment
from careermap.score.scorer import assess

DEFAULT_LANG = "zh"  # the product's first language, used when nothing else says


def _polarity(q: Questionnaire) -> dict[int, float]:
    return {p.value: p.polarity for p in q.scale}


def trait_signals(q: Questionnaire, answers: Answers) -> list[TraitSignal]:
    """One signal per answered statement and trait, scaled so a trait's signals sum to its mean."""
    polarity = _polarity(q)
    total: dict[str, float] = {}
    for item in q.items:
        for trait, weight in item.traits.items():
            total[trait] = total.get(trait, 0.0) + abs(weight)
    out: list[TraitSignal] = []
    for item in q.items:
        if item.id not in answers.values:
            continue  # unanswered (a partly answered form): contributes nothing
        p = polarity[int(answers.values[item.id])]
        for trait, weight in item.traits.items():
            share = round(p * weight / total[trait], 4)
            if share:
                out.append(TraitSignal(trait, share, None, "answers", item.id))
    return out


def trait_values(q: Questionnaire, answers: Answers) -> dict[str, float]:
    """The net value of every trait the questionnaire asks about, -1..1."""
    values = {trait: 0.0 for item in q.items for trait in item.traits}
    for s in trait_signals(q, answers):
        values[s.trait] += s.polarity
    return {k: round(v, 4) for k, v in values.items()}


def constraint_signals(q: Questionnaire, answers: Answers) -> list[ConstraintSignal]:
    """The practical answers that change scores: an option or number band with amounts."""
    out: list[ConstraintSignal] = []
    for c in q.constraints:
        if c.id not in answers.values:
            continue
        value = answers.values[c.id]
        if isinstance(c, NumberConstraint):
            band = next((b for b in sorted(c.bands, key=lambda b: b.max) if int(value) <= b.max), None)
            if band is not None and band.amounts:
                out.append(ConstraintSignal(f"{c.id}:{band.id}", c.applies_to, dict(band.amounts), "answers", c.id))
        else:
            option = next(o for o in c.options if o.value == value)
            if option.amounts:
                out.append(
                    ConstraintSignal(f"{c.id}:{option.value}", c.applies_to, dict(option.amounts), "answers", c.id)
                )
    return out


def hours_per_week(q: Questionnaire, answers: Answers) -> int | None:
    for c in q.constraints:
        if isinstance(c, NumberConstraint) and c.records == "hours_per_week" and c.id in answers.values:
            return int(answers.values[c.id])
    return None


def consistency(q: Questionnaire, answers: Answers) -> list[ConsistencyNote]:
    """Answers that contradict each other, one answer to everything, or mostly "not sure"."""
    polarity = _polarity(q)
    rules = q.consistency
    answered = [i for i in q.items if i.id in answers.values]
    given = [int(answers.values[i.id]) for i in answered]
    if len(given) > 1 and len(set(given)) == 1:
        # opposite statements answered alike: the per-trait contradictions would only repeat this
        return [ConsistencyNote("same_answers", count=len(given))]
    notes: list[ConsistencyNote] = []
    values = trait_values(q, answers)
    for trait in values:
        # agreeing with a statement and with its reverse-keyed opposite ("deriving formulas
        # excites me" and "math is not my thing"); statements keyed the same way may differ
        # freely, and disagreeing with both is a lukewarm answer rather than a contradiction
        agreed = [
            (polarity[int(answers.values[i.id])], i.traits[trait] > 0, i.id)
            for i in answered
            if abs(i.traits.get(trait, 0.0)) >= rules.min_weight
            and polarity[int(answers.values[i.id])] >= rules.min_polarity
        ]
        pairs = [(a[0] + b[0], a[2], b[2]) for a in agreed for b in agreed if a[1] and not b[1]]
        if pairs:
            best = max(pairs, key=lambda p: p[0])
            notes.append(ConsistencyNote("contradiction", (best[1], best[2]), trait, values[trait]))
    neutral = tuple(i.id for i, v in zip(answered, given, strict=True) if polarity[v] == 0)
    if given and len(neutral) / len(given) >= rules.neutral_share:
        notes.append(ConsistencyNote("mostly_neutral", neutral, count=len(neutral)))
    return notes


def empty_evidence(lang: str) -> Evidence:
    """Evidence with nothing in it: a questionnaire-only run has no text to read."""
    return Evidence("", lang, {}, {}, {}, {}, [], [], None, None, None)


def assess_answers(
    answers: Answers,
    *,
    kb: Knowledge | None = None,
    source: Document | None = None,
    lang: str | None = None,
    semantic: bool = False,
) -> QuizAssessment:
    """Score questionnaire answers, alone or together with a résumé ``source``
    (``semantic`` adds the optional sentence-encoder signal to the résumé's part)."""
    kb = kb or default_knowledge()
    q = kb.questionnaire
    if answers.version != q.version:
        raise AnswersVersion(
            f"the answers were written for questionnaire version {answers.version}, this is version {q.version}",
            f"这些答案针对第 {answers.version} 版问卷，当前是第 {q.version} 版",
            hint_en="answer again with `careermap quiz`",
            hint_zh="请用 `careermap quiz` 重新作答",
        )
    traits = trait_signals(q, answers)
    constraints = constraint_signals(q, answers)
    if source is not None:
        a = assess_source(source, kb=kb, lang=lang, traits=traits, constraints=constraints, semantic=semantic)
    else:
        out_lang = lang or answers.lang or DEFAULT_LANG
        a = assess(
            kb,
            empty_evidence(out_lang),
            lang=out_lang,
            source=answers.source,
            extra_traits=traits,
            constraints=constraints,
        )
        a.advice = answers_only_advice(kb, a)
    return QuizAssessment(
        assessment=a,
        answers=answers,
        traits=trait_values(q, answers),
        signals=traits,
        constraints=constraints,
        notes=consistency(q, answers),
        hours_per_week=hours_per_week(q, answers),
        resume=source is not None,
    )


def answers_only_advice(kb: Knowledge, a: Assessment) -> str:
    """The advice paragraph when there is no résumé: what suits, and that readiness needs one."""
    lang = a.lang
    msgs = kb.questionnaire.messages
    top = a.top
    if top.score < kb.questionnaire.consistency.min_top_score:
        return msgs.answers_flat.get(lang)
    direction = kb.direction(top.id)
    role = kb.role(top.best_role.role)
    text = msgs.answers_only.get(lang).format(
        direction=direction.name.get(lang),
        role=role.name.get(lang),
        threshold=t(role.threshold.level.value, lang),
        choose_if=direction.choose_if.get(lang),
        next=msgs.next_step.get(lang),
    )
    if len(a.directions) > 1 and a.directions[1].score > 0:
        runner = kb.direction(a.directions[1].id).name.get(lang)
        text += ("" if lang == "zh" else " ") + msgs.answers_only_runner_up.get(lang).format(runner_up=runner)
    return text
