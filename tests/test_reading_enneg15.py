"""Round enneg15: negation by structure (a word of none before a skill, a negator over a list's commas, a lack that
ended), someone else's clause to its end, and the near twins each rule must leave as they were."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_status import status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word of none right before a skill that ends its clause (or its list does), in the writer's clause
        ("I've done no TypeScript and no Node.js.", {"typescript": "lacks", "nodejs": "lacks"}),
        ("Zero Golang on my resume, sadly.", {"golang": "lacks"}),
        (
            "My résumé lists Python and Django, nothing with Go or Rust.",
            {"python": "has", "django": "has", "golang": "lacks", "rust": "lacks"},
        ),
        (
            "Nothing in Java, Scala or Kotlin; everything I write is Python.",
            {"java": "lacks", "scala": "lacks", "kotlin": "lacks", "python": "has"},
        ),
        (
            "No Spark, no Hadoop, no Hive — just pandas on a laptop.",
            {"spark": "lacks", "hadoop": "lacks", "hive": "lacks", "pandas": "has"},
        ),
        # ... after a contrast or a list word, the negation left elliptic
        (
            "I've worked with React and TypeScript, but never with Angular or Vue.",
            {"react": "has", "typescript": "has", "angular": "lacks", "vue": "lacks"},
        ),
        (
            "I've used PostgreSQL, MySQL and MongoDB, just not Redis.",
            {"postgresql": "has", "mysql": "has", "mongodb": "has", "redis": "lacks"},
        ),
        ("I have experience neither with Hadoop nor with Hive.", {"hadoop": "lacks", "hive": "lacks"}),
    ],
)
def test_a_word_of_none_before_a_skill_is_a_lack(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the skill names a thing there, not what is lacked
        ("I had no Docker issues after the upgrade.", {"docker": "has"}),
        ("Zero Kafka downtime since I took over the cluster.", {"kafka": "has"}),
        ("Zero downtime during the migration to Kubernetes, which I led.", {"kubernetes": "has"}),
        ("No incidents since I migrated our services to Kubernetes.", {"kubernetes": "has"}),
        # someone else's clause: a word of none there is not the writer's
        ("The project had no CI/CD, so I set up the pipelines myself.", {"ci_cd": "has"}),
        # "not" that is no word of none before the skill
        ("Not only do I write Go, I also maintain our Go style guide.", {"golang": "has"}),
    ],
)
def test_a_word_of_none_beside_a_skill_it_does_not_deny(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


def test_a_negator_reaches_its_word_of_experience_over_the_commas_of_a_list(kb: Knowledge) -> None:
    assert status(kb, "Unfortunately, I don't have Kubernetes, Docker or CI/CD experience.") == {
        "kubernetes": "lacks",
        "docker": "lacks",
        "ci_cd": "lacks",
    }
    # a comma that ends a clause of its own is no list's: the claim after it stays
    assert status(kb, "I don't use Kafka, but I know Docker well.") == {"kafka": "lacks", "docker": "has"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I never used Docker at first, but now I use it daily.", {"docker": "has"}),
        ("At first I had no idea about React; these days I build all our dashboards with it.", {"react": "has"}),
        ("Before this job I had never used AWS; now I run all our infrastructure on it.", {"aws": "has"}),
        ("一开始不会 Docker，现在天天用。", {"docker": "has"}),
    ],
)
def test_a_lack_that_ended_is_had_now(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no word of the past on the lack: it holds, whatever comes after
        ("I never used Docker, but now my team uses it daily.", {"docker": "lacks"}),
        # the past, but what comes now is a wish
        ("I never used Rust at first; now I want to learn it.", {"rust": "lacks"}),
        # the later clause names another skill
        ("At first I had no idea about React, now I use Vue for everything.", {"react": "lacks", "vue": "has"}),
    ],
)
def test_a_lack_that_did_not_end_holds(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


def test_a_lack_of_what_goes_wrong_with_a_skill_is_no_lack_of_it(kb: Knowledge) -> None:
    assert status(kb, "I've never had to deal with a Kafka outage.") == {"kafka": "has"}
    assert status(kb, "Never dealt with a Kafka outage in three years of running it.") == {"kafka": "has"}
    assert status(kb, "I've never had to deal with Kafka.") == {"kafka": "lacks"}


def test_someone_elses_clause_is_theirs_to_its_end(kb: Knowledge) -> None:
    assert status(kb, "My wife is a data scientist who uses pandas every day.") == {"pandas": "heard"}
    assert status(kb, "My brother writes Rust for a living.") == {"rust": "heard"}
    # the writer's own clause after theirs stays the writer's
    assert status(kb, "My wife is a data scientist, and I use pandas every day.") == {"pandas": "has"}


def test_someone_elses_clause_ends_where_the_writer_speaks(kb: Knowledge) -> None:
    assert status(kb, "My colleague uses Docker while I write Terraform.") == {"docker": "heard", "terraform": "has"}
    assert status(
        kb, "I worked with a colleague who used Kafka and Spark extensively while I built the Flask API."
    ) == {"kafka": "heard", "spark": "heard", "flask": "has"}


def test_who_someone_is_set_apart_by_commas(kb: Knowledge) -> None:
    assert status(kb, "My mentor, an AWS architect, recommended I learn Terraform.") == {
        "aws": "heard",
        "terraform": "heard",
    }
    # they ask the writer to do it: read as without the apposition ("manager asked" is no cue)
    assert status(kb, "My manager, Anna, asked me to build the pipeline in Airflow.") == status(
        kb, "My manager asked me to build the pipeline in Airflow."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我老婆是数据科学家，天天用 pandas。", {"pandas": "heard"}),
        ("我同事是做前端的，平时用 React。", {"web_frontend": "heard", "react": "heard"}),
        # the writer's own subject in the next clause, or the writer who is it
        ("我老婆是数据科学家，我天天用 pandas。", {"pandas": "has"}),
        ("我是数据科学家，天天用 pandas。", {"pandas": "has"}),
    ],
)
def test_who_someone_is_then_a_clause_of_their_habit(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


def test_a_lack_that_ended_only_in_a_doing_not_in_a_study(kb: Knowledge) -> None:
    assert status(kb, "Before this job I had never used Docker; now I'm reading about it.") == {"docker": "lacks"}
    assert status(kb, "I never used Rust at first, now I'm studying it.") == {"rust": "lacks"}
    assert status(kb, "Before this job I had never used Docker; now I deploy everything with it.") == {"docker": "has"}


def test_a_negator_reaches_over_a_list_of_its_verbs(kb: Knowledge) -> None:
    assert status(kb, "Haven't built, deployed or maintained anything on Kubernetes.") == {"kubernetes": "lacks"}
    assert status(kb, "I've never written, reviewed, or debugged Go code.") == {"golang": "lacks"}
    # a comma before a clause of the writer's own is no list of verbs
    assert status(kb, "I haven't tested it, but I used Kafka a lot.") == {"kafka": "has"}
    assert status(kb, "I haven't used Java, and started with Python instead.") == {"java": "lacks", "python": "has"}


def test_a_double_negation_with_without_is_a_claim(kb: Knowledge) -> None:
    assert status(kb, "I never deploy without running our pytest suite.") == {"unit_testing": "has"}
    assert status(kb, "I can't imagine working without Docker.") == {"docker": "has"}
    assert status(kb, "I have never used Docker.") == {"docker": "lacks"}


def test_never_on_after_a_contrast_is_a_lack_of_what_follows(kb: Knowledge) -> None:
    assert status(kb, "Worked on React but never on Angular.") == {"react": "has", "angular": "lacks"}
    assert status(kb, "I run Spark, never on Kubernetes though.") == {"spark": "has", "kubernetes": "lacks"}
    # what follows is no skill, or a thing the skill names: the claim stays
    assert status(kb, "I have used Redis, never in production though.") == {"redis": "has"}
    assert status(kb, "I migrated our services with no Docker downtime.") == {"docker": "has"}
