"""Chinese wishes and interests said in passing: a gap to fill ("未来一年重点补 Kubernetes"), free time
for it ("有空就研究下 vLLM 的源码"), reading about it ("平时喜欢看 Agent 相关的文章"), betting on it
("RAG 这个方向我很看好，想往这边靠"), a job-search heading ("求职方向：大模型推理优化")."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge
from tests.test_reading_status import status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("未来一年重点补 Kubernetes", {"kubernetes": "wants"}),
        ("有空就研究下 vLLM 的源码", {"vllm": "wants"}),
        ("平时喜欢看 Agent 相关的文章", {"agent_development": "wants"}),
        ("RAG 这个方向我很看好，想往这边靠", {"rag": "wants"}),
        ("求职方向：大模型推理优化", {"llm_inference": "wants"}),
        # near cases: a posting's 需要补充; a claim beside reading in one's own time
        ("需要补充 Python 相关的测试用例", {"python": "has", "test_case_design": "has"}),
        ("熟悉 Python，平时喜欢看源码", {"python": "has"}),
    ],
)
def test_wishes_said_in_passing(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected
