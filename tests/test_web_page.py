"""The page in process (the app with Starlette's test client): what a person typed comes back, a
questionnaire answered in part is scored on its answers, and the page speaks in page words."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
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
    return re.sub(r"<[^>]+>", "", m.group(1)).strip() if m else None


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
