"""DOCX to text: zip-bomb checks first, then python-docx, walking the body in document order.

Before anything is unpacked, the zip's central directory alone is checked: the number of
parts, their total unpacked size (``--max-unzipped``), and each part's expansion ratio
(``max_ratio``, for parts over ``ratio_floor``).

The directory may lie. zipfile cuts a part at its declared size, but only after inflating all
of it in one call when a part is read whole (as python-docx reads), so a part that declares 1 KB
and inflates to 1 GB costs the gigabyte. So every part is then inflated once as a stream, 64 KB
at a time, counting what comes out, before python-docx sees the file: a part that gives more
than its header declares is refused as soon as it does (:class:`UnsafeFile`, E113), and nothing
ever holds more than one chunk. The same pass refuses XML entity declarations (``<!ENTITY``),
which Word never writes and a "billion laughs" file is made of (or, with ``SYSTEM``/``PUBLIC``, a
file that reads other files of the computer that opens it: XXE).

python-docx opens the package (it finds the main part through the relationships and
parses XML with entities off); the body is then walked element by element, so paragraphs
and tables come out in the order they stand in the document:

- a paragraph is its runs, hyperlinks, tracked insertions and content controls, with tabs
  and line breaks (``doc.paragraphs[i].text`` alone drops all but runs and hyperlinks);
- a table row becomes one line with its cells separated by tabs ("CUDA<TAB>精通"), or one
  line per cell when a cell holds several paragraphs; merged cells are read once;
- text boxes (common in WPS and Word résumé templates) follow the paragraph they are
  anchored in, read once (the VML fallback copy is skipped);
- headers, footers, comments and deleted text are not read.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from careermap.errors import CareermapError, CorruptFile, LimitExceeded, UnsafeFile
from careermap.ingest.limits import Deadline, Limits, mb
from careermap.ingest.sniff import refuse

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
P, TBL, TR, TC, SDT, SDT_CONTENT = (_W + t for t in ("p", "tbl", "tr", "tc", "sdt", "sdtContent"))
T, TAB, BR, CR, NBH, TXBX = (_W + t for t in ("t", "tab", "br", "cr", "noBreakHyphen", "txbxContent"))
_SKIP = frozenset({_W + "pPr", _W + "rPr", _W + "del", _W + "moveFrom", _MC + "Fallback", _W + "tblPr", _W + "tcPr"})
_CONTAINERS = frozenset({_W + "customXml", _W + "ins", _W + "moveTo", SDT_CONTENT})

_OTHER_ZIPS = (  # a part name that gives the kind away -> (en, zh)
    ("xl/", "an Excel workbook", "Excel 表格"),
    ("ppt/", "a PowerPoint deck", "PowerPoint 演示文稿"),
    ("content.xml", "an OpenDocument file", "OpenDocument 文档"),
    ("META-INF/container.xml", "an e-book (EPUB)", "电子书（EPUB）"),
)
_RESAVE = ("save it as .docx or PDF and try again", "请另存为 .docx 或 PDF 后重试")
_CHUNK = 64 * 1024
_LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature ... file name length, extra field length
_ENTITY = tuple(b"<!ENTITY".decode().encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))
# an entity that pulls in a file or an address (XXE) rather than expanding text of its own
_EXTERNAL = tuple(word.encode(codec) for word in ("SYSTEM", "PUBLIC") for codec in ("utf-8", "utf-16-le", "utf-16-be"))
_UNPACK = ("unpack it and give the résumé inside", "请解压后提供其中的简历文件")


@dataclass(frozen=True, slots=True)
class DocxText:
    text: str
    paragraphs: int
    tables: int
    unzipped: int


def _damaged(name: str, docx: bool) -> CorruptFile:
    what_en, what_zh = ("DOCX file", "DOCX 文件") if docx else ("zip archive", "zip 压缩包")
    return CorruptFile(
        f"{name} is a damaged {what_en} (incomplete or broken zip) and cannot be read",
        f"{name} 是损坏的 {what_zh}（zip 不完整或已损坏），无法读取",
        hint_en="open and save it again in Word or WPS, or export it as PDF",
        hint_zh="请用 Word 或 WPS 打开后重新保存，或导出为 PDF",
    )


def check_zip(data: bytes, name: str, *, limits: Limits) -> int:
    """Check the central directory of a DOCX; the total unpacked size if it may be opened."""
    looks_docx = b"word/" in data[:65536] or name.lower().endswith((".docx", ".docm", ".dotx"))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise _damaged(name, looks_docx) from exc
    if len(infos) > limits.max_members:
        raise LimitExceeded(
            f"{name} holds {len(infos):,} parts, above the {limits.max_members:,}-part limit of a DOCX",
            f"{name} 含 {len(infos):,} 个部件，超过 DOCX 的 {limits.max_members:,} 个上限",
            hint_en="this is not an ordinary Word document: save it again in Word or WPS, or export it as PDF",
            hint_zh="这不是普通的 Word 文档：请用 Word 或 WPS 重新保存，或导出为 PDF",
        )
    names = {i.filename for i in infos}
    if "word/document.xml" not in names and not any(n.startswith("word/") for n in names):
        for marker, en, zh in _OTHER_ZIPS:
            if any(n == marker or n.startswith(marker) for n in names):
                raise refuse(name, en, zh, _RESAVE)
        raise refuse(name, "a zip archive", "zip 压缩包", _UNPACK)
    total = sum(i.file_size for i in infos)
    if total > limits.max_unzipped:
        raise LimitExceeded(
            f"{name} would unpack to {mb(total)}, above the {mb(limits.max_unzipped)} limit",
            f"{name} 解压后为 {mb(total)}，超过 {mb(limits.max_unzipped)} 的上限",
            hint_en="if it is a genuine résumé, raise the limit with --max-unzipped (MB)",
            hint_zh="如确为正常简历，可用 --max-unzipped（MB）提高上限",
        )
    for i in infos:
        if i.file_size > limits.ratio_floor and i.file_size > limits.max_ratio * max(i.compress_size, 1):
            ratio = i.file_size / max(i.compress_size, 1)
            raise LimitExceeded(
                f"{name} looks like a zip bomb: {i.filename} expands {ratio:,.0f} times, to {mb(i.file_size)}",
                f"{name} 疑似 zip 炸弹：{i.filename} 解压后膨胀 {ratio:,.0f} 倍，达 {mb(i.file_size)}",
                hint_en="a Word document expands about 30 times; save it again in Word or WPS, or export it as PDF",
                hint_zh="正常 Word 文档约膨胀 30 倍；请用 Word 或 WPS 重新保存，或导出为 PDF",
            )
    return total


class _Walker:
    def __init__(self, deadline: Deadline) -> None:
        self.deadline = deadline
        self.lines: list[str] = []
        self.paragraphs = 0
        self.tables = 0

    def block(self, el: Any, out: list[str]) -> None:
        """Paragraphs and tables inside ``el`` (the body, a cell, a text box), in order."""
        for child in el.iterchildren():
            tag = child.tag
            if tag == P:
                self.deadline.check()
                self.paragraphs += 1
                parts: list[str] = []
                boxes: list[Any] = []
                self.inline(child, parts, boxes)
                out.append("".join(parts))
                for box in boxes:
                    self.block(box, out)
            elif tag == TBL:
                self.tables += 1
                self.table(child, out)
            elif tag in (SDT, SDT_CONTENT) or tag in _CONTAINERS:
                self.block(child, out)

    def inline(self, el: Any, parts: list[str], boxes: list[Any]) -> None:
        for child in el.iterchildren():
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == T:
                parts.append(child.text or "")
            elif tag == TAB:
                parts.append("\t")
            elif tag in (BR, CR):
                parts.append("\n")
            elif tag == NBH:
                parts.append("-")
            elif tag == TXBX:
                boxes.append(child)
            else:
                self.inline(child, parts, boxes)

    def table(self, tbl: Any, out: list[str]) -> None:
        for tr in _children(tbl, TR):
            cells: list[str] = []
            for tc in _children(tr, TC):
                lines: list[str] = []
                self.block(tc, lines)
                text = "\n".join(line for line in lines if line.strip())
                if text:
                    cells.append(text)
            if any("\n" in c for c in cells):
                out.extend(cells)
            elif cells:
                out.append("\t".join(cells))


def _children(el: Any, tag: str) -> Iterator[Any]:
    """Children of ``el`` with ``tag``, looking through content controls and the like."""
    for child in el.iterchildren():
        if child.tag == tag:
            yield child
        elif child.tag == SDT or child.tag in _CONTAINERS:
            yield from _children(child, tag)


def _raw(data: bytes, info: zipfile.ZipInfo, name: str) -> memoryview:
    """The compressed bytes of one part, found as zipfile finds them (its local header)."""
    start = info.header_offset
    head = data[start : start + _LOCAL_HEADER.size]
    if len(head) < _LOCAL_HEADER.size or head[:4] != b"PK\x03\x04":
        raise _damaged(name, True)
    _, name_len, extra_len = _LOCAL_HEADER.unpack(head)
    begin = start + _LOCAL_HEADER.size + name_len + extra_len
    return memoryview(data)[begin : begin + info.compress_size]


def _chunks(raw: memoryview, method: int, name: str) -> Iterator[bytes]:
    """What a part inflates to, ``_CHUNK`` bytes at a time (whatever its header says)."""
    if method == zipfile.ZIP_STORED:
        for i in range(0, len(raw), _CHUNK):
            yield bytes(raw[i : i + _CHUNK])
        return
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    pending: bytes | memoryview = b""
    at = 0
    try:
        while not inflater.eof:
            if not pending:
                if at >= len(raw):  # all input given: what the inflater still holds, then stop
                    rest = inflater.decompress(b"", _CHUNK)
                    if not rest:
                        return
                    yield rest
                    continue
                pending, at = raw[at : at + _CHUNK], at + _CHUNK
            out = inflater.decompress(pending, _CHUNK)
            pending = inflater.unconsumed_tail
            if out:
                yield out
    except zlib.error as exc:
        raise _damaged(name, True) from exc


def _entities(name: str, part: str, declared: bytes) -> UnsafeFile:
    """What the declarations in ``declared`` (the bytes from the first ``<!ENTITY`` on) make the file:
    one that reads files or addresses of the computer opening it, or a "billion laughs"."""
    if any(word in declared for word in _EXTERNAL):
        return UnsafeFile(
            f"{name} declares an external XML entity in {part}, which Word never writes: a file made to read "
            "other files or addresses of the computer that opens it",
            f"{name} 的 {part} 中声明了外部 XML 实体，Word 从不写入这种内容：这种文件会读取打开它的计算机上的"
            "其他文件或网址",
            hint_en="if it is your résumé, open it in Word or WPS and save it again, or export it as PDF",
            hint_zh="如果这是你的简历，请用 Word 或 WPS 打开后重新保存，或导出为 PDF",
        )
    return UnsafeFile(
        f'{name} declares XML entities in {part}, which Word never writes: a "billion laughs" file, '
        "made to expand without end when read",
        f"{name} 的 {part} 中有 XML 实体声明，Word 从不写入这种内容：这是“十亿笑声”（billion laughs）文件，"
        "读取时会无限膨胀",
        hint_en="if it is your résumé, open it in Word or WPS and save it again, or export it as PDF",
        hint_zh="如果这是你的简历，请用 Word 或 WPS 打开后重新保存，或导出为 PDF",
    )


def inflate_check(data: bytes, name: str, *, deadline: Deadline) -> None:
    """Inflate every part once as a stream, counting the bytes: more than its header declares, or an
    XML entity declaration, and the file is refused there. Run after :func:`check_zip`, which held
    the declared sizes to ``max_unzipped``: a part stopped at its declared size keeps the total
    within the limit too."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        infos = zf.infolist()
    for info in infos:
        if info.is_dir():
            continue
        if info.flag_bits & 0x1:
            raise _damaged(name, True)  # an encrypted part: Word never encrypts parts one by one
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _damaged(name, True)  # Word and WPS write deflate; other methods are not a DOCX
        xml = info.filename.endswith((".xml", ".rels"))
        out, tail = 0, b""
        for chunk in _chunks(_raw(data, info, name), info.compress_type, name):
            deadline.check()
            out += len(chunk)
            if out > info.file_size:
                raise UnsafeFile(
                    f"{name} is a zip bomb: {info.filename} unpacks to more than the {mb(info.file_size)} "
                    "its header declares",
                    f"{name} 是 zip 炸弹：{info.filename} 解压后超过其头部声明的 {mb(info.file_size)}",
                    hint_en="this is not a Word document; if you expected a résumé, export it again as PDF",
                    hint_zh="这不是 Word 文档；如果它本应是简历，请重新导出为 PDF",
                )
            if xml:
                window = tail + chunk
                found = [window.find(marker) for marker in _ENTITY if marker in window]
                if found:
                    raise _entities(name, info.filename, window[min(found) :])
                tail = window[-16:]


def read_docx(data: bytes, name: str, *, limits: Limits, deadline: Deadline) -> DocxText:
    unzipped = check_zip(data, name, limits=limits)
    inflate_check(data, name, deadline=deadline)
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        body = document.element.body
    except CareermapError:
        raise
    except Exception as exc:  # python-docx and lxml raise many types on a broken package
        raise _damaged(name, True) from exc
    walker = _Walker(deadline)
    lines: list[str] = []
    walker.block(body, lines)
    return DocxText("\n".join(lines), walker.paragraphs, walker.tables, unzipped)
