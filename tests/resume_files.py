"""Real résumé files built at test time: PDF (reportlab + a CJK TrueType font), DOCX
(python-docx), HTML, Markdown and legacy-encoded text, all from one résumé.

The personal data in it is made up; the ID number has a valid check character so that
redaction has something real to find.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import BinaryIO

CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
NO_CJK_FONT = (
    f"needs the CJK TrueType font {CJK_FONT} (Debian: apt-get install fonts-wqy-microhei) to draw a Chinese PDF"
)

NAME = "张三"
PHONE = "138-1234-5678"
EMAIL = "zhangsan.cuda@example.com"
ADDRESS = "北京市海淀区中关村大街27号"
ID_NUMBER = "11010519491231002X"
PII = (PHONE, EMAIL, ADDRESS, ID_NUMBER)

CONTACT = [f"电话：{PHONE}", f"邮箱：{EMAIL}", f"地址：{ADDRESS}", f"身份证：{ID_NUMBER}"]
# (skill words, level) rows: a table in the DOCX, lines elsewhere
SKILLS = [("CUDA、C++", "精通"), ("TensorRT、Triton", "熟练"), ("Python、PyTorch", "熟练"), ("Linux", "熟悉")]
EXPERIENCE = [
    "2019-2023 某科技公司 推理引擎工程师",
    "主导 vLLM 推理服务性能优化，首字延迟从 800 毫秒降到 300 毫秒",
    "用 CUDA 编写 FlashAttention 算子，吞吐提升 3 倍",
]
PROJECTS = [
    "基于 TensorRT-LLM 部署 Qwen 模型，显存占用降低 40%",
    "实现 INT8 量化推理流程，精度损失小于 1%",
]
EDUCATION = ["北京大学 计算机科学 硕士"]


def skill_lines() -> list[str]:
    return [f"{words}：{level}" for words, level in SKILLS]


def sections() -> list[tuple[str, list[str]]]:
    """(heading, lines) in reading order; the contact block has no heading."""
    return [
        ("", [NAME, *CONTACT]),
        ("专业技能", skill_lines()),
        ("工作经历", EXPERIENCE),
        ("项目经历", PROJECTS),
        ("教育背景", EDUCATION),
    ]


def plain_text() -> str:
    out: list[str] = []
    for heading, lines in sections():
        if heading:
            out += ["", heading]
        out += lines
    return "\n".join(out) + "\n"


def markdown() -> str:
    out: list[str] = []
    for heading, lines in sections():
        if heading:
            out += ["", f"## {heading}", ""]
            out += [f"- {line}" for line in lines]
        else:
            out += [f"# {lines[0]}", "", *lines[1:]]
    return "\n".join(out) + "\n"


def html_page() -> str:
    body = [f"<h1>{NAME}</h1>", "<p>" + " | ".join(CONTACT) + "</p>"]
    for heading, lines in sections()[1:]:
        body.append(f"<h2>{heading}</h2><ul>" + "".join(f"<li>{x}</li>" for x in lines) + "</ul>")
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>简历</title>"
        "<style>body { font-family: sans-serif } .skill::after { content: 'Kubernetes' }</style>"
        "<script>var tracking = 'Rust Golang Kubernetes'; document.title = 'Haskell';</script></head>"
        "<body>" + "".join(body) + "<div hidden>Scala 精通</div>"
        "<script type='text/javascript'>console.log('Erlang')</script></body></html>"
    )


def write_docx(path: Path, *, skills_table: bool = True) -> Path:
    import docx

    d = docx.Document()
    d.add_heading(NAME, level=1)
    for line in CONTACT:
        d.add_paragraph(line)
    d.add_heading("专业技能", level=2)
    if skills_table:
        table = d.add_table(rows=1, cols=2)
        table.rows[0].cells[0].text, table.rows[0].cells[1].text = "技能", "程度"
        for words, level in SKILLS:
            row = table.add_row()
            row.cells[0].text, row.cells[1].text = words, level
    else:
        for line in skill_lines():
            d.add_paragraph(line)
    for heading, lines in sections()[2:]:
        d.add_heading(heading, level=2)
        for line in lines:
            d.add_paragraph(line)
    d.save(str(path))
    return path


def _pdf_canvas(target: Path | BinaryIO):  # type: ignore[no-untyped-def]
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "wqy" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("wqy", str(CJK_FONT), subfontIndex=0))
    c = canvas.Canvas(str(target) if isinstance(target, Path) else target)
    c.setFont("wqy", 10)
    return c


def write_pdf(path: Path) -> Path:
    """One column, one line per line of the résumé."""
    c = _pdf_canvas(path)
    y = 800.0
    for heading, lines in sections():
        if heading:
            y -= 8
            c.drawString(50, y, heading)
            y -= 16
        for line in lines:
            c.drawString(50, y, line)
            y -= 15
    c.showPage()
    c.save()
    return path


def write_two_column_pdf(path: Path) -> Path:
    """A sidebar (contact, skills, education) beside a main column (work, projects), drawn
    column by column as Word, WPS and browsers write them."""
    c = _pdf_canvas(path)
    sidebar = [("", [NAME, *CONTACT]), ("专业技能", skill_lines()), ("教育背景", EDUCATION)]
    main = [("工作经历", EXPERIENCE), ("项目经历", PROJECTS)]
    for x, blocks in ((40, sidebar), (300, main)):
        y = 800.0
        for heading, lines in blocks:
            if heading:
                y -= 8
                c.drawString(x, y, heading)
                y -= 16
            for line in lines:
                c.drawString(x, y, line)
                y -= 15
    c.showPage()
    c.save()
    return path


def write_scanned_pdf(path: Path, pages: int = 2) -> Path:
    """Pages holding only a picture, as a scanner makes them."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for _ in range(pages):
        for i in range(40):  # grey bars standing in for scanned lines of text
            c.setFillGray(0.2 + (i % 3) * 0.1)
            c.rect(50, 780 - i * 18, 300 + (i * 37) % 200, 9, stroke=0, fill=1)
        c.showPage()
    c.save()
    return path


