"""Stored assessments and the progress between two of them, as plain data: what
``careermap history`` and ``careermap diff`` print as JSON and the other renderers read."""

from __future__ import annotations

from typing import Any

from careermap.knowledge.loader import Knowledge
from careermap.plan.models import weeks_for
from careermap.plan.progress import Progress
from careermap.report.plan import role_name, skill_name
from careermap.store.assessments import AssessmentRecord


def record_dict(kb: Knowledge, r: AssessmentRecord, lang: str) -> dict[str, Any]:
    top = r.directions[0] if r.directions else None
    return {
        "id": r.id,
        "created_at": r.created_at,
        "source": r.source,
        "fingerprint": r.fingerprint,
        "kb_version": r.kb_version,
        "scorer": r.scorer,
        "lang": r.lang,
        "top": None
        if top is None
        else {
            "direction": {"id": top.id, "number": top.number, "name": _direction_name(kb, top.id, lang)},
            "role": {"id": r.top_role, "name": role_name(kb, r.top_role, lang)},
            "score": top.score,
            "readiness": top.readiness,
        },
        "directions": [
            {
                "id": d.id,
                "number": d.number,
                "score": d.score,
                "readiness": d.readiness,
                "roles": [{"id": x.id, "score": x.score, "readiness": x.readiness} for x in d.roles],
            }
            for d in r.directions
        ],
        "skills": [
            {"id": sid, "name": skill_name(kb, sid, lang), "strength": s.strength, "level": s.level, "grade": s.grade}
            for sid, s in sorted(r.skills.items(), key=lambda kv: (-kv[1].strength, kv[0]))
        ],
        "backgrounds": [{"id": b, "strength": v} for b, v in r.backgrounds.items()],
        "plan": None
        if r.plan is None
        else {
            "role": {"id": r.plan.role, "name": role_name(kb, r.plan.role, lang)},
            "hours_per_week": r.plan.hours_per_week,
            "total_hours": r.plan.total_hours,
            "weeks": r.plan.weeks,
            "skills": list(r.plan.skills),
        },
        "efforts": r.efforts,
    }


def _direction_name(kb: Knowledge, did: str, lang: str) -> str:
    for d in kb.directions:
        if d.id == did:
            return d.name.get(lang)
    return did


def history_to_dict(kb: Knowledge, records: list[AssessmentRecord], lang: str) -> dict[str, Any]:
    return {"lang": lang, "assessments": [record_dict(kb, r, lang) for r in records]}


def progress_to_dict(kb: Knowledge, progress: Progress, lang: str) -> dict[str, Any]:
    older, newer = progress.older, progress.newer
    planned = newer.plan or older.plan
    hpw = planned.hours_per_week if planned else kb.planning.hours_per_week
    return {
        "lang": lang,
        "older": {"id": older.id, "created_at": older.created_at, "source": older.source},
        "newer": {"id": newer.id, "created_at": newer.created_at, "source": newer.source},
        "same_input": progress.same_input,
        "kb_changed": progress.kb_changed,
        "top": {
            "before": {"id": older.top_role, "name": role_name(kb, older.top_role, lang)},
            "after": {"id": newer.top_role, "name": role_name(kb, newer.top_role, lang)},
            "changed": progress.top_changed,
        },
        "skills": [
            {
                "id": c.skill,
                "name": skill_name(kb, c.skill, lang),
                "change": c.change,
                "before": c.before,
                "after": c.after,
                "level_before": c.level_before,
                "level_after": c.level_after,
            }
            for c in progress.skills
        ],
        "directions": [
            {
                "id": d.id,
                "number": d.number,
                "name": _direction_name(kb, d.id, lang),
                "score_before": d.score_before,
                "score_after": d.score_after,
                "readiness_before": d.readiness_before,
                "readiness_after": d.readiness_after,
                "rank_before": d.rank_before,
                "rank_after": d.rank_after,
            }
            for d in progress.directions
        ],
        "efforts": [
            {
                "role": {"id": e.role, "name": role_name(kb, e.role, lang)},
                "hours_before": e.before,
                "hours_after": e.after,
                "weeks_before": None if e.before is None else weeks_for(e.before, hpw),
                "weeks_after": None if e.after is None else weeks_for(e.after, hpw),
            }
            for e in progress.efforts
        ],
        "hours_per_week": hpw,
        "route_done": [{"id": s, "name": skill_name(kb, s, lang)} for s in progress.route_done],
    }
