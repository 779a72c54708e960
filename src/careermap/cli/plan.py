"""``careermap plan``, ``history`` and ``diff``: parse, call the core, render.

Registered on the main app by :mod:`careermap.cli.app`. Every assessment ``plan`` or
``diagnose`` makes is stored (``--no-store`` stores nothing); when storing fails the result is
still printed and one ``warning[E4xx]`` line says why it was not kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from careermap.cli.app import Format, FormatOpt, LangOpt, _error_lang, _kb, app
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
    NoStoreOpt,
    TimeoutOpt,
    read_limits,
)

if TYPE_CHECKING:
    from careermap.knowledge.loader import Knowledge
    from careermap.plan.models import Plan
    from careermap.score.models import Assessment


def remember(kb: Knowledge, a: Assessment, *, db: str | None, no_store: bool, plan: Plan | None = None) -> int | None:
    """Store the assessment (and plan); returns its id, or None when not stored.

    A store named with ``--db`` that cannot be written is an error (exit 2): the user asked for
    it. The default store ($CAREERMAP_DB or the user data folder) failing is a warning only."""
    if no_store:
        return None
    from careermap.errors import StoreError
    from careermap.plan.roadmap import efforts
    from careermap.store.assessments import open_assessments, record_of, save

    hpw = plan.hours_per_week if plan else None
    record = record_of(kb, a, plan=plan, efforts=efforts(kb, a, hours_per_week=hpw))
    try:
        store = open_assessments(db)
        try:
            return save(store, record).id
        finally:
            store.close()
    except StoreError as exc:
        if db is not None:
            raise
        lang = _error_lang()
        note = "本次评估未保存" if lang == "zh" else "the assessment was not stored"
        typer.echo(f"{'警告' if lang == 'zh' else 'warning'}[{exc.code}]: {note}: {exc.message(lang)}", err=True)
        return None


@app.command()
def plan(
    source: Annotated[str, typer.Argument(help="A file, or '-' to read stdin. 简历文件，或 '-' 读取标准输入。")],
    role: Annotated[
        str | None,
        typer.Option(
            "--role",
            "-r",
            help="Target role id (e.g. inference.engine) or direction (1-6 or id); "
            "default: the best fit. 目标岗位或方向。",
        ),
    ] = None,
    hours_per_week: Annotated[
        int | None,
        typer.Option(
            "--hours-per-week", "-w", min=1, max=168, help="Study hours a week (default 10). 每周学习小时数。"
        ),
    ] = None,
    fmt: FormatOpt = Format.terminal,
    lang: LangOpt = None,
    kb_path: KbOpt = None,
    db: DbOpt = None,
    no_store: NoStoreOpt = False,
    keep_pii: KeepPiiOpt = False,
    max_size: MaxSizeOpt = MAX_SIZE,
    max_pages: MaxPagesOpt = MAX_PAGES,
    max_unzipped: MaxUnzippedOpt = MAX_UNZIPPED,
    timeout: TimeoutOpt = TIMEOUT,
    max_chars: MaxCharsOpt = MAX_CHARS,
) -> None:
    """Route to a role: gaps, staged roadmap, effort, projects. 学习路线：差距、分阶段路线与作品。"""
    from careermap.api import diagnose
    from careermap.ingest.source import read_source
    from careermap.plan.roadmap import build_plan
    from careermap.report.plan import plan_to_dict

    kb = _kb(kb_path)
    limits = read_limits(max_size, max_pages, max_unzipped, timeout, max_chars)
    doc = read_source(source, kb, limits=limits, keep_pii=keep_pii)
    a = diagnose(doc, kb=kb, lang=lang.value if lang else None)
    p = build_plan(kb, a, role=role, hours_per_week=hours_per_week)
    stored = remember(kb, a, db=db, no_store=no_store, plan=p)
    _emit(fmt, plan_to_dict(kb, p, stored_id=stored), "render_plan")


@app.command()
def history(
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="How many, newest first. 显示条数。")] = 20,
    fmt: FormatOpt = Format.terminal,
    lang: LangOpt = None,
    kb_path: KbOpt = None,
    db: DbOpt = None,
) -> None:
    """Earlier assessments, newest first. 历次评估，最新在前。"""
    from careermap.report.plan_history import history_to_dict
    from careermap.store import assessments as stored

    kb = _kb(kb_path)
    records = []
    if _exists(db):
        store = stored.open_assessments(db)
        try:
            records = stored.history(store, limit=limit)
        finally:
            store.close()
    out_lang = lang.value if lang else (records[0].lang if records else _error_lang())
    _emit(fmt, history_to_dict(kb, records, out_lang), "render_history")


@app.command()
def diff(
    old: Annotated[
        int | None, typer.Argument(help="Earlier assessment id (default: the one before). 较早的编号。")
    ] = None,
    new: Annotated[int | None, typer.Argument(help="Later assessment id (default: the newest). 较新的编号。")] = None,
    fmt: FormatOpt = Format.terminal,
    lang: LangOpt = None,
    kb_path: KbOpt = None,
    db: DbOpt = None,
) -> None:
    """What changed since last time: skills, fit, hours left. 与上次相比的变化。"""
    from careermap.plan.progress import compare, nothing_stored
    from careermap.report.plan_history import progress_to_dict
    from careermap.store.assessments import open_assessments

    kb = _kb(kb_path)
    if not _exists(db):
        raise nothing_stored()
    store = open_assessments(db)
    try:
        progress = compare(store, old, new)
    finally:
        store.close()
    _emit(fmt, progress_to_dict(kb, progress, lang.value if lang else progress.newer.lang), "render_progress")


def _exists(db: str | None) -> bool:
    """Whether the database is there to read (reading never creates one)."""
    from careermap.store.db import resolve_url, sqlite_file

    file = sqlite_file(resolve_url(db, create_folder=False))
    return file is None or file.exists()


def _emit(fmt: Format, data: dict[str, object], renderer: str) -> None:
    if fmt is Format.json:
        import json

        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
    elif fmt is Format.md:
        from careermap.report import plan_markdown

        typer.echo(getattr(plan_markdown, renderer)(data), nl=False)
    else:
        from rich.console import Console

        from careermap.report import plan_terminal

        getattr(plan_terminal, renderer)(Console(soft_wrap=False), data)
