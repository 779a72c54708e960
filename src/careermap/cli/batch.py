"""``careermap batch …``: classify postings and diagnose résumés by the million, summarise demand.

Each command parses, calls :mod:`careermap.batch`, and prints one summary line (stdout); the
progress bar goes to stderr on a terminal only.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from careermap.cli.jobs import DirectionOpt, LangOpt, MapOpt, _lang
from careermap.cli.options import (
    MAX_CHARS,
    MAX_PAGES,
    MAX_SIZE,
    MAX_UNZIPPED,
    TIMEOUT,
    KbOpt,
    KeepPiiOpt,
    MaxCharsOpt,
    MaxPagesOpt,
    MaxSizeOpt,
    MaxUnzippedOpt,
    TimeoutOpt,
    read_limits,
)
from careermap.cli.progress import QuietOpt, progress_bar

if TYPE_CHECKING:
    from careermap.batch import RunResult

batch_app = typer.Typer(
    no_args_is_help=True,
    help="Many postings or résumés at once, on this machine's cores or on Apache Spark. 批处理：本机多核或 Spark。",
)


class Engine(StrEnum):
    local = "local"
    spark = "spark"


class PartFormat(StrEnum):
    parquet = "parquet"
    jsonl = "jsonl"


class StatsFormat(StrEnum):
    terminal = "terminal"
    json = "json"
    md = "md"


SrcArg = Annotated[str, typer.Argument(help="A file, a folder or a glob ('data/*.jsonl'). 输入文件、文件夹或通配符。")]
OutArg = Annotated[str, typer.Argument(help="Output folder of part files. 输出文件夹。")]
EngineOpt = Annotated[Engine, typer.Option("--engine", "-e", help="local (process pool) or spark. 计算引擎。")]
MasterOpt = Annotated[
    str | None,
    typer.Option("--master", help="Spark master (default local[*], or spark-submit's). Spark 主节点。"),
]
FormatOpt = Annotated[PartFormat, typer.Option("--format", "-f", help="parquet or jsonl part files. 输出格式。")]
WorkersOpt = Annotated[
    int | None, typer.Option("--workers", "-w", min=1, help="Local processes (default: the cores). 本地进程数。")
]
ChunkOpt = Annotated[int, typer.Option("--chunk-size", min=1, help="Rows per part (local engine). 每个分片的行数。")]
OverwriteOpt = Annotated[
    bool, typer.Option("--overwrite", help="Replace an OUT folder written by another run. 覆盖已有输出。")
]


def _summary(r: RunResult, what_en: str, what_zh: str, lang: str) -> None:
    rate = r.rows / r.seconds if r.seconds else 0.0
    if lang == "zh":
        line = (
            f"{what_zh} {r.rows} 行 → {r.out}（{r.engine}，{r.workers} 个进程）：{r.errors} 行有误，"
            f"{r.duplicates} 条近似重复，跳过已完成分片 {r.resumed} 个；{r.seconds:.1f} 秒，{rate:.0f} 行/秒"
        )
    else:
        line = (
            f"{what_en} {_many(r.rows, 'row')} → {r.out} ({r.engine}, {_many(r.workers, 'worker')}): "
            f"{_many(r.errors, 'error')}, {_many(r.duplicates, 'near-duplicate')}, "
            f"{_many(r.resumed, 'finished part')} skipped; {r.seconds:.1f} s, {rate:.0f} rows/s"
        )
    typer.echo(line)


def _many(n: int, noun: str) -> str:
    """``1 row``, ``2 rows``: an English count with its noun."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


@batch_app.command("classify")
def classify(
    source: SrcArg,
    out: OutArg,
    mapping: MapOpt = None,
    engine: EngineOpt = Engine.local,
    master: MasterOpt = None,
    fmt: FormatOpt = PartFormat.parquet,
    no_title: Annotated[bool, typer.Option("--no-title", help="Classify from the body alone. 只看正文。")] = False,
    no_dedup: Annotated[bool, typer.Option("--no-dedup", help="Do not look for near-duplicates. 不查重。")] = False,
    workers: WorkersOpt = None,
    chunk_size: ChunkOpt = 1000,
    overwrite: OverwriteOpt = False,
    quiet: QuietOpt = False,
    lang: LangOpt = None,
    kb_path: KbOpt = None,
) -> None:
    """Direction, role, skills and evidence for every posting, as `jobs classify` gives them. 批量岗位分类。"""
    from careermap.api.market import column_mapping
    from careermap.batch import classify_postings

    with progress_bar("classify", quiet=quiet, unit="postings") as progress:
        r = classify_postings(
            source,
            out,
            engine=engine.value,
            kb_path=kb_path,
            mapping=column_mapping(mapping),
            fmt=fmt.value,
            use_title=not no_title,
            dedup=not no_dedup,
            workers=workers,
            chunk_size=chunk_size,
            master=master,
            overwrite=overwrite,
            progress=progress,
        )
    _summary(r, "classified", "已分类", _lang(lang))


