"""Long runs of one character (a pasted page full of digits, spaces, separators or heading marks) are
read in one pass: each text here took from seconds to minutes before (a pattern read the run again
from each of its characters, or every way it could be cut), and is read the way its short form is.

Each reading runs in a forked process, killed after ``_BOUND`` seconds: far above the tenth of a
second these take (a slow CI machine included), far below what they took before."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import careermap
from careermap.ingest.document import find_sections
from careermap.jobs.classify import classify_text
from careermap.jobs.reader import read_postings
from careermap.knowledge.loader import Knowledge

_BOUND = 10.0


def _run(conn: Any, fn: Callable[[], Any]) -> None:
    conn.send(fn())
    conn.close()


def _within(fn: Callable[[], Any]) -> Any:
    """``fn()``, read in a forked process that is stopped after ``_BOUND`` seconds."""
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_run, args=(child, fn), daemon=True)
    proc.start()
    child.close()
    try:
        if not parent.poll(_BOUND):
            pytest.fail(f"not read within {_BOUND:.0f} s: a pattern reads the run again and again")
        return parent.recv()
    finally:
        proc.kill()
        proc.join()


def _reading(text: str | Path) -> list[tuple[str, str, str, str | None]]:
    """What a diagnosis says of each skill: its status, grade, and the section it stands in."""
    d = careermap.diagnose(text)
    return [(s.id, s.status, s.grade, s.evidence[0].section) for s in d.skills] + [("years", str(d.years), "", None)]


def _asks(kb: Knowledge, body: str) -> tuple[str | None, float | None, list[str]]:
    c = classify_text(body, kb)
    return c.direction, c.years, sorted(a.skill for a in c.asks)


@pytest.mark.parametrize(
    "make",
    [
        # a number with a unit ("30%", "200ms") is a measured result: a run of digits with none
        lambda run: "优化 CUDA 推理，" + "1" * run(20_000) + " y。延迟从 200ms 降到 50ms，用 Python 写工具",
        # years: the spaces between a number and what follows it
        lambda run: "3" + " " * run(50_000) + "x。5 years Python, some Kafka",
        # a list's gap: "played with CUDA, Triton" with a long run of separators and one word
        lambda run: "played with CUDA" + ", " * run(25_000) + "x Triton, and Python",
        # a heading's marks: "#　技能：" then marks inside the line (U+3000 after "#": the pattern's path)
        lambda run: "#\u3000技能：" + " #" * run(25_000) + "x Python, Kafka",
    ],
    ids=["digits", "spaces-before-years", "list-separators", "heading-marks"],
)
def test_a_resume_with_a_long_run_is_read_as_its_short_form(make: Callable[[Callable[[int], int]], str]) -> None:
    long = make(lambda n: n)
    assert len(long) >= 20_000
    expected = _reading(make(lambda n: 3))
    assert expected  # the short form names skills
    assert _within(lambda: _reading(long)) == expected


@pytest.mark.parametrize(
    ("make", "years"),
    [
        (lambda n: "任职要求\n" + "1" * n + "。\n3年以上 Python 经验，熟悉 PyTorch", 3.0),
        (lambda n: "任职要求\n3" + " " * n + "x\n5年以上 Python 经验，熟悉 PyTorch", 5.0),
        (lambda n: "任职要求\n3-5" + " " * n + "x\n5年以上 Python 经验，熟悉 PyTorch", 5.0),
    ],
    ids=["digits", "spaces-before-years", "spaces-after-a-range"],
)
def test_a_posting_with_a_long_run_is_read_as_its_short_form(
    kb: Knowledge, make: Callable[[int], str], years: float
) -> None:
    expected = _asks(kb, make(3))
    assert expected[1] == years and "python" in expected[2]
    assert _within(lambda: _asks(kb, make(30_000))) == expected


def test_a_heading_line_with_a_long_run_of_marks_still_opens_its_section(kb: Knowledge) -> None:
    text = "#\u3000技能：" + " #" * 25_000 + "x Python\n\n项目经历\n知识库问答"
    assert _within(lambda: [s.kind for s in find_sections(text, kb)]) == ["skills", "projects"]


def test_a_file_opening_with_many_comments_is_read(tmp_path: Path) -> None:
    # before the first tag, comments were read every way a run of them can be cut: 2**30 ways here
    page = tmp_path / "cv.txt"
    page.write_text("<!---->" * 30 + "\n5年 Python 后端，熟悉 Kafka\n", encoding="utf-8")
    short = tmp_path / "short.txt"
    short.write_text("<!---->\n5年 Python 后端，熟悉 Kafka\n", encoding="utf-8")
    assert _within(lambda: _reading(page)) == _reading(short)


def _postings(kb: Knowledge, folder: Path) -> list[tuple[str, str]]:
    return [(p.title, " ".join(p.body.split())) for p in read_postings(folder, kb).postings]


def test_a_posting_file_opening_with_many_blank_lines_is_read(kb: Knowledge, tmp_path: Path) -> None:
    # "---" and no closing "---": the front matter was looked for from each of the blank lines
    long, short = tmp_path / "long", tmp_path / "short"
    for folder, blank in ((long, 40_000), (short, 3)):
        folder.mkdir()
        (folder / "a.md").write_text("---" + "\n" * blank + "任职要求\n3年以上 Python 经验\n", encoding="utf-8")
    expected = _postings(kb, short)
    assert expected and "Python" in expected[0][1]
    assert _within(lambda: _postings(kb, long)) == expected
