"""Someone else's clause ends where the writer becomes its subject (issue 13, hearsay and others' skills): "Interns
struggled until I fixed Kafka" is the writer's Kafka, as "My colleague uses Docker while I write Terraform" is the
writer's Terraform; what the other person does stays theirs. Chinese 我 is as often an object ("朋友让我学 Rust") and
keeps its reading. None of these sentences is taken from benchmarks/data."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_status import status

CASES = [
    ("Interns struggled until I fixed Kafka.", {"kafka": "has"}),
    ("My colleague struggled while we migrated to Kafka.", {"kafka": "has"}),
    ("The new hires were lost until I wrote our Airflow guide.", {"airflow": "has"}),
    # theirs: no writer as a subject before it
    ("My teammate knows CUDA.", {"cuda": "heard"}),
    ("My colleague uses Docker while I write Terraform.", {"docker": "heard", "terraform": "has"}),
    ("A friend who knows Rust told me I would like it.", {"rust": "heard"}),
    ("朋友让我学 Rust。", {"rust": "heard"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_writer_as_a_subject_ends_someone_elses_clause(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    assert {k: got.get(k) for k in expected} == expected, got
