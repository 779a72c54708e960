"""One chunk in, output rows out: the work both engines hand to a worker.

The local pool and the Spark executors call the same two functions, :func:`classify_chunk` and
:func:`diagnose_chunk`, so the engines cannot differ: a posting is read by
:func:`careermap.jobs.reader.read_lines` / :func:`~careermap.jobs.reader.read_postings` and
classified by :func:`careermap.jobs.classify.classify_posting`, exactly as ``careermap jobs classify``
does; a résumé is read by :func:`careermap.ingest.source.read_document` (limits and PII masking
as ``careermap diagnose``) and assessed by :func:`careermap.api.diagnose`.

Every row that cannot be read becomes an error row (file, row number, reason in en and zh);
it never stops the chunk.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from careermap.batch.sources import FILE, LINES, POSTINGS, Chunk
from careermap.errors import CareermapError
from careermap.ingest.limits import DEFAULT, Limits
from careermap.jobs.models import Classification, Posting, ReadResult, RowProblem
from careermap.knowledge.loader import Knowledge

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Options:
    """What a run asks of every chunk (sent once to each worker or executor)."""

    mapping: dict[str, str] = field(default_factory=dict)
    use_title: bool = True
    limits: Limits = DEFAULT  # batch diagnose: the reading limits of ``careermap diagnose``
    keep_pii: bool = False
    dedup: tuple[int, int] | None = None  # (shingle, num_perm): prepare near-duplicate signatures


@dataclass(slots=True)
class ChunkResult:
    key: str
    rows: list[Row]
    errors: list[Row]
    texts: list[tuple[str, str]]  # (posting id, body) in input order, for near-duplicates
    prepared: list[tuple[set[str], Any]] = field(default_factory=list)  # their shingles and signatures


# ---------------------------------------------------------------- postings


def read_chunk(chunk: Chunk, kb: Knowledge, opts: Options, columns: dict[str, str] | None) -> ReadResult:
    """The postings of a chunk and its problems, read as ``careermap jobs classify`` reads the file."""
    from careermap.jobs.reader import read_lines, read_postings

    if chunk.kind == POSTINGS:
        read: ReadResult = chunk.read
        return read
    if chunk.kind == FILE:
        return read_postings(chunk.path, kb, mapping=opts.mapping, strict_fields=False)
    if chunk.kind == LINES:
        data, first = chunk.lines, chunk.first_line
    else:  # Parquet records are read through the same checks as JSON Lines
        data = "\n".join(json.dumps(r, ensure_ascii=False, default=str) for r in chunk.records).encode("utf-8")
        first = chunk.first_row
    return read_lines(
        data, kb, mapping=opts.mapping, columns=columns, first_line=first, strict_fields=False, name=chunk.source
    )


def classify_chunk(chunk: Chunk, kb: Knowledge, opts: Options, columns: dict[str, str] | None) -> ChunkResult:
    from careermap.jobs.classify import classify_posting

    read = read_chunk(chunk, kb, opts, columns)
    rows = []
    for p in read.postings:
        c = classify_posting(p, kb, use_title=opts.use_title)
        rows.append(posting_row(p, c, kb, chunk.source))
    errors = reading_errors(chunk, read)
    prepared = []
    if opts.dedup is not None:  # the costly half of near-duplicate search, done here in parallel
        index = _index(opts.dedup)
        prepared = [index.prepare(p.body) for p in read.postings]
    return ChunkResult(chunk.key, rows, errors, [(p.id, p.body) for p in read.postings], prepared)


def reading_errors(chunk: Chunk, read: ReadResult) -> list[Row]:
    """The error rows of a chunk's postings: all of them come from reading, none from classifying."""
    return [error_row(chunk.source, x.row, x.id, x.field, x.en, x.zh, x.code) for x in read.problems]


def classify_errors(chunk: Chunk, kb: Knowledge, opts: Options, columns: dict[str, str] | None) -> ChunkResult:
    """The error rows :func:`classify_chunk` gives for a chunk, without classifying its postings
    (reading is a few per cent of the work): for an engine that writes the rows in one pass."""
    return ChunkResult(chunk.key, [], reading_errors(chunk, read_chunk(chunk, kb, opts, columns)), [])


_INDEX: dict[tuple[int, int], Any] = {}


def _index(settings: tuple[int, int]) -> Any:
    from careermap.jobs.dedup import NearDuplicates

    if settings not in _INDEX:
        shingle, num_perm = settings
        _INDEX[settings] = NearDuplicates(shingle=shingle, num_perm=num_perm, threshold=1.0, lsh_threshold=0.5)
    return _INDEX[settings]


def posting_row(p: Posting, c: Classification, kb: Knowledge, source: str) -> Row:
    """One output row of ``batch classify`` (see :data:`careermap.batch.parts.POSTING_COLUMNS`)."""
    from careermap.jobs.salary import band_of
    from careermap.store.corpus import evidence_dicts

    band = band_of(p.salary, kb) if p.salary else None
    return {
        "id": p.id,
        "source": source,
        "row": p.row,
        "title": p.title,
        "company": p.company,
        "city": p.city,
        "date": p.date,
        "month": p.date[:7] if p.date else None,
        "lang": c.lang,
        "direction": c.direction,
        "role": c.role,
        "confidence": c.confidence,
        "nearest": c.nearest,
        "fit": c.fit,
        "skills": [
            {"id": a.skill, "asked": a.kind, "level": a.level, "weight": round(a.weight, 4)}
            for a in c.asks
            if a.weight > 0
        ],
        "salary_text": p.salary_text,
        "salary_currency": p.salary.currency if p.salary else None,
        "salary_low": p.salary.low if p.salary else None,
        "salary_high": p.salary.high if p.salary else None,
        "band_low": band[0] if band else None,
        "band_high": band[1] if band else None,
        "years_required": c.years,
        "degree_required": c.degree,
        "evidence": json.dumps(evidence_dicts(c), ensure_ascii=False, separators=(",", ":")),
        "dup_of": None,
        "dup_similarity": None,
        "kb_version": c.kb_version,
        "scorer": c.scorer,
    }


