"""Word-sense guards (issue 13.3): an alias that also means something else counts only in its
sense. Every guard of the knowledge base carries two sentences, one where its alias names the
skill and one where it does not, and both are read here; ``kb validate`` reports a broken guard."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from careermap.api import knowledge
from careermap.errors import KnowledgeError
from careermap.extract.evidence import extract
from careermap.ingest.document import from_text
from careermap.knowledge.loader import DATA_DIR, Knowledge, load

GUARDS = [(sid, sense) for sid, skill in knowledge().skills.items() for sense in skill.senses]


def found(kb: Knowledge, text: str) -> set[str]:
    e = extract(from_text(text, kb), kb)
    return {h.skill for h in e.mentions()}


def test_the_knowledge_base_guards_the_ambiguous_aliases_the_issue_names() -> None:
    guarded = {(sid, sense.alias.lower()) for sid, sense in GUARDS}
    for pair in [
        ("spark", "spark"),
        ("transformer", "transformer"),
        ("operator_development", "kernels"),
        ("healthcare_domain", "emr"),
        ("javascript", "javascript"),
    ]:
        assert pair in guarded


@pytest.mark.parametrize(("skill", "sense"), GUARDS, ids=[f"{sid}:{s.alias}" for sid, s in GUARDS])
def test_each_guard_reads_its_alias_both_ways(kb: Knowledge, skill: str, sense: object) -> None:
    means, other = sense.means, sense.other  # type: ignore[attr-defined]
    assert skill in found(kb, means), f"{means!r} should name {skill}"
    assert skill not in found(kb, other), f"{other!r} should not name {skill}"


@pytest.mark.parametrize(
    ("text", "skill", "named"),
    [
        ("Our offsite was meant to spark new ideas and imagination.", "spark", False),
        ("Tuned Spark shuffle partitions for the nightly jobs.", "spark", True),
        ("110千伏变电站的变压器 transformer 更换", "transformer", False),
        ("Fine-tuned a Transformer decoder for summarisation.", "transformer", True),
        ("Hospital EMR and clinical data integration", "healthcare_domain", True),
        ("Ran Hive on Amazon EMR clusters", "healthcare_domain", False),
        ('Replaced every href="javascript:void(0)" with a button', "javascript", False),
        ("Wrote the browser extension in JavaScript", "javascript", True),
        ("熟悉 ReAct、Reflexion 等智能体规划范式", "react", False),  # the agent pattern, not React
        ("熟悉 React 和 Vue，了解 Agent 开发", "react", True),
        # spelled ReAct, the pattern wherever it stands; React beside agent or inference words stays React
        ("基于ReAct框架实现了多轮工具调用的智能体", "react", False),
        ("Implemented the ReAct loop for our support agent", "react", False),
        ("用 React 开发了 Agent 工具调用的可视化调试界面", "react", True),
        ("Built the React frontend of our LLM inference platform, with tool calling traces", "react", True),
        ("React前端，负责推理平台的控制台开发", "react", True),
        # the snake, a bike's rust, Chengdu's pandas, a budget's 微调, instruments' 数据采集 (dev2 round)
        ("The zoo's reptile house got a new python this spring.", "python", False),
        ("Wrote the scheduler in Python with PostgreSQL, then visited the reptile house.", "python", True),
        ("My bike chain is covered in rust again.", "rust", False),
        ("Rewrote the PyTorch data loader in Rust, then fixed my bike chain.", "rust", True),
        ("国庆去成都看了大熊猫，pandas 真可爱。", "pandas", False),
        ("用 pandas 做特征工程，周末去成都看熊猫。", "pandas", True),  # its own clause says which
        ("装修预算还得再微调一下。", "sft", False),
        ("在业务数据上对 Qwen 做了微调。", "sft", True),
        ("负责传感器和仪表的数据采集。", "data_pipeline", False),
        ("用 Flume 和 Kafka 做日志数据采集。", "data_pipeline", True),
        # an avoid word holding the alias speaks of its own mention
        ("Trained a Transformer in PyTorch to forecast power transformer loads.", "transformer", True),
        ("The power transformer at the substation failed.", "transformer", False),
    ],
)
def test_other_sentences_read_in_the_same_sense(kb: Knowledge, text: str, skill: str, named: bool) -> None:
    assert (skill in found(kb, text)) is named


def _kb_with_guard(tmp_path: Path, old: str, new: str) -> Path:
    dest = tmp_path / "kb"
    shutil.copytree(DATA_DIR, dest)
    path = dest / "skills" / "data.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return dest


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ("- {alias: spark, avoid:", "- {alias: sparky, avoid:", "'sparky' is not an alias of 'spark'"),
        (
            'other: "A short demo to spark curiosity in the audience."',
            'other: "A short demo for the audience."',
            "other: the sentence does not hold 'spark'",
        ),
        ("- {alias: spark, avoid: [curiosity,", "- {alias: spark, avoid: [spark, curiosity,", "is empty or the alias"),
        (
            "- {alias: spark, avoid: [curiosity,",
            "- {alias: spark, spelled: [SPARQL], avoid: [curiosity,",
            "spelled: 'SPARQL' is not 'spark' written with other capitals",
        ),
    ],
)
def test_kb_validate_reports_a_broken_guard_with_its_place(tmp_path: Path, old: str, new: str, problem: str) -> None:
    with pytest.raises(KnowledgeError) as err:
        load(_kb_with_guard(tmp_path, old, new))
    text = "\n".join(err.value.problems)
    assert "[skills/data.yaml -> spark -> senses -> 0]" in text and problem in text
