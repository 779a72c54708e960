"""``careermap quiz``: the self-diagnosis questionnaire, interactive or from an answers file.

Registered on the main app when :mod:`careermap.cli.app` is imported.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from careermap.cli.app import Format, FormatOpt, Lang, app, emit
from careermap.cli.options import KbOpt, parse_lang
from careermap.cli.options import knowledge as _kb

AnswersOpt = Annotated[
    str | None,
    typer.Option(
        "--answers",
        "-a",
        help="An answers file (YAML or JSON; '-' reads stdin). Without it the quiz is interactive. 答案文件。",
    ),
]


@app.command()
def quiz(
    answers: AnswersOpt = None,
    fmt: FormatOpt = Format.terminal,
    lang: Annotated[
        Lang | None,
        typer.Option(
            "--lang",
            parser=parse_lang,
            metavar="[zh|en]",
            help="Language of questions and result (default: the answers file's, else zh). 语言，默认中文。",
        ),
    ] = None,
    save: Annotated[
        Path | None,
        typer.Option("--save", help="Write the answers to this file when done. 作答后保存答案。", dir_okay=False),
    ] = None,
    blank: Annotated[
        bool, typer.Option("--template", help="Print a blank answers file and exit. 输出空白答案文件。")
    ] = False,
    kb_path: KbOpt = None,
) -> None:
    """Answer the self-diagnosis questionnaire and rank the six directions. 问卷自我诊断：你的技术基因在哪里。"""
    import careermap
    from careermap.api.answers import DEFAULT_LANG, answers_template, dump_answers, read_answers
    from careermap.i18n import t

    kb = _kb(kb_path)
    ui_lang = lang.value if lang else DEFAULT_LANG
    if blank:
        typer.echo(answers_template(lang=ui_lang, kb=kb), nl=False)
        return
    if answers is not None:
        given = read_answers(answers, kb=kb)
    else:
        try:
            given = _interactive(kb, ui_lang)
        except KeyboardInterrupt:
            typer.echo(t("quiz_cancelled", ui_lang), err=True)
            raise typer.Exit(130) from None
    if save is not None:
        _write(save, dump_answers(given, lang=ui_lang, kb=kb))
        typer.echo(t("quiz_saved", ui_lang).format(path=save), err=True)
    emit(careermap.score_questionnaire(given, lang=lang.value if lang else None, kb=kb), fmt)


def _interactive(kb, lang: str):  # type: ignore[no-untyped-def]
    from careermap.api.answers import Session, quiz_notes
    from careermap.cli import tui

    q = kb.questionnaire
    session = Session(q)

    def notes(s: Session) -> list[str]:
        return quiz_notes(s, lang=lang, kb=kb)

    tui.run(session, lang, notes, title=q.title.get(lang), intro=q.intro.get(lang))
    return session.answers(lang=lang)


def _write(path: Path, text: str) -> None:
    """Write ``text`` whole or not at all: a failed write leaves an older file as it was."""
    import os
    import tempfile

    from careermap.errors import AnswersUnreadable

    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
        raise AnswersUnreadable(
            f"cannot write answers to '{path}' ({exc.strerror or exc})",
            f"无法把答案写入 '{path}'（{exc.strerror or exc}）",
            hint_en="choose a writable path for --save",
            hint_zh="请为 --save 选择可写的路径",
        ) from None
