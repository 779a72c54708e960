"""Paths, files and options a user gets wrong on the command line (issue 14, item 9): each is one
coded line on stderr and exit 2, named as what it is; libraries print nothing of their own.

Every file here is real and made by the test: folders, FIFOs, sockets, symlink loops, damaged PDFs,
a zip bomb whose headers lie, a "billion laughs" DOCX, databases in places that cannot be written.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import tracemalloc
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from careermap.errors import UnsafeFile
from careermap.ingest.source import read_document
from careermap.knowledge.loader import DATA_DIR, Knowledge
from tests import resume_files as rf

ZH = "我做了5年Java后端，熟悉Spring Cloud和Redis，最近用LangChain做了知识库问答。"


def one_line(r: subprocess.CompletedProcess[str]) -> str:
    """The single line a failed command printed (and nothing on stdout, no traceback)."""
    assert r.returncode == 2, (r.returncode, r.stdout, r.stderr)
    assert r.stdout == "" and "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    return lines[0]


# ---------------------------------------------------------------- paths that are no file to read


@pytest.fixture()
def odd_paths(tmp_path: Path) -> Iterator[dict[str, Path]]:
    """A folder, a device, a FIFO, a socket, a symlink loop and a link to nothing."""
    folder = tmp_path / "cv"
    folder.mkdir()
    fifo = tmp_path / "cv.fifo"
    os.mkfifo(fifo)
    loop_a, loop_b = tmp_path / "loop_a.md", tmp_path / "loop_b.md"
    loop_a.symlink_to(loop_b)
    loop_b.symlink_to(loop_a)
    dangling = tmp_path / "old.md"
    dangling.symlink_to(tmp_path / "gone.md")
    sock_path = tmp_path / "s.sock"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(str(sock_path))
    yield {
        "folder": folder,
        "device": Path("/dev/zero"),
        "fifo": fifo,
        "socket": sock_path,
        "loop": loop_a,
        "dangling": dangling,
    }
    sock.close()


EXPECTED = {
    "folder": "error[E111]: {p} is a folder, not a file — give the path of a résumé file, or '-' to read stdin",
    "device": "error[E111]: {p} is a device, not a file — give the path of a résumé file, or '-' to read stdin",
    "fifo": "error[E111]: {p} is a named pipe (FIFO), not a file — "
    "give the path of a résumé file, or '-' to read stdin",
    "socket": "error[E111]: {p} is a socket, not a file — give the path of a résumé file, or '-' to read stdin",
    "loop": "error[E111]: {p} is a symbolic link that loops, not a file — "
    "give the path of a résumé file, or '-' to read stdin",
    "dangling": "error[E110]: {p} is a link to {target}, which does not exist — check the path the link points to",
}


ANSWERS_HINT = "give the path of an answers file, or run `careermap quiz --template > answers.yaml` to start one"


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_a_path_that_is_no_file_is_named_as_what_it_is(cli: Any, odd_paths: dict[str, Path], kind: str) -> None:
    path = odd_paths[kind]
    target = os.readlink(path) if path.is_symlink() else ""
    want = EXPECTED[kind].format(p=path, target=target)
    started = time.monotonic()
    for command in (["diagnose"], ["plan"], ["jobs", "match"]):  # every command that reads a résumé
        assert one_line(cli(*command, str(path), env={"LANG": "C.UTF-8"})) == want, command
    assert time.monotonic() - started < 30  # a FIFO with no writer and /dev/zero are never waited on


def test_the_same_paths_as_answers_or_postings_files(cli: Any, odd_paths: dict[str, Path], tmp_path: Path) -> None:
    me = tmp_path / "me.md"
    me.write_text(ZH, encoding="utf-8")
    for kind in ("device", "fifo", "loop"):
        path = odd_paths[kind]
        line = one_line(cli("diagnose", str(me), "--answers", str(path), "--no-store", env={"LANG": "C.UTF-8"}))
        what, _, _ = EXPECTED[kind].format(p=path).partition(" — ")
        assert line == f"{what} — {ANSWERS_HINT}"  # the same name, with an answers file's hint
        line = one_line(cli("jobs", "classify", str(path), env={"LANG": "C.UTF-8"}))
        assert line == EXPECTED[kind].format(p=path).replace("a résumé file", "a postings file")


def test_chinese_users_read_the_same_line_in_chinese(cli: Any, odd_paths: dict[str, Path]) -> None:
    fifo = odd_paths["fifo"]
    assert one_line(cli("diagnose", str(fifo), env={"LANG": "zh_CN.UTF-8"})) == (
        f"错误[E111]: {fifo} 是命名管道（FIFO），不是文件 — 请给出简历文件的路径，或用 '-' 读取标准输入"
    )


def _without_dac_override() -> None:
    """In the child, before exec: drop the two capabilities that let root read any file
    (CAP_DAC_OVERRIDE 1, CAP_DAC_READ_SEARCH 2) from the bounding set, so root meets permissions."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (1, 2):
        if libc.prctl(24, cap, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            os._exit(99)


@pytest.mark.slow
def test_a_file_the_user_may_not_read_is_named_so(tmp_path: Path) -> None:
    """Root reads every file: the command then runs without the capabilities that allow it."""
    secret = tmp_path / "cv.md"
    secret.write_text(ZH, encoding="utf-8")
    secret.chmod(0)
    r = subprocess.run(
        [sys.executable, "-m", "careermap", "diagnose", str(secret), "--no-store"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "LANG": "C.UTF-8"},
        preexec_fn=_without_dac_override if os.geteuid() == 0 else None,
    )
    if r.returncode == 99:
        pytest.skip("running as root without CAP_SETPCAP: cannot make a file unreadable")
    assert one_line(r) == (
        f"error[E112]: {secret} cannot be read: permission denied — "
        "check the file's permissions (ls -l), or copy it somewhere you can read"
    )


# ---------------------------------------------------------------- libraries stay quiet


def damaged_pdfs(tmp_path: Path) -> list[Path]:
    """A PDF with its startxref pointing nowhere, one cut before %%EOF, one with no pages."""
    good = rf.write_pdf(tmp_path / "good.pdf").read_bytes() if rf.CJK_FONT.exists() else _latin_pdf()
    cut = good.rfind(b"startxref")
    files = {
        "xref.pdf": good[:cut] + b"startxref\n99999999\n%%EOF\n",
        "cut.pdf": good[: good.rfind(b"%%EOF")],
        "nopages.pdf": b"%PDF-1.7\n1 0 obj <</Type/Catalog>> garbage without pages\n",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return [tmp_path / name for name in files]


def _latin_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, "Five years of Python and CUDA; PyTorch inference with TensorRT and vLLM.")
    c.save()
    return buf.getvalue()


def test_a_damaged_pdf_prints_our_line_and_nothing_of_pypdf(cli: Any, tmp_path: Path) -> None:
    for path in damaged_pdfs(tmp_path):
        r = cli("diagnose", str(path), "--no-store", "--format", "json", env={"LANG": "C.UTF-8"})
        for noise in ("EOF marker", "startxref", "Object Streams", "CAUTION", "pypdf"):
            assert noise not in r.stderr, (path.name, r.stderr)
        if r.returncode:  # what pypdf cannot repair is our one line; what it repairs is read silently
            assert one_line(r) == (
                f"error[E105]: {path.name} is a damaged PDF and cannot be read — "
                "export it again from the original document, or paste the text"
            )
        else:
            assert r.stderr == ""


@pytest.mark.slow
def test_a_damaged_pdf_is_one_line_from_the_console_script_too(tmp_path: Path) -> None:
    """A fresh process, so no earlier read has set logging up: the real stderr has our line alone."""
    path = damaged_pdfs(tmp_path)[1]
    r = subprocess.run(
        [sys.executable, "-m", "careermap", "diagnose", str(path), "--no-store"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "LANG": "C.UTF-8"},
    )
    assert r.stderr == (
        "error[E105]: cut.pdf is a damaged PDF and cannot be read — "
        "export it again from the original document, or paste the text\n"
    )


# ---------------------------------------------------------------- zip bombs and entity bombs


def test_a_zip_bomb_whose_headers_understate_its_size_is_stopped_at_the_declared_size(
    tmp_path: Path, kb: Knowledge
) -> None:
    bomb = rf.lying_zip_bomb(tmp_path)  # 60 MB of document.xml; both headers say 4,000 bytes
    assert len(bomb) < 200_000
    part = zipfile.ZipFile(io.BytesIO(bomb)).getinfo("word/document.xml")
    assert part.file_size == 4000  # every directory check passes: size, total, ratio

    tracemalloc.start()
    cpu = time.process_time()
    try:  # what reading it whole, as python-docx does, costs: zipfile inflates all 60 MB first
        assert len(zipfile.ZipFile(io.BytesIO(bomb)).read("word/document.xml")) == 4000
        whole_cpu = time.process_time() - cpu
        whole_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        cpu = time.process_time()
        with pytest.raises(UnsafeFile) as err:
            read_document(bomb, kb, name="bomb.docx")
        our_cpu = time.process_time() - cpu
        our_peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert err.value.line() == (
        "error[E113]: bomb.docx is a zip bomb: word/document.xml unpacks to more than the 3.9 KB its header "
        "declares — this is not a Word document; if you expected a résumé, export it again as PDF"
    )
    assert whole_peak > 50 * 1024 * 1024  # the bomb is real
    assert our_peak < 2 * 1024 * 1024  # one 64 KB chunk at a time, never the 60 MB
    assert our_cpu < max(0.25, whole_cpu / 4), (our_cpu, whole_cpu)


def test_a_billion_laughs_docx_is_called_what_it_is(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "laughs.docx"
    path.write_bytes(rf.billion_laughs_docx(tmp_path))
    assert one_line(cli("diagnose", str(path), env={"LANG": "C.UTF-8"})) == (
        'error[E113]: laughs.docx declares XML entities in word/document.xml, which Word never writes: a "billion '
        'laughs" file, made to expand without end when read — if it is your résumé, open it in Word or WPS and save '
        "it again, or export it as PDF"
    )


def test_a_docx_that_pulls_in_a_file_of_this_machine_is_called_what_it_is(cli: Any, tmp_path: Path) -> None:
    """An external entity (XXE) is not a "billion laughs": it reads a file; nothing of that file is shown."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOKEN-4711", encoding="utf-8")
    good = zipfile.ZipFile(rf.write_docx(tmp_path / "base.docx"))
    doc = (
        f'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
        "<w:t>Java developer, PyTorch &x;</w:t></w:r></w:p></w:body></w:document>"
    )
    path = tmp_path / "xxe.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in good.namelist():
            zf.writestr(name, doc if name == "word/document.xml" else good.read(name))
    r = cli("diagnose", str(path), env={"LANG": "C.UTF-8"})
    assert one_line(r) == (
        "error[E113]: xxe.docx declares an external XML entity in word/document.xml, which Word never writes: "
        "a file made to read other files or addresses of the computer that opens it — if it is your résumé, "
        "open it in Word or WPS and save it again, or export it as PDF"
    )
    assert "TOKEN-4711" not in r.stdout + r.stderr


def test_genuine_docx_files_still_read(tmp_path: Path, kb: Knowledge) -> None:
    doc = read_document(rf.write_docx(tmp_path / "cv.docx").read_bytes(), kb, name="cv.docx")
    assert "TensorRT" in doc.text and doc.meta["format"] == "docx"


# ---------------------------------------------------------------- declared encodings that are no encodings


@pytest.mark.parametrize(
    "label",
    ["undefined", "idna", "punycode", "unicode_escape", "raw_unicode_escape", "utf-7", "rot13", "base64", "x-no-such"],
)
def test_an_html_file_declaring_no_real_charset_is_read_by_its_bytes(cli: Any, tmp_path: Path, label: str) -> None:
    path = tmp_path / "cv.html"
    path.write_bytes(
        f'<html><head><meta charset="{label}"></head><body><p>'.encode()
        + "熟悉 Python、PyTorch 与 CUDA，café".encode("gbk", errors="ignore")
        + b"\xff\xfe broken</p></body></html>"
    )
    r = cli("diagnose", str(path), "--no-store", "--format", "json", "-v", env={"LANG": "C.UTF-8"})
    assert r.returncode in (0, 2) and "E999" not in r.stderr and "Traceback" not in r.stderr, r.stderr
    if r.returncode == 2:
        assert one_line(r).startswith(("error[E107]: cannot tell the text encoding of cv.html", "error[E102]"))
    else:
        assert f"encoding={label}" not in r.stderr


def test_a_declared_idna_charset_that_breaks_on_the_bytes_is_not_an_internal_error(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "idna.html"  # decoding these bytes as idna raised UnicodeError (E999, exit 70)
    head = b'<html><head><meta charset="idna"></head><body>'
    path.write_bytes(head + b"a" * 70 + b".\xe4\xbd\xa0 Python</body></html>")
    r = cli("diagnose", str(path), "--no-store", "--format", "json", env={"LANG": "C.UTF-8"})
    assert r.returncode in (0, 2) and "E999" not in r.stderr


# ---------------------------------------------------------------- options: --lang, --since


def _commands_with(option: str) -> list[list[str]]:
    """Every command of the app that takes ``option``, found from the app itself (a new one is covered)."""
    import typer.main

    from careermap.cli.app import app

    found: list[list[str]] = []

    def walk(cmd: Any, path: list[str]) -> None:
        if hasattr(cmd, "commands"):  # a group (typer's own click types: no isinstance)
            for name, sub in cmd.commands.items():
                walk(sub, [*path, name])
        elif any(option in p.opts for p in cmd.params):
            found.append(path)

    walk(typer.main.get_command(app), [])
    return found


def _args_for(command: list[str], tmp_path: Path) -> list[str]:
    me = tmp_path / "me.md"
    me.write_text(ZH, encoding="utf-8")
    needs_source = {("diagnose",), ("plan",), ("jobs", "match"), ("jobs", "import"), ("jobs", "classify")}
    needs_id = {("kb", "show")}
    if tuple(command) in needs_source:
        return [*command, str(me)]
    if tuple(command) in needs_id:
        return [*command, "inference.engine"]
    return command


def test_every_lang_option_refuses_anything_but_zh_or_en_with_one_line(cli: Any, tmp_path: Path) -> None:
    commands = _commands_with("--lang")
    assert len(commands) >= 10, commands  # diagnose, plan, history, diff, kb show/search, jobs …
    db = tmp_path / "never.db"
    with_db = _commands_with("--db")
    for command in commands:
        args = [*_args_for(command, tmp_path), "--lang", "xx", *(["--db", str(db)] if command in with_db else [])]
        r = cli(*args)
        assert one_line(r) == (
            "error[E010]: --lang must be zh or en, not 'xx' — leave it out to answer in the language of the input"
        ), command
    assert not db.exists()
    ok = cli("kb", "show", "3", "--lang", "EN")
    assert ok.returncode == 0 and "Threshold" in ok.stdout


@pytest.mark.parametrize("since", ["2025-13", "2025-00", "2025-1", "25-01", "２０２５-０１", "2025/01", "soon"])
def test_a_month_that_is_no_month_is_one_line(cli: Any, tmp_path: Path, since: str) -> None:
    db = tmp_path / "jobs.db"
    r = cli("jobs", "stats", "--since", since, "--db", str(db), env={"LANG": "C.UTF-8"})
    assert one_line(r) == (
        f"error[E010]: since must be a month written YYYY-MM, not {since!r} — e.g. 2025-03 (months 01 to 12)"
    )
    assert not db.exists()


# ---------------------------------------------------------------- the store: asked for, or the default


def _unwritable_stores(tmp_path: Path) -> dict[str, tuple[str, str]]:
    """--db values that cannot be written -> (their value, the start of the line that names the problem)."""
    folder = tmp_path / "a-folder"
    folder.mkdir()
    plain = tmp_path / "notes.txt"
    plain.write_text("not a folder", encoding="utf-8")
    ro = tmp_path / "ro.db"
    sqlite_ro = f"sqlite:///file:{ro}?mode=ro&uri=true"  # a read-only SQLite file, even for root
    return {
        "folder": (str(folder), f"error[E400]: the database {folder} is a folder, not a database file"),
        "file as folder": (
            str(plain / "x.db"),
            f"error[E400]: cannot create the folder for the database {plain / 'x.db'}: {plain} is a file, not a folder",
        ),
        "read-only": (sqlite_ro, f"error[E400]: database {sqlite_ro} cannot be opened"),
        "no server": (
            "postgresql://careermap:secret@127.0.0.1:9/careermap",
            "error[E410]: cannot reach the PostgreSQL server of postgresql+psycopg://careermap:***@127.0.0.1:9/",
        ),
    }


@pytest.mark.parametrize("command", [["diagnose"], ["plan"]])
def test_a_store_asked_for_with_db_that_cannot_be_written_is_an_error(
    cli: Any, tmp_path: Path, command: list[str]
) -> None:
    me = tmp_path / "me.md"
    me.write_text(ZH, encoding="utf-8")
    for what, (db, start) in _unwritable_stores(tmp_path).items():
        line = one_line(cli(*command, str(me), "--db", db, env={"LANG": "C.UTF-8"}))
        assert line.startswith(start), (what, line)
        assert "secret" not in line  # a password in the URL is never printed


def test_the_default_store_failing_is_a_warning_and_the_answer_is_printed(cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    r = cli("diagnose", "-", "--format", "json", stdin=ZH, env={"LANG": "C.UTF-8", "CAREERMAP_DB": str(folder)})
    assert r.returncode == 0 and r.stdout.startswith("{")
    assert r.stderr == (
        f"warning[E400]: the assessment was not stored: the database {folder} is a folder, not a database file — "
        "pass --db with the path of a database file (it is created if it does not exist)\n"
    )


READING = [["history"], ["diff"], ["jobs", "stats"], ["jobs", "list"], ["jobs", "dups"], ["jobs", "match"]]


@pytest.mark.parametrize("command", READING)
def test_reading_commands_never_create_a_database(cli: Any, tmp_path: Path, command: list[str]) -> None:
    asked = tmp_path / "new.db"
    default = tmp_path / "data" / "careermap.db"
    args = _args_for(command, tmp_path)
    r = cli(*args, "--db", str(asked), env={"LANG": "C.UTF-8"})
    assert r.returncode in (0, 2) and "Traceback" not in r.stderr  # diff with nothing stored is an error line
    r = cli(*args, env={"LANG": "C.UTF-8", "CAREERMAP_DB": str(default)})
    assert r.returncode in (0, 2) and "Traceback" not in r.stderr
    assert not asked.exists() and not default.exists() and not default.parent.exists()


# ---------------------------------------------------------------- answers files made to hurt


def test_an_answers_file_nested_too_deep_or_built_from_aliases_is_one_line(cli: Any, tmp_path: Path) -> None:
    me = tmp_path / "me.md"
    me.write_text(ZH, encoding="utf-8")
    deep = tmp_path / "deep.yaml"
    deep.write_text("answers:\n  derive_formulas: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    line = one_line(cli("diagnose", str(me), "--answers", str(deep), "--no-store", env={"LANG": "C.UTF-8"}))
    assert line.startswith("error[E501]: answers file ") and "nests lists or mappings too deeply" in line
    laughs = tmp_path / "laughs.yaml"  # nine levels of nine aliases: 387 million strings if ever printed
    levels = ["lang: &l0 [x, x, x, x, x, x, x, x, x]"]
    levels += [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]" for i in range(1, 9)]
    laughs.write_text("\n".join(levels).replace("l1:", "questionnaire:", 1) + "\n", encoding="utf-8")
    started = time.monotonic()
    r = cli("diagnose", str(me), "--answers", str(laughs), "--no-store", env={"LANG": "C.UTF-8"})
    assert r.returncode == 2 and len(r.stderr.splitlines()) == 1 and len(r.stderr) < 400, r.stderr[:400]
    assert time.monotonic() - started < 20


# ---------------------------------------------------------------- kb validate: every name in its language


def test_kb_validate_checks_the_language_of_every_skill_name(cli: Any, tmp_path: Path) -> None:
    kb = tmp_path / "kb"
    shutil.copytree(DATA_DIR, kb)
    math = kb / "skills" / "math.yaml"
    text = math.read_text(encoding="utf-8")
    for old, new in (
        ('{zh: "线性代数", en: "Linear algebra"}', '{zh: "线性代数", en: "线性代数"}'),  # English written in Chinese
        ('{zh: "概率论", en: "Probability theory"}', '{zh: "Probability theory", en: "Probability theory"}'),
        ('{zh: "微积分", en: "Calculus"}', '{zh: "Kalkül", en: "Calculus"}'),  # neither the name nor an alias
    ):
        assert old in text
        text = text.replace(old, new, 1)
    math.write_text(text, encoding="utf-8")
    r = cli("kb", "validate", "--kb", str(kb))
    assert r.returncode == 2
    problems = r.stderr.strip().splitlines()
    assert problems == [
        "[skills/math.yaml -> linear_algebra -> name.en] the English name is written in Chinese: '线性代数'",
        "[skills/math.yaml -> calculus -> name.zh] the Chinese name has no Chinese and is neither the English name "
        "nor an alias (a product name kept as it is): 'Kalkül'",
        "[skills/math.yaml -> probability -> name.zh] the Chinese name is an English phrase left untranslated: "
        "'Probability theory'",
        "3 problem(s)",
    ], problems
    assert cli("kb", "validate").returncode == 0  # the bundled knowledge base passes: PyTorch, scikit-learn, Rust…


# ---------------------------------------------------------------- numbers typed are ASCII digits


def test_a_superscript_two_is_no_answer_in_the_line_questionnaire(cli: Any) -> None:
    """``"²".isdigit()`` is true and ``int("²")`` fails: the line mode asked again, not E999."""
    r = cli("quiz", "--lang", "en", "--format", "json", stdin="²\n" + "1\n" * 27 + "\n")
    assert r.returncode == 0, r.stderr[-300:]
    assert r.stderr.count("Question 1 of 27") == 2  # the first question was asked again
    assert len(json.loads(r.stdout)["questionnaire"]["answers"]) == 27


def test_a_posting_file_named_with_a_superscript_is_a_name(cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "postings"
    folder.mkdir()
    (folder / "².txt").write_text("RAG Engineer\nBuild RAG with LangChain and a vector database in Python.\n")
    (folder / "1.txt").write_text("LLM Engineer\nFine-tune large language models with PyTorch and DeepSpeed.\n")
    r = cli("jobs", "classify", str(folder))
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.strip().splitlines()) == 2


# ---------------------------------------------------------------- values YAML and JSON parse but Python cannot build


def test_an_answer_of_five_thousand_digits_or_a_date_that_does_not_exist_is_named(cli: Any, tmp_path: Path) -> None:
    """Python converts at most 4,300 digits and has no 13th month: both were E999 and exit 70."""
    for value, shown in (("7" * 5000, "'7777777777"), ("2025-13-45", "'2025-13-45'")):
        answers = tmp_path / "answers.yaml"
        answers.write_text(f"answers:\n  derive_formulas: {value}\n", encoding="utf-8")
        line = one_line(cli("quiz", "--answers", str(answers), "--lang", "en", env={"LANG": "C.UTF-8"}))
        assert line.startswith(f"error[E504]: item 'derive_formulas' is {shown}"), line[:200]
    as_json = tmp_path / "answers.json"
    as_json.write_text('{"answers": {"derive_formulas": ' + "7" * 5000 + "}}", encoding="utf-8")
    line = one_line(cli("quiz", "--answers", str(as_json), "--lang", "en", env={"LANG": "C.UTF-8"}))
    assert line.startswith("error[E504]: item 'derive_formulas' is '7777777777"), line[:200]


def test_a_posting_row_with_such_a_value_is_a_row_problem_and_the_other_rows_import(cli: Any, tmp_path: Path) -> None:
    rows = tmp_path / "postings.jsonl"
    good = {"id": "ok", "title": "LLM Engineer", "body": "Fine-tune large language models with PyTorch."}
    rows.write_text(
        json.dumps(good)
        + '\n{"id": "huge", "title": "RAG Engineer", "body": "Build RAG in Python.", "salary": '
        + "7" * 5000
        + "}\n",
        encoding="utf-8",
    )
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "p1.md").write_text(
        "---\ndate: 2025-13-01\n---\nInference Engineer\n\nOptimise LLM inference with vLLM and CUDA.\n",
        encoding="utf-8",
    )
    db = tmp_path / "jobs.db"
    for source, problem in ((rows, "E615"), (folder, "E616 cannot read the date '2025-13-01'")):
        r = cli("jobs", "import", str(source), "--db", str(db), env={"LANG": "C.UTF-8", "COLUMNS": "200"})
        assert r.returncode == 0 and "Traceback" not in r.stderr and "E999" not in r.stderr, r.stderr[-300:]
        assert problem in r.stdout + r.stderr, (r.stdout + r.stderr)[-600:]
    listed = cli("jobs", "list", "--db", str(db), "--format", "json")
    assert [p["id"] for p in json.loads(listed.stdout)["postings"]] == ["ok"]


@pytest.mark.parametrize("value", ["2026-13-45", "9" * 5000])
def test_kb_validate_names_a_date_or_number_yaml_cannot_build(cli: Any, tmp_path: Path, value: str) -> None:
    kb = tmp_path / "kb"
    shutil.copytree(DATA_DIR, kb)
    meta = kb / "meta.yaml"
    text, n = re.subn(r"(?m)^version: .*$", f"version: {value}", meta.read_text(encoding="utf-8"))
    assert n == 1
    meta.write_text(text, encoding="utf-8")
    r = cli("kb", "validate", "--kb", str(kb))
    assert r.returncode == 2 and "E999" not in r.stderr, r.stderr[-300:]
    assert r.stderr.startswith("[meta.yaml] a date that does not exist or an integer too long to read: "), r.stderr


def test_serve_with_a_db_that_is_no_database_file_stops_at_the_start(tmp_path: Path) -> None:
    """Not at the first visitor who ticks 'save' (a PostgreSQL server that is down stopped it already)."""
    folder = tmp_path / "a-folder"
    folder.mkdir()
    plain = tmp_path / "notes.txt"
    plain.write_text("not a folder", encoding="utf-8")
    for db, line in (
        (folder, f"error[E400]: the database {folder} is a folder, not a database file"),
        (plain / "x.db", f"error[E400]: cannot open the database {plain / 'x.db'}: Not a directory"),
    ):
        r = subprocess.run(
            [sys.executable, "-m", "careermap", "serve", "--port", "0", "--db", str(db)],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "LANG": "C.UTF-8"},
        )
        assert r.returncode == 2 and r.stdout == "", (r.returncode, r.stdout)
        assert r.stderr.startswith(line) and len(r.stderr.splitlines()) == 1, r.stderr
