"""Read a source (a path or ``-`` for stdin) into a :class:`Document`, within limits."""

from __future__ import annotations

import sys
from pathlib import Path

from careermap.errors import BinaryInput, DecodeFailed, InputError, InputTooLarge
from careermap.ingest.document import Document, from_text
from careermap.knowledge.loader import Knowledge

DEFAULT_MAX_BYTES = 10 * 1024 * 1024


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"


def read_bytes(source: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes, str]:
    """The raw bytes of ``source`` and a display name, refusing more than ``max_bytes``."""
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        name = "stdin"
    else:
        path = Path(source)
        if not path.is_file():
            raise InputError(
                f"no such file: {source}",
                f"文件不存在：{source}",
                hint_en="check the path, or use '-' to read from stdin",
                hint_zh="请检查路径，或用 '-' 从标准输入读取",
            )
        size = path.stat().st_size
        if size > max_bytes:
            raise InputTooLarge(
                f"{path.name} is {_mb(size)}, above the {_mb(max_bytes)} limit",
                f"{path.name} 大小为 {_mb(size)}，超过 {_mb(max_bytes)} 的上限",
                hint_en="give a shorter file or raise the limit with --max-size",
                hint_zh="请换用更短的文件，或用 --max-size 提高上限",
            )
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
        name = path.name
    if len(data) > max_bytes:
        raise InputTooLarge(
            f"the input is above the {_mb(max_bytes)} limit",
            f"输入超过 {_mb(max_bytes)} 的上限",
            hint_en="give a shorter text or raise the limit with --max-size",
            hint_zh="请缩短文本，或用 --max-size 提高上限",
        )
    return data, name


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Text and the encoding used; binary data is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:8192]:
        raise BinaryInput(
            f"{name} is binary data, not text",
            f"{name} 是二进制数据，不是文本",
            hint_en="give a text, Markdown, PDF or DOCX résumé",
            hint_zh="请提供文本、Markdown、PDF 或 DOCX 简历",
        )
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding), encoding.replace("-sig", "")
        except UnicodeDecodeError:
            continue
    raise DecodeFailed(  # pragma: no cover - gb18030 decodes almost any byte string
        f"cannot tell the text encoding of {name}",
        f"无法识别 {name} 的文本编码",
        hint_en="save it as UTF-8 and try again",
        hint_zh="请另存为 UTF-8 后重试",
    )


def read_source(source: str, kb: Knowledge, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    data, name = read_bytes(source, max_bytes=max_bytes)
    text, encoding = decode(data, name)
    return from_text(text, kb, name=name, meta={"encoding": encoding})
