"""Rank the stored postings for one person, with what each posting still asks of them.

The person is read by the same engine (ingest, extract, score's profile); each posting's
skills carry the weight and the level it asks (:mod:`careermap.jobs.classify`). Per skill
the numbers are those of a role's threshold: ``met = min(1, have / need)`` with ``need``
from ``scoring.yaml -> readiness_levels`` (see :class:`~careermap.score.models.RequirementStatus`).
A posting's score is the weighted share it is met, ``sum(weight * met) / max(sum(weight),
match_min_weight)``, computed in SQL over the whole store.
"""

from __future__ import annotations

from careermap.extract.evidence import extract
from careermap.extract.models import Evidence
from careermap.ingest.document import Document
from careermap.jobs.models import Gap, Match
from careermap.jobs.structure import jobs_data
from careermap.knowledge.loader import Knowledge
from careermap.score.scorer import profile_of
from careermap.store import postings as db
from careermap.store.db import Store


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
    have = {sid: s for sid, s in profile_of(kb, ev).strengths.items() if s > 0}
    min_weight = jobs_data(kb).match_min_weight
    ranked = db.match_scores(store, filters or db.Filters(), have, limit=top, min_weight=min_weight)
    skills = db.skills_of(store, [pid for pid, _, _ in ranked])
    rank = kb.lexicon.degree_rank
    out: list[Match] = []
    for pid, score, _ in ranked:
        row = db.get_row(store, pid)
        if row is None:  # pragma: no cover - removed between the two queries
            continue
        gaps = [Gap(s["skill"], s["kind"], s["weight"], s["need"], have.get(s["skill"], 0.0)) for s in skills[pid]]
        years = row["years_required"]
        degree = row["degree_required"]
        out.append(
            Match(
                id=pid,
                title=row["title"],
                company=row["company"],
                city=row["city"],
                direction=row["direction"],
                role=row["role"],
                score=round(score, 4),
                have=[g for g in gaps if g.have > 0],
                missing=[g for g in gaps if g.have <= 0],
                years_required=years,
                years_short=bool(years and (ev.years or 0) < years),
                degree_required=degree,
                degree_short=bool(degree and ev.degree is not None and rank(degree) > rank(ev.degree)),
                salary_text=row["salary_text"],
                url=row["url"],
            )
        )
    return out
