"""Bytes to text, telling which encoding was used.

In order: a byte-order mark (UTF-8, UTF-16, UTF-32); UTF-16 without a mark (every other
byte zero); strict UTF-8 (a last character cut in half becomes U+FFFD); an HTML
``<meta charset>`` that decodes cleanly; GB18030/GBK or Big5 when the bytes read as common
Chinese; then charset-normalizer (Windows-1252 and the rest). GBK and Big5 overlap, and a
short text such as ``熟悉Java`` decodes cleanly in both: the reading with more common Chinese
characters (GB2312 level 1, traditional characters mapped to simplified through the
knowledge base's variant table) wins, ties going to GBK; a reading made mostly of rare
characters (Latin-1 bytes misread as Chinese) does not count.
Bytes with NUL characters that are not UTF-16 are binary and refused.

A ``<meta charset>`` is a claim, not a fact: a label Python does not know, or knows as something
that is no character set (``undefined``, ``idna``, ``punycode``, ``unicode_escape``, ``base64``…),
is ignored and the bytes are read as if it were not there. Any codec failure that is left, at any
step, is :class:`~careermap.errors.DecodeFailed` (E107), never a bare ``UnicodeError``.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from careermap.errors import BinaryInput, DecodeFailed

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8 (BOM)"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32-le (BOM)"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32-be (BOM)"),
    (b"\xff\xfe", "utf-16-le", "utf-16-le (BOM)"),
    (b"\xfe\xff", "utf-16-be", "utf-16-be (BOM)"),
)
_CANDIDATES = ["gb18030", "big5", "cp1252"]
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
_SAMPLE = 65536
# codecs Python knows that are not character sets a page may be written in
_NOT_CHARSETS = frozenset({"undefined", "idna", "punycode", "unicode-escape", "raw-unicode-escape", "utf-7"})


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # as reported to the user: "utf-8", "gbk", "big5", "utf-16-le (BOM)"…


def _binary(name: str) -> BinaryInput:
    return BinaryInput(
        f"{name} is binary data, not text",
        f"{name} 是二进制数据，不是文本",
        hint_en="give a text, Markdown, PDF or DOCX résumé",
        hint_zh="请提供文本、Markdown、PDF 或 DOCX 简历",
    )


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 text with no mark: many zero bytes on one side, and it decodes to printable text."""
    sample = data[: _SAMPLE & ~1]
    if len(sample) < 4 or len(data) % 2:
        return None
    half = len(sample) // 2
    for zeros, codec in ((sample[1::2].count(0), "utf-16-le"), (sample[0::2].count(0), "utf-16-be")):
        if zeros < half * 0.3:
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        head = text[: _SAMPLE // 2]
        if sum(ch.isprintable() or ch in "\n\r\t" for ch in head) >= 0.95 * len(head):
            return Decoded(_strip_bom(text), codec)
    return None


def _common_chinese(text: str, variants: dict[str, str]) -> tuple[int, int]:
    """How many characters read as common Chinese (GB2312 level 1, after hant→hans), of how
    many non-ASCII characters."""
    common = wide = 0
    for ch in text[:_SAMPLE]:
        if ch.isascii():
            continue
        wide += 1
        try:
            b = variants.get(ch, ch).encode("gb2312")
        except UnicodeEncodeError:
            continue
        common += len(b) == 2 and 0xB0 <= b[0] <= 0xD7
    return common, wide


def _chinese(data: bytes, variants: dict[str, str]) -> Decoded | None:
    """The better of the GBK/GB18030 and Big5 readings, if either decodes cleanly."""
    best: tuple[int, int, Decoded] | None = None
    for rank, codec in enumerate(("gb18030", "big5")):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        common, wide = _common_chinese(text, variants)
        if not common or common < 0.5 * wide:  # Latin-1 bytes misread as Chinese are rare characters
            continue
        label = codec
        if codec == "gb18030":
            try:
                data.decode("gbk")
                label = "gbk"
            except UnicodeDecodeError:
                pass
        if best is None or (common, -rank) > best[:2]:
            best = (common, -rank, Decoded(text, label))
    return best[2] if best else None


def charset(label: str) -> str | None:
    """The codec a declared charset names, or None when it names no character set Python can read."""
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError, TypeError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
        return None
    return info.name


def _failed(name: str) -> DecodeFailed:
    return DecodeFailed(
        f"cannot tell the text encoding of {name}",
        f"无法识别 {name} 的文本编码",
        hint_en="save it as UTF-8 and try again",
        hint_zh="请另存为 UTF-8 后重试",
    )


def decode(data: bytes, name: str, *, variants: dict[str, str] | None = None, html: bool = False) -> Decoded:
    """Decode ``data``; binary data raises :class:`BinaryInput` (E102), text in no encoding that can be
    told :class:`DecodeFailed` (E107)."""
    try:
        return _decode(data, name, variants or {}, html)
    except (LookupError, UnicodeError) as exc:  # a codec that fails in a way no step above expected
        raise _failed(name) from exc


def _decode(data: bytes, name: str, variants: dict[str, str], html: bool) -> Decoded:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(_strip_bom(data.decode(codec)), label)
            except UnicodeDecodeError:
                break
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise _binary(name)
        return utf16
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:  # cut mid-character
            return Decoded(data[: exc.start].decode("utf-8") + "\ufffd", "utf-8")
    if html:
        m = _META_CHARSET.search(data[:4096])
        declared = charset(m.group(1).decode("ascii").lower()) if m else None
        if declared is not None:
            try:
                return Decoded(data.decode(declared), declared)
            except UnicodeError:  # bytes the declared charset cannot read: the declaration is wrong
                pass
    zh = _chinese(data, variants)
    if zh is not None:
        return zh
    from charset_normalizer import from_bytes

    match = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if match is not None:
        return Decoded(str(match), match.encoding.replace("_", "-"))
    raise _failed(name)
