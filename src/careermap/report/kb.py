"""Knowledge-base entries as results (:mod:`careermap.report.models.kb`) and as the text ``kb show`` prints.

``kb show ID --format json`` and ``/api/kb/...`` answer the same model; :func:`render_entry` is
the text rendering of it.
"""

from __future__ import annotations

from careermap.errors import NotFound
from careermap.i18n import join, t
from careermap.ingest.document import detect_languages
from careermap.knowledge.loader import Knowledge
from careermap.knowledge.models import ChoiceConstraint, Direction, Role
from careermap.report.models import common as c
from careermap.report.models import kb as m


def _refs(kb: Knowledge, ids: list[str], lang: str) -> list[c.Ref]:
    return [c.Ref(id=s, name=kb.skills[s].name.get(lang)) for s in ids]


def _threshold(level: str, text: str, lang: str) -> c.Threshold:
    return c.Threshold(level=level, label=t(level, lang), text=text)


def direction_info(kb: Knowledge, d: Direction, lang: str) -> m.DirectionInfo:
    return m.DirectionInfo(
        lang=lang,
        number=d.number,
        id=d.id,
        name=d.name.get(lang),
        nickname=d.nickname.get(lang),
        summary=d.summary.get(lang),
        threshold=_threshold(d.threshold.level.value, d.threshold.text.get(lang), lang),
        threshold_points=[x.get(lang) for x in d.threshold_points],
        who_fits=[x.get(lang) for x in d.who_fits],
        choose_if=d.choose_if.get(lang),
        outlook=d.outlook.get(lang),
        roles=[c.Ref(id=r, name=kb.roles[r].name.get(lang)) for r in d.roles],
    )


def directions(kb: Knowledge, lang: str) -> m.DirectionList:
    return m.DirectionList(
        lang=lang,
        kb_version=kb.version,
        directions=[direction_info(kb, d, lang) for d in kb.directions],
    )


def role_info(kb: Knowledge, r: Role, lang: str) -> m.RoleInfo:
    d = kb.direction_of(r.id)
    level = r.threshold.level.value
    return m.RoleInfo(
        lang=lang,
        id=r.id,
        name=r.name.get(lang),
        direction=c.DirectionRef(number=d.number, id=d.id, name=d.name.get(lang)),
        summary=r.summary.get(lang),
        duties=[x.get(lang) for x in r.duties],
        threshold=m.RoleThreshold(
            level=level,
            label=t(level, lang),
            text=r.threshold.text.get(lang),
            requires=[
                m.RequirementInfo(skill=q.skill, name=kb.skills[q.skill].name.get(lang), level=q.level.value)
                for q in r.threshold.requires
            ],
            degree=r.threshold.degree.value,
        ),
        who_fits=[x.get(lang) for x in r.who_fits],
        skills=m.RoleSkills(
            core=_refs(kb, r.skills.core, lang),
            important=_refs(kb, r.skills.important, lang),
            useful=_refs(kb, r.skills.useful, lang),
        ),
        tools=_refs(kb, r.tools, lang),
        employers=[e.get(lang) for e in r.employers],
        projects=[
            m.ProjectInfo(
                id=p.id,
                name=p.name.get(lang),
                description=p.description.get(lang),
                stage=p.stage,
                skills=_refs(kb, p.skills, lang),
            )
            for p in sorted(r.projects, key=lambda p: p.stage)
        ],
        titles=list(r.titles),
    )


def skill_info(kb: Knowledge, sid: str, lang: str) -> m.SkillInfo:
    s = kb.skills[sid]
    return m.SkillInfo(
        lang=lang,
        id=s.id,
        name=s.name.get(lang),
        category=s.category.value,
        description=s.description.get(lang),
        aliases=list(s.aliases),
        context_aliases=list(s.context_aliases),
        prerequisites=_refs(kb, s.prerequisites, lang),
        effort_hours=s.effort_hours,
    )


def background_info(kb: Knowledge, aid: str, lang: str) -> m.BackgroundInfo:
    a = kb.archetypes[aid]
    return m.BackgroundInfo(
        lang=lang,
        id=a.id,
        name=a.name.get(lang),
        leverage=a.leverage.get(lang),
        titles=list(a.titles),
        affinities=[
            m.Affinity(id=r, name=kb.roles[r].name.get(lang), weight=v)
            for r, v in sorted(a.affinities.items(), key=lambda kv: -kv[1])
        ],
        transferable=_refs(kb, a.transferable, lang),
    )


def entry(kb: Knowledge, ident: str, lang: str) -> m.DirectionInfo | m.RoleInfo | m.SkillInfo | m.BackgroundInfo:
    """The entry ``ident`` names: a role, skill or background id, or a direction (1-6 or id)."""
    if ident in kb.roles:
        return role_info(kb, kb.roles[ident], lang)
    if ident in kb.skills:
        return skill_info(kb, ident, lang)
    if ident in kb.archetypes:
        return background_info(kb, ident, lang)
    try:
        return direction_info(kb, kb.direction(ident), lang)
    except NotFound:
        raise NotFound(
            f"no direction, role, skill or background '{ident}'",
            f"没有名为 '{ident}' 的方向、岗位、技能或背景",
            hint_en="run `careermap kb search WORD` to find ids",
            hint_zh="运行 `careermap kb search 关键词` 查找 id",
        ) from None


