"""English self-descriptions as engineers write them (issue 13): a skill named by a verb phrase in any of its
forms ("served models", "labelled data", "evaluated LLMs", "dockerized"), the part liked least, a wish to go on
with what one does, an instruction carried out, a lack that ended; each beside a near sentence that must read
otherwise (a role served, boxes labelled, vendors evaluated, a torch relay, a quiz team).

Every sentence here is written for this test; none comes from a benchmark set."""

from __future__ import annotations

import pytest

from careermap.knowledge.lexicon import lexicon_problems
from careermap.knowledge.loader import Knowledge
from tests.test_reading_status import status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb phrase alias written with the base form matches every form of the verb (lexicon.yaml -> verb_forms)
        ("Served models with vLLM behind a gateway.", {"model_serving": "has", "vllm": "has"}),
        ("Serving models on Triton Inference Server.", {"model_serving": "has", "triton_server": "has"}),
        ("Labelled data for a churn model.", {"data_annotation": "has"}),
        ("Annotating images for the perception team.", {"data_annotation": "has"}),
        ("Deployed LLMs on our own GPUs.", {"model_serving": "has", "llm_basics": "has"}),
        # the object of the verb phrase names its own skill too
        ("Evaluated LLMs on coding benchmarks.", {"llm_evaluation": "has", "llm_basics": "has"}),
        ("Fine-tuning LLMs for support tickets.", {"sft": "has", "llm_basics": "has"}),
        # the verbs alone, beside the models they serve
        ("Serving Qwen models to internal teams.", {"model_serving": "has", "llm_basics": "has"}),
        ("Built and deployed ML models for fraud scoring.", {"model_serving": "has", "machine_learning": "has"}),
        # spellings of a verb the data list
        ("Dockerized the legacy billing app.", {"docker": "has"}),
        ("Containerising services for the platform team.", {"docker": "has"}),
        ("Terraformed our AWS accounts.", {"terraform": "has", "aws": "has"}),
        ("Mostly backend work in Go and Postgres.", {"web_backend": "has", "golang": "has", "postgresql": "has"}),
        ("Cut latency with speculative decoding.", {"latency_optimization": "has", "speculative_decoding": "has"}),
        ("Wrote documentation for the SDK.", {"technical_writing": "has"}),
        ("Distilled a 70B teacher into an 8B student.", {"knowledge_distillation": "has"}),
        ("Trained a reward model on pairwise preferences.", {"reward_modeling": "has", "preference_data": "has"}),
        ("Fine tuned Mistral with QLoRA.", {"sft": "has", "llm_basics": "has", "lora": "has"}),
        ("Wrote web scrapers in Python.", {"web_crawling": "has", "python": "has"}),
        ("Prompt-engineered the assistant's replies.", {"prompt_engineering": "has"}),
        ("Threat-modelled our auth service.", {"threat_modeling": "has"}),
        ("Trained ViTs and CNNs for defect detection.", {"computer_vision": "has", "neural_networks": "has"}),
        ("Trained gradient-boosted trees for churn.", {"xgboost": "has"}),
        ("Contributed to open-source projects in the LLM space.", {"open_source": "has", "llm_basics": "has"}),
        ("Open-sourced our eval toolkit.", {"open_source": "has", "llm_evaluation": "has"}),
        ("Built tool-using agents on MCP.", {"function_calling": "has", "agent_development": "has", "mcp": "has"}),
        # a hyphenated alias spaced or closed up, a spaced one hyphenated (lexicon.yaml -> unjoined: not these)
        ("Multi gpu training with DeepSpeed.", {"distributed_training": "has", "deepspeed": "has"}),
        ("Multinode training on Slurm.", {"distributed_training": "has", "slurm": "has"}),
        ("Built deep-learning models for fraud.", {"deep_learning": "has"}),
        ("Experience fine tuning LLMs.", {"sft": "has", "llm_basics": "has"}),
        # a version written against a name of one word; a name that holds its number stays whole
        ("Python3.11 and PyTorch2.1 on CUDA12.", {"python": "has", "pytorch": "has", "cuda": "has"}),
        ("Sharded with PyTorch FSDP2.", {"pytorch": "has", "zero_fsdp": "has"}),
        # short forms beside their companions
        ("Set up CI for the monorepo.", {"ci_cd": "has"}),
        ("Five years with TF and Keras, two with PT.", {"tensorflow": "has", "keras": "has", "pytorch": "has"}),
        ("np, pandas, matplotlib every day.", {"numpy": "has", "pandas": "has", "data_visualization": "has"}),
        ("Stack: TS, React, Node, PG.", {"typescript": "has", "react": "has", "nodejs": "has", "postgresql": "has"}),
    ],
)
def test_verb_phrases_and_short_forms_are_read(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Served as treasurer of the chess club.",
        "Served models at a fashion show in Milan.",
        "The rust on the gate needs sanding.",
        "The python at the zoo was huge.",
        "Serving as a role model for the juniors.",
        "We served dinner to forty guests.",
        "She labelled the boxes before the move.",
        "I evaluated three vendors for the office coffee.",
        "We deployed a new seating plan for the office.",
        # a noun compound that opens with a participle is no verb phrase: not inflected
        "The trained operator ran the crane.",
        "Proved the scheduling problem is NP-hard.",
        "PG diploma in management.",
        "PT and FT roles in physical therapy.",
        "I carried the torch in the city relay.",
        "Our red team won the office quiz.",
        "In the novel, a terraformed Mars has oceans again.",
        "The 95% CI was narrow.",
        "Worked on web3 wallets.",
        "Familiar with open-source libraries.",
        "Got it right in one shot.",
        "We plan and execute the roadmap each quarter.",
        "Stress-testing our plans against budget cuts.",
        "Trained site staff on GCP and ICH guidelines.",
        "Distilled the findings into a report for the VP.",
        "Cut costs by 20% and lowered the price.",
    ],
)
def test_everyday_words_name_no_skill(kb: Knowledge, text: str) -> None:
    assert status(kb, text) == {}


