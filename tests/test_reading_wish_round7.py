"""The seventh cue round, Chinese and mixed: wishes and plans (正考虑学, todo 里有, want 做, 报了个…的课,
收藏了…教程), interests (很 interesting, 兴趣点, 看 X 的论文), a wish or an interest that does not reach work already
done (计划用 Kafka 重构了消息系统, 想转 Go，做过三年 Java), lists joined by 跟 and 还是, and an exception
before a lack that reads back (除了 Java 都不会). Each beside the sentences it must leave alone. None of these
sentences is taken from benchmarks/data/reading_*.yaml."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_status import status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # considering learning it; a to-do; an English wish verb in a Chinese clause
        ("最近在考虑学 Scala。", {"scala": "wants"}),
        ("考虑学习成本，用 Go 重写了服务。", {"golang": "has"}),
        ("考虑了 Kafka 和 RabbitMQ 的吞吐，最后选了 Kafka。", {"kafka": "has"}),
        ("todo 里有 Triton。", {"triton_lang": "wants"}),
        ("want 转推荐系统。", {"recommender_systems": "wants"}),
        ("hope 将来能做 CUDA 相关的工作。", {"cuda": "wants"}),
        ("I want to learn Go.", {"golang": "wants"}),
        # a course or a tutorial kept for later
        ("报了个 Kubernetes 的训练营。", {"kubernetes": "wants"}),
        ("收藏了几篇 DeepSpeed 教程。", {"deepspeed": "wants"}),
        ("汇报了 Kafka 迁移的进展。", {"kafka": "has"}),
        # a preparation that is a task, not a plan
        ("准备训练数据用的是 Spark。", {"spark": "has"}),
        ("准备阶段用 Python 写了清洗脚本。", {"python": "has"}),
        ("准备学 Spark。", {"spark": "wants"}),
        # a heading's words inside a Chinese sentence ("职业目标是"), a goal as a heading; not a trait, not a duty
        ("职业目标是做大模型推理。", {"llm_inference": "wants"}),
        ("研究兴趣是强化学习。", {"reinforcement_learning": "wants"}),
        ("Agent 是我感兴趣的方向。", {"agent_development": "wants"}),
        ("感兴趣的方向很多，目前用 Go 写后端。", {"golang": "has"}),
        ("兴趣爱好广泛，熟悉 Python。", {"python": "has"}),
        ("The objective is to build Kafka pipelines.", {"kafka": "has"}),
        ("Goal: 转 Rust", {"rust": "wants"}),
        ("最近 planning 学 Flink。", {"flink": "wants"}),
        ("考虑 switch 到 Go。", {"golang": "wants"}),
    ],
)
def test_wishes(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    for skill, place in expected.items():
        assert got.get(skill) == place, (text, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan or a wish whose own clause says the work is done, or the next clause that it went live
        ("计划用 Flink 重写了实时链路。", {"flink": "has"}),
        ("打算用 Redis 做缓存，已经上线了。", {"redis": "has"}),
        ("打算用 Redis 做缓存。", {"redis": "wants"}),
        ("想学 Rust 很久了。", {"rust": "wants"}),
        ("想学 Kafka 了解一下原理。", {"kafka": "wants"}),
        ("打算把 Flink 学会了再说。", {"flink": "wants"}),
        ("想转 Go，已经买了书。", {"golang": "wants"}),
        # a later clause of work done is not wished for
        ("想转 Rust，做过三年 C++。", {"rust": "wants", "cpp": "has"}),
        ("对扩散模型很好奇，用 PyTorch 写过几个 demo。", {"diffusion_models": "wants", "pytorch": "has"}),
        ("想转 Rust，也想试试 Go。", {"rust": "wants", "golang": "wants"}),
        # the plan's own verb is done ("计划完成了"), the skill's verb close after it, or "已经上线"; not a wish
        # that is old, nor the reason for a wish
        ("计划完成了 Flink 的迁移。", {"flink": "has"}),
        ("打算用 Rust 写的工具已经上线。", {"rust": "has"}),
        ("想学 Rust 已经很久了。", {"rust": "wants"}),
        ("想学了很久的 Flink。", {"flink": "wants"}),
        ("想转 Go 的原因是写了三年 Java。", {"golang": "wants", "java": "has"}),
        ("负责制定 Kafka 集群的扩容计划。", {"kafka": "has"}),
        # what a wish goes on with is had
        ("希望在新团队继续用 Go。", {"golang": "has"}),
        ("打算把已有的 Flink 经验用到新项目。", {"flink": "has"}),
        ("希望在新团队用 Go。", {"golang": "wants"}),
    ],
)
def test_work_done_is_no_wish(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    for skill, place in expected.items():
        assert got.get(skill) == place, (text, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb of Chinese before "interesting"; an interest point; following a field's papers
        ("MoE 挺 interesting，还没做过。", {"moe": "wants"}),
        ("Agent 是我最近的兴趣点。", {"agent_development": "wants"}),
        ("平时会刷扩散模型的论文。", {"diffusion_models": "wants"}),
        ("follow 了不少 RLHF 的 paper。", {"rlhf": "wants"}),
        # a paper read as a skill, reproduced, written or published; a degree read
        ("看并复现了 RAG 论文。", {"rag": "has"}),
        ("读研期间发表过 RAG 的论文。", {"rag": "has"}),
        ("The product is interesting; I built it with Kafka.", {"kafka": "has"}),
        ("对 PyTorch 很熟。", {"pytorch": "has"}),
        ("长期关注 MoE。", {"moe": "wants"}),
        ("对 RLHF 挺 fascinated 的。", {"rlhf": "wants"}),
        ("interested 在 Agent 方向。", {"agent_development": "wants"}),
        # keeping up with a field in one's own time; a posting's duty to follow a field stays asked
        ("平时关注 RLHF 相关进展。", {"rlhf": "wants"}),
        ("业余会关注 MoE 的最新动态。", {"moe": "wants"}),
        ("关注大模型推理领域的技术动态，负责 vLLM 部署。", {"llm_inference": "has", "vllm": "has"}),
        # an interest ends at its comma: the proficiency word that opens the next clause is a claim of its own
        ("对推荐系统很感兴趣，熟悉 Transformer 原理。", {"recommender_systems": "wants", "transformer": "has"}),
        ("对 Agent 有浓厚兴趣，了解 RAG 基本原理。", {"agent_development": "wants", "rag": "has"}),
        ("想深入研究 MoE。", {"moe": "wants"}),
        # the reader's interest in a conditional, not the writer's
        ("感兴趣的话可以看看我用 Go 写的工具。", {"golang": "has"}),
    ],
)
def test_interests(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    for skill, place in expected.items():
        assert got.get(skill) == place, (text, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 跟 and 还是 join the items of one list a lack reaches
        ("Hive 跟 Presto 都没用过。", {"hive": "lacks"}),
        ("无论 Vue 还是 React 都不会。", {"vue": "lacks", "react": "lacks"}),
        ("熟悉 Vue，React 跟 Angular 都没写过。", {"vue": "has", "react": "lacks"}),
        # an exception right before the list a lack reads back to keeps that list
        ("除了 Java 都不会。", {"java": "has"}),
        ("除了 Kafka 和 Flink 以外都没用过。", {"kafka": "has", "flink": "has"}),
        ("除了 Python，Java 和 Scala 都不会。", {"python": "has", "java": "lacks", "scala": "lacks"}),
        ("Kafka 和 Flink 都没用过。", {"kafka": "lacks", "flink": "lacks"}),
        # a clause of alternatives ("不论…或者…") is still a bare list, read back to over its comma
        ("不论 Hive 或者 Presto，都没碰过。", {"hive": "lacks"}),
        ("无论是 Vue 还是 React，一个都不会。", {"vue": "lacks", "react": "lacks"}),
        ("像 Kafka、Flink 这些，我都很熟。", {"kafka": "has", "flink": "has"}),
        ("不管需求多急，Kafka 都没出过问题。", {"kafka": "has"}),
    ],
)
def test_negated_lists(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    for skill, place in expected.items():
        assert got.get(skill) == place, (text, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wish that ends its clause wants what the writer has just said they lack
        ("Rust 不会但想学。", {"rust": "wants"}),
        ("没碰过 Flink，打算学一下。", {"flink": "wants"}),
        ("Go 会，Rust 不会但很想学。", {"golang": "has", "rust": "wants"}),
        # ... and nothing they have, nor a lack with no wish
        ("熟悉 Java，想学。", {"java": "has"}),
        ("Rust 不会，不想学。", {"rust": "lacks"}),
        ("Kafka 不会，也没打算学。", {"kafka": "lacks"}),
        ("Go 没写过，暂时不准备学。", {"golang": "lacks"}),
        ("想学的是 Rust，Go 不会。", {"rust": "wants", "golang": "lacks"}),
    ],
)
def test_a_wish_after_a_lack(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    for skill, place in expected.items():
        assert got.get(skill) == place, (text, got)
