"""A person who names their job has told us their background (issue 13.4): titles and
self-descriptions alone, both languages, non-IT backgrounds the map can use included."""

from __future__ import annotations

from pathlib import Path

import pytest

from careermap.api import diagnose
from careermap.extract.evidence import extract
from careermap.ingest.document import from_text
from careermap.knowledge.loader import Knowledge, load


def backgrounds(kb: Knowledge, text: str) -> set[str]:
    return {t.archetype for t in extract(from_text(text, kb), kb).titles}


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("我在一家保险公司做数据工程师", "big_data_etl"),
        ("Backend dev at a payments company", "backend"),
        ("我是搞运维的，值了好几年夜班", "sre_devops"),
        ("做了四年多的测试，功能和接口都测过", "qa_test"),
        ("Worked in QA at a game studio", "qa_test"),
        ("前端出身，现在也写点 Node", "frontend"),
        ("Former SRE at a telecom", "sre_devops"),
        ("做了三年 Android 开发", "mobile"),
        ("凝聚态物理博士毕业", "physics_science"),
        ("PhD in physics, then two years of postdoc work", "physics_science"),
        ("应用数学博士，研究偏微分方程", "math_stats"),
        ("PhD in mathematics (number theory)", "math_stats"),
        ("医院的生物统计师", "math_stats"),
        ("Statistician at a polling firm", "math_stats"),
        ("执业律师，主要做数据合规", "content_compliance_legal"),
        ("In-house counsel at a retailer", "content_compliance_legal"),
        ("应用语言学硕士，做过词典编纂", "linguist"),
        ("Computational linguistics master's, then localization work", "linguist"),
    ],
)
def test_a_title_or_a_self_description_alone_names_the_background(kb: Knowledge, text: str, background: str) -> None:
    assert background in backgrounds(kb, text)


@pytest.mark.parametrize(
    ("text", "accept"),
    [
        ("理论物理博士", {1}),
        ("Theoretical physicist", {1}),
        ("数学系博士", {1}),
        ("Statistician", {1, 6}),
        ("我是一名律师", {4, 6}),
        ("Lawyer", {4, 6}),
        ("语言学硕士", {4, 6}),
        ("Linguist", {4, 6}),
        ("我是做测试的", {6}),
    ],
)
def test_a_background_named_alone_leads_to_a_direction_it_transfers_to(text: str, accept: set[int]) -> None:
    assert diagnose(text).top.number in accept


@pytest.mark.parametrize(
    "text",
    [
        "负责 Kafka 集群的运维和扩容",  # a field word outside a self-description: the work, not a past role
        "红队测试和模型评测都做过",
        "The physics of GPU cooling is not my area",
        "我们的前端页面用 React 写的",
    ],
)
def test_a_field_word_alone_is_not_a_background(kb: Knowledge, text: str) -> None:
    assert backgrounds(kb, text) == set()


def test_a_word_that_names_two_backgrounds_is_reported_by_kb_validate(tmp_path: Path) -> None:
    import shutil

    from careermap.knowledge.loader import DATA_DIR, KnowledgeError

    kb_dir = tmp_path / "kb"
    shutil.copytree(DATA_DIR, kb_dir)
    path = kb_dir / "archetypes.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("fields: [测试, qa", "fields: [运维, qa"), encoding="utf-8"
    )
    with pytest.raises(KnowledgeError) as err:
        load(kb_dir)
    assert "[archetypes.yaml -> qa_test -> fields] '运维' also names background" in str(err.value)
