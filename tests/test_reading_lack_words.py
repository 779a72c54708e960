"""A lack said as a lack ("缺少 Kubernetes 实战经验", "I lack hands-on Kubernetes experience", "CUDA
experience is nil"), and a list after a negation that stops at an item with its own claim ("不会 Rust,
Go 很熟"): both ways, each beside a near case that must not change."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge
from tests.test_reading_status import ev, status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word of lacking before the skill
        ("缺少 Kubernetes 实战经验", {"kubernetes": "lacks"}),
        ("缺乏大规模 Kubernetes 运维经验", {"kubernetes": "lacks"}),
        ("比较欠缺 CUDA 方面的实践", {"cuda": "lacks"}),
        ("I lack hands-on Kubernetes experience.", {"kubernetes": "lacks"}),
        ("I'm lacking experience in Airflow.", {"airflow": "lacks"}),
        ("Haven't got round to learning Terraform.", {"terraform": "lacks"}),
        # nil after the skill, as a phrase or as a bare answer
        ("My experience with CUDA is nil.", {"cuda": "lacks"}),
        ("Rust: nil.", {"rust": "lacks"}),
        # a list item with a proficiency word of its own is outside the negation before it
        ("不会 Rust, Go 很熟", {"rust": "lacks", "golang": "has"}),
        ("没用过 Flink, Spark 很熟练", {"flink": "lacks", "spark": "has"}),
        ("不熟悉 Vue, React 精通", {"vue": "lacks", "react": "has"}),
        # near cases: a list with no claim of its own stays in the negation; claims stay claims
        ("不会 Rust、Go 和 C++", {"rust": "lacks", "golang": "lacks", "cpp": "lacks"}),
        ("不会 Rust, Go 也不太熟", {"rust": "lacks", "golang": "lacks"}),
        ("精通 Python，熟悉 Go", {"python": "has", "golang": "has"}),
        ("熟悉 Python、Go，了解 Rust", {"python": "has", "golang": "has", "rust": "has"}),
        ("I have hands-on Kubernetes experience.", {"kubernetes": "has"}),
        # a thing that lacks a skill is no lack of the writer's
        ("The legacy service lacked Kafka, so I introduced it.", {"kafka": "has"}),
        ("项目缺少 Redis 缓存层，我补上了", {"redis": "has"}),
    ],
)
def test_lack_words_and_claimed_items(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no dealings, nothing on, kept away from, not had the pleasure, not with
        ("I've had zero dealings with Kafka.", {"kafka": "lacks"}),
        ("Nothing on Kubernetes, sadly.", {"kubernetes": "lacks"}),
        ("I've managed to avoid Java my whole career.", {"java": "lacks"}),
        ("I have not had the pleasure of working with Flink.", {"flink": "lacks"}),
        ("Comfortable with SQL, not with Spark.", {"sql": "has", "spark": "lacks"}),
        # untouched, never part of the stack, outside what was done
        ("Terraform remains untouched for me.", {"terraform": "lacks"}),
        ("Rust has never been part of my stack.", {"rust": "lacks"}),
        ("Go isn't in my toolbox yet.", {"golang": "lacks"}),
        ("Kafka is outside what I've done so far.", {"kafka": "lacks"}),
        ("PyTorch? Not a chance, I'm a TensorFlow person.", {"pytorch": "lacks", "tensorflow": "has"}),
        # not even a beginner; experience of zero; no work history with it
        ("CUDA 我连入门都算不上", {"cuda": "lacks"}),
        ("Flink 经验为 0", {"flink": "lacks"}),
        ("没有 Kubernetes 相关的工作经历", {"kubernetes": "lacks"}),
        # near cases
        ("Rust is part of my stack now.", {"rust": "has"}),
        ("CUDA 刚入门", {"cuda": "has"}),
        ("有 Kubernetes 相关的工作经历", {"kubernetes": "has"}),
        ("I deal with Kafka every day.", {"kafka": "has"}),
    ],
)
def test_fourth_pass_of_lack_phrases(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # mixed speech: zero, noob, unfamiliar, no good any more, only the concept
        ("说实话 Flink 我是 0 基础", {"flink": "lacks"}),
        ("Kubernetes 基本上是 zero knowledge", {"kubernetes": "lacks"}),
        ("对 Rust 是 zero 了解", {"rust": "lacks"}),
        ("K8s 这块 I'm a total noob", {"kubernetes": "lacks"}),
        ("Spark 完全 unfamiliar", {"spark": "lacks"}),
        ("Java OK, Scala 就不行了", {"java": "has", "scala": "lacks"}),
        ("Docker 天天用，K8s 只 know 个概念", {"docker": "has", "kubernetes": "lacks"}),
        # near cases: a limiter stays a lowered level; unfamiliar ground is no lack of a skill named in it
        ("PyTorch 只会 basic 的操作", {"pytorch": "has"}),
        ("Dive into unfamiliar areas like Python notebooks.", {"python": "has"}),
        ("零基础转行，现在 Python 很熟", {"python": "has"}),
    ],
)
def test_mixed_speech_lacks(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # no more than that: a limiter lowers the level, the skill stays had
        ("LangChain 的 tutorial 跑过一遍而已", "langchain"),
        ("我 Rust 也就 hello world 水平", "rust"),
        ("SQL 就会写写简单的 query", "sql"),
        ("Terraform 就 copy paste 过几个 module", "terraform"),
    ],
)
def test_no_more_than_that_is_basic(kb: Knowledge, text: str, skill: str) -> None:
    e = ev(kb, text)
    assert status(kb, text) == {skill: "has"}
    assert e.skills[skill].level == "basic"


def test_a_plain_claim_keeps_its_level(kb: Knowledge) -> None:
    assert ev(kb, "Terraform 写过几个 module").skills["terraform"].level != "basic"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closed book, far away, never touched, an outsider, little known, only seen in an interview question
        ("Rust 对我来说就是天书", {"rust": "lacks"}),
        ("CUDA 这种东西离我太远了", {"cuda": "lacks"}),
        ("Spark 我是一点没沾过", {"spark": "lacks"}),
        ("机器学习的东西我是完全外行", {"machine_learning": "lacks"}),
        ("对 Spark 知之甚少", {"spark": "lacks"}),
        ("RAG 没实际落地过", {"rag": "lacks"}),
        ("Kafka 我只在面试题里见过", {"kafka": "lacks"}),
        # near cases: "not a little" and "not a day without" are claims
        ("Python 没少写", {"python": "has"}),
        ("Kafka 没少折腾", {"kafka": "has"}),
        ("哪天不写 SQL 都不习惯", {"sql": "has"}),
        ("RAG 已经在两个项目里落地过", {"rag": "has"}),
        # not in one's stack
        ("我的 stack 里没有 Kubernetes", {"kubernetes": "lacks"}),
        ("技术栈里没有 Go 这类语言，主要写 Java", {"golang": "lacks", "java": "has"}),
    ],
)
def test_chinese_lacks_said_in_passing(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected
