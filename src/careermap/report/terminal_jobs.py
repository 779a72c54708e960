"""The jobs results in a terminal, with rich (CJK column widths come out right)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from careermap.i18n import t
from careermap.jobs.models import Classification, Cluster, ImportResult, Match, RowProblem, Stats
from careermap.knowledge.loader import Knowledge
from careermap.report.jobs import direction_name, match_dict, role_name, stats_dict


def _pct(x: float) -> str:
    return f"{x * 100:.0f}%"


def _bar(share: float, width: int = 20) -> Text:
    n = round(share * width)
    return Text("█" * n + "░" * (width - n), style="cyan")


def render_import(console: Console, r: ImportResult, lang: str) -> None:
    parts = [
        f"{t('added', lang)} {r.added}",
        f"{t('updated', lang)} {r.updated}",
        f"{t('unchanged', lang)} {r.unchanged}",
        f"{t('same_content', lang)} {r.same_content}",
        f"{t('near_dups', lang)} {r.near_duplicates}",
    ]
    console.print(f"[bold]{t('imported', lang)}[/] {r.source}: {r.rows} {t('rows', lang)} · " + " · ".join(parts))
    cols = ", ".join(f"{k}←{v}" for k, v in r.columns.items())
    console.print(f"[dim]{r.encoding} · {cols}[/]")
    if r.problems:
        render_problems(console, r.problems, lang)


def render_problems(console: Console, problems: list[RowProblem], lang: str) -> None:
    table = Table(title=f"{t('bad_rows', lang)} ({len(problems)})", title_justify="left")
    table.add_column(t("row", lang), justify="right")
    table.add_column(t("field", lang))
    table.add_column("id")
    table.add_column(t("problem", lang))
    for p in problems:
        table.add_row(p.row, p.field, p.id or "", f"{p.code} {p.message(lang)}")
    console.print(table)


def render_classifications(
    console: Console, kb: Knowledge, items: list[Classification | RowProblem], lang: str | None
) -> None:
    table = Table(show_lines=False)
    table.add_column("id", overflow="fold", max_width=28)
    table.add_column(t("direction", lang or "zh"))
    table.add_column(t("role", lang or "zh"))
    table.add_column(t("confidence", lang or "zh"), justify="right")
    table.add_column(t("basis", lang or "zh"), overflow="fold")
    for c in items:
        if isinstance(c, RowProblem):
            said = f"{c.code} {c.message(lang or 'zh')}"
            table.add_row(c.id or f"{t('row', lang or 'zh')} {c.row}", "[red]-[/]", "", "", said)
            continue
        lg = lang or c.lang
        why = t("sep", lg).join(dict.fromkeys(e.span.text for e in c.evidence if e.span))
        label = f"{c.direction} {direction_name(kb, c.direction, lg)}" if c.direction else f"[dim]{t('not_llm', lg)}[/]"
        table.add_row(c.id, label, role_name(kb, c.role, lg), _pct(c.confidence), why[:80])
    console.print(table)


def render_list(console: Console, kb: Knowledge, total: int, rows: list[dict[str, Any]], lang: str) -> None:
    if not rows:
        console.print(f"{t('postings', lang)}: 0")
        return
    table = Table(title=f"{t('postings', lang)}: {len(rows)} / {total}", title_justify="left")
    for col in ("id", "posting", "company", "city", "direction", "salary", "date"):
        table.add_column(t(col, lang) if col != "id" else "id", overflow="fold")
    for r in rows:
        d = r["direction"]
        label = f"{d} {role_name(kb, r['role'], lang)}" if d else f"[dim]{t('not_llm', lang)}[/]"
        table.add_row(
            r["id"],
            r["title"],
            r["company"] or "",
            r["city"] or "",
            label,
            r["salary_text"] or "",
            r["posted_on"] or "",
        )
    console.print(table)


def render_stats(console: Console, kb: Knowledge, s: Stats, lang: str) -> None:
    d = stats_dict(kb, s, lang)
    if not s.total:
        console.print(t("none_stored", lang))
        return
    console.print(
        f"{t('stored', lang)} {s.total} · {t('distinct', lang)} {s.distinct} · {t('duplicates', lang)} {s.duplicates}"
        f" · {t('with_salary', lang)} {s.with_salary} · {t('with_date', lang)} {s.with_date}"
    )
    table = Table(title=t("demand_by_direction", lang), title_justify="left")
    table.add_column("#", justify="right")
    table.add_column(t("direction", lang))
    table.add_column(t("count", lang), justify="right")
    table.add_column(t("share", lang), justify="right")
    table.add_column("")
    for r in d["by_direction"]:
        table.add_row(str(r["direction"] or "-"), r["name"], str(r["count"]), _pct(r["share"]), _bar(r["share"]))
    console.print(table)
    roles = Table(title=t("demand_by_role", lang), title_justify="left")
    roles.add_column(t("role", lang))
    roles.add_column(t("count", lang), justify="right")
    roles.add_column(t("share", lang), justify="right")
    for r in d["by_role"]:
        roles.add_row(r["name"], str(r["count"]), _pct(r["share"]))
    console.print(roles)
    skills = Table(title=t("top_skills", lang), title_justify="left")
    skills.add_column(t("direction", lang))
    skills.add_column(t("skill", lang), overflow="fold")
    for number, items in d["top_skills"].items():
        skills.add_row(
            direction_name(kb, int(number), lang), t("sep", lang).join(f"{x['name']} {_pct(x['share'])}" for x in items)
        )
    console.print(skills)
    for key, column, rows in (("by_city", "city", d["by_city"]), ("by_employer", "employer", d["by_employer"])):
        if rows:
            places = Table(title=t(key, lang), title_justify="left")
            places.add_column(t(column, lang))
            places.add_column(t("count", lang), justify="right")
            places.add_column(t("share", lang), justify="right")
            for r in rows:
                places.add_row(str(r[column]), str(r["count"]), _pct(r["share"]))
            console.print(places)
    if d["salary_bands"]:
        bands = Table(title=t("salary_bands", lang), title_justify="left")
        bands.add_column(t("salary", lang))
        bands.add_column(t("count", lang), justify="right")
        top = max(b["count"] for b in d["salary_bands"]) or 1
        bands.add_column("")
        for b in d["salary_bands"]:
            bands.add_row(f"{b['currency']} {b['band']}", str(b["count"]), _bar(b["count"] / top))
        console.print(bands)
    if d["by_month"]:
        months = Table(title=t("by_month", lang), title_justify="left")
        months.add_column(t("month", lang))
        months.add_column(t("count", lang), justify="right")
        top = max(m["total"] for m in d["by_month"]) or 1
        months.add_column("")
        for m in d["by_month"]:
            months.add_row(m["month"], str(m["total"]), _bar(m["total"] / top))
        console.print(months)


def render_matches(console: Console, kb: Knowledge, matches: list[Match], lang: str, *, stored: int = 0) -> None:
    if not matches:
        console.print(t("web_jobs_no_match", lang).format(n=stored) if stored else t("none_stored", lang))
        return
    table = Table(show_lines=True)
    table.add_column(t("match", lang), justify="right")
    table.add_column(t("posting", lang), overflow="fold", max_width=34)
    table.add_column(t("you_have", lang), overflow="fold")
    table.add_column(t("to_learn", lang), overflow="fold")
    for m in matches:
        d = match_dict(kb, m, lang)
        head = f"{m.title}\n[dim]{m.company or ''} {m.city or ''} · {m.id}[/]"
        if m.direction:
            head += f"\n{direction_name(kb, m.direction, lang)}"
        flags = [t("years_short", lang) + f" ({m.years_required:g})" if m.years_short and m.years_required else ""]
        flags.append(t("degree_short", lang) if m.degree_short else "")
        have = t("sep", lang).join(g["name"] for g in d["have"])
        missing = t("sep", lang).join(
            f"{g['name']}" + (f" ({t('preferred', lang)})" if g["asked"] == "preferred" else "")
            for g in d["missing"][:8]
        )
        missing += "".join(f"\n[yellow]{f}[/]" for f in flags if f)
        table.add_row(_pct(m.score), head, have, missing)
    console.print(table)


def render_clusters(console: Console, clusters: list[Cluster], lang: str) -> None:
    table = Table(title=f"{t('cluster', lang)}: {len(clusters)}", title_justify="left")
    table.add_column(t("kept", lang), overflow="fold")
    table.add_column(t("repeats", lang), overflow="fold")
    table.add_column(t("similarity", lang), justify="right")
    for c in clusters:
        table.add_row(c.keep, "\n".join(m for m in c.members if m != c.keep), f"≥{c.similarity:.2f}")
    console.print(table)
