"""The command line front: parse, call the core, render. Nothing else lives here.

Every :class:`~careermap.errors.CareermapError` becomes one line on stderr and exit code 2;
Ctrl-C exits with 130 and a short line; nothing prints a traceback unless
``CAREERMAP_DEBUG=1``.
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from careermap.cli.batch import batch_app
from careermap.cli.jobs import jobs_app
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
    SemanticOpt,
    TimeoutOpt,
    read_limits,
)
from careermap.cli.serve import serve as _serve
from careermap.errors import CareermapError

if TYPE_CHECKING:
    from rich.console import Console

    from careermap.knowledge.loader import Knowledge

app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    help="大模型职业地图 careermap — which large-model career direction is your way in.",
)
kb_app = typer.Typer(no_args_is_help=True, help="Inspect and validate the knowledge base. 查看与校验知识库。")
app.add_typer(kb_app, name="kb")
app.add_typer(jobs_app, name="jobs")
app.add_typer(batch_app, name="batch")
app.command("serve")(_serve)


class Format(StrEnum):
    terminal = "terminal"
    md = "md"
    json = "json"


class Lang(StrEnum):
    zh = "zh"
    en = "en"


LangOpt = Annotated[Lang | None, typer.Option("--lang", help="Output language (default: the input's). 输出语言。")]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="terminal, md or json. 输出格式。")]


def _kb(path: Path | None) -> Knowledge:
    from careermap.api import knowledge
    from careermap.knowledge.loader import load

    return load(path) if path else knowledge()


def _console() -> Console:
    from rich.console import Console

    return Console(soft_wrap=False)


@app.command()
def diagnose(
    source: Annotated[
        str, typer.Argument(help="A .txt/.md/.html/.pdf/.docx file, or '-' for stdin. 简历文件，或 '-' 读取标准输入。")
    ],
    fmt: FormatOpt = Format.terminal,
    lang: LangOpt = None,
    kb_path: KbOpt = None,
    semantic: SemanticOpt = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Say how the input was read (format, encoding…). 显示读取细节。")
    ] = False,
    answers: Annotated[
        str | None,
        typer.Option("--answers", "-a", help="Questionnaire answers to add (see `careermap quiz`). 问卷答案文件。"),
    ] = None,
    keep_pii: KeepPiiOpt = False,
    max_size: MaxSizeOpt = MAX_SIZE,
    max_pages: MaxPagesOpt = MAX_PAGES,
    max_unzipped: MaxUnzippedOpt = MAX_UNZIPPED,
    timeout: TimeoutOpt = TIMEOUT,
    max_chars: MaxCharsOpt = MAX_CHARS,
    db: DbOpt = None,
    no_store: NoStoreOpt = False,
) -> None:
    """Rank the six directions for a background, with evidence. 诊断：六大方向排名与依据。"""
    from careermap.api import diagnose as run
    from careermap.ingest.source import read_source

    kb = _kb(kb_path)
    given = None
    if answers is not None:  # read first: a bad answers file fails before any work on the résumé
        from careermap.quiz import read_answers

        given = read_answers(answers, kb.questionnaire)
    limits = read_limits(max_size, max_pages, max_unzipped, timeout, max_chars)
    doc = read_source(source, kb, limits=limits, keep_pii=keep_pii)
    if verbose:
        typer.echo(
            " · ".join(f"{k}={v}" for k, v in {"source": doc.name, "lang": doc.lang, **doc.meta}.items()), err=True
        )
    out_lang = lang.value if lang else None
    from careermap.cli.plan import remember  # stores the assessment unless --no-store

    if given is not None:
        from careermap.quiz import assess_answers

        quiz = assess_answers(given, kb=kb, source=doc, lang=out_lang, semantic=semantic)
        remember(kb, quiz.assessment, db=db, no_store=no_store)
        emit(kb, quiz, fmt)
    else:
        a = run(doc, kb=kb, lang=out_lang, semantic=semantic)
        remember(kb, a, db=db, no_store=no_store)
        emit(kb, a, fmt)


def emit(kb, result, fmt: Format) -> None:  # type: ignore[no-untyped-def]
    """Render an assessment (or a questionnaire assessment) in the chosen format."""
    from careermap.quiz.models import QuizAssessment

    if isinstance(result, QuizAssessment):
        from careermap.report.questionnaire import to_dict as quiz_dict

        data = quiz_dict(kb, result)
    else:
        from careermap.report.assessment import to_dict

        data = to_dict(kb, result)
    if fmt is Format.json:
        import json

        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
    elif fmt is Format.md:
        from careermap.report.markdown import render_dict

        typer.echo(render_dict(data), nl=False)
    else:
        from careermap.report.terminal import render_dict as render_terminal

        render_terminal(_console(), data)


@kb_app.command("validate")
def kb_validate(kb_path: KbOpt = None) -> None:
    """Validate every knowledge-base file and report all problems. 校验知识库。"""
    from careermap.errors import KnowledgeError
    from careermap.knowledge.loader import load

    try:
        kb = load(kb_path)
    except KnowledgeError as exc:
        for problem in exc.problems:
            typer.echo(problem, err=True)
        typer.echo(f"{len(exc.problems)} problem(s)", err=True)
        raise typer.Exit(2) from None
    typer.echo(
        f"ok: {len(kb.directions)} directions, {len(kb.roles)} roles, {len(kb.skills)} skills, "
        f"{len(kb.archetypes)} backgrounds, {len(kb.traits)} traits, "
        f"{len(kb.questionnaire.item_ids())} questionnaire items (version {kb.version})"
    )


@kb_app.command("show")
def kb_show(
    ident: Annotated[str, typer.Argument(help="A direction (1-6 or id), role, skill or background id.")],
    lang: LangOpt = None,
    kb_path: KbOpt = None,
) -> None:
    """Show one entry of the knowledge base. 查看知识库条目。"""
    from careermap.report.kb import describe

    typer.echo(describe(_kb(kb_path), ident, (lang or Lang.zh).value), nl=False)


@kb_app.command("search")
def kb_search(
    word: Annotated[str, typer.Argument(help="A word in any language; empty lists every role.")] = "",
    lang: LangOpt = None,
    kb_path: KbOpt = None,
) -> None:
    """Find entries by id, name or alias. 按名称或别名搜索知识库。"""
    from careermap.knowledge.search import search

    found = search(_kb(kb_path), word, lang=(lang or Lang.zh).value)
    if not found:
        typer.echo(f"no entry matches '{word}'", err=True)
        raise typer.Exit(1)
    for kind, ident, name in found:
        typer.echo(f"{kind:<10} {ident:<28} {name}")


import careermap.cli.quiz  # noqa: E402, F401  (registers `careermap quiz` on app)


def _error_lang(argv: list[str] | None = None) -> str:
    argv = sys.argv if argv is None else argv
    if "--lang" in argv and argv.index("--lang") + 1 < len(argv):
        return argv[argv.index("--lang") + 1]
    return "zh" if os.environ.get("LANG", "").startswith("zh") else "en"


def run(argv: list[str] | None = None) -> int:
    """Run one command as the console script does and return its exit code: every
    :class:`~careermap.errors.CareermapError` is one line on stderr and 2, Ctrl-C is 130, anything
    else one E999 line and 70. ``argv`` defaults to ``sys.argv[1:]``; tests call this in-process."""
    args = sys.argv[1:] if argv is None else list(argv)
    try:
        app(args=args, prog_name="careermap")
    except SystemExit as exc:  # typer ends every command (and every usage error) with one
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except CareermapError as exc:
        typer.echo(exc.line(_error_lang(args)), err=True)
        return 2
    except KeyboardInterrupt:
        typer.echo("interrupted / 已中断", err=True)
        return 130
    except Exception as exc:  # the last guard: one line, never a traceback for a user
        if os.environ.get("CAREERMAP_DEBUG"):
            raise
        typer.echo(
            f"error[E999]: internal error ({type(exc).__name__}: {exc}) — please report it; "
            "CAREERMAP_DEBUG=1 shows the traceback",
            err=True,
        )
        return 70
    return 0


def main() -> None:
    sys.exit(run())


from careermap.cli import plan as _plan  # noqa: E402, F401  (registers plan, history, diff)
