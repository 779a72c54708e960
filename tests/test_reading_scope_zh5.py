"""The fifth cue round, Chinese first: a wish that reaches for a verb of coming to know, a negation
denied ("并非没用过"), a modest claim that is no lack ("不敢说精通"), a fed-up phrase after its object.
Each rule beside the sentences it must leave alone. None of these sentences is taken from
benchmarks/data/reading_*.yaml."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_status import status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the wish's own verb, after a chance or an ability, is what is wished for
        ("希望有机会接触 CUDA。", {"cuda": "wants"}),
        ("希望以后能系统掌握 Rust。", {"rust": "wants"}),
        ("很想有机会深入了解 vLLM。", {"vllm": "wants"}),
        ("期待能用上 vLLM。", {"vllm": "wants"}),
        ("期待有机会参与 RAG 项目。", {"rag": "wants"}),
        # ... not a claim the wish only frames, and not a chance the writer had
        ("工作中有机会接触 CUDA 优化。", {"cuda": "has"}),
        ("希望发挥我精通 Java 的优势。", {"java": "has"}),
        ("希望发挥我熟悉 Java 的优势。", {"java": "has"}),
        ("期待加入贵司，本人熟悉 Java。", {"java": "has"}),
        ("期待您的加入，一起用 PyTorch 做多模态。", {"pytorch": "has"}),  # a posting's welcome
        ("Looking for a role where my proficiency in Kubernetes is valued.", {"kubernetes": "has"}),
    ],
)
def test_a_wish_reaches_for_its_verb(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    for skill, place in expected.items():
        assert got.get(skill) == place, (text, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negation denied is a claim
        ("并非没用过 Docker。", {"docker": "has"}),
        ("不是没写过 Go，写过两个小工具。", {"golang": "has"}),
        ("倒也不是没碰过 Kafka，只是用得少。", {"kafka": "has"}),
        ("没用过 Docker。", {"docker": "lacks"}),
        # a modest claim lowers the level, it does not negate
        ("不敢说精通 Go，但写过不少服务。", {"golang": "has"}),
        ("Spark 没用过。", {"spark": "lacks"}),
        # fed up with what stands before
        ("Kubernetes 看到就烦。", {"kubernetes": "dislikes"}),
        ("一想到写 CSS 就头疼。", {"html_css": "dislikes"}),
    ],
)
def test_denied_negations_modest_claims_and_fed_up(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    for skill, place in expected.items():
        assert got.get(skill) == place, (text, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a résumé's or a form's value of no experience, after the skill and the kind of experience
        ("Kafka 相关经验：无。", {"kafka": "lacks"}),
        ("CUDA 经验：暂无", {"cuda": "lacks"}),
        ("是否用过 Kafka：否", {"kafka": "lacks"}),
        ("CUDA：N/A", {"cuda": "lacks"}),
        ("Kubernetes（无实际经验）", {"kubernetes": "lacks"}),
        ("Rust：暂无经验", {"rust": "lacks"}),
        ("Kafka 没实操过，只看过文档。", {"kafka": "lacks"}),
        # ... not a value that goes on, nor one that is had
        ("Docker 使用经验：3 年", {"docker": "has"}),
        ("Kafka 相关经验：无锡项目中搭建过集群。", {"kafka": "has"}),
        ("Kafka：否则消息会丢。", {"kafka": "has"}),
        ("带领无经验的新人用 Go 开发服务。", {"golang": "has"}),
    ],
)
def test_a_value_of_no_experience(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    for skill, place in expected.items():
        assert got.get(skill) == place, (text, got)
