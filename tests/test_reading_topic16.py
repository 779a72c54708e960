"""A clause opened by a word of topic (issue 13, negation): "至于 Verilog，我是门外汉", "说到 Kafka，完全不懂",
"Regarding Kafka, no hands-on experience" name only their topic, and what the next clause says reads back to it,
as after a topic word that ends the clause ("Rust 的话，没碰过"). What the next clause claims stays had, and a skill
the next clause names itself keeps its own reading. None of these sentences is taken from benchmarks/data."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_status import status

CASES = [
    # opened, then a lack said of it
    ("至于 Verilog，我是门外汉。", {"verilog": "lacks"}),
    ("说到 Kafka，我完全不懂。", {"kafka": "lacks"}),
    ("关于 Spark 和 Flink，都没有实际经验。", {"spark": "lacks", "flink": "lacks"}),
    ("对于 Rust，一窍不通。", {"rust": "lacks"}),
    ("Regarding Kafka, no hands-on experience.", {"kafka": "lacks"}),
    ("When it comes to Terraform, zero experience.", {"terraform": "lacks"}),
    # opened, then a claim: had
    ("至于 Kafka，我们组天天在用，我负责运维。", {"kafka": "has"}),
    ("关于 Kafka，我写过一篇源码分析。", {"kafka": "has"}),
    ("Regarding Kafka, I ran our cluster for three years.", {"kafka": "has"}),
    # the next clause names its own skill: each its own reading
    ("至于 Kafka，用过；但 Flink 没用过。", {"kafka": "has", "flink": "lacks"}),
    # no word of topic before the skill: as before
    ("我们用 Kafka，我不太懂 Flink。", {"kafka": "has", "flink": "lacks"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_clause_opened_by_a_word_of_topic_is_spoken_of_by_the_next(
    kb: Knowledge, text: str, expected: dict[str, str]
) -> None:
    got = status(kb, text)
    assert {k: got.get(k) for k in expected} == expected, got
