"""English limiters (issue 13, item 1: a limiter lowers the level instead of negating): word families of a small claim
about one's own use ("tinkered with", "played around with", "still new to", "superficially", "hobby-level", "minimal
experience"), and a lack of production use said after the skill ("I have used Rust, nothing in production"), which
with a limiter beside it is a lowered level, as "Redis 没有生产经验，只在本地玩过" is. Words of weakness or frequency
are no limiter: they describe a system or a habit as often ("the monitoring was shaky until I set up Prometheus").
None of these sentences is taken from benchmarks/data."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_status import place_and_level as read

LOWERED = [
    ("Tinkered with Rust on weekends.", "rust"),
    ("I've played around with LangChain a little.", "langchain"),
    ("Messed around with Vue for a side project.", "vue"),
    ("Fairly new to Kubernetes, six months in.", "kubernetes"),
    ("I'm still new to MLflow.", "mlflow"),
    ("I know Vue superficially.", "vue"),
    ("Minimal experience with Terraform.", "terraform"),
    ("Hobby-level Rust.", "rust"),
    ("Rust at a hobby level.", "rust"),
    # a lack of production use with a limiter beside it: used, a little
    ("Hobby-level Rust, nothing in production.", "rust"),
    ("I have used Rust, nothing in production.", "rust"),
]


@pytest.mark.parametrize(("text", "skill"), LOWERED)
def test_a_small_claim_is_a_basic_level_not_a_lack(kb: Knowledge, text: str, skill: str) -> None:
    assert read(kb, text, skill) == "has/basic"


STAYS = [
    # weakness and frequency describe a system or a habit here
    ("The monitoring was shaky until I set up Prometheus.", "monitoring", "has/mentioned"),
    ("Our old search is weak, so I rebuilt it on Elasticsearch.", "elasticsearch", "has/mentioned"),
    ("A couple of times a year I upgrade our Kubernetes clusters.", "kubernetes", "has/mentioned"),
    ("Once or twice a week I deploy with Helm.", "helm", "has/mentioned"),
    ("Nothing serious broke after I migrated us to Kubernetes.", "kubernetes", "has/mentioned"),
    ("Built a minimal-latency pipeline on Kafka.", "kafka", "has/mentioned"),
    # new to something else; a lack said of production with nothing used beside it stays a lack
    ("Still new to management, but I have written Go for eight years.", "golang", "has/mentioned"),
    ("没有 Kafka 生产经验。", "kafka", "negated"),
    ("I do not know Rust, and our production stack is Go.", "rust", "negated"),
]


@pytest.mark.parametrize(("text", "skill", "expected"), STAYS)
def test_words_of_a_system_or_a_habit_leave_the_level_alone(
    kb: Knowledge, text: str, skill: str, expected: str
) -> None:
    assert read(kb, text, skill) == expected
