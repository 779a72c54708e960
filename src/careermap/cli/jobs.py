"""``careermap jobs …``: import postings, classify, list, summarise demand, match a person.

Each command parses, calls the jobs core, renders. Heavy modules load inside the commands.
"""

from __future__ import annotations

import json
import os
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from careermap.cli.options import (
    MAX_CHARS,
    MAX_PAGES,
    MAX_SIZE,
    MAX_UNZIPPED,
    TIMEOUT,
    DbOpt,
    KbOpt,
    KeepPiiOpt,
    Lang,
    MaxCharsOpt,
    MaxPagesOpt,
    MaxSizeOpt,
    MaxUnzippedOpt,
    SemanticOpt,
    TimeoutOpt,
    dump,
    knowledge,
    parse_lang,
    read_limits,
)
from careermap.cli.progress import QuietOpt, progress_bar

if TYPE_CHECKING:
    from pydantic import BaseModel
    from rich.console import Console

jobs_app = typer.Typer(
    no_args_is_help=True,
    help="Read the job market: import, classify, deduplicate, match, summarise. 岗位：导入、分类、去重、匹配、统计。",
)


class Out(StrEnum):
    terminal = "terminal"
    json = "json"
    jsonl = "jsonl"
    md = "md"


LangOpt = Annotated[
    Lang | None,
    typer.Option("--lang", parser=parse_lang, metavar="[zh|en]", help="zh or en (default: from $LANG). 输出语言。"),
]
MapOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--map", help="FIELD=COLUMN for other column names, e.g. --map body=description (repeatable). 字段映射。"
    ),
]
DirectionOpt = Annotated[
    str | None, typer.Option("--direction", "-d", help="1-6, a direction id, or 'none' (not large-model). 方向。")
]
CityOpt = Annotated[str | None, typer.Option("--city", help="City contains this text. 城市。")]


def _lang(lang: str | None) -> str:
    if lang in ("zh", "en"):
        return lang
    return "zh" if os.environ.get("LANG", "").startswith("zh") else "en"


def _console() -> Console:
    from rich.console import Console

    return Console(soft_wrap=False)


def _lines(items: list[BaseModel]) -> None:
    for item in items:
        typer.echo(item.model_dump_json())


def _array(items: list[BaseModel]) -> str:
    return json.dumps([item.model_dump(mode="json") for item in items], ensure_ascii=False, indent=2)


@jobs_app.command("import")
def import_(
    source: Annotated[str, typer.Argument(help=".jsonl/.json/.csv/.tsv file, a folder of .txt/.md/.html, or '-'.")],
    mapping: MapOpt = None,
    db: DbOpt = None,
    fmt: Annotated[Out, typer.Option("--format", "-f", help="terminal or json.")] = Out.terminal,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when any row was not imported.")] = False,
    semantic: SemanticOpt = False,
    quiet: QuietOpt = False,
    lang: LangOpt = None,
    kb_path: KbOpt = None,
) -> None:
    """Import postings; bad rows are listed by row number and the rest import. Safe to run twice. 导入岗位。"""
    import careermap

    lg = _lang(lang)
    with progress_bar("import", quiet=quiet, unit="postings") as progress:
        report = careermap.import_postings(
            source, db=db, mapping=mapping, semantic=semantic, lang=lg, kb=kb_path, progress=progress
        )
    if fmt in (Out.json, Out.jsonl):
        typer.echo(dump(report))
    else:
        from careermap.report.terminal_jobs import render_import

        render_import(_console(), report, lg)
    if strict and report.problems:
        raise typer.Exit(1)


@jobs_app.command("classify")
def classify(
    source: Annotated[str, typer.Argument(help="A postings file or folder (not stored). 岗位文件。")],
    mapping: MapOpt = None,
    fmt: Annotated[
        Out, typer.Option("--format", "-f", help="jsonl (one line per posting), json or terminal.")
    ] = Out.jsonl,
    no_title: Annotated[bool, typer.Option("--no-title", help="Classify from the body alone. 只看正文。")] = False,
    semantic: SemanticOpt = False,
    quiet: QuietOpt = False,
    lang: LangOpt = None,
    kb_path: KbOpt = None,
) -> None:
    """Direction (1-6 or null: not a large-model role), role, confidence and evidence per posting. 岗位分类。"""
    import careermap

    names = lang if lang in ("zh", "en") else None  # None: each posting's names in its own language
    with progress_bar("classify", quiet=quiet, unit="postings") as progress:
        result = careermap.classify(
            source,
            mapping=mapping,
            use_title=not no_title,
            semantic=semantic,
            lang=names,
            kb=kb_path,
            progress=progress,
        )
    if fmt is Out.terminal:
        from careermap.report.terminal_jobs import render_classifications

        render_classifications(_console(), result, names or "zh", names=names)
    elif fmt is Out.json:
        typer.echo(_array(list(result.items)))
    else:
        _lines(list(result.items))


@jobs_app.command("list")
def list_(
    direction: DirectionOpt = None,
    role: Annotated[str | None, typer.Option("--role", help="A role id such as apps.rag. 岗位 id。")] = None,
    city: CityOpt = None,
    company: Annotated[str | None, typer.Option("--company", help="Company contains this text.")] = None,
    query: Annotated[str | None, typer.Option("--query", "-q", help="Title or body contains this text.")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="How many to show.")] = 20,
    include_duplicates: Annotated[bool, typer.Option("--with-duplicates", help="Show reposts too.")] = False,
    fmt: Annotated[Out, typer.Option("--format", "-f", help="terminal, json or jsonl.")] = Out.terminal,
    db: DbOpt = None,
    lang: LangOpt = None,
    kb_path: KbOpt = None,
) -> None:
    """List stored postings, newest first. 列出库中岗位。"""
    import careermap

    lg = _lang(lang)
    found = careermap.list_postings(
        direction=direction,
        role=role,
        city=city,
        company=company,
        query=query,
        limit=limit,
        include_duplicates=include_duplicates,
        lang=lg,
        kb=kb_path,
        db=db,
    )
    if fmt is Out.json:
        typer.echo(dump(found))
    elif fmt is Out.jsonl:
        _lines(list(found.postings))
    else:
        from careermap.report.terminal_jobs import render_list

        render_list(_console(), found, lg)


@jobs_app.command("stats")
def stats(
    direction: DirectionOpt = None,
    city: CityOpt = None,
    since: Annotated[str | None, typer.Option("--since", help="From this month on, YYYY-MM.")] = None,
    top: Annotated[int, typer.Option("--top", min=1, help="Skills shown per direction.")] = 10,
    chart: Annotated[
        Path | None, typer.Option("--chart", help="Also draw the demand chart (.png/.svg/.pdf). 图表。")
    ] = None,
    fmt: Annotated[Out, typer.Option("--format", "-f", help="terminal, json or md.")] = Out.terminal,
    db: DbOpt = None,
    lang: LangOpt = None,
    kb_path: KbOpt = None,
) -> None:
    """Demand by direction and role, top skills, salary bands, trend by month (reposts count once). 需求统计。"""
    import careermap

    lg = _lang(lang)
    s = careermap.stats(direction=direction, city=city, since=since, top=top, lang=lg, kb=kb_path, db=db)
    if chart is not None:
        from careermap.report.jobs_chart import render_chart

        typer.echo(f"chart: {render_chart(knowledge(kb_path), s, chart, lang=lg)}", err=True)
    if fmt in (Out.json, Out.jsonl):
        typer.echo(dump(s, exclude={"message"}))  # the terminal says it; the API's answer carries it
    elif fmt is Out.md:
        from careermap.report.jobs import stats_markdown

        typer.echo(stats_markdown(knowledge(kb_path), s, lg), nl=False)
    else:
        from careermap.report.terminal_jobs import render_stats

        render_stats(_console(), s, lg)


@jobs_app.command("match")
def match(
    source: Annotated[str, typer.Argument(help="Your résumé or background file, or '-'. 简历文件。")],
    top: Annotated[int, typer.Option("--top", "-n", min=1, help="How many postings.")] = 10,
    direction: DirectionOpt = None,
    city: CityOpt = None,
    everything: Annotated[
        bool, typer.Option("--include-non-llm", help="Also rank postings that are not large-model roles.")
    ] = False,
    fmt: Annotated[Out, typer.Option("--format", "-f", help="terminal or json.")] = Out.terminal,
    db: DbOpt = None,
    lang: LangOpt = None,
    kb_path: KbOpt = None,
    keep_pii: KeepPiiOpt = False,
    max_size: MaxSizeOpt = MAX_SIZE,
    max_pages: MaxPagesOpt = MAX_PAGES,
    max_unzipped: MaxUnzippedOpt = MAX_UNZIPPED,
    timeout: TimeoutOpt = TIMEOUT,
    max_chars: MaxCharsOpt = MAX_CHARS,
) -> None:
    """Stored postings ranked for you, with the skills you have and the ones each still asks for. 岗位匹配。"""
    import careermap

    found = careermap.match(
        Path(source),
        top=top,
        direction=direction,
        city=city,
        include_non_llm=everything,
        lang=lang if lang in ("zh", "en") else None,
        kb=kb_path,
        db=db,
        limits=read_limits(max_size, max_pages, max_unzipped, timeout, max_chars),
        keep_pii=keep_pii,
    )
    if fmt in (Out.json, Out.jsonl):
        typer.echo(_array(list(found.postings)))
    else:
        from careermap.report.terminal_jobs import render_matches

        render_matches(_console(), found)


@jobs_app.command("dups")
def dups(
    fmt: Annotated[Out, typer.Option("--format", "-f", help="terminal or json.")] = Out.terminal,
    db: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Near-duplicate clusters: each kept posting and its reposts. 近似重复的岗位。"""
    import careermap

    found = careermap.dups(db=db)
    if fmt in (Out.json, Out.jsonl):
        typer.echo(_array(list(found.clusters)))
    else:
        from careermap.report.terminal_jobs import render_clusters

        render_clusters(_console(), found, _lang(lang))
