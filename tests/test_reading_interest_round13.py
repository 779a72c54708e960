"""English interests said as what they are (issue 13, round 13): "My main interest these days is MLOps", "What I
find most fascinating is MLIR", "the most interesting area to me right now is RLHF", and a thing before "is
something I find fascinating". Each beside a twin that must keep its reading: work done and liked, a past part of a
project, a thing used every day."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_status import ev, status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My main interest these days is MLOps.", {"mlops": "wants"}),
        ("My biggest passion outside work is robotics.", {"robotics": "wants"}),
        ("Honestly the most interesting area to me right now is RLHF.", {"rlhf": "wants"}),
        ("What I find most fascinating is MLIR.", {"mlir": "wants"}),
        ("What fascinates me most is Rust.", {"rust": "wants"}),
        ("Graph neural networks are something I find fascinating.", {"neural_networks": "wants"}),
        ("Kafka is something I'm really curious about.", {"kafka": "wants"}),
        ("Flink is an area I'd love to dig into.", {"flink": "wants"}),
        ("I have 5 years of Kafka. My main interest these days is Flink.", {"kafka": "has", "flink": "wants"}),
    ],
)
def test_an_interest_said_as_what_it_is_is_wanted(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past part of a project, a thing used: claims
        ("The most interesting part for me was building the Kafka pipeline.", {"kafka": "has"}),
        ("Kafka is something I use every day.", {"kafka": "has"}),
        ("Kafka is something I have run in production for years.", {"kafka": "has"}),
        # what the writer built is no interest from outside
        ("The most interesting thing I built was a Kafka pipeline.", {"kafka": "has"}),
    ],
)
def test_its_twins_keep_their_claims(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lack that ends in "to" and a verb, then a pronoun pointing back
        ("Spark seems cool, never had the chance to use it though.", {"spark": "lacks"}),
        ("Spark is fast but I never got to use it.", {"spark": "lacks"}),
        ("Kafka looks nice but I haven't had a chance to try it yet.", {"kafka": "lacks"}),
        # never mastered it
        ("I never really got the hang of Docker.", {"docker": "lacks"}),
        # a wish on a condition, the writer's own
        ("If I had more time I would learn Rust.", {"rust": "wants"}),
        ("I'd pick up Go if I had the time.", {"golang": "wants"}),
    ],
)
def test_lacks_and_wishes_said_around_their_skill(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kafka is great and I got to use it a lot.", {"kafka": "has"}),
        ("I got the hang of Docker in a week.", {"docker": "has"}),
        ("I'd try Kafka for this, it fits.", {"kafka": "has"}),
    ],
)
def test_their_twins_are_claims(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saw a tweet claiming Kafka is dead.", {"kafka": "heard"}),
        ("There's a blog post arguing that Kubernetes is overkill.", {"kubernetes": "heard"}),
        ("Not even sure what Terraform is.", {"terraform": "lacks"}),
        # twins: the writer's own post, a question of detail
        ("I wrote a blog post about tuning Kafka.", {"kafka": "has"}),
        ("I'm not sure what the best Kafka partition count is, so I benchmarked three options.", {"kafka": "has"}),
    ],
)
def test_a_source_that_claims_and_not_knowing_what_it_is(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The airflow in our office is terrible.", {}),
        ("The airflow at the gym is bad.", {}),
        ("Migrated our cron jobs to airflow.", {"airflow": "has"}),
        ("Built DAGs in airflow for 3 years.", {"airflow": "has"}),
    ],
)
def test_airflow_in_lower_case_needs_a_word_of_software(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Never been exposed to Kafka in a professional setting.", {"kafka": "lacks"}),
        ("Not a single line of Scala written.", {"scala": "lacks"}),
        ("Never had to work with Kafka.", {"kafka": "lacks"}),
        ("Java, Scala, Kotlin - never touched any of them.", {"java": "lacks", "scala": "lacks", "kotlin": "lacks"}),
        ("Docker and Kubernetes: haven't used either of them.", {"docker": "lacks", "kubernetes": "lacks"}),
        # twins: exposed to it, an outage never had
        ("I was exposed to Kafka at my last job.", {"kafka": "has"}),
        ("I've never had to deal with a Kafka outage in 3 years of running it.", {"kafka": "has"}),
    ],
)
def test_english_lacks_of_exposure_and_of_a_list(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I find Kubernetes YAML tedious.", {"kubernetes": "dislikes"}),
        ("I found Spring Boot really exhausting.", {"spring": "dislikes"}),
        ("I put up with Jira because I have to.", {"agile": "dislikes"}),
        ("Tableau dashboards bore me.", {"bi_tools": "dislikes"}),
        # twins: found easy, found fascinating, mixed feelings
        ("I found Kafka easy to learn.", {"kafka": "has"}),
        ("I find Kafka fascinating.", {"kafka": "wants"}),
    ],
)
def test_english_dislikes_found_dull_or_borne(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


def test_knowledge_in_passing_is_basic(kb: Knowledge) -> None:
    assert {sid: s.level for sid, s in ev(kb, "Passing knowledge of Terraform.").skills.items()} == {
        "terraform": "basic"
    }
    assert ev(kb, "Deep knowledge of Terraform.").skills["terraform"].level == "expert"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I've been watching talks on vector databases.", {"vector_database": "wants"}),
        ("I subscribe to a newsletter about vector search.", {"vector_database": "wants"}),
        ("I listen to podcasts about MLOps on my commute.", {"mlops": "wants"}),
        ("I'm a sucker for anything distributed systems.", {"distributed_systems": "wants"}),
        # twins: the talk or the newsletter is the writer's own
        ("I gave talks on Kafka at two conferences.", {"kafka": "has"}),
        ("I write a newsletter about Kafka internals.", {"kafka": "has"}),
    ],
)
def test_what_the_writer_takes_in_about_a_thing_is_an_interest(
    kb: Knowledge, text: str, expected: dict[str, str]
) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ellipsis before a word in lower case is a pause: what follows speaks of what came before
        ("Spark, Hive, Presto... all foreign to me.", {"spark": "lacks", "hive": "lacks", "presto_trino": "lacks"}),
        ("Kafka... never touched it.", {"kafka": "lacks"}),
        # before a capital it ends the sentence
        ("I know Kafka... Rust I have never touched.", {"kafka": "has", "rust": "lacks"}),
        ("I tried Kafka... It was fine.", {"kafka": "has"}),
    ],
)
def test_an_ellipsis_is_a_pause(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list ends at a sentence's end: two answers, each its own
        ("Docker, yes. Kubernetes, not yet.", {"docker": "has", "kubernetes": "lacks"}),
        ("Docker, sure. Kubernetes, no.", {"docker": "has", "kubernetes": "lacks"}),
        # one list, one answer
        ("Docker, Kubernetes: none.", {"docker": "lacks", "kubernetes": "lacks"}),
    ],
)
def test_answers_in_two_sentences_are_two_answers(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I know Docker well. Not Kubernetes though.", {"docker": "has", "kubernetes": "lacks"}),
        ("Docker daily. No Flink, sadly.", {"docker": "has", "flink": "lacks"}),
        # phrases of their own keep the claims
        ("Not only Kafka but also Flink.", {"kafka": "has", "flink": "has"}),
        ("No problem with Kafka.", {"kafka": "has"}),
        ("Not bad at SQL.", {"sql": "has"}),
    ],
)
def test_a_sentence_of_not_and_a_thing_is_a_lack(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected
