"""English (and mixed) ways programmers name skills, read as the skill they name: abbreviations,
plurals, product names and phrases ("GH Actions", "vector DBs", "AKS", "Fargate", "Apache Beam",
"DSPy", "Gen AI", "e2e tests", "KV caching", "p95 latency", "LoRAs"), and look-alikes that must not
be read as one ("my CV is attached", "a svelte design", a sailing spinnaker, a hotel, Gemma from HR).

Every sentence here is written for this test; none comes from a benchmark set."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge
from tests.test_reading_status import status


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("Set up GH Actions for the monorepo.", {"ci_cd"}),
        ("Built embeddings search over support tickets with vector DBs.", {"vector_database"}),
        ("Deployed on AKS and GKE.", {"azure"}),
        ("Wrote a GitHub Action that lints the docs.", {"ci_cd"}),
        ("Stored embeddings in vector DBs.", {"vector_database"}),
        ("Deployed to AKS.", {"azure"}),
        ("Used Amazon Athena for ad-hoc queries.", {"presto_trino"}),
        ("Ran services on ECS Fargate.", {"aws"}),
        ("Moved our databases to Amazon RDS.", {"aws"}),
        ("Streaming events through Amazon Kinesis.", {"aws"}),
        ("Cloud Pub/Sub fan-out for notifications.", {"gcp"}),
        ("Built Apache Beam pipelines.", {"data_pipeline"}),
        ("Set up Unity Catalog for the lakehouse.", {"data_governance"}),
        ("Snowpark jobs in Python.", {"data_warehouse"}),
        ("Dashboards in Redash.", {"bi_tools"}),
        ("Change data capture with Debezium.", {"etl"}),
        ("Argo Workflows for ML pipelines.", {"airflow"}),
        ("Release pipelines in Spinnaker and Buildkite.", {"ci_cd"}),
        ("Bitbucket Pipelines and Azure Pipelines.", {"ci_cd"}),
        ("Logs in Kibana and Logstash.", {"elasticsearch"}),
        ("Instrumented services with OTel.", {"monitoring"}),
        ("Used Helmfile to manage releases.", {"helm"}),
        ("Tracked experiments in ClearML.", {"mlops"}),
        ("Tracing LLM calls with Langfuse.", {"mlops"}),
        ("Optimized prompts with DSPy.", {"prompt_engineering"}),
        ("Built agents with Pydantic AI.", {"agent_development"}),
        ("Used the OpenAI Assistants API.", {"llm_api"}),
        ("Fine-tuned Gemma and Phi-3.", {"llm_basics", "sft"}),
        ("Gen AI prototypes for marketing.", {"llm_basics"}),
        ("Red-teamed the chat assistant before launch.", {"red_teaming"}),
        ("Built eval suites for the assistant.", {"llm_evaluation"}),
        ("Instruction-tuned a 7B model.", {"sft"}),
        ("Quantizing models for edge devices.", {"quantization"}),
        ("Profiled with nvprof.", {"performance_profiling"}),
        ("Wrote inline PTX for the hot loop.", {"cuda"}),
        ("Ran Llama on a Mac with MLX.", {"mobile_inference"}),
        ("Implemented KV caching for the decoder.", {"kv_cache"}),
        ("Cut p95 latency by half.", {"latency_optimization"}),
        ("Data wrangling in pandas.", {"data_cleaning"}),
        ("Ran A/B experiments on the checkout flow.", {"ab_testing"}),
        ("Built the experimentation platform.", {"ab_testing"}),
        ("Data viz with D3.", {"data_visualization"}),
        ("Abstractive summarization of news.", {"nlp"}),
        ("Recommendation models for the home feed.", {"recommender_systems"}),
        ("Contextual bandits for ads.", {"reinforcement_learning"}),
        ("Multi-armed bandits for pricing.", {"reinforcement_learning"}),
        ("Web apps in Svelte and SvelteKit.", {"web_frontend"}),
        ("Asynchronous programming in Rust.", {"concurrency"}),
        ("Integration tests and E2E tests.", {"software_testing", "test_automation"}),
        ("Product roadmapping for the ML platform.", {"product_management"}),
        ("Tech writing for the developer portal.", {"technical_writing"}),
        ("OSS contributor to PyTorch.", {"open_source"}),
        ("Raspberry Pi projects at home.", {"embedded_systems"}),
        ("Structured generation with Outlines.", {"structured_output"}),
        ("Prompt chaining for a support assistant.", {"prompt_engineering"}),
        ("CV engineer working on detection.", {"computer_vision"}),
        ("Trained SDXL LoRAs for product shots.", {"lora"}),
        ("Ran hyperparameter sweeps in W&B.", {"hyperparameter_tuning"}),
        ("Cross-validation and feature selection.", {"machine_learning"}),
        ("Topic modeling on support tickets.", {"nlp"}),
        ("Question answering over manuals.", {"nlp"}),
        ("Gaussian splatting for scene capture.", {"computer_vision"}),
        ("LLM tracing with Langfuse.", {"mlops"}),
        ("Skills: PyTorch, HF, vLLM, Ray", {"hf_transformers"}),
        ("Computer-vision pipelines for retail.", {"computer_vision"}),
        ("Infra as code with CDK.", {"terraform"}),
    ],
)
def test_english_forms_name_their_skill(kb: Knowledge, text: str, ids: set[str]) -> None:
    got = status(kb, text)
    assert {sid: got.get(sid) for sid in ids} == dict.fromkeys(ids, "has")


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("熟悉 GH Actions 和 Terraform", {"ci_cd"}),
        ("用 HF 的 PEFT 做 LoRA", {"hf_transformers"}),
        ("用 Argo Workflows 编排训练任务", {"airflow"}),
        ("熟悉 DSPy 和 LangGraph", {"prompt_engineering"}),
        ("做过 KV caching 相关的优化", {"kv_cache"}),
        ("服务部署在 AKS 上", {"azure"}),
        ("写过 e2e tests 和 integration tests", {"software_testing", "test_automation"}),
        ("负责公司的 Gen AI 项目", {"llm_basics"}),
        ("熟悉 Kibana 和 Logstash", {"elasticsearch"}),
        ("把 p95 latency 降了一半", {"latency_optimization"}),
        ("做过 contextual bandits 的推荐实验", {"reinforcement_learning"}),
        ("用 Langfuse 做 LLM tracing", {"mlops"}),
        ("训练过几个 SDXL 的 LoRAs", {"lora"}),
        ("用 Fargate 跑后端服务", {"aws"}),
        ("做过 topic modeling 和 NER", {"nlp"}),
        ("熟悉 HF、vLLM、Ray", {"hf_transformers"}),
        ("写过 inline PTX", {"cuda"}),
        ("在 Mac 上用 MLX 跑模型", {"mobile_inference"}),
    ],
)
def test_mixed_forms_name_their_skill(kb: Knowledge, text: str, ids: set[str]) -> None:
    got = status(kb, text)
    assert {sid: got.get(sid) for sid in ids} == dict.fromkeys(ids, "has")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("My CV is attached below.", {"computer_vision"}),
        ("Sent my CV to three engineering managers.", {"computer_vision"}),
        ("A svelte, minimal design for the landing page.", {"web_frontend"}),
        ("We sailed with a spinnaker in the regatta.", {"ci_cd"}),
        ("The hotel was close to the office.", {"monitoring"}),
        ("I summarized meeting notes for the team every week.", {"nlp"}),
        ("Gemma from HR ran my first interview.", {"llm_basics"}),
        ("The Athena project was my first assignment.", {"presto_trino"}),
        ("Our team roadmap for next year was public.", {"product_management"}),
        ("Studied quantized energy levels in a physics course.", {"quantization"}),
        ("Integration with partners took most of the quarter.", {"software_testing"}),
        ("Built an HF radio antenna for amateur radio.", {"hf_transformers"}),
        ("Baked a raspberry pie for the office party.", {"embedded_systems"}),
        ("Visual question answering with LLaVA.", {"nlp"}),
        ("Legal question answering for contract review.", {"nlp"}),
    ],
)
def test_look_alikes_are_not_the_skill(kb: Knowledge, text: str, absent: set[str]) -> None:
    """A résumé, a word of plain English, a name: not the skill an alias of it spells."""
    assert not absent & set(status(kb, text))


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("Wrote custom CUDA kernels and Triton kernels.", {"cuda", "triton_lang"}),
        ("Bitbucket Pipelines and Azure Pipelines.", {"ci_cd", "azure"}),
        ("LLM tracing with Langfuse.", {"llm_basics", "mlops"}),
        ("Reporting on Azure Synapse.", {"azure"}),
    ],
)
def test_new_aliases_hide_nothing(kb: Knowledge, text: str, ids: set[str]) -> None:
    """No new alias is a longer form that swallows a skill the words it holds name on their own
    ("custom CUDA kernels" stays CUDA, "Azure Pipelines" stays Azure, "LLM observability" was left out)."""
    assert ids <= set(status(kb, text))
