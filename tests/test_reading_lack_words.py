"""A lack said as a lack ("缺少 Kubernetes 实战经验", "I lack hands-on Kubernetes experience", "CUDA
experience is nil"), and a list after a negation that stops at an item with its own claim ("不会 Rust,
Go 很熟"): both ways, each beside a near case that must not change."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge
from tests.test_reading_status import status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word of lacking before the skill
        ("缺少 Kubernetes 实战经验", {"kubernetes": "lacks"}),
        ("缺乏大规模 Kubernetes 运维经验", {"kubernetes": "lacks"}),
        ("比较欠缺 CUDA 方面的实践", {"cuda": "lacks"}),
        ("I lack hands-on Kubernetes experience.", {"kubernetes": "lacks"}),
        ("I'm lacking experience in Airflow.", {"airflow": "lacks"}),
        ("Haven't got round to learning Terraform.", {"terraform": "lacks"}),
        # nil after the skill, as a phrase or as a bare answer
        ("My experience with CUDA is nil.", {"cuda": "lacks"}),
        ("Rust: nil.", {"rust": "lacks"}),
        # a list item with a proficiency word of its own is outside the negation before it
        ("不会 Rust, Go 很熟", {"rust": "lacks", "golang": "has"}),
        ("没用过 Flink, Spark 很熟练", {"flink": "lacks", "spark": "has"}),
        ("不熟悉 Vue, React 精通", {"vue": "lacks", "react": "has"}),
        # near cases: a list with no claim of its own stays in the negation; claims stay claims
        ("不会 Rust、Go 和 C++", {"rust": "lacks", "golang": "lacks", "cpp": "lacks"}),
        ("不会 Rust, Go 也不太熟", {"rust": "lacks", "golang": "lacks"}),
        ("精通 Python，熟悉 Go", {"python": "has", "golang": "has"}),
        ("熟悉 Python、Go，了解 Rust", {"python": "has", "golang": "has", "rust": "has"}),
        ("I have hands-on Kubernetes experience.", {"kubernetes": "has"}),
        # a thing that lacks a skill is no lack of the writer's
        ("The legacy service lacked Kafka, so I introduced it.", {"kafka": "has"}),
        ("项目缺少 Redis 缓存层，我补上了", {"redis": "has"}),
    ],
)
def test_lack_words_and_claimed_items(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected
