"""A plan as the result users see: :class:`~careermap.report.models.plan.Route`, the plan contract
of DESIGN.md, which the Markdown, terminal and page renderers read. Names come in the plan's language."""

from __future__ import annotations

from careermap.i18n import t
from careermap.knowledge.loader import Knowledge
from careermap.knowledge.models import Project
from careermap.planning.models import GapSkill, Plan
from careermap.report.assessment import span
from careermap.report.models import common as c
from careermap.report.models import plan as m


def skill_name(kb: Knowledge, sid: str, lang: str) -> str:
    skill = kb.skills.get(sid)
    return skill.name.get(lang) if skill else sid


def role_name(kb: Knowledge, rid: str | None, lang: str) -> str:
    if rid is None:
        return "-"
    role = kb.roles.get(rid)
    return role.name.get(lang) if role else rid


def _basis(kb: Knowledge, g: GapSkill, lang: str) -> m.Basis | None:
    if g.basis == "implied" and g.source:
        return m.Basis(kind="implied", id=g.source, name=skill_name(kb, g.source, lang))
    if g.basis == "background" and g.source:
        arch = kb.archetypes.get(g.source)
        return m.Basis(kind="background", id=g.source, name=arch.name.get(lang) if arch else g.source)
    return None


def route_skill(kb: Knowledge, g: GapSkill, lang: str, *, in_route: bool) -> m.RouteSkill:
    return m.RouteSkill(
        id=g.skill,
        name=skill_name(kb, g.skill, lang),
        status=g.status,
        importance=g.importance,
        weight=round(g.weight, 4),
        required=g.required,
        need=g.need,
        strength=g.strength,
        effective=g.effective,
        credit=round(g.credit, 4),
        basis=_basis(kb, g, lang),
        effort_hours=g.effort_hours,
        hours=g.hours,
        prerequisites=list(g.prerequisites),
        needed_for=list(g.needed_for),
        evidence=[span(s) for s in g.evidence],
        in_route=in_route,
        inferred=g.basis in ("implied", "background"),
    )


def route_project(p: Project, lang: str, *, ready_after_stage: int | None = None) -> m.RouteProject:
    return m.RouteProject(
        id=p.id,
        name=p.name.get(lang),
        description=p.description.get(lang),
        skills=list(p.skills),
        stage=p.stage,
        ready_after_stage=ready_after_stage,
    )


def route(kb: Knowledge, plan: Plan, *, stored_id: int | None = None) -> m.Route:
    lang = plan.lang
    role = kb.roles[plan.role]
    direction = kb.direction_of(plan.role)
    stages = []
    for st in plan.stages:
        tpl = kb.planning.stage(st.template_number)
        stages.append(
            m.Stage(
                number=st.number,
                template=st.template_number,
                name=tpl.name.get(lang),
                goal=tpl.goal.get(lang).format(role=role.name.get(lang)),
                hours=st.hours,
                start_week=st.start_week,
                end_week=st.end_week,
                skills=[route_skill(kb, g, lang, in_route=True) for g in st.skills],
                projects=[route_project(p, lang, ready_after_stage=st.ready_later.get(p.id)) for p in st.projects],
            )
        )
    # every skill not yet there, most important first; the route's hours are those with in_route
    missing = sorted(
        [(g, True) for g in plan.missing] + [(g, False) for g in plan.gap.next_steps],
        key=lambda x: (not x[1], -x[0].weight, -x[0].hours, x[0].skill),
    )
    return m.Route(
        lang=lang,
        role=m.RouteRole(
            id=plan.role,
            name=role.name.get(lang),
            direction=c.DirectionRef(number=direction.number, id=direction.id, name=direction.name.get(lang)),
            score=plan.score,
            readiness=plan.readiness,
            threshold=t(role.threshold.level.value, lang),
        ),
        hours_per_week=plan.hours_per_week,
        total_hours=plan.total_hours,
        weeks=plan.weeks,
        full_hours=plan.full_hours,
        covers_core=plan.gap.covers_core,
        coverage=plan.gap.coverage,
        summary=plan.summary,
        have=[route_skill(kb, g, lang, in_route=False) for g in plan.have],
        missing=[route_skill(kb, g, lang, in_route=r) for g, r in missing],
        next=[route_skill(kb, g, lang, in_route=False) for g in plan.gap.next_steps],
        next_hours=sum(g.hours for g in plan.gap.next_steps),
        transferable=[
            m.Transfer(
                background=c.Ref(id=tr.background, name=kb.archetypes[tr.background].name.get(lang)),
                skills=[c.Ref(id=s, name=skill_name(kb, s, lang)) for s in tr.skills],
            )
            for tr in plan.transfers
        ],
        stages=stages,
        projects=[route_project(p, lang) for p in plan.proof],
        closest=[
            m.RoleDistance(
                id=e.role,
                name=role_name(kb, e.role, lang),
                hours=e.hours,
                weeks=e.weeks,
                skills=e.skills,
                score=e.score,
                readiness=e.readiness,
                covers_core=e.covers_core,
            )
            for e in plan.closest
        ],
        source=plan.source,
        kb_version=plan.kb_version,
        scorer=plan.scorer,
        stored_id=stored_id,
    )
