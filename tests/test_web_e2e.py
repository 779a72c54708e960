"""The page as a person uses it, in real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

Paste a Chinese background, see the top direction and the radar chart, click a highlighted word,
switch to English, upload a file, download the Markdown; a résumé with markup stays text. Every
request the browser makes must go to the test server on 127.0.0.1. Screenshots go to test-artifacts/.

Needs `scripts/system-deps` (chromium, fonts-wqy-microhei); Playwright's own browser download is
never used.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from careermap.web.uploads import ACCEPTED

CHROMIUM = os.environ.get("CAREERMAP_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"

ZH = """# 个人简介

我做了6年Java后端，熟悉Spring Cloud、Redis和Kafka，负责过支付系统。
最近一年用LangChain和Milvus做了客服知识库问答，人工转接率下降35%。
了解Docker和Kubernetes；CUDA没接触过。数学一般，喜欢做产品。
"""
XSS = '熟悉 Python 和 PyTorch。<script>alert("x")</script><img src=x onerror="alert(1)"> 做过 RAG。'

pytestmark = [
    pytest.mark.slow,  # a browser and a server
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} not installed: run scripts/system-deps (Debian chromium)"
    ),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install -e '.[test]' (playwright)")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@contextmanager
def open_page(browser: Any, url: str) -> Iterator[Any]:
    """A page in a fresh browser context on the server at ``url``; on leaving, every request the
    browser made must have gone to 127.0.0.1, and nothing may have failed or run from the user's text."""
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(locale="zh-CN", viewport={"width": 1200, "height": 900}, accept_downloads=True)
    seen: list[str] = []
    problems: list[str] = []
    context.on("request", lambda r: seen.append(r.url))
    pg = context.new_page()
    pg.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    pg.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    # an error page is a 4xx document (Chromium logs that too); any other failed asset is a problem
    pg.on(
        "console", lambda m: problems.append(m.text) if m.type == "error" and "Failed to load" not in m.text else None
    )
    context.on("response", lambda r: problems.append(f"{r.status} {r.url}") if is_broken(r) else None)
    pg.base = url
    yield pg
    context.close()
    # nothing left this machine's test server: no CDN, no font service, no analytics
    hosts = {urlsplit(u).hostname for u in seen if not u.startswith(("data:", "blob:"))}
    assert hosts <= {"127.0.0.1"}, hosts
    assert seen, "the browser made no request at all"
    assert problems == []  # no script ran from the user's text, no CSP violation, no JS error


@pytest.fixture
def page(browser: Any, server: Any) -> Iterator[Any]:
    with open_page(browser, server.url) as pg:
        yield pg


def is_broken(response: Any) -> bool:
    return bool(response.status >= 400 and response.request.resource_type != "document")


def shot(pg: Any, name: str) -> None:
    pg.screenshot(path=str(ARTIFACTS / name), full_page=True)


