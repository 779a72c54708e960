"""Interest and wishes said the ways Chinese speakers say them online: a focus of one's own ("RLHF 是我最近的关注点"),
won over ("被 RAG 圈粉了"), asking to be taught ("有没有大佬带带我学 CUDA"), a flag raised ("立个 flag，年底前搞定
PyTorch"); and work said to be done already after a wish ("迷上了用 Rust 写工具，已经写了三个")."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge
from tests.test_reading_status import status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("最近被 RAG 圈粉了", {"rag": "wants"}),
        ("RLHF 是我最近的关注点", {"rlhf": "wants"}),
        ("求推荐 Kafka 入门资料", {"kafka": "wants"}),
        ("有没有大佬带带我学 CUDA", {"cuda": "wants"}),
        ("今年的 flag：学会 Go", {"golang": "wants"}),
        ("立个 flag，年底前搞定 PyTorch", {"pytorch": "wants"}),
        # near cases: work already done after the wish; a posting seeking a new paradigm; a feature flag
        ("迷上了用 Rust 写工具，已经写了三个", {"rust": "has"}),
        ("寻求推荐新范式在业务上的落地，熟悉 PyTorch", {"pytorch": "has"}),
        ("Shipped feature flags with Redis behind them.", {"redis": "has"}),
    ],
)
def test_interest_and_wishes_online(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected
