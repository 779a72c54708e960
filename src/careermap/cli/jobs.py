"""``careermap jobs …``: import postings, classify, list, summarise demand, match a person.

Each command parses, calls the jobs core, renders. Heavy modules load inside the commands.
"""

from __future__ import annotations

import json
import os
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

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
    MaxCharsOpt,
    MaxPagesOpt,
    MaxSizeOpt,
    MaxUnzippedOpt,
    SemanticOpt,
    TimeoutOpt,
    read_limits,
)
from careermap.cli.progress import QuietOpt, progress_bar

if TYPE_CHECKING:
    from rich.console import Console

    from careermap.extract.semantic import Encoder
    from careermap.knowledge.loader import Knowledge
    from careermap.store.db import Store
    from careermap.store.postings import Filters

jobs_app = typer.Typer(
    no_args_is_help=True,
    help="Read the job market: import, classify, deduplicate, match, summarise. 岗位：导入、分类、去重、匹配、统计。",
)


class Out(StrEnum):
    terminal = "terminal"
    json = "json"
    jsonl = "jsonl"
    md = "md"


LangOpt = Annotated[str | None, typer.Option("--lang", help="zh or en (default: from $LANG). 输出语言。")]
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


def _kb(path: Path | None) -> Knowledge:
    from careermap.api import knowledge
    from careermap.knowledge.loader import load

    return load(path) if path else knowledge()


def _store(db: str | None) -> Store:
    import careermap.store.postings  # noqa: F401  (registers the component)
    from careermap.store.db import open_store

    return open_store(db, components=["postings"])


def _console() -> Console:
    from rich.console import Console

    return Console(soft_wrap=False)


def _filters(kb: Knowledge, direction: str | None, **kw: Any) -> Filters:
    from careermap.jobs.corpus import filters

    return filters(kb, direction, **kw)


def _encoder(semantic: bool) -> Encoder | None:
    """The sentence encoder when ``--semantic`` asks for it (a clear error when it is not installed)."""
    if not semantic:
        return None
    from careermap.api import encoder

    return encoder()


def _echo_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


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
    from careermap.jobs.corpus import import_postings
    from careermap.jobs.reader import parse_mapping

    kb, lg = _kb(kb_path), _lang(lang)
    with progress_bar("import", quiet=quiet, unit="postings") as progress:
        result = import_postings(
            source,
            store=_store(db),
            kb=kb,
            mapping=parse_mapping(mapping or []),
            encoder=_encoder(semantic),
            progress=progress,
        )
    if fmt in (Out.json, Out.jsonl):
        from careermap.report.jobs import import_dict

        _echo_json(import_dict(result, lg))
    else:
        from careermap.report.terminal_jobs import render_import

        render_import(_console(), result, lg)
    if strict and result.problems:
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
    from careermap.jobs.corpus import classify_file
    from careermap.jobs.models import RowProblem
    from careermap.jobs.reader import parse_mapping
    from careermap.report.jobs import classification_dict, problem_dict

    kb = _kb(kb_path)
    with progress_bar("classify", quiet=quiet, unit="postings") as progress:
        items, _ = classify_file(
            source,
            kb=kb,
            mapping=parse_mapping(mapping or []),
            use_title=not no_title,
            encoder=_encoder(semantic),
            progress=progress,
        )
    if fmt is Out.terminal:
        from careermap.report.terminal_jobs import render_classifications

        render_classifications(_console(), kb, items, lang if lang in ("zh", "en") else None)
        return
    lg = lang if lang in ("zh", "en") else None
    dicts = [
        problem_dict(c, _lang(lang)) if isinstance(c, RowProblem) else classification_dict(kb, c, lang=lg)
        for c in items
    ]
    if fmt is Out.json:
        _echo_json(dicts)
    else:
        for d in dicts:
            typer.echo(json.dumps(d, ensure_ascii=False))


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
    from careermap.jobs.corpus import list_postings

    kb, lg = _kb(kb_path), _lang(lang)
    f = _filters(
        kb, direction, role=role, city=city, company=company, query=query, include_duplicates=include_duplicates
    )
    total, rows = list_postings(_store(db), filters=f, limit=limit)
    if fmt is Out.json:
        _echo_json({"total": total, "postings": rows})
    elif fmt is Out.jsonl:
        for r in rows:
            typer.echo(json.dumps(r, ensure_ascii=False))
    else:
        from careermap.report.terminal_jobs import render_list

        render_list(_console(), kb, total, rows, lg)


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
    from careermap.jobs.stats import demand_stats

    kb, lg = _kb(kb_path), _lang(lang)
    s = demand_stats(_store(db), kb=kb, filters=_filters(kb, direction, city=city, since=since), top=top)
    if chart is not None:
        from careermap.report.jobs_chart import render_chart

        typer.echo(f"chart: {render_chart(kb, s, chart, lang=lg)}", err=True)
    if fmt in (Out.json, Out.jsonl):
        from careermap.report.jobs import stats_dict

        _echo_json(stats_dict(kb, s, lg))
    elif fmt is Out.md:
        from careermap.report.jobs import stats_markdown

        typer.echo(stats_markdown(kb, s, lg), nl=False)
    else:
        from careermap.report.terminal_jobs import render_stats

        render_stats(_console(), kb, s, lg)


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
    from careermap.ingest.source import read_source
    from careermap.jobs.match import match_person

    kb = _kb(kb_path)
    limits = read_limits(max_size, max_pages, max_unzipped, timeout, max_chars)
    person = read_source(source, kb, limits=limits, keep_pii=keep_pii)
    lg = lang if lang in ("zh", "en") else person.lang
    f = _filters(kb, direction, city=city, large_model_only=not everything)
    store = _store(db)
    matches = match_person(person, store=store, kb=kb, top=top, filters=f)
    if fmt in (Out.json, Out.jsonl):
        from careermap.report.jobs import match_dict

        _echo_json([match_dict(kb, m, lg) for m in matches])
    else:
        from careermap.jobs.stats import direction_demand
        from careermap.report.terminal_jobs import render_matches

        render_matches(_console(), kb, matches, lg, stored=0 if matches else direction_demand(store)[0])


@jobs_app.command("dups")
def dups(
    fmt: Annotated[Out, typer.Option("--format", "-f", help="terminal or json.")] = Out.terminal,
    db: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Near-duplicate clusters: each kept posting and its reposts. 近似重复的岗位。"""
    from careermap.jobs.corpus import clusters

    found = clusters(_store(db))
    if fmt in (Out.json, Out.jsonl):
        from careermap.report.jobs import clusters_dict

        _echo_json(clusters_dict(found))
    else:
        from careermap.report.terminal_jobs import render_clusters

        render_clusters(_console(), found, _lang(lang))
