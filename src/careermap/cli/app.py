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

from careermap.cli import options
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
    dump,
    read_limits,
)
from careermap.cli.serve import serve as _serve
from careermap.errors import CareermapError

if TYPE_CHECKING:
    from rich.console import Console

    from careermap.report.models.diagnosis import Diagnosis
    from careermap.report.models.plan import Route

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


Lang = options.Lang  # --lang: one E010 line for anything but zh or en (careermap.cli.options.parse_lang)
LangOpt = options.LangOpt
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="terminal, md or json. 输出格式。")]


def _console() -> Console:
    from rich.console import Console

    return Console(soft_wrap=False, emoji=False)  # ":smile:" in a résumé stays text (and no emoji table to load)


def warn_unstored(result: Diagnosis | Route, db: str | None) -> None:
    """One ``warning[E4xx]`` line when the result could not be stored in the default store (it is
    shown all the same). A store named with ``--db`` that cannot be written is an error (exit 2):
    the user asked for it."""
    exc = result.store_failure
    if exc is not None and db is not None:
        raise exc
    if exc is not None:
        lang = _error_lang()
        note = "本次评估未保存" if lang == "zh" else "the assessment was not stored"
        typer.echo(f"{'警告' if lang == 'zh' else 'warning'}[{exc.code}]: {note}: {exc.message(lang)}", err=True)


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
    import careermap

    result = careermap.diagnose(
        Path(source),
        answers=answers,
        lang=lang.value if lang else None,
        kb=kb_path,
        semantic=semantic,
        limits=read_limits(max_size, max_pages, max_unzipped, timeout, max_chars),
        keep_pii=keep_pii,
        store=not no_store,
        db=db,
    )
    if verbose and result.document:
        doc = result.document
        typer.echo(
            " · ".join(f"{k}={v}" for k, v in {"source": doc.name, "lang": doc.lang, **doc.meta}.items()), err=True
        )
    warn_unstored(result, db)
    emit(result, fmt)


def emit(result: Diagnosis, fmt: Format) -> None:
    """Render a diagnosis (with or without questionnaire answers) in the chosen format."""
    if fmt is Format.json:
        typer.echo(dump(result))
    elif fmt is Format.md:
        from careermap.report.markdown import render

        typer.echo(render(result), nl=False)
    else:
        from careermap.report.terminal import render as render_terminal

        render_terminal(_console(), result)


class KbFormat(StrEnum):
    terminal = "terminal"
    json = "json"


KbFormatOpt = Annotated[KbFormat, typer.Option("--format", "-f", help="terminal or json. 输出格式。")]


@kb_app.command("validate")
def kb_validate(kb_path: KbOpt = None, fmt: KbFormatOpt = KbFormat.terminal) -> None:
    """Validate every knowledge-base file and report all problems. 校验知识库。"""
    import careermap

    v = careermap.kb_validate(kb_path)
    if fmt is KbFormat.json:
        typer.echo(dump(v))
    elif not v.ok:
        for problem in v.problems:
            typer.echo(problem, err=True)
        typer.echo(f"{len(v.problems)} problem(s)", err=True)
    else:
        typer.echo(
            f"ok: {v.directions} directions, {v.roles} roles, {v.skills} skills, {v.backgrounds} backgrounds, "
            f"{v.traits} traits, {v.questionnaire_items} questionnaire items (version {v.version})"
        )
    if not v.ok:
        raise typer.Exit(2)


@kb_app.command("show")
def kb_show(
    ident: Annotated[str, typer.Argument(help="A direction (1-6 or id), role, skill or background id.")],
    lang: LangOpt = None,
    kb_path: KbOpt = None,
    fmt: KbFormatOpt = KbFormat.terminal,
) -> None:
    """Show one entry of the knowledge base. 查看知识库条目。"""
    import careermap

    entry = careermap.kb_show(ident, lang=lang.value if lang else None, kb=kb_path)
    if fmt is KbFormat.json:
        typer.echo(dump(entry))
    else:
        from careermap.report.kb import render_entry

        typer.echo(render_entry(entry), nl=False)


