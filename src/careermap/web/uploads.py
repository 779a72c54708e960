"""From what a browser or client sent to a :class:`~careermap.ingest.document.Document`.

The one seam between the web front and the ingest layer: :func:`document_from_upload` hands the
bytes of an uploaded file to :func:`careermap.ingest.source.read_document`, which tells the type
from the content (PDF, DOCX, HTML, Markdown, text in any common encoding), enforces the limits
and redacts personal data (phone, e-mail, ID number, address) before anything is shown or stored.
"""

from __future__ import annotations

from dataclasses import replace

from careermap.errors import BinaryInput, InputTooLarge
from careermap.ingest.document import Document, from_text
from careermap.ingest.limits import DEFAULT
from careermap.ingest.source import read_document
from careermap.knowledge.loader import Knowledge

ACCEPTED: tuple[str, ...] = (".pdf", ".docx", ".md", ".txt", ".html", ".htm", ".markdown")
"""File types the page offers (the ``accept`` of its file input); content decides, not the name."""


def mb(n: int) -> str:
    """A size for people: ``10.0 MB``, ``64 KB``."""
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, round(n / 1024))} KB"


def _check_text(doc: Document) -> None:
    """Refuse text that is mostly control characters: bytes that decoded, but are not prose."""
    sample = doc.text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f") + sample.count("\ufffd")
    if sample and controls / len(sample) > 0.05:
        raise BinaryInput(
            f"{doc.name} is binary data, not text",
            f"{doc.name} 是二进制数据，不是文本",
            hint_en="give a text, Markdown, PDF or DOCX résumé",
            hint_zh="请提供文本、Markdown、PDF 或 DOCX 简历",
        )


def document_from_upload(data: bytes, filename: str, kb: Knowledge, *, max_bytes: int) -> Document:
    """A document from the bytes of an uploaded file, within ``max_bytes``, checked by content."""
    name = filename.rsplit("/", 1)[-1].rsplit("\\", 1)[-1] or "upload"
    doc = read_document(data, kb, name=name, limits=replace(DEFAULT, max_bytes=max_bytes))
    _check_text(doc)
    return doc


def document_from_text(text: str, kb: Knowledge, *, max_bytes: int) -> Document:
    """A document from pasted text, within the same size limit as a file (and redacted the same way)."""
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise InputTooLarge(
            f"the text is {mb(size)}, above the {mb(max_bytes)} limit",
            f"文本大小为 {mb(size)}，超过 {mb(max_bytes)} 的上限",
            hint_en="paste the part about your skills and projects",
            hint_zh="请只粘贴技能与项目部分",
        )
    return from_text(text, kb, name="-")
