"""Round zh15: Chinese and mixed reading by breadth (issue 13). A word of never before what goes wrong is a record
of the thing run, no lack ("Redis 从未出过事故"); a Chinese negator does not reach past 也 or 就 that opens the next
verb ("没熬夜也把 Spark 作业跑通了"), and 不到 is an amount, no negator ("不到三天就写完了"); what one's work
does not take in is a lack ("Flink 基本不涉及"); a blank, a beginner or a base of zero said after the skill is a lack
("TypeScript 这块完全空白", "Scala 小白一枚", "Go 基础为零"); an English verb in the frame 没…过 is a word of doing
("Terraform 没 play 过"), and the 的 before a word of kind does not count in a negation's gap; someone else's clause
goes on to the rest of it and to a next clause opened by their pronoun or a word of habit ("我哥做运维，天天用
Ansible"), and a Chinese lack in it is theirs ("我同事不会 Docker"); "看到说" is hearsay; "很有吸引力", "一见钟情" are
interests (not "有热情", "充满热情": zeal a posting asks for, a like); "如何系统学习", "列入了学习计划" are wishes.
Each beside what must stay as it was.
None of these sentences is taken from benchmarks/data."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_status import status


def check(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    for skill, place in expected.items():
        assert got.get(skill) == place, (text, got)


CHANGED = [
    # never went wrong: the writer runs it
    ("我们的 Elasticsearch 集群三年从没宕过。", {"elasticsearch": "has"}),
    ("Redis 从未出过事故。", {"redis": "has"}),
    # 也 / 就 open the next verb, which was done; 不到 is an amount
    ("没熬夜也把 Spark 作业跑通了。", {"spark": "has"}),
    ("没两天就把 Docker 镜像做好了。", {"docker": "has"}),
    ("不到三天就用 Rust 写完了原型。", {"rust": "has"}),
    ("不到一年的 Scala 经验。", {"scala": "has"}),
    # what one's work does not take in
    ("目前的岗位不涉及 Kafka。", {"kafka": "lacks"}),
    ("Flink 基本不涉及。", {"flink": "lacks"}),
    # a blank, a beginner, a base of zero, after the skill
    ("TypeScript 这块完全空白。", {"typescript": "lacks"}),
    ("Scala 小白一枚。", {"scala": "lacks"}),
    ("Go 基础为零。", {"golang": "lacks"}),
    # an English verb in 没…过
    ("没 debug 过 Flink 任务。", {"flink": "lacks"}),
    ("Terraform 没 play 过。", {"terraform": "lacks"}),
    ("没有 Redis 的 production 经验。", {"redis": "lacks"}),
    # someone else's clause goes on; their lack is theirs
    ("我哥做运维，天天用 Ansible。", {"ansible": "heard"}),
    ("室友搞前端，她每天写 React。", {"react": "heard"}),
    ("我师姐做推荐算法整天用 Spark。", {"spark": "heard"}),
    ("我同事不会 Docker。", {"docker": "heard"}),
    # seen it said
    ("看到说 Ray 的调度很快。", {"ray": "heard"}),
    # an interest, a wish
    ("对计算机图形学一见钟情。", {"computer_graphics": "wants"}),
    ("eBPF 对我很有吸引力。", {"ebpf": "wants"}),
    ("如何系统学习 Kubernetes？", {"kubernetes": "wants"}),
    ("Flink 已经列入了学习计划。", {"flink": "wants"}),
]

STAYS = [
    # a word of never before a verb of doing is a lack
    ("Elasticsearch 从没用过。", {"elasticsearch": "lacks"}),
    ("从未接触过 Redis。", {"redis": "lacks"}),
    # a lack after 也 has its own negator
    ("没学过也没碰过 Kafka。", {"kafka": "lacks"}),
    ("没用过 Docker，也没时间学。", {"docker": "lacks"}),
    ("从来没系统地学过 Rust。", {"rust": "lacks"}),
    ("不会 Scala。", {"scala": "lacks"}),
    # work that does take it in
    ("日常工作涉及 Kafka 的运维。", {"kafka": "has"}),
    # a beginner's tutorial the writer wrote
    ("小白也能看懂的 Redis 教程是我写的。", {"redis": "has"}),
    # a verb of doing with no negator
    ("debug 过很多 Flink 任务。", {"flink": "has"}),
    # the writer's own doing after someone else's clause
    ("我哥做运维，我天天用 Ansible。", {"ansible": "has"}),
    ("室友搞前端，平时我也写 React。", {"react": "has"}),
    ("同事离职后，天天维护 Spark 作业。", {"spark": "has"}),
    ("同事精通 Docker，但我只会 Kafka。", {"kafka": "has", "docker": "heard"}),
    # what someone says of the writer's lack is the writer's
    ("同事说我不会 Docker。", {"docker": "lacks"}),
    # seen, and done
    ("看到 Ray 的文档后，用它重写了调度。", {"ray": "has"}),
    # zeal, a like (postings ask it: "对机器学习有热情"): had
    ("对 Kafka 充满热情。", {"kafka": "has"}),
    ("对机器学习有热情，有 NLP 相关经验。", {"machine_learning": "has", "nlp": "has"}),
    ("具有吸引力的 Vue 组件库是我设计的。", {"vue": "has"}),
    # a plan done
    ("计划用 Flink 重构的实时链路已经上线。", {"flink": "has"}),
]


@pytest.mark.parametrize(("text", "expected"), CHANGED)
def test_changed_zh15(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    check(kb, text, expected)


@pytest.mark.parametrize(("text", "expected"), STAYS)
def test_stays_zh15(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    check(kb, text, expected)
