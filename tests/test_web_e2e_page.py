"""The page as a product (issue 14, items 3 and 4), in real headless Chromium (Debian's /usr/bin/chromium
driven by Playwright) against a real `careermap serve`.

- Nothing typed is lost: text pasted beside a chosen file stays in its box and the page says which of
  the two was read; a file that fails keeps the text; a questionnaire answered in part is scored on
  what was answered, says how many, and keeps every answer.
- The answer where the eye is: after a submit the result (or the error) has the focus and is on
  screen, an in-page index stays in view while scrolling, and the phone layout (390×844) fits.

Screenshots go to test-artifacts/ (page-*.png).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.test_web_e2e import ARTIFACTS, CHROMIUM, PNG, ZH, browser, open_page, shot

__all__ = ["browser"]  # the module's Chromium, shared with the page tests

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} not installed: run scripts/system-deps (Debian chromium)"
    ),
]

TYPED = "我写了三年 Go，做过网关。"


@pytest.fixture
def page(browser: Any, server: Any) -> Iterator[Any]:
    with open_page(browser, server.url) as pg:
        yield pg


def test_nothing_typed_is_lost_text_beside_a_file_a_failing_file_and_a_half_answered_questionnaire(
    page: Any, tmp_path: Path
) -> None:
    page.goto(page.base + "/?lang=en")
    # text and a file: the file is read, the text stays in its box, and the page says which was read
    upload = tmp_path / "resume.md"
    upload.write_text(ZH, encoding="utf-8")
    page.fill("#text", TYPED)
    page.set_input_files("#file", str(upload))
    page.click("#submit")
    page.wait_for_selector("#top-direction")
    assert page.input_value("#text") == TYPED
    note = page.inner_text("#read-note")
    assert "resume.md" in note and "was read" in note and "still in its box" in note
    assert "Application development and agents" in page.inner_text("#top-direction")  # the file's content
    shot(page, "page-1-text-and-file.png")

    # a file that fails: the error, and the text is still there
    page.set_input_files("#file", files=[{"name": "photo.md", "mimeType": "text/markdown", "buffer": PNG}])
    page.click("#submit")
    page.wait_for_selector("#error")
    assert page.inner_text("#error-line").startswith("error[E104]: photo.md is a PNG image")
    assert page.input_value("#text") == TYPED
    assert "still in its box" in page.inner_text("#read-note")
    shot(page, "page-2-failing-file-keeps-text.png")

    # 4 of 27 answered, no text: scored on those four; the page says how many and keeps each answer
    page.goto(page.base + "/?lang=en")
    page.click("#quiz summary")
    chosen = {"derive_formulas": "5", "read_papers": "5", "math_not_mine": "1", "high_threshold": "eager"}
    for item, value in chosen.items():
        page.check(f"input[name='q.{item}'][value='{value}']")
    page.click("#submit")
    page.wait_for_selector("#top-direction")
    assert page.locator("#error").count() == 0
    assert page.inner_text("#answered-note").startswith("answered 4 of 27")
    assert page.inner_text("#top-direction").split()[0] == "1"  # the math answers lean to direction 1
    for item, value in chosen.items():
        assert page.is_checked(f"input[name='q.{item}'][value='{value}']")
    assert page.locator("#quiz input[type=radio]:checked").count() == 4
    shot(page, "page-3-half-answered.png")


def focused_on_answer(pg: Any) -> bool:
    """Whether the answer's heading has the focus (waiting for the page to finish loading)."""
    pg.wait_for_load_state("load")
    for _ in range(50):  # (wait_for_function evaluates a string: the page's CSP forbids that)
        if pg.evaluate("document.activeElement ? document.activeElement.id : ''") == "answer-title":
            return True
        pg.wait_for_timeout(100)
    return False


def in_view(pg: Any, selector: str) -> bool:
    """Whether the top of ``selector`` is inside the window (not above it, not below the fold)."""
    top = pg.eval_on_selector(selector, "e => e.getBoundingClientRect().top")
    return bool(0 <= top < pg.viewport_size["height"] - 40)


@contextmanager
def answered(browser: Any, url: str, *, width: int, height: int, locale: str, **options: Any) -> Iterator[Any]:
    """A page in a fresh browser context of that size and language, with the Chinese background submitted
    at ``url`` and its result shown."""
    context = browser.new_context(locale=locale, viewport={"width": width, "height": height}, **options)
    try:
        pg = context.new_page()
        pg.goto(url)
        pg.fill("#text", ZH)
        pg.click("#submit")
        pg.wait_for_selector("#top-direction")
        yield pg
    finally:
        context.close()


