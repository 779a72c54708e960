"""Hearsay, quotes and other people's skills (zh, en, mixed), and where the writer's own doing starts:
each rule of the round read both ways, a sentence it changes beside a near one it must leave as it was.
None of these sentences is taken from benchmarks/data/reading_*.yaml."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_status import status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer's own doing after what was said ends the hearsay: the skill named again there is had
        ("听 colleague 推荐了 Flink，后来我们用 Flink 重写了实时链路。", {"flink": "has"}),
        ("老板说“以后都用 Go 语言写”，于是我用 Go 语言重写了服务。", {"golang": "has"}),
        ("Everyone says Rust is hard, so I learned Rust last year.", {"rust": "has"}),
        # ... not the words reported, nor a clause right after "说，"
        ("听说我们要上 Kubernetes。", {"kubernetes": "heard"}),
        ("领导说，我们下季度要上 Kubernetes。", {"kubernetes": "heard"}),
        ("听说 Flink 很难，身边的人都在用 Flink。", {"flink": "heard"}),
        # a pronoun in the writer's own clause points back to the skill heard of
        ("同事推荐了 vLLM，我们现在线上就用它。", {"vllm": "has"}),
        ("I heard about Ray from a colleague and have used it since.", {"ray": "has"}),
        ("A colleague recommended ClickHouse, so I rewrote our reports on it.", {"clickhouse": "has"}),
        ("朋友推荐了 Ray，我打算试试它。", {"ray": "wants"}),
        ("同事推荐了 vLLM，我还没用过它。", {"vllm": "lacks"}),
        # ... not when someone else's clause holds it
        ("同事推荐了 vLLM，说他们线上都用它。", {"vllm": "heard"}),
        ("I keep hearing about LangChain and people love it.", {"langchain": "heard"}),
        # what was said is to use it, and the writer's clause says it was done
        ("领导说要用 Kafka，我就搭了集群。", {"kafka": "has"}),
        ("manager 说用 Kafka，so I set up the cluster myself。", {"kafka": "has"}),
        # ... not what was said of it, nor a clause of nothing done
        ("朋友说 Rust 很难，我就放弃了。", {"rust": "heard"}),
        ("领导说要上 Kubernetes，我还在评估。", {"kubernetes": "heard"}),
        # someone else and the writer doing it together, or the writer doing what they asked
        ("My colleague and I trained the model with DeepSpeed.", {"deepspeed": "has"}),
        ("同事和我一起用 Golang 重构了网关。", {"golang": "has"}),
        ("领导让我用 Kafka 搭了集群。", {"kafka": "has"}),
        ("My colleague trained the model with DeepSpeed.", {"deepspeed": "heard"}),
        ("同事用 Golang 重构了网关。", {"golang": "heard"}),
        # a task someone else set, not yet done
        ("老板让我调研一下 LangChain。", {"langchain": "heard"}),
        ("老板 asked me to 调研一下 LangGraph。", {"langgraph": "heard"}),
        # others named by their field after a determiner
        ("我们的算法同学都用 PyTorch，我主要写 Java 后端。", {"pytorch": "heard", "java": "has"}),
        ("Our ML folks use PyTorch; I mostly write SQL.", {"pytorch": "heard", "sql": "has"}),
        ("我们 team 的 infra 同学用 Terraform 管资源，我只写 Python。", {"terraform": "heard", "python": "has"}),
        ("我同学在字节做 CUDA 优化。", {"cuda": "heard"}),
        ("我和算法同学一起用 PyTorch 训练了模型。", {"pytorch": "has"}),
        # what is reported holds a proficiency word or someone else: still reported
        ("JD 上写着要熟悉 Kafka。", {"kafka": "heard"}),
        ("领导说我们要熟悉 Kafka。", {"kafka": "heard"}),
        ("According to my friend, Flink is hard to operate.", {"flink": "heard"}),
        # ... unless it is said of the writer
        ("同事说我精通 Kafka。", {"kafka": "has"}),
        ("My manager says I'm an expert in Kafka.", {"kafka": "has"}),
        ("同事说他精通 Kafka。", {"kafka": "heard"}),
        # someone else has it, then the writer's own word on it, with nothing else named
        ("我老公会 Python，我不会。", {"python": "lacks"}),
        ("公司用的是 Spark，不过我没接触过。", {"spark": "lacks"}),
        ("同事都会 Rust，我也会。", {"rust": "has"}),
        ("My colleagues use Rust, and so do I.", {"rust": "has"}),
        ("同事都会 Rust，我也想学。", {"rust": "wants"}),
        ("同事会 Golang，我不会 Rust。", {"golang": "heard", "rust": "lacks"}),
        ("同事都会 Rust，我也会写一点 Java。", {"rust": "heard", "java": "has"}),
        ("同事会 Golang，我不会写文档。", {"golang": "heard"}),
        ("听说 Kafka 很火，我也想学。", {"kafka": "wants"}),
        ("听说 Rust 很火，但我不会。", {"rust": "lacks"}),
        ("听说 Rust 很难，我不想写文档。", {"rust": "heard"}),
        # the company's stack, a saying, a question asked
        ("公司用的是 Spark。", {"spark": "heard"}),
        ("The company runs on Kafka, but I work on the frontend in React.", {"kafka": "heard", "react": "has"}),
        ("在公司用 Spark 做了数仓。", {"spark": "has"}),
        ("My manager's motto is \"if it's not in Terraform, it doesn't exist\".", {"terraform": "heard"}),
        ("面试官问过我 Flink 的 checkpoint 机制。", {"flink": "heard"}),
    ],
)
def test_hearsay_round7(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    for skill, place in expected.items():
        assert got.get(skill) == place, (text, got)
