"""The jobs results as plain data (the JSON/JSONL contract) and as Markdown.

``careermap jobs classify --format jsonl`` prints :func:`classification_dict` per posting:
``{"id", "direction": 1-6 or null, "role", "confidence", "evidence": [...]}`` plus more keys.
"""

from __future__ import annotations

from typing import Any

from careermap.i18n import t
from careermap.jobs.models import Classification, Cluster, CountRow, ImportResult, Match, RowProblem, Stats
from careermap.knowledge.loader import Knowledge
from careermap.report.assessment import entry_name


def direction_name(kb: Knowledge, number: int | None, lang: str) -> str:
    return kb.direction(number).name.get(lang) if number is not None else t("not_llm", lang)


def role_name(kb: Knowledge, role: str | None, lang: str) -> str:
    return kb.roles[role].name.get(lang) if role else ""


def _item_name(kb: Knowledge, kind: str, key: str, lang: str) -> str:
    name = entry_name(kb, kind, key, lang)
    if name is None and kind == "trait" and key in kb.traits:
        name = kb.traits[key].name.get(lang)
    return name or key  # an employer is named as written


def classification_dict(kb: Knowledge, c: Classification, *, lang: str | None = None) -> dict[str, Any]:
    lang = lang or c.lang
    return {
        "id": c.id,
        "direction": c.direction,
        "role": c.role,
        "confidence": c.confidence,
        "evidence": [
            {
                "kind": e.kind,
                "key": e.key,
                "name": _item_name(kb, e.kind, e.key, lang),
                "asked": e.asked,
                "amount": e.amount,
                "field": e.field,
                "text": e.span.text if e.span else "",
                "start": e.span.start if e.span else None,
                "end": e.span.end if e.span else None,
            }
            for e in c.evidence
        ],
        "direction_name": direction_name(kb, c.direction, lang),
        "role_name": role_name(kb, c.role, lang),
        "nearest": c.nearest,
        "nearest_role": c.nearest_role,
        "fit": c.fit,
        "large_model_evidence": c.large_model_evidence,
        "scores": {str(k): v for k, v in c.scores.items()},
        "years_required": c.years,
        "degree_required": c.degree,
        "degree_preferred": c.degree_preferred,
        "skills": [
            {"id": a.skill, "asked": a.kind, "level": a.level, "weight": round(a.weight, 4), "need": a.need}
            for a in c.asks
        ],
        "row": c.row,
        "lang": c.lang,
        "kb_version": c.kb_version,
        "scorer": c.scorer,
    }


def problem_dict(p: RowProblem, lang: str) -> dict[str, Any]:
    return {
        "id": p.id,
        "direction": None,
        "role": None,
        "confidence": 0.0,
        "evidence": [],
        "row": p.row,
        "error": {"code": p.code, "field": p.field, "message": p.message(lang)},
    }


def import_dict(r: ImportResult, lang: str) -> dict[str, Any]:
    return {
        "source": r.source,
        "rows": r.rows,
        "added": r.added,
        "updated": r.updated,
        "unchanged": r.unchanged,
        "same_content": r.same_content,
        "near_duplicates": r.near_duplicates,
        "encoding": r.encoding,
        "columns": r.columns,
        "problems": [
            {"row": p.row, "code": p.code, "field": p.field, "id": p.id, "message": p.message(lang)} for p in r.problems
        ],
    }


def direction_rows(kb: Knowledge, rows: list[CountRow], lang: str) -> list[dict[str, Any]]:
    """Counts by direction as ``stats --format json`` gives them: number (or null), name, count, share."""
    return [
        {"direction": r.key, "name": direction_name(kb, r.key, lang), "count": r.count, "share": r.share}  # type: ignore[arg-type]
        for r in rows
    ]


def stats_dict(kb: Knowledge, s: Stats, lang: str) -> dict[str, Any]:
    return {
        "total": s.total,
        "distinct": s.distinct,
        "duplicates": s.duplicates,
        "with_salary": s.with_salary,
        "with_date": s.with_date,
        "filters": s.filters,
        "by_direction": direction_rows(kb, s.by_direction, lang),
        "by_role": [
            {"role": r.key, "name": role_name(kb, str(r.key), lang), "count": r.count, "share": r.share}
            for r in s.by_role
        ],
        "top_skills": {
            str(d): [
                {"skill": x.skill, "name": kb.skills[x.skill].name.get(lang), "postings": x.postings, "share": x.share}
                for x in items
            ]
            for d, items in sorted(s.top_skills.items())
        },
        "by_city": [{"city": r.key, "count": r.count, "share": r.share} for r in s.by_city],
        "by_employer": [{"employer": r.key, "count": r.count, "share": r.share} for r in s.by_employer],
        "salary_bands": [
            {"currency": b.currency, "band": b.label, "low": b.low, "high": b.high, "count": b.count}
            for b in s.salary_bands
        ],
        "by_month": [
            {
                "month": m,
                "total": sum(c.values()),
                "by_direction": {_month_key(k): v for k, v in sorted(c.items(), key=_key)},
            }
            for m, c in s.by_month
        ],
    }


