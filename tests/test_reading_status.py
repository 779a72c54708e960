"""One status per skill mention, decided by scope (issue 13.1, 13.2): has, lacks, wants, heard of,
with the words that decided it; only what the writer has counts toward fit and readiness.

Examples here are not from the development set (benchmarks/data/reading_dev.yaml): they are
other phrasings of the same categories."""

from __future__ import annotations

import json
from typing import Any

import pytest

from careermap.api import diagnose
from careermap.extract.evidence import extract
from careermap.extract.models import Evidence
from careermap.ingest.document import from_text
from careermap.jobs.classify import classify_text
from careermap.knowledge.loader import Knowledge


def ev(kb: Knowledge, text: str) -> Evidence:
    return extract(from_text(text, kb), kb)


def status(kb: Knowledge, text: str) -> dict[str, str]:
    """Each skill id the text names, and the place it stands in."""
    e = ev(kb, text)
    out = {sid: "has" for sid in e.skills}
    for place, group in (("wants", e.interests), ("dislikes", e.dislikes), ("lacks", e.negated), ("heard", e.heard_of)):
        for sid in group:
            assert sid not in out, f"{sid} stands in two places"
            out[sid] = place
    return out


def check_places(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    """Each skill of ``expected`` stands in its place ("lacks"; "wants|has": either), or nowhere ("absent")."""
    got = status(kb, text)
    for skill, place in expected.items():
        if place == "absent":
            assert skill not in got, (text, got)
        else:
            assert got.get(skill) in place.split("|"), (text, got)


def place_and_level(kb: Knowledge, text: str, skill: str) -> str:
    """The skill's place and, when had, its level: "has/basic", "lacks"…"""
    e = ev(kb, text)
    if skill in e.skills:
        return f"has/{e.skills[skill].level}"
    for place in ("negated", "interests", "heard_of", "dislikes"):
        if skill in getattr(e, place):
            return place
    return "none"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negator with a word for knowing or doing, the skill between them or after them
        ("我压根没碰过 Kafka", {"kafka": "lacks"}),
        ("没有一点 Go 的项目经验", {"golang": "lacks"}),
        ("I haven't really used Terraform.", {"terraform": "lacks"}),
        ("I do not know any Scala.", {"scala": "lacks"}),
        # phrases that read back to the skill before them
        ("线性代数早就忘得差不多了", {"linear_algebra": "lacks"}),
        ("Kubernetes is completely new to me.", {"kubernetes": "lacks"}),
        # the list on either side of the cue, and only that list
        (
            "从没用过 Flink、Spark 或者 Hive，只写过 SQL",
            {"flink": "lacks", "spark": "lacks", "hive": "lacks", "sql": "has"},
        ),
        (
            "Airflow, dbt and Snowflake: never touched any of them",
            {"airflow": "lacks", "etl": "lacks", "data_warehouse": "lacks"},
        ),
        ("Airflow, Luigi and Snowflake: never touched", {"airflow": "lacks", "data_warehouse": "lacks"}),
        ("PyTorch、JAX 都没实际用过，TensorFlow 倒是很熟", {"pytorch": "lacks", "jax": "lacks", "tensorflow": "has"}),
        ("除了 Go，C++ 和 Rust 都不会", {"golang": "has", "cpp": "lacks", "rust": "lacks"}),
        # words that hold a negator but say nothing is lacked
        ("不仅用过 Redis，还做过 Redis 集群迁移", {"redis": "has"}),
        ("Not only Kafka but also RabbitMQ in production", {"kafka": "has", "message_queue": "has"}),
        ("不断打磨 Flink 作业的稳定性", {"flink": "has"}),
    ],
)
def test_lacked_skills_are_kept_out_of_what_the_writer_has(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("打算下半年系统地学一下 CUDA 和 Triton", {"cuda": "wants", "triton_lang": "wants"}),
        ("I'm planning to pick up Rust and WebAssembly soon.", {"rust": "wants"}),
        ("对多模态大模型挺好奇的，还没上手", {"multimodal_llm": "wants"}),
        ("Curious about speculative decoding, though I haven't tried it.", {"speculative_decoding": "wants"}),
        ("求职意向：大模型评测\n技能：Python、SQL", {"llm_evaluation": "wants", "python": "has", "sql": "has"}),
        (
            "研究兴趣\n强化学习\n可解释性\n\n技能\nPyTorch",
            {"reinforcement_learning": "wants", "interpretability": "wants", "pytorch": "has"},
        ),
        ("想转大模型应用，现在主要写 Java", {"java": "has"}),
    ],
)
def test_wishes_plans_and_interests_are_wants_not_has(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    found = status(kb, text)
    assert {k: v for k, v in found.items() if k in expected} == expected
    assert (
        not {k for k, v in found.items() if v == "has"}
        - {k for k, v in expected.items() if v == "has"}
        - {
            "llm_basics",
            "llm_api",
        }
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("据说做 Agent 的都在用 LangGraph", {"agent_development": "heard", "langgraph": "heard"}),
        ("领导说 Ray 集群要大规模推广", {"ray": "heard"}),
        ("Someone told me vLLM beats TGI on throughput.", {"vllm": "heard", "tgi": "heard"}),
        ("我朋友精通 CUDA，我只负责写 Go 服务", {"cuda": "heard", "golang": "has"}),
        (
            "My manager is an expert in Kubernetes; I write the Python tooling.",
            {"kubernetes": "heard", "python": "has"},
        ),
        ("“RAG 已经过时了”——一篇公众号文章里这么说的", {"rag": "heard"}),
    ],
)
def test_hearsay_quotes_and_other_peoples_skills_are_heard_of(
    kb: Knowledge, text: str, expected: dict[str, str]
) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Go 只在课余写过一些小工具", "golang"),
        ("Kafka 仅限于会用命令行收发消息", "kafka"),
        ("I've only used Docker for local testing.", "docker"),
        ("Just a bit of Scala from one course.", "scala"),
        ("SQL：谈不上精通，日常查询够用", "sql"),
    ],
)
def test_a_limiter_lowers_the_level_and_does_not_negate(kb: Knowledge, text: str, skill: str) -> None:
    e = ev(kb, text)
    assert e.skills[skill].level == "basic"
    assert skill not in e.negated


