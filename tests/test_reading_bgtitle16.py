"""Backgrounds named by a title that the data do not list word for word (issue 13, item 4): a background's field
word right before a word of a job is its title ("recommendation systems engineer", "搜索研发", "QA工程师",
``lexicon.yaml -> title_heads``), unless the longer form names another line of work ("product engineer", "安全工程师"
alone: ``not_titles``); a title the writer only wishes for or denies is still none; and the titles added this round
(postdoc, solutions architect, PHP developer, chip verification). Each beside a twin that must name nothing.
None of these sentences is taken from benchmarks/data."""

from __future__ import annotations

import pytest

from careermap.extract.matcher import composed_titles
from careermap.knowledge.loader import Knowledge

from .test_reading_status import ev


def backgrounds(kb: Knowledge, text: str) -> set[str]:
    return {t.archetype for t in ev(kb, text).titles}


NAMED = [
    # a field word and a word of a job
    ("Recommendation systems engineer at a video app.", "search_recommendation"),
    ("Embedded software engineer, eight years in automotive.", "embedded"),
    ("Firmware developer for smart meters.", "embedded"),
    ("Analytics lead at a retailer.", "data_analyst"),
    ("Security consultant for banks.", "web_security"),
    ("Kernel development engineer? No: compilers engineer, LLVM backends.", "compiler"),
    ("Robotics software engineer.", "autonomous_driving"),
    ("搜索研发，做了四年。", "search_recommendation"),
    ("内核工程师，主要做调度器。", "linux_kernel"),
    ("音视频开发工程师。", "streaming_media"),
    ("标注专员，负责质检。", "data_annotation_ops"),
    ("合规专员。", "content_compliance_legal"),
    ("Firmware工程师，做电机控制。", "embedded"),
    ("NLP算法工程师。", "cv_nlp_algorithm"),
    ("网络安全工程师。", "web_security"),
    # titles listed this round
    ("Postdoc in computational chemistry.", "researcher"),
    ("博士后，做凝聚态。", "researcher"),
    ("Solutions architect at a cloud vendor.", "system_architect"),
    ("解决方案架构师。", "system_architect"),
    ("PHP developer for nine years.", "backend"),
    ("PHP 开发，写了几年 Laravel。", "backend"),
    ("Chip verification engineer.", "chip_hardware"),
    ("Technical PM on a payments team.", "product_manager"),
    ("我是做翻译的。", "linguist"),
    ("做了五年生物统计。", "math_stats"),
]


@pytest.mark.parametrize(("text", "background"), NAMED)
def test_a_title_made_of_a_field_and_a_job_names_the_background(kb: Knowledge, text: str, background: str) -> None:
    assert background in backgrounds(kb, text)


NONE = [
    # the same field words, with a word that is no job after them, or no field before the job
    ("We built a recommendation engine for videos.", "search_recommendation"),
    ("The firmware update broke the meters.", "embedded"),
    ("搜索功能是我写的。", "search_recommendation"),
    ("内核参数调过几次。", "linux_kernel"),
    # a product's engineering is not product management; 安全工程师 alone is mostly workplace safety
    ("Product engineer on the checkout team.", "product_manager"),
    ("产品开发工程师，做智能硬件。", "product_manager"),
    ("注册安全工程师，负责工地安全。", "web_security"),
    # a plural is whom one works with, not one's job
    ("Worked with recommendation engineers on ranking features.", "search_recommendation"),
    # wished for, denied
    ("想转搜索研发。", "search_recommendation"),
    ("I'm not a firmware developer, I only write the cloud side.", "embedded"),
    ("将来想做解决方案架构师。", "system_architect"),
]


@pytest.mark.parametrize(("text", "background"), NONE)
def test_no_background_without_a_title_the_writer_holds(kb: Knowledge, text: str, background: str) -> None:
    assert background not in backgrounds(kb, text)


def test_composed_titles_leave_listed_titles_and_not_titles_alone(kb: Knowledge) -> None:
    composed = dict((form, aid) for aid, form in composed_titles(kb))
    assert composed["recommendation systems engineer"] == "search_recommendation"
    assert composed["firmware工程师"] == "embedded"  # a Latin field joins a Chinese head unspaced
    listed = {kb.fold(t).strip() for a in kb.archetypes.values() for t in a.titles}
    assert not listed & set(composed)
    assert "product engineer" not in composed and "安全工程师" not in composed
    # a Chinese field takes no Latin head
    assert not any(not form.isascii() and form.endswith(" engineer") for form in composed)