def test_a_chinese_background_then_english_then_a_file_then_the_markdown(page: Any, tmp_path: Path) -> None:
    page.goto(page.base + "/")
    assert page.locator("html").get_attribute("lang") == "zh-CN"  # the browser asked for Chinese
    page.fill("#text", ZH)
    page.click("#submit")
    page.wait_for_selector("#top-direction")
    assert "应用开发与 Agent" in page.inner_text("#top-direction")
    radar = page.locator("#radar svg.radar")
    assert radar.is_visible()
    assert radar.locator("polygon.radar-series").count() == 2
    labels = radar.locator("text.radar-label").all_text_contents()
    assert len(labels) == 6 and any("核心算法与训练" in x for x in labels)
    box = radar.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 200
    assert page.locator("#ranked li").count() == 6
    assert "应用开发与 Agent" in page.inner_text("#ranked li.first")
    shot(page, "1-zh-result.png")

    # a click on a highlighted word shows which score it moved
    page.click("#your-text mark.ev-skill:text-is('LangChain')")
    card = page.locator("#cards .card:visible")
    assert card.count() >= 1
    assert "LangChain" in card.first.inner_text() and "应用开发与 Agent" in card.first.inner_text()
    assert page.locator("#your-text mark.ev-negated:text-is('CUDA')").count() == 1
    page.locator("#evidence").screenshot(path=str(ARTIFACTS / "2-zh-evidence-click.png"))

    # the route: the best-fit role first, then another role chosen from the list
    assert page.locator("#plan #stages li").count() >= 1
    best_role = page.inner_text("#plan-role")
    assert best_role in page.inner_text("#roles")
    page.select_option("#role", "inference.engine")
    page.fill("#hours", "6")
    page.click("#plan-submit")
    page.wait_for_selector("#plan-role")
    assert page.inner_text("#plan-role") == "推理引擎开发工程师"
    assert "每周 6 小时" in page.inner_text("#plan")
    assert "应用开发与 Agent" in page.inner_text("#top-direction")  # the diagnosis itself did not change
    page.locator("#plan").screenshot(path=str(ARTIFACTS / "2b-zh-route.png"))

    # the language switch re-reads the same text in English
    page.click("#lang-switch")
    page.wait_for_selector("html[lang=en]")
    assert "Application development and agents" in page.inner_text("#top-direction")
    assert any("training" in x for x in page.locator("#radar text.radar-label").all_text_contents())
    shot(page, "3-en-result.png")

    # a résumé file, chosen with the file input (DOCX once the ingest layer reads it)
    if ".docx" in ACCEPTED:
        import docx

        doc = docx.Document()
        for line in ZH.splitlines():
            doc.add_paragraph(line)
        upload = tmp_path / "resume.docx"
        doc.save(str(upload))
    else:
        upload = tmp_path / "resume.md"
        upload.write_text(ZH, encoding="utf-8")
    page.set_input_files("#file", str(upload))
    assert upload.name in page.inner_text("#file-name")
    page.click("#submit")
    page.wait_for_selector("#top-direction")
    assert page.locator("html").get_attribute("lang") == "en"
    assert "Application development and agents" in page.inner_text("#top-direction")
    assert "LangChain" in page.input_value("#text")  # what was read from the file is shown
    shot(page, "4-en-file-result.png")

    with page.expect_download() as info:
        page.click("#download-md")
    saved = ARTIFACTS / "careermap-download.md"
    info.value.save_as(str(saved))
    assert info.value.suggested_filename == "careermap-apps.md"
    markdown = saved.read_text(encoding="utf-8")
    assert markdown.startswith("# careermap · diagnosis")
    assert "Application development and agents" in markdown

    with page.expect_download() as info:
        page.click("#download-json")
    assert info.value.suggested_filename == "careermap-apps.json"


def test_the_questionnaire_without_a_resume_and_saving_on_request(page: Any) -> None:
    page.goto(page.base + "/?lang=en")
    page.click("#quiz summary")
    for group in page.locator("#quiz fieldset").all():
        radios = group.locator("input[type=radio]")
        if radios.count():
            radios.nth(radios.count() - 1).check()  # "strongly agree", or the last option
        else:
            group.locator("input[type=number]").fill("12")
    page.check("#store")
    page.click("#submit")
    page.wait_for_selector("#top-direction")
    assert page.locator("#ranked li").count() == 6 and page.locator("#radar svg.radar").is_visible()
    assert page.inner_text("#stored").startswith("Saved on this machine as assessment ")
    assert not page.is_checked("#store")  # saved once: a language switch does not save it again
    assert page.locator("#quiz input[type=radio]:checked").count() > 0  # the answers stay on the page
    assert page.locator("#evidence").count() == 0  # no text, nothing to mark
    shot(page, "5-questionnaire.png")
    with page.expect_download() as info:
        page.click("#download-md")
    saved = ARTIFACTS / "careermap-questionnaire.md"
    info.value.save_as(str(saved))
    assert saved.read_text(encoding="utf-8").startswith("# careermap · diagnosis")


def test_markup_in_a_resume_shows_as_text_and_runs_nothing(page: Any) -> None:
    page.goto(page.base + "/")
    page.fill("#text", XSS)
    page.click("#submit")
    page.wait_for_selector("#top-direction")
    shown = page.inner_text("#your-text")
    assert '<script>alert("x")</script>' in shown and '<img src=x onerror="alert(1)">' in shown
    assert page.locator("#your-text img, #your-text script").count() == 0
    assert page.locator("img").count() == 0
    shot(page, "6-markup-as-text.png")


