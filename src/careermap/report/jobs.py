"""The jobs results as the models users see (:mod:`careermap.report.models.jobs`), and demand as Markdown.

``careermap jobs classify --format jsonl`` prints one :class:`~careermap.report.models.jobs.Classification`
per posting: ``{"id", "direction": 1-6 or null, "role", "confidence", "evidence": [...]}`` plus more keys.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from careermap.i18n import t
from careermap.jobs import models as jobs
from careermap.knowledge.loader import Knowledge
from careermap.report.assessment import entry_name
from careermap.report.models import jobs as m


def direction_name(kb: Knowledge, number: int | None, lang: str) -> str:
    return kb.direction(number).name.get(lang) if number is not None else t("not_llm", lang)


def role_name(kb: Knowledge, role: str | None, lang: str) -> str:
    return kb.roles[role].name.get(lang) if role else ""


def _item_name(kb: Knowledge, kind: str, key: str, lang: str) -> str:
    name = entry_name(kb, kind, key, lang)
    if name is None and kind == "trait" and key in kb.traits:
        name = kb.traits[key].name.get(lang)
    return name or key  # an employer is named as written


def classification(kb: Knowledge, c: jobs.Classification, *, lang: str | None = None) -> m.Classification:
    lang = lang or c.lang
    return m.Classification(
        id=c.id,
        direction=c.direction,
        role=c.role,
        confidence=c.confidence,
        evidence=[
            m.PostingEvidence(
                kind=e.kind,
                key=e.key,
                name=_item_name(kb, e.kind, e.key, lang),
                asked=e.asked,
                amount=e.amount,
                field=e.field,
                text=e.span.text if e.span else "",
                start=e.span.start if e.span else None,
                end=e.span.end if e.span else None,
            )
            for e in c.evidence
        ],
        direction_name=direction_name(kb, c.direction, lang),
        role_name=role_name(kb, c.role, lang),
        nearest=c.nearest,
        nearest_role=c.nearest_role,
        fit=c.fit,
        large_model_evidence=c.large_model_evidence,
        scores={str(k): v for k, v in c.scores.items()},
        years_required=c.years,
        degree_required=c.degree,
        degree_preferred=c.degree_preferred,
        skills=[m.Ask(id=a.skill, asked=a.kind, level=a.level, weight=round(a.weight, 4), need=a.need) for a in c.asks],
        row=c.row,
        lang=c.lang,
        kb_version=c.kb_version,
        scorer=c.scorer,
    )


def unreadable(p: jobs.RowProblem, lang: str) -> m.Unreadable:
    return m.Unreadable(id=p.id, row=p.row, error=m.RowError(code=p.code, field=p.field, message=p.message(lang)))


def classified(
    kb: Knowledge,
    items: Iterable[jobs.Classification | jobs.RowProblem],
    *,
    source: str,
    encoding: str,
    lang: str | None,
    problem_lang: str,
) -> m.Classified:
    """Every row in input order; names in ``lang`` (default: each posting's own), problems in ``problem_lang``."""
    return m.Classified(
        source=source,
        encoding=encoding,
        items=[
            unreadable(x, problem_lang) if isinstance(x, jobs.RowProblem) else classification(kb, x, lang=lang)
            for x in items
        ],
    )


def import_report(r: jobs.ImportResult, lang: str) -> m.ImportReport:
    return m.ImportReport(
        source=r.source,
        rows=r.rows,
        added=r.added,
        updated=r.updated,
        unchanged=r.unchanged,
        same_content=r.same_content,
        near_duplicates=r.near_duplicates,
        encoding=r.encoding,
        columns=r.columns,
        problems=[
            m.RowProblem(row=p.row, code=p.code, field=p.field, id=p.id, message=p.message(lang)) for p in r.problems
        ],
    )


def posting_list(kb: Knowledge, total: int, rows: Sequence[Mapping[str, Any]], lang: str) -> m.PostingList:
    """Rows as the store reads them (one mapping per posting, the columns ``list_rows`` selects)."""
    return m.PostingList(
        total=total,
        postings=[
            m.PostingRow.model_validate(
                {
                    **r,
                    "direction_name": direction_name(kb, r["direction"], lang),
                    "role_name": role_name(kb, r["role"], lang),
                }
            )
            for r in rows
        ],
    )


def direction_counts(kb: Knowledge, rows: list[jobs.CountRow], lang: str) -> list[m.DirectionCount]:
    """Counts by direction: number (or null), name, count, share."""
    return [
        m.DirectionCount(
            direction=r.key,
            name=direction_name(kb, r.key, lang),  # type: ignore[arg-type]
            count=r.count,
            share=r.share,
        )
        for r in rows
    ]


NOT_LARGE_MODEL = "none"  # a month's count of postings that are not large-model roles


def _month_key(number: int | None) -> str:
    return NOT_LARGE_MODEL if number is None else str(number)


def _key(item: tuple[int | None, int]) -> int:
    return item[0] if item[0] is not None else 99


def stats(kb: Knowledge, s: jobs.Stats, lang: str, *, message: str | None = None) -> m.Stats:
    return m.Stats(
        total=s.total,
        distinct=s.distinct,
        duplicates=s.duplicates,
        with_salary=s.with_salary,
        with_date=s.with_date,
        filters=s.filters,
        by_direction=direction_counts(kb, s.by_direction, lang),
        by_role=[
            m.RoleCount(role=str(r.key), name=role_name(kb, str(r.key), lang), count=r.count, share=r.share)
            for r in s.by_role
        ],
        top_skills={
            str(d): [
                m.SkillCount(skill=x.skill, name=kb.skills[x.skill].name.get(lang), postings=x.postings, share=x.share)
                for x in items
            ]
            for d, items in sorted(s.top_skills.items())
        },
        by_city=[m.CityCount(city=str(r.key), count=r.count, share=r.share) for r in s.by_city],
        by_employer=[m.EmployerCount(employer=str(r.key), count=r.count, share=r.share) for r in s.by_employer],
        salary_bands=[
            m.Band(currency=b.currency, band=b.label, low=b.low, high=b.high, count=b.count) for b in s.salary_bands
        ],
        by_month=[
            m.Month(
                month=month,
                total=sum(counts.values()),
                by_direction={_month_key(k): v for k, v in sorted(counts.items(), key=_key)},
            )
            for month, counts in s.by_month
        ],
        message=message,
    )


def _gap(kb: Knowledge, g: jobs.Gap, lang: str) -> m.Gap:
    return m.Gap(
        id=g.skill,
        name=kb.skills[g.skill].name.get(lang),
        asked=g.kind,
        weight=round(g.weight, 4),
        need=g.need,
        have=round(g.have, 4),
        status=g.status,
        hours=kb.skills[g.skill].effort_hours,
    )


def match(kb: Knowledge, x: jobs.Match, lang: str) -> m.Match:
    return m.Match(
        id=x.id,
        title=x.title,
        company=x.company,
        city=x.city,
        direction=x.direction,
        direction_name=direction_name(kb, x.direction, lang),
        role=x.role,
        score=x.score,
        have=[_gap(kb, g, lang) for g in x.have],
        missing=[_gap(kb, g, lang) for g in x.missing],
        years_required=x.years_required,
        years_short=x.years_short,
        degree_required=x.degree_required,
        degree_short=x.degree_short,
        salary=x.salary_text,
        url=x.url,
        met=x.met,
        asks=x.asks,
        confidence=x.confidence,
        low_confidence=x.confidence < 1,
    )


def matches(
    kb: Knowledge, found: list[jobs.Match], lang: str, *, stored: int, demand: list[jobs.CountRow]
) -> m.Matches:
    """Postings ranked for a person; ``message`` says why the list is empty (nothing stored, nothing met)."""
    message = None
    if not stored:
        message = t("web_jobs_none_stored", lang)
    elif not found:
        message = t("web_jobs_no_match", lang).format(n=stored)
    rows = sorted(demand, key=lambda r: (r.key is None, -r.count, r.key or 0))  # not a large-model role: last
    return m.Matches(
        lang=lang,
        stored=stored,
        postings=[match(kb, x, lang) for x in found],
        message=message,
        demand=direction_counts(kb, rows, lang),
    )


def duplicates(cs: list[jobs.Cluster]) -> m.Duplicates:
    return m.Duplicates(clusters=[m.Cluster(keep=c.keep, members=c.members, similarity=c.similarity) for c in cs])


def _cell(value: object) -> str:
    """A Markdown table cell: a '|' in the text must not end the cell."""
    return str(value).replace("|", "\\|")


def stats_markdown(kb: Knowledge, s: m.Stats, lang: str) -> str:
    """Demand as Markdown tables."""
    out = [f"# {t('demand_by_direction', lang)}", ""]
    counts = [("stored", s.total), ("distinct", s.distinct), ("duplicates", s.duplicates)]
    out.append(" · ".join(f"{t(k, lang)}: {n}" for k, n in counts))
    out += ["", f"| # | {t('direction', lang)} | {t('count', lang)} | {t('share', lang)} |", "|---|---|---:|---:|"]
    for r in s.by_direction:
        out.append(f"| {r.direction or '-'} | {r.name} | {r.count} | {r.share * 100:.1f}% |")
    out += [
        "",
        f"## {t('demand_by_role', lang)}",
        "",
        f"| {t('role', lang)} | {t('count', lang)} | {t('share', lang)} |",
    ]
    out.append("|---|---:|---:|")
    for role in s.by_role:
        out.append(f"| {role.name} | {role.count} | {role.share * 100:.1f}% |")
    out += ["", f"## {t('top_skills', lang)}", ""]
    for number, items in s.top_skills.items():
        names = t("sep", lang).join(f"{x.name} ({x.postings})" for x in items)
        out.append(f"- **{direction_name(kb, int(number), lang)}**: {names}")
    for key, column, rows in (
        ("by_city", "city", [(r.city, r.count, r.share) for r in s.by_city]),
        ("by_employer", "employer", [(r.employer, r.count, r.share) for r in s.by_employer]),
    ):
        if rows:
            out += ["", f"## {t(key, lang)}", "", f"| {t(column, lang)} | {t('count', lang)} | {t('share', lang)} |"]
            out.append("|---|---:|---:|")
            out += [f"| {_cell(name)} | {count} | {share * 100:.1f}% |" for name, count, share in rows]
    if s.salary_bands:
        out += ["", f"## {t('salary_bands', lang)}", "", f"| {t('salary', lang)} | {t('count', lang)} |", "|---|---:|"]
        for b in s.salary_bands:
            out.append(f"| {b.currency} {b.band} | {b.count} |")
    if s.by_month:
        out += ["", f"## {t('by_month', lang)}", "", f"| {t('month', lang)} | {t('count', lang)} |", "|---|---:|"]
        for month in s.by_month:
            out.append(f"| {month.month} | {month.total} |")
    return "\n".join(out) + "\n"
