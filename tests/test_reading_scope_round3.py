"""The third cue round (issue 13, the blind-written dev2 set): the scope rules it added, each read
where it applies and beside résumé text where it must not, and the cue families it widened.
None of these sentences is taken from benchmarks/data/reading_*.yaml."""

from __future__ import annotations

import time

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_backgrounds import backgrounds
from .test_reading_status import ev, status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hearsay or interest cue in a clause of time or condition does not reach the main clause
        ("听闻用户反馈后，用 Redis 做了缓存", {"redis": "has"}),
        ("听说线上出了故障之后，我用 Grafana 补了看板", {"monitoring": "has"}),
        ("After I heard about the outage, I rewrote the alerting in Go and Redis.", {"redis": "has"}),
        ("对 RAG 感兴趣之后，开始用 LangChain 做项目", {"rag": "wants", "langchain": "has"}),
        ("听说 Redis 很快，就拿它做了缓存", {"redis": "heard"}),  # no time clause: to the sentence end
        # a bare negator that ends its clause reads back; an answer to a question asked both ways
        ("Flink 没用过，Kafka 也没有。", {"flink": "lacks", "kafka": "lacks"}),
        ("Go 有，Rust 没有。", {"golang": "has", "rust": "lacks"}),
        ("同事问我懂不懂 Kafka，我说不懂。", {"kafka": "lacks"}),
        ("你问我会不会 Docker？我们的服务全跑在 Docker 上。", {"docker": "has"}),
        # nobody else / a moment is no lack of the writer's
        ("组里没人用过 Rust，我是第一个写的。", {"rust": "has"}),
        ("新来的人不熟 Git 的时候都找我帮忙。", {"git": "has"}),
        ("Nobody on the team had used Terraform, so I set it up.", {"terraform": "has"}),
        # a rhetorical question that denies, answering a question
        ("Kafka？我哪懂啊。", {"kafka": "lacks"}),
        # a skill named inside the cue's words
        ("I have never fine-tuned a model with LoRA.", {"lora": "lacks", "sft": "lacks"}),
        # a fed-up word ending its clause reads back over it
        ("做了两年数据标注，实在干吐了。", {"data_annotation": "dislikes"}),
        ("Been writing CSS for years and I want out.", {"html_css": "dislikes"}),
        ("熟悉 Java，不喜欢加班。", {"java": "has"}),  # what is disliked follows: the skill before stays
        # hearsay: 听 anyone 说, someone who keeps saying it, what they say in the next clause
        ("听组里的老大说 Flink 很稳。", {"flink": "heard"}),
        ("我哥在大厂做推荐，说 Spark 用得最多。", {"spark": "heard"}),
        ("同事总跟我安利 Rust。", {"rust": "heard"}),
        ("给新同事讲过 Kafka 的原理。", {"kafka": "has"}),  # the writer speaks to them
        ("A friend of mine swears by Terraform.", {"terraform": "heard"}),
    ],
)
def test_scope_rules_of_the_third_round(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    for skill, place in expected.items():
        assert got.get(skill) == place, (text, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # negation: idioms of not knowing, in both languages
        ("Elasticsearch is something I have never configured.", {"elasticsearch": "lacks"}),
        ("I can't do Django.", {"django": "lacks"}),
        ("Kubernetes isn't my area.", {"kubernetes": "lacks"}),
        ("I'm a complete stranger to Spark.", {"spark": "lacks"}),
        ("I know next to nothing about Airflow.", {"airflow": "lacks"}),
        ("Terraform remains a gap for me.", {"terraform": "lacks"}),
        ("量化没研究过。", {"quantization": "lacks"}),
        ("Terraform 听都没听过。", {"terraform": "lacks"}),
        ("Redis 只知道个名字。", {"redis": "lacks"}),
        ("Kubernetes 我是零经验。", {"kubernetes": "lacks"}),
        ("分布式训练经验不足。", {"distributed_training": "lacks"}),
        ("CUDA 目前还不会写。", {"cuda": "lacks"}),
        # wishes and interests
        ("明年的 plan 是把 Rust 学起来。", {"rust": "wants"}),
        ("Kafka 是我下一个要学的。", {"kafka": "wants"}),
        ("On my to-learn list: Terraform.", {"terraform": "wants"}),
        ("Hoping to get some exposure to Spark.", {"spark": "wants"}),
        ("对 RAG 特别 curious。", {"rag": "wants"}),
        ("Vector databases have always intrigued me.", {"vector_database": "wants"}),
        # dislikes
        ("CSS 这种东西我实在受不了。", {"html_css": "dislikes"}),
        ("PHP 我是能不碰就不碰。", {"php": "dislikes"}),
        ("I never want to touch PHP again.", {"php": "dislikes"}),
        # hearsay
        ("网上很多人说 LangChain 不好用。", {"langchain": "heard"}),
        ("看到有人用 Ray 做分布式训练。", {"ray": "heard"}),
        ("I've seen people use Ray for batch inference.", {"ray": "heard"}),
        ("The job ad asks for Megatron experience.", {"megatron": "heard"}),
    ],
)
def test_cue_families_of_the_third_round(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    for skill, place in expected.items():
        assert got.get(skill) == place, (text, got)


@pytest.mark.parametrize(
    "text",
    [
        # résumé text that holds words of these families and must keep every skill had
        "单机 MySQL 扛不住高并发，改用 TiDB 重构了存储。",
        "针对系统缺乏 Redis 缓存的问题做了优化。",
        "很多人用的 Hadoop 集群由我负责维护。",
        "和同学一起用 Java 做了图书管理系统。",
        "I don't just write Python; I design the services around it.",
        "Mentored juniors on Kafka and Kubernetes.",
        "大家一起用 Java 重构了网关。",
        "与团队同学一起搭建了基于 Flink 的实时推荐系统。",
        "Kafka 集群扩容后，吞吐提升 3 倍。",
    ],
)
def test_resume_text_keeps_its_skills(kb: Knowledge, text: str) -> None:
    got = status(kb, text)
    assert got and all(place == "has" for place in got.values()), (text, got)


@pytest.mark.parametrize(
    ("text", "skill", "level"),
    [
        ("I'm no expert in Kafka, but I ran it in production.", "kafka", "basic"),
        ("只用 PyTorch 跑过几个 demo。", "pytorch", "basic"),
        ("Python 很熟。", "python", "proficient"),
        ("Go 和 Rust 都很熟。", "rust", "proficient"),
        ("Go 和 Rust 都很熟。", "golang", "proficient"),
        ("I've dabbled in Go.", "golang", "basic"),
    ],
)
def test_levels_of_the_third_round(kb: Knowledge, text: str, skill: str, level: str) -> None:
    e = ev(kb, text)
    assert e.skills[skill].level == level, (text, e.skills.get(skill))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I follow reinforcement learning research closely.", {"reinforcement_learning": "wants"}),
        ("I follow the Kafka runbook closely.", {"kafka": "has"}),  # a way of working, not a field
        ("We follow Kubernetes releases closely.", {"kubernetes": "has"}),  # the team's practice
    ],
)
def test_following_a_field_closely_is_an_interest(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("我是学语言学的。", "linguist"),
        ("Former physics teacher at a public school.", "physics_science"),
        ("做了五年高中数学老师。", "math_stats"),
    ],
)
def test_what_one_studied_or_taught_names_a_background(kb: Knowledge, text: str, background: str) -> None:
    assert background in backgrounds(kb, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # being weak at a skill is a lack of it, in English as in Chinese (不擅长), not a dislike
        ("I am not good at Rust.", {"rust": "lacks"}),
        ("I'm weak at SQL but strong in Python.", {"sql": "lacks", "python": "has"}),
        ("I still struggle with CUDA kernels.", {"cuda": "lacks"}),
        ("不擅长 Rust。", {"rust": "lacks"}),
        # a taste stays a dislike
        ("I'd rather not write CSS.", {"html_css": "dislikes"}),
        ("Tired of shipping features in Java.", {"java": "dislikes"}),
    ],
)
def test_weak_at_is_a_lack_not_a_dislike(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the cue patterns read the long runs a pasted page is full of in one pass: before the fix, each of
        # these took from minutes (a question mark, then a run of separators) to hours (a repeated
        # "how often" word) — the reading must finish and stay what the short form reads
        ("会 Kafka 吗?" + " ," * 30_000 + "x 不会", {"kafka": "has"}),
        ("同事" + "一直跟我" * 8_000 + "说 Rust 好用。", {"rust": "heard"}),
        ("同事老" + "常" * 30_000 + "x。用过 Kafka", {"kafka": "has"}),
        # each negator looked for its verb up to the clause's end: a run of them was quadratic (84 s)
        ("Kafka " + "no " * 7_000, {"kafka": "has"}),  # no verb follows: as "Kafka no no no" reads
    ],
    ids=["question-then-separators", "repeated-how-often", "repeated-often-char", "run-of-negators"],
)
def test_long_runs_are_read_in_one_pass(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    started = time.perf_counter()
    assert status(kb, text) == expected
    # a bound far above the ~0.1 s these take (CI's slowest machine included), far below the old minutes
    assert time.perf_counter() - started < 20, "a cue pattern backtracks over the text"
