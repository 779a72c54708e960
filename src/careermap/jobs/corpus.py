"""The stored corpus of postings: import (idempotent), classify a file, list, near-duplicates.

An import reads every row it can, reports the rest by row number, classifies each new or
changed posting through the person engine, marks repeats of stored postings, and writes in
short transactions; a posting already stored with the same text and knowledge-base version
is left untouched, so importing a file twice stores each posting once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from careermap.extract.semantic import Encoder
from careermap.jobs.classify import classify_text, scorer_name
from careermap.jobs.dedup import NearDuplicates
from careermap.jobs.models import Classification, Cluster, ImportResult, Posting, RowProblem
from careermap.jobs.reader import content_hash, read_postings
from careermap.jobs.salary import band_of
from careermap.jobs.structure import jobs_data
from careermap.knowledge.loader import Knowledge
from careermap.store import postings as db
from careermap.store.db import Store

BATCH = 200
Progress = Callable[[int, int], None]


def classify_posting(
    p: Posting, kb: Knowledge, *, use_title: bool = True, encoder: Encoder | None = None
) -> Classification:
    c = classify_text(p.body, kb, title=p.title if use_title else None, posting_id=p.id, encoder=encoder)
    c.row = p.row
    return c


def classify_file(
    source: str | Path,
    *,
    kb: Knowledge,
    mapping: dict[str, str] | None = None,
    use_title: bool = True,
    encoder: Encoder | None = None,
    progress: Progress | None = None,
) -> tuple[list[Classification | RowProblem], str]:
    """Every row of a file in input order: its classification, or the problem that stopped it
    (``encoder``: the optional semantic signal, see :func:`classify_text`)."""
    read = read_postings(source, kb, mapping=mapping, strict_fields=False)
    by_row: dict[str, Classification | RowProblem] = {p.row: p for p in read.problems}
    for n, p in enumerate(read.postings, 1):
        by_row[p.row] = classify_posting(p, kb, use_title=use_title, encoder=encoder)
        if progress and (n % BATCH == 0 or n == len(read.postings)):
            progress(n, len(read.postings))
    rows = [r for r in by_row]
    rows.sort(key=_row_order)
    return [by_row[r] for r in rows], read.encoding


def _row_order(row: str) -> tuple[int, int | str]:
    return (0, int(row)) if row.isdigit() else (1, row)


@dataclass(slots=True)
class _Plan:
    posting: Posting
    hash: str
    action: str  # add | update


def import_postings(
    source: str | Path,
    *,
    store: Store,
    kb: Knowledge,
    mapping: dict[str, str] | None = None,
    progress: Progress | None = None,
    encoder: Encoder | None = None,
) -> ImportResult:
    """Import a file or folder of postings into ``store``; safe to run twice. A stored posting
    is classified again when its text, the knowledge base or the way it is scored (with or
    without the semantic ``encoder``) changed."""
    read = read_postings(source, kb, mapping=mapping)
    name = str(source)
    hashes = [content_hash(p.title, p.company or "", p.body) for p in read.postings]
    with store.read() as conn:
        stored = db.stored_by_ids(conn, [p.id for p in read.postings])
        by_hash = db.ids_by_hash(conn, list(set(hashes)))
    scorer = scorer_name(kb, semantic=encoder is not None)
    plans: list[_Plan] = []
    unchanged = same_content = 0
    seen_ids: set[str] = set()
    seen_hashes: set[str] = set()
    for p, h in zip(read.postings, hashes, strict=True):
        if p.id in seen_ids or h in seen_hashes:
            same_content += 1  # already in this file (same id or same text): the first row counts
            continue
        seen_ids.add(p.id)
        seen_hashes.add(h)
        old = stored.get(p.id)
        if old is not None and old.content_hash == h and old.kb_version == kb.version and old.scorer == scorer:
            unchanged += 1
        elif by_hash.get(h, p.id) != p.id:
            same_content += 1  # the same text is stored under another id
        else:
            plans.append(_Plan(p, h, "update" if old is not None else "add"))
    result = ImportResult(name, read.rows, 0, 0, unchanged, same_content, read.problems, read.encoding, read.columns, 0)
    if plans:
        _write(plans, store=store, kb=kb, result=result, progress=progress, source=Path(name).name, encoder=encoder)
    return result


def _index(store: Store, kb: Knowledge) -> NearDuplicates:
    rules = jobs_data(kb).dedup

    def text_of(pid: str) -> str | None:
        with store.read() as conn:
            return db.body_of(conn, pid)

    index = NearDuplicates(
        shingle=rules.shingle,
        num_perm=rules.num_perm,
        threshold=rules.threshold,
        lsh_threshold=rules.lsh_threshold,
        text_of=text_of,
    )
    with store.read() as conn:
        for pid, blob in db.signatures(conn):
            index.add(pid, signature=np.frombuffer(blob, dtype="<u4").copy())
    return index


def _write(
    plans: list[_Plan],
    *,
    store: Store,
    kb: Knowledge,
    result: ImportResult,
    progress: Progress | None,
    source: str,
    encoder: Encoder | None,
) -> None:
    index = _index(store, kb)
    roots: dict[str, str] = {}
    done = 0
    for start in range(0, len(plans), BATCH):
        batch = plans[start : start + BATCH]
        prepared = []
        for plan in batch:
            p = plan.posting
            c = classify_posting(p, kb, encoder=encoder)
            hits = index.query(p.body, exclude=p.id)
            dup_of, sim = (roots.get(hits[0][0], hits[0][0]), hits[0][1]) if hits else (None, None)
            signature = None
            if dup_of is None:
                signature = index.add(p.id, text=p.body)
            else:
                roots[p.id] = dup_of
                result.near_duplicates += 1
            prepared.append((plan, c, dup_of, sim, signature))
        with store.write() as conn:
            for plan, c, dup_of, sim, signature in prepared:
                row, skills = _row(plan.posting, plan.hash, c, kb, dup_of, sim, signature, source)
                db.upsert(conn, row, skills)
                if plan.action == "add":
                    result.added += 1
                else:
                    result.updated += 1
                result.ids.append(plan.posting.id)
        done += len(batch)
        if progress:
            progress(done, len(plans))


def _row(
    p: Posting,
    h: str,
    c: Classification,
    kb: Knowledge,
    dup_of: str | None,
    sim: float | None,
    signature: np.ndarray | None,
    source: str,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    band = band_of(p.salary, kb) if p.salary else None
    row = {
        "id": p.id,
        "content_hash": h,
        "title": p.title,
        "body": p.body,
        "company": p.company,
        "city": p.city,
        "salary_text": p.salary_text,
        "salary_low": p.salary.low if p.salary else None,
        "salary_high": p.salary.high if p.salary else None,
        "salary_currency": p.salary.currency if p.salary else None,
        "salary_period": p.salary.period if p.salary else None,
        "salary_months": p.salary.months if p.salary else None,
        "band_low": band[0] if band else None,
        "band_high": band[1] if band else None,
        "posted_on": p.date,
        "month": p.date[:7] if p.date else None,
        "url": p.url,
        "lang": c.lang,
        "direction": c.direction,
        "role": c.role,
        "confidence": c.confidence,
        "nearest": c.nearest,
        "fit": c.fit,
        "lm_evidence": c.large_model_evidence,
        "years_required": c.years,
        "degree_required": c.degree,
        "evidence": db.evidence_json(evidence_dicts(c)),
        "dup_of": dup_of,
        "dup_similarity": sim,
        "minhash": signature.astype("<u4").tobytes() if signature is not None else None,
        "source": source,
        "source_row": p.row,
        "kb_version": c.kb_version,
        "scorer": c.scorer,
    }
    skills = [
        {"posting_id": p.id, "skill": a.skill, "weight": a.weight, "kind": a.kind, "level": a.level, "need": a.need}
        for a in c.asks
        if a.weight > 0
    ]
    return row, skills


def evidence_dicts(c: Classification) -> list[dict[str, Any]]:
    return [
        {
            "kind": e.kind,
            "key": e.key,
            "amount": e.amount,
            "asked": e.asked,
            "field": e.field,
            "text": e.span.text if e.span else "",
            "start": e.span.start if e.span else None,
            "end": e.span.end if e.span else None,
        }
        for e in c.evidence
    ]


def filters(kb: Knowledge, direction: str | None = None, **kw: Any) -> db.Filters:
    """The filters of ``careermap jobs`` and ``/api/jobs``: ``direction`` is 1-6, an id, or 'none'
    (postings that are not large-model roles); the rest are :class:`~careermap.store.postings.Filters` fields."""
    f = db.Filters(**kw)
    if direction and direction.lower() in ("none", "null", "0"):
        f.no_direction = True
    elif direction:
        f.direction = kb.direction(direction).number
    return f


def list_postings(
    store: Store, *, filters: db.Filters, limit: int = 20, offset: int = 0
) -> tuple[int, list[dict[str, Any]]]:
    """Stored postings matching ``filters``, newest first, and how many match in all."""
    return db.list_rows(store, filters, limit=limit, offset=offset)


def clusters(store: Store) -> list[Cluster]:
    """Every group of near-duplicate postings in the store: the kept one and its repeats."""
    with store.read() as conn:
        groups: dict[str, Cluster] = {}
        for keep, member, sim in db.duplicate_groups(conn):
            cluster = groups.setdefault(keep, Cluster(keep, [keep], 1.0))
            cluster.members.append(member)
            cluster.similarity = min(cluster.similarity, sim)
    return sorted(groups.values(), key=lambda c: (-len(c.members), c.keep))