def test_the_object_of_a_noun_compound_is_not_read_apart(kb: Knowledge) -> None:
    assert status(kb, "Wrote Flink SQL jobs for the fraud team.") == {"flink": "has"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the part liked least, a chore said as a feeling
        ("The part I enjoy least is writing unit tests.", {"unit_testing": "dislikes"}),
        ("Writing unit tests is the part I enjoy least.", {"unit_testing": "dislikes"}),
        ("The part I enjoy is writing unit tests.", {"unit_testing": "has"}),
        ("Prompt engineering feels tedious to me.", {"prompt_engineering": "dislikes"}),
        ("Automated tedious regression checks with Selenium.", {"test_automation": "has"}),
        ("Honestly, Kubernetes is a pain.", {"kubernetes": "dislikes"}),
        ("Fixed the pain points of the Kubernetes rollout.", {"kubernetes": "has"}),
        ("Not a huge fan of Java.", {"java": "dislikes"}),
        ("I find on-call exhausting.", {"sre": "dislikes"}),
        ("I'd rather do anything than write more Selenium tests.", {"test_automation": "dislikes"}),
        # a dislike that is over; more of what one does already
        ("I used to dread SQL, now I write it every day.", {"sql": "has"}),
        ("I dread SQL.", {"sql": "dislikes"}),
        ("I'd love to do more Rust, which I write for side projects.", {"rust": "has"}),
        ("I'd love to learn Rust.", {"rust": "wants"}),
        ("I plan to keep using Postgres for everything.", {"postgresql": "has"}),
        ("I plan to use Postgres for everything.", {"postgresql": "wants"}),
        ("I'd like to go deeper into CUDA.", {"cuda": "has"}),
        ("My goal this year was to learn Kafka, and I did: our event bus runs on it.", {"kafka": "has"}),
        ("My goal this year is to learn Kafka.", {"kafka": "wants"}),
        # a relative clause that claims what it follows, whatever wish stands before it
        ("Interested in Triton, which I've used twice.", {"triton_lang": "has"}),
        ("I want to learn CUDA, which I already use a bit.", {"cuda": "has"}),
        ("I want to learn Rust, which I know little about.", {"rust": "wants"}),
        ("Interested in Triton, which is popular.", {"triton_lang": "wants"}),
        # more ways to say a chore
        ("Kubernetes? Not my favourite.", {"kubernetes": "dislikes"}),
        ("The worst part was writing CSS.", {"html_css": "dislikes"}),
        ("Hyperparameter sweeps are the most boring part of my week.", {"hyperparameter_tuning": "dislikes"}),
        # a wish to go on with what one does
        ("I want to keep working with vLLM, which I've contributed to.", {"vllm": "has"}),
        ("I want to work with vLLM.", {"vllm": "wants"}),
        # an instruction carried out, not hearsay
        ("I was told to build the dashboards in Grafana and did.", {"monitoring": "has"}),
        ("I was told Grafana is easy to learn.", {"monitoring": "heard"}),
        # a lack in the past perfect that a time ends
        ("I had never used Terraform before this job; now I maintain our modules.", {"terraform": "has"}),
        ("I'd never written Go until I joined the platform team.", {"golang": "has"}),
        ("I have never used Terraform before.", {"terraform": "lacks"}),
        ("I had never used Terraform.", {"terraform": "lacks"}),
        # the word for doing may be the mention itself
        ("I have never deployed models on Kubernetes.", {"model_serving": "lacks", "kubernetes": "lacks"}),
        ("I have never served models with vLLM.", {"model_serving": "lacks", "vllm": "lacks"}),
        ("Deployed models on Kubernetes.", {"model_serving": "has", "kubernetes": "has"}),
    ],
)
def test_frames_read_their_status(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


def test_a_verb_needs_its_forms(kb: Knowledge) -> None:
    lex = kb.lexicon.model_copy(update={"verb_forms": [["serve"], ["Label", "labels"], ["fine tune", "fine tunes"]]})
    problems = " ".join(lexicon_problems(lex))
    assert "['serve']" in problems
    assert "Label" in problems
    assert "fine tune" in problems
    assert not any("verb_forms" in p for p in lexicon_problems(kb.lexicon))
