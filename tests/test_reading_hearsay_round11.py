"""English and mixed hearsay as people type it (round 11): a clause that opens with "Heard", what the writer keeps
reading, a talk or a podcast, what someone keeps bringing up, an online crowd, what a posting requires, a teacher of a
course; each read both ways beside a near sentence that must stay as it was.
None of these sentences is taken from benchmarks/data/reading_*.yaml."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_status import status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause that opens with "Heard", the writer left out: heard, not disliked nor had
        ("Heard Kubernetes is a pain.", {"kubernetes": "heard"}),
        ("Heard Kafka is hard to run.", {"kafka": "heard"}),
        ("Kubernetes is a pain.", {"kubernetes": "dislikes"}),
        # ... not a voice that was heard, nor hearing back
        ("I made sure every voice was heard while migrating to Kafka.", {"kafka": "has"}),
        ("Heard back from the team and deployed Kafka.", {"kafka": "has"}),
        ("I heard about Kafka in 2019 and have run it in production since.", {"kafka": "has"}),
        # the writer goes on, the subject left out, with a word of doing and a pronoun back to it
        ("Heard great things about Flink, been running it for 3 years.", {"flink": "has"}),
        ("I heard about Airflow and deployed it for our team.", {"airflow": "has"}),
        ("My friend told me about Kafka and built a demo.", {"kafka": "heard"}),
        # what the writer keeps reading
        ("I keep reading that Rust is the future.", {"rust": "heard"}),
        ("I kept reading how great Flink is.", {"flink": "heard"}),
        # a talk or a podcast heard
        ("Went to a talk on Kubernetes operators.", {"kubernetes": "heard"}),
        ("Listened to a podcast about Kafka.", {"kafka": "heard"}),
        ("看了一个关于 vLLM 的分享", {"vllm": "heard"}),
        ("I gave a talk about vLLM at a meetup.", {"vllm": "has"}),
        # someone who keeps bringing it up, a teacher of a course
        ("My bootcamp instructor kept mentioning Docker.", {"docker": "heard"}),
        ("Our instructor kept mentioning Kubernetes.", {"kubernetes": "heard"}),
        ("培训班老师一直提 Docker", {"docker": "heard"}),
        ("I've used Docker, as everyone says you should.", {"docker": "has"}),
        # an online crowd, everyone seeming to use it, word around the office
        ("Everybody on LinkedIn claims Terraform is essential.", {"terraform": "heard"}),
        ("Twitter is full of people hyping Rust.", {"rust": "heard"}),
        ("Hacker News loves Rust.", {"rust": "heard"}),
        ("HN 上说 JAX 要取代 PyTorch", {"jax": "heard", "pytorch": "heard"}),
        ("Everyone seems to be using Kubernetes these days.", {"kubernetes": "heard"}),
        ("Word around the office is we're adopting Kubernetes.", {"kubernetes": "heard"}),
        ("I deployed Kubernetes at work.", {"kubernetes": "has"}),
        # what a posting requires
        ("The posting requires Spark.", {"spark": "heard"}),
        ("Instructor, coding bootcamp: taught Python and Docker.", {"python": "has", "docker": "has"}),
        ("My last role required Spark every day.", {"spark": "has"}),
    ],
)
def test_hearsay_round11(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    assert {k: got.get(k) for k in expected} == expected, got
