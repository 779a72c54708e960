"""Files careermap cannot or must not read: each gets one exact line, exit code 2, no traceback,
and a documented flag raises each limit."""

from __future__ import annotations

import base64
import signal
from pathlib import Path

import pytest

from careermap.errors import CareermapError, LimitExceeded
from careermap.ingest.limits import Limits
from careermap.ingest.source import read_document
from careermap.knowledge.loader import Knowledge
from tests import resume_files as rf
from tests.conftest import Cli

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
needs_cjk_font = pytest.mark.skipif(not rf.CJK_FONT.exists(), reason=rf.NO_CJK_FONT)


def one_line(cli: Cli, path: Path, *flags: str, lang: str = "C.UTF-8") -> str:
    r = cli("diagnose", str(path), *flags, env={"LANG": lang})
    assert r.returncode == 2, r.stdout
    assert "Traceback" not in r.stderr and r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    return lines[0]


def test_a_corrupt_pdf(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj <</Type/Catalog>> garbage without pages\n%%EOF")
    assert one_line(cli, path) == (
        "error[E105]: bad.pdf is a damaged PDF and cannot be read — "
        "export it again from the original document, or paste the text"
    )


def test_a_truncated_docx(tmp_path: Path, cli: Cli) -> None:
    whole = rf.write_docx(tmp_path / "whole.docx").read_bytes()
    path = tmp_path / "cv.docx"
    path.write_bytes(whole[: len(whole) // 2])
    assert one_line(cli, path) == (
        "error[E105]: cv.docx is a damaged DOCX file (incomplete or broken zip) and cannot be read — "
        "open and save it again in Word or WPS, or export it as PDF"
    )
    assert one_line(cli, path, lang="zh_CN.UTF-8") == (
        "错误[E105]: cv.docx 是损坏的 DOCX 文件（zip 不完整或已损坏），无法读取 — "
        "请用 Word 或 WPS 打开后重新保存，或导出为 PDF"
    )


def test_a_zip_bomb_is_refused_from_its_directory_before_unpacking(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "bomb.docx"
    path.write_bytes(rf.zip_bomb())
    assert path.stat().st_size < 200_000
    assert one_line(cli, path) == (
        "error[E108]: bomb.docx would unpack to 60.0 MB, above the 50.0 MB limit — "
        "if it is a genuine résumé, raise the limit with --max-unzipped (MB)"
    )
    # raising the size limit does not let a part that expands a thousand times through
    line = one_line(cli, path, "--max-unzipped", "100")
    assert line.startswith("error[E108]: bomb.docx looks like a zip bomb: word/document.xml expands ")
    assert line.endswith(
        " times, to 60.0 MB — a Word document expands about 30 times; save it again in Word or WPS, or export it as PDF"
    )


def test_a_zero_byte_file(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert one_line(cli, path) == (
        "error[E101]: empty.txt is empty (0 bytes) — give a résumé file with text in it, or paste a few sentences"
    )


def test_a_png_renamed_pdf_is_told_by_its_content(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "简历.pdf"
    path.write_bytes(PNG)
    assert one_line(cli, path) == (
        "error[E104]: 简历.pdf is a PNG image, not a text document — run OCR on it, or paste the text"
    )
    assert one_line(cli, path, lang="zh_CN.UTF-8") == (
        "错误[E104]: 简历.pdf 是 PNG 图片，不是文字文档 — 请先做文字识别（OCR），或直接粘贴文字"
    )


def test_a_scanned_pdf_says_it_has_no_text_layer(tmp_path: Path, cli: Cli) -> None:
    path = rf.write_scanned_pdf(tmp_path / "scan.pdf")
    assert one_line(cli, path) == (
        "error[E106]: scan.pdf has no text layer (2 pages, 0 characters of text): it looks like a scan or a picture"
        " — run OCR on it (e.g. `ocrmypdf in.pdf out.pdf`) or paste the text"
    )


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """120 pages of text, made once for the tests of the page and time limits."""
    if not rf.CJK_FONT.exists():
        pytest.skip(rf.NO_CJK_FONT)
    return rf.write_many_pages_pdf(tmp_path_factory.mktemp("pdf") / "long.pdf", 120)


def test_page_limit_and_its_flag(long_pdf: Path, tmp_path: Path, cli: Cli) -> None:
    assert one_line(cli, long_pdf) == (
        "error[E108]: long.pdf has 120 pages, above the 50-page limit — "
        "give the résumé pages only, or raise the limit with --max-pages"
    )
    short = rf.write_many_pages_pdf(tmp_path / "short.pdf", 3)
    assert one_line(cli, short, "--max-pages", "2") == (
        "error[E108]: short.pdf has 3 pages, above the 2-page limit — "
        "give the résumé pages only, or raise the limit with --max-pages"
    )
    r = cli("diagnose", str(short), "--max-pages", "3", "--format", "json", "--verbose")
    assert r.returncode == 0, r.stderr
    assert "pages=3" in r.stderr


@pytest.mark.slow  # reads 120 pages (~4 s on one core)
def test_a_raised_page_limit_reads_every_page(long_pdf: Path, cli: Cli) -> None:
    r = cli("diagnose", str(long_pdf), "--max-pages", "120", "--format", "json", "--verbose", "--no-store")
    assert r.returncode == 0, r.stderr
    assert "pages=120" in r.stderr


def test_time_limit_and_its_flag(long_pdf: Path, cli: Cli) -> None:
    assert one_line(cli, long_pdf, "--max-pages", "200", "--timeout", "0.001") == (
        "error[E108]: reading long.pdf took longer than 0.001 s — "
        "give a shorter file, or raise the limit with --timeout"
    )


def test_the_time_limit_holds_off_the_main_thread_too(long_pdf: Path, kb: Knowledge) -> None:
    """A web front reads uploads in worker threads, where no timer signal can interrupt."""
    import threading

    data = long_pdf.read_bytes()
    caught: list[BaseException] = []

    def work() -> None:
        try:
            read_document(data, kb, name="long.pdf", limits=Limits(max_pages=200, timeout=0.001))
        except BaseException as exc:
            caught.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(60)
    assert len(caught) == 1 and isinstance(caught[0], LimitExceeded)
    assert caught[0].line().startswith("error[E108]: reading long.pdf took longer than 0.001 s")


@needs_cjk_font
def test_size_limit_and_its_flag(tmp_path: Path, cli: Cli) -> None:
    path = rf.write_pdf(tmp_path / "cv.pdf")
    kb_size = path.stat().st_size / 1024
    assert one_line(cli, path, "--max-size", "0.01") == (
        f"error[E103]: cv.pdf is {kb_size:.1f} KB, above the 10.2 KB limit — "
        "give a shorter file or raise the limit with --max-size"
    )
    assert cli("diagnose", str(path), "--max-size", "1", "--format", "json").returncode == 0


@pytest.mark.parametrize(
    ("data", "line"),
    [
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
            "error[E104]: old.doc is an old Word 97-2003 (.doc) or WPS file, not a text document — "
            "save it as .docx or PDF in Word or WPS and try again",
        ),
        (
            b"PK\x05\x06" + b"\x00" * 18,
            "error[E104]: old.doc is a zip archive, not a text document — unpack it and give the résumé inside",
        ),
        (
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\ntrailer <</Root 1 0 R/Encrypt 2 0 R>>\n%%EOF",
            "error[E105]: old.doc is a damaged PDF and cannot be read — "
            "export it again from the original document, or paste the text",
        ),
    ],
)
def test_other_formats_are_named(kb: Knowledge, data: bytes, line: str) -> None:
    with pytest.raises(CareermapError) as err:
        read_document(data, kb, name="old.doc")
    assert err.value.line() == line


def test_an_xlsx_is_not_a_resume(tmp_path: Path, kb: Knowledge, cli: Cli) -> None:
    import zipfile

    path = tmp_path / "cv.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
    assert one_line(cli, path) == (
        "error[E104]: cv.docx is an Excel workbook, not a text document — save it as .docx or PDF and try again"
    )


def test_too_many_zip_parts(kb: Knowledge) -> None:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for i in range(30):
            zf.writestr(f"word/media/p{i}.xml", "<x/>")
    with pytest.raises(LimitExceeded) as err:
        read_document(buf.getvalue(), kb, name="many.docx", limits=Limits(max_members=20))
    assert err.value.line() == (
        "error[E108]: many.docx holds 30 parts, above the 20-part limit of a DOCX — "
        "this is not an ordinary Word document: save it again in Word or WPS, or export it as PDF"
    )


def test_the_timer_is_put_back_after_reading(kb: Knowledge) -> None:
    before = signal.getsignal(signal.SIGALRM)
    read_document("熟悉 CUDA".encode(), kb, name="a.txt")
    with pytest.raises(CareermapError):
        read_document(PNG, kb, name="a.png")
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_a_docx_or_page_with_no_text_says_so(tmp_path: Path, kb: Knowledge) -> None:
    import docx

    path = tmp_path / "blank.docx"
    docx.Document().save(str(path))
    page = b"<html><head><title>CV</title><script>var skills = 'CUDA'</script></head><body> </body></html>"
    for data, name in ((path.read_bytes(), "blank.docx"), (page, "blank.html")):
        with pytest.raises(CareermapError) as err:
            read_document(data, kb, name=name)
        assert err.value.line() == (
            f"error[E101]: {name} has no text — give a résumé file with text in it, or paste a few sentences"
        )


def test_a_long_repetitive_but_genuine_docx_is_not_taken_for_a_bomb(kb: Knowledge) -> None:
    import io
    import zipfile

    import docx

    d = docx.Document()
    for i in range(4000):
        d.add_paragraph(f"{i % 7}. 熟悉 CUDA 与 C++，负责推理服务优化，首字延迟降低 40%")
    buf = io.BytesIO()
    d.save(buf)
    part = zipfile.ZipFile(buf).getinfo("word/document.xml")
    assert part.file_size > 256 * 1024 and part.file_size / part.compress_size > 100
    doc = read_document(buf.getvalue(), kb, name="long.docx", limits=Limits(ratio_floor=256 * 1024))
    assert doc.meta["paragraphs"] == "4000"


@pytest.mark.parametrize("command", [["diagnose"], ["plan"], ["jobs", "match"]])
def test_every_command_that_reads_a_resume_has_the_same_limits_and_flags(
    tmp_path: Path, command: list[str], cli: Cli
) -> None:
    path = tmp_path / "cv.md"
    path.write_text("## 专业技能\n熟悉 Python、PyTorch 与 vLLM 推理部署，电话 13812345678。\n" * 400, encoding="utf-8")
    env = {"LANG": "C.UTF-8", "CAREERMAP_DB": str(tmp_path / "c.db")}
    r = cli(*command, str(path), "--max-size", "0.01", env=env)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert r.stderr.strip().endswith("raise the limit with --max-size") and r.stderr.count("\n") == 1
    r = cli(*command, str(path), "--max-chars", "1000", env=env)
    assert r.returncode == 2 and r.stderr.strip().endswith("raise the limit with --max-chars")
    raised = cli(*command, str(path), "--keep-pii", "--max-size", "1", "--max-chars", "100000", "-f", "json", env=env)
    assert raised.returncode == 0, raised.stderr
