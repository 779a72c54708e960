"""DOCX to text: zip-bomb checks first, then python-docx, walking the body in document order.

Before anything is unpacked, the zip's central directory alone is checked: the number of
parts, their total unpacked size (``--max-unzipped``), and each part's expansion ratio
(``max_ratio``, for parts over ``ratio_floor``). zipfile never unpacks more than a part's
declared size, so a directory that lies about sizes cannot get past these checks.

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
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from careermap.errors import CareermapError, CorruptFile, LimitExceeded
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


def read_docx(data: bytes, name: str, *, limits: Limits, deadline: Deadline) -> DocxText:
    unzipped = check_zip(data, name, limits=limits)
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