def test_a_dislike_keeps_a_skill_out_of_has_and_feeds_the_dislike(kb: Knowledge) -> None:
    e = ev(kb, "写了三年 CSS，真的不想再碰前端")
    assert "html_css" in e.skills and "web_frontend" in e.dislikes and "web_frontend" not in e.skills
    e = ev(kb, "写 CSS 写到吐，真的不想再碰前端")  # written to the point of sickness: disliked (round 9)
    assert "html_css" in e.dislikes and "web_frontend" in e.dislikes and "web_frontend" not in e.skills
    a = diagnose("I've had enough of writing CSS and frontend code.")
    kinds = {(c.kind, c.key) for d in a.directions for r in d.roles for c in r.contributions}
    assert ("dislike", "web_frontend") in kinds


def test_the_words_that_decided_a_status_are_its_evidence(kb: Knowledge) -> None:
    text = "CUDA、Triton 都没写过，想学 vLLM"
    e = ev(kb, text)
    cuda = e.negated["cuda"][0]
    assert cuda.status == "lacks" and cuda.status_cue is not None
    assert text[cuda.status_cue.start : cuda.status_cue.end] == cuda.status_cue.text == "没写过"
    wish = e.interests["vllm"][0]
    assert wish.status_cue is not None and wish.status_cue.text == "想学"


def test_only_what_the_writer_has_counts_toward_fit_and_readiness() -> None:
    lacking = diagnose("Go 后端三年。CUDA、TensorRT、vLLM 都没接触过，想学推理优化。")
    having = diagnose("Go 后端三年。熟悉 CUDA、TensorRT、vLLM，做过推理优化。")
    engine = lambda a: next(r for d in a.directions for r in d.roles if r.role == "inference.engine")  # noqa: E731
    assert not {c.key for c in engine(lacking).contributions if c.kind == "skill"} & {"cuda", "tensorrt", "vllm"}
    assert engine(lacking).readiness < engine(having).readiness
    assert engine(lacking).score < engine(having).score
    assert any(c.kind == "interest" for c in engine(lacking).contributions)  # the wish still counts as interest


def test_a_title_the_writer_only_wishes_for_or_denies_is_no_background(kb: Knowledge) -> None:
    assert {t.archetype for t in ev(kb, "想成为一名测试工程师").titles} == set()
    assert {t.archetype for t in ev(kb, "I'm not a data engineer, I'm a frontend developer").titles} == {"frontend"}
    assert {t.archetype for t in ev(kb, "五年测试工程师").titles} == {"qa_test"}


@pytest.mark.parametrize(
    ("body", "ask", "not_ask"),
    [
        ("Build RAG services in Python. Kubernetes experience is not required.", "python", "kubernetes"),
        ("We use PyTorch daily; no prior CUDA knowledge needed.", "pytorch", "cuda"),
        ("熟悉 Spark；不要求有 Flink 经验。", "spark", "flink"),
        ("要求熟练使用 Python，Java 非必需。", "python", "java"),
    ],
)
def test_what_a_posting_does_not_require_is_not_an_ask(kb: Knowledge, body: str, ask: str, not_ask: str) -> None:
    asks = {a.skill for a in classify_text(body, kb).asks}
    assert ask in asks and not_ask not in asks


def test_the_json_places_each_skill_once_with_its_status_and_cue(cli: Any) -> None:
    text = "精通 Python。没用过 Kubernetes。想学 CUDA。听说 RAG 很火。讨厌写 CSS。"
    r = cli("diagnose", "-", "--format", "json", "--no-store", stdin=text)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    places = {
        key: {e["id"]: e for e in data[key]} for key in ("skills", "negated", "interests", "heard_of", "dislikes")
    }
    assert set(places["skills"]) == {"python"} and places["skills"]["python"]["status"] == "has"
    assert set(places["negated"]) == {"kubernetes"} and set(places["interests"]) == {"cuda"}
    assert set(places["heard_of"]) == {"rag"} and set(places["dislikes"]) == {"html_css"}
    ids = [sid for group in places.values() for sid in group]
    assert len(ids) == len(set(ids))
    for key, want in (("negated", "lacks"), ("interests", "wants"), ("heard_of", "heard_of"), ("dislikes", "dislikes")):
        for entry in places[key].values():
            assert entry["status"] == want
            cue = entry["evidence"][0]["cue"]
            assert cue is not None and text[cue["start"] : cue["end"]] == cue["text"]
    assert places["negated"]["kubernetes"]["evidence"][0]["cue"]["text"] == "没用过"
