"""The Spark engine (``pip install 'careermap[spark]'``): the only module that imports pyspark.

Reading: JSON Lines with Spark's text source (split across tasks; every line keeps its number
through ``_metadata.file_block_start`` and a count of the lines of each block) — or, for files
on this machine with a local master, as byte ranges of whole lines cut by the driver and read by
the Python workers (:func:`_ranges`) —, Parquet with Spark's Parquet source
(``_metadata.row_index``), other files whole with ``binaryFile`` — any path Spark can read (local,
HDFS, S3 through the user's Spark configuration).

Work: ``mapInArrow`` hands Arrow batches to Python workers, which cut them into chunks and run
:mod:`careermap.batch.rows` — the code the local engine runs — so both engines answer alike.
Each Python worker compiles the knowledge base once (a per-process cache; a ``--kb`` folder
travels to the executors as a broadcast).

Near-duplicates: Spark ML's ``MinHashLSH`` over the same shingles as
:mod:`careermap.jobs.dedup` (``jobs.yaml -> dedup``), pairs kept at the same exact-Jaccard
threshold, groups joined (connected components) and each repeat pointed at the group's first
posting in input order.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from careermap.batch import parts
from careermap.batch.local import CLASSIFY, Progress, RunResult
from careermap.batch.rows import ChunkResult, Options, classify_chunk, classify_errors, diagnose_chunk
from careermap.batch.sources import FILE, HEAD_LINES, LINES, POSTING_SUFFIXES, RECORDS, RESUME_SUFFIXES, Chunk, parquet
from careermap.errors import JobsError, MissingDependency
from careermap.knowledge.loader import Knowledge

try:
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql import functions as F
except ImportError:  # pragma: no cover - exercised only without the extra
    raise MissingDependency(
        "the Spark engine needs pyspark",
        "Spark 引擎需要 pyspark",
        hint_en="pip install 'careermap[spark]' (and Java 17+), or use --engine local",
        hint_zh="请运行 pip install 'careermap[spark]'（并安装 Java 17+），或用 --engine local",
    ) from None

HASH_TABLES = 5  # MinHashLSH: a pair at the 0.8 threshold is a candidate with probability 1 - 0.2**5
NUM_FEATURES = 1 << 24  # shingles hashed into this many buckets: collisions change a Jaccard by < 0.001
BATCH_ROWS = 200  # rows per Arrow batch: bounds a Python worker's memory
ORDER_SHIFT = 1 << 40  # input order: file index * ORDER_SHIFT + row number
RANGES = "ranges"  # JSON Lines on a local master: byte ranges of whole lines, read by the Python workers
SPLIT_BYTES = (256 * 1024, 16 * 1024 * 1024)  # a task's share of the input: at least, at most
# The driver JVM started here (local[N]: the executor too) does little but move Arrow batches
# between files and the Python workers: its C2 compiler spent half of the JVM's CPU on a 20,000
# posting run (16 of 32 s), which the client compiler alone (C1) does not need; the serial collector
# has no concurrent threads to compete with the Python workers for the cores.
DRIVER_JVM = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
_EXTRA = [("_kind", "string"), ("_order", "long"), ("_text", "string")]
_ERROR_ONLY = [c for c in parts.ERROR_COLUMNS if c[0] in ("field", "code", "message_en", "message_zh")]


def session(master: str | None = None) -> SparkSession:
    """The Spark session: ``master`` if given; else the one ``spark-submit`` set up; else ``local[*]``.
    Outside spark-submit, Python workers run this interpreter unless ``PYSPARK_PYTHON`` says otherwise."""
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # the driver was started by spark-submit
    if not submitted:  # on a cluster the executors' Python is the submitter's to choose
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("careermap")
    if master or not submitted:
        builder = builder.master(master or "local[*]")
    if not submitted:
        builder = (
            builder.config("spark.driver.defaultJavaOptions", DRIVER_JVM)  # the user's extraJavaOptions still win
            .config("spark.driver.host", "127.0.0.1")  # this machine only: no name lookups, no open ports
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", "8")
        )
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", str(BATCH_ROWS))
    spark.conf.set("spark.sql.files.minPartitionNum", str(4 * spark.sparkContext.defaultParallelism))
    spark.conf.set("spark.sql.files.maxPartitionBytes", str(16 * 1024 * 1024))
    spark.conf.set("spark.sql.files.openCostInBytes", str(256 * 1024))  # small inputs still split over the cores
    return spark


# ---------------------------------------------------------------- the knowledge base on executors

_KB: dict[str, Knowledge] = {}


def _kb_payload(kb_path: str | None) -> dict[str, bytes] | None:
    if kb_path is None:
        return None
    root = Path(kb_path)
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def worker_kb(payload: dict[str, bytes] | None) -> Knowledge:
    """The knowledge base in this Python worker, compiled on first use and kept for the next tasks."""
    import hashlib

    key = "bundled" if payload is None else hashlib.sha1(repr(sorted(payload.items())).encode()).hexdigest()
    kb = _KB.get(key)
    if kb is None:
        from careermap.api import knowledge
        from careermap.knowledge.loader import load

        if payload is None:
            kb = knowledge()
        else:
            folder = Path(tempfile.mkdtemp(prefix="careermap-kb-"))
            for rel, data in payload.items():
                (folder / rel).parent.mkdir(parents=True, exist_ok=True)
                (folder / rel).write_bytes(data)
            kb = load(folder)
        _KB[key] = kb
    return kb


# ---------------------------------------------------------------- schemas


def _ddl(columns: parts.Columns) -> str:
    simple = {"string": "string", "int": "int", "double": "double", "long": "bigint"}

    def typ(t: Any) -> str:
        if isinstance(t, list):
            return "array<struct<" + ",".join(f"`{n}`:{simple[s]}" for n, s in t) + ">>"
        return simple[t]

    return ", ".join(f"`{n}` {typ(t)}" for n, t in columns)


def _out_columns(task: str) -> parts.Columns:
    base = parts.POSTING_COLUMNS if task == CLASSIFY else parts.PERSON_COLUMNS
    return [*base, *_ERROR_ONLY, *_EXTRA]


def _arrow(columns: parts.Columns) -> Any:
    import pyarrow as pa

    schema = parts.arrow_schema([c for c in columns if c[1] != "long"])
    for i, (name, t) in enumerate(columns):
        if t == "long":
            schema = schema.insert(i, pa.field(name, pa.int64()))
    return schema


# ---------------------------------------------------------------- the work on executors


def _mapper(
    task: str,
    kind: str,
    columns_of: dict[str, dict[str, str] | None],
    names: dict[str, str],
    order: dict[str, int],
    offsets: dict[tuple[str, int], int],
    opts: Options,
    payload: Any,
    keep_text: bool,
    errors_seen: Any | None = None,
    errors_only: bool = False,
) -> Callable[[Iterator[Any]], Iterator[Any]]:
    """The function ``mapInArrow`` runs: Arrow batches of input in, output rows out; ``errors_seen`` (an
    accumulator) counts the error rows as they go; ``errors_only``: the error rows alone."""
    out_columns = _out_columns(task)

    def run(batches: Iterator[Any]) -> Iterator[Any]:
        import pyarrow as pa

        schema = _arrow(out_columns)
        kb = worker_kb(payload.value if payload is not None else None)
        fn = (classify_errors if errors_only else classify_chunk) if task == CLASSIFY else diagnose_chunk
        counters: dict[tuple[str, int], int] = {}
        for batch in batches:
            for chunk, uri in _chunks(kind, batch, names, offsets, counters):  # a batch out per chunk
                got: ChunkResult = fn(chunk, kb, opts, columns_of.get(uri))
                base = order.get(uri, 0) * ORDER_SHIFT
                texts = iter(got.texts)
                out: list[dict[str, Any]] = []
                for r in got.rows:
                    text = next(texts, ("", ""))[1] if got.texts else ""
                    out.append(
                        {
                            **r,
                            "_kind": "row",
                            "_order": base + _row_number(r["row"]),
                            "_text": text if keep_text else None,
                        }
                    )
                for e in got.errors:
                    out.append({**e, "_kind": "error", "_order": base + _row_number(e["row"])})
                if errors_seen is not None:
                    errors_seen.add(len(got.errors))
                yield pa.RecordBatch.from_pylist(out, schema=schema)

    return run


def _range_lines(path: Path, start: int, end: int, first: int) -> Iterator[tuple[bytes, int]]:
    """The lines of ``path`` from byte ``start`` to ``end`` (a line's start and end), ``BATCH_ROWS``
    at a time with the number of the first, cut at ``\\n`` as the local engine cuts them."""
    with path.open("rb") as fh:
        fh.seek(start)
        pos, lines = start, []
        for line in fh:
            lines.append(line)
            pos += len(line)
            if len(lines) >= BATCH_ROWS or pos >= end:
                yield b"".join(lines), first
                first, lines = first + len(lines), []
            if pos >= end:
                break
        if lines:
            yield b"".join(lines), first


def _row_number(row: str) -> int:
    return int(row) if row.isdigit() else 0


def _chunks(
    kind: str,
    batch: Any,
    names: dict[str, str],
    offsets: dict[tuple[str, int], int],
    counters: dict[tuple[str, int], int],
) -> Iterator[tuple[Chunk, str]]:
    """The chunks of one Arrow batch: runs of consecutive lines or records of one file."""
    cols = batch.to_pydict()
    if kind == RANGES:
        for uri, start, end, first in zip(cols["file"], cols["start"], cols["end"], cols["first"], strict=True):
            for lines, line in _range_lines(_local_path(uri), start, end, first):
                yield Chunk(0, 0, names.get(uri, uri), LINES, lines=lines, first_line=line), uri
        return
    if kind == FILE:
        for uri, content in zip(cols["path"], cols["content"], strict=True):
            folder = Path(tempfile.mkdtemp(prefix="careermap-file-"))
            local = folder / uri.rsplit("/", 1)[-1]
            local.write_bytes(content)
            try:
                yield Chunk(0, 0, names.get(uri, uri), FILE, path=str(local), size=len(content)), uri
            finally:
                local.unlink()
                folder.rmdir()
        return
    if kind == LINES:
        run: list[bytes] = []
        start, uri_l, block_l = 0, "", -1
        for uri, block, value in zip(cols["file"], cols["block"], cols["value"], strict=True):
            n = counters.get((uri, block), 0)
            counters[(uri, block)] = n + 1
            line = offsets.get((uri, block), 0) + n + 1
            if run and ((uri, block) != (uri_l, block_l) or line != start + len(run)):
                yield Chunk(0, 0, names.get(uri_l, uri_l), LINES, lines=b"\n".join(run), first_line=start), uri_l
                run = []
            if not run:
                start, uri_l, block_l = line, uri, block
            run.append(value)
        if run:
            yield Chunk(0, 0, names.get(uri_l, uri_l), LINES, lines=b"\n".join(run), first_line=start), uri_l
        return
    records = batch.drop_columns(["file", "index"]).to_pylist()
    run_r: list[dict[str, Any]] = []
    start_r, uri_r = 0, ""
    for uri, index, rec in zip(cols["file"], cols["index"], records, strict=True):
        number = index + 1
        if run_r and (uri != uri_r or number != start_r + len(run_r)):
            yield Chunk(0, 0, names.get(uri_r, uri_r), RECORDS, records=run_r, first_row=start_r), uri_r
            run_r = []
        if not run_r:
            start_r, uri_r = number, uri
        run_r.append(rec)
    if run_r:
        yield Chunk(0, 0, names.get(uri_r, uri_r), RECORDS, records=run_r, first_row=start_r), uri_r


# ---------------------------------------------------------------- the driver


def _empty_files(uris: list[str]) -> Any:
    """An Arrow batch of ``(path, content)`` for files Spark did not list (empty ones)."""
    import pyarrow as pa

    contents = [_local_path(u).read_bytes() for u in uris]
    return pa.RecordBatch.from_pydict({"path": uris, "content": contents})


def _is_local(src: str) -> bool:
    return "://" not in src or src.startswith("file:")


def _local_path(uri: str) -> Path:
    from urllib.parse import unquote, urlparse

    return Path(unquote(urlparse(uri).path)) if uri.startswith("file:") else Path(uri)


def _groups(task: str, src: str) -> tuple[dict[str, list[str]], dict[str, str]]:
    """Input paths by kind, and each file's name as rows carry it (as the local engine names it)."""
    from careermap.batch.sources import list_inputs

    suffixes = POSTING_SUFFIXES if task == CLASSIFY else RESUME_SUFFIXES
    groups: dict[str, list[str]] = {LINES: [], RECORDS: [], FILE: []}
    names: dict[str, str] = {}
    if _is_local(src):
        for f in list_inputs(src.removeprefix("file:"), suffixes=suffixes):
            uri = Path(f.path).resolve().as_uri()
            groups[f.kind].append(uri)
            names[uri] = f.name
        return groups, names
    suffix = "." + src.rstrip("/").rsplit(".", 1)[-1].lower() if "." in src.rsplit("/", 1)[-1] else ".parquet"
    kind = suffixes.get(suffix)
    if kind is None:
        raise JobsError(
            f"cannot read '{src}' in a batch",
            f"批处理无法读取 '{src}'",
            hint_en="end the path or glob with .jsonl, .parquet, .csv or .json",
            hint_zh="路径或通配符请以 .jsonl、.parquet、.csv 或 .json 结尾",
        )
    groups[kind].append(src)
    return groups, names


def _same_uri(uri: str) -> str:
    """Spark writes file URIs as ``file:/x``; Python as ``file:///x``."""
    return "file://" + uri[len("file:") :] if uri.startswith("file:/") and not uri.startswith("file://") else uri


def run(
    task: str,
    src: str,
    out: str,
    *,
    kb: Knowledge,
    kb_path: str | None,
    opts: Options,
    fmt: str,
    dedup: bool,
    master: str | None,
    overwrite: bool,
    progress: Progress | None = None,
) -> RunResult:
    from pyspark import StorageLevel

    started = time.perf_counter()
    spark = session(master)
    groups, names = _groups(task, src)
    payload = _kb_payload(kb_path)
    bc = spark.sparkContext.broadcast(payload) if payload is not None else None
    order: dict[str, int] = {}
    keep_text = dedup and task == CLASSIFY
    inputs: list[tuple[str, DataFrame, dict[str, dict[str, str] | None], dict[tuple[str, int], int]]] = []
    empty: list[str] = []
    for kind, paths in groups.items():
        if not paths:
            continue
        kind, df, files, columns_of, offsets = _read(spark, task, kind, paths, kb, opts)
        for uri in files:
            order.setdefault(uri, len(order))
        names.update({uri: names.get(_same_uri(uri), uri) for uri in files})
        inputs.append((kind, df, columns_of, offsets))
        if kind == FILE:  # Spark's file sources skip empty files: they are read here, to report them
            seen = {_same_uri(u) for u in files}
            empty += [u for u in paths if _same_uri(u) not in seen and _is_local(u)]
    ddl = _ddl(_out_columns(task))
    sc = spark.sparkContext
    errors_seen = sc.accumulator(0)  # whether reading found bad rows (a re-run task may count twice)

    def output(errors_only: bool) -> DataFrame:
        """Every input's output rows (``errors_only``: its error rows alone, and nothing counted)."""
        tally = None if errors_only else errors_seen
        frames = [
            df.mapInArrow(_mapper(task, kind, cols, names, order, offs, opts, bc, keep_text, tally, errors_only), ddl)
            for kind, df, cols, offs in inputs
        ]
        if empty:
            fn = _mapper(task, FILE, {}, names, order, {}, opts, None, False, tally, errors_only)
            here = [r for got in fn(iter([_empty_files(empty)])) for r in got.to_pylist()]
            frames.append(spark.createDataFrame(here, ddl))
        result = frames[0]
        for f in frames[1:]:
            result = result.unionByName(f)
        return result

    # Postings without near-duplicates: the rows are written in one pass over the input, and the
    # errors (all of them from reading) read again only when the pass counted some. Otherwise the
    # output is used twice or costs too much to make twice: kept on disk between its uses.
    one_pass = task == CLASSIFY and not keep_text
    result = output(errors_only=False)
    if not one_pass:
        result = result.persist(StorageLevel.DISK_ONLY)
    stop = _watch(spark, progress)
    try:
        base = parts.POSTING_COLUMNS if task == CLASSIFY else parts.PERSON_COLUMNS
        rows = result.where("_kind = 'row'")
        duplicates = 0
        if keep_text:
            dups = near_duplicates(rows.select("_order", "id", "_text"), kb).persist()
            duplicates = dups.count()
            rows = rows.drop("dup_of", "dup_similarity").join(F.broadcast(dups), on="_order", how="left")
        rows = rows.sortWithinPartitions("_order").select(*[c[0] for c in base])
        _write(spark, rows, out, fmt, "overwrite" if overwrite else "errorifexists")
        errors_out = out.rstrip("/") + "/" + parts.ERRORS
        if one_pass and not errors_seen.value:  # nothing to write: no Spark job for an empty part
            _write_empty(spark, errors_out, fmt, parts.ERROR_COLUMNS)
        else:
            if not one_pass:
                errors = result.where("_kind = 'error'").coalesce(1)
            else:
                errors = output(errors_only=True).where("_kind = 'error'").repartition(1)
            errors = errors.sortWithinPartitions("_order").select(*[c[0] for c in parts.ERROR_COLUMNS])
            _write(spark, errors, errors_out, fmt, "overwrite")
        # the counts reported are those of the parts written: the accumulator counts a task again when
        # Spark runs it again (a lost executor, a speculative copy); it only tells whether errors exist
        n_rows = _written(spark, out, fmt)
        n_errors = _written(spark, out.rstrip("/") + "/" + parts.ERRORS, fmt) if errors_seen.value else 0
        manifest = {
            "command": task,
            "engine": "spark",
            "format": fmt,
            "inputs": [src],
            "kb_version": kb.version,
            "mapping": opts.mapping,
            "use_title": opts.use_title,
            "keep_pii": opts.keep_pii,
            "dedup": dedup,
        }
        _write_text(spark, out.rstrip("/") + "/" + parts.MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
    except Exception as exc:
        if "PATH_ALREADY_EXISTS" in str(exc) or "already exists" in str(exc):
            raise JobsError(
                f"{out} already exists",
                f"{out} 已存在",
                hint_en="give a new folder, or --overwrite to replace it",
                hint_zh="请换一个新文件夹，或用 --overwrite 覆盖",
            ) from None
        raise
    finally:
        stop()
        result.unpersist()
    return RunResult(
        out,
        "spark",
        n_rows,
        n_errors,
        duplicates,
        0,
        0,
        time.perf_counter() - started,
        sc.defaultParallelism,
    )


def _write(spark: SparkSession, df: DataFrame, path: str, fmt: str, mode: str) -> None:
    """Parquet part files, or JSON Lines named ``*.jsonl`` (Spark names them ``.json``)."""
    if fmt == "parquet":
        df.write.mode(mode).parquet(path, compression="zstd")
        return
    df.write.mode(mode).option("ignoreNullFields", "false").json(path)
    jvm = spark.sparkContext._jvm
    assert jvm is not None
    folder = jvm.org.apache.hadoop.fs.Path(path)
    fs = folder.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    for status in fs.listStatus(folder):
        name = status.getPath().getName()
        if name.endswith(".json"):
            fs.rename(status.getPath(), jvm.org.apache.hadoop.fs.Path(folder, name[: -len(".json")] + ".jsonl"))


def _written(spark: SparkSession, path: str, fmt: str) -> int:
    """How many rows the part files of ``path`` hold (Parquet: from their footers)."""
    parts_glob = path.rstrip("/") + "/part-*"
    try:
        return (spark.read.parquet(parts_glob) if fmt == "parquet" else spark.read.text(parts_glob)).count()
    except Exception as exc:  # no part file at all: Spark wrote none for an empty frame
        if "PATH_NOT_FOUND" in str(exc) or "does not exist" in str(exc):
            return 0
        raise


def _write_text(spark: SparkSession, path: str, text: str) -> None:
    """A small file on any filesystem Spark writes to (Hadoop's FileSystem API)."""
    _write_bytes(spark, path, text.encode("utf-8"))


def _write_bytes(spark: SparkSession, path: str, data: bytes) -> None:
    jvm = spark.sparkContext._jvm
    assert jvm is not None
    hpath = jvm.org.apache.hadoop.fs.Path(path)
    fs = hpath.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    stream = fs.create(hpath, True)
    stream.write(bytearray(data))
    stream.close()


def _write_empty(spark: SparkSession, path: str, fmt: str, columns: parts.Columns) -> None:
    """What Spark writes for an empty frame (one part with no rows, Parquet with its schema, and
    ``_SUCCESS``), written directly: a Spark job costs a second or two even with nothing to do."""
    data = b""
    if fmt == "parquet":
        import io

        import pyarrow as pa

        buffer = io.BytesIO()
        parquet().write_table(pa.Table.from_pylist([], schema=parts.arrow_schema(columns)), buffer, compression="zstd")
        data = buffer.getvalue()
    _write_bytes(spark, f"{path}/part-00000.{fmt}", data)
    _write_bytes(spark, f"{path}/_SUCCESS", b"")


def _watch(spark: SparkSession, progress: Progress | None) -> Callable[[], None]:
    """Report tasks done / tasks in all of the running stages until stopped."""
    if progress is None:
        return lambda: None
    tracker = spark.sparkContext.statusTracker()
    done = threading.Event()

    def poll() -> None:
        while not done.wait(0.5):
            finished = total = 0
            for sid in tracker.getActiveStageIds():
                info = tracker.getStageInfo(sid)
                if info is not None:
                    finished += info.numCompletedTasks
                    total += info.numTasks
            if total:
                progress(finished, total)

    thread = threading.Thread(target=poll, daemon=True)
    thread.start()

    def stop() -> None:
        done.set()
        thread.join()

    return stop


def _read(
    spark: SparkSession, task: str, kind: str, paths: list[str], kb: Knowledge, opts: Options
) -> tuple[str, DataFrame, list[str], dict[str, dict[str, str] | None], dict[tuple[str, int], int]]:
    """How the input of one kind is read (the kind, or :data:`RANGES`), the input, the files in it
    (input order), each file's columns, and for JSON Lines the number of lines before each block of
    each file."""
    from careermap.jobs.reader import read_lines, resolve_columns

    columns_of: dict[str, dict[str, str] | None] = {}
    offsets: dict[tuple[str, int], int] = {}
    if kind == LINES and _reads_ranges(spark, paths):
        return RANGES, *_ranges(spark, task, paths, kb, opts)
    if kind == FILE:
        df = spark.read.format("binaryFile").load(paths).select("path", "content")
        files = sorted(r.path for r in df.select("path").collect())
        return kind, df.repartition(max(1, min(len(files), 4 * spark.sparkContext.defaultParallelism))), files, {}, {}
    if kind == RECORDS:
        df = spark.read.parquet(*paths)
        keys = [c for c in df.columns]
        df = df.select("*", F.col("_metadata.file_path").alias("file"), F.col("_metadata.row_index").alias("index"))
        files = sorted(r.file for r in df.select("file").distinct().collect())
        if task == CLASSIFY:
            cols = resolve_columns(keys, kb, opts.mapping)
            columns_of = {f: cols for f in files}
        return kind, df, files, columns_of, {}
    df = spark.read.text(paths).select(
        F.col("value").cast("binary").alias("value"),
        F.col("_metadata.file_path").alias("file"),
        F.col("_metadata.file_block_start").alias("block"),
    )
    counts = df.groupBy("file", "block").count().collect()
    by_file: dict[str, list[tuple[int, int]]] = {}
    for r in counts:
        by_file.setdefault(r.file, []).append((r.block, r["count"]))
    for uri, blocks in by_file.items():
        before = 0
        for block, n in sorted(blocks):
            offsets[(uri, block)] = before
            before += n
    files = sorted(by_file)
    if task == CLASSIFY:  # each file's columns, from its first lines (as the local engine finds them)
        from pyspark.sql import Window

        last: dict[str, int] = {}  # per file, the last block that starts within the first lines
        for (uri, block), before in offsets.items():
            if before < HEAD_LINES:
                last[uri] = max(last.get(uri, 0), block)
        wanted = F.lit(False)
        for uri, block in last.items():
            wanted = wanted | ((F.col("file") == uri) & (F.col("block") <= block))
        head = (
            df.where(wanted)
            .withColumn("mid", F.monotonically_increasing_id())
            .withColumn("n", F.row_number().over(Window.partitionBy("file").orderBy("block", "mid")))
            .where(F.col("n") <= HEAD_LINES)
            .select("file", "n", "value")
        )
        lines: dict[str, list[tuple[int, bytes]]] = {}
        for r in head.collect():
            lines.setdefault(r.file, []).append((r.n, r.value))
        for uri, numbered in lines.items():
            read = read_lines(b"\n".join(v for _, v in sorted(numbered)), kb, mapping=opts.mapping)
            columns_of[uri] = read.columns
    return kind, df, files, columns_of, offsets


def _reads_ranges(spark: SparkSession, paths: list[str]) -> bool:
    """Whether the Python workers can read these JSON Lines files themselves: files on this machine,
    the workers too (a local master)."""
    return (spark.sparkContext.master or "").startswith("local") and all(map(_is_local, paths))


def _ranges(
    spark: SparkSession, task: str, uris: list[str], kb: Knowledge, opts: Options
) -> tuple[DataFrame, list[str], dict[str, dict[str, str] | None], dict[tuple[str, int], int]]:
    """JSON Lines files on this machine with a local master: cut here into byte ranges of whole
    lines (one task each, the number of each range's first line counted on the way), read by the
    Python workers themselves — no pass of the JVM over the text to number the lines, none to find
    each file's columns (from its first lines, as the local engine finds them), no copy of the input
    through Arrow."""
    from careermap.batch.sources import head_lines
    from careermap.jobs.reader import read_lines

    files = sorted(uris)
    sizes = {u: _local_path(u).stat().st_size for u in files}
    share = sum(sizes.values()) // (4 * spark.sparkContext.defaultParallelism) + 1
    split = min(SPLIT_BYTES[1], max(SPLIT_BYTES[0], share))
    rows = [(u, *r) for u in files for r in _cut(_local_path(u), sizes[u], split)]
    columns_of: dict[str, dict[str, str] | None] = {}
    if task == CLASSIFY:
        columns_of = {u: read_lines(head_lines(str(_local_path(u))), kb, mapping=opts.mapping).columns for u in files}
    if not rows:
        return spark.createDataFrame([], "file string, start bigint, end bigint, first bigint"), files, columns_of, {}
    # one range per task, made in the JVM (a Python list made into an RDD would start Python workers of its own)
    n = len(rows)

    def column(i: int, name: str, typ: str) -> Any:
        return F.element_at(F.array(*[F.lit(r[i]).cast(typ) for r in rows]), (F.col("id") + 1).cast("int")).alias(name)

    df = spark.range(0, n, 1, n).select(
        column(0, "file", "string"),
        column(1, "start", "bigint"),
        column(2, "end", "bigint"),
        column(3, "first", "bigint"),
    )
    return df, files, columns_of, {}


def _cut(path: Path, size: int, split: int) -> Iterator[tuple[int, int, int]]:
    """``(start, end, first line)`` of about ``size / split`` ranges of whole lines of a file."""
    n = max(1, round(size / split))
    start, line = 0, 1
    with path.open("rb") as fh:
        for k in range(1, n + 1):
            end = size
            if k < n:
                fh.seek(max(start, k * size // n))
                fh.readline()
                end = fh.tell()
            if end <= start:
                continue
            fh.seek(start)
            lines, left = 0, end - start
            while left > 0:
                block = fh.read(min(left, 1 << 22))
                lines += block.count(b"\n")
                left -= len(block)
            yield start, end, line
            line += lines
            start = end


# ---------------------------------------------------------------- near-duplicates


def near_duplicates(texts: DataFrame, kb: Knowledge) -> DataFrame:
    """``(_order, dup_of, dup_similarity)`` for every posting that repeats an earlier one: MinHashLSH
    candidates, the exact Jaccard of the two shingle sets at the threshold of ``jobs.yaml -> dedup``,
    groups joined, each repeat pointing at its group's first posting (input order)."""
    from pyspark.ml.feature import HashingTF, MinHashLSH

    from careermap.jobs.structure import jobs_data

    rules = jobs_data(kb).dedup
    k = rules.shingle

    def shingle(batches: Iterator[Any]) -> Iterator[Any]:
        import pyarrow as pa

        from careermap.jobs.dedup import shingles

        for b in batches:
            d = b.to_pydict()
            sh = [sorted(shingles(t or "", k)) for t in d["_text"]]
            yield pa.RecordBatch.from_pydict(
                {"_order": d["_order"], "id": d["id"], "sh": sh},
                schema=pa.schema([("_order", pa.int64()), ("id", pa.string()), ("sh", pa.list_(pa.string()))]),
            )

    from pyspark.sql import Window

    # the same id again is a repost of that posting (as the local engine counts it)
    numbered = texts.withColumn("n", F.row_number().over(Window.partitionBy("id").orderBy("_order")))
    same_id = numbered.where("n > 1").select(
        "_order", F.col("id").alias("dup_of"), F.lit(None).cast("double").alias("dup_similarity")
    )
    texts = numbered.where("n = 1").drop("n")
    sets = texts.mapInArrow(shingle, "_order bigint, id string, sh array<string>").where(F.size("sh") > 0)
    vec = HashingTF(inputCol="sh", outputCol="features", numFeatures=NUM_FEATURES, binary=True).transform(sets)
    vec = vec.select("_order", "id", "features").persist()
    model = MinHashLSH(inputCol="features", outputCol="hashes", numHashTables=HASH_TABLES, seed=1).fit(vec)
    pairs = (
        model.approxSimilarityJoin(vec, vec, 1.0 - rules.threshold, distCol="dist")
        .where("datasetA._order < datasetB._order")
        .select(F.col("datasetA._order").alias("a"), F.col("datasetB._order").alias("b"), "dist")
        .where(F.col("dist") <= 1.0 - rules.threshold + 1e-9)
    )
    edges = [(r.a, r.b, 1.0 - r.dist) for r in pairs.toLocalIterator()]
    vec.unpersist()
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    for a, b, _ in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    # the similarity to the group's first posting where they were compared, else the closest earlier one
    best: dict[int, float] = {}
    to_root: dict[int, float] = {}
    for a, b, sim in edges:
        best[b] = max(best.get(b, 0.0), sim)
        if find(b) == a:
            to_root[b] = sim
    members = {x for a, b, _ in edges for x in (a, b)}
    repeat = [(x, find(x)) for x in sorted(members) if find(x) != x]
    spark = texts.sparkSession
    ids = (
        {
            r._order: r.id
            for r in texts.where(F.col("_order").isin(sorted({root for _, root in repeat})))
            .select("_order", "id")
            .collect()
        }
        if repeat
        else {}
    )
    data = [(x, ids.get(root), round(to_root.get(x, best.get(x, 1.0)), 4)) for x, root in repeat]
    found = spark.createDataFrame(data, "_order bigint, dup_of string, dup_similarity double")
    return found.unionByName(same_id)


def parts_frame(spark: SparkSession, out: str, fmt: str) -> DataFrame:
    """The rows of a ``batch classify`` folder (either engine's) as a DataFrame."""
    pattern = out.rstrip("/") + f"/part-*.{fmt}"
    if fmt == "parquet":
        return spark.read.schema(_ddl(parts.POSTING_COLUMNS)).parquet(pattern)
    return spark.read.schema(_ddl(parts.POSTING_COLUMNS)).json(pattern)
