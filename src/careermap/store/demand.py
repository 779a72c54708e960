"""Demand in the stored postings, counted in SQL: by direction and role, the skills each
direction asks for, salary bands and the trend by month. Near-duplicates count once."""

from __future__ import annotations

from dataclasses import asdict

from careermap.jobs.models import Band, CountRow, SkillCount, Stats
from careermap.jobs.structure import jobs_data
from careermap.knowledge.loader import Knowledge
from careermap.store import postings as db
from careermap.store.db import Store

# a skill counts as asked for when the posting requires it or names it among the duties
ASKED_KINDS = ("required", "duty", "title", "other")
TOP_PLACES = 20  # cities and employers shown, most postings first


def direction_demand(store: Store, *, filters: db.Filters | None = None) -> tuple[int, list[CountRow]]:
    """Postings (reposts counted once) and their count and share by direction, most first
    (``None``: not a large-model role) — one GROUP BY, the part of :func:`demand_stats` a page shows."""
    rows = db.count_by(store, filters or db.Filters(), "direction")
    distinct = sum(n for _, n in rows)
    return distinct, [CountRow(k, n, _share(n, distinct)) for k, n in rows]


def _share(n: int, total: int) -> float:
    return round(n / total, 4) if total else 0.0


def demand_stats(store: Store, *, kb: Knowledge, filters: db.Filters | None = None, top: int = 10) -> Stats:
    f = filters or db.Filters()
    counts = db.totals(store, f)
    distinct = counts["distinct"]

    def share(n: int) -> float:
        return _share(n, distinct)

    by_direction = [CountRow(k, n, share(n)) for k, n in db.count_by(store, f, "direction")]
    by_role = [CountRow(k, n, share(n)) for k, n in db.count_by(store, f, "role") if k is not None]
    by_city, by_employer = (
        [CountRow(k, n, share(n)) for k, n in db.count_by(store, f, column) if k is not None][:TOP_PLACES]
        for column in ("city", "company")
    )
    top_skills: dict[int, list[SkillCount]] = {}
    for direction, skill, n, total in db.top_skills(store, f, kinds=ASKED_KINDS, per_direction=top):
        top_skills.setdefault(direction, []).append(SkillCount(skill, n, round(n / total, 4) if total else 0.0))
    rules = jobs_data(kb).salary
    edges = {code: band.edges for code, band in rules.bands.items()}
    bands: list[Band] = []
    found = {(cur, i): n for cur, i, n in db.salary_bands(store, f, edges)}
    for code, band in rules.bands.items():
        if not any(cur == code for cur, _ in found):
            continue
        limits: list[float | None] = [None, *band.edges, None]
        for i in range(len(band.edges) + 1):
            low, high = limits[i], limits[i + 1]
            bands.append(Band(code, _label(low, high, band.suffix), low, high, found.get((code, i), 0)))
    months: dict[str, dict[int | None, int]] = {}
    for month, number, n in db.by_month(store, f):
        months.setdefault(month, {})[number] = n
    applied = {k: str(v) for k, v in asdict(f).items() if v not in (None, False)}
    return Stats(
        total=counts["total"],
        distinct=distinct,
        duplicates=counts["total"] - distinct if not f.include_duplicates else 0,
        by_direction=by_direction,
        by_role=by_role,
        top_skills=top_skills,
        salary_bands=bands,
        by_month=sorted(months.items()),
        with_salary=counts["with_salary"],
        with_date=counts["with_date"],
        filters=applied,
        by_city=by_city,
        by_employer=by_employer,
    )


def _label(low: float | None, high: float | None, suffix: str) -> str:
    def n(x: float) -> str:
        return f"{x:g}"

    if low is None:
        return f"<{n(high or 0)}{suffix}"
    if high is None:
        return f"≥{n(low)}{suffix}"
    return f"{n(low)}–{n(high)}{suffix}"
