"""``careermap plan``, ``history`` and ``diff``: parse, call the core, render.

Registered on the main app by :mod:`careermap.cli.app`. Every assessment ``plan`` or
``diagnose`` makes is stored (``--no-store`` stores nothing); when storing fails the result is
still printed and one ``warning[E4xx]`` line says why it was not kept.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from careermap.cli.app import Format, FormatOpt, LangOpt, app, warn_unstored
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
    dump,
    read_limits,
)

if TYPE_CHECKING:
    from careermap.report.models.history import History, Progress
    from careermap.report.models.plan import Route


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
    import careermap

    route = careermap.plan(
        Path(source),
        role=role,
        hours_per_week=hours_per_week,
        lang=lang.value if lang else None,
        kb=kb_path,
        limits=read_limits(max_size, max_pages, max_unzipped, timeout, max_chars),
        keep_pii=keep_pii,
        store=not no_store,
        db=db,
    )
    warn_unstored(route, db)
    _emit(fmt, route, "render_plan")


@app.command()
def history(
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="How many, newest first. 显示条数。")] = 20,
    fmt: FormatOpt = Format.terminal,
    lang: LangOpt = None,
    kb_path: KbOpt = None,
    db: DbOpt = None,
) -> None:
    """Earlier assessments, newest first. 历次评估，最新在前。"""
    import careermap

    _emit(fmt, careermap.history(limit=limit, lang=lang.value if lang else None, kb=kb_path, db=db), "render_history")


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
    import careermap

    progress = careermap.diff(old, new, lang=lang.value if lang else None, kb=kb_path, db=db)
    _emit(fmt, progress, "render_progress")


def _emit(fmt: Format, data: Route | History | Progress, renderer: str) -> None:
    if fmt is Format.json:
        typer.echo(dump(data))
    elif fmt is Format.md:
        from careermap.report import plan_markdown

        typer.echo(getattr(plan_markdown, renderer)(data), nl=False)
    else:
        from rich.console import Console

        from careermap.report import plan_terminal

        getattr(plan_terminal, renderer)(Console(soft_wrap=False), data)
