"""Everyday and other-trade words that are also skill names, in English and in Chinese prose with English words
(sense round 13): a word of everyday life or another trade near a guarded alias with nothing technical around it
says the everyday sense (``lexicon.yaml -> everyday``: "the rust under my car", "the pilot and copilot", "周末去爬山，
山顶的 airflow 很大"), and the guards this round added or widened (a zookeeper at the zoo, an electrician's circuit
breakers and transformers, Lora the cousin, crime statistics, the probability of rain, a log flume, parquet floors,
Redshift in astronomy, a mercurial boss, Megatron the villain, "YOLO" the slang).

Every case is read both ways: the same word in a short technical sentence is still the skill. Sentences written for
this round, from no benchmark set."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_senses import found as skills

PAIRS = [  # (the everyday sense: not the skill, the skill's own sense: read, skill)
    ("The mechanic said the rust under my car would cost a fortune.", "I rewrote the parser in Rust.", "rust"),
    ("Grandpa's old tractor is covered in rust.", "The service is written in Rust.", "rust"),
    ("The campfire spark lit the dry grass.", "Our nightly jobs run on Spark.", "spark"),
    (
        "We hiked in a storm and the airflow through the valley was fierce.",
        "I schedule the DAGs in Airflow.",
        "airflow",
    ),
    ("In the play, Kafka's Gregor turns into an insect.", "I consume the events from Kafka topics.", "kafka"),
    (
        "The pilot and copilot checked the instruments before takeoff.",
        "I use Copilot daily for boilerplate code.",
        "code_assistants",
    ),
    ("The copilot announced our descent into Heathrow.", "GitHub Copilot writes half of my tests.", "code_assistants"),
    ("The torch went out halfway through the cave.", "Trained the ranking model in torch.", "pytorch"),
    (
        "The zookeeper said the pandas sleep most of the day.",
        "Used ZooKeeper for leader election.",
        "distributed_systems",
    ),
    (
        "I'm an electrician; I install transformers, relays and circuit breakers.",
        "Added a circuit breaker around the payment service calls.",
        "microservices",
    ),
    (
        "I'm an electrician; I install transformers, relays and circuit breakers.",
        "Fine-tuned BERT with the transformers library.",
        "hf_transformers",
    ),
    ("Lora is my cousin's name; she teaches piano in Ohio.", "I fine-tuned Llama with LoRA adapters.", "lora"),
    (
        "The crime statistics in the newspaper say burglaries are down.",
        "I did the statistics for our A/B tests in R.",
        "statistics",
    ),
    (
        "Statistics show that more people cycle to work now.",
        "Strong background in statistics and probability.",
        "statistics",
    ),
    (
        "The probability of rain tomorrow is sixty percent.",
        "Solid grounding in probability and linear algebra.",
        "probability",
    ),
    ("My inference is that he forgot the meeting.", "Cut inference latency of our 70B model by half.", "llm_inference"),
    (
        "As a gardener I do pruning, planting and lawn care.",
        "Applied structured pruning to the ResNet backbone.",
        "pruning",
    ),
    (
        "I am a physics teacher and I explain tensors, vectors and quantization.",
        "Applied INT8 quantization to the detector.",
        "quantization",
    ),
    (
        "As a mechanical engineer I designed the airflow system for a hospital ward.",
        "Scheduled the nightly ETL DAGs in Airflow.",
        "airflow",
    ),
    (
        "I called customer service three times about my phone bill.",
        "Built an LLM assistant for customer service at an airline.",
        "customer_service_domain",
    ),
    ("My git of a brother ate my lunch.", "I use Git every day for code review.", "git"),
    (
        "The kids rode the log flume at the theme park twice.",
        "Collected the app logs into HDFS with Flume and Kafka.",
        "etl",
    ),
    ("A vicuna looks like a small llama.", "Fine-tuned Llama with LoRA on our support tickets.", "llm_basics"),
    (
        "We laid oak parquet floors in the living room.",
        "Stored the features as Parquet files on S3.",
        "columnar_formats",
    ),
    (
        "Redshift tells astronomers how fast galaxies move away.",
        "Modelled the marts in Redshift with dbt.",
        "data_warehouse",
    ),
    ("My mercurial boss changes his mind every hour.", "Migrated the repositories from Mercurial to Git.", "git"),
    (
        "Megatron is the villain in the Transformers cartoons.",
        "Trained a 70B model with Megatron on 512 GPUs.",
        "megatron",
    ),
    (
        "YOLO, said my teenager, as he jumped into the lake.",
        "Trained YOLO detectors for defects on the assembly line.",
        "computer_vision",
    ),
    ("I love the vue from our balcony, as the French say.", "Built the admin console in Vue 3.", "vue"),
    # English words in Chinese prose: the everyday words around them are Chinese
    ("我爸是电工，天天跟 transformer 和电线打交道。", "深入理解 Transformer 架构和自注意力机制。", "transformer"),
    ("周末去爬山，山顶的 airflow 很大很冷。", "用 Airflow 调度每天的 ETL 任务。", "airflow"),
    ("我家附近开了一家 Rust 主题的咖啡馆。", "用 Rust 重写了存储引擎的核心模块。", "rust"),
    ("老板让我 be prompt，开会不要迟到。", "负责 prompt 设计和调优。", "prompt_engineering"),
    ("晚上和朋友玩 Go，输了好几盘。", "用 Go 写过高并发服务。", "golang"),
    ("孩子最近迷上了 Transformers 玩具。", "熟悉 Hugging Face Transformers 库的使用。", "hf_transformers"),
    ("这家店的 soap 手工皂很好用。", "对接过银行的 SOAP 接口。", "rest_api"),
    (
        "周末去酿酒厂参观了威士忌的 distillation 过程。",
        "做过大模型到小模型的知识 distillation。",
        "knowledge_distillation",
    ),
]


@pytest.mark.parametrize(("other", "means", "skill"), PAIRS, ids=[f"{p[2]}:{i}" for i, p in enumerate(PAIRS)])
def test_an_everyday_word_is_no_skill_and_its_technical_twin_is(
    kb: Knowledge, other: str, means: str, skill: str
) -> None:
    assert skill not in skills(kb, other), other
    assert skill in skills(kb, means), means


# an everyday word near a guarded alias does not hide the tool where something technical stands by it
KEPT = [
    ("I taught the kids Python scripting at a summer camp.", "python"),
    ("I built a recipe app for my grandmother in Flutter.", "flutter"),
    ("Wrote Spark jobs that count the bikes rented in each city.", "spark"),
    ("My cousin and I built a garden-planning website in Vue.", "vue"),
    ("用 Rust 写了一个咖啡馆点单系统。", "rust"),
    ("I write Rust on weekends while the kids play football.", "rust"),
]


@pytest.mark.parametrize(("text", "skill"), KEPT, ids=[k[1] + f":{i}" for i, k in enumerate(KEPT)])
def test_an_everyday_word_beside_something_technical_keeps_the_tool(kb: Knowledge, text: str, skill: str) -> None:
    assert skill in skills(kb, text), text
