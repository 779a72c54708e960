"""A lack said in the next clause with the writer named (issue 13, negation): "Kafka，我没用过", "Verilog，我是门外汉",
"Kafka: I'm clueless" read back to the skill the clause before opens with, as the same lack without the writer does
("Kafka，没用过"). A lack with its own object stays its object's, and a claim stays had. None of these sentences is
taken from benchmarks/data."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_status import status

CASES = [
    ("Kafka，我没用过。", {"kafka": "lacks"}),
    ("Verilog，我是门外汉。", {"verilog": "lacks"}),
    ("Scala 和 Rust，我完全不会。", {"scala": "lacks", "rust": "lacks"}),
    ("Kafka 很火，我却没用过。", {"kafka": "lacks"}),
    ("Kafka: I am clueless.", {"kafka": "lacks"}),
    ("Kubernetes? I'm totally clueless.", {"kubernetes": "lacks"}),
    # a lack with its own object, a claim, someone else's lack: as before
    ("Kafka 用了三年，我没用过 Flink。", {"kafka": "has", "flink": "lacks"}),
    ("Kafka 我们组在用，我也会。", {"kafka": "has"}),
    ("Python 写了五年，我从没后悔。", {"python": "has"}),
    ("I am clueless about Kafka.", {"kafka": "lacks"}),
    ("I lost my Kafka notes but rebuilt the cluster.", {"kafka": "has"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_lack_with_the_writer_named_reads_back_to_the_skill_before(
    kb: Knowledge, text: str, expected: dict[str, str]
) -> None:
    got = status(kb, text)
    assert {k: got.get(k) for k in expected} == expected, got
