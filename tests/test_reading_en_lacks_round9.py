"""English (and English in mixed zh/en) lacks and hearsay as people type them: contractions without the
apostrophe, abbreviations, "a black box to me", all but one, what keeps coming up, a cofounder's skill.
Each family read both ways: a sentence it changes beside a near one it must leave as it was.
None of these sentences is taken from benchmarks/data/reading_*.yaml."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_status import status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a contraction typed without its apostrophe is the same negator
        ("honestly i dont know terraform", {"terraform": "lacks"}),
        ("havent really used airflow", {"airflow": "lacks"}),
        ("doesnt matter, i write terraform every day", {"terraform": "has"}),
        # abbreviated and résumé-style lacks
        ("no exp with kubernetes", {"kubernetes": "lacks"}),
        ("No production experience with Redis.", {"redis": "lacks"}),
        ("Production experience with Redis.", {"redis": "has"}),
        # all but one: the one left out is lacked, the ones named before are had
        (
            "Python, Go, Java: everything except Rust.",
            {"python": "has", "golang": "has", "java": "has", "rust": "lacks"},
        ),
        ("I've used everything but Scala.", {"scala": "lacks"}),
        ("Everything runs on Kubernetes.", {"kubernetes": "has"}),
        # a black box, not a thing, theory only, zero clue: read back to the skill before
        ("Helm is a black box to me.", {"helm": "lacks"}),
        ("I opened the black box of Helm charts.", {"helm": "has"}),
        ("Terraform is not really a thing for me.", {"terraform": "lacks"}),
        ("Kafka 我是 zero clue", {"kafka": "lacks"}),
        ("CUDA is purely theoretical for me.", {"cuda": "lacks"}),
        ("I taught the theoretical side of CUDA and wrote kernels.", {"cuda": "has"}),
    ],
)
def test_lacks_typed_as_people_type(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what keeps coming up around the writer, what others rave about
        ("Rust keeps coming up in every thread.", {"rust": "heard"}),
        ("Everyone at my company raves about Flink.", {"flink": "heard"}),
        ("I keep coming back to Rust for CLI tools.", {"rust": "has"}),
        # what a job description lists is its ask, not the writer's
        ("The JD mentions Kubernetes.", {"kubernetes": "heard"}),
        ("The JD mentions Kubernetes, which I've used for years.", {"kubernetes": "has"}),
        # a cofounder's skill is theirs
        ("My cofounder wrote the Rust backend.", {"rust": "heard"}),
        ("My cofounder and I wrote the Rust backend.", {"rust": "has"}),
    ],
)
def test_hearsay_typed_as_people_type(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare answer right after the skill, no mark between ("SQL yes, Spark no.")
        ("Docker yes, Kubernetes no.", {"docker": "has", "kubernetes": "lacks"}),
        ("Kafka, no doubt.", {"kafka": "has"}),
        ("I like Java no matter what.", {"java": "has"}),
        # a clause that is "not" and a skill, as one of "no" ("Not Kafka, not Redis.")
        ("Not Kafka, not Redis.", {"kafka": "lacks", "redis": "lacks"}),
        ("Not only Kafka but Redis too.", {"kafka": "has", "redis": "has"}),
        # a claim before a list holds its head: a lack after the last item (by a mark only) is that item's
        ("Comfortable with PyTorch, JAX not yet.", {"pytorch": "has", "jax": "lacks"}),
        ("Strong in Python, Go, Rust no.", {"python": "has", "golang": "has", "rust": "lacks"}),
        ("PyTorch, JAX: not yet.", {"pytorch": "lacks", "jax": "lacks"}),
        ("Experience with Spark, Flink not required.", {"spark": "lacks", "flink": "lacks"}),
        # not used since a time: had once
        ("Haven't touched Java since college.", {"java": "has"}),
        ("I haven't written C++ since 2019.", {"cpp": "has"}),
        ("I haven't used Java, since my team writes Go.", {"java": "lacks"}),
        ("Haven't used Kafka since I never needed it.", {"kafka": "lacks"}),
    ],
)
def test_scope_of_english_lacks(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # messed with, zilch, not even the name, Greek to me, a language one does not speak
        ("never messed with terraform", {"terraform": "lacks"}),
        ("I messed with Terraform state files for years.", {"terraform": "has"}),
        ("I know zilch about Spark.", {"spark": "lacks"}),
        ("I have 0 experience with Rust.", {"rust": "lacks"}),
        ("I have 10 years of experience with Rust.", {"rust": "has"}),
        ("never even heard of Flink", {"flink": "lacks"}),
        ("Rust is all Greek to me.", {"rust": "lacks"}),
        ("I don't speak Kotlin.", {"kotlin": "lacks"}),
        ("I speak Kotlin daily.", {"kotlin": "has"}),
        ("no experience w/ docker", {"docker": "lacks"}),
        ("5 years experience w/ Docker", {"docker": "has"}),
        # a video watched, a posting's ask, recruiters asking, a buddy's or a former boss's skill
        ("Watched a YouTube video on Kubernetes once.", {"kubernetes": "heard"}),
        ("The posting asks for Terraform.", {"terraform": "heard"}),
        ("Recruiters keep asking me about Kubernetes.", {"kubernetes": "heard"}),
        ("My buddy at Google writes Go all day.", {"golang": "heard"}),
        ("My old boss was a Kafka wizard.", {"kafka": "heard"}),
        ("My old boss and I ran Kafka in production.", {"kafka": "has"}),
    ],
)
def test_more_lacks_and_hearsay(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare answer of nothing, never, not once ("Java: nada.", "Terraform? Not even once.", "Python, never Java.")
        ("Java: nada.", {"java": "lacks"}),
        ("Terraform? Not even once.", {"terraform": "lacks"}),
        ("Python, never Java.", {"python": "has", "java": "lacks"}),
        ("Kafka never fails me.", {"kafka": "has"}),
        ("Spark is never the bottleneck.", {"spark": "has"}),
        # hasn't clicked, outside my lane, useless with, totally lost
        ("Rust hasn't clicked for me yet.", {"rust": "lacks"}),
        ("Kotlin is outside my lane.", {"kotlin": "lacks"}),
        ("i'm useless with CUDA", {"cuda": "lacks"}),
        ("Docker 还行，K8s 就 totally lost 了", {"docker": "has", "kubernetes": "lacks"}),
        ("HN 上天天在吹 Rust", {"rust": "heard"}),
        # neither as an answer, "nor have I", "but no X"
        ("Spark and Flink? Neither.", {"spark": "lacks", "flink": "lacks"}),
        ("Spark and Flink? Both, daily.", {"spark": "has", "flink": "has"}),
        ("I haven't used Spark, nor have I touched Flink.", {"spark": "lacks", "flink": "lacks"}),
        ("I use Spark, nor do I regret it.", {"spark": "has"}),
        ("Java and C#, but no Kotlin.", {"java": "has", "csharp": "has", "kotlin": "lacks"}),
        ("Kafka, but no more than two years.", {"kafka": "has"}),
        # chat shorthand, and an answer that can't say it has
        ("idk kafka", {"kafka": "lacks"}),
        ("dunno Rust", {"rust": "lacks"}),
        ("idk if Kafka fits here, but I run it daily", {"kafka": "has"}),
        ("I've got no Kotlin.", {"kotlin": "lacks"}),
        ("Used Kafka? Can't say I have.", {"kafka": "lacks"}),
        ("Used Kafka? Yes, I have.", {"kafka": "has"}),
        # the writer now doing what a friend got them into; a regret or a teller denied is no cue
        ("A friend got me into Rust and now I use it daily.", {"rust": "has"}),
        ("A friend recommended Rust.", {"rust": "heard"}),
        ("I've never regretted learning Rust.", {"rust": "has"}),
    ],
)
def test_answers_and_asides(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    assert {k: got.get(k) for k in expected} == expected
