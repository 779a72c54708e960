"""A web address is an address, not a claim: its words ("…/careers/ml-engineer", "github.com/org/kafka-demo")
name no skill; the words around it still do."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge
from tests.test_reading_status import status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Apply here: https://jobs.example.com/backend-engineer-123", {}),
        ("Visit www.example.com/data-engineering/spark-jobs", {}),
        ("See https://example.com/careers/machine-learning-engineer for details. I know Python.", {"python": "has"}),
        ("项目地址：https://github.com/me/rag-demo ，用 LangChain 做的 RAG", {"langchain": "has", "rag": "has"}),
        # near cases: a file name or a dotted word is no address
        ("Wrote kafka-streams jobs in Java.", {"kafka": "has", "java": "has"}),
        ("Served models with vLLM on k8s.", {"vllm": "has", "kubernetes": "has", "model_serving": "has"}),
    ],
)
def test_words_of_a_link_name_no_skill(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected
