"""Stored assessments and the progress between two of them as results:
:class:`~careermap.report.models.history.History` (``careermap history``) and
:class:`~careermap.report.models.history.Progress` (``careermap diff``)."""

from __future__ import annotations

from careermap.knowledge.loader import Knowledge
from careermap.planning.models import weeks_for
from careermap.report.models import common as c
from careermap.report.models import history as m
from careermap.report.plan import role_name, skill_name
from careermap.store.assessments import AssessmentRecord
from careermap.store.progress import Progress


def _role(kb: Knowledge, rid: str | None, lang: str) -> m.RoleRef:
    return m.RoleRef(id=rid, name=role_name(kb, rid, lang))


def _direction_name(kb: Knowledge, did: str, lang: str) -> str:
    for d in kb.directions:
        if d.id == did:
            return d.name.get(lang)
    return did


def stored_assessment(kb: Knowledge, r: AssessmentRecord, lang: str) -> m.StoredAssessment:
    top = r.directions[0] if r.directions else None
    return m.StoredAssessment(
        id=r.id,
        created_at=r.created_at,
        source=r.source,
        fingerprint=r.fingerprint,
        kb_version=r.kb_version,
        scorer=r.scorer,
        lang=r.lang,
        top=None
        if top is None
        else m.Top(
            direction=m.DirectionName(id=top.id, number=top.number, name=_direction_name(kb, top.id, lang)),
            role=_role(kb, r.top_role, lang),
            score=top.score,
            readiness=top.readiness,
        ),
        directions=[
            m.StoredDirectionScore(
                id=d.id,
                number=d.number,
                score=d.score,
                readiness=d.readiness,
                roles=[m.StoredRoleScore(id=x.id, score=x.score, readiness=x.readiness) for x in d.roles],
            )
            for d in r.directions
        ],
        skills=[
            m.StoredSkill(id=sid, name=skill_name(kb, sid, lang), strength=s.strength, level=s.level, grade=s.grade)
            for sid, s in sorted(r.skills.items(), key=lambda kv: (-kv[1].strength, kv[0]))
        ],
        backgrounds=[m.StoredBackground(id=b, strength=v) for b, v in r.backgrounds.items()],
        plan=None
        if r.plan is None
        else m.StoredRoute(
            role=_role(kb, r.plan.role, lang),
            hours_per_week=r.plan.hours_per_week,
            total_hours=r.plan.total_hours,
            weeks=r.plan.weeks,
            skills=list(r.plan.skills),
        ),
        efforts=r.efforts,
    )


def history(kb: Knowledge, records: list[AssessmentRecord], lang: str) -> m.History:
    return m.History(lang=lang, assessments=[stored_assessment(kb, r, lang) for r in records])


def progress(kb: Knowledge, p: Progress, lang: str) -> m.Progress:
    older, newer = p.older, p.newer
    planned = newer.plan or older.plan
    hpw = planned.hours_per_week if planned else kb.planning.hours_per_week
    return m.Progress(
        lang=lang,
        older=m.Moment(id=older.id, created_at=older.created_at, source=older.source),
        newer=m.Moment(id=newer.id, created_at=newer.created_at, source=newer.source),
        same_input=p.same_input,
        kb_changed=p.kb_changed,
        top=m.TopChange(
            before=_role(kb, older.top_role, lang), after=_role(kb, newer.top_role, lang), changed=p.top_changed
        ),
        skills=[
            m.SkillChange(
                id=x.skill,
                name=skill_name(kb, x.skill, lang),
                change=x.change,
                before=x.before,
                after=x.after,
                level_before=x.level_before,
                level_after=x.level_after,
            )
            for x in p.skills
        ],
        directions=[
            m.DirectionChange(
                id=d.id,
                number=d.number,
                name=_direction_name(kb, d.id, lang),
                score_before=d.score_before,
                score_after=d.score_after,
                readiness_before=d.readiness_before,
                readiness_after=d.readiness_after,
                rank_before=d.rank_before,
                rank_after=d.rank_after,
            )
            for d in p.directions
        ],
        efforts=[
            m.EffortChange(
                role=_role(kb, e.role, lang),
                hours_before=e.before,
                hours_after=e.after,
                weeks_before=None if e.before is None else weeks_for(e.before, hpw),
                weeks_after=None if e.after is None else weeks_for(e.after, hpw),
            )
            for e in p.efforts
        ],
        hours_per_week=hpw,
        route_done=[c.Ref(id=s, name=skill_name(kb, s, lang)) for s in p.route_done],
    )
