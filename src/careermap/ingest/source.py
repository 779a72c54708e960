"""Read a source — a file path, ``-`` for stdin, or bytes — into a :class:`Document`.

::

    bytes ──size──▶ sniff ──┬─ pdf  ─▶ pypdf text layer       (pages, scan check)
     (--max-size)  (magic)  ├─ zip  ─▶ central-directory checks ─▶ python-docx walk
                            └─ text ─▶ decode ─┬─ html ─▶ visible text
                                               └─ markdown / plain text, as given
                              ──▶ redact (unless --keep-pii) ──▶ sections, language

The type comes from the content, never from the file name alone (a PNG named ``.pdf``
is refused as a PNG). Parsing runs under a deadline (``--timeout``). Every failure is a
:class:`~careermap.errors.InputError` with one line saying what is wrong and what to do;
no library exception leaves this package. ``Document.meta`` records how the input was
read (``format``, ``encoding``, ``pages``…), which ``careermap diagnose --verbose`` prints.
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from pathlib import Path

from careermap.errors import EmptyInput, InputTooLarge
from careermap.ingest import sniff as kinds
from careermap.ingest.document import Document, from_text
from careermap.ingest.files import read_file
from careermap.ingest.limits import DEFAULT, Deadline, Limits, check_chars, deadline, mb
from careermap.knowledge.loader import Knowledge

DEFAULT_MAX_BYTES = DEFAULT.max_bytes


def _too_large(what_en: str, what_zh: str, limit: int) -> InputTooLarge:
    return InputTooLarge(
        f"{what_en}, above the {mb(limit)} limit",
        f"{what_zh}，超过 {mb(limit)} 的上限",
        hint_en="give a shorter file or raise the limit with --max-size",
        hint_zh="请换用更短的文件，或用 --max-size 提高上限",
    )


def read_bytes(source: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes, str]:
    """The raw bytes of ``source`` and a display name, refusing more than ``max_bytes``; a path that
    is no file to read (a folder, a device, a pipe…) is named as what it is (:mod:`~careermap.ingest.files`)."""
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        name = "stdin"
    else:
        got = read_file(source, limit=max_bytes)
        name = Path(source).name
        if got.size > max_bytes:
            raise _too_large(f"{name} is {mb(got.size)}", f"{name} 大小为 {mb(got.size)}", max_bytes)
        data = got.data
    if len(data) > max_bytes:
        raise _too_large("the input is larger", "输入过大", max_bytes)
    return data, name


def _empty_file(name: str) -> EmptyInput:
    return EmptyInput(
        f"{name} is empty (0 bytes)",
        f"{name} 是空文件（0 字节）",
        hint_en="give a résumé file with text in it, or paste a few sentences",
        hint_zh="请提供有文字的简历文件，或直接写几句你的背景",
    )


def _no_text(name: str) -> EmptyInput:
    return EmptyInput(
        f"{name} has no text",
        f"{name} 中没有文字",
        hint_en="give a résumé file with text in it, or paste a few sentences",
        hint_zh="请提供有文字的简历文件，或直接写几句你的背景",
    )


def _extract(data: bytes, name: str, kb: Knowledge, limits: Limits, d: Deadline) -> tuple[str, dict[str, str]]:
    """The text of ``data`` and how it was read."""
    meta: dict[str, str] = {"bytes": str(len(data))}
    kind = kinds.sniff(data, name)
    if kind == kinds.PDF:
        from careermap.ingest.pdf import read_pdf

        pdf = read_pdf(data, name, limits=limits, deadline=d)
        meta.update(format="pdf", pages=str(pdf.pages), empty_pages=str(pdf.empty_pages))
        return pdf.text, meta
    if kind == kinds.ZIP:
        from careermap.ingest.office import read_docx

        doc = read_docx(data, name, limits=limits, deadline=d)
        meta.update(format="docx", paragraphs=str(doc.paragraphs), tables=str(doc.tables), unzipped=str(doc.unzipped))
        return doc.text, meta
    from careermap.ingest.encoding import decode

    decoded = decode(data, name, variants=kb.variants, html=b"<" in data[:4096])
    fmt = kinds.text_kind(decoded.text, name)
    meta.update(format=fmt, encoding=decoded.encoding)
    if fmt == kinds.HTML:
        from careermap.ingest.markup import html_text

        return html_text(decoded.text, name, deadline=d), meta
    return decoded.text, meta


def read_document(
    data: bytes, kb: Knowledge, *, name: str = "-", limits: Limits = DEFAULT, keep_pii: bool = False
) -> Document:
    """A :class:`Document` from the bytes of a file (what a web upload calls)."""
    if len(data) > limits.max_bytes:
        raise _too_large(f"{name} is {mb(len(data))}", f"{name} 大小为 {mb(len(data))}", limits.max_bytes)
    if not data and name not in ("-", "stdin"):
        raise _empty_file(name)
    started = time.perf_counter()
    with deadline(limits.timeout, name) as d:
        text, meta = _extract(data, name, kb, limits, d)
        check_chars(text, limits.max_chars)
        if not text.strip() and meta.get("format") in ("docx", "html"):
            raise _no_text(name)
        doc = from_text(text, kb, name=name, meta=meta, keep_pii=keep_pii)
    doc.meta.update(
        chars=str(len(doc.text)),
        sections=",".join(s.kind for s in doc.sections) or "none",
        read_ms=f"{(time.perf_counter() - started) * 1000:.0f}",
    )
    return doc


def read_source(
    source: str,
    kb: Knowledge,
    *,
    limits: Limits = DEFAULT,
    keep_pii: bool = False,
    max_bytes: int | None = None,
) -> Document:
    """A :class:`Document` from a path or ``-`` (stdin), within ``limits``."""
    if max_bytes is not None:
        limits = replace(limits, max_bytes=max_bytes)
    data, name = read_bytes(source, max_bytes=limits.max_bytes)
    return read_document(data, kb, name=name, limits=limits, keep_pii=keep_pii)
