"""The lexicon's language data (numerals, list words, degree ranks, reach windows) is checked as it
loads, each problem named with its place, and the reader follows the data, not constants in code."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from careermap.errors import KnowledgeError
from careermap.extract.evidence import extract
from careermap.ingest.document import from_text
from careermap.knowledge.loader import DATA_DIR, Knowledge, load


def _kb_with(tmp_path: Path, old: str, new: str) -> Path:
    dest = tmp_path / "kb"
    shutil.copytree(DATA_DIR, dest)
    lexicon = dest / "lexicon.yaml"
    text = lexicon.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in lexicon.yaml"
    lexicon.write_text(text.replace(old, new, 1), encoding="utf-8")
    return dest


def _problems(tmp_path: Path, old: str, new: str) -> str:
    with pytest.raises(KnowledgeError) as info:
        load(_kb_with(tmp_path, old, new))
    return "\n".join(info.value.problems)


NUMERALS = "zh: {一: 1, 两: 2,"
INSIDE = "zh_inside: [百, 零, 〇]"
LISTS = "zh: [和, 与, 及, 或, 以及, 跟, 还是]\n    en: [and, or, as well as, and/or]"
REACH = "  context: 14 "
RANKS = "degree_ranks: {none: 0, bachelor: 1, master: 2, phd: 3}"

BROKEN = {
    # numerals: one Chinese character each, a number from 0 to 10, exactly one tens
    "a numeral of two characters": (NUMERALS, "zh: {十一: 11, 一: 1, 两: 2,", "[lexicon.yaml -> numerals.zh"),
    "a numeral in Latin letters": (NUMERALS, "zh: {x: 1, 一: 1, 两: 2,", "numerals.zh -> x] a Chinese numeral must be"),
    "a numeral that is not a number": (NUMERALS, "zh: {一: one, 两: 2,", "[lexicon.yaml -> numerals.zh.一]"),
    "a numeral above ten": (NUMERALS, "zh: {一: 1, 两: 2, 百: 100,", "[lexicon.yaml -> numerals.zh.百]"),
    "no tens numeral": ("十: 10, ", "", "needs exactly one numeral worth 10"),
    "a numeral character in Latin": (INSIDE, "zh_inside: [百, o]", "numerals.zh_inside -> o] a character"),
    "a counted numeral also inside": (INSIDE, "zh_inside: [百, 三]", "zh_inside -> 三] already a numeral"),
    # lists: separators are single marks; joiners in the language they are filed under
    "a separator that is a word": ('separators: [",",', 'separators: [and, ",",', "lists.separators -> 0] a"),
    "an English joiner filed as Chinese": (LISTS, "zh: [和, and]\n    en: [and, or]", "lists.joiners.zh -> 1]"),
    "a Chinese joiner filed as English": (LISTS, "zh: [和]\n    en: [and, 以及]", "lists.joiners.en -> 1]"),
    "no Chinese joiner at all": (LISTS, "zh: []\n    en: [and]", "[lexicon.yaml -> lists.joiners.zh]"),
    # reach: whole numbers of characters, within range, every window given
    "a negative reach": (REACH, "  context: -1 ", "[lexicon.yaml -> reach.context] Input should be greater"),
    "a reach that is not a whole number": (REACH, "  context: wide ", "[lexicon.yaml -> reach.context]"),
    "a reach beyond any text": (REACH, "  context: 100000 ", "[lexicon.yaml -> reach.context] Input should be less"),
    "a reach left out": ("  paragraph: 320 ", "  # paragraph: 320 ", "[lexicon.yaml -> reach.paragraph] Field"),
    # degree ranks: every degree ranked once, "none" lowest
    "a degree without a rank": (RANKS, "degree_ranks: {none: 0, bachelor: 1, master: 2}", "no rank for 'phd'"),
    "two degrees with one rank": (RANKS, "degree_ranks: {none: 0, bachelor: 1, master: 2, phd: 2}", "share a rank"),
    "no degree below 'none'": (RANKS, "degree_ranks: {none: 2, bachelor: 1, master: 3, phd: 4}", "'none' must rank"),
    "an unknown degree": (RANKS, "degree_ranks: {none: 0, bachelor: 1, master: 2, phd: 3, mba: 4}", "degree_ranks.mba"),
    # years
    "a link word in capitals": ("links: [of]", "links: [Of]", "years.links -> 0] a link word is lower-case"),
    "years of one skill above a career": ("skill_max: 40", "skill_max: 50", "years.skill_max] must not be above"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_each_check_names_the_place_of_the_problem(tmp_path: Path, case: str) -> None:
    old, new, expected = BROKEN[case]
    assert expected in _problems(tmp_path, old, new)


def test_the_bundled_lexicon_passes_every_check(kb: Knowledge) -> None:
    lex = kb.lexicon
    assert lex.numerals.zh["十"] == 10 and lex.numerals.zh["半"] == 0.5
    assert lex.degrees_by_rank() == ["bachelor", "master", "phd"]
    assert lex.degree_rank(None) == lex.degree_rank("none") < lex.degree_rank("bachelor")


def test_a_joiner_in_the_data_joins_lists(tmp_path: Path, kb: Knowledge) -> None:
    text = "不会CUDA以及Triton"  # a negation before a list reaches every item of it (and no further)
    assert "triton_lang" in extract(from_text(text, kb), kb).negated
    poorer = load(_kb_with(tmp_path, "zh: [和, 与, 及, 或, 以及, 跟, 还是]", "zh: [和, 与, 及, 或, 跟, 还是]"))
    assert "triton_lang" not in extract(from_text(text, poorer), poorer).negated


def test_degree_ranks_come_from_the_data(tmp_path: Path, kb: Knowledge) -> None:
    text = "硕士毕业，博士在读"
    assert extract(from_text(text, kb), kb).degree == "phd"  # the highest named
    swapped = load(_kb_with(tmp_path, RANKS, "degree_ranks: {none: 0, bachelor: 1, master: 3, phd: 2}"))
    assert extract(from_text(text, swapped), swapped).degree == "master"


def test_reach_windows_come_from_the_data(tmp_path: Path, kb: Knowledge) -> None:
    text = "Rust 和 C 都写过"  # a short alias counts beside another skill in its sentence
    assert "c_lang" in extract(from_text(text, kb), kb).skills
    blind = load(_kb_with(tmp_path, REACH, "  context: 0 "))
    assert "c_lang" not in extract(from_text(text, blind), blind).skills


def test_chinese_numerals_come_from_the_data(tmp_path: Path, kb: Knowledge) -> None:
    text = "三年Java开发经验"
    assert extract(from_text(text, kb), kb).years == 3
    other = load(_kb_with(tmp_path, "三: 3,", "三: 4,"))  # a made-up value proves where it is read
    assert extract(from_text(text, other), other).years == 4


def test_numbers_in_addresses_and_heading_numbers_come_from_the_data(tmp_path: Path, kb: Knowledge) -> None:
    from careermap.ingest.document import heading_kind
    from careermap.ingest.redact import redact

    line = "住在文三路一百零八号，精通Go和Kafka"
    masked = redact(line, kb).text
    assert "一百零八" not in masked and masked.endswith("精通Go和Kafka")  # the house number is masked, no more
    assert heading_kind("四、项目经历", kb) == "projects"
    other = load(_kb_with(tmp_path, INSIDE, "zh_inside: [〇]"))
    assert "一百零八" in redact(line, other).text  # without 百 and 零 the number is not a house number
    fewer = load(_kb_with(tmp_path / "b", "四: 4, ", ""))
    assert heading_kind("四、项目经历", fewer) is None  # "四" is no longer a numeral that numbers headings


def test_how_far_before_a_street_its_city_is_masked_comes_from_the_data(tmp_path: Path, kb: Knowledge) -> None:
    from careermap.ingest.redact import redact

    line = "住址 浙江省杭州市西湖区文三路88号，熟悉Go"
    assert redact(line, kb).text == "住址 ***************，熟悉Go"  # province to house number, nothing after
    near = load(_kb_with(tmp_path, "  address_before: 48 ", "  address_before: 3 "))
    assert "浙江省杭州市" in redact(line, near).text  # looked for only 3 characters back: the street alone


def test_how_far_a_self_description_reaches_its_field_comes_from_the_data(tmp_path: Path, kb: Knowledge) -> None:
    text = "我干了五年运维"
    assert [t.archetype for t in extract(from_text(text, kb), kb).titles] == ["sre_devops"]
    short = load(_kb_with(tmp_path, "  self_field: 12 ", "  self_field: 1 "))
    assert extract(from_text(text, short), short).titles == []  # "五年" stands between: out of a 1-character reach
