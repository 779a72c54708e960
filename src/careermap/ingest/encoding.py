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

A file of records (postings, one per line or row) is read by :func:`decode_lines`: the same
order, but a line that is not in the file's encoding (a UTF-8 file with a few lines pasted in
GBK, a GBK file with a corrupt line) is reported by number rather than failing the file.
"""

from __future__ import annotations

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


def _declared(data: bytes) -> Decoded | None:
    """The reading an HTML ``<meta charset>`` declares, if the bytes decode cleanly in it."""
    m = _META_CHARSET.search(data[:4096])
    if m:
        declared = m.group(1).decode("ascii").lower()
        try:
            return Decoded(data.decode(declared), declared)
        except (LookupError, UnicodeDecodeError):
            pass
    return None


def _detected(data: bytes, name: str) -> Decoded:
    """charset-normalizer's best reading (Windows-1252 and the rest), or :class:`DecodeFailed` (E107)."""
    from charset_normalizer import from_bytes

    match = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if match is not None:
        return Decoded(str(match), match.encoding.replace("_", "-"))
    raise DecodeFailed(
        f"cannot tell the text encoding of {name}",
        f"无法识别 {name} 的文本编码",
        hint_en="save it as UTF-8 and try again",
        hint_zh="请另存为 UTF-8 后重试",
    )


def _marked(data: bytes, name: str) -> Decoded | None:
    """A reading told by the bytes themselves: a byte-order mark, or UTF-16 without one; binary
    data raises :class:`BinaryInput` (E102)."""
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
    return None


def decode(data: bytes, name: str, *, variants: dict[str, str] | None = None, html: bool = False) -> Decoded:
    """Decode ``data``; binary data raises :class:`BinaryInput` (E102)."""
    variants = variants or {}
    marked = _marked(data, name)
    if marked is not None:
        return marked
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:  # cut mid-character
            return Decoded(data[: exc.start].decode("utf-8") + "\ufffd", "utf-8")
    declared = _declared(data) if html else None
    if declared is not None:
        return declared
    zh = _chinese(data, variants)
    if zh is not None:
        return zh
    return _detected(data, name)


def _bad_lines(lines: list[bytes], codec: str) -> set[int]:
    bad = set()
    for i, line in enumerate(lines, 1):
        if not line.isascii():
            try:
                line.decode(codec)
            except UnicodeDecodeError:
                bad.add(i)
    return bad


def _chinese_lines(lines: list[bytes], wide: int, variants: dict[str, str]) -> tuple[Decoded, set[int]] | None:
    """The better of the GB18030 and Big5 readings when a minority of the lines do not decode:
    fewest such lines first, then the most common Chinese characters (as :func:`_chinese`)."""
    best: tuple[int, int, int, str, set[int]] | None = None
    for rank, codec in enumerate(("gb18030", "big5")):
        bad = _bad_lines(lines, codec)
        if len(bad) * 2 > wide:
            continue
        good = b"\n".join(line for i, line in enumerate(lines, 1) if i not in bad).decode(codec)
        common, chars = _common_chinese(good, variants)
        if common and common >= 0.5 * chars and (best is None or (-len(bad), common, -rank) > best[:3]):
            best = (-len(bad), common, -rank, codec, bad)
    if best is None:
        return None
    codec, bad = best[3], best[4]
    label = codec
    if codec == "gb18030":  # named as _chinese names it: "gbk" when the good lines are plain GBK
        try:
            b"\n".join(line for i, line in enumerate(lines, 1) if i not in bad).decode("gbk")
            label = "gbk"
        except UnicodeDecodeError:
            pass
    return Decoded(b"\n".join(lines).decode(codec, errors="replace"), label), bad


def decode_lines(
    data: bytes, name: str, *, variants: dict[str, str] | None = None, html: bool = False
) -> tuple[Decoded, frozenset[int]]:
    """Decode a file of records, and the (1-based) lines that are not in its encoding.

    As :func:`decode`, except that a file mostly in UTF-8, GB18030/GBK or Big5 keeps that reading
    when a minority of its non-ASCII lines do not decode: those lines come back with U+FFFD in
    them, and their numbers, so the other records can be read. ``\\n`` never occurs inside a
    character of these encodings, so the numbers are the lines of the decoded text.
    """
    variants = variants or {}
    marked = _marked(data, name)
    if marked is not None:
        return marked, frozenset()
    try:
        return Decoded(data.decode("utf-8"), "utf-8"), frozenset()
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    wide = sum(not line.isascii() for line in lines)
    bad = _bad_lines(lines, "utf-8")
    if len(bad) * 2 <= wide:
        return Decoded(data.decode("utf-8", errors="replace"), "utf-8"), frozenset(bad)
    declared = _declared(data) if html else None
    if declared is not None:
        return declared, frozenset()
    zh = _chinese(data, variants)
    if zh is not None:
        return zh, frozenset()
    found = _chinese_lines(lines, wide, variants)
    if found is not None:
        return found[0], frozenset(found[1])
    return _detected(data, name), frozenset()
