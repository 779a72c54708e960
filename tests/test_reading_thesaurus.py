"""The cue families widened by a thesaurus pass (lexicon.yaml, issue 13): each family read where it
fires, and beside ordinary résumé text where it must not; and three rules of scope the words alone
cannot express — an answer to a question, a list joined by 以及 or "and/or", a contrast word
that ends a reach. None of these sentences is taken from benchmarks/data/reading_*.yaml."""

from __future__ import annotations

import pytest

from careermap.extract.evidence import extract
from careermap.ingest.document import from_text
from careermap.knowledge.loader import Knowledge

from .test_reading_status import status


def level(kb: Knowledge, text: str, skill: str) -> str | None:
    e = extract(from_text(text, kb), kb)
    return e.skills[skill].level if skill in e.skills else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # negation: none, not at all, never, hardly, no chance yet
        ("我对 Airflow 一无所知", {"airflow": "lacks"}),
        ("Kafka 根本不懂", {"kafka": "lacks"}),
        ("没怎么接触过 Redis", {"redis": "lacks"}),
        ("还没来得及学 Flink", {"flink": "lacks"}),
        ("分布式训练是我的盲区", {"distributed_training": "lacks"}),
        ("I know nothing about Terraform.", {"terraform": "lacks"}),
        ("I have little to no experience with Scala.", {"scala": "lacks"}),
        ("Kubernetes is outside my wheelhouse.", {"kubernetes": "lacks"}),
        ("I barely ever touch Docker.", {"docker": "lacks"}),
        ("I'm not at all familiar with Rust.", {"rust": "lacks"}),
        # forgotten
        ("Java 早就忘干净了", {"java": "lacks"}),
        ("大学学过 MATLAB，现在都还回去了", {"matlab": "lacks"}),
        ("I did some MATLAB years ago but can't remember any of it.", {"matlab": "lacks"}),
        # wishes and plans
        ("正在考虑转型做推荐系统", {"recommender_systems": "wants"}),
        ("明年开始学 Rust", {"rust": "wants"}),
        ("I'm thinking about moving into MLOps.", {"mlops": "wants"}),
        ("Someday I want to contribute to PyTorch.", {"pytorch": "wants"}),
        # interest
        ("一直关注 Rust 社区的动态", {"rust": "wants"}),
        ("I keep an eye on vLLM releases.", {"vllm": "wants"}),
        # dislike
        ("对前端不感冒", {"web_frontend": "dislikes"}),
        ("Writing Terraform is not my cup of tea.", {"terraform": "dislikes"}),
        ("I dread writing CSS.", {"html_css": "dislikes"}),
        # hearsay
        ("听闻 DeepSpeed 很省显存", {"deepspeed": "heard"}),
        ("Word is that LangChain is slow.", {"langchain": "heard"}),
        ("Apparently Ray scales well.", {"ray": "heard"}),
        ("I was told Kafka is hard to run.", {"kafka": "heard"}),
        # a second round: chances not had, "isn't something I've", gone, curiosity, rumours, later
        ("Haven't had a chance to use Airflow.", {"airflow": "lacks"}),
        ("Spark isn't something I've worked with.", {"spark": "lacks"}),
        ("Kubernetes 我一点儿也不会", {"kubernetes": "lacks"}),
        ("I've lost most of my Scala.", {"scala": "lacks"}),
        ("I'm curious how DeepSpeed shards optimizer state.", {"deepspeed": "wants"}),
        ("Docker doesn't interest me.", {"docker": "dislikes"}),
        ("Rust isn't something I enjoy.", {"rust": "dislikes"}),
        ("圈里都在传 vLLM 很快", {"vllm": "heard"}),
        ("Flink 以后再学", {"flink": "wants"}),
        # a third round: colloquial Chinese, answers, mixed text, plans and rumours in English
        ("Redis 这玩意儿我没整过", {"redis": "lacks"}),
        ("Spark 我搞不来", {"spark": "lacks"}),
        ("对 Kafka no idea", {"kafka": "lacks"}),
        ("对 RAG 很 interested", {"rag": "wants"}),
        ("I've been meaning to learn Rust.", {"rust": "wants"}),
        ("I've got my eye on Kubernetes.", {"kubernetes": "wants"}),
        ("I keep hearing that Rust is great.", {"rust": "heard"}),
        ("Heard good things about Flink.", {"flink": "heard"}),
        # a fourth round: no passion, sick of it, goals set, watching
        ("我对 Ansible 没什么热情", {"ansible": "dislikes"}),
        ("Spark tuning is soul-crushing.", {"spark": "dislikes"}),
        ("我给自己定了个目标：学会 Rust", {"rust": "wants"}),
        ("My five-year plan includes moving into MLOps.", {"mlops": "wants"}),
        ("我一直在留意 vLLM", {"vllm": "wants"}),
        # a fifth round: Chinese colloquial negation, forgotten after "现在", what posts and forums say
        ("Kubernetes 我搞不明白", {"kubernetes": "lacks"}),
        ("对分布式训练一点概念都没", {"distributed_training": "lacks"}),
        ("Hadoop 很久以前用过，现在基本不会了", {"hadoop": "lacks"}),
        ("看帖子说 vLLM 很快", {"vllm": "heard"}),
        ("在知乎看到 SGLang 更快", {"sglang": "heard"}),
    ],
)
def test_a_thesaurus_cue_fires(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # ordinary résumé text that holds a word of a new cue, and must keep every skill had
        "主要学习课程：机器学习、深度学习",  # 要学 is no wish
        "具有强烈的好奇心，熟悉 Python",  # 好奇心 is a trait, not an interest
        "一直关注用户体验，负责 React 前端开发",  # 一直关注用户 is the product, not the field
        "Migrated the cluster to Kubernetes with little to no downtime.",
        "Switching to Kubernetes cut hosting costs by 30%.",
        "Built a light mode theme for the React frontend in TypeScript.",
        "熟练使用 Kafka，排查过消息丢了的问题",
        "Led a team breaking down the monolith into Golang services.",
        "Our Kafka setup isn't something I designed alone; I run it daily.",
        "Working towards a cleaner schema, rewrote the ETL jobs in Python.",
        "有意向的团队欢迎联系，熟悉 Python 和 Go 语言",
        "Kafka was on the agenda of every design review I led.",
        "Came up with the idea of caching hot keys in Redis.",
        "Reduced hearing-aid firmware latency; built the Kafka pipeline.",
        "帮助缺乏经验的新人上手 Kafka",
        "We haven't yet seen an outage since moving to Kubernetes.",
        "解决了折磨团队多年的 Kafka 积压问题",
        "考虑学习成本，选用 Go 语言重写服务",
        "一直在追求用 Rust 写出更快的服务",
        "对外行讲解 Kafka 的原理",
        "Responsible for keeping an eye on Kafka consumer lag in Grafana.",
        "一直关注系统稳定性，使用 Prometheus 做监控",
        "Cut the worst part of the p99 latency with Redis caching.",
        "负责撰写技术博客，博客说明了 Kafka 的使用方式",
        "搞清楚了 Kafka 的分区原理",
    ],
)
def test_a_thesaurus_cue_keeps_plain_text(kb: Knowledge, text: str) -> None:
    assert set(status(kb, text).values()) == {"has"}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("懂一些 Python 的基本语法", "python"),
        ("SQL 只有粗浅的了解", "sql"),
        ("I have a basic grasp of Go.", "golang"),
        ("My Scala is a bit rusty.", "scala"),
        ("SQL 懂个大概", "sql"),
        ("Kafka 一知半解", "kafka"),
        ("I'm a novice at Kubernetes.", "kubernetes"),
        ("Not really a Kafka expert, but I run two clusters.", "kafka"),
        ("谈不上是 Rust 高手，写过两个小工具。", "rust"),
    ],
)
def test_a_limiter_lowers_the_level(kb: Knowledge, text: str, skill: str) -> None:
    assert status(kb, text) == {skill: "has"}
    assert level(kb, text, skill) == "basic"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Do I know Terraform? Not at all.", {"terraform": "lacks"}),
        ("Docker? Never used it.", {"docker": "lacks"}),
        ("Kafka 和 Flink 会吗？完全不会。", {"kafka": "lacks", "flink": "lacks"}),
        ("Rust？想学。", {"rust": "wants"}),
        # an answer that does not deny, and a question with no answer cue, change nothing
        ("Do I know Terraform? Yes, daily.", {"terraform": "has"}),
        ("Why Kafka? It scales.", {"kafka": "has"}),
        # the answer is to the question just before it, not to an earlier statement
        ("I run Kafka. Do I know Rust? Not at all.", {"kafka": "has", "rust": "lacks"}),
    ],
)
def test_an_answer_reads_back_to_its_question(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Docker 以及 Kubernetes 都没用过", {"docker": "lacks", "kubernetes": "lacks"}),
        ("没用过 Docker 以及 Kubernetes", {"docker": "lacks", "kubernetes": "lacks"}),
        ("I don't know Java and/or Go.", {"java": "lacks", "golang": "lacks"}),
    ],
)
def test_negation_reaches_over_a_list_joined_by_yiji_or_and_or(
    kb: Knowledge, text: str, expected: dict[str, str]
) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("没写过 Go，反而一直写 Java", {"golang": "lacks", "java": "has"}),
        ("不会 Rust，倒是 C++ 写了五年", {"rust": "lacks", "cpp": "has"}),
        ("I have never used Docker, instead I deploy with Kubernetes.", {"docker": "lacks", "kubernetes": "has"}),
    ],
)
def test_a_contrast_word_ends_the_reach(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("听 friend 说 Ray 很好用", {"ray": "heard"}),
        ("听我的 mentor 讲 vLLM 很快", {"vllm": "heard"}),
        # the writer explains to others, or is persuaded: their own skill
        ("同事说服我用 Kafka 重构", {"kafka": "has"}),
        ("给同事讲 Kafka 的原理", {"kafka": "has"}),
        ("听取同事意见后用 Kafka 重构", {"kafka": "has"}),
    ],
)
def test_what_someone_is_heard_to_say_is_hearsay(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ran nightly jobs on Amazon EMR.", {"aws": "has"}),  # Amazon's service named without "AWS"
        ("Integrated the hospital EMR with the billing system.", {"healthcare_domain": "has"}),
    ],
)
def test_emr_named_by_amazon_is_aws(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("Java / C++ / CUDA（能看懂 kernel）", {"java": "mentioned", "cpp": "mentioned", "cuda": "basic"}),
        ("Java、Go (只会一点)", {"java": "mentioned", "golang": "basic"}),
    ],
)
def test_a_limit_in_brackets_is_the_last_items_alone(kb: Knowledge, text: str, levels: dict[str, str]) -> None:
    assert {sid: level(kb, text, sid) for sid in levels} == levels