def render_entry(e: m.DirectionInfo | m.RoleInfo | m.SkillInfo | m.BackgroundInfo) -> str:
    """The entry as ``careermap kb show`` prints it."""
    L = e.lang
    if isinstance(e, m.RoleInfo):
        d = e.direction
        lines = [f"{e.name} ({e.id}) — {d.number}. {d.name}", "", e.summary, ""]
        lines.append("职责：" if L == "zh" else "Duties:")
        lines += [f"  - {x}" for x in e.duties]
        lines.append(f"{t('threshold', L)}: {e.threshold.label} — {e.threshold.text}")
        lines += [f"  - {q.name} ({t(q.level, L)})" for q in e.threshold.requires]
        lines.append("适合人群：" if L == "zh" else "Who fits:")
        lines += [f"  - {x}" for x in e.who_fits]
        lines.append(f"{'核心技能' if L == 'zh' else 'Core skills'}: {join([s.name for s in e.skills.core], L)}")
        lines.append(
            f"{'重要技能' if L == 'zh' else 'Important skills'}: {join([s.name for s in e.skills.important], L)}"
        )
        if e.tools:
            lines.append(("典型工具：" if L == "zh" else "Typical tools: ") + join([s.name for s in e.tools], L))
        if e.employers:
            lines.append(("典型雇主：" if L == "zh" else "Typical employers: ") + join(e.employers, L))
        titles = [x for x in e.titles if detect_languages(x)[0] == L] or e.titles
        if titles:
            lines.append(("招聘中的叫法：" if L == "zh" else "Called in postings: ") + join(titles, L))
        if e.projects:
            lines.append("作品项目：" if L == "zh" else "Portfolio projects:")
            lines += [f"  [{p.stage}] {p.name} — {p.description}" for p in e.projects]
        return "\n".join(lines) + "\n"
    if isinstance(e, m.SkillInfo):
        pre = join([p.name for p in e.prerequisites], L) or t("none", L)
        return (
            f"{e.name} ({e.id}) · {e.category}\n{e.description}\n"
            f"{'别名' if L == 'zh' else 'Aliases'}: {', '.join(e.aliases + e.context_aliases)}\n"
            f"{'前置' if L == 'zh' else 'Prerequisites'}: {pre}\n"
            f"{'投入' if L == 'zh' else 'Effort'}: {e.effort_hours} h\n"
        )
    if isinstance(e, m.BackgroundInfo):
        roles = join([f"{a.name} {a.weight:.1f}" for a in e.affinities], L)
        return f"{e.name} ({e.id})\n{e.leverage}\n→ {roles}\n"
    lines = [
        f"{e.number}. {e.name} — {e.nickname}",
        "",
        e.summary,
        "",
        f"{t('threshold', L)}: {e.threshold.label} — {e.threshold.text}",
    ]
    lines += [f"  - {x}" for x in e.threshold_points]
    lines.append("适合人群：" if L == "zh" else "Who fits:")
    lines += [f"  - {x}" for x in e.who_fits]
    lines += [e.choose_if, e.outlook, ""]
    lines += [f"  {r.id}: {r.name}" for r in e.roles]
    return "\n".join(lines) + "\n"


def search_result(hits: list[tuple[str, str, str]], word: str, lang: str) -> m.SearchResult:
    return m.SearchResult(
        word=word,
        lang=lang,
        hits=[m.SearchHit(kind=kind, id=ident, name=name) for kind, ident, name in hits],
    )


def validation(kb: Knowledge) -> m.Validation:
    """A knowledge base that loaded: valid, with its counts."""
    return m.Validation(
        ok=True,
        path=str(kb.path),
        version=kb.version,
        directions=len(kb.directions),
        roles=len(kb.roles),
        skills=len(kb.skills),
        backgrounds=len(kb.archetypes),
        traits=len(kb.traits),
        questionnaire_items=len(kb.questionnaire.item_ids()),
        problems=[],
    )


def invalid(path: str, problems: list[str]) -> m.Validation:
    """A knowledge base that did not load: every problem with its place."""
    return m.Validation(
        ok=False,
        path=path,
        version=None,
        directions=0,
        roles=0,
        skills=0,
        backgrounds=0,
        traits=0,
        questionnaire_items=0,
        problems=problems,
    )


def questionnaire_form(kb: Knowledge, lang: str) -> m.QuestionnaireForm:
    q = kb.questionnaire
    constraints: list[m.ChoiceQuestion | m.NumberQuestion] = []
    for x in q.constraints:
        if isinstance(x, ChoiceConstraint):
            constraints.append(
                m.ChoiceQuestion(
                    id=x.id,
                    name=x.name.get(lang),
                    text=x.text.get(lang),
                    options=[m.Option(value=o.value, label=o.label.get(lang)) for o in x.options],
                )
            )
        else:
            constraints.append(
                m.NumberQuestion(
                    id=x.id,
                    name=x.name.get(lang),
                    text=x.text.get(lang),
                    unit=x.unit.get(lang),
                    min=x.min,
                    max=x.max,
                    presets=[m.Preset(value=p.value, label=p.label.get(lang)) for p in x.presets],
                )
            )
    return m.QuestionnaireForm(
        version=q.version,
        lang=lang,
        title=q.title.get(lang),
        intro=q.intro.get(lang),
        scale=[m.ScalePoint(value=p.value, label=p.label.get(lang)) for p in q.scale],
        items=[m.Statement(id=i.id, text=i.text.get(lang)) for i in q.items],
        constraints=constraints,
    )