def test_the_answer_is_where_the_eye_is_focus_index_and_phone(browser: Any, server: Any) -> None:
    with open_page(browser, server.url) as page:
        # the error: focused and on screen
        page.goto(page.base + "/?lang=en")
        page.click("#submit")
        page.wait_for_selector("#error")
        assert focused_on_answer(page)
        assert in_view(page, "#error-line")

        # the result: its heading focused and on screen, not the form's top
        page.fill("#text", ZH)
        page.click("#submit")
        page.wait_for_selector("#top-direction")
        assert focused_on_answer(page)
        assert in_view(page, "#answer-title") and page.evaluate("window.scrollY") > 300
        shot(page, "page-4-focus-result.png")
        # the index stays in view far down the result, and each entry lands on its section
        links = page.locator("#toc a").all_text_contents()
        assert links == ["Directions", "Roles", "Route", "Why", "Download"], links  # in the page's order
        page.evaluate("window.scrollTo(0, document.body.scrollHeight * 0.7)")
        assert in_view(page, "#toc")
        page.click("#toc a[href='#plan']")
        page.wait_for_timeout(200)
        assert in_view(page, "#plan") and in_view(page, "#toc")
        page.screenshot(path=str(ARTIFACTS / "page-5-index-at-route.png"))
        # choosing another role lands on the route, not the page's top
        page.select_option("#role", "inference.engine")
        page.click("#plan-submit")
        page.wait_for_selector("#plan-role")
        assert in_view(page, "#plan")

    # a phone, 390×844: one column, nothing wider than the screen, the answer in view
    with answered(browser, server.url + "/", width=390, height=844, locale="zh-CN", is_mobile=True) as phone:
        assert focused_on_answer(phone)
        assert in_view(phone, "#answer-title")
        assert phone.evaluate("document.documentElement.scrollWidth") <= 390
        phone.screenshot(path=str(ARTIFACTS / "page-6-phone-result.png"))
        phone.evaluate("window.scrollTo(0, document.body.scrollHeight * 0.5)")
        assert in_view(phone, "#toc")
        phone.screenshot(path=str(ARTIFACTS / "page-7-phone-index.png"))
        phone.screenshot(path=str(ARTIFACTS / "page-8-phone-full.png"), full_page=True)

    # without JavaScript the browser still lands on the answer (the form posts to "/#answer")
    url = server.url + "/"
    with answered(browser, url, width=1200, height=900, locale="en-US", java_script_enabled=False) as plain:
        assert plain.url.endswith("/#answer") and in_view(plain, "#answer-title")


def glyph_heights(pg: Any, selector: str) -> list[float]:
    """The drawn height in CSS pixels of each element's first line (the font size as the eye gets it)."""
    heights: list[float] = pg.eval_on_selector_all(
        selector, "els => els.map(e => e.querySelector('tspan').getBoundingClientRect().height)"
    )
    return heights


def test_the_radar_reads_at_phone_width(browser: Any, server: Any) -> None:
    """At 390 px the chart is drawn at about half its size: the full labels were 7 px high. A narrow
    chart shows each direction's number (the ranked list names it) and its scores, large enough."""
    with answered(browser, server.url + "/", width=390, height=844, locale="zh-CN", is_mobile=True) as phone:
        radar = phone.locator("#radar svg.radar")
        radar.scroll_into_view_if_needed()
        assert phone.locator("#radar text.radar-label:visible").count() == 0
        keys = phone.locator("#radar text.radar-key")
        numbers = phone.eval_on_selector_all(
            "#radar text.radar-key", "els => els.map(e => e.querySelector('tspan').textContent)"
        )
        assert numbers == ["1", "2", "3", "4", "5", "6"]
        assert min(glyph_heights(phone, "#radar text.radar-key")) >= 13
        notes = phone.eval_on_selector_all(
            "#radar text.radar-key .radar-note", "els => els.map(e => e.getBoundingClientRect().height)"
        )
        assert len(notes) == 6 and min(notes) >= 10
        box = radar.bounding_box()
        assert box is not None
        for k in keys.all():  # every key and its scores inside the chart, none cut at the screen's edge
            kb = k.bounding_box()
            assert kb is not None and kb["x"] >= box["x"] - 1 and kb["x"] + kb["width"] <= box["x"] + box["width"] + 1
        # the number beside each axis is the number of a direction in the ranked list, with its name
        ranked = phone.locator("#ranked .num").all_inner_texts()
        assert sorted(ranked) == ["1", "2", "3", "4", "5", "6"]
        phone.locator("#directions").screenshot(path=str(ARTIFACTS / "page-9-phone-radar.png"))

    # whatever the window, what the chart shows reads at 11 px or more: the full labels where the chart
    # is wide enough, else the numbers (a phone held sideways or a 1000 px window put it in a narrow column)
    for width, height, shows in ((1200, 900, "label"), (1000, 800, "key"), (844, 390, "key")):
        with answered(browser, server.url + "/?lang=en", width=width, height=height, locale="en-US") as page:
            other = "key" if shows == "label" else "label"
            assert page.locator(f"#radar text.radar-{other}:visible").count() == 0, width
            assert page.locator(f"#radar text.radar-{shows}:visible").count() == 6, width
            assert min(glyph_heights(page, f"#radar text.radar-{shows}")) >= 11, width
            page.locator("#radar").screenshot(path=str(ARTIFACTS / f"page-10-radar-{width}x{height}.png"))


def test_the_english_result_fits_a_phone(browser: Any, server: Any) -> None:
    """English role names are long: the route's role list made the whole English result 553 px wide on a
    390 px phone (the phone then zoomed the page out); the Chinese page fitted."""
    with answered(browser, server.url + "/?lang=en", width=390, height=844, locale="en-US", is_mobile=True) as phone:
        assert phone.evaluate("document.documentElement.scrollWidth") <= 390
        assert phone.evaluate("window.innerWidth") == 390  # not zoomed out to fit something wider
        # the in-page index shows every entry without scrolling it sideways ("Download" was cut at "Downl")
        assert phone.evaluate("(u => u.scrollWidth <= u.clientWidth)(document.querySelector('.toc ul'))")
        for selector in ("#role", "#plan", "#directions", "#top-direction"):
            box = phone.locator(selector).bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390, selector
        phone.locator("#plan").screenshot(path=str(ARTIFACTS / "page-11-phone-en-route.png"))
        phone.screenshot(path=str(ARTIFACTS / "page-12-phone-en-full.png"), full_page=True)
