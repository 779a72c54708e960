"""Mixed speech: Chinese clauses that carry an English word of lack, forgetting, background or hearsay
("对 CUDA 完全 zero 经验", "C++ 早就 forget 光了", "没 ML background", "lead 说 Flink 很稳"), beside the
sentences those words must leave alone. None of these sentences is taken from benchmarks/data/reading_*.yaml."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_status import status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("对 CUDA 完全 zero 经验。", {"cuda": "lacks"}),
        ("LLM 这块 zero background。", {"llm_basics": "lacks"}),
        ("PyTorch 完全是 newbie。", {"pytorch": "lacks"}),
        ("Rust 我是新手。", {"rust": "lacks"}),
        ("Terraform 是我的 weak point。", {"terraform": "lacks"}),
        ("目前 focus 在 Java，Go 还没 start。", {"java": "has", "golang": "lacks"}),
        ("Spark 还没试过。", {"spark": "lacks"}),
        ("C++ 早就 forget 光了。", {"cpp": "lacks"}),
        ("有 Java background，没 ML background。", {"java": "has", "machine_learning": "lacks"}),
        ("team lead 说 Flink 很稳。", {"flink": "heard"}),
        ("HR 说岗位要会 Kubernetes。", {"kubernetes": "heard"}),
        # must not change: a beginner the writer helps, a plan that has not started, a background job
        ("用 Go 带新手做项目。", {"golang": "has"}),
        ("Java 写得很熟，对新手很友好。", {"java": "has"}),
        ("Kafka 迁移还没开始，我先用 Go 写了消费者。", {"golang": "has"}),
        ("Python, never used Kafka.", {"python": "has", "kafka": "lacks"}),
        ("小白也能看懂的 Docker 教程是我写的。", {"docker": "has"}),
    ],
)
def test_mixed_speech(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    for skill, place in expected.items():
        assert got.get(skill) == place, (text, got)
