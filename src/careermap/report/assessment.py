"""An assessment as the result users see: :class:`~careermap.report.models.diagnosis.Diagnosis`,
the JSON contract of DESIGN.md, which the Markdown, terminal and page renderers read. Names come
in the assessment's language."""

from __future__ import annotations

from careermap.extract.models import SkillHit, Span
from careermap.i18n import t
from careermap.ingest.document import Document
from careermap.knowledge.loader import Knowledge
from careermap.report.models import common as c
from careermap.report.models import diagnosis as m
from careermap.score.models import Assessment, Contribution

# a direction's contributions smaller than this are left out (they round to 0.000 in every rendering)
MIN_SHOWN = 5e-4


def span(s: Span) -> c.Span:
    return c.Span(text=s.text, start=s.start, end=s.end)


class Spans(dict[Span, c.Span]):
    """The spans of one result, each made once: a skill's words appear in the contributions of every
    role that weighs the skill, and one (frozen) model serves them all."""

    def __missing__(self, s: Span) -> c.Span:
        made = self[s] = span(s)
        return made


def document_info(doc: Document) -> c.DocumentInfo:
    return c.DocumentInfo(name=doc.name, lang=doc.lang, chars=len(doc.text), meta=dict(doc.meta))


def entry_name(kb: Knowledge, kind: str, key: str, lang: str) -> str | None:
    """The name of the knowledge-base entry a contribution or a posting's evidence points at:
    a skill, a background or a role (None for other kinds or an unknown key)."""
    if kind in ("skill", "interest", "dislike") and key in kb.skills:
        return kb.skills[key].name.get(lang)
    if kind == "background" and key in kb.archetypes:
        return kb.archetypes[key].name.get(lang)
    if kind in ("semantic", "role_title") and key in kb.roles:
        return kb.roles[key].name.get(lang)
    return None


def contribution_name(kb: Knowledge, x: Contribution, lang: str) -> str:
    name = entry_name(kb, x.kind, x.key, lang)
    if name is not None:
        return name
    if x.kind == "trait":
        name = kb.traits[x.key].name.get(lang)
        if x.polarity < 0:
            return f"不喜欢{name}" if lang == "zh" else f"dislikes {name.lower()}"
        return f"喜欢{name}" if lang == "zh" else f"likes {name.lower()}"
    if x.kind == "constraint":
        note = kb.questionnaire.note(x.key)
        return note.get(lang) if note else x.key
    if x.kind == "threshold":
        return f"{t('threshold_bonus', lang)} ({t(x.key, lang)})"
    return t(x.kind, lang)


def contribution(kb: Knowledge, x: Contribution, lang: str, spans: Spans | None = None) -> m.Contribution:
    sp = spans if spans is not None else Spans()
    return m.Contribution(
        kind=x.kind,
        key=x.key,
        name=contribution_name(kb, x, lang),
        amount=round(x.amount, 4),
        source=x.source,
        polarity=x.polarity,
        evidence=" · ".join(dict.fromkeys(s.text for s in x.evidence)),
        spans=[sp[s] for s in x.evidence],
    )


def _mentions(
    kb: Knowledge, group: dict[str, list[SkillHit]], status: m.MentionStatus, lang: str, sp: Spans
) -> list[m.Mention]:
    """Each skill named but not claimed, with the words that decided its status ("不会", "想学", "听说")."""
    return [
        m.Mention(
            id=sid,
            name=kb.skills[sid].name.get(lang),
            status=status,
            evidence=[
                m.MentionEvidence(
                    text=h.span.text,
                    start=h.span.start,
                    end=h.span.end,
                    cue=sp[h.status_cue] if h.status_cue else None,
                )
                for h in hits
            ],
        )
        for sid, hits in sorted(group.items())
    ]


