"""The pieces the page is drawn from: highlight runs, the radar SVG, the browser-language choice."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from hypothesis import given
from hypothesis import strategies as st

from careermap.report.highlight import runs
from careermap.report.radar import Series, radar_svg, wrap
from careermap.web.deps import accept_language

SVG = "{http://www.w3.org/2000/svg}"


def test_overlapping_spans_cut_the_text_and_keep_every_key() -> None:
    text = "我是Java后端，熟悉Redis"
    out = runs(text, [(2, 8, "background"), (2, 6, "java"), (11, 16, "redis"), (99, 120, "outside")])
    assert [(r.text, r.keys) for r in out] == [
        ("我是", ()),
        ("Java", ("background", "java")),
        ("后端", ("background",)),
        ("，熟悉", ()),
        ("Redis", ("redis",)),
    ]


@given(
    st.text(min_size=0, max_size=60),
    st.lists(st.tuples(st.integers(0, 70), st.integers(0, 70), st.sampled_from("abc")), max_size=8),
)
def test_runs_give_back_the_text_and_each_run_has_exactly_the_spans_over_it(
    text: str, spans: list[tuple[int, int, str]]
) -> None:
    out = runs(text, spans)
    assert "".join(r.text for r in out) == text
    for r in out:
        assert text[r.start : r.start + len(r.text)] == r.text
        # a key covers a run when its spans together cover every character of it: touching spans of one
        # key ("Py" + "thon") make one run, not two
        chars = range(r.start, r.start + len(r.text))
        covering = {
            key
            for key in "abc"
            if all(any(0 <= s <= i < e <= len(text) for s, e, k in spans if k == key) for i in chars)
        }
        assert set(r.keys) == covering


def test_the_radar_is_valid_svg_with_escaped_labels_and_no_inline_style() -> None:
    axes = ["1 核心算法与训练", "2 <b>&", "3 Inference and deployment optimisation", "4", "5", "6"]
    svg = radar_svg(axes, [Series("fit", [0.1, 0.5, 1.0, 0.0, 0.3, 2.0]), Series("ready", [0] * 6, dashed=True)])
    root = ET.fromstring(svg)  # well-formed: the label's markup was escaped
    labels = root.findall(f"{SVG}text[@class='radar-label']")
    assert ["".join(t.itertext()) for t in labels][:2] == ["1 核心算法与训练", "2 <b>&"]
    assert "<b>" not in svg and "style=" not in svg
    polygons = root.findall(f"{SVG}polygon")
    fit = next(p for p in polygons if "radar-series-0" in p.get("class", ""))
    assert len(fit.get("points", "").split()) == 6
    assert "radar-dashed" in next(p for p in polygons if "radar-series-1" in p.get("class", "")).get("class", "")


def test_long_latin_labels_wrap_at_spaces_and_cjk_labels_stay_whole() -> None:
    assert wrap("Inference and deployment optimisation", 16) == ["Inference and", "deployment", "optimisation"]
    assert wrap("模型推理与部署优化", 8) == ["模型推理与部署优化"]


def test_a_radar_needs_three_axes_and_a_value_for_each() -> None:
    with pytest.raises(ValueError):
        radar_svg(["a", "b"], [])
    with pytest.raises(ValueError):
        radar_svg(["a", "b", "c"], [Series("x", [0.1])])


@pytest.mark.parametrize(
    ("header", "lang"),
    [
        ("zh-CN,zh;q=0.9,en;q=0.8", "zh"),
        ("en-US,en;q=0.9,zh-CN;q=0.8", "en"),
        ("en;q=0.5, zh-TW;q=0.8", "zh"),
        ("fr-FR,fr;q=0.9", "en"),
        ("zh;q=0, en", "en"),
        ("", "en"),
        (None, "en"),
        ("zh;q=abc", "en"),
    ],
)
def test_the_page_language_follows_the_browser(header: str | None, lang: str) -> None:
    assert accept_language(header) == lang
