"""Rank the stored postings for one person, with what each posting still asks of them.

The person is read by the same engine (ingest, extract, score's profile); each posting's
skills carry the weight and the level it asks (:mod:`careermap.jobs.classify`). Per skill
the numbers are those of a role's threshold: ``met = min(1, have / need)`` with ``need``
from ``scoring.yaml -> readiness_levels`` (see :class:`~careermap.score.models.RequirementStatus`).
A posting's score is the weighted share it is met, ``sum(weight * met) / max(sum(weight),
match_min_weight)``, times a confidence that grows with how many asks were read from the posting
(``jobs.yaml -> match_confidence_asks``, ``match_confidence_power``), computed in SQL over the whole
store; a posting whose score stays below ``match_relevance_floor`` is not listed.
"""

from __future__ import annotations

from careermap.extract.evidence import extract
from careermap.extract.models import Evidence
from careermap.ingest.document import Document
from careermap.jobs.models import Gap, Match
from careermap.jobs.structure import jobs_data
from careermap.knowledge.loader import Knowledge
from careermap.store import postings as db
from careermap.store.db import Store


def confidence_by_asks(full: int, power: float) -> list[float]:
    """The confidence of a posting from which ``n`` asks were read, for ``n`` below ``full`` (from
    ``full`` asks up a posting is read in full: confidence 1): ``(n / full) ** power``."""
    return [(n / full) ** power for n in range(full)]


def match_person(
    person: Document,
    *,
    store: Store,
    kb: Knowledge,
    top: int = 10,
    filters: db.Filters | None = None,
    evidence: Evidence | None = None,
) -> list[Match]:
    """The ``top`` stored postings that this person meets best; ``evidence``: what a diagnosis
    of ``person`` already read from it (the page matches right after diagnosing)."""
    ev = evidence if evidence is not None else extract(person, kb)
    have = {sid: se.strength for sid, se in ev.skills.items() if se.strength > 0}
    return match_strengths(have, years=ev.years, degree=ev.degree, store=store, kb=kb, top=top, filters=filters)


def match_strengths(
    have: dict[str, float],
    *,
    years: float | None,
    degree: str | None,
    store: Store,
    kb: Knowledge,
    top: int = 10,
    filters: db.Filters | None = None,
) -> list[Match]:
    """The ``top`` stored postings best met by a person who shows ``have`` (skill -> strength, the
    scorer's numbers), ``years`` of experience and ``degree``."""
    data = jobs_data(kb)
    sure = confidence_by_asks(data.match_confidence_asks, data.match_confidence_power)
    ranked = db.match_scores(
        store,
        filters or db.Filters(),
        have,
        limit=top,
        min_weight=data.match_min_weight,
        confidence=sure,
        floor=data.match_relevance_floor,
    )
    listed = db.listed_with_skills(store, [r[0] for r in ranked])
    rank = kb.lexicon.degree_rank
    out: list[Match] = []
    for pid, score, _, asks, share in ranked:
        if pid not in listed:  # pragma: no cover - removed between the two queries
            continue
        row, asked = listed[pid]
        gaps = [Gap(s["skill"], s["kind"], s["weight"], s["need"], have.get(s["skill"], 0.0)) for s in asked]
        asked_years = row["years_required"]
        asked_degree = row["degree_required"]
        out.append(
            Match(
                id=pid,
                title=row["title"],
                company=row["company"],
                city=row["city"],
                direction=row["direction"],
                role=row["role"],
                score=round(score, 4),
                met=round(share, 4),
                asks=asks,
                confidence=round(sure[asks] if asks < len(sure) else 1.0, 4),
                have=[g for g in gaps if g.have > 0],
                missing=[g for g in gaps if g.have <= 0],
                years_required=asked_years,
                years_short=bool(asked_years and (years or 0) < asked_years),
                degree_required=asked_degree,
                degree_short=bool(asked_degree and degree is not None and rank(asked_degree) > rank(degree)),
                salary_text=row["salary_text"],
                url=row["url"],
            )
        )
    return out
