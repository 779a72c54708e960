"""The jobs results in a terminal, with rich (CJK column widths come out right); reads the models of
:mod:`careermap.report.models.jobs`."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from careermap.i18n import t
from careermap.report.models import jobs as m


def _pct(x: float) -> str:
    return f"{x * 100:.0f}%"


def _bar(share: float, width: int = 20) -> Text:
    n = round(share * width)
    return Text("█" * n + "░" * (width - n), style="cyan")


def render_import(console: Console, r: m.ImportReport, lang: str) -> None:
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


def render_problems(console: Console, problems: list[m.RowProblem], lang: str) -> None:
    table = Table(title=f"{t('bad_rows', lang)} ({len(problems)})", title_justify="left")
    table.add_column(t("row", lang), justify="right")
    table.add_column(t("field", lang))
    table.add_column("id")
    table.add_column(t("problem", lang))
    for p in problems:
        table.add_row(p.row, p.field, p.id or "", f"{p.code} {p.message}")
    console.print(table)


def render_classifications(console: Console, result: m.Classified, lang: str, *, names: str | None = None) -> None:
    """``lang``: the language of the headers; ``names``: the language the names were asked in
    (None: each posting's own)."""
    table = Table(show_lines=False)
    table.add_column("id", overflow="fold", max_width=28)
    table.add_column(t("direction", lang))
    table.add_column(t("role", lang))
    table.add_column(t("confidence", lang), justify="right")
    table.add_column(t("basis", lang), overflow="fold")
    for c in result.items:
        if isinstance(c, m.Unreadable):
            said = f"{c.error.code} {c.error.message}"
            table.add_row(c.id or f"{t('row', lang)} {c.row}", "[red]-[/]", "", "", said)
            continue
        why = t("sep", names or c.lang).join(dict.fromkeys(e.text for e in c.evidence if e.start is not None))
        label = f"{c.direction} {c.direction_name}" if c.direction else f"[dim]{c.direction_name}[/]"
        table.add_row(c.id, label, c.role_name, _pct(c.confidence), why[:80])
    console.print(table)


def render_list(console: Console, result: m.PostingList, lang: str) -> None:
    rows = result.postings
    if not rows:
        console.print(f"{t('postings', lang)}: 0")
        return
    table = Table(title=f"{t('postings', lang)}: {len(rows)} / {result.total}", title_justify="left")
    for col in ("id", "posting", "company", "city", "direction", "salary", "date"):
        table.add_column(t(col, lang) if col != "id" else "id", overflow="fold")
    for r in rows:
        d = r.direction
        label = f"{d} {r.role_name}" if d else f"[dim]{r.direction_name}[/]"
        table.add_row(r.id, r.title, r.company or "", r.city or "", label, r.salary_text or "", r.posted_on or "")
    console.print(table)


def render_stats(console: Console, s: m.Stats, lang: str) -> None:
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
    for r in s.by_direction:
        table.add_row(str(r.direction or "-"), r.name, str(r.count), _pct(r.share), _bar(r.share))
    console.print(table)
    roles = Table(title=t("demand_by_role", lang), title_justify="left")
    roles.add_column(t("role", lang))
    roles.add_column(t("count", lang), justify="right")
    roles.add_column(t("share", lang), justify="right")
    for role in s.by_role:
        roles.add_row(role.name, str(role.count), _pct(role.share))
    console.print(roles)
    names = {str(r.direction): r.name for r in s.by_direction}
    skills = Table(title=t("top_skills", lang), title_justify="left")
    skills.add_column(t("direction", lang))
    skills.add_column(t("skill", lang), overflow="fold")
    for number, items in s.top_skills.items():
        skills.add_row(names.get(number, number), t("sep", lang).join(f"{x.name} {_pct(x.share)}" for x in items))
    console.print(skills)
    for key, column, rows in (
        ("by_city", "city", [(r.city, r.count, r.share) for r in s.by_city]),
        ("by_employer", "employer", [(r.employer, r.count, r.share) for r in s.by_employer]),
    ):
        if rows:
            places = Table(title=t(key, lang), title_justify="left")
            places.add_column(t(column, lang))
            places.add_column(t("count", lang), justify="right")
            places.add_column(t("share", lang), justify="right")
            for name, count, share in rows:
                places.add_row(name, str(count), _pct(share))
            console.print(places)
    if s.salary_bands:
        bands = Table(title=t("salary_bands", lang), title_justify="left")
        bands.add_column(t("salary", lang))
        bands.add_column(t("count", lang), justify="right")
        top = max(b.count for b in s.salary_bands) or 1
        bands.add_column("")
        for b in s.salary_bands:
            bands.add_row(f"{b.currency} {b.band}", str(b.count), _bar(b.count / top))
        console.print(bands)
    if s.by_month:
        months = Table(title=t("by_month", lang), title_justify="left")
        months.add_column(t("month", lang))
        months.add_column(t("count", lang), justify="right")
        top = max(x.total for x in s.by_month) or 1
        months.add_column("")
        for x in s.by_month:
            months.add_row(x.month, str(x.total), _bar(x.total / top))
        console.print(months)


def render_matches(console: Console, result: m.Matches) -> None:
    lang = result.lang
    if not result.postings:
        console.print(t("web_jobs_no_match", lang).format(n=result.stored) if result.stored else t("none_stored", lang))
        return
    table = Table(show_lines=True)
    table.add_column(t("match", lang), justify="right")
    table.add_column(t("posting", lang), overflow="fold", max_width=34)
    table.add_column(t("you_have", lang), overflow="fold")
    table.add_column(t("to_learn", lang), overflow="fold")
    for p in result.postings:
        head = f"{p.title}\n[dim]{p.company or ''} {p.city or ''} · {p.id}[/]"
        if p.direction:
            head += f"\n{p.direction_name}"
        flags = [t("years_short", lang) + f" ({p.years_required:g})" if p.years_short and p.years_required else ""]
        flags.append(t("degree_short", lang) if p.degree_short else "")
        if p.low_confidence:
            flags.append(t("low_confidence", lang).format(n=p.asks, c=_pct(p.confidence)))
        have = t("sep", lang).join(g.name for g in p.have)
        missing = t("sep", lang).join(
            g.name + (f" ({t('preferred', lang)})" if g.asked == "preferred" else "") for g in p.missing[:8]
        )
        missing += "".join(f"\n[yellow]{f}[/]" for f in flags if f)
        table.add_row(_pct(p.score), head, have, missing)
    console.print(table)


def render_clusters(console: Console, result: m.Duplicates, lang: str) -> None:
    table = Table(title=f"{t('cluster', lang)}: {len(result.clusters)}", title_justify="left")
    table.add_column(t("kept", lang), overflow="fold")
    table.add_column(t("repeats", lang), overflow="fold")
    table.add_column(t("similarity", lang), justify="right")
    for c in result.clusters:
        table.add_row(c.keep, "\n".join(x for x in c.members if x != c.keep), f"≥{c.similarity:.2f}")
    console.print(table)
