"""Routes, history and progress as Markdown: a checklist a person can keep and tick off."""

from __future__ import annotations

from careermap.i18n import t
from careermap.report.models.history import History, Progress
from careermap.report.models.plan import Route, RouteSkill


def _pct(x: float) -> str:
    return f"{round(x * 100)}%"


def _cell(text: str) -> str:
    return text.replace("\n", " ").replace("|", "\\|").strip()


def _quote(text: str) -> str:
    return "“" + _cell(text) + "”"


def skill_note(s: RouteSkill, lang: str) -> str:
    """Why a skill counts as (partly) there: the person's words, or what it was inferred from."""
    if s.evidence:
        return _quote(s.evidence[0].text)
    src = s.basis
    if src and src.kind == "implied":
        return t("implied_by", lang).format(name=src.name)
    if src and src.kind == "background":
        return t("from_background", lang).format(name=src.name)
    return ""


def render_plan(data: Route) -> str:
    lang = data.lang
    role = data.role
    out = [f"# {t('plan_title', lang)} · {role.name}", ""]
    out += [f"> {data.summary}", ""]
    d = role.direction
    out += [
        f"{t('direction', lang)}: {d.number}. {d.name} · {t('fit', lang)} {_pct(role.score)} · "
        f"{t('readiness', lang)} {_pct(role.readiness)} · {t('threshold', lang)} {role.threshold}",
        "",
    ]
    if data.total_hours:
        numbers = t("route_numbers", lang).format(hpw=data.hours_per_week, hours=data.total_hours, weeks=data.weeks)
        out += [f"**{numbers}**", ""]
    if data.have:
        out += [f"## {t('gap_have', lang)}", ""]
        for s in data.have:
            note = skill_note(s, lang)
            out.append(f"- [x] {s.name} ({t(s.importance, lang)})" + (f" — {note}" if note else ""))
        out.append("")
    if data.transferable:
        out += [f"## {t('transferable_skills', lang)}", ""]
        sep = t("sep", lang)
        for tr in data.transferable:
            out.append(f"- {tr.background.name}: {sep.join(s.name for s in tr.skills)}")
        out.append("")
    route_missing = [s for s in data.missing if s.in_route]
    if route_missing:
        out += [
            f"## {t('gap', lang)}",
            "",
            f"| {t('skill', lang)} | {t('importance', lang)} | {t('status', lang)} | {t('hours', lang)} |",
            "|---|---|---|---:|",
        ]
        for s in route_missing:
            out.append(f"| {_cell(s.name)} | {t(s.importance, lang)} | {t(s.status, lang)} | {s.hours} |")
        out.append("")
    for st in data.stages:
        span = t("stage_span", lang).format(a=st.start_week, b=st.end_week, hours=st.hours)
        out += [f"## {t('stage', lang)} {st.number} · {st.name} ({span})", "", st.goal, ""]
        for s in st.skills:
            extra = []
            if s.status == "partial":
                extra.append(t("partial", lang))
            if s.needed_for:
                names = {x.id: x.name for stage in data.stages for x in stage.skills}
                extra.append(f"{t('needed_for', lang)} " + t("sep", lang).join(names.get(n, n) for n in s.needed_for))
            tail = f" — {'; '.join(extra)}" if extra else ""
            out.append(f"- [ ] {s.name} · {s.hours} h ({t(s.importance, lang)}){tail}")
        for p in st.projects:
            later = f" ({t('ready_after', lang).format(n=p.ready_after_stage)})" if p.ready_after_stage else ""
            out.append(f"- [ ] **{t('portfolio', lang)}: {p.name}**{later} — {p.description}")
        out.append("")
    if data.projects:
        out += [f"## {t('proof', lang)}", ""]
        out += [f"- [ ] **{p.name}** — {p.description}" for p in data.projects]
        out.append("")
    if data.next:
        out += [f"## {t('gap_next', lang)} · {data.next_hours} h", ""]
        out += [f"- [ ] {s.name} · {s.hours} h ({t(s.importance, lang)})" for s in data.next]
        out.append("")
    if data.closest:
        out += [
            f"## {t('closest', lang)}",
            "",
            "| " + " | ".join(t(k, lang) for k in ("role", "hours", "weeks", "fit", "readiness")) + " |",
            "|---|---:|---:|---:|---:|",
        ]
        for e in data.closest:
            out.append(f"| {_cell(e.name)} | {e.hours} | {e.weeks} | {_pct(e.score)} | {_pct(e.readiness)} |")
        out.append("")
    out.append(f"<sub>careermap · {data.scorer} · kb {data.kb_version}</sub>")
    return "\n".join(out) + "\n"


def _when(iso: str | None) -> str:
    if not iso:
        return "-"
    from datetime import datetime

    return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")


def render_history(data: History) -> str:
    lang = data.lang
    out = [f"# {t('history', lang)}", ""]
    if not data.assessments:
        return "\n".join([*out, t("no_history", lang), ""])
    out += [
        f"| # | {t('when', lang)} | {t('source', lang)} | {t('top_role', lang)} | {t('fit', lang)} | "
        f"{t('route', lang)} | kb |",
        "|---:|---|---|---|---:|---|---|",
    ]
    for r in data.assessments:
        top = r.top
        route = "-"
        if r.plan:
            p = r.plan
            route = f"{p.role.name} · {p.total_hours} h / {p.weeks} {t('weeks_unit', lang)}"
        out.append(
            f"| {r.id} | {_when(r.created_at)} | {_cell(r.source)} ({r.fingerprint[:8]}) | "
            f"{_cell(top.role.name) if top else '-'} | {_pct(top.score) if top else '-'} | {_cell(route)} | "
            f"{r.kb_version} |"
        )
    return "\n".join(out) + "\n"


def _delta(before: float, after: float) -> str:
    diff = round(after * 100) - round(before * 100)
    sign = "±" if diff == 0 else "+" if diff > 0 else "−"
    return f"{_pct(before)} → {_pct(after)} ({sign}{abs(diff)})"


def render_progress(data: Progress) -> str:
    lang = data.lang
    o, n = data.older, data.newer
    out = [
        f"# {t('progress', lang)}",
        "",
        f"#{o.id} ({_when(o.created_at)}) → #{n.id} ({_when(n.created_at)})",
        "",
    ]
    if data.kb_changed:
        out += [f"> {t('kb_changed', lang)}", ""]
    if data.same_input:
        out += [t("same_input", lang), ""]
    top = data.top
    key = "top_changed" if top.changed else "top_same"
    out += [t(key, lang).format(a=top.before.name, b=top.after.name), ""]
    out += [f"## {t('skill_changes', lang)}", ""]
    if data.skills:
        for c in data.skills:
            mark = {"gained": "+", "stronger": "↑", "weaker": "↓", "lost": "−"}[c.change]
            out.append(f"- {mark} {c.name}: {t(c.change, lang)} ({c.before:.2f} → {c.after:.2f})")
    else:
        out.append(t("no_skill_change", lang))
    out.append("")
    if data.route_done:
        names = t("sep", lang).join(s.name for s in data.route_done)
        out += [f"**{t('route_done', lang)}:** {names}", ""]
    if data.efforts:
        out += [
            f"## {t('hours_left', lang)}",
            "",
            f"| {t('role', lang)} | {t('hours', lang)} | {t('weeks', lang)} |",
            "|---|---:|---:|",
        ]
        for e in data.efforts:
            h = f"{_num(e.hours_before)} → {_num(e.hours_after)}"
            w = f"{_num(e.weeks_before)} → {_num(e.weeks_after)}"
            out.append(f"| {_cell(e.role.name)} | {h} | {w} |")
        out.append("")
    out += [
        f"## {t('directions', lang)}",
        "",
        f"| # | {t('direction', lang)} | {t('fit', lang)} | {t('readiness', lang)} |",
        "|---|---|---|---|",
    ]
    for d in data.directions:
        out.append(
            f"| {d.number} | {d.name} | {_delta(d.score_before, d.score_after)} | "
            f"{_delta(d.readiness_before, d.readiness_after)} |"
        )
    return "\n".join(out) + "\n"


def _num(x: int | None) -> str:
    return "?" if x is None else str(x)
