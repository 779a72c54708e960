"""Round realpost17: words that look like a status cue and are not one (an audit of real postings and résumés).
"Not limited to" is no negation (不局限于, 不拘泥于), 听说 of 听说读写 is no hearsay, 计划 / plan as a noun is no
wish, discourse markers ("That said", "as I mentioned", 前面提到) and "according to" a norm are no hearsay, and a
posting's own aims and its hopes of the reader are what it asks. Each rule beside a near twin it must leave as it
was. None of these sentences is taken from benchmarks/data."""

from __future__ import annotations

import pytest

from careermap.jobs.classify import classify_text
from careermap.knowledge.loader import Knowledge

from .test_reading_status import status


def _reads(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    assert {sid: got.get(sid) for sid in expected} == expected, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # not limited to: the list is had
        (
            "主攻方向包含且不局限于：深度学习、多任务学习、模型压缩。",
            {"deep_learning": "has", "model_compression": "has"},
        ),
        ("方向不拘泥于：机器学习、多任务学习、模型压缩。", {"machine_learning": "has", "model_compression": "has"}),
        ("涉及但不局限在 Spark、Flink 的实时计算开发。", {"spark": "has", "flink": "has"}),
        # 听说 of 听说读写: a language skill, what follows is had
        ("英语听说流利，有三年 Flink 开发经验。", {"flink": "has"}),
        ("英文听说读写能力良好，熟悉 Go 和 gRPC。", {"golang": "has", "grpc": "has"}),
        ("日语听说熟练，做过 Spark 调优。", {"spark": "has"}),
        # what the writer said before, said again
        ("前面提到，我负责过 Redis 集群运维。", {"redis": "has"}),
        ("上文提到的 Elasticsearch 集群是我搭的。", {"elasticsearch": "has"}),
        ("That being said, I have shipped three Go services.", {"golang": "has"}),
        ("As I mentioned, I run our Kafka clusters.", {"kafka": "has"}),
        ("As previously mentioned, I wrote the Airflow DAGs myself.", {"airflow": "has"}),
        ("Like I said, Docker is part of my daily work.", {"docker": "has"}),
        ("I mentioned Kafka in my cover letter because I built our pipelines with it.", {"kafka": "has"}),
        ("简历中提到的 Flink 项目由我主导。", {"flink": "has"}),
        # according to a norm
        ("Shipped releases according to an agile process like Scrum.", {"agile": "has"}),
        ("Built the gRPC services in Go according to the interface specification.", {"golang": "has", "grpc": "has"}),
        ("Tuned Spark jobs according to our latency requirements.", {"spark": "has"}),
        ("according to 需求文档，用 Java 重写了订单服务。", {"java": "has"}),
        ("According to the SOP, I rotated the Kafka certificates.", {"kafka": "has"}),
        # 计划 as a noun: a plan drawn up or run, a compound's head
        ("负责排产计划系统的开发，技术栈 Java。", {"java": "has"}),
        ("制定月度计划，推进 Kafka 集群升级。", {"kafka": "has"}),
        ("负责物流配送计划和调度系统的 Go 开发。", {"golang": "has"}),
        ("计划编制与跟踪，后端用 Python。", {"python": "has"}),
        ("输出季度培训计划并讲授 Docker 课程。", {"docker": "has"}),
        ("与团队一起制定发布策略、计划及方法，用 Go 写发布工具。", {"golang": "has"}),
        # a range left open, in English
        ("Not exclusively Python; I also write Go.", {"python": "has", "golang": "has"}),
        ("My stack is not purely Python, I use Go too.", {"python": "has", "golang": "has"}),
        ("The said Kafka cluster was built by me.", {"kafka": "has"}),
        ("Scaled the Redis cluster according to the traffic forecast.", {"redis": "has"}),
        # plan to, after a determiner: a plan drawn up
        ("Wrote the rollout plan to move our services to Kubernetes, then led it.", {"kubernetes": "has"}),
        ("Drafted a detailed plan to replace RabbitMQ with Kafka.", {"kafka": "has"}),
    ],
)
def test_a_word_that_looks_like_a_cue_is_none(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    _reads(kb, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the real cue beside it keeps its reading
        ("不局限于理论，但从没用过 Flink。", {"flink": "lacks"}),
        ("方向不拘泥于 NLP，不会 Rust。", {"nlp": "has", "rust": "lacks"}),
        ("听说 Ray 很好用。", {"ray": "heard"}),
        ("英语听说读写都还行；另外听说 Triton 很火。", {"triton_lang": "heard"}),
        ("同事提到 Flink 比 Storm 好用。", {"flink": "heard"}),
        ("My manager said Rust is the future.", {"rust": "heard"}),
        ("My friend said Rust is hard; I said I write Go daily.", {"rust": "heard", "golang": "has"}),
        ("According to my tech lead, Flink beats Spark.", {"flink": "heard", "spark": "heard"}),
        ("According to a blog post about design, Flink is great.", {"flink": "heard"}),
        ("According to the news, everyone is moving to Kubernetes.", {"kubernetes": "heard"}),
        ("According to 知乎上的帖子，Rust 很难。", {"rust": "heard"}),
        ("Not Kubernetes though.", {"kubernetes": "lacks"}),
        ("我计划并且一定要学 Rust。", {"rust": "wants"}),
        ("计划学 Rust。", {"rust": "wants"}),
        ("熟悉 Go、计划学 Rust。", {"golang": "has", "rust": "wants"}),
        ("我计划系统学习 CUDA。", {"cuda": "wants"}),
        ("我计划和同事一起学 Go。", {"golang": "wants"}),
        ("计划，明年转 Go。", {"golang": "wants"}),
        ("学 Rust 是我今年的计划。", {"rust": "wants"}),
        ("I plan to learn Go.", {"golang": "wants"}),
        ("I have a plan to learn Rust.", {"rust": "wants"}),
        ("We plan to adopt Rust next year.", {"rust": "wants"}),
        ("我们期望使用 Flink 做实时计算。", {"flink": "wants"}),
    ],
)
def test_the_real_cue_beside_it_keeps_its_reading(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    _reads(kb, text, expected)


@pytest.mark.parametrize(
    ("body", "asked"),
    [
        ("我们期望使用 Flink 和 Kafka 提升实时推荐效果。", {"flink", "kafka"}),
        ("团队希望用 Rust 重写存储引擎。", {"rust"}),
        ("We aim to provide a low-latency cache built on Redis.", {"redis"}),
        ("Our goal is to build an evaluation platform on Kubernetes.", {"kubernetes"}),
        ("希望你熟练使用 PyTorch。", {"pytorch"}),
        ("期望您具备 Spark 调优经验。", {"spark"}),
        ("研究方向包含且不局限于：深度学习、多任务学习、模型压缩。", {"deep_learning", "model_compression"}),
        ("英语听说读写能力良好，熟悉 Hive 与 Spark。", {"hive", "spark"}),
        ("Work according to an agile methodology like Scrum.", {"agile"}),
    ],
)
def test_a_posting_asks_what_its_aims_and_hopes_name(kb: Knowledge, body: str, asked: set[str]) -> None:
    asks = {a.skill for a in classify_text(body, kb).asks}
    assert asked <= asks, asks


@pytest.mark.parametrize(
    ("body", "ask", "not_ask"),
    [
        ("熟悉 Python；不要求 Rust 经验。", "python", "rust"),
        ("Python required. No prior Go experience needed.", "python", "golang"),
        ("If you want to learn Rust, we will teach you; Python is a must.", "python", "rust"),
    ],
)
def test_a_posting_still_does_not_ask_what_it_waives(kb: Knowledge, body: str, ask: str, not_ask: str) -> None:
    asks = {a.skill for a in classify_text(body, kb).asks}
    assert ask in asks and not_ask not in asks
