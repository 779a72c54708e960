"""PDF to text with pypdf: the text layer, page by page, in the order the producer wrote it.

Reading order is pypdf's plain extraction, which follows the content stream. Word, WPS,
LibreOffice, Chrome's "Save as PDF" and LaTeX write a two-column résumé column by column,
so the sidebar and the main column come out whole, one after the other. pypdf's "layout"
mode and pdfplumber's default extraction were measured on the same two-column page and
both interleave the columns line by line, so neither is used (see benchmarks/bench_ingest.py).
A PDF whose producer wrote the two columns line by line comes out interleaved: a known limit.
Lines stay as the PDF wraps them, so a multi-word name split by a line wrap ("My / SQL") is
not joined again; joining wrapped lines would move the sentence boundaries extraction reads.

A PDF with no text layer (a scan or a photo saved as PDF) raises :class:`NoTextLayer`
(E106) with what to do; an encrypted one that opens without a password is read, one that
needs a password is refused.
"""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from careermap.errors import CareermapError, CorruptFile, LimitExceeded, NoTextLayer, UnsupportedFormat
from careermap.ingest.limits import Deadline, Limits

PAGE_BREAK = "\n\n"
# a glyph with no Unicode mapping comes out as a control character (often NUL): show a space
_CONTROLS = {i: " " for i in (*range(0x20), 0x7F) if chr(i) not in "\t\n"}


@dataclass(frozen=True, slots=True)
class PdfText:
    text: str
    pages: int
    empty_pages: int


def corrupt(name: str, what_en: str = "a damaged PDF", what_zh: str = "损坏的 PDF") -> CorruptFile:
    return CorruptFile(
        f"{name} is {what_en} and cannot be read",
        f"{name} 是{what_zh}，无法读取",
        hint_en="export it again from the original document, or paste the text",
        hint_zh="请从原文档重新导出，或直接粘贴文字",
    )


def _silence_pypdf() -> None:
    """pypdf reports its repairs (``EOF marker not found``, ``incorrect startxref pointer``) through
    child loggers such as ``pypdf._reader``; disabling the ``pypdf`` logger does not reach them, and
    with no handler anywhere Python prints them on stderr. A handler that drops them, on the
    ``pypdf`` logger, with propagation stopped there: a user gets our one line or none."""
    log = logging.getLogger("pypdf")
    if not any(isinstance(h, logging.NullHandler) for h in log.handlers):
        log.addHandler(logging.NullHandler())
    log.propagate = False


@contextmanager
def _quiet() -> Iterator[None]:
    """pypdf's log lines and warnings stay out of the user's terminal."""
    _silence_pypdf()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


def _locked(name: str) -> UnsupportedFormat:
    return UnsupportedFormat(
        f"{name} is protected by a password",
        f"{name} 设有打开密码",
        hint_en="open it, print it to a new PDF without a password, or paste the text",
        hint_zh="请打开后另存（打印）为无密码的 PDF，或直接粘贴文字",
    )


def read_pdf(data: bytes, name: str, *, limits: Limits, deadline: Deadline) -> PdfText:
    from pypdf import PdfReader

    with _quiet():
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                try:
                    opened = reader.decrypt("")
                except Exception as exc:  # AES without a crypto library, or a broken key
                    raise _locked(name) from exc
                if not opened:
                    raise _locked(name)
            count = len(reader.pages)
        except CareermapError:
            raise
        except Exception as exc:  # pypdf raises many types on malformed files; all mean "damaged"
            raise corrupt(name) from exc
        if count == 0:
            raise corrupt(name, "a PDF with no pages", "没有页面的 PDF")
        if count > limits.max_pages:
            raise LimitExceeded(
                f"{name} has {count} pages, above the {limits.max_pages}-page limit",
                f"{name} 共 {count} 页，超过 {limits.max_pages} 页的上限",
                hint_en="give the résumé pages only, or raise the limit with --max-pages",
                hint_zh="请只提供简历页，或用 --max-pages 提高上限",
            )
        texts: list[str] = []
        failed = 0
        for page in reader.pages:
            deadline.check()
            try:
                texts.append((page.extract_text() or "").translate(_CONTROLS).strip("\n"))
            except Exception:  # one damaged page: keep the others
                failed += 1
                texts.append("")
    if failed == count:
        raise corrupt(name)
    text = PAGE_BREAK.join(texts)
    visible = sum(not ch.isspace() for ch in text)
    if visible < limits.min_text_chars:
        pages = f"{count} page{'s' if count > 1 else ''}"
        raise NoTextLayer(
            f"{name} has no text layer ({pages}, {visible} characters of text): it looks like a scan or a picture",
            f"{name} 没有文字层（{count} 页，仅 {visible} 个字符）：看起来是扫描件或图片",
            hint_en="run OCR on it (e.g. `ocrmypdf in.pdf out.pdf`) or paste the text",
            hint_zh="请先做文字识别（如 `ocrmypdf in.pdf out.pdf`），或直接粘贴文字",
        )
    return PdfText(text, count, sum(1 for t in texts if not t.strip()))
