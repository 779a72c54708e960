"""The page in process (the app with Starlette's test client): what a person typed comes back, a
questionnaire answered in part is scored on its answers, and the page speaks in page words."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from html import unescape
from typing import Any

import pytest

from careermap.knowledge.loader import Knowledge
from careermap.web.app import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's note about httpx, not about this project
    from fastapi.testclient import TestClient

HOST = "http://127.0.0.1"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture(scope="module")
def client(kb: Knowledge) -> Iterator[TestClient]:
    with TestClient(create_app(kb), base_url=HOST, headers={"origin": HOST}) as c:
        yield c


def shown(html: str, dom_id: str) -> str | None:
    """The text of the element with ``dom_id`` (tags dropped), or None when the page has none."""
    m = re.search(rf'id="{dom_id}"[^>]*>(.*?)</(?:p|div|h2|span|textarea)>', html, re.S)
    return unescape(re.sub(r"<[^>]+>", "", m.group(1))).strip() if m else None


def post(client: TestClient, data: dict[str, Any], **kw: Any) -> str:
    r = client.post("/", data=data, **kw)
    assert r.status_code < 500, r.text[:300]
    return r.text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_partly_answered_questionnaire_is_scored_and_says_how_many(client: TestClient, lang: str) -> None:
    html = post(client, {"lang": lang, "q.derive_formulas": "5", "q.read_papers": "4", "q.high_threshold": "avoid"})
    assert shown(html, "error-line") is None
    note = shown(html, "answered-note") or ""
    assert note.startswith("答了 3 / 27" if lang == "zh" else "answered 3 of 27"), note
    # every answer is still ticked
    for name, value in (("derive_formulas", "5"), ("read_papers", "4"), ("high_threshold", "avoid")):
        assert re.search(rf'name="q\.{name}" value="{value}" checked', html), name
    assert html.count(" checked>") == 3


def test_a_questionnaire_with_nothing_answered_and_no_text_is_the_one_error(client: TestClient) -> None:
    html = post(client, {"lang": "en", "q.hours_per_week": ""})
    assert (shown(html, "error-line") or "").startswith("error[E101]: the input is empty")


def test_text_beside_a_file_stays_in_its_box_and_the_page_says_the_file_was_read(client: TestClient) -> None:
    typed = "I have written Go for three years & built a gateway <b>here</b>."
    resume = "我做了6年Java后端，熟悉Spring Cloud、Redis；最近用LangChain做了知识库问答。".encode()
    html = post(client, {"lang": "zh", "text": typed}, files={"file": ("cv.md", resume, "text/markdown")})
    assert "I have written Go for three years &amp; built a gateway &lt;b&gt;here&lt;/b&gt;.</textarea>" in html
    note = shown(html, "read-note") or ""
    assert "cv.md" in note and "没有读取" in note
    assert "LangChain" in html  # the file's text was what was diagnosed
    failed = post(client, {"lang": "en", "text": typed}, files={"file": ("photo.md", PNG, "text/markdown")})
    assert (shown(failed, "error-line") or "").startswith("error[E104]")
    assert "built a gateway &lt;b&gt;here&lt;/b&gt;.</textarea>" in failed
    assert shown(failed, "read-note") == "The text you pasted is still in its box."


def test_a_file_alone_shows_what_was_read_in_the_box_and_says_nothing_about_text(client: TestClient) -> None:
    html = post(client, {"lang": "en"}, files={"file": ("cv.md", "熟悉 Python 和 PyTorch。".encode(), "text/markdown")})
    assert "熟悉 Python 和 PyTorch。</textarea>" in html and shown(html, "read-note") is None


# what a page's user cannot act on: a flag, a command, the answers file's syntax, a request's shape
CLI = re.compile(r"--[a-z]|`|careermap [a-z]|multipart|content-type|\.yaml|'[a-z_]+: |\b[a-z]+_[a-z_]+\b", re.I)


def blank_pdf(pages: int) -> bytes:
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=200, height=200)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def big_docx() -> bytes:
    """A DOCX whose one part unpacks above the 50 MB limit (zeros compress ~1000:1)."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"\0" * (60 * 1024 * 1024))
    return out.getvalue()


