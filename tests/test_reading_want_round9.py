"""The ninth cue round: wishes, interests and dislikes the way people post them (forums, chat, comments), in
English, Chinese and mixed speech: a course signed up for, time to be found, a question of how to start, a mentor
sought ("Any tips for getting into JAX?"); where one's head is, nerding out, a rabbit hole, a mind blown, finding a
thing cool; a nemesis, rather die than, never again, 写到吐, burn out 了; and what an interest or a dislike led to, or
was before the writer took it up ("SQL was boring at first, now I use it every day"), which is had. Each beside the
sentences it must leave alone. None of these sentences is taken from benchmarks/data/reading_*.yaml."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_status import status


def check(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    for skill, place in expected.items():
        assert got.get(skill) == place, (text, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a course signed up for, time to be found, what one should or is going to learn
        ("Finally signed up for a Kafka workshop.", {"kafka": "wants"}),
        ("Need to make time for Terraform this quarter.", {"terraform": "wants"}),
        ("I really should learn Scala.", {"scala": "wants"}),
        ("Gonna pick up Flutter over the break.", {"flutter": "wants"}),
        # a question of how to start; a mentor sought (not the writer mentoring)
        ("Where do I start with CUDA?", {"cuda": "wants"}),
        ("Any tips on learning Rust?", {"rust": "wants"}),
        ("Looking for a mentor who knows Kubernetes well.", {"kubernetes": "wants"}),
        ("I mentor two interns in Kubernetes.", {"kubernetes": "has"}),
        # next, a resolution, getting comfortable with it (a wish, not a claim)
        ("Airflow is next.", {"airflow": "wants"}),
        ("My goal this year is to get comfortable with Flink.", {"flink": "wants"}),
        ("I'm comfortable with Flink.", {"flink": "has"}),
        # Chinese and mixed: how to start, an English verb of learning
        ("CUDA 怎么入门比较好？", {"cuda": "wants"}),
        ("今年想好好 learn 一下 Rust", {"rust": "wants"}),
    ],
)
def test_wishes(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    check(kb, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MoE is where my head's at these days.", {"moe": "wants"}),
        ("Been geeking out over vLLM internals.", {"vllm": "wants"}),
        ("Fell down a rabbit hole with Triton last week.", {"triton_lang": "wants"}),
        ("Flash attention blew my mind.", {"flash_attention": "wants"}),
        ("Diffusion model papers are my weekend reading.", {"diffusion_models": "wants"}),
        ("感觉 JAX 超 cool", {"jax": "wants"}),
        # finding a thing cool (after "I find"), not a cool thing built
        ("I think Mojo and Rust are really cool.", {"rust": "wants"}),
        ("I find MLIR fascinating.", {"mlir": "wants"}),
        ("I built a really cool RAG app.", {"rag": "has"}),
        ("I find Pandas useful for quick analysis.", {"pandas": "has"}),
        # what an interest led the writer to do is done
        ("My curiosity about RL led me to train a PPO agent with PyTorch.", {"pytorch": "has"}),
        ("I'm curious about Rust.", {"rust": "wants"}),
    ],
)
def test_interests(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    check(kb, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Angular is my nemesis.", {"angular": "dislikes"}),
        ("I'd rather die than touch Perl or PHP again.", {"php": "dislikes"}),
        ("Never going back to Hadoop.", {"hadoop": "dislikes"}),
        ("Webpack and JavaScript drive me nuts.", {"javascript": "dislikes"}),
        ("Oracle is the bane of my existence.", {"oracle_db": "dislikes"}),
        ("Java 写到吐了", {"java": "dislikes"}),
        ("Hive 简直噩梦", {"hive": "dislikes"}),
        ("前端写得我 burn out 了，Vue 再也不想碰", {"vue": "dislikes"}),
        ("Kafka 运维真的很 painful", {"kafka": "dislikes"}),
        # a dislike that is over: the writer now uses it; a dislike that still stands
        ("PHP was a nightmare at first, now I maintain it happily.", {"php": "has"}),
        ("Hated Scala in college, these days I write it every day.", {"scala": "has"}),
        ("一开始觉得 SQL 很无聊，现在天天写", {"sql": "has"}),
        ("Java bores me, now I want to move away from it.", {"java": "dislikes"}),
        ("SQL 很无聊", {"sql": "dislikes"}),
        # next to, not next
        ("Spark is next to Hive in our stack.", {"spark": "has", "hive": "has"}),
    ],
)
def test_dislikes(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    check(kb, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # which or whether to learn, a roadmap, a hope of one's own (not a posting's "we hope you know Kafka")
        ("Should I pick up Kotlin or Swift first?", {"kotlin": "wants", "swift": "wants"}),
        ("Is it worth learning Julia these days?", {"julia": "wants"}),
        ("Flink is on my learning roadmap.", {"flink": "wants"}),
        ("I'm hoping my next role involves Spark.", {"spark": "wants"}),
        ("We hope you bring Spark experience.", {"spark": "has"}),
        ("Would like to get better with Docker.", {"docker": "wants"}),
        ("对 Rust 挺有好感的", {"rust": "wants"}),
        # an interest that led to work done: the work is had
        ("I was obsessed with latency, so I rewrote the gateway in Go.", {"golang": "has"}),
        ("I've been curious about Ray and now run it in production.", {"ray": "has"}),
        ("I'm curious about Ray.", {"ray": "wants"}),
        # pain, torture, never make me; 再让我写…就辞职
        ("Helm charts are pure pain.", {"helm": "dislikes"}),
        ("Maintaining Perl and PHP scripts is torture.", {"php": "dislikes"}),
        ("Don't make me write Fortran or MATLAB again.", {"matlab": "dislikes"}),
        ("再让我写 PHP 我就辞职", {"php": "dislikes"}),
        ("让我写了三年 PHP", {"php": "has"}),
        # a Chinese dislike taken up since: what the writer now handles well
        ("Kafka 一开始很头疼，现在用得很顺手", {"kafka": "has"}),
        ("Kafka 一开始很头疼，现在用得很烦", {"kafka": "dislikes"}),
    ],
)
def test_second_pass(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    check(kb, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # mixed speech: excited, a deep dive, promising, the next target
        ("对 MLIR 超 excited", {"mlir": "wants"}),
        ("最近在 deep dive Kafka 的源码", {"kafka": "wants"}),
        ("Flink 看起来很 promising", {"flink": "wants"}),
        ("Rust 是我下一个 target", {"rust": "wants"}),
        # an interest whose work is done; a later clause that names another skill keeps the first apart
        ("对 RAG 很感兴趣，已经做了两个项目", {"rag": "has"}),
        ("Fascinated by RAG and have already built two systems.", {"rag": "has"}),
        ("对 RAG 很感兴趣，已经用 Go 写了两个服务", {"rag": "wants", "golang": "has"}),
        ("一开始觉得 SQL 很无聊，现在天天写 Java", {"sql": "dislikes", "java": "has"}),
    ],
)
def test_mixed_and_done(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    check(kb, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Chinese: fed up, scarred, numb, anyone but me, run away
        ("Flink 谁爱写谁写", {"flink": "dislikes"}),
        ("我对 Oracle 有心理阴影", {"oracle_db": "dislikes"}),
        ("写 CSS 写到麻木", {"html_css": "dislikes"}),
        ("Vue 写得我想转行", {"vue": "dislikes"}),
        ("我想转行做 Vue", {"vue": "wants"}),
        ("一提到 Kafka 运维就想逃", {"kafka": "dislikes"}),
        ("他提到 Kafka 很好用", {"kafka": "heard"}),
        # not afraid of it: no dislike
        ("不怕写 SQL，每天都在写", {"sql": "has"}),
        ("最怕写 SQL", {"sql": "dislikes"}),
    ],
)
def test_chinese_dislikes(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    check(kb, text, expected)
