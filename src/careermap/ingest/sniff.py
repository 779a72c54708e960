"""What a file is, from its first bytes, never from its name.

``%PDF-`` is a PDF, a zip archive is looked into (``word/document.xml`` makes it a DOCX,
see :mod:`careermap.ingest.office`), known binary formats (images, old ``.doc``, archives,
programs) are refused with what they are and what to do; anything else is text, to be
decoded (:mod:`careermap.ingest.encoding`) and then told apart as HTML, Markdown or plain
text (:func:`text_kind`).
"""

from __future__ import annotations

import re

from careermap.errors import UnsupportedFormat

PDF, ZIP, TEXT = "pdf", "zip", "text"
HTML, MARKDOWN, PLAIN = "html", "markdown", "text"

_OCR = ("run OCR on it, or paste the text", "请先做文字识别（OCR），或直接粘贴文字")
_RESAVE = ("save it as .docx or PDF in Word or WPS and try again", "请在 Word 或 WPS 中另存为 .docx 或 PDF 后重试")
_UNPACK = ("unpack it and give the résumé inside", "请解压后提供其中的简历文件")
_TEXT = ("give a text, Markdown, HTML, PDF or DOCX résumé", "请提供文本、Markdown、HTML、PDF 或 DOCX 简历")

# leading bytes -> (what it is in en, in zh, what to do)
_MAGIC: tuple[tuple[bytes, str, str, tuple[str, str]], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "PNG 图片", _OCR),
    (b"\xff\xd8\xff", "a JPEG image", "JPEG 图片", _OCR),
    (b"GIF87a", "a GIF image", "GIF 图片", _OCR),
    (b"GIF89a", "a GIF image", "GIF 图片", _OCR),
    (b"II*\x00", "a TIFF image", "TIFF 图片", _OCR),
    (b"MM\x00*", "a TIFF image", "TIFF 图片", _OCR),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "an old Word 97-2003 (.doc) or WPS file",
        "旧版 Word（.doc）或 WPS 文件",
        _RESAVE,
    ),
    (b"{\\rtf", "an RTF document", "RTF 文档", _RESAVE),
    (b"\x1f\x8b", "a gzip archive", "gzip 压缩包", _UNPACK),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive", "7z 压缩包", _UNPACK),
    (b"Rar!\x1a\x07", "a RAR archive", "RAR 压缩包", _UNPACK),
    (b"\x7fELF", "a program", "可执行程序", _TEXT),
)

# comments before the first tag: "<!--" … "-->", where "…" may hold "-->" and "<!--" (re.S), so that one
# such span is any number of comments — the same texts as ``(?:<!--.*?-->\s*)*``, which read a run of
# comments every way it can be cut into comments (exponential: 30 empty comments took minutes)
_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)?<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_HTML_TAG = re.compile(r"<(?:html|head|body)\b[^>]*>", re.I)
_MD_MARK = re.compile(r"^(?:#{1,6}\s+\S|[-*+]\s+\S|\d+\.\s+\S|>\s|```)", re.M)


def refuse(name: str, what_en: str, what_zh: str, todo: tuple[str, str]) -> UnsupportedFormat:
    return UnsupportedFormat(
        f"{name} is {what_en}, not a text document",
        f"{name} 是{' ' if what_zh[:1].isascii() else ''}{what_zh}，不是文字文档",
        hint_en=todo[0],
        hint_zh=todo[1],
    )


def sniff(data: bytes, name: str) -> str:
    """``pdf``, ``zip`` or ``text``; a known binary format raises :class:`UnsupportedFormat`."""
    if b"%PDF-" in data[:1024]:
        return PDF
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return ZIP
    for magic, en, zh, todo in _MAGIC:
        if data.startswith(magic):
            raise refuse(name, en, zh, todo)
    if data[4:8] == b"ftyp":  # ISO media: HEIC photos from phones, MP4 videos
        raise refuse(name, "an image or video file", "图片或视频文件", _OCR)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        raise refuse(name, "a WebP image", "WebP 图片", _OCR)
    return TEXT


def text_kind(text: str, name: str) -> str:
    """``html``, ``markdown`` or ``text`` for decoded text."""
    head = text[:4096]
    if _HTML_START.match(head) or _HTML_TAG.search(head):
        return HTML
    lower = name.lower()
    if lower.endswith((".md", ".markdown")) or len(_MD_MARK.findall(head)) >= 2:
        return MARKDOWN
    return PLAIN