def _directions(kb: Knowledge, a: Assessment, sp: Spans) -> list[m.DirectionScore]:
    lang = a.lang
    out = []
    for d in a.directions:
        direction = kb.direction(d.id)
        roles = []
        for r in d.roles:
            role = kb.roles[r.role]
            roles.append(
                m.RoleScore(
                    id=r.role,
                    name=role.name.get(lang),
                    score=r.score,
                    readiness=r.readiness,
                    threshold=t(role.threshold.level.value, lang),
                    degree_gap=r.degree_gap,
                    requirements=[
                        m.Requirement(
                            skill=q.skill,
                            name=kb.skills[q.skill].name.get(lang),
                            level=q.level,
                            status=q.status,
                            have=round(q.have, 4),
                            need=q.need,
                        )
                        for q in r.requirements
                    ],
                    contributions=[contribution(kb, x, lang, sp) for x in r.contributions],
                )
            )
        level = direction.threshold.level.value
        out.append(
            m.DirectionScore(
                number=d.number,
                id=d.id,
                name=direction.name.get(lang),
                nickname=direction.nickname.get(lang),
                score=d.score,
                readiness=d.readiness,
                threshold=c.Threshold(level=level, label=t(level, lang), text=direction.threshold.text.get(lang)),
                roles=roles,
                contributions=[contribution(kb, x, lang, sp) for x in d.contributions if abs(x.amount) >= MIN_SHOWN],
            )
        )
    return out


def _skills(kb: Knowledge, a: Assessment, sp: Spans) -> list[m.Skill]:
    lang = a.lang
    return [
        m.Skill(
            id=sid,
            name=kb.skills[sid].name.get(lang),
            status="has",
            category=kb.skills[sid].category.value,
            level=se.level,
            grade=se.grade.value,
            strength=se.strength,
            years=se.years,
            evidence=[
                m.SkillEvidence(
                    text=h.span.text,
                    start=h.span.start,
                    end=h.span.end,
                    section=h.section,
                    how=h.how,
                    level=h.level,
                    grade=h.grade.value,
                    weak=h.weak,
                    limited=h.limited,
                    cues=[sp[x] for x in h.cues],
                )
                for h in se.hits
                if h.counts
            ],
        )
        for sid, se in sorted(a.evidence.skills.items(), key=lambda kv: (-kv[1].strength, kv[0]))
    ]


def diagnosis(kb: Knowledge, a: Assessment, *, doc: Document | None = None) -> m.Diagnosis:
    """The result of ``a``; with ``doc`` (what was read), also the text the spans index and how it was read."""
    lang = a.lang
    ev = a.evidence
    cf = a.counterfactual
    sp = Spans()
    return m.Diagnosis(
        lang=lang,
        source=a.source,
        kb_version=a.kb_version,
        scorer=a.scorer,
        directions=_directions(kb, a, sp),
        skills=_skills(kb, a, sp),
        negated=_mentions(kb, ev.negated, "lacks", lang, sp),
        interests=_mentions(kb, ev.interests, "wants", lang, sp),
        dislikes=_mentions(kb, ev.dislikes, "dislikes", lang, sp),
        heard_of=_mentions(kb, ev.heard_of, "heard_of", lang, sp),
        traits=[
            m.Trait(
                id=s.trait,
                name=kb.traits[s.trait].name.get(lang),
                polarity=s.polarity,
                source=s.source,
                item=s.item,
                evidence=sp[s.span] if s.span else None,
            )
            for s in a.traits
        ],
        backgrounds=[
            m.Background(
                id=b.archetype,
                name=kb.archetypes[b.archetype].name.get(lang),
                strength=b.strength,
                evidence=[sp[s] for s in b.evidence],
            )
            for b in a.backgrounds
        ],
        years=ev.years,
        degree=ev.degree,
        counterfactual=None
        if cf is None
        else m.Counterfactual(
            direction=cf.direction,
            role=cf.role,
            skills=[c.Ref(id=s, name=kb.skills[s].name.get(lang)) for s in cf.skills],
            reaches_top=cf.reaches_top,
            new_score=round(cf.new_score, 4),
            top_score=round(cf.top_score, 4),
        ),
        advice=a.advice,
        text=doc.text if doc is not None else None,
        document=document_info(doc) if doc is not None else None,
    )