NOT_LARGE_MODEL = "none"  # a month's count of postings that are not large-model roles


def _month_key(number: int | None) -> str:
    return NOT_LARGE_MODEL if number is None else str(number)


def _key(item: tuple[int | None, int]) -> int:
    return item[0] if item[0] is not None else 99


def match_dict(kb: Knowledge, m: Match, lang: str) -> dict[str, Any]:
    def gap(g: Any) -> dict[str, Any]:
        return {
            "id": g.skill,
            "name": kb.skills[g.skill].name.get(lang),
            "asked": g.kind,
            "weight": round(g.weight, 4),
            "need": g.need,
            "have": round(g.have, 4),
            "status": g.status,
            "hours": kb.skills[g.skill].effort_hours,
        }

    return {
        "id": m.id,
        "title": m.title,
        "company": m.company,
        "city": m.city,
        "direction": m.direction,
        "direction_name": direction_name(kb, m.direction, lang),
        "role": m.role,
        "score": m.score,
        "have": [gap(g) for g in m.have],
        "missing": [gap(g) for g in m.missing],
        "years_required": m.years_required,
        "years_short": m.years_short,
        "degree_required": m.degree_required,
        "degree_short": m.degree_short,
        "salary": m.salary_text,
        "url": m.url,
    }


def clusters_dict(cs: list[Cluster]) -> list[dict[str, Any]]:
    return [{"keep": c.keep, "members": c.members, "similarity": c.similarity} for c in cs]


def _cell(value: object) -> str:
    """A Markdown table cell: a '|' in the text must not end the cell."""
    return str(value).replace("|", "\\|")


def stats_markdown(kb: Knowledge, s: Stats, lang: str) -> str:
    """Demand as Markdown tables."""
    d = stats_dict(kb, s, lang)
    out = [f"# {t('demand_by_direction', lang)}", ""]
    counts = [("stored", s.total), ("distinct", s.distinct), ("duplicates", s.duplicates)]
    out.append(" · ".join(f"{t(k, lang)}: {n}" for k, n in counts))
    out += ["", f"| # | {t('direction', lang)} | {t('count', lang)} | {t('share', lang)} |", "|---|---|---:|---:|"]
    for r in d["by_direction"]:
        out.append(f"| {r['direction'] or '-'} | {r['name']} | {r['count']} | {r['share'] * 100:.1f}% |")
    out += [
        "",
        f"## {t('demand_by_role', lang)}",
        "",
        f"| {t('role', lang)} | {t('count', lang)} | {t('share', lang)} |",
    ]
    out.append("|---|---:|---:|")
    for r in d["by_role"]:
        out.append(f"| {r['name']} | {r['count']} | {r['share'] * 100:.1f}% |")
    out += ["", f"## {t('top_skills', lang)}", ""]
    for number, items in d["top_skills"].items():
        names = t("sep", lang).join(f"{x['name']} ({x['postings']})" for x in items)
        out.append(f"- **{direction_name(kb, int(number), lang)}**: {names}")
    for key, column, rows in (("by_city", "city", d["by_city"]), ("by_employer", "employer", d["by_employer"])):
        if rows:
            out += ["", f"## {t(key, lang)}", "", f"| {t(column, lang)} | {t('count', lang)} | {t('share', lang)} |"]
            out.append("|---|---:|---:|")
            out += [f"| {_cell(r[column])} | {r['count']} | {r['share'] * 100:.1f}% |" for r in rows]
    if d["salary_bands"]:
        out += ["", f"## {t('salary_bands', lang)}", "", f"| {t('salary', lang)} | {t('count', lang)} |", "|---|---:|"]
        for b in d["salary_bands"]:
            out.append(f"| {b['currency']} {b['band']} | {b['count']} |")
    if d["by_month"]:
        out += ["", f"## {t('by_month', lang)}", "", f"| {t('month', lang)} | {t('count', lang)} |", "|---|---:|"]
        for m in d["by_month"]:
            out.append(f"| {m['month']} | {m['total']} |")
    return "\n".join(out) + "\n"
