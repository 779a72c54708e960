"""A diagnosis in a terminal, with rich (the only module besides the CLI that uses it)."""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from careermap.i18n import t
from careermap.report.models.diagnosis import Diagnosis, QuestionnaireResult


def _bar(x: float, width: int = 8) -> Text:
    filled = round(x * width)
    return Text("█" * filled + "░" * (width - filled), style="cyan") + Text(f" {round(x * 100):>3}%")


def render(console: Console, data: Diagnosis, *, top_roles: int = 2) -> None:
    lang = data.lang
    quiz = data.questionnaire
    measured = quiz is None or quiz.readiness_measured
    table = Table(title=t("directions", lang), title_justify="left", expand=True)
    table.add_column("#", justify="right")
    table.add_column(t("direction", lang))
    table.add_column(t("fit", lang))
    table.add_column(t("readiness", lang))
    table.add_column(t("threshold", lang))
    table.add_column(t("best_roles", lang))
    for i, d in enumerate(data.directions):
        roles = "\n".join(f"{r.name} {round(r.score * 100)}%" for r in d.roles[:top_roles])
        style = "bold green" if i == 0 else None
        table.add_row(
            str(d.number),
            Text(d.name, style=style or ""),
            _bar(d.score),
            _bar(d.readiness, 6) if measured else Text("—"),
            d.threshold.label,
            roles,
        )
    console.print(table)
    if not measured:
        console.print(Text(t("readiness_needs_resume", lang), style="dim"))

    splits = {s.direction: s for s in quiz.sources} if quiz else {}
    for d in data.directions[:2]:
        lines: list[Text] = []
        if quiz and quiz.resume:
            split = splits[d.id]
            lines.append(
                Text(
                    f"{t('from_text', lang)} {split.text:+.3f} · {t('from_answers', lang)} {split.answers:+.3f}",
                    style="dim",
                )
            )
        for c in d.contributions[:8]:
            sign = "+" if c.amount >= 0 else "−"
            line = Text(f"{sign}{abs(c.amount):.3f} ", style="green" if c.amount >= 0 else "red")
            line.append(f"{t(c.kind, lang)} · {c.name}")
            if c.source != "text":
                line.append(f" [{t(c.source, lang)}]", style="magenta")
            if c.evidence:
                line.append("  “" + c.evidence[:80].replace("\n", " ") + "”", style="yellow")
            lines.append(line)
        best = d.roles[0]
        title = f"{d.number}. {d.name} — {t('why', lang)}"
        if not measured:
            console.print(Panel(Group(*lines), title=title, title_align="left"))
            continue
        lines.append(
            Text(
                f"\n{t('requirements', lang)} · {best.name} · {t('threshold', lang)} "
                f"{best.threshold} · {t('readiness', lang)} {round(best.readiness * 100)}%",
                style="bold",
            )
        )
        for q in best.requirements:
            mark = {"met": "✔", "partial": "◐", "missing": "✘"}[q.status]
            color = {"met": "green", "partial": "yellow", "missing": "red"}[q.status]
            lines.append(Text(f"  {mark} {q.name} ({t(q.level, lang)})", style=color))
        if best.degree_gap:
            lines.append(Text(f"  ✘ {t('degree_gap', lang)}", style="red"))
        console.print(Panel(Group(*lines), title=title, title_align="left"))

    if data.skills:
        skills = Table(title=t("skills_found", lang), title_justify="left")
        skills.add_column(t("skill", lang))
        skills.add_column(t("level", lang))
        skills.add_column(t("grade", lang))
        skills.add_column(t("evidence", lang))
        for s in data.skills[:15]:
            quotes = " ".join("“" + e.text + "”" for e in s.evidence[:2])
            skills.add_row(s.name, t(s.level, lang), t(s.grade, lang), quotes)
        console.print(skills)
    extra = []
    if data.negated:
        extra.append(f"{t('negated', lang)}: " + t("sep", lang).join(n.name for n in data.negated))
    if data.interests:
        extra.append(f"{t('wants', lang)}: " + t("sep", lang).join(n.name for n in data.interests))
    for key, named in (("dislikes", data.dislikes), ("heard_of", data.heard_of)):
        if named:
            extra.append(f"{t(key, lang)}: " + t("sep", lang).join(n.name for n in named))
    for note in extra:
        console.print(note)
    if quiz:
        render_questionnaire(console, quiz, lang)
    console.print(Panel(data.advice, title=t("advice", lang), title_align="left", border_style="green"))


def render_questionnaire(console: Console, quiz: QuestionnaireResult, lang: str) -> None:
    """The trait profile from the answers, the constraints that counted, and consistency notes."""
    traits = Table.grid(padding=(0, 1))
    traits.add_column(no_wrap=True)
    traits.add_column()
    for tr in quiz.traits:
        v = tr.value
        filled = round(abs(v) * 6)
        left = "░" * (6 - filled) + "█" * filled if v < 0 else "░" * 6
        right = "█" * filled + "░" * (6 - filled) if v > 0 else "░" * 6
        style = "green" if v > 0 else "red" if v < 0 else "dim"
        traits.add_row(Text(f"{left}│{right} {v:+.2f}", style=style), tr.name)
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column()
    for c in quiz.constraints:
        note = f" → {c.note}" if c.counted else f" ({t('not_counted', lang)})"
        grid.add_row(Text(f"  {c.name}", style="yellow" if c.counted else ""), f"{c.label}{note}")
    if quiz.hours_note:
        grid.add_row("", Text(quiz.hours_note, style="dim"))
    parts: list[RenderableType] = [traits, Text(""), Text(t("constraints", lang), style="bold"), grid]
    if quiz.consistency:
        notes = Table.grid(padding=(0, 1))
        notes.add_column(no_wrap=True)
        notes.add_column()
        for n in quiz.consistency:
            notes.add_row(Text("  ⚠", style="yellow"), Text(n.message, style="yellow"))
        parts += [Text(""), Text(t("consistency", lang), style="bold"), notes]
    console.print(Panel(Group(*parts), title=t("trait_profile", lang), title_align="left", border_style="magenta"))
