"""Scores are sums of contributions that point back at the text; readiness stands apart."""

from __future__ import annotations

import pytest

from careermap.api import diagnose
from careermap.knowledge.loader import Knowledge
from careermap.score.scorer import direction_fits, profile_of

SAMPLES = [
    "我是做了5年Java后端的，熟悉Spring Cloud、Redis、MySQL，最近用LangChain做了一个知识库问答。",
    "HPC engineer: 6 years of MPI and CUDA on InfiniBand clusters; tuned NCCL all-reduce, 2x faster.",
    "Web security engineer, 4 years of penetration testing and bug bounty; I love breaking things.",
    "数据开发，Spark/Flink/Hive 写了三年 ETL，负责日均 20TB 的数仓清洗与去重。",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_contributions_add_up_to_each_score(text: str) -> None:
    a = diagnose(text)
    assert len(a.directions) == 6
    assert [d.score for d in a.directions] == sorted((d.score for d in a.directions), reverse=True)
    for d in a.directions:
        assert sum(c.amount for c in d.contributions) == pytest.approx(d.score, abs=2e-3)
        for r in d.roles:
            assert sum(c.amount for c in r.contributions) == pytest.approx(r.score, abs=1e-3)


@pytest.mark.parametrize("text", SAMPLES)
def test_every_skill_contribution_points_at_the_users_words(text: str) -> None:
    a = diagnose(text)
    for d in a.directions:
        for c in d.contributions:
            if c.kind in ("skill", "background", "trait", "interest", "dislike"):
                assert c.evidence, c
                for s in c.evidence:
                    assert text[s.start : s.end] == s.text


def test_tricky_backgrounds_land_where_an_advisor_would_put_them() -> None:
    assert diagnose("Java后端8年，Spring Boot/Dubbo/MySQL，去年帮数据组用过一次Spark跑报表").top.id == "apps"
    assert (
        diagnose(
            "Product manager who codes: I ship small Python tools, wrote PRDs for our chatbot and prototyped an agent "
            "with the OpenAI API and function calling."
        ).top.id
        == "apps"
    )
    assert diagnose(
        "Linux kernel engineer, 10 years: scheduler, memory management, eBPF tracing, RDMA drivers. No ML at all."
    ).top.id in ("infra", "inference")


def test_a_dislike_of_math_lowers_the_training_direction() -> None:
    base = "计算机硕士，读过几篇 Transformer 论文，用 PyTorch 复现过 BERT 微调。"
    plain = {d.id: d.score for d in diagnose(base).directions}
    disliked = {d.id: d.score for d in diagnose(base + "不过数学一般，不喜欢推导公式。").directions}
    assert disliked["training"] < plain["training"]


def test_readiness_is_reported_apart_from_fit() -> None:
    a = diagnose("想做大模型推理优化，目前会 Python，CUDA 没接触过。")
    engine = a.role("inference.engine")
    assert engine.readiness < 0.3
    statuses = {r.skill: r.status for r in engine.requirements}
    assert statuses.get("cuda") == "missing"


CPP = "C++ 后端开发六年，做过高并发网关和性能调优，QPS 从 2 万提升到 8 万；喜欢抠性能。"


@pytest.mark.parametrize("text", [*SAMPLES, CPP])
def test_the_counterfactual_really_changes_the_ranking(text: str, kb: Knowledge) -> None:
    from careermap.extract.evidence import extract
    from careermap.ingest.document import from_text

    a = diagnose(text)
    cf = a.counterfactual
    assert cf is not None and cf.direction == a.directions[1].id and cf.skills
    # the scores it states are those of every role measured again with the skills added
    p = profile_of(kb, extract(from_text(a.evidence.text, kb), kb))
    target = kb.scoring.levels["proficient"] * kb.scoring.grades[kb.scoring.counterfactual_grade]
    after = direction_fits(kb, p.with_skills(dict.fromkeys(cf.skills, target)))
    score = {f.id: f.score for f in after}
    assert (score[cf.direction], score[a.directions[0].id]) == (cf.new_score, cf.top_score)
    assert (after[0].id == cf.direction) == cf.reaches_top


def test_empty_of_relevant_skills_says_so() -> None:
    a = diagnose("我喜欢打篮球和看电影。")
    assert a.top.score == 0
    assert "没有找到" in a.advice


def test_advice_speaks_the_users_language() -> None:
    assert "错峰竞争" in diagnose("做了6年嵌入式，C语言和单片机，FreeRTOS 很熟").advice
    en = diagnose("Six years of embedded C on STM32 microcontrollers and FreeRTOS.")
    assert en.lang == "en" and "staggered competition" in en.advice
