"""The local engine: a pool of worker processes over the machine's cores.

The parent reads the input in chunks (:func:`careermap.batch.sources.chunks`), keeps at most two
chunks per worker in flight (memory stays bounded whatever the input's size), and writes each
chunk's part as its result comes back, in input order. Each worker loads the knowledge base once
(spawned, so no state is shared by accident) and runs :mod:`careermap.batch.rows` on its chunks.

With one worker the chunks run in this process (no pool to start).

Near-duplicates are found in the parent, in input order, by the index ``careermap jobs import``
uses (:class:`careermap.jobs.dedup.NearDuplicates`: MinHash LSH proposes, exact Jaccard decides),
so a rerun that skips finished parts still sees every earlier posting and marks the same repeats.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from careermap.batch import parts
from careermap.batch.rows import ChunkResult, Options, Row, classify_chunk, diagnose_chunk, read_chunk
from careermap.batch.sources import FILE, POSTINGS, RECORDS, Chunk, InputFile, chunks, head_lines, parquet, total_bytes
from careermap.knowledge.loader import Knowledge

Progress = Callable[[int, int | None], None]  # (rows done, rows in all — an estimate while reading)
CLASSIFY = "classify"
DIAGNOSE = "diagnose"


@dataclass(slots=True)
class RunResult:
    """What a batch run did."""

    out: str
    engine: str
    rows: int  # output rows written by this run (resumed parts not counted)
    errors: int
    duplicates: int
    parts: int
    resumed: int  # parts already complete, skipped
    seconds: float
    workers: int


_KB: Knowledge | None = None


def _init(kb_path: str | None) -> None:
    """Per worker: the knowledge base, loaded and compiled once."""
    global _KB
    _end_with_parent()
    from careermap.api import knowledge
    from careermap.jobs.classify import classify_text
    from careermap.knowledge.loader import load

    _KB = load(kb_path) if kb_path else knowledge()
    classify_text("Python", _KB)  # build the matcher and caches before the first chunk


def _end_with_parent() -> None:
    """Linux: a worker ends when the batch that started it ends (killed, not only interrupted)."""
    if sys.platform.startswith("linux"):
        import contextlib
        import ctypes
        import signal

        with contextlib.suppress(OSError):  # another libc: the pool's own shutdown still applies
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _work(task: str, chunk: Chunk, opts: Options, columns: dict[str, str] | None) -> ChunkResult:
    assert _KB is not None
    fn = classify_chunk if task == CLASSIFY else diagnose_chunk
    return fn(chunk, _KB, opts, columns)


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def run(
    task: str,
    files: list[InputFile],
    out: Path,
    *,
    kb: Knowledge,
    kb_path: str | None,
    opts: Options,
    manifest: dict[str, Any],
    fmt: str,
    workers: int,
    chunk_size: int,
    dedup: bool,
    overwrite: bool,
    progress: Progress | None = None,
) -> RunResult:
    started = time.perf_counter()
    done = parts.prepare(out, manifest, overwrite=overwrite)
    columns_of = parts.POSTING_COLUMNS if task == CLASSIFY else parts.PERSON_COLUMNS
    dups = _Dedup(kb) if dedup and task == CLASSIFY else None
    result = RunResult(str(out), "local", 0, 0, 0, 0, 0, 0.0, workers)
    size = max(1, total_bytes(files))
    read_bytes = 0
    with _pool(workers, kb, kb_path) as pool:
        pending: deque[tuple[Chunk, Future[ChunkResult] | None]] = deque()
        stream = ((c, files[c.file].path) for c in chunks(files, size=chunk_size))
        for chunk, columns in _with_columns(stream, kb, opts, task, chunk_size):
            if chunk.key in done:
                result.resumed += 1
                # finished earlier: its postings still count as seen for near-duplicates
                pending.append((chunk, None))
                if dups is not None:
                    read = read_chunk(chunk, kb, opts, columns)
                    dups.mark([], [(p.id, p.body) for p in read.postings], [])
            else:
                pending.append((chunk, pool.submit(_work, task, chunk, opts, columns)))
            while len(pending) > 2 * workers or (pending and pending[0][1] is None):
                read_bytes += _finish(pending.popleft(), out, fmt, columns_of, dups, result)
                if progress:
                    progress(result.rows + result.errors, _estimate(result, read_bytes, size))
        while pending:
            read_bytes += _finish(pending.popleft(), out, fmt, columns_of, dups, result)
            if progress:
                progress(result.rows + result.errors, _estimate(result, read_bytes, size))
    parts.finish(out)
    result.seconds = time.perf_counter() - started
    return result


class _Inline:
    """One worker: the chunks run in this process, with the knowledge base already loaded."""

    def __init__(self, kb: Knowledge) -> None:
        self.kb = kb

    def submit(self, fn: Any, task: str, chunk: Chunk, opts: Options, columns: dict[str, str] | None) -> Future[Any]:
        future: Future[ChunkResult] = Future()
        work = classify_chunk if task == CLASSIFY else diagnose_chunk
        future.set_result(work(chunk, self.kb, opts, columns))
        return future

    def __enter__(self) -> _Inline:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def _pool(workers: int, kb: Knowledge, kb_path: str | None) -> Any:
    if workers == 1:
        return _Inline(kb)
    ctx = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init, initargs=(kb_path,))


WHOLE = (".csv", ".tsv", ".json")  # read whole (as jobs classify reads them), then shared out


def _split(chunk: Chunk, kb: Knowledge, opts: Options, size: int) -> Iterator[Chunk]:
    """A CSV/TSV or JSON array file read once here, its postings in chunks of ``size`` (problems
    with the first), so one large file still keeps every worker busy."""
    from careermap.jobs.models import ReadResult
    from careermap.jobs.reader import read_postings

    read = read_postings(chunk.path, kb, mapping=opts.mapping, strict_fields=False)
    n = max(1, -(-len(read.postings) // size))
    for i in range(n):
        part = ReadResult(
            read.postings[i * size : (i + 1) * size], read.problems if i == 0 else [], 0, read.encoding, read.columns
        )
        yield Chunk(chunk.file, i, chunk.source, POSTINGS, read=part, size=chunk.size // n)


def _with_columns(
    stream: Iterator[tuple[Chunk, str]], kb: Knowledge, opts: Options, task: str, size: int
) -> Iterator[tuple[Chunk, dict[str, str] | None]]:
    """Each chunk with the columns of its file, found in the file's first lines (JSON Lines) or its
    schema (Parquet): a file whose columns cannot be found fails here, before any work."""
    from careermap.jobs.reader import read_lines, resolve_columns

    columns: dict[str, str] | None = None
    for chunk, path in stream:
        if task == CLASSIFY and chunk.kind == FILE and Path(path).suffix.lower() in WHOLE:
            yield from ((c, None) for c in _split(chunk, kb, opts, size))
            continue
        if task == CLASSIFY and chunk.kind != FILE and chunk.number == 0:
            if chunk.kind == RECORDS:
                columns = resolve_columns(parquet().ParquetFile(path).schema_arrow.names, kb, opts.mapping)
            else:
                columns = read_lines(head_lines(path), kb, mapping=opts.mapping).columns
        yield chunk, columns


def _finish(
    item: tuple[Chunk, Future[ChunkResult] | None],
    out: Path,
    fmt: str,
    columns_of: parts.Columns,
    dups: _Dedup | None,
    result: RunResult,
) -> int:
    chunk, future = item
    if future is None:
        return chunk.size
    got = future.result()
    if dups is not None:
        result.duplicates += dups.mark(got.rows, got.texts, got.prepared)
    parts.write_part(out / parts.ERRORS, got.key, got.errors, parts.ERROR_COLUMNS, fmt)
    parts.write_part(out, got.key, got.rows, columns_of, fmt)
    result.rows += len(got.rows)
    result.errors += len(got.errors)
    result.parts += 1
    return chunk.size


def _estimate(result: RunResult, read_bytes: int, size: int) -> int | None:
    seen = result.rows + result.errors
    if not read_bytes or not seen:
        return None
    return max(seen, round(seen * size / read_bytes))


class _Dedup:
    """Near-duplicates in input order, as ``careermap jobs import`` marks them."""

    def __init__(self, kb: Knowledge) -> None:
        from careermap.jobs.dedup import NearDuplicates
        from careermap.jobs.structure import jobs_data

        rules = jobs_data(kb).dedup
        self.index = NearDuplicates(
            shingle=rules.shingle, num_perm=rules.num_perm, threshold=rules.threshold, lsh_threshold=rules.lsh_threshold
        )
        self.roots: dict[str, str] = {}
        self.seen: set[str] = set()

    def mark(self, rows: list[Row], texts: list[tuple[str, str]], prepared: list[tuple[set[str], Any]]) -> int:
        """Set ``dup_of``/``dup_similarity`` on ``rows`` (in the order of ``texts``); the count marked.
        ``prepared``: each text's shingles and signature, computed by the workers (else here)."""
        marked = 0
        for i, (pid, body) in enumerate(texts):
            found = self.check(pid, body, prepared[i] if prepared else None)
            if found is not None and rows:
                rows[i]["dup_of"], rows[i]["dup_similarity"] = found
                marked += 1
        return marked

    def check(
        self, pid: str, body: str, prepared: tuple[set[str], Any] | None = None
    ) -> tuple[str, float | None] | None:
        if pid in self.seen:
            return self.roots.get(pid, pid), None  # the same id again: a repost of that posting
        self.seen.add(pid)
        sh, signature = prepared if prepared is not None else self.index.prepare(body)
        hits = self.index.query(exclude=pid, prepared=(sh, signature))
        if hits:
            root = self.roots.get(hits[0][0], hits[0][0])
            self.roots[pid] = root
            return root, hits[0][1]
        self.index.add(pid, signature=signature, sh=sh)
        return None
