"""The assessment in a terminal, with rich (the only module besides the CLI that uses it)."""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from careermap.i18n import t
from careermap.knowledge.loader import Knowledge
from careermap.report.assessment import to_dict
from careermap.score.models import Assessment


def _bar(x: float, width: int = 8) -> Text:
    filled = round(x * width)
    return Text("█" * filled + "░" * (width - filled), style="cyan") + Text(f" {round(x * 100):>3}%")


def render(console: Console, kb: Knowledge, a: Assessment, *, top_roles: int = 2) -> None:
    data = to_dict(kb, a)
    render_dict(console, data, top_roles=top_roles)


def render_dict(console: Console, data: dict[str, Any], *, top_roles: int = 2) -> None:
    lang = data["lang"]
    table = Table(title=t("directions", lang), title_justify="left", expand=True)
    table.add_column("#", justify="right")
    table.add_column(t("direction", lang))
    table.add_column(t("fit", lang))
    table.add_column(t("readiness", lang))
    table.add_column(t("threshold", lang))
    table.add_column(t("best_roles", lang))
    for i, d in enumerate(data["directions"]):
        roles = "\n".join(f"{r['name']} {round(r['score'] * 100)}%" for r in d["roles"][:top_roles])
        style = "bold green" if i == 0 else None
        table.add_row(
            str(d["number"]),
            Text(d["name"], style=style or ""),
            _bar(d["score"]),
            _bar(d["readiness"], 6),
            d["threshold"]["label"],
            roles,
        )
    console.print(table)

    for d in data["directions"][:2]:
        lines: list[Text] = []
        for c in d["contributions"][:8]:
            sign = "+" if c["amount"] >= 0 else "−"
            line = Text(f"{sign}{abs(c['amount']):.3f} ", style="green" if c["amount"] >= 0 else "red")
            line.append(f"{t(c['kind'], lang)} · {c['name']}")
            if c["source"] != "text":
                line.append(f" [{t(c['source'], lang)}]", style="magenta")
            if c["evidence"]:
                line.append("  “" + c["evidence"][:80].replace("\n", " ") + "”", style="yellow")
            lines.append(line)
        best = d["roles"][0]
        lines.append(
            Text(
                f"\n{t('requirements', lang)} · {best['name']} · {t('threshold', lang)} "
                f"{best['threshold']} · {t('readiness', lang)} {round(best['readiness'] * 100)}%",
                style="bold",
            )
        )
        for q in best["requirements"]:
            mark = {"met": "✔", "partial": "◐", "missing": "✘"}[q["status"]]
            color = {"met": "green", "partial": "yellow", "missing": "red"}[q["status"]]
            lines.append(Text(f"  {mark} {q['name']} ({t(q['level'], lang)})", style=color))
        if best["degree_gap"]:
            lines.append(Text(f"  ✘ {t('degree_gap', lang)}", style="red"))
        console.print(Panel(Group(*lines), title=f"{d['number']}. {d['name']} — {t('why', lang)}", title_align="left"))

    if data["skills"]:
        skills = Table(title=t("skills_found", lang), title_justify="left")
        skills.add_column(t("skill", lang))
        skills.add_column(t("level", lang))
        skills.add_column(t("grade", lang))
        skills.add_column(t("evidence", lang))
        for s in data["skills"][:15]:
            quotes = " ".join("“" + e["text"] + "”" for e in s["evidence"][:2])
            skills.add_row(s["name"], t(s["level"], lang), t(s["grade"], lang), quotes)
        console.print(skills)
    extra = []
    if data["negated"]:
        extra.append(f"{t('negated', lang)}: " + t("sep", lang).join(n["name"] for n in data["negated"]))
    if data["interests"]:
        extra.append(f"{t('wants', lang)}: " + t("sep", lang).join(n["name"] for n in data["interests"]))
    for note in extra:
        console.print(note)
    console.print(Panel(data["advice"], title=t("advice", lang), title_align="left", border_style="green"))
