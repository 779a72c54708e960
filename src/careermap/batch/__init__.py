"""Batch: classify millions of postings, diagnose a cohort, summarise demand — on this machine's
cores (``engine="local"``) or on Apache Spark (``engine="spark"``, ``careermap[spark]``).

Both engines run the same per-chunk code (:mod:`careermap.batch.rows`), so their answers are the
ones ``careermap jobs classify`` and ``careermap diagnose`` give, row for row. The output is a
folder of part files (:mod:`careermap.batch.parts`).

>>> from careermap.batch import classify_postings          # doctest: +SKIP
>>> classify_postings("postings.jsonl", "out/", engine="local")  # doctest: +SKIP
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Any

from careermap.batch.local import CLASSIFY, DIAGNOSE, Progress, RunResult
from careermap.batch.rows import Options
from careermap.errors import JobsError
from careermap.ingest.limits import DEFAULT, Limits

if TYPE_CHECKING:
    from careermap.api.common import KbArg
    from careermap.report.models.jobs import Stats

ENGINES = ("local", "spark")
DEFAULT_CHUNK = 1000

__all__ = ["ENGINES", "RunResult", "classify_postings", "demand", "diagnose_people"]


def classify_postings(
    source: str,
    out: str | Path,
    *,
    engine: str = "local",
    kb_path: str | Path | None = None,
    mapping: dict[str, str] | None = None,
    fmt: str = "parquet",
    use_title: bool = True,
    dedup: bool = True,
    workers: int | None = None,
    chunk_size: int = DEFAULT_CHUNK,
    master: str | None = None,
    overwrite: bool = False,
    progress: Progress | None = None,
) -> RunResult:
    """Classify every posting of ``source`` (a file, a folder or a glob) into part files in ``out``,
    one row per posting, bad rows in ``out/_errors``; near-duplicates marked (``dup_of``) unless
    ``dedup=False``."""
    opts = Options(mapping=dict(mapping or {}), use_title=use_title)
    return _run(
        CLASSIFY, source, out, opts, engine, kb_path, fmt, dedup, workers, chunk_size, master, overwrite, progress
    )


def diagnose_people(
    source: str,
    out: str | Path,
    *,
    engine: str = "local",
    kb_path: str | Path | None = None,
    fmt: str = "parquet",
    limits: Limits = DEFAULT,
    keep_pii: bool = False,
    workers: int | None = None,
    chunk_size: int = DEFAULT_CHUNK,
    master: str | None = None,
    overwrite: bool = False,
    progress: Progress | None = None,
) -> RunResult:
    """Diagnose every résumé of ``source`` (a folder of files ``careermap diagnose`` reads, or JSON
    Lines / Parquet records of ``{id, text}``): one row per person, unreadable files in ``out/_errors``."""
    opts = Options(limits=limits, keep_pii=keep_pii)
    return _run(
        DIAGNOSE, source, out, opts, engine, kb_path, fmt, False, workers, chunk_size, master, overwrite, progress
    )


def _run(
    task: str,
    source: str,
    out: str | Path,
    opts: Options,
    engine: str,
    kb_path: str | Path | None,
    fmt: str,
    dedup: bool,
    workers: int | None,
    chunk_size: int,
    master: str | None,
    overwrite: bool,
    progress: Progress | None,
) -> RunResult:
    from careermap.api import knowledge
    from careermap.batch.sources import POSTING_SUFFIXES, RESUME_SUFFIXES, list_inputs
    from careermap.knowledge.loader import load

    _check(engine, fmt)
    kb = load(kb_path) if kb_path else knowledge()
    path = str(kb_path) if kb_path else None
    if engine == "spark":
        from careermap.batch.spark import run as run_spark

        return run_spark(
            task,
            source,
            str(out),
            kb=kb,
            kb_path=path,
            opts=opts,
            fmt=fmt,
            dedup=dedup,
            master=master,
            overwrite=overwrite,
        )
    from careermap.batch import local

    if dedup and task == CLASSIFY:  # the workers prepare each posting's near-duplicate signature
        from careermap.jobs.structure import jobs_data

        rules = jobs_data(kb).dedup
        opts = dataclasses.replace(opts, dedup=(rules.shingle, rules.num_perm))
    files = list_inputs(source, suffixes=POSTING_SUFFIXES if task == CLASSIFY else RESUME_SUFFIXES)
    manifest = _manifest(task, files, kb.version, opts, fmt, dedup, chunk_size, "local")
    n = workers or local.default_workers()
    return local.run(
        task,
        files,
        Path(out),
        kb=kb,
        kb_path=path,
        opts=opts,
        manifest=manifest,
        fmt=fmt,
        workers=n,
        chunk_size=chunk_size,
        dedup=dedup,
        overwrite=overwrite,
        progress=progress,
    )


def _check(engine: str, fmt: str) -> None:
    from careermap.batch.parts import FORMATS

    if engine not in ENGINES:
        raise JobsError(
            f"no engine '{engine}'", f"没有引擎 '{engine}'", hint_en="use local or spark", hint_zh="请用 local 或 spark"
        )
    if fmt not in FORMATS:
        raise JobsError(
            f"cannot write '{fmt}'",
            f"无法写出 '{fmt}' 格式",
            hint_en="use parquet or jsonl",
            hint_zh="请用 parquet 或 jsonl",
        )


def _manifest(
    task: str, files: list[Any], kb_version: str, opts: Options, fmt: str, dedup: bool, chunk: int, engine: str
) -> dict[str, Any]:
    import os

    return {
        "command": task,
        "engine": engine,
        "format": fmt,
        "inputs": [[f.name, os.path.getsize(f.path), int(os.path.getmtime(f.path))] for f in files],
        "kb_version": kb_version,
        "mapping": opts.mapping,
        "use_title": opts.use_title,
        "keep_pii": opts.keep_pii,
        "limits": [opts.limits.max_bytes, opts.limits.max_pages, opts.limits.max_unzipped, opts.limits.max_chars],
        "dedup": dedup,
        "chunk": chunk,
    }


def demand(
    out: str | Path,
    *,
    direction: str | int | None = None,
    city: str | None = None,
    since: str | None = None,
    top: int = 10,
    lang: str | None = None,
    kb: KbArg = None,
    engine: str = "local",
    master: str | None = None,
) -> Stats:
    """Demand in a ``batch classify`` folder, as ``careermap.stats`` gives it for the store: by direction,
    role, month, city and employer, the skills each direction asks for most (``top`` each), reposts
    once; the filters are those of ``careermap jobs stats``. Spark SQL on the Spark engine, DuckDB else."""
    from careermap.api.common import knowledge_of, lang_of
    from careermap.api.market import stats_filters
    from careermap.batch.stats import demand_stats
    from careermap.report.jobs import stats as build

    k = knowledge_of(kb)
    wanted = stats_filters(k, direction, city=city, since=since)
    counted = demand_stats(str(out), kb=k, engine=engine, master=master, filters=wanted, top=top)
    return build(k, counted, lang_of(lang))
