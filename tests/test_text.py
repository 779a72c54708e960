"""careermap.text: one definition of the Han ranges, normalisation with a map back, numerals, boundaries."""

from __future__ import annotations

import pytest

from careermap.ingest.document import detect_languages
from careermap.knowledge.loader import Knowledge
from careermap.text import (
    CLAUSE_END,
    HAN,
    PARAGRAPH_BREAK,
    SENTENCE_BREAK,
    fold,
    has_han,
    list_gap,
    normalize,
    numeral_class,
    parse_number,
    positions,
    sentences,
)

# one character from each block the definition must cover
HAN_SAMPLES = {
    "CJK Unified Ideographs (simplified)": "中",
    "CJK Unified Ideographs (traditional)": "們",
    "first of the unified block": "\u4e00",
    "last of the unified block": "\u9fff",
    "Extension A": "\u3400",
    "end of Extension A": "\u4db5",
    "Compatibility Ideographs": "\uf900",
    "Extension B (a rare surname character)": "\U00020000",
    "Extension C–F": "\U0002a700",
    "Compatibility Supplement": "\U0002f800",
    "Extension G": "\U00030000",
}
NOT_HAN = {
    "ideographic full stop": "。",
    "full-width comma": "，",
    "corner bracket": "「",
    "ideographic zero (punctuation block)": "〇",
    "full-width Latin letter": "Ａ",
    "hiragana": "あ",
    "katakana": "ア",
    "hangul": "한",
    "a Yijing hexagram (between Extension A and the unified block)": "\u4dc0",
    "a Kangxi radical": "\u2f00",
    "Latin": "a",
}


@pytest.mark.parametrize("what", sorted(HAN_SAMPLES))
def test_the_han_ranges_cover_every_ideograph_block(what: str) -> None:
    assert has_han(HAN_SAMPLES[what]), what


@pytest.mark.parametrize("what", sorted(NOT_HAN))
def test_punctuation_kana_and_symbols_are_not_han(what: str) -> None:
    assert not has_han(NOT_HAN[what]), what


def test_one_definition_serves_every_reader() -> None:
    # a compatibility ideograph and an Extension B character make a text Chinese, as a unified one does
    assert detect_languages("\uf900\U00020000 Python")[0] == "zh"
    # Chinese punctuation around English does not
    assert detect_languages("「Python」，CUDA。")[0] == "en"
    assert HAN.findall("熟悉Java和𠀀") == ["熟", "悉", "和", "𠀀"]


def test_normalising_folds_width_case_and_traditional_with_spans_into_the_text_as_given() -> None:
    variants = {"練": "练", "與": "与"}
    source = "熟練ＣＵＤＡ與Ｃ＋＋…ok"
    norm = normalize(source, variants)
    assert norm.text == "熟练cuda与c++...ok"
    start = norm.text.index("cuda")
    s, e = norm.span(start, start + 4)
    assert source[s:e] == "ＣＵＤＡ"
    dots = norm.text.index("...")  # one character became three: each maps back to "…"
    assert norm.span(dots, dots + 3) == (source.index("…"), source.index("…") + 1)
    assert fold("PyTorch", variants) == "pytorch"


@pytest.fixture()
def zh_numerals(kb: Knowledge) -> dict[str, float]:
    return kb.lexicon.numerals.zh


def test_chinese_numerals_read_as_numbers(zh_numerals: dict[str, float]) -> None:
    read = {t: parse_number(t, zh_numerals) for t in ("三", "两", "十", "十五", "二十", "三十五", "半", "5", "2.5")}
    assert read == {"三": 3, "两": 2, "十": 10, "十五": 15, "二十": 20, "三十五": 35, "半": 0.5, "5": 5, "2.5": 2.5}
    assert all(isinstance(v, float) for v in read.values())
    assert parse_number("年", zh_numerals) is None and parse_number("一二", zh_numerals) is None


def test_a_numeral_class_for_whole_numbers_leaves_the_half_out(zh_numerals: dict[str, float]) -> None:
    assert "半" in numeral_class(zh_numerals) and "半" not in numeral_class(zh_numerals, whole=True)
    assert set("一两二三四五六七八九十") <= set(numeral_class(zh_numerals, whole=True))


def test_sentences_end_at_marks_lines_and_bullets_not_at_a_decimal_point() -> None:
    text = "熟悉cuda。会python 3.5; node.js 用过. 然后\n• 做过rag|调过vllm"
    ends = [text[p] for p in positions(SENTENCE_BREAK, text)]
    assert ends == ["。", ";", ".", "\n", "•", "|"]
    assert positions(PARAGRAPH_BREAK, "a\n\nb\n \nc") == [1, 4]


def test_a_posting_clause_ends_at_a_chinese_comma_but_not_inside_an_english_list() -> None:
    assert [m.group().strip() for m in CLAUSE_END.finditer("本科,硕士优先")] == [","]
    assert list(CLAUSE_END.finditer("Rust, Go, or C++ is a plus")) == []


def test_sentences_of_the_text_as_given_keep_their_spans() -> None:
    text = "我做过推理优化！也写过 CUDA kernel；想转大模型"
    found = sentences(text, min_chars=3)
    assert [m.group() for m in found] == ["我做过推理优化", "也写过 CUDA kernel", "想转大模型"]
    assert all(text[m.start() : m.end()] == m.group() for m in found)


def test_a_list_gap_allows_separators_and_joiners_only(kb: Knowledge) -> None:
    lists = kb.lexicon.lists
    gap = list_gap(lists.separators, lists.joiners.zh + lists.joiners.en)
    for between in ("、", ", ", ", and ", " 和 ", "、及", " as well as ", "/", " & "):
        assert gap.match(between), between
    for between in (" for ", "，负责", " and or "):
        assert not gap.match(between), between
