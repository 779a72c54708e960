"""The command line front: parse, call the core, render. Nothing else lives here."""

from __future__ import annotations

import sys

import typer

from careermap.errors import CareermapError

app = typer.Typer(no_args_is_help=True, add_completion=False, help="大模型职业地图 careermap")
kb_app = typer.Typer(no_args_is_help=True, help="Inspect and validate the knowledge base. 查看与校验知识库。")
app.add_typer(kb_app, name="kb")


@kb_app.command("validate")
def kb_validate() -> None:
    """Validate every knowledge-base file and report all problems. 校验知识库。"""
    from careermap.errors import KnowledgeError
    from careermap.knowledge.loader import load

    try:
        kb = load()
    except KnowledgeError as exc:
        for problem in exc.problems:
            typer.echo(problem, err=True)
        typer.echo(f"{len(exc.problems)} problem(s)", err=True)
        raise typer.Exit(2) from None
    typer.echo(
        f"ok: {len(kb.directions)} directions, {len(kb.roles)} roles, {len(kb.skills)} skills, "
        f"{len(kb.archetypes)} backgrounds, {len(kb.traits)} traits (version {kb.version})"
    )


def main() -> None:
    try:
        app(standalone_mode=False)
    except CareermapError as exc:
        typer.echo(exc.line("en"), err=True)
        sys.exit(2)