def test_an_error_is_one_line_on_the_page(page: Any) -> None:
    page.goto(page.base + "/?lang=en")
    page.click("#submit")
    page.wait_for_selector("#error")
    assert page.inner_text("#error-line") == (
        "error[E101]: the input is empty — paste a few sentences about your background or choose a résumé file"
    )
    page.set_input_files("#file", files=[{"name": "photo.md", "mimeType": "text/markdown", "buffer": PNG}])
    page.click("#submit")
    page.wait_for_selector("#error")
    assert page.inner_text("#error-line").startswith("error[E104]: photo.md is a PNG image, not a text document")
    shot(page, "7-error.png")


@pytest.fixture(scope="module")
def jobs_server(tmp_path_factory: pytest.TempPathFactory, kb: Any) -> Iterator[Any]:
    """A server whose store holds postings written for the tests (imported by the jobs core)."""
    from tests.conftest import start_server
    from tests.jobs_samples import store_postings

    folder = tmp_path_factory.mktemp("e2e-jobs")
    store_postings(folder / "careermap.db", kb, folder)
    srv = start_server("--db", str(folder / "careermap.db"))
    yield srv
    srv.stop()


def test_matching_postings_appear_after_a_diagnosis_when_postings_are_stored(browser: Any, jobs_server: Any) -> None:
    from tests.jobs_samples import MARKUP_TITLE, PERSON_APPS_ZH

    with open_page(browser, jobs_server.url) as pg:
        pg.goto(pg.base + "/")
        assert pg.locator("#jobs").count() == 0  # nothing to match before a diagnosis
        pg.fill("#text", PERSON_APPS_ZH)
        pg.click("#submit")
        pg.wait_for_selector("#jobs")
        assert "应用开发与 Agent" in pg.inner_text("#top-direction")
        assert "和你匹配的岗位" in pg.inner_text("#jobs h3")
        postings = pg.locator("#postings li.posting")
        assert postings.count() == 2
        first, second = postings.nth(0), postings.nth(1)
        assert first.locator(".posting-title").inner_text() == MARKUP_TITLE  # shown as text, not run
        assert first.locator(".posting-title a").count() == 0  # a javascript: address is no link
        assert "RAG Engineer" in second.locator(".posting-title").inner_text()
        assert "Example Labs · Remote · $150k-$200k" in second.inner_text()
        assert "LangChain" in second.locator(".have").inner_text()
        assert second.locator(".missing .chip").count() >= 1
        assert second.locator(".score").inner_text().endswith("%")
        demand = pg.locator("#demand li")
        assert demand.count() == 5 and "应用开发与 Agent" in demand.first.inner_text()
        assert "非大模型岗位" in demand.last.inner_text()
        assert pg.locator("img").count() == 0
        # the in-page index names the postings in the page's order, and its entry lands on them
        assert pg.locator("#toc a").all_text_contents() == ["方向", "岗位", "路线", "招聘", "依据", "下载"]
        pg.click("#toc a[href='#jobs']")
        pg.wait_for_timeout(200)
        top = pg.eval_on_selector("#jobs", "e => e.getBoundingClientRect().top")
        assert 0 <= top < pg.viewport_size["height"] / 2
        pg.locator("#jobs").screenshot(path=str(ARTIFACTS / "9-zh-matching-postings.png"))

        pg.click("#lang-switch")
        pg.wait_for_selector("html[lang=en]")
        assert "Matching job postings" in pg.inner_text("#jobs h3")
        assert "Application development and agents" in pg.inner_text("#demand")
        assert "RAG Engineer" in pg.inner_text("#postings")
        pg.locator("#jobs").screenshot(path=str(ARTIFACTS / "10-en-matching-postings.png"))


def test_the_api_docs_work_offline(page: Any) -> None:
    page.goto(page.base + "/docs")
    page.wait_for_selector(".opblock-summary-path")
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert "/api/diagnose" in paths and "/api/health" in paths and "/api/jobs/match" in paths
    shot(page, "8-api-docs.png")


def test_a_cjk_font_is_installed_for_the_chart() -> None:
    """Chromium draws the chart's labels with system fonts: without a CJK font they are boxes."""
    if not shutil.which("fc-list"):
        pytest.skip("fc-list not installed")
    fonts = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True).stdout
    assert fonts.strip(), "no Chinese font: run scripts/system-deps (fonts-wqy-microhei)"


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
