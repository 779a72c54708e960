"""The fourth cue round: three categories of statements that were read as claims — a limiter joined
to a lack, a bare "no" fragment, a pronoun pointing back after a negation. Each case pairs a
statement that now reads otherwise with a look-alike that must not change (a limiter on real use,
"No problem", a pronoun that speaks of another thing). None of these sentences is taken from
benchmarks/data/reading_*.yaml."""

from __future__ import annotations

import time

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_status import ev, status

Expected = dict[str, str]


def read(kb: Knowledge, text: str) -> dict[str, str]:
    """Each skill's place, with "basic" for a skill had at the basic level (a limiter lowered it)."""
    got = status(kb, text)
    skills = ev(kb, text).skills
    return {sid: "basic" if place == "has" and skills[sid].level == "basic" else place for sid, place in got.items()}


def check(kb: Knowledge, text: str, expected: Expected, look_alike: str | None, unchanged: Expected) -> None:
    got = read(kb, text)
    for skill, place in expected.items():
        assert got.get(skill) == place, (text, got)
    if look_alike is not None:
        got = read(kb, look_alike)
        for skill, place in unchanged.items():
            assert got.get(skill) == place, (look_alike, got)


@pytest.mark.parametrize(
    ("text", "expected", "look_alike", "unchanged"),
    [
        # a limiter joined to a word of knowing second-hand is a lack; a limiter on real use lowers the level
        (
            "Just read about Kafka, no hands-on.",
            {"kafka": "lacks"},
            "Just read the Kafka docs and built a consumer.",
            {"kafka": "has"},
        ),
        ("Spark 只是听说过，没实际用过。", {"spark": "lacks"}, "Python 只写过运维脚本。", {"python": "basic"}),
        (
            "Just heard about vLLM at a meetup, no experience.",
            {"vllm": "lacks"},
            "I just shipped a Kafka consumer.",
            {"kafka": "has"},
        ),
        ("I just know the name LangChain.", {"langchain": "lacks"}, "Just a bit of Rust.", {"rust": "basic"}),
        ("Flink 仅仅是听说过。", {"flink": "lacks"}, "只用过 Redis 做缓存。", {"redis": "basic"}),
        (
            "Kubernetes 我也只是听说过，公司没用。",
            {"kubernetes": "lacks"},
            "只会一点 Python，没系统学过。",
            {"python": "basic"},
        ),
        (
            "Triton 只是听说过，没写过 kernel。",
            {"triton_lang": "lacks"},
            "I only used Python for scripts.",
            {"python": "basic"},
        ),
        (
            "I've merely read about JAX.",
            {"jax": "lacks"},
            "Only used Kafka at work, never at home.",
            {"kafka": "basic"},
        ),
        ("Megatron：只是听说过而已。", {"megatron": "lacks"}, None, {}),
        ("Only heard about Terraform from friends, never used it.", {"terraform": "lacks"}, None, {}),
        # a limiter on knowing a bit, then a lack that points back to the skill
        (
            "I only know a bit of Rust, never used it for real.",
            {"rust": "lacks"},
            "Only used Golang for a CLI tool, never used it in production.",
            {"golang": "basic"},
        ),
        ("Only read a couple of blog posts about Rust, never written any.", {"rust": "lacks"}, None, {}),
        # mixed
        ("vLLM 只是听说过，no hands-on。", {"vllm": "lacks"}, None, {}),
        ("我 just heard of Kubeflow，没用过。", {"kubeflow": "lacks"}, None, {}),
        ("Ray 我 only heard about，没用过。", {"ray": "lacks"}, None, {}),
    ],
)
def test_limiter_joined_to_a_lack(
    kb: Knowledge, text: str, expected: Expected, look_alike: str | None, unchanged: Expected
) -> None:
    check(kb, text, expected, look_alike, unchanged)


