"""The twelfth cue round: interest said the ways people post it (issue 13). Curiosity piqued or kept ("Airflow has me
curious"), attention caught ("Rust really grabbed my attention"), a fascination or an obsession of the moment, a
thing that looks cool from outside, a thing watched with great interest or admired from a distance, an interest of
one's own ("GraphQL is an interest of mine"), a thing eyed or bookmarked, forums lurked in; a wish to try it soon
("Can't wait to play with Airflow", "Tempted to pick up Go"); mixed speech ("GraphQL 看起来很酷", "最近在我的 radar 上")
and hearsay ("看到很多人在讨论 PyTorch"). Each beside what must stay had: work of one's own in the same sentence, a
self-description as curious, bookmarks as a feature. None of these sentences is taken from benchmarks/data."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_status import status


def check(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    for skill, place in expected.items():
        assert got.get(skill) == place, (text, got)


INTEREST = [
    ("GraphQL has piqued my curiosity.", {"graphql": "wants"}),
    ("PyTorch sparks my curiosity.", {"pytorch": "wants"}),
    ("Airflow has me curious.", {"airflow": "wants"}),
    ("Flink makes me curious.", {"flink": "wants"}),
    ("My curiosity about Kubernetes keeps growing.", {"kubernetes": "wants"}),
    ("Flink keeps pulling me in.", {"flink": "wants"}),
    ("Rust really grabbed my attention.", {"rust": "wants"}),
    ("Lately Terraform has my attention.", {"terraform": "wants"}),
    ("Airflow is my current fascination.", {"airflow": "wants"}),
    ("Flink is my latest obsession, from the sidelines.", {"flink": "wants"}),
    ("Rust gets me excited.", {"rust": "wants"}),
    ("GraphQL looks really cool.", {"graphql": "wants"}),
    ("Airflow looks neat.", {"airflow": "wants"}),
    ("Kubernetes looks like fun.", {"kubernetes": "wants"}),
    ("GraphQL is worth exploring, I think.", {"graphql": "wants"}),
    ("I'm following PyTorch development with great interest.", {"pytorch": "wants"}),
    ("Airflow is something I admire from a distance.", {"airflow": "wants"}),
    ("GraphQL is an interest of mine.", {"graphql": "wants"}),
    ("One of my interests is Flink.", {"flink": "wants"}),
    ("Airflow is of interest to me.", {"airflow": "wants"}),
    ("Spark has always interested me.", {"spark": "wants"}),
    ("Scala has long interested me.", {"scala": "wants"}),
    ("I've been eyeing Rust for a while.", {"rust": "wants"}),
    ("Bookmarked a bunch of Terraform tutorials.", {"terraform": "wants"}),
    ("Lurking in Kubernetes forums lately.", {"kubernetes": "wants"}),
    ("I'm tempted by Rust.", {"rust": "wants"}),
    ("Scala is on my horizon.", {"scala": "wants"}),
    ("Rust is my dream stack.", {"rust": "wants"}),
    # a wish to try it soon
    ("Can't wait to play with Airflow.", {"airflow": "wants"}),
    ("Kafka is a topic I'm passionate about learning.", {"kafka": "wants"}),
    ("Eager to get my hands on GraphQL.", {"graphql": "wants"}),
    # mixed speech
    ("GraphQL 看起来很酷。", {"graphql": "wants"}),
    ("Airflow 最近在我的 radar 上。", {"airflow": "wants"}),
    ("看到很多人在讨论 PyTorch。", {"pytorch": "heard"}),
    ("听人提过 Airflow。", {"airflow": "heard"}),
]

STAYS = [
    # work of one's own beside the interest keeps its status
    ("I run Kubernetes at work; Rust has piqued my curiosity.", {"kubernetes": "has", "rust": "wants"}),
    ("Tempted by Rust, but I ship Python every day.", {"python": "has", "rust": "wants"}),
    ("I've used Spark for years; its roadmap has my attention.", {"spark": "has"}),
    # curious as a self-description, a bookmark as a feature, a team managed from a distance
    ("We're very curious people who use Python daily.", {"python": "has"}),
    ("Built bookmarked pages cached in Redis.", {"redis": "has"}),
    ("Managed a remote team from a distance using Kubernetes.", {"kubernetes": "has"}),
    ("I admire the Go team's work, and I write Go daily.", {"golang": "has"}),
    # a posting's duties
    ("Keep an eye on metrics in Grafana.", {"monitoring": "has"}),
    ("You will follow best practices with Terraform.", {"terraform": "has"}),
]


@pytest.mark.parametrize(("text", "expected"), INTEREST)
def test_interest_round12(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    check(kb, text, expected)


@pytest.mark.parametrize(("text", "expected"), STAYS)
def test_stays_had_round12(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    check(kb, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an interest at the end reads back over a list, not into a clause of the writer's own doing before it
        ("I build Kafka pipelines, and Flink intrigues me.", {"kafka": "has", "flink": "wants"}),
        ("We run Spark, and Ray has me curious.", {"spark": "has", "ray": "wants"}),
        ("Kafka and Flink intrigue me.", {"kafka": "wants", "flink": "wants"}),
        ("RAG and agents fascinate me, though I haven't built either.", {"rag": "wants", "agent_development": "wants"}),
    ],
)
def test_an_interest_reads_back_over_its_list_only(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    assert {k: got.get(k) for k in expected} == expected, got
