"""English forms of the fifth round: a wish one keeps meaning to act on, a bare "zero", a name that only
rings a bell, refusing a tool and wanting away from it — beside the résumé sentences they must leave
alone ("Led the move away from Oracle", "Zero downtime deploys"). None of these sentences is taken from
benchmarks/data/reading_*.yaml."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_status import status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rust is something I keep meaning to learn.", {"rust": "wants"}),
        ("Would kill for a chance to work with vLLM.", {"vllm": "wants"}),
        ("Zero Rust.", {"rust": "lacks"}),
        ("Spark rings a bell, nothing more.", {"spark": "lacks"}),
        ("PHP is the one thing I refuse to write again.", {"php": "dislikes"}),
        ("I'd be happy never to see another CSS file.", {"html_css": "dislikes"}),
        ("I want to move away from Java.", {"java": "dislikes"}),
        # must not change: a migration the writer led, a boast of no loss, a habit of work
        ("Led the move away from Oracle to PostgreSQL.", {"oracle_db": "has", "postgresql": "has"}),
        ("Kafka: zero data loss in three years.", {"kafka": "has"}),
        ("Zero downtime deploys on Kubernetes.", {"kubernetes": "has"}),
        ("Never had to deal with downtime after we moved to Kubernetes.", {"kubernetes": "has"}),
    ],
)
def test_english_forms_of_the_fifth_round(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    for skill, place in expected.items():
        assert got.get(skill) == place, (text, got)
