"""The polarity pass: a negation built from parts (a negator, a verb of knowing or doing, a noun of lack,
a topic clause, the writer's own negated clause) and the compounds that hold a negator and deny nothing.

Sentences written for these tests; none is from a benchmark set."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_status import status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negator, words between, a verb of the class
        ("haven't really ever properly used Rust", {"rust": "lacks"}),
        ("I never actually got to deploy Kubernetes in production", {"kubernetes": "lacks"}),
        ("Terraform 也没正经玩过", {"terraform": "lacks"}),
        ("我从没在项目里落地过 RAG", {"rag": "lacks"}),
        ("我对 Kubernetes 并不在行", {"kubernetes": "lacks"}),
        # a noun of lack predicated of the skill
        ("Docker 是我的短板", {"docker": "lacks"}),
        ("Rust 我就是个菜鸟", {"rust": "lacks"}),
        ("我是 Rust 小白", {"rust": "lacks"}),
        ("Kubernetes is my weak spot", {"kubernetes": "lacks"}),
        # a clause that only names the topic, the negation in the next
        ("Rust 嘛，我是真没正经写过", {"rust": "lacks"}),
        ("至于 Kafka，我还真没搞过", {"kafka": "lacks"}),
        ("As for Kafka, I've never touched it", {"kafka": "lacks"}),
        # the writer's negated clause, whatever its verb
        ("I've never been near a Kafka cluster.", {"kafka": "lacks"}),
        ("I have not once opened a Terraform file in my life", {"terraform": "lacks"}),
    ],
)
def test_composed_negation_lacks(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Docker 不是我的短板", {"docker": "has"}),
        ("Kubernetes isn't my weakness", {"kubernetes": "has"}),
        ("支持无状态服务部署，熟悉 Kubernetes", {"kubernetes": "has"}),
        ("zero downtime deployments with Kubernetes", {"kubernetes": "has"}),
        ("I can't imagine working without Git.", {"git": "has"}),
        ("I'm no stranger to SQL.", {"sql": "has"}),
        ("We never had an outage with Kafka.", {"kafka": "has"}),
        ("I built the pipeline in Python and never looked back.", {"python": "has"}),
        ("I ensured no downtime while migrating to Kubernetes.", {"kubernetes": "has"}),
        ("我用 Python，没写过 Go", {"python": "has", "golang": "lacks"}),
        ("解决推理成本及响应延迟等工程问题，熟悉 Kafka", {"llm_inference": "has", "kafka": "has"}),
    ],
)
def test_non_negating_stays_has(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected
