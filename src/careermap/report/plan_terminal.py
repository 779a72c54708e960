"""Routes, history and progress in a terminal, with rich (the CLI's renderer; reads the results
:mod:`careermap.report.plan` and :mod:`careermap.report.plan_history` build)."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from careermap.i18n import t
from careermap.report.models.history import History, Progress
from careermap.report.models.plan import Route
from careermap.report.plan_markdown import _when, skill_note

_STATUS_STYLE = {"have": "green", "partial": "yellow", "missing": "red"}


def _pct(x: float) -> str:
    return f"{round(x * 100)}%"


def render_plan(console: Console, data: Route) -> None:
    lang = data.lang
    role = data.role
    d = role.direction
    numbers = t("route_numbers", lang).format(hpw=data.hours_per_week, hours=data.total_hours, weeks=data.weeks)
    head = Group(
        Text(
            f"{d.number}. {d.name} · {t('fit', lang)} {_pct(role.score)} · {t('readiness', lang)} "
            f"{_pct(role.readiness)} · {t('threshold', lang)} {role.threshold}",
            style="dim",
        ),
        *([Text(numbers, style="bold cyan")] if data.total_hours else []),
        Text(data.summary),
    )
    console.print(Panel(head, title=f"{t('plan_title', lang)} · {role.name}", title_align="left", border_style="cyan"))

    if data.have:
        have = Table(title=t("gap_have", lang), title_justify="left")
        have.add_column(t("skill", lang))
        have.add_column(t("importance", lang))
        have.add_column(t("evidence", lang))
        for s in data.have:
            have.add_row(Text("✔ " + s.name, style="green"), t(s.importance, lang), skill_note(s, lang)[:70])
        console.print(have)

    for tr in data.transferable:
        names = t("sep", lang).join(s.name for s in tr.skills)
        console.print(Text(f"{t('transferable_skills', lang)} · {tr.background.name}: {names}", style="dim"))
    for st in data.stages:
        lines: list[Text] = [Text(st.goal, style="italic")]
        for s in st.skills:
            line = Text(f"  ☐ {s.name}", style=_STATUS_STYLE[s.status])
            line.append(f"  {s.hours} h", style="bold")
            line.append(f"  {t(s.importance, lang)}", style="dim")
            if s.status == "partial":
                line.append(f" · {t('partial', lang)}", style="yellow")
            lines.append(line)
        for p in st.projects:
            later = f" ({t('ready_after', lang).format(n=p.ready_after_stage)})" if p.ready_after_stage else ""
            lines.append(Text(f"  ★ {t('portfolio', lang)}: {p.name}{later}", style="magenta"))
            lines.append(Text(f"    {p.description}", style="dim"))
        span = t("stage_span", lang).format(a=st.start_week, b=st.end_week, hours=st.hours)
        console.print(
            Panel(Group(*lines), title=f"{t('stage', lang)} {st.number} · {st.name} ({span})", title_align="left")
        )
    if data.projects:
        lines = [Text(f"★ {p.name}: {p.description}", style="magenta") for p in data.projects]
        console.print(Panel(Group(*lines), title=t("proof", lang), title_align="left"))
    if data.next:
        names = t("sep", lang).join(f"{s.name} {s.hours} h" for s in data.next[:12])
        more = f" (+{len(data.next) - 12})" if len(data.next) > 12 else ""
        console.print(Text(f"{t('gap_next', lang)} · {data.next_hours} h: {names}{more}", style="dim"))
    if data.closest:
        near = Table(title=t("closest", lang), title_justify="left")
        for col in ("role", "hours", "weeks", "fit", "readiness"):
            near.add_column(t(col, lang), justify="left" if col == "role" else "right")
        for e in data.closest:
            style = "bold" if e.id == role.id else ""
            near.add_row(Text(e.name, style=style), str(e.hours), str(e.weeks), _pct(e.score), _pct(e.readiness))
        console.print(near)
    if data.stored_id:
        console.print(Text(t("stored_as", lang).format(id=data.stored_id), style="dim"))


def render_history(console: Console, data: History) -> None:
    lang = data.lang
    if not data.assessments:
        console.print(t("no_history", lang))
        return
    table = Table(title=t("history", lang), title_justify="left")
    for col, justify in (
        ("#", "right"),
        ("when", "left"),
        ("source", "left"),
        ("top_role", "left"),
        ("fit", "right"),
        ("route", "left"),
    ):
        table.add_column(col if col == "#" else t(col, lang), justify=justify)  # type: ignore[arg-type]
    for r in data.assessments:
        top = r.top
        route = "-"
        if r.plan:
            p = r.plan
            route = f"{p.role.name} · {p.total_hours} h / {p.weeks} {t('weeks_unit', lang)}"
        table.add_row(
            str(r.id),
            _when(r.created_at),
            Text(r.source) + Text(f" {r.fingerprint[:8]}", style="dim"),
            top.role.name if top else "-",
            _pct(top.score) if top else "-",
            route,
        )
    console.print(table)


def _delta(before: float, after: float) -> Text:
    diff = round(after * 100) - round(before * 100)
    style = "green" if diff > 0 else "red" if diff < 0 else "dim"
    sign = "±" if diff == 0 else "+" if diff > 0 else "−"
    return Text(f"{_pct(before)} → {_pct(after)} ") + Text(f"{sign}{abs(diff)}", style=style)


def render_progress(console: Console, data: Progress) -> None:
    lang = data.lang
    o, n = data.older, data.newer
    lines: list[Text] = [Text(f"#{o.id} ({_when(o.created_at)}) → #{n.id} ({_when(n.created_at)})", style="bold")]
    if data.kb_changed:
        lines.append(Text(t("kb_changed", lang), style="yellow"))
    if data.same_input:
        lines.append(Text(t("same_input", lang), style="dim"))
    top = data.top
    key = "top_changed" if top.changed else "top_same"
    lines.append(Text(t(key, lang).format(a=top.before.name, b=top.after.name)))
    for c in data.skills:
        mark, style = {
            "gained": ("+", "green"),
            "stronger": ("↑", "green"),
            "weaker": ("↓", "red"),
            "lost": ("−", "red"),
        }[c.change]
        lines.append(Text(f"  {mark} {c.name}: {t(c.change, lang)} ({c.before:.2f} → {c.after:.2f})", style=style))
    if not data.skills:
        lines.append(Text(t("no_skill_change", lang), style="dim"))
    if data.route_done:
        lines.append(
            Text(f"{t('route_done', lang)}: " + t("sep", lang).join(s.name for s in data.route_done), style="green")
        )
    console.print(Panel(Group(*lines), title=t("progress", lang), title_align="left", border_style="cyan"))
    if data.efforts:
        table = Table(title=t("hours_left", lang), title_justify="left")
        table.add_column(t("role", lang))
        table.add_column(t("hours", lang), justify="right")
        table.add_column(t("weeks", lang), justify="right")
        for e in data.efforts:
            table.add_row(
                e.role.name,
                f"{_n(e.hours_before)} → {_n(e.hours_after)}",
                f"{_n(e.weeks_before)} → {_n(e.weeks_after)}",
            )
        console.print(table)
    table = Table(title=t("directions", lang), title_justify="left")
    table.add_column("#", justify="right")
    table.add_column(t("direction", lang))
    table.add_column(t("fit", lang))
    table.add_column(t("readiness", lang))
    for d in data.directions:
        table.add_row(
            str(d.number),
            d.name,
            _delta(d.score_before, d.score_after),
            _delta(d.readiness_before, d.readiness_after),
        )
    console.print(table)


def _n(x: int | None) -> str:
    return "?" if x is None else str(x)
