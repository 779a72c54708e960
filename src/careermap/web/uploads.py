"""From what a browser or client sent to a :class:`~careermap.ingest.document.Document`.

The one seam between the web front and the ingest layer is :func:`document_from_upload`:
it takes the bytes of an uploaded file and its name. Today it reads text and Markdown
(decoded by :func:`careermap.ingest.source.decode`); when the full ingest layer lands
(PDF, DOCX, HTML, encodings, redaction) its body becomes one call to that layer and
:data:`ACCEPTED` grows — nothing else in the web front changes.
"""

from __future__ import annotations

from careermap.errors import BinaryInput, EmptyInput, InputTooLarge, UnsupportedFormat
from careermap.ingest.document import Document, from_text
from careermap.ingest.source import decode
from careermap.knowledge.loader import Knowledge

ACCEPTED: tuple[str, ...] = (".txt", ".md", ".markdown")
"""File types the page offers (the ``accept`` of its file input); content decides, not the name."""

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "DOCX/ZIP"),
    (b"\x89PNG", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"\xd0\xcf\x11\xe0", "DOC/XLS"),
)


def mb(n: int) -> str:
    """A size for people: ``10.0 MB``, ``64 KB``."""
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, round(n / 1024))} KB"


def _too_large(name: str, size: int, limit: int) -> InputTooLarge:
    have, cap = mb(size), mb(limit)
    if have == cap:  # just over: rounding would say "10.0 MB, above the 10.0 MB limit"
        have, cap = f"{size:,} bytes", f"{limit:,}-byte"
    return InputTooLarge(
        f"{name} is {have}, above the {cap} limit",
        f"{name} 大小为 {have}，超过 {cap} 的上限",
        hint_en="give a shorter file, or paste the part about your skills and projects",
        hint_zh="请换用更短的文件，或只粘贴技能与项目部分",
    )


def _check_text(text: str, name: str) -> None:
    """Refuse decoded bytes that are not prose: control characters where letters should be."""
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f") + sample.count("\ufffd")
    if sample and controls / len(sample) > 0.05:
        raise BinaryInput(
            f"{name} is binary data, not text",
            f"{name} 是二进制数据，不是文本",
            hint_en=f"upload a {' / '.join(ACCEPTED)} file, or paste the text",
            hint_zh=f"请上传 {' / '.join(ACCEPTED)} 文件，或直接粘贴文字",
        )


def document_from_upload(data: bytes, filename: str, kb: Knowledge, *, max_bytes: int) -> Document:
    """A document from the bytes of an uploaded file, within ``max_bytes``, checked by content."""
    name = filename.rsplit("/", 1)[-1].rsplit("\\", 1)[-1] or "upload"
    if len(data) > max_bytes:
        raise _too_large(name, len(data), max_bytes)
    if not data:
        raise EmptyInput(
            f"{name} is empty (0 bytes)",
            f"{name} 是空文件（0 字节）",
            hint_en="choose a résumé file with text in it, or paste a few sentences",
            hint_zh="请选择有文字的简历文件，或直接写几句你的背景",
        )
    for magic, kind in _SIGNATURES:
        if data.startswith(magic):
            raise UnsupportedFormat(
                f"{name} is a {kind} file; this server reads {' / '.join(ACCEPTED)} files",
                f"{name} 是 {kind} 文件；本服务读取 {' / '.join(ACCEPTED)} 文件",
                hint_en="copy the text out of it and paste it into the box",
                hint_zh="请把其中的文字复制出来粘贴到输入框",
            )
    text, encoding = decode(data, name)
    _check_text(text, name)
    return from_text(text, kb, name=name, meta={"encoding": encoding, "bytes": str(len(data))})


def document_from_text(text: str, kb: Knowledge, *, max_bytes: int) -> Document:
    """A document from pasted text, within the same size limit as a file."""
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise InputTooLarge(
            f"the text is {mb(size)}, above the {mb(max_bytes)} limit",
            f"文本大小为 {mb(size)}，超过 {mb(max_bytes)} 的上限",
            hint_en="paste the part about your skills and projects",
            hint_zh="请只粘贴技能与项目部分",
        )
    return from_text(text, kb, name="-")
