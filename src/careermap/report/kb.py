"""Knowledge-base entries as readable text, for `careermap kb show`."""

from __future__ import annotations

from careermap.errors import NotFound
from careermap.i18n import join, t
from careermap.ingest.document import detect_languages
from careermap.knowledge.loader import Knowledge


def describe(kb: Knowledge, ident: str, lang: str) -> str:
    L = lang
    if ident in kb.roles:
        r = kb.roles[ident]
        d = kb.direction_of(ident)
        lines = [f"{r.name.get(L)} ({r.id}) — {d.number}. {d.name.get(L)}", "", r.summary.get(L), ""]
        lines.append("职责：" if L == "zh" else "Duties:")
        lines += [f"  - {x.get(L)}" for x in r.duties]
        lines.append(f"{t('threshold', L)}: {t(r.threshold.level.value, L)} — {r.threshold.text.get(L)}")
        lines += [f"  - {kb.skills[q.skill].name.get(L)} ({t(q.level.value, L)})" for q in r.threshold.requires]
        lines.append("适合人群：" if L == "zh" else "Who fits:")
        lines += [f"  - {x.get(L)}" for x in r.who_fits]
        for tier, label in (("core", ("核心技能", "Core skills")), ("important", ("重要技能", "Important skills"))):
            names = [kb.skills[s].name.get(L) for s in getattr(r.skills, tier)]
            lines.append(f"{label[0] if L == 'zh' else label[1]}: {join(names, L)}")
        if r.tools:
            lines.append(
                ("典型工具：" if L == "zh" else "Typical tools: ")
                + join([kb.skills[s].name.get(L) for s in r.tools], L)
            )
        if r.employers:
            lines.append(
                ("典型雇主：" if L == "zh" else "Typical employers: ") + join([e.get(L) for e in r.employers], L)
            )
        titles = [x for x in r.titles if detect_languages(x)[0] == L] or r.titles
        if titles:
            lines.append(("招聘中的叫法：" if L == "zh" else "Called in postings: ") + join(titles, L))
        if r.projects:
            lines.append("作品项目：" if L == "zh" else "Portfolio projects:")
            lines += [
                f"  [{p.stage}] {p.name.get(L)} — {p.description.get(L)}"
                for p in sorted(r.projects, key=lambda p: p.stage)
            ]
        return "\n".join(lines) + "\n"
    if ident in kb.skills:
        s = kb.skills[ident]
        pre = join([kb.skills[p].name.get(L) for p in s.prerequisites], L) or t("none", L)
        return (
            f"{s.name.get(L)} ({s.id}) · {s.category.value}\n{s.description.get(L)}\n"
            f"{'别名' if L == 'zh' else 'Aliases'}: {', '.join(s.aliases + s.context_aliases)}\n"
            f"{'前置' if L == 'zh' else 'Prerequisites'}: {pre}\n"
            f"{'投入' if L == 'zh' else 'Effort'}: {s.effort_hours} h\n"
        )
    if ident in kb.archetypes:
        a = kb.archetypes[ident]
        roles = join(
            [f"{kb.roles[r].name.get(L)} {v:.1f}" for r, v in sorted(a.affinities.items(), key=lambda kv: -kv[1])], L
        )
        return f"{a.name.get(L)} ({a.id})\n{a.leverage.get(L)}\n→ {roles}\n"
    try:
        d = kb.direction(ident)
    except NotFound:
        raise NotFound(
            f"no direction, role, skill or background '{ident}'",
            f"没有名为 '{ident}' 的方向、岗位、技能或背景",
            hint_en="run `careermap kb search WORD` to find ids",
            hint_zh="运行 `careermap kb search 关键词` 查找 id",
        ) from None
    lines = [
        f"{d.number}. {d.name.get(L)} — {d.nickname.get(L)}",
        "",
        d.summary.get(L),
        "",
        f"{t('threshold', L)}: {t(d.threshold.level.value, L)} — {d.threshold.text.get(L)}",
    ]
    lines += [f"  - {x.get(L)}" for x in d.threshold_points]
    lines.append("适合人群：" if L == "zh" else "Who fits:")
    lines += [f"  - {x.get(L)}" for x in d.who_fits]
    lines += [d.choose_if.get(L), d.outlook.get(L), ""]
    lines += [f"  {r}: {kb.roles[r].name.get(L)}" for r in d.roles]
    return "\n".join(lines) + "\n"
