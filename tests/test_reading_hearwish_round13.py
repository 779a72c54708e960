"""Chinese and mixed hearsay and Chinese wishes (round 13): what an article writes, a saying attributed after its
quote, a source "据…报道", someone on another side, many people pushing a thing, a task set for the team, a question
asked and how the writer answered it, praise said of the writer, a wish someone else has for the writer, a plan later
dropped or fulfilled, "想" as a thought, a hope that a post helps, a course signed up for, docs being read; each read
beside a near sentence that must stay as it was.
None of these sentences is taken from benchmarks/data/reading_*.yaml."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_status import status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what an article or a book writes, a saying passed on or attributed after its quote
        ("有篇文章里写 Flink 的反压机制很复杂。", {"flink": "heard"}),
        ("书上写 Redis 是单线程的。", {"redis": "heard"}),
        ("我写了一篇文章介绍 Redis 的持久化。", {"redis": "has"}),
        ("「Go 才是云原生的语言」，这是我们架构师的原话。", {"golang": "heard", "cloud_native": "heard"}),
        ("同学转述了他导师的观点：强化学习被高估了。", {"reinforcement_learning": "heard"}),
        # a source between 据 and its word of reporting; not 数据, 根据
        ("据 InfoQ 消息，很多团队在迁移到 Rust。", {"rust": "heard"}),
        ("根据监控数据，我用 Redis 做了缓存优化。", {"redis": "has"}),
        # someone on another side says it; not "我们这边"
        ("甲方那边的运维说他们只用 Ansible。", {"ansible": "heard"}),
        ("我们这边用 Ansible 管理配置。", {"ansible": "has"}),
        # many people pushing it; not a choice of the writer's
        ("最近好多人在安利 Rust。", {"rust": "heard"}),
        ("网上都在吹 Mamba 取代 Transformer。", {"transformer": "heard"}),
        ("大家推举我负责 Kafka 集群。", {"kafka": "has"}),
        # a task set for the team, not yet done; done, it is the writer's
        ("主管让我们调研一下 Dify。", {"workflow_platforms": "heard"}),
        ("主管让我们调研了 Dify，最后我用它搭了客服流程。", {"workflow_platforms": "has"}),
        # someone telling the writer, not doing it with them
        ("一位前辈跟我说 Go 很适合写中间件。", {"golang": "heard"}),
        ("同事跟我一起用 Go 重构了网关。", {"golang": "has"}),
        # a question asked: heard of, unless the writer says how they answered
        ("面试官问了 Elasticsearch 的倒排索引。", {"elasticsearch": "heard"}),
        ("面试被问到 Elasticsearch 的倒排索引，我都答出来了。", {"elasticsearch": "has"}),
        ("面试被问到 Elasticsearch 的倒排索引，答不上来。", {"elasticsearch": "lacks"}),
        ("面试官问我会不会 Flink，我说不会。", {"flink": "lacks"}),
        # praise said of the writer: the writer's own
        ("同事都夸我 Go 写得漂亮。", {"golang": "has"}),
        ("领导说我是组里最懂 Kafka 的人。", {"kafka": "has"}),
        ("领导说我们下个季度要上 Kafka。", {"kafka": "heard"}),
        # someone else's wish for the writer: a task, the writer's once it is done
        ("老板希望我接手 Airflow 的运维。", {"airflow": "heard"}),
        ("老板希望我接手 Airflow 的运维，现在已经管了一年。", {"airflow": "has"}),
        ("我希望接手 Airflow 的运维。", {"airflow": "wants"}),
        # a job posting's requirements, a vendor's pitch
        ("招聘要求写着熟悉 ClickHouse。", {"clickhouse": "heard"}),
        ("培训班说学 PHP 好找工作。", {"php": "heard"}),
        # mixed: an English verb of pushing after a role or a crowd, a task in English, where a role spoke, a senior
        ("Tech lead 天天 push Kotlin。", {"kotlin": "heard"}),
        ("看到 LinkedIn 上很多人 recommend Terraform。", {"terraform": "heard"}),
        ("我在 GitHub 上 push 了 Kafka 的 PR。", {"kafka": "has"}),
        ("Manager 让我们 investigate 一下 Milvus 和向量数据库。", {"vector_database": "heard"}),
        ("CTO 在 town hall 上说要 all in Kubernetes。", {"kubernetes": "heard"}),
        ("我在周会上讲了 Kubernetes 的调度原理。", {"kubernetes": "has"}),
        ("有个 senior 说 Scala 早就过时了。", {"scala": "heard"}),
        # what a job description, a wiki or a blog says, a negation inside it included: not the writer's lack
        ("JD 里 require 精通 Hive。", {"hive": "heard"}),
        ("团队 wiki 上写着 must know Git。", {"git": "heard"}),
        ("有篇 blog 说 MongoDB 不适合做数仓。", {"mongodb": "heard", "data_warehouse": "heard"}),
        ("听说 MongoDB 很火，但我从来没用过。", {"mongodb": "lacks"}),
        # a source between 据 and 说, someone "有", a share or a discussion, a JD or an HR person's words
        ("据隔壁组的人说 Airflow 很难维护。", {"airflow": "heard"}),
        ("有同学 share 过 SGLang 的 benchmark。", {"sglang": "heard"}),
        ("有同事帮我用 SGLang 部署了服务。", {"sglang": "has"}),
        ("群里大佬都在 discuss Megatron。", {"megatron": "heard"}),
        ("JD 写着 nice to have：熟悉 Triton。", {"triton_lang": "heard"}),
        ("HR 讲这个 position 需要 Hive 经验。", {"hive": "heard"}),
        ("根据数据说明，Redis 命中率提升了。", {"redis": "has"}),
    ],
)
def test_hearsay_round13(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    assert {k: got.get(k) for k in expected} == expected, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wish for later, a resolve, a year's goal; not a project's goal
        ("期待以后能做推荐系统相关的工作。", {"recommender_systems": "wants"}),
        ("下决心今年把 Kubernetes 学会。", {"kubernetes": "wants"}),
        ("今年 goal：把 Rust 用熟。", {"rust": "wants"}),
        ("项目目标：用 Kafka 重构消息系统。", {"kafka": "has"}),
        # what is next to conquer, a quarter's goal
        ("Elasticsearch 是我接下来要攻克的。", {"elasticsearch": "wants"}),
        ("下个季度目标：把 Flink 调优搞明白。", {"flink": "wants"}),
        # a list of what to learn that holds it
        ("学习计划中有 Terraform。", {"terraform": "wants"}),
        # a time-bound striving, asking for a path or a guide
        ("争取明年搞定 CUDA。", {"cuda": "wants"}),
        ("打算今年入门 Flink。", {"flink": "wants"}),
        ("求一份 Rust 的学习路线。", {"rust": "wants"}),
        ("有没有大佬带我入门 LangChain？", {"langchain": "wants"}),
        # a course bought or signed up for, docs being read: wished for; then learned and used: had
        ("买了一套 Spark 的网课，还没空看。", {"spark": "wants"}),
        ("买了 Spark 的课，已经学完并在项目里用上了。", {"spark": "has"}),
        ("最近在看 Airflow 的官方文档。", {"airflow": "wants"}),
        ("我在写 Airflow 的文档。", {"airflow": "has"}),
        # a plan fulfilled: had; a plan dropped: lacked
        ("本来打算学 Docker，结果项目里直接用上了。", {"docker": "has"}),
        ("原计划学 Scala，后来没学成，现在还不会。", {"scala": "lacks"}),
        ("打算学 Scala，报了课还没开始。", {"scala": "wants"}),
        # 想 as a thought, not a wish
        ("我想 Redis 是最合适的缓存，我们一直在用。", {"redis": "has"}),
        ("我想 Redis 的方向发展。", {"redis": "wants"}),
        ("想学 Redis。", {"redis": "wants"}),
        # 希望 for the reader: the writer's own work
        ("希望我的 Flink 调优经验能帮到大家。", {"flink": "has"}),
        ("希望学习 Flink，对以后工作有帮助。", {"flink": "wants"}),
    ],
)
def test_wish_round13(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    assert {k: got.get(k) for k in expected} == expected, got
