"""The thirteenth cue round: interests and dislikes in English and mixed speech as people write them in résumés,
cover letters, forum comments and chat: a passion named, a thing one has for a field, what keeps one up at night in
a good way, a side interest, a fan of a tool who has not used it; a nightmare of one's own, over it for good,
avoided like the plague, never again after a question mark, sick to death of it, allergic to it (有点 allergic),
interest lost (失去兴趣); someone else's like, dislike or interest, which is theirs ("My manager can't stand Java").
Each beside the sentence with the same words that must read as before: a regret of not learning it sooner, a
love-hate relationship, a fascinating project, a dislike of working without it. None of these sentences is taken
from benchmarks/data/reading_*.yaml."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_status import ev, status


def check(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    for skill, place in expected.items():
        assert got.get(skill) == place, (text, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passion named as what one's passion is; "passionate about" what one does stays had
        ("My true passion is robotics.", {"robotics": "wants"}),
        ("Passions: computer graphics, Julia", {"computer_graphics": "wants", "julia": "wants"}),
        ("我的 passion 是 reinforcement learning。", {"reinforcement_learning": "wants"}),
        ("Passionate about clean code; I write Go every day.", {"golang": "has"}),
        # a thing for a field, what keeps one up at night in a good way, a side interest
        ("I have a thing for compilers.", {"compiler_principles": "wants"}),
        ("Scaling laws keep me up at night, in a good way.", {"scaling_laws": "wants"}),
        ("Interpretability is a side interest of mine.", {"interpretability": "wants"}),
        ("Side interests: robotics, MoE", {"robotics": "wants", "moe": "wants"}),
        # a fan who has not used it wants it; a fan who uses it has it
        ("Huge fan of Elixir-style actors and Rust, though I haven't written any Rust.", {"rust": "wants"}),
        ("I love Kotlin, though I've never used it.", {"kotlin": "wants"}),
        ("Big fan of Postgres; I run it for every project.", {"postgresql": "has"}),
        ("I love Python but I have never used Django.", {"python": "has", "django": "lacks"}),
        # tinkering is a light touch, had
        ("Been tinkering with Ollama on weekends.", {"ollama": "has"}),
    ],
)
def test_interests_as_people_write_them(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    check(kb, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nightmare of one's own, over it, avoided like the plague, cringe, grown to hate
        ("Helm is my worst nightmare.", {"helm": "dislikes"}),
        ("Vue was fun for a while; now I'm totally over it.", {"vue": "dislikes"}),
        ("Spark? Avoid it like the plague.", {"spark": "dislikes"}),
        ("Writing Hive queries makes me cringe.", {"hive": "dislikes"}),
        ("I've grown to hate Angular.", {"angular": "dislikes"}),
        ("I get bored writing SQL reports.", {"sql": "dislikes"}),
        ("Honestly I'm sick to death of Jenkins.", {"ci_cd": "dislikes"}),
        ("Writing Ansible roles is tedious beyond words.", {"ansible": "dislikes"}),
        # never again after a question mark is a dislike of what was had; "never" alone is a lack
        ("Hadoop? Never again.", {"hadoop": "dislikes"}),
        ("Kubernetes? Never.", {"kubernetes": "lacks"}),
        ("Frontend? Not for me.", {"web_frontend": "dislikes"}),
        # a dislike after its own sentence, past a word of time ("now", "these days")
        ("Three years of PHP. These days I'm so over it.", {"php": "dislikes"}),
        # mixed: allergic after a Chinese adverb, rather quit than take it on
        ("对 Scala 真的有点 allergic。", {"scala": "dislikes"}),
        ("Vue 的项目我宁愿辞职也不接。", {"vue": "dislikes"}),
    ],
)
def test_dislikes_as_people_write_them(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    check(kb, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a regret of not learning it sooner: no lack, no dislike
        ("I hate that I never learned Go earlier; I use it daily now.", {"golang": "has"}),
        ("Kicking myself for not picking up Docker sooner.", {"docker": "has"}),
        ("我 hate 自己没早点学 Go，现在天天在用。", {"golang": "has"}),
        # a love-hate relationship with what one uses
        ("Love-hate relationship with Kubernetes, but I run our clusters.", {"kubernetes": "has"}),
        # a fascinating project is work done, not an interest
        ("Fascinating problem: we moved our search to Elasticsearch.", {"elasticsearch": "has"}),
        # what is done without is no object of the dislike or the lack before it
        ("Never again will I ship without unit tests; I write them first now.", {"unit_testing": "has"}),
        ("I hate working without Git.", {"git": "has"}),
        (
            "I can't stand Webpack, but I love writing TypeScript.",
            {"frontend_engineering": "dislikes", "typescript": "has"},
        ),
        # what stays as it was: a plain lack, a plain dislike, a plain interest
        ("Never used Scala.", {"scala": "lacks"}),
        ("I hate writing CSS.", {"html_css": "dislikes"}),
        ("Curious about JAX.", {"jax": "wants"}),
    ],
)
def test_the_same_words_that_must_not_change_the_reading(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    check(kb, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # obsessing over it, drawn towards it, a heading of what one is into now; Chinese: hooked on it
        ("Been obsessing over SGLang internals lately.", {"sglang": "wants"}),
        ("Really drawn towards MLOps.", {"mlops": "wants"}),
        ("Current obsessions: JAX, Triton", {"jax": "wants", "triton_lang": "wants"}),
        ("最近对 SGLang 很上头。", {"sglang": "wants"}),
        ("最近超迷 RLHF。", {"rlhf": "wants"}),
        # interest lost is a dislike, not an interest; a refusal; not one's cup of tea in mixed speech
        ("对 Hadoop 彻底失去兴趣了。", {"hadoop": "dislikes"}),
        ("I've lost all interest in Angular.", {"angular": "dislikes"}),
        ("写 PHP 我是拒绝的。", {"php": "dislikes"}),
        ("Spark 不是我的 cup of tea。", {"spark": "dislikes"}),
        # cover-letter interests: what draws one, what caught one's interest, stoked about it, deepening what one knows
        ("What draws me to the team is its work on GRPO.", {"grpo": "wants"}),
        ("Terraform has caught my interest.", {"terraform": "wants"}),
        ("Really stoked about Triton.", {"triton_lang": "wants"}),
        ("Eager to deepen my knowledge of Kafka.", {"kafka": "wants"}),
        ("Fond of Go; I use it for every service.", {"golang": "has"}),
        # one's thing keeps what is had; not one's thing is a dislike
        ("Kubernetes is my thing.", {"kubernetes": "has"}),
        ("Kubernetes is not my thing.", {"kubernetes": "dislikes"}),
    ],
)
def test_second_pass(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    check(kb, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # someone else's like, dislike or interest is theirs: what it names is heard of
        ("My manager can't stand Kotlin.", {"kotlin": "heard"}),
        ("My colleague is obsessed with Elixir and Rust.", {"rust": "heard"}),
        ("同事很讨厌 Jenkins。", {"ci_cd": "heard"}),
        ("朋友对 RLHF 很着迷。", {"rlhf": "heard"}),
        # the writer among them, or the writer's own clause, stays the writer's
        ("My colleague and I both hate Java.", {"java": "dislikes"}),
        ("I can't stand Kotlin.", {"kotlin": "dislikes"}),
        ("我很讨厌 Jenkins。", {"ci_cd": "dislikes"}),
    ],
)
def test_feelings_of_others_are_theirs(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    check(kb, text, expected)


def test_ones_jam_is_a_like_of_a_kind_of_work(kb: Knowledge) -> None:
    traits = {(s.trait, s.polarity) for s in ev(kb, "Shaving milliseconds off hot paths is my jam.").traits}
    assert ("performance_craft", 1.0) in traits
    assert ev(kb, "Shaving milliseconds is not my jam.").traits[0].polarity == -1.0