def test_a_negation_in_brackets_still_reads_back_over_the_list(kb: Knowledge) -> None:
    assert status(kb, "Docker、Kubernetes（都没用过）") == {"docker": "lacks", "kubernetes": "lacks"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("从一无所知到熟练使用 Kubernetes，只用了半年。", {"kubernetes": "has"}),
        ("从零基础到独立部署 vLLM 推理服务。", {"vllm": "has"}),
        ("I went from knowing nothing about Kafka to running it in production.", {"kafka": "has"}),
        ("CUDA 零基础。", {"cuda": "lacks"}),
        ("对 Flink 一无所知。", {"flink": "lacks"}),
    ],
)
def test_where_one_started_from_is_no_lack(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    assert {k: v for k, v in got.items() if k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negation that qualifies other people says nothing of what the writer lacks
        ("给不懂 Python 的同事做培训。", {"python": "has"}),
        ("带过几个没用过 Docker 的实习生。", {"docker": "has"}),
        ("Trained interns who knew nothing about Docker.", {"docker": "has"}),
        ("Mentored new hires that had never used Kubernetes.", {"kubernetes": "has"}),
        # the writer's own negation, with other people in the sentence, is still theirs
        ("我不会 Rust，同事都会。", {"rust": "lacks"}),
        ("I have never used Docker, unlike my colleagues.", {"docker": "lacks"}),
        ("没用过 Kafka，这是同事的活。", {"kafka": "lacks"}),
        # and someone else's skill is hearsay
        ("实习生精通 CUDA。", {"cuda": "heard"}),
    ],
)
def test_a_negation_about_other_people_is_not_the_writers(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    assert {k: v for k, v in got.items() if k in expected} == expected
