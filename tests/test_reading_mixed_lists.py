"""Mixed lists of skills and verdicts ("Docker ok, K8s 不熟"), a heading owned by the writer ("我的 interests："),
a total beginner, a skill "not so much" or "not yet", and not really enjoying it. None of these sentences is
taken from benchmarks/data/reading_*.yaml."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_status import status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verdict between two skills ends the list: the negation after it reads back to the last one only
        ("Docker ok, K8s 不熟.", {"docker": "has", "kubernetes": "lacks"}),
        ("Redis 可以, MySQL 一般, MongoDB 没用过。", {"redis": "has", "mysql": "has", "mongodb": "lacks"}),
        ("Spark, Hive 和 Flink 都不熟。", {"spark": "lacks", "hive": "lacks", "flink": "lacks"}),
        ("Airflow, dbt and Snowflake: no hands-on experience.", {"airflow": "lacks"}),
        # the writer's own heading
        ("我的 interests：diffusion models、RLHF。", {"diffusion_models": "wants", "rlhf": "wants"}),
        ("My interests: RAG and agents.", {"rag": "wants"}),
        ("学习计划：Rust、CUDA\n\n技能：Java、Go", {"rust": "wants", "cuda": "wants", "java": "has", "golang": "has"}),
        # a beginner, not so much, not yet
        ("CUDA 的话 I'm a total beginner.", {"cuda": "lacks"}),
        ("I'm a total beginner at Rust.", {"rust": "lacks"}),
        ("Java 很熟, Kotlin not so much.", {"java": "has", "kotlin": "lacks"}),
        ("Python not yet.", {"python": "lacks"}),
        ("I don't really enjoy 写前端。", {"web_frontend": "dislikes"}),
        # must not change
        ("Taught a total beginner to use Git.", {"git": "has"}),
        ("I use Python, not so much for ML as for automation.", {"python": "has"}),
        ("Shipped the Kafka migration, not yet at full scale.", {"kafka": "has"}),
    ],
)
def test_mixed_lists_and_headings(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    for skill, place in expected.items():
        assert got.get(skill) == place, (text, got)
