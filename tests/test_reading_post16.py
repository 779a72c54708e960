"""A posting's other words for not asking (issue 13: "no X required / 不要求X" is not an ask): "not mandatory", "not a
requirement", "not expected", "not essential", a skill to be learned on the job ("can be learned on the job", "we'll
teach you", "入职后再学"). What the posting asks beside them stays asked. None of these sentences is taken from
benchmarks/data."""

from __future__ import annotations

import pytest

from careermap.jobs.classify import classify_text
from careermap.knowledge.loader import Knowledge

CASES = [
    ("Strong Python. CUDA knowledge is not mandatory.", "python", "cuda"),
    ("Strong Python. Experience with Go is not a requirement.", "python", "golang"),
    ("Must know Python. Familiarity with Spark is not expected.", "python", "spark"),
    ("Solid SQL; Scala is not essential.", "sql", "scala"),
    ("Python is a must. We'll teach you Kubernetes on the job.", "python", "kubernetes"),
    ("Python is a must; Kubernetes can be learned on the job.", "python", "kubernetes"),
    ("精通 Python，Rust 可以入职后再学。", "python", "rust"),
    ("熟悉 Java；Go 不是硬性要求。", "java", "golang"),
]


@pytest.mark.parametrize(("body", "ask", "not_ask"), CASES)
def test_what_a_posting_does_not_require_is_not_an_ask(kb: Knowledge, body: str, ask: str, not_ask: str) -> None:
    asks = {a.skill for a in classify_text(body, kb).asks}
    assert ask in asks and not_ask not in asks


@pytest.mark.parametrize(
    "body",
    [
        "Kubernetes is mandatory; Golang is a requirement.",
        "Kubernetes and Golang experience is expected and essential.",
        "熟悉 Kubernetes 和 Golang 是硬性要求。",
    ],
)
def test_what_a_posting_does_require_stays_asked(kb: Knowledge, body: str) -> None:
    asks = {a.skill for a in classify_text(body, kb).asks}
    assert {"kubernetes", "golang"} <= asks