@kb_app.command("search")
def kb_search(
    word: Annotated[str, typer.Argument(help="A word in any language; empty lists every role.")] = "",
    lang: LangOpt = None,
    kb_path: KbOpt = None,
    fmt: KbFormatOpt = KbFormat.terminal,
) -> None:
    """Find entries by id, name or alias. 按名称或别名搜索知识库。"""
    import careermap

    found = careermap.kb_search(word, lang=lang.value if lang else None, kb=kb_path)
    if fmt is KbFormat.json:
        typer.echo(dump(found))
    elif found.hits:
        for hit in found.hits:
            typer.echo(f"{hit.kind:<10} {hit.id:<28} {hit.name}")
    else:
        typer.echo(f"no entry matches '{word}'", err=True)
    if not found.hits:
        raise typer.Exit(1)


import careermap.cli.quiz  # noqa: E402, F401  (registers `careermap quiz` on app)


def _error_lang(argv: list[str] | None = None) -> str:
    argv = sys.argv if argv is None else argv
    if "--lang" in argv and argv.index("--lang") + 1 < len(argv):
        return argv[argv.index("--lang") + 1]
    return "zh" if os.environ.get("LANG", "").startswith("zh") else "en"


def _only(name: str) -> typer.Typer | None:
    """``app`` with nothing but its top-level command or group ``name`` (None when it has none).

    Typer builds the click command of every command of an app on each run (reading every
    signature and option), and a run invokes one: the others cost a cold start ~0.05 s for nothing.
    What a user sees is the same, usage lines and errors included (``careermap diagnose …``);
    ``careermap --help`` and an unknown command go to the whole ``app``."""
    one = typer.Typer(add_completion=False, pretty_exceptions_enable=False, callback=_no_options)
    one.registered_commands = [
        c for c in app.registered_commands if c.callback and (c.name or _command_name(c.callback.__name__)) == name
    ]
    one.registered_groups = [g for g in app.registered_groups if g.name == name]
    return one if one.registered_commands or one.registered_groups else None


def _command_name(function_name: str) -> str:
    return function_name.lower().replace("_", "-")  # as Typer names a command after its function


def _no_options() -> None:
    """The group callback that makes Typer keep the command name in ``careermap <command> …``."""


def run(argv: list[str] | None = None) -> int:
    """Run one command as the console script does and return its exit code: every
    :class:`~careermap.errors.CareermapError` is one line on stderr and 2, Ctrl-C is 130, anything
    else one E999 line and 70. ``argv`` defaults to ``sys.argv[1:]``; tests call this in-process."""
    args = sys.argv[1:] if argv is None else list(argv)
    cli = (_only(args[0]) if args else None) or app
    try:
        cli(args=args, prog_name="careermap")
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
    # careermap uses no pydantic plugins: skip the scan of every installed package's entry points
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    _no_plugin_loader()
    sys.exit(run())


def _no_plugin_loader() -> None:
    """When no pydantic plugin may load, don't import pydantic's plugin loader: it imports
    ``importlib.metadata`` (email, zipfile, csv… ~0.04 s of a cold start) before reading
    ``PYDANTIC_DISABLE_PLUGINS``, the first time a model is built. Its stand-in says what the loader
    says then: no plugins."""
    name = "pydantic.plugin._loader"
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") != "__all__" or name in sys.modules:
        return
    from types import ModuleType

    loader = ModuleType(name, "careermap's stand-in: PYDANTIC_DISABLE_PLUGINS=__all__, so no plugins")
    loader.get_plugins = tuple  # type: ignore[attr-defined]  # get_plugins() -> () as pydantic's does then
    sys.modules[name] = loader


from careermap.cli import plan as _plan  # noqa: E402, F401  (registers plan, history, diff)