@batch_app.command("diagnose")
def diagnose(
    source: SrcArg,
    out: OutArg,
    engine: EngineOpt = Engine.local,
    master: MasterOpt = None,
    fmt: FormatOpt = PartFormat.parquet,
    workers: WorkersOpt = None,
    chunk_size: ChunkOpt = 1000,
    overwrite: OverwriteOpt = False,
    quiet: QuietOpt = False,
    lang: LangOpt = None,
    kb_path: KbOpt = None,
    keep_pii: KeepPiiOpt = False,
    max_size: MaxSizeOpt = MAX_SIZE,
    max_pages: MaxPagesOpt = MAX_PAGES,
    max_unzipped: MaxUnzippedOpt = MAX_UNZIPPED,
    timeout: TimeoutOpt = TIMEOUT,
    max_chars: MaxCharsOpt = MAX_CHARS,
) -> None:
    """Best direction and role, six fits and readiness, skills for every résumé. 批量诊断简历。"""
    from careermap.batch import diagnose_people

    limits = read_limits(max_size, max_pages, max_unzipped, timeout, max_chars)
    with progress_bar("diagnose", quiet=quiet, unit="people") as progress:
        r = diagnose_people(
            source,
            out,
            engine=engine.value,
            kb_path=kb_path,
            fmt=fmt.value,
            limits=limits,
            keep_pii=keep_pii,
            workers=workers,
            chunk_size=chunk_size,
            master=master,
            overwrite=overwrite,
            progress=progress,
        )
    _summary(r, "diagnosed", "已诊断", _lang(lang))


@batch_app.command("stats")
def stats(
    out: Annotated[str, typer.Argument(help="The OUT folder of `batch classify`. 分类结果文件夹。")],
    engine: EngineOpt = Engine.local,
    master: MasterOpt = None,
    direction: DirectionOpt = None,
    city: Annotated[str | None, typer.Option("--city", help="City contains this text. 城市。")] = None,
    since: Annotated[str | None, typer.Option("--since", help="From this month on, YYYY-MM.")] = None,
    top: Annotated[int, typer.Option("--top", min=1, help="Skills shown per direction.")] = 10,
    chart: Annotated[
        Path | None, typer.Option("--chart", help="Also draw the demand chart (.png/.svg/.pdf). 图表。")
    ] = None,
    fmt: Annotated[StatsFormat, typer.Option("--format", "-f", help="terminal, json or md.")] = StatsFormat.terminal,
    lang: LangOpt = None,
    kb_path: KbOpt = None,
) -> None:
    """Demand by direction, role, month, city and employer; top skills (reposts count once). 需求统计。"""
    from careermap.batch import demand
    from careermap.cli.options import knowledge

    kb, lg = knowledge(kb_path), _lang(lang)
    s = demand(
        out, direction=direction, city=city, since=since, top=top, lang=lg, kb=kb, engine=engine.value, master=master
    )
    if chart is not None:
        from careermap.report.jobs_chart import render_chart

        typer.echo(f"chart: {render_chart(kb, s, chart, lang=lg)}", err=True)
    if fmt is StatsFormat.json:
        from careermap.cli.options import dump

        typer.echo(dump(s, exclude={"message"}))  # the same JSON as `careermap jobs stats`
    elif fmt is StatsFormat.md:
        from careermap.report.jobs import stats_markdown

        typer.echo(stats_markdown(kb, s, lg), nl=False)
    else:
        from careermap.cli.jobs import _console
        from careermap.report.terminal_jobs import render_stats

        render_stats(_console(), s, lg)
