"""Red-team paraphrases of the reading categories (issue 13): colloquial Chinese, English hedges,
double negatives, a posting's parenthesis, word senses. Each case is a regression test for a
wording the lexicons did not cover; none is taken from benchmarks/data/reading_redteam.yaml or
reading_dev.yaml (those are measured by benchmarks/bench_reading.py)."""

from __future__ import annotations

import pytest

from careermap.extract.evidence import extract
from careermap.ingest.document import from_text
from careermap.jobs.classify import classify_text
from careermap.knowledge.loader import Knowledge

from .test_reading_status import status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # colloquial Chinese: a beginner, an outsider, forgotten
        ("Kafka 我完全是小白", {"kafka": "lacks"}),
        ("分布式训练我是门外汉", {"distributed_training": "lacks"}),
        ("PyTorch 早就全忘了", {"pytorch": "lacks"}),
        ("连 Docker 都没用过，更别说 Kubernetes 了", {"docker": "lacks", "kubernetes": "lacks"}),
        # English hedges
        ("I haven't gotten around to Terraform yet.", {"terraform": "lacks"}),
        ("I never had the chance to use Kafka.", {"kafka": "lacks"}),
        ("Never laid a finger on Kubernetes.", {"kubernetes": "lacks"}),
        ("I have no clue about CUDA.", {"cuda": "lacks"}),
    ],
)
def test_colloquial_and_hedged_negation(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("我不是不会 Python，只是最近写得少", "python"),
        ("我并不是不会 Kafka", "kafka"),
        ("I'm not unfamiliar with Terraform.", "terraform"),
    ],
)
def test_a_double_negative_is_a_claim(kb: Knowledge, text: str, skill: str) -> None:
    assert status(kb, text).get(skill) == "has"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("眼馋 CUDA 很久了", {"cuda": "wants"}),
        ("种草了 LangGraph，还没开始学", {"langgraph": "wants"}),
        ("Terraform is on my radar.", {"terraform": "wants"}),
        ("Picking up Kafka is on my to-do list.", {"kafka": "wants"}),
        ("Speculative decoding fascinates me.", {"speculative_decoding": "wants"}),
        ("对 Agent 开发很 curious", {"agent_development": "wants"}),
    ],
)
def test_wishes_and_interests_in_other_words(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("写 HTML 我实在提不起劲", {"html_css": "dislikes"}),
        ("听同事讲 SGLang 比较快", {"sglang": "heard"}),
        ("网上都在说 Ray 好用", {"ray": "heard"}),
        ("An article claimed that vLLM is the fastest.", {"vllm": "heard"}),
    ],
)
def test_dislikes_and_hearsay_in_other_words(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我在说明文档里整理了 Kafka 和 Flink 的使用规范。", {"kafka": "has", "flink": "has"}),
        ("在文档里说明了 Kafka 的分区策略。", {"kafka": "has"}),
        ("他说服了团队改用 Rust，并主导了迁移。", {"rust": "has"}),
    ],
)
def test_words_that_hold_a_hearsay_cue_are_no_hearsay(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The keynote will spark discussion about open data.", "spark"),
        ("Met the team at a Java cafe near the office.", "java"),
    ],
)
def test_look_alikes_are_no_skill(kb: Knowledge, text: str, absent: str) -> None:
    assert absent not in status(kb, text)


def test_the_spark_guard_keeps_the_engine(kb: Knowledge) -> None:
    assert status(kb, "Led the discussion on moving our ETL to Spark.").get("spark") == "has"


def test_a_negation_with_its_object_inside_reads_nothing_before_it(kb: Knowledge) -> None:
    body = "Write services in Go and Redis (no Kubernetes needed)."
    asks = {a.skill for a in classify_text(body, kb).asks}
    assert {"golang", "redis"} <= asks and "kubernetes" not in asks
    assert status(kb, "Shipped APIs in Go and Redis, no Kubernetes used.") == {
        "golang": "has",
        "redis": "has",
        "kubernetes": "lacks",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Go 我是一点都不会", {"golang": "lacks"}),
        ("Rust 这块我是空白", {"rust": "lacks"}),
        ("SQL 不是我的强项", {"sql": "lacks"}),
        ("I'm clueless about Terraform.", {"terraform": "lacks"}),
        ("I'm not great with Scala.", {"scala": "lacks"}),
        ("I write Python but not Scala.", {"python": "has", "scala": "lacks"}),
        # a word that holds a negator but is none
        ("没想到 Redis 这么快", {"redis": "has"}),
        ("Skills include but not limited to Python and Rust.", {"python": "has", "rust": "has"}),
    ],
)
def test_more_negation_wordings(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I dream of working on RLHF.", {"rlhf": "wants"}),
        ("Itching to try SGLang.", {"sglang": "wants"}),
        ("Obsessed with speculative decoding lately.", {"speculative_decoding": "wants"}),
        ("写 Java 烦死了", {"java": "dislikes"}),
        ("Burned out on Terraform.", {"terraform": "dislikes"}),
    ],
)
def test_more_wishes_and_dislikes(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    "text",
    ["Kafka 只停留在会用的程度", "Go 勉强能写", "I can get by in Scala.", "我的 Rust 水平一般"],
)
def test_a_limiter_lowers_the_level(kb: Knowledge, text: str) -> None:
    e = extract(from_text(text, kb), kb)
    assert [s.level for s in e.skills.values()] == ["basic"]


def test_a_gaussian_kernel_is_no_gpu_kernel(kb: Knowledge) -> None:
    assert status(kb, "Used a Gaussian kernel for kernel density estimation.") == {}


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("我是做数据仓库的", "big_data_etl"),
        ("PhD in applied mathematics, thesis on PDEs.", "math_stats"),
        ("我是一名翻译，做了十年英汉互译", "linguist"),
        ("QA lead at a fintech company.", "qa_test"),
    ],
)
def test_backgrounds_from_more_titles(kb: Knowledge, text: str, background: str) -> None:
    e = extract(from_text(text, kb), kb)
    assert background in {t.archetype for t in e.titles}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # past vs present: a forgetting word reads back over a contrast word and into the clause before
        ("以前写过 Scala，现在全忘了", {"scala": "lacks"}),
        ("Kafka 当年用过，不过早就生疏了", {"kafka": "lacks"}),
        ("I learned Scala at school but have forgotten most of it.", {"scala": "lacks"}),
        # and only that clause: what the writer has now stays had
        ("熟悉 Python，Java 早忘了", {"python": "has", "java": "lacks"}),
        ("Python is my main language, but I have forgotten C++.", {"python": "has", "cpp": "lacks"}),
    ],
)
def test_what_was_had_once_and_forgotten_is_lacked(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("对 Flink 完全陌生", {"flink": "lacks"}),
        ("对 Kafka 并不陌生", {"kafka": "has"}),
        ("对 CUDA 一点概念都没有", {"cuda": "lacks"}),
        ("I'm new to Terraform.", {"terraform": "lacks"}),
        ("Scala is totally foreign to me.", {"scala": "lacks"}),
        ("I lack any Kafka experience.", {"kafka": "lacks"}),
        ("I never stopped learning Rust.", {"rust": "has"}),
        ("我对写 CSS 很抵触", {"html_css": "dislikes"}),
        ("I loathe Kubernetes YAML.", {"kubernetes": "dislikes"}),
        ("I'm not keen on data labeling.", {"data_annotation": "dislikes"}),
        ("I'm keen on RLHF.", {"rlhf": "wants"}),
    ],
)
def test_third_round_wordings(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The power transformer tripped during the storm.", "transformer"),
        ("Applied a rust-proof coating to the hull.", "rust"),
        ("Settled invoices via SWIFT transfers.", "swift"),
    ],
)
def test_more_look_alikes(kb: Knowledge, text: str, absent: str) -> None:
    assert absent not in status(kb, text)
