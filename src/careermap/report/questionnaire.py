"""A questionnaire assessment as a result: the diagnosis plus its ``questionnaire`` part.

The part holds the answers (with what each statement says and the traits it fed), the trait
profile from the answers, the practical constraints that counted, hours per week for a plan,
the consistency notes, and per direction how much of the score came from the résumé, how
much from the answers, and how much from neither (``other``: a head start for an easier
path, the floor at zero).
"""

from __future__ import annotations

from careermap.ingest.document import Document
from careermap.knowledge.loader import Knowledge
from careermap.knowledge.models import ChoiceConstraint, NumberConstraint
from careermap.quiz.models import ConsistencyNote, QuizAssessment, Value
from careermap.report.assessment import diagnosis as assessment_diagnosis
from careermap.report.models import diagnosis as m


def note_message(kb: Knowledge, note: ConsistencyNote, answers: dict[str, Value], lang: str) -> str:
    """One consistency note as a sentence in ``lang``."""
    q = kb.questionnaire
    msgs = q.messages
    label = {p.value: p.label.get(lang) for p in q.scale}
    text = {i.id: i.text.get(lang) for i in q.items}
    if note.kind == "contradiction":
        a, b = note.items
        net = f"{note.net:+.2f}" if note.net is not None else "0"
        return msgs.contradiction.get(lang).format(
            a=text[a].rstrip("。."),
            b=text[b].rstrip("。."),
            a_label=label[int(answers[a])],
            b_label=label[int(answers[b])],
            trait=kb.traits[note.trait].name.get(lang) if note.trait else "",
            net=net,
        )
    if note.kind == "same_answers":
        first = next(iter(answers[i.id] for i in q.items if i.id in answers))
        return msgs.same_answers.get(lang).format(label=label[int(first)], count=note.count)
    neutral = next(p for p in q.scale if p.polarity == 0)
    return msgs.mostly_neutral.get(lang).format(label=neutral.label.get(lang), count=note.count)


def questionnaire_result(kb: Knowledge, qa: QuizAssessment) -> m.QuestionnaireResult:
    q = kb.questionnaire
    lang = qa.assessment.lang
    values = qa.answers.values
    scale = {p.value: p for p in q.scale}
    fed: dict[str, dict[str, float]] = {}
    for s in qa.signals:
        fed.setdefault(s.item or "", {})[s.trait] = s.polarity
    answers = [
        m.Answer(
            id=i.id,
            kind="scale",
            text=i.text.get(lang),
            value=values[i.id],
            label=scale[int(values[i.id])].label.get(lang),
            polarity=scale[int(values[i.id])].polarity,
            traits=fed.get(i.id, {}),
        )
        for i in q.items
        if i.id in values  # a partly answered form: the unanswered items are left out
    ]
    constraints: list[m.ConstraintAnswer] = []
    counted = {c.key: c for c in qa.constraints}
    for c in q.constraints:
        if c.id not in values:
            continue
        value = values[c.id]
        if isinstance(c, ChoiceConstraint):
            option = next(o for o in c.options if o.value == value)
            label = option.label.get(lang)
        else:
            label = f"{value} {c.unit.get(lang)}"
        key = next((k for k in counted if k.startswith(c.id + ":")), None)
        note = q.note(key) if key else None
        answers.append(m.Answer(id=c.id, kind=c.kind, text=c.text.get(lang), value=value, label=label))
        constraints.append(
            m.ConstraintAnswer(
                id=c.id,
                name=c.name.get(lang),
                value=value,
                label=label,
                counted=key is not None,
                key=key,
                note=note.get(lang) if note else None,
                applies_to=c.applies_to,
                amounts=dict(counted[key].amounts) if key else {},
            )
        )
    sources = []
    for d in qa.assessment.directions:
        # what the résumé showed, what the answers said, and the rest (a head start for an
        # easier path, the floor at zero) that comes from neither
        split = {"text": 0.0, "answers": 0.0, "other": 0.0}
        for part in d.contributions:
            where = part.source if part.kind not in ("threshold", "floor") and part.source in split else "other"
            split[where] += part.amount
        sources.append(
            m.SourceSplit(
                direction=d.id,
                text=round(split["text"], 4),
                answers=round(split["answers"], 4),
                other=round(split["other"], 4),
            )
        )
    hours = qa.hours_per_week
    hours_constraint = next((c for c in q.constraints if isinstance(c, NumberConstraint) and c.records), None)
    return m.QuestionnaireResult(
        version=q.version,
        source=qa.answers.source,
        resume=qa.resume,
        readiness_measured=qa.resume,
        answers=answers,
        traits=[
            m.TraitValue(id=tid, name=kb.traits[tid].name.get(lang), value=v)
            for tid, v in sorted(qa.traits.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
        hours_per_week=hours,
        hours_note=q.messages.hours.get(lang).format(hours=hours) if hours_constraint and hours else None,
        constraints=constraints,
        consistency=[
            m.ConsistencyNote(
                kind=n.kind,
                items=list(n.items),
                trait=n.trait,
                net=n.net,
                message=note_message(kb, n, values, lang),
            )
            for n in qa.notes
        ],
        sources=sources,
    )


def diagnosis(kb: Knowledge, qa: QuizAssessment, *, doc: Document | None = None) -> m.Diagnosis:
    """The diagnosis of ``qa.assessment`` with its ``questionnaire`` part (``doc``: the résumé read, if any)."""
    result = assessment_diagnosis(kb, qa.assessment, doc=doc)
    result.questionnaire = questionnaire_result(kb, qa)
    return result