FAILURES: dict[str, tuple[dict[str, Any], dict[str, Any], str]] = {
    # name: (form fields, files, the error code)
    "too many pages": ({}, {"file": ("cv.pdf", blank_pdf(60), "application/pdf")}, "E108"),
    "no text layer": ({}, {"file": ("scan.pdf", blank_pdf(1), "application/pdf")}, "E106"),
    "unpacks too big": ({}, {"file": ("cv.docx", big_docx(), "application/octet-stream")}, "E108"),
    "answer off the scale": ({"q.derive_formulas": "9", "q.read_papers": "4"}, {}, "E504"),
    "choice not offered": ({"q.high_threshold": "maybe"}, {}, "E504"),
    "unknown question": ({"q.favourite_colour": "5"}, {}, "E503"),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("case", list(FAILURES))
def test_page_errors_speak_page_words_never_flags_commands_or_item_ids(
    client: TestClient, case: str, lang: str
) -> None:
    fields, files, code = FAILURES[case]
    html = post(client, {"lang": lang, **fields}, files=files or None)
    line = shown(html, "error-line") or ""
    assert f"[{code}]" in line, line
    assert not CLI.search(line), line
    assert " — " in line, line  # and a hint a page's user can follow


def test_two_files_at_once_are_one_clear_line(client: TestClient) -> None:
    files = [("file", ("a.md", b"Python", "text/markdown")), ("file", ("b.md", b"Go", "text/markdown"))]
    line = shown(post(client, {"lang": "en"}, files=files), "error-line") or ""
    assert line == "error[E109]: more than one file was sent; one résumé is read at a time — choose one résumé file"


def test_a_bad_answer_is_named_by_its_statement_on_the_page(client: TestClient, kb: Knowledge) -> None:
    statement = next(i for i in kb.questionnaire.items if i.id == "derive_formulas").text
    en = shown(post(client, {"lang": "en", "q.derive_formulas": "9"}), "error-line") or ""
    zh = shown(post(client, {"lang": "zh", "q.derive_formulas": "9"}), "error-line") or ""
    assert statement.en[:30] in en and "derive_formulas" not in en
    assert statement.zh[:15] in zh and "derive_formulas" not in zh


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_answers_alone_say_the_next_step_in_page_words(client: TestClient, kb: Knowledge, lang: str) -> None:
    html = post(client, {"lang": lang, "q.derive_formulas": "5", "q.read_papers": "5", "q.math_not_mine": "1"})
    advice = shown(html, "advice") or ""
    assert advice and not CLI.search(advice), advice
    assert kb.questionnaire.messages.next_step_page.get(lang) in advice


def test_advice_that_cites_the_article_names_it(client: TestClient, kb: Knowledge) -> None:
    zh = "我做了6年Java后端，熟悉Spring Cloud、Redis和Kafka；最近一年用LangChain和Milvus做了客服知识库问答。"
    advice = shown(post(client, {"lang": "zh", "text": zh}), "advice") or ""
    assert "错峰竞争" in advice and f"{kb.article.zh}所说" in advice and "《" in kb.article.zh
    en = shown(post(client, {"lang": "en", "text": zh}), "advice") or ""
    assert f"This is what {kb.article.en} calls staggered competition" in en


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_questionnaire_shows_progress_and_numbers_each_group(client: TestClient, kb: Knowledge, lang: str) -> None:
    html = client.get("/", params={"lang": lang}).text
    assert (shown(html, "quiz-progress") or "") == ("答了 0 / 27 题" if lang == "zh" else "answered 0 of 27")
    numbers = [int(n) for n in re.findall(r'<span class="qnum">(\d+)</span>', html)]
    sizes = [len(items) for _, items in kb.questionnaire.grouped()] + [len(kb.questionnaire.constraints)]
    assert len(sizes) > 2 and numbers == [n for size in sizes for n in range(1, size + 1)]  # each group from 1
    first = kb.questionnaire.groups[0].name.get(lang)
    assert (shown(html, "quiz-group-1") or "").startswith(("第 1 组 · " if lang == "zh" else "Part 1 · ") + first)
    assert shown(html, "quiz-group-last")
    assert not CLI.search(re.sub(r"<[^>]+>", " ", html.split('id="quiz"')[1].split("</details>")[0]).replace("q.", ""))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_saved_assessment_is_told_in_page_words_not_command_syntax(client: TestClient, lang: str) -> None:
    html = post(client, {"lang": lang, "text": "我做了5年Java后端，熟悉Spring Cloud和Redis。", "store": "on"})
    note = shown(html, "stored") or ""
    assert note.startswith("已保存为第 " if lang == "zh" else "Saved on this machine as assessment "), note
    assert "`" not in note and "#" not in note, note  # the terminal's markup, shown raw on a page
    label = re.search(r'<label class="store".*?</label>', html, re.S)
    assert label is not None and "`" not in label.group(0)


def test_a_link_with_a_language_the_page_has_not_opens_the_page_in_the_browsers(client: TestClient) -> None:
    """``/?lang=fr`` (an edited address, an old link) was an error page about a query parameter."""
    r = client.get("/?lang=fr", headers={"accept-language": "zh-CN,zh;q=0.9"})
    assert r.status_code == 200 and '<html lang="zh-CN">' in r.text and 'id="error"' not in r.text
    assert '<form id="input-form"' in r.text