def write_many_pages_pdf(path: Path, pages: int) -> Path:
    c = _pdf_canvas(path)
    for p in range(pages):
        for i in range(40):
            c.drawString(50, 800 - i * 18, f"第 {p + 1} 页 第 {i + 1} 行：熟悉 CUDA 与 C++，做过推理优化")
        c.showPage()
    c.save()
    return path


def zip_bomb(size: int = 60 * 1024 * 1024) -> bytes:
    """A DOCX-shaped zip whose document.xml unpacks from ~60 KB to ``size`` bytes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            chunk = b"\x20" * (1024 * 1024)
            for _ in range(size // len(chunk)):
                fh.write(chunk)
    return buf.getvalue()


def _patch_declared_size(data: bytes, part: str, declared: bytes) -> bytes:
    """The zip with ``part``'s local and central headers claiming it unpacks to ``declared``
    (its size and CRC-32), whatever its compressed bytes really inflate to."""
    import struct
    import zlib

    out = bytearray(data)
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(part)
    crc, size = zlib.crc32(declared), len(declared)
    struct.pack_into("<I", out, info.header_offset + 14, crc)  # local header: crc-32, then sizes
    struct.pack_into("<I", out, info.header_offset + 22, size)
    at = 0
    while (at := data.find(b"PK\x01\x02", at)) >= 0:  # central directory entries
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + name_len] == part.encode():
            struct.pack_into("<I", out, at + 16, crc)
            struct.pack_into("<I", out, at + 24, size)
        at += 4
    return bytes(out)


def lying_zip_bomb(tmp: Path, size: int = 60 * 1024 * 1024, claimed: int = 4000) -> bytes:
    """A real DOCX whose document.xml inflates to ``size`` bytes while both its headers say
    ``claimed`` bytes (with the CRC of those first bytes): every directory check passes."""
    good = zipfile.ZipFile(write_docx(tmp / "base.docx"))
    head = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>"
    )
    body = head + b" " * (size - len(head))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name in good.namelist():
            zf.writestr(name, body if name == "word/document.xml" else good.read(name))
    return _patch_declared_size(buf.getvalue(), "word/document.xml", body[:claimed])


BILLION_LAUGHS = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode() for i in range(1, 10)
    )
    + b']>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
)


def billion_laughs_docx(tmp: Path) -> bytes:
    """A DOCX whose document.xml is the classic "billion laughs": nine levels of entities, ten each."""
    good = zipfile.ZipFile(write_docx(tmp / "base.docx"))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in good.namelist():
            zf.writestr(name, BILLION_LAUGHS if name == "word/document.xml" else good.read(name))
    return buf.getvalue()
