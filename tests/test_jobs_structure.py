"""A posting's parts, required versus nice-to-have, and the years and degree it asks for."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careermap.jobs.classify import classify_text
from careermap.jobs.structure import _STRIP, _bare, _Finder, posting_document, read_asks
from tests.jobs_samples import INFERENCE_ZH, RAG_EN


def kinds(text: str, kb) -> list[str]:
    """The parts in order, the first duty ("lead") counted with the duties around it."""
    out: list[str] = []
    for s in posting_document(text, kb).sections:
        kind = "duties" if s.kind == "lead" else s.kind
        if not (out and out[-1] == kind == "duties"):
            out.append(kind)
    return out


def test_chinese_headings_split_duties_requirements_and_pluses(kb):
    assert kinds(INFERENCE_ZH, kb)[:3] == ["duties", "requirements", "preferred"]


def test_english_headings_split_duties_requirements_and_pluses(kb):
    found = kinds(RAG_EN, kb)
    assert found.index("duties") < found.index("requirements") < found.index("preferred")


def test_headings_match_whatever_the_punctuation_and_case(kb):
    text = "IN THIS ROLE, YOU WILL:\n- build things\n\nWhat You’ll Need:\n- Python\n"
    assert kinds(text, kb) == ["duties", "requirements"]


def test_flattened_text_finds_headings_inside_a_line(kb):
    text = "职位描述 岗位职责：负责模型部署。任职要求：熟悉 CUDA 编程。加分项：有 Triton 经验。"
    assert kinds(text, kb) == ["duties", "requirements", "preferred"]


def test_a_team_blurb_inside_the_duties_ends_where_the_numbered_duties_begin(kb):
    # career sites put "团队介绍：" under "岗位职责：": the blurb is the company's, the list is the job
    text = (
        "岗位职责：\n团队介绍：我们是负责大模型训练的团队，服务公司所有业务。\n团队氛围开放。\n"
        "1、负责分布式训练框架的开发；\n2、优化集合通信。\n任职要求：\n1、熟悉 PyTorch。"
    )
    doc = posting_document(text, kb)
    assert [s.kind for s in doc.sections] == ["duties", "company", "lead", "duties", "requirements"]
    assert doc.section_at(text.index("2、优化")) == "duties"
    assert doc.section_at(text.index("团队氛围")) == "company"


def test_a_blurb_under_its_own_heading_keeps_its_list(kb):
    text = "公司介绍\n我们的产品：\n- 搜索\n- 推荐\n\n任职要求\n熟悉 Python"
    doc = posting_document(text, kb)
    assert doc.section_at(text.index("- 推荐")) == "company"


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_the_first_duty_says_what_the_job_is(kb, order):
    # the same two duties in either order: a posting leads with its own job
    duties = ("负责大模型推理加速，优化 vLLM 的 KV Cache 管理；", "负责预训练数据的清洗、去重与质量过滤；")
    first, second = duties[order[0]], duties[order[1]]
    text = f"岗位职责：\n1、{first}\n2、{second}\n任职要求：\n1、熟悉 Python。"
    c = classify_text(text, kb)
    assert c.direction == (3 if order == (0, 1) else 4)
    doc = posting_document(text, kb)
    assert doc.section_at(text.index("1、")) == "lead"
    assert doc.section_at(text.index("2、")) == "duties"
    assert {a.skill: a.kind for a in c.asks}["vllm"] == "duty"


def test_the_lead_is_the_first_sentence_when_the_duties_are_not_numbered(kb):
    text = "About the role\nYou will build our inference engine. You will also help with data.\n\nRequirements\n- C++"
    doc = posting_document(text, kb)
    assert doc.section_at(text.index("You will build")) == "lead"
    assert doc.section_at(text.index("You will also")) == "duties"


def test_a_skill_required_weighs_more_than_the_same_skill_as_a_plus(kb):
    required = classify_text("任职要求\n1. 熟悉 Kubernetes 和 Docker\n", kb)
    plus = classify_text("加分项\n1. 熟悉 Kubernetes 和 Docker\n", kb)
    weight = {a.skill: a.weight for a in required.asks}
    weight_plus = {a.skill: a.weight for a in plus.asks}
    assert weight["kubernetes"] > weight_plus["kubernetes"] > 0
    assert {a.kind for a in plus.asks} == {"preferred"}


def test_an_inline_plus_clause_is_a_nice_to_have(kb):
    c = classify_text("任职要求\n1. 熟悉 PyTorch；\n2. 有 CUDA 开发经验者优先；\n", kb)
    kind = {a.skill: a.kind for a in c.asks}
    assert kind["pytorch"] == "required"
    assert kind["cuda"] == "preferred"


def test_a_plus_clause_runs_on_into_what_it_covers(kb):
    body = "任职要求\n1. 熟悉 PyTorch；\n2. 有顶会论文者优先，包括但不限于 ICLR、NeurIPS；\n3. 熟悉 CUDA。\n"
    c = classify_text(body, kb)
    kind = {a.skill: a.kind for a in c.asks}
    assert kind["academic_publishing"] == "preferred"  # the venues as well as the papers
    assert kind["pytorch"] == kind["cuda"] == "required"
    other = classify_text("任职要求\n1. 有 CUDA 经验者优先，熟悉 PyTorch。\n", kb)
    assert {a.skill: a.kind for a in other.asks}["pytorch"] == "required"  # a new ask, not what the plus covers


def test_english_is_a_plus_marks_the_sentence(kb):
    c = classify_text("Requirements\n- Strong Python.\n- Experience with CUDA kernels is a plus.\n", kb)
    kind = {a.skill: a.kind for a in c.asks}
    assert kind["python"] == "required"
    assert kind["cuda"] == "preferred"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("任职要求\n3年以上 C++ 开发经验", 3.0),
        ("任职要求\n三年以上相关工作经验", 3.0),
        ("任职要求\n3-5年数据开发经验", 3.0),
        ("Requirements\n- 5+ years of software engineering experience", 5.0),
        ("Requirements\n- At least 7 years of professional experience", 7.0),
        ("Requirements\n- Python", None),
    ],
)
def test_years_asked(kb, text, years):
    assert read_asks(posting_document(text, kb), kb).years == years


def test_years_in_the_company_blurb_are_not_asked_of_anyone(kb):
    text = "公司介绍\n公司成立10年，有丰富的行业经验。\n\n任职要求\n熟悉 Python"
    assert read_asks(posting_document(text, kb), kb).years is None


@pytest.mark.parametrize(
    ("text", "degree", "plus"),
    [
        ("任职要求\n本科及以上学历，硕士优先", "bachelor", "master"),
        ("任职要求\n硕士及以上学历", "master", None),
        ("Requirements\n- PhD in machine learning or a related field", "phd", None),
        ("Requirements\n- Bachelor's or Master's degree in CS", "bachelor", None),
        ("Nice to have\n- PhD", None, "phd"),
    ],
)
def test_degree_asked(kb, text, degree, plus):
    asks = read_asks(posting_document(text, kb), kb)
    assert (asks.degree, asks.degree_preferred) == (degree, plus)


def test_the_title_is_read_in_front_and_spans_still_index_the_body(kb):
    doc = posting_document("负责 vLLM 推理服务", kb, title="推理工程师")
    c = classify_text("负责 vLLM 推理服务", kb, title="推理工程师")
    assert doc.sections[0].kind == "title"
    body = "负责 vLLM 推理服务"
    for e in c.evidence:
        if e.span and e.field == "body":
            assert body[e.span.start : e.span.end] == e.span.text


_HEADING_CHARS = " \t\u3000\u2003#*=_-–—|>•·●■◆▶►【[(（.、)）:：】]0123456789٣２ab要求"


@given(st.text(alphabet=_HEADING_CHARS, max_size=14))
@settings(max_examples=400, deadline=None)
def test_heading_bullets_and_numbering_are_stripped_as_the_pattern_says(line: str) -> None:
    # the fast strip (str.lstrip/rstrip) gives what the pattern gives, exotic spaces and digits included
    assert _bare(line) == _STRIP.sub("", line)


_FINDER_WORDS = ["plus", "a plus", "is a plus", "优先", "者优先", "bonus", "ideally", "pl"]


def _regex_find(text: str, pos: int, endpos: int) -> list[tuple[int, int, str]]:
    """The reference: a regex alternation of the words, longest first, whole Latin words."""
    pattern = re.compile("|".join(re.escape(w) for w in sorted(_FINDER_WORDS, key=len, reverse=True)))
    out = []
    for m in pattern.finditer(text, pos, endpos):
        s, e = m.span()
        if text[s].isalnum() and text[s].isascii() and s > 0 and text[s - 1].isascii() and text[s - 1].isalnum():
            continue
        if (
            text[e - 1].isascii()
            and text[e - 1].isalnum()
            and e < len(text)
            and text[e].isascii()
            and text[e].isalnum()
        ):
            continue
        out.append((s, e, m.group()))
    return out


@given(st.text(alphabet="plus aibdey优先者x", max_size=30), st.data())
@settings(max_examples=400, deadline=None)
def test_the_word_finder_takes_leftmost_longest_whole_words_like_an_alternation(text: str, data) -> None:
    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.integers(pos, len(text)))
    finder = _Finder(_FINDER_WORDS)
    assert [tuple(f) for f in finder.finditer(text, pos, endpos)] == _regex_find(text, pos, endpos)
