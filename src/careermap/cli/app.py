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
KbOpt = Annotated[
    Path | None,
    typer.Option(
        "--kb", help="Knowledge-base folder (default: bundled, or $CAREERMAP_KB). 知识库目录。", file_okay=False
    ),
]


def _kb(path: Path | None) -> Knowledge:
    from careermap.api import knowledge
    from careermap.knowledge.loader import load

    return load(path) if path else knowledge()


def _console() -> Console:
    from rich.console import Console

    return Console(soft_wrap=False)


@app.command()
def diagnose(
    source: Annotated[str, typer.Argument(help="A file, or '-' to read stdin. 简历文件，或 '-' 读取标准输入。")],
    fmt: FormatOpt = Format.terminal,
    lang: LangOpt = None,
    kb_path: KbOpt = None,
    semantic: Annotated[
        bool, typer.Option("--semantic", help="Add the optional sentence-encoder signal (careermap[semantic]).")
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Say how the input was read. 显示读取细节。")
    ] = False,
) -> None:
    """Rank the six directions for a background, with evidence. 诊断：六大方向排名与依据。"""
    from careermap.api import diagnose as run
    from careermap.ingest.source import read_source
    from careermap.report.assessment import to_dict

    kb = _kb(kb_path)
    doc = read_source(source, kb)
    if verbose:
        typer.echo(
            " · ".join(f"{k}={v}" for k, v in {"source": doc.name, "lang": doc.lang, **doc.meta}.items()), err=True
        )
    a = run(doc, kb=kb, lang=lang.value if lang else None, semantic=semantic)
    if fmt is Format.json:
        import json

        typer.echo(json.dumps(to_dict(kb, a), ensure_ascii=False, indent=2))
    elif fmt is Format.md:
        from careermap.report.markdown import render

        typer.echo(render(kb, a), nl=False)
    else:
        from careermap.report.terminal import render as render_terminal

        render_terminal(_console(), kb, a)


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
        f"{len(kb.archetypes)} backgrounds, {len(kb.traits)} traits (version {kb.version})"
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


def _error_lang() -> str:
    argv = sys.argv
    if "--lang" in argv and argv.index("--lang") + 1 < len(argv):
        return argv[argv.index("--lang") + 1]
    return "zh" if os.environ.get("LANG", "").startswith("zh") else "en"


def main() -> None:
    try:
        app(prog_name="careermap")
    except CareermapError as exc:
        typer.echo(exc.line(_error_lang()), err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        typer.echo("interrupted / 已中断", err=True)
        sys.exit(130)
    except Exception as exc:  # the last guard: one line, never a traceback for a user
        if os.environ.get("CAREERMAP_DEBUG"):
            raise
        typer.echo(
            f"error[E999]: internal error ({type(exc).__name__}: {exc}) — please report it; "
            "CAREERMAP_DEBUG=1 shows the traceback",
            err=True,
        )
        sys.exit(70)
