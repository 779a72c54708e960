"""Skill recall, round 13: the ways people name a skill in résumés, posts and chat that were not found, each with an
everyday twin that must stay out (issue 13, recall).

- chat spellings of short names, beside a word of their work: "pg and redis", "np and pd", "DS ZeRO-3", "IB links",
  "HF models", "REST endpoints";
- the verb with its object: "Pretrained a 7B model", "Quantized the model to 4 bits" (not "a pretrained ResNet");
- a head shared by a list of modifiers (``lexicon.yaml -> shared_heads``): "tensor and pipeline parallelism",
  "张量、流水线并行", "unit and integration tests", "前端和后端开发";
- tool names misspelled by a letter (``lexicon.yaml -> misspelled``): "Kubernates", "Pytroch", "Postgress";
- a tool name joined to a thing built on it (``lexicon.yaml -> name_after``): "a React-based dashboard";
- an acronym of capitals written in lower case in Chinese prose, beside a word of its work: "用es做搜索",
  "会用ts写前端".

Examples here are written for these tests, not taken from any benchmark set."""

from __future__ import annotations

import pytest

from careermap.knowledge.lexicon import lexicon_problems
from careermap.knowledge.loader import Knowledge
from tests.test_reading_status import status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # short names as chat writes them, beside a word of their work or another skill
        ("Day to day I live in pg and redis.", {"postgresql": "has"}),
        ("数据都存储在 pg 里", {"postgresql": "has"}),
        ("Cleaned the survey with np and pd.", {"pandas": "has", "numpy": "has"}),
        ("Trained the 13B model with DS ZeRO-3.", {"deepspeed": "has"}),
        ("Debugged flaky IB links between nodes.", {"infiniband": "has"}),
        ("Fine-tuned a few HF models for ranking.", {"hf_transformers": "has"}),
        ("Ported the TF models to PT.", {"tensorflow": "has", "pytorch": "has"}),
        ("Tuned the ES cluster shards.", {"elasticsearch": "has"}),
        ("Designed the REST endpoints.", {"rest_api": "has"}),
        ("用 CK 存日志", {"clickhouse": "has"}),
        # the verb with its object
        ("Pretrained a 1B model on 300B tokens.", {"pretraining": "has"}),
        ("We pre-trained our own base model.", {"pretraining": "has"}),
        ("Quantized the model to 4 bits.", {"quantization": "has"}),
        ("Never quantized a model myself.", {"quantization": "lacks"}),
        ("I have never pretrained a model.", {"pretraining": "lacks"}),
        # a head shared by a list of modifiers
        ("Set up data, tensor and pipeline parallelism.", {"data_parallelism": "has", "tensor_parallelism": "has"}),
        ("做过张量、流水线并行", {"tensor_parallelism": "has", "pipeline_parallelism": "has"}),
        ("没做过张量和流水线并行", {"tensor_parallelism": "lacks", "pipeline_parallelism": "lacks"}),
        ("Wrote unit and integration tests.", {"unit_testing": "has"}),
        ("Did frontend and backend development.", {"web_frontend": "has", "web_backend": "has"}),
        ("写过单元/集成/负载测试", {"unit_testing": "has"}),
        ("包括代码评审、单元/集成/负载测试及故障演练", {"unit_testing": "has"}),
        ("Studied machine and deep learning.", {"machine_learning": "has", "deep_learning": "has"}),
        # misspelled by a letter
        ("Set up Kubernates clusters.", {"kubernetes": "has"}),
        ("Pytroch and Tenserflow for the course.", {"pytorch": "has", "tensorflow": "has"}),
        ("Migrated Postgress to Clickhose.", {"postgresql": "has", "clickhouse": "has"}),
        ("Wrote agents with Langchian.", {"langchain": "has"}),
        # an acronym written in lower case in Chinese prose
        ("用es做搜索", {"elasticsearch": "has"}),
        ("会用ts写前端", {"typescript": "has"}),
        ("会用hf的trainer", {"hf_transformers": "has"}),
        # a tool name joined to a thing built on it
        ("Built a React-based dashboard.", {"react": "has"}),
        ("Ray-powered batch inference.", {"ray": "has"}),
        # embedded targets; bare metal beside a microcontroller
        ("Wrote C for embedded targets.", {"embedded_systems": "has"}),
        ("Bare metal firmware for an STM32 board.", {"mcu": "has"}),
    ],
)
def test_the_names_people_write_are_found(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    assert {sid: got.get(sid) for sid in expected} == expected, got


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("See pg 12 of the handbook.", "postgresql"),
        ("Our PD signed off the roadmap.", "pandas"),
        ("PD 分离部署做过", "pandas"),
        ("DS, ML and SQL are on my CV.", "deepspeed"),
        ("Took the IB diploma before college.", "infiniband"),
        ("Built TF-IDF models for search.", "tensorflow"),
        ("HF trading models at a hedge fund.", "hf_transformers"),
        ("Used a pretrained ResNet for features.", "pretraining"),
        ("Loaded pretrained weights from the hub.", "pretraining"),
        ("In the Bohr model the electron's energy levels are quantized.", "quantization"),
        ("I love teaching and machine learning.", "deep_learning"),
        ("Ran Kubernetes on bare metal servers.", "mcu"),
        ("Set up the cluster on bare-metal hosts.", "mcu"),
        ("a spring-driven mechanism", "spring"),
        ("ray-based rendering of the scene", "ray"),
        ("a sensible plan", "ansible"),
        # a Chinese word that ends a noun of its own: the word before the list is no modifier of it
        ("熟悉常用机器学习工具及深度学习框架", "function_calling"),
        ("参与 Code-LLM 与逻辑推理大模型的训练", "llm_inference"),
        ("参与多媒体仓库的迭代与业务开发", "agile"),
        # a lower-case acronym with English beside it, or with no word of its work
        ("es is the Spanish for is", "elasticsearch"),
        ("投了份cv给他们", "computer_vision"),
        # an enumeration of things of their own, the last one a test
        ("在开发效率、性能优化、可访问性、稳定性、自动化测试等方面有实践", "performance_testing"),
        # a library one slip from a name is not that name
        ("Used Fastai for the course.", "fastapi"),
        # dynamic programming, not data parallelism
        ("LeetCode 上的 DP 题刷了很多", "data_parallelism"),
    ],
)
def test_their_everyday_twins_stay_out(kb: Knowledge, text: str, absent: str) -> None:
    assert absent not in status(kb, text)


def test_a_shared_head_names_each_modifier_only_where_it_makes_an_alias(kb: Knowledge) -> None:
    # "structured and unstructured pruning": one skill, named once; "teaching" makes no alias with "learning"
    assert status(kb, "structured and unstructured pruning") == {"pruning": "has"}
    assert status(kb, "I love teaching and machine learning.") == {"machine_learning": "has"}


def test_a_misspelled_name_is_long_and_never_takes_another_alias_place(kb: Knowledge) -> None:
    assert lexicon_problems(kb.lexicon.model_copy(update={"misspelled": ["docker"]}))
    assert lexicon_problems(kb.lexicon) == []
    # "postgre" is an alias of its own and one slip from "postgres": still PostgreSQL, once
    assert status(kb, "postgre") == {"postgresql": "has"}