@pytest.mark.parametrize(
    ("text", "expected", "look_alike", "unchanged"),
    [
        # a bare answer or label after a skill; "no" and skills alone in a clause
        ("Kubernetes? No.", {"kubernetes": "lacks"}, "Docker? Yes, daily.", {"docker": "has"}),
        ("No Rust.", {"rust": "lacks"}, "No problem, I wrote the Golang service.", {"golang": "has"}),
        (
            "CUDA: none",
            {"cuda": "lacks"},
            "Kubernetes: no outages in three years of running it.",
            {"kubernetes": "has"},
        ),
        ("Rust — no.", {"rust": "lacks"}, "Not only Python but also Golang.", {"python": "has", "golang": "has"}),
        ("Docker: no.", {"docker": "lacks"}, "Built No-code tools with Python.", {"python": "has"}),
        ("Spark? None.", {"spark": "lacks"}, "No downtime during the Kafka migration I led.", {"kafka": "has"}),
        ("No Java, no C++.", {"java": "lacks", "cpp": "lacks"}, "No, I wrote it in Golang.", {"golang": "has"}),
        (
            "Python: yes. Rust: no.",
            {"python": "has", "rust": "lacks"},
            "Remote: no. Python: yes, daily.",
            {"python": "has"},
        ),
        ("Golang: none yet.", {"golang": "lacks"}, "Node.js? No problem, I ship it weekly.", {"nodejs": "has"}),
        ("Experience with Scala: none.", {"scala": "lacks"}, "No, Kafka was never the bottleneck.", {"kafka": "has"}),
        ("Flink 经验：无。", {"flink": "lacks"}, "Kafka: no data loss since I took it over.", {"kafka": "has"}),
        ("Rust：无", {"rust": "lacks"}, None, {}),
        ("Kubernetes - no", {"kubernetes": "lacks"}, None, {}),
        ("Docker, Kubernetes: none.", {"docker": "lacks", "kubernetes": "lacks"}, None, {}),
        ("No Terraform, no Ansible.", {"terraform": "lacks", "ansible": "lacks"}, None, {}),
        # mixed
        ("Kafka 经验: none", {"kafka": "lacks"}, "我用 Golang 写服务，no problem。", {"golang": "has"}),
        ("CUDA？No.", {"cuda": "lacks"}, None, {}),
    ],
)
def test_bare_no_fragment(
    kb: Knowledge, text: str, expected: Expected, look_alike: str | None, unchanged: Expected
) -> None:
    check(kb, text, expected, look_alike, unchanged)


@pytest.mark.parametrize(
    ("text", "expected", "look_alike", "unchanged"),
    [
        # a lack that ends with a pronoun speaks of the skill it points back to
        (
            "Rust is on my list but I have never written it.",
            {"rust": "lacks"},
            "I wrote Golang for five years and never regretted it.",
            {"golang": "has"},
        ),
        ("说到 Rust，我从来没写过它。", {"rust": "lacks"}, "Python 我天天用，离不开它。", {"python": "has"}),
        (
            "I know of Terraform but haven't used it.",
            {"terraform": "lacks"},
            "I learned Rust last year but haven't used it at work.",
            {"rust": "has"},
        ),
        (
            "Golang looks nice but I haven't written it yet.",
            {"golang": "lacks"},
            "I use Docker daily; never had a problem with it.",
            {"docker": "has"},
        ),
        (
            "Kafka 我知道，但是没用过它。",
            {"kafka": "lacks"},
            "我用 Python 写了个爬虫，但没部署过它。",
            {"python": "has", "web_crawling": "has"},
        ),
        ("Scala 很火，可是我从没学过它。", {"scala": "lacks"}, None, {}),
        ("Flink 挺火的，我还没碰过它。", {"flink": "lacks"}, None, {}),
        (
            "As for Scala, I don't know it at all.",
            {"scala": "lacks"},
            "I used Python for the ETL job but never deployed it.",
            {"python": "has", "etl": "has"},
        ),
        (
            "Docker and Kubernetes are everywhere, but I haven't used them.",
            {"docker": "lacks", "kubernetes": "lacks"},
            "I built the service in Golang, and nobody else has touched it.",
            {"golang": "has"},
        ),
        # mixed
        (
            "Rust 很火, but I have never written it.",
            {"rust": "lacks"},
            "I never stopped using Python; I love it.",
            {"python": "has"},
        ),
        ("说到 Terraform，I haven't used it yet.", {"terraform": "lacks"}, None, {}),
        ("Kubernetes 我知道, but never deployed it myself.", {"kubernetes": "lacks"}, None, {}),
    ],
)
def test_pronoun_after_a_negation(
    kb: Knowledge, text: str, expected: Expected, look_alike: str | None, unchanged: Expected
) -> None:
    check(kb, text, expected, look_alike, unchanged)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 20,000-character runs of each new cue's parts, read in one pass (possessive runs, no nested backtracking)
        ("No" + " " * 20_000 + "Rust.", {"rust": "lacks"}),
        ("Rust" + " " * 20_000 + ": no.", {"rust": "lacks"}),
        ("Rust" + " —" * 10_000 + " no. Kafka: none.", {"rust": "has", "kafka": "lacks"}),  # marks, then no answer
        ("Golang looks nice but I haven't written it" + " yet" * 5_000 + ".", {"golang": "lacks"}),
        ("只是" * 10_000 + "。Kafka 只是听说过。", {"kafka": "lacks"}),
    ],
    ids=["no-then-spaces", "spaces-then-answer", "run-of-marks", "run-of-tail-words", "run-of-limiters"],
)
def test_long_runs_of_these_cues_are_read_in_one_pass(kb: Knowledge, text: str, expected: Expected) -> None:
    started = time.perf_counter()
    assert status(kb, text) == expected
    assert time.perf_counter() - started < 20, "a cue pattern backtracks over the text"
