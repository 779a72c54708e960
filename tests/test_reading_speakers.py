"""Someone named by their role is someone else only when they speak or push a thing ("架构师说下半年要上
Flink", "our architect keeps pushing Kafka"); a role alone is a résumé's title line and says nothing."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge
from tests.test_reading_status import status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("架构师说下半年要上 Flink", {"flink": "heard"}),
        ("产品经理老提 RAG", {"rag": "heard"}),
        ("CTO 说我们要全面拥抱 Kubernetes", {"kubernetes": "heard"}),
        ("我们 tech lead 很推 LangChain", {"langchain": "heard"}),
        ("Our architect keeps pushing Kafka.", {"kafka": "heard"}),
        ("The client insisted on Terraform.", {"terraform": "heard"}),
        # near cases: a role as a title, a role the writer speaks to, a request put forward
        ("架构师，负责 Kafka 集群的设计", {"kafka": "has"}),
        ("Tech lead, built the Kafka pipelines.", {"kafka": "has"}),
        ("给产品经理讲过 RAG 的原理", {"rag": "has"}),
        ("产品经理提出需求后，我用 Python 实现", {"python": "has"}),
    ],
)
def test_a_role_that_speaks(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected
