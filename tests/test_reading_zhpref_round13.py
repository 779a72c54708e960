"""The thirteenth Chinese round: interests, dislikes and word senses as Chinese programmers write them. A field found
interesting, fun or cool from outside ("Flink 挺有意思", "JAX 很酷"), called the future ("Agent 才是未来"), longed
for ("对 CUDA 心驰神往"), followed as a heading ("个人关注：Rust、CUDA") or in its growth ("平时喜欢关注 Flink 的发展");
a contrast that leans on the cue ("对后端倒是很有兴趣"). A dislike that is over ("以前讨厌 Go，现在真香"), and a fear
of what one runs failing ("最怕线上 Kafka 挂"), which is care, not a dislike. Everyday senses of 标注, 幻觉, 越狱, 推理
and 推理能力 kept out. Each beside what must not change: work one does and enjoys ("写 Python 很有意思"), a fun thing
done ("做过很有意思的 RAG 项目"), zeal (a posting's ask), a plain dislike, the technical sense.
None of these sentences is taken from benchmarks/data."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_senses import found as skills
from .test_reading_status import status


def check(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    assert {k: got.get(k) for k in expected} == expected, (text, got)


INTEREST = [
    ("Flink 挺有意思的。", {"flink": "wants"}),
    ("我觉得 JAX 很酷。", {"jax": "wants"}),
    ("感觉 Kafka 很好玩。", {"kafka": "wants"}),
    ("Kafka 挺上头的。", {"kafka": "wants"}),
    ("我觉得 Agent 才是未来。", {"agent_development": "wants"}),
    ("对 CUDA 心驰神往。", {"cuda": "wants"}),
    ("个人关注：Rust、CUDA", {"rust": "wants", "cuda": "wants"}),
    ("技术关注：Flink、Kafka", {"flink": "wants", "kafka": "wants"}),
    ("平时喜欢关注 Flink 的发展。", {"flink": "wants"}),
    ("我的 passion 在 Rust。", {"rust": "wants"}),
    ("前端一般，对 Go 倒是很有兴趣。", {"golang": "wants"}),
]

STAYS = [
    # work one does and enjoys, a fun thing done: had
    ("写 Python 很有意思。", {"python": "has"}),
    ("用 Go 写后端挺好玩的。", {"golang": "has", "web_backend": "has"}),
    ("熟悉 Java，做过很有意思的 Kafka 项目。", {"java": "has", "kafka": "has"}),
    # zeal is a like (postings ask it of the candidate), a verdict inside its clause is no interest
    ("对 Flink 充满热情。", {"flink": "has"}),
    ("看好 Flink 是未来实时计算的主流，熟悉 Kafka 者优先。", {"flink": "has", "kafka": "has"}),
    # a plain like keeps its claim; a contrast that opens a clause still stops a cue
    ("喜欢写 Rust。", {"rust": "has"}),
    ("Java 很熟，Go 倒是很感兴趣。", {"java": "has", "golang": "wants"}),
]

DISLIKE = [
    ("以前讨厌 Go，现在真香。", {"golang": "has"}),
    ("最怕线上 Kafka 挂。", {"kafka": "has"}),
    ("就怕 MySQL 半夜宕机。", {"mysql": "has"}),
    ("最怕 Redis 集群突然出问题。", {"redis": "has"}),
    # a plain dislike stays a dislike
    ("最怕写 Shell 脚本。", {"shell": "dislikes"}),
    ("讨厌 Kafka，一点也不想碰。", {"kafka": "dislikes"}),
    ("Vue 反而很烦。", {"vue": "dislikes"}),
    ("调 Spark 参数简直是折磨。", {"spark": "dislikes"}),
    ("对 Go 毫无兴趣。", {"golang": "dislikes"}),
    ("对 PHP 一点兴趣都没有。", {"php": "dislikes"}),
    ("最怕 Kafka down 掉。", {"kafka": "has"}),
]


@pytest.mark.parametrize(("text", "expected"), INTEREST)
def test_interest_round13(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    check(kb, text, expected)


@pytest.mark.parametrize(("text", "expected"), STAYS)
def test_stays_had_round13(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    check(kb, text, expected)


@pytest.mark.parametrize(("text", "expected"), DISLIKE)
def test_dislike_round13(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    check(kb, text, expected)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("老师在黑板上标注了几个关键词。", "data_annotation"),
        ("出门前在地图上标注了要去的景点。", "data_annotation"),
        ("发高烧时出现过幻觉。", "hallucination"),
        ("看守所里有人越狱被抓回来了。", "jailbreak"),
        ("她的推理能力很强，适合当侦探。", "reasoning_cot"),
        ("整理了一批 CoT 推理数据。", "llm_inference"),
        ("要求评测结果可量化、可复现。", "quantization"),
        ("后端开发，周末在家用蒸馏器做纯露。", "knowledge_distillation"),
        ("健身计划微调了一下，加了有氧。", "sft"),
        ("算法工程师，业余养了几只爬虫。", "web_crawling"),
        ("平时在小红书看一些收纳容器的测评。", "llm_evaluation"),
        ("数据分析师，会在地图上标注门店位置。", "data_annotation"),
    ],
)
def test_everyday_senses_stay_out_round13(kb: Knowledge, text: str, skill: str) -> None:
    assert skill not in skills(kb, text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("负责图像标注和质检。", "data_annotation"),
        ("制定过文本标注规范。", "data_annotation"),
        ("做过大模型幻觉检测。", "hallucination"),
        ("研究过大模型越狱攻击。", "jailbreak"),
        ("用 GRPO 提升了模型的推理能力。", "reasoning_cot"),
        ("负责大模型推理加速。", "llm_inference"),
        ("熟悉大模型训练/推理过程中的算法原理。", "llm_inference"),
        ("参与自动驾驶系统及标注、仿真开发。", "data_annotation"),
        ("设计视频创作 Agent 的评测方法。", "llm_evaluation"),
        ("做过 INT8 模型量化。", "quantization"),
        ("用 Qwen-72B 蒸馏出一个小模型。", "knowledge_distillation"),
    ],
)
def test_technical_senses_stay_round13(kb: Knowledge, text: str, skill: str) -> None:
    assert skill in skills(kb, text)
