"""What the public functions share: which knowledge base, how a source or answers are read."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from careermap.ingest.document import Document
from careermap.ingest.limits import DEFAULT, Limits
from careermap.knowledge.loader import Knowledge

if TYPE_CHECKING:
    from careermap.quiz.models import Answers

Source = str | os.PathLike[str] | bytes | Document
"""A background to read: text (``str``), a file (a path; ``Path("-")`` reads standard input), the
bytes of a file (its type told from the content), or a :class:`~careermap.ingest.document.Document`
already read."""

KbArg = Knowledge | os.PathLike[str] | None
"""A knowledge base: loaded, a folder to load, or None for the default (bundled, or ``$CAREERMAP_KB``)."""

AnswersArg: TypeAlias = "Answers | Mapping[str, Any] | os.PathLike[str] | str"
"""Questionnaire answers: validated, a mapping shaped like an answers file (``{"answers": {item: value}}``),
or an answers file (YAML or JSON; ``"-"`` reads standard input)."""


def knowledge_of(kb: KbArg) -> Knowledge:
    if isinstance(kb, Knowledge):
        return kb
    if kb is None:
        from careermap.knowledge.default import default_knowledge

        return default_knowledge()
    from careermap.knowledge.loader import load

    return load(Path(kb))


def read(source: Source, kb: Knowledge, *, limits: Limits | None = None, keep_pii: bool = False) -> Document:
    """The document a source holds, read within ``limits`` and redacted unless ``keep_pii``."""
    if isinstance(source, Document):
        return source
    if isinstance(source, str):
        from careermap.ingest.document import from_text
        from careermap.ingest.limits import check_chars

        check_chars(source, (limits or DEFAULT).max_chars)
        return from_text(source, kb, keep_pii=keep_pii)
    if isinstance(source, bytes):
        from careermap.ingest.source import read_document

        return read_document(source, kb, limits=limits or DEFAULT, keep_pii=keep_pii)
    from careermap.ingest.source import read_source

    return read_source(os.fspath(source), kb, limits=limits or DEFAULT, keep_pii=keep_pii)


def answers_of(answers: AnswersArg, kb: Knowledge) -> Answers:
    from careermap.quiz.models import Answers

    if isinstance(answers, Answers):
        return answers
    if isinstance(answers, Mapping):
        from careermap.quiz.answers import parse_answers

        return parse_answers(dict(answers), kb.questionnaire)
    from careermap.quiz.answers import read_answers

    return read_answers(os.fspath(answers), kb.questionnaire)


def lang_of(lang: str | None, fallback: str | None = None) -> str:
    """``zh`` or ``en``: the one asked for, else ``fallback`` (such as the input's language), else the
    environment's (``$LANG`` starting with ``zh``: Chinese; otherwise English)."""
    for choice in (lang, fallback):
        if choice in ("zh", "en"):
            return choice
    return "zh" if os.environ.get("LANG", "").startswith("zh") else "en"
