"""The assessment as plain data: the JSON contract of DESIGN.md, and what the Markdown
and terminal renderers read. Names come in the assessment's language."""

from __future__ import annotations

from typing import Any

from careermap.extract.models import Span
from careermap.i18n import t
from careermap.knowledge.loader import Knowledge
from careermap.score.models import Assessment, Contribution


def span_dict(s: Span) -> dict[str, Any]:
    return {"text": s.text, "start": s.start, "end": s.end}


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


def contribution_name(kb: Knowledge, c: Contribution, lang: str) -> str:
    name = entry_name(kb, c.kind, c.key, lang)
    if name is not None:
        return name
    if c.kind == "trait":
        name = kb.traits[c.key].name.get(lang)
        if c.polarity < 0:
            return f"不喜欢{name}" if lang == "zh" else f"dislikes {name.lower()}"
        return f"喜欢{name}" if lang == "zh" else f"likes {name.lower()}"
    if c.kind == "constraint":
        note = kb.questionnaire.note(c.key)
        return note.get(lang) if note else c.key
    if c.kind == "threshold":
        return f"{t('threshold_bonus', lang)} ({t(c.key, lang)})"
    return t(c.kind, lang)


def contribution_dict(kb: Knowledge, c: Contribution, lang: str) -> dict[str, Any]:
    return {
        "kind": c.kind,
        "key": c.key,
        "name": contribution_name(kb, c, lang),
        "amount": round(c.amount, 4),
        "source": c.source,
        "polarity": c.polarity,
        "evidence": " · ".join(dict.fromkeys(s.text for s in c.evidence)),
        "spans": [span_dict(s) for s in c.evidence],
    }


def to_dict(kb: Knowledge, a: Assessment) -> dict[str, Any]:
    lang = a.lang
    ev = a.evidence
    directions = []
    for d in a.directions:
        direction = kb.direction(d.id)
        directions.append(
            {
                "number": d.number,
                "id": d.id,
                "name": direction.name.get(lang),
                "nickname": direction.nickname.get(lang),
                "score": d.score,
                "readiness": d.readiness,
                "threshold": {
                    "level": direction.threshold.level.value,
                    "label": t(direction.threshold.level.value, lang),
                    "text": direction.threshold.text.get(lang),
                },
                "roles": [
                    {
                        "id": r.role,
                        "name": kb.roles[r.role].name.get(lang),
                        "score": r.score,
                        "readiness": r.readiness,
                        "threshold": t(kb.roles[r.role].threshold.level.value, lang),
                        "degree_gap": r.degree_gap,
                        "requirements": [
                            {
                                "skill": q.skill,
                                "name": kb.skills[q.skill].name.get(lang),
                                "level": q.level,
                                "status": q.status,
                                "have": round(q.have, 4),
                                "need": q.need,
                            }
                            for q in r.requirements
                        ],
                        "contributions": [contribution_dict(kb, c, lang) for c in r.contributions],
                    }
                    for r in d.roles
                ],
                "contributions": [contribution_dict(kb, c, lang) for c in d.contributions if abs(c.amount) >= 5e-4],
            }
        )
    skills = [
        {
            "id": sid,
            "name": kb.skills[sid].name.get(lang),
            "status": "has",
            "category": kb.skills[sid].category.value,
            "level": se.level,
            "grade": se.grade.value,
            "strength": se.strength,
            "years": se.years,
            "evidence": [
                {
                    **span_dict(h.span),
                    "section": h.section,
                    "how": h.how,
                    "level": h.level,
                    "grade": h.grade.value,
                    "weak": h.weak,
                    "limited": h.limited,
                    "cues": [span_dict(c) for c in h.cues],
                }
                for h in se.hits
                if h.counts
            ],
        }
        for sid, se in sorted(ev.skills.items(), key=lambda kv: (-kv[1].strength, kv[0]))
    ]

    def mentions(group: dict[str, Any], status: str) -> list[dict[str, Any]]:
        # each mention with the words that decided its status ("不会", "想学", "听说")
        return [
            {
                "id": sid,
                "name": kb.skills[sid].name.get(lang),
                "status": status,
                "evidence": [
                    {**span_dict(h.span), "cue": span_dict(h.status_cue) if h.status_cue else None} for h in hs
                ],
            }
            for sid, hs in sorted(group.items())
        ]

    cf = a.counterfactual
    return {
        "lang": lang,
        "source": a.source,
        "kb_version": a.kb_version,
        "scorer": a.scorer,
        "directions": directions,
        "skills": skills,
        "negated": mentions(ev.negated, "lacks"),
        "interests": mentions(ev.interests, "wants"),
        "dislikes": mentions(ev.dislikes, "dislikes"),
        "heard_of": mentions(ev.heard_of, "heard_of"),
        "traits": [
            {
                "id": s.trait,
                "name": kb.traits[s.trait].name.get(lang),
                "polarity": s.polarity,
                "source": s.source,
                "item": s.item,
                "evidence": span_dict(s.span) if s.span else None,
            }
            for s in a.traits
        ],
        "backgrounds": [
            {
                "id": b.archetype,
                "name": kb.archetypes[b.archetype].name.get(lang),
                "strength": b.strength,
                "evidence": [span_dict(s) for s in b.evidence],
            }
            for b in a.backgrounds
        ],
        "years": ev.years,
        "degree": ev.degree,
        "counterfactual": None
        if cf is None
        else {
            "direction": cf.direction,
            "role": cf.role,
            "skills": [{"id": s, "name": kb.skills[s].name.get(lang)} for s in cf.skills],
            "reaches_top": cf.reaches_top,
            "new_score": round(cf.new_score, 4),
            "top_score": round(cf.top_score, 4),
        },
        "advice": a.advice,
    }
