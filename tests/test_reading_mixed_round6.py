"""Mixed speech, sixth round: Chinese clauses with an English word of none ("Kotlin 完全 zero", "Scala 我 know
nothing", "Flink 我还是 noob"), of liking or interest ("不 like 写 SQL", "对 Java 没 interest", "对 JAX 很有 interest",
"一直在 follow SGLang"), a list of things to learn ("CUDA 在我的 todo list 上"), another team ("别的 team 用 Scala"),
and a clause that only names its topic ("Rust 的话，never touched"), beside the sentences those words must leave
alone. None of these sentences is taken from benchmarks/data/reading_*.yaml."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_status import status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an English word of none, read back to the skill before it
        ("Kotlin 完全 zero。", {"kotlin": "lacks"}),
        ("Kafka 完全 zero，没碰过。", {"kafka": "lacks"}),
        ("Scala 我 know nothing。", {"scala": "lacks"}),
        ("CUDA 这块 I know nothing。", {"cuda": "lacks"}),
        ("Rust 是 zero 基础。", {"rust": "lacks"}),
        ("K8s 我是 zero 基础。", {"kubernetes": "lacks"}),
        ("Flink 我还是 noob。", {"flink": "lacks"}),
        ("Docker 还是 noob。", {"docker": "lacks"}),
        # a clause that only names its topic: the next clause speaks of it
        ("Elasticsearch 的话，no hands-on at all。", {"elasticsearch": "lacks"}),
        ("Rust 的话，never touched。", {"rust": "lacks"}),
        ("Kafka 嘛，not really。", {"kafka": "lacks"}),
        ("Rust 的话，no experience。", {"rust": "lacks"}),
        ("CUDA 这块，完全 zero。", {"cuda": "lacks"}),
        ("Spark 和 Flink 的话，not familiar。", {"spark": "lacks", "flink": "lacks"}),
        # dislikes
        ("对 PHP 真的 no interest。", {"php": "dislikes"}),
        ("对 Java 没 interest。", {"java": "dislikes"}),
        ("PHP 的话 zero interest。", {"php": "dislikes"}),
        ("不 like 写 SQL。", {"sql": "dislikes"}),
        ("不太 like 前端。", {"web_frontend": "dislikes"}),
        ("I like Go, 不 like Java。", {"golang": "has", "java": "dislikes"}),
        ("写 Java 写到 burn out。", {"java": "dislikes"}),
        ("调 CSS 真的很 annoying。", {"html_css": "dislikes"}),
        # interests and a list of things to learn
        ("对 MLOps 有 interest。", {"mlops": "wants"}),
        ("对 JAX 很有 interest。", {"jax": "wants"}),
        ("一直在 follow vLLM 的进展。", {"vllm": "wants"}),
        ("最近在 follow RLHF 的 paper。", {"rlhf": "wants"}),
        ("CUDA 在我的 todo list 上。", {"cuda": "wants"}),
        ("todo list 上有 Rust 和 Zig。", {"rust": "wants"}),
        ("Rust 在我的 wishlist 上。", {"rust": "wants"}),
        # another team
        ("隔壁 team 在用 ClickHouse。", {"clickhouse": "heard"}),
        ("别的 team 用 Scala 写 pipeline。", {"scala": "heard"}),
        # must not change: the same words as the name of a thing, a bug, a job, a claim after a topic; a
        # lack and a dislike after a topic the old rules read already (a pronoun, a fed-up word)
        ("写了 zero-copy 的 Kafka consumer。", {"kafka": "has"}),
        ("Go 服务做到 zero downtime 发布。", {"golang": "has"}),
        ("用 Python 修了一个很 annoying 的 bug。", {"python": "has"}),
        ("和隔壁 team 一起用 Flink 做实时数仓。", {"flink": "has"}),
        ("用 Spark 做 interest 标签计算。", {"spark": "has"}),
        ("用 Redis 做 todo list 应用。", {"redis": "has"}),
        ("用 Kafka 做了 follow 关系的同步。", {"kafka": "has"}),
        ("对 Kafka noob 也能上手的教程是我写的。", {"kafka": "has"}),
        ("Kafka 嘛，never used it。", {"kafka": "lacks"}),
        ("PHP 的话，真的 hate。", {"php": "dislikes"}),
        ("Python 的话，I use it daily。", {"python": "has"}),
        ("Docker 的话，用得很熟，never had issues。", {"docker": "has"}),
        ("Go 这块，我写了三年 microservices。", {"golang": "has"}),
        ("Java 的话，no problem。", {"java": "has"}),
        ("Python 的话，我写了五年。", {"python": "has"}),
        ("熟悉 PyTorch，interested in JAX。", {"pytorch": "has", "jax": "wants"}),
        ("Kafka 没碰过，but Redis 用得很多。", {"kafka": "lacks", "redis": "has"}),
        ("帮同事 debug 了 Kubernetes 的网络问题。", {"kubernetes": "has"}),
    ],
)
def test_mixed_round6(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    for skill, place in expected.items():
        assert got.get(skill) == place, (text, got)