def error_row(source: str, row: str, pid: str | None, fld: str, en: str, zh: str, code: str = "") -> Row:
    return {"source": source, "row": row, "id": pid, "field": fld, "code": code, "message_en": en, "message_zh": zh}


def problem_of(row: Row) -> RowProblem:
    return RowProblem(row["row"], row["field"], row["message_en"], row["message_zh"], row["id"])


# ---------------------------------------------------------------- résumés


def diagnose_chunk(chunk: Chunk, kb: Knowledge, opts: Options, columns: dict[str, str] | None = None) -> ChunkResult:
    """Each résumé of a chunk diagnosed: a file of any format ``diagnose`` reads, or records of
    ``{id, text}`` (JSON Lines or Parquet)."""
    rows: list[Row] = []
    errors: list[Row] = []
    if chunk.kind == FILE:
        items: list[tuple[str, str, bytes | None, str]] = [(Path(chunk.path).name, chunk.source, None, "")]
    else:
        items = []
        for n, rec, problem in _text_records(chunk):
            if problem:
                errors.append(error_row(chunk.source, str(n), None, "row", *problem))
                continue
            pid, text = rec
            items.append((pid, str(n), text.encode("utf-8"), pid))
    for pid, row, data, given in items:
        try:
            rows.append(person_row(_assess(kb, chunk, data, pid, opts), kb, chunk.source, row, given or pid))
        except CareermapError as exc:
            errors.append(error_row(chunk.source, row, given or None, "text", exc.en, exc.zh, exc.code))
    return ChunkResult(chunk.key, rows, errors, [])


def _text_records(chunk: Chunk) -> list[tuple[int, tuple[str, str], tuple[str, str] | None]]:
    out: list[tuple[int, tuple[str, str], tuple[str, str] | None]] = []
    if chunk.kind == LINES:
        numbered: list[tuple[int, Any]] = []
        for n, line in enumerate(chunk.lines.split(b"\n"), chunk.first_line):
            if not line.strip():
                continue
            try:
                numbered.append((n, json.loads(line)))
            except (json.JSONDecodeError, UnicodeDecodeError):
                numbered.append((n, None))
    else:
        numbered = list(enumerate(chunk.records, chunk.first_row))
    for n, obj in numbered:
        if not isinstance(obj, dict):
            out.append((n, ("", ""), ("not a JSON object with id and text", "不是含 id 与 text 的 JSON 对象")))
            continue
        text = obj.get("text")
        if not isinstance(text, str) or not text.strip():
            out.append((n, ("", ""), ("the text is missing or empty", "缺少 text 或其为空")))
            continue
        pid = str(obj.get("id") or f"{chunk.source}:{n}")
        out.append((n, (pid, text), None))
    return out


def _assess(kb: Knowledge, chunk: Chunk, data: bytes | None, name: str, opts: Options) -> Any:
    from careermap.api import diagnose
    from careermap.ingest.source import read_document, read_source

    if data is None:
        doc = read_source(chunk.path, kb, limits=opts.limits, keep_pii=opts.keep_pii)
    else:
        doc = read_document(data, kb, name=name, limits=opts.limits, keep_pii=opts.keep_pii)
    return doc, diagnose(doc, kb=kb)


def person_row(assessed: Any, kb: Knowledge, source: str, row: str, pid: str) -> Row:
    """One output row of ``batch diagnose``: the best direction and role, the six fits with their
    readiness, the skills read with their status, how the text was read."""
    doc, a = assessed
    top = a.directions[0]
    best = top.roles[0]
    ev = a.evidence
    skills = [
        {"id": sid, "status": "has", "level": se.level, "grade": se.grade.value, "strength": round(se.strength, 4)}
        for sid, se in sorted(ev.skills.items(), key=lambda kv: (-kv[1].strength, kv[0]))
    ]
    for status, group in (("lacks", ev.negated), ("wants", ev.interests)):
        skills += [
            {"id": sid, "status": status, "level": None, "grade": None, "strength": 0.0} for sid in sorted(group)
        ]
    return {
        "id": pid,
        "source": source,
        "row": row,
        "lang": a.lang,
        "direction": top.number,
        "direction_id": top.id,
        "role": best.role,
        "score": top.score,
        "readiness": top.readiness,
        "directions": [
            {
                "number": d.number,
                "id": d.id,
                "score": d.score,
                "readiness": d.readiness,
                "role": d.roles[0].role,
                "role_score": d.roles[0].score,
            }
            for d in a.directions
        ],
        "skills": skills,
        "years": ev.years,
        "degree": ev.degree,
        "read": json.dumps(doc.meta, ensure_ascii=False, separators=(",", ":")),
        "kb_version": a.kb_version,
        "scorer": a.scorer,
    }
