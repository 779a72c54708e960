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
    (
        "The weather forecasting on TV said it would rain all week.",
        "Built demand forecasting models with LightGBM.",
        "time_series",
    ),
    ("We built a gazebo in the back garden for summer parties.", "Simulated the arm in Gazebo with ROS 2.", "robotics"),
    (
        "We saw a pulsar through the telescope at the observatory.",
        "Moved the event bus from Kafka to Pulsar.",
        "message_queue",
    ),
    (
        "Wanda, my neighbour, walks her dog every morning.",
        "Compared Wanda and SparseGPT for one-shot pruning.",
        "pruning",
    ),
    ("A gentle zephyr blew through the olive trees.", "Ported the sensor firmware to Zephyr on nRF52.", "rtos"),
    (
        "He fired the Gatling gun in the old western film.",
        "Load-tested the checkout API with Gatling.",
        "performance_testing",
    ),
    ("The tesseract in the Marvel movie holds infinite energy.", "Extracted the invoice text with Tesseract.", "ocr"),
    (
        "The firewall between the two flats stopped the fire from spreading.",
        "Configured the firewall rules for the office.",
        "network_security",
    ),
    (
        "I have an eye for retail therapy at the mall on weekends.",
        "Built demand forecasting for a retail chain.",
        "ecommerce_domain",
    ),
    (
        "As a forester I manage clusters of pine trees and plan the pruning.",
        "Applied magnitude pruning to the attention heads of BERT.",
        "pruning",
    ),
    (
        "I'm a chemist; I studied diffusion, distillation and crystallisation.",
        "Distilled GPT-4 into a 7B student model.",
        "knowledge_distillation",
    ),
    ("暑假带孩子去 Hive 主题乐园玩了一天。", "用 Hive 做过数仓建模。", "hive"),
    ("出差住的酒店叫 Spark Hotel，早餐不错。", "熟悉 Spark SQL 和离线数仓。", "spark"),
    ("我们公司年会抽奖抽到了一个 Kindle 和一瓶 Gin。", "用 Gin 框架写过 Go 后端服务。", "gin"),
    ("昨晚做梦梦到了 Kafka 的城堡，醒来一身汗。", "我用 Kafka 做过实时数据管道。", "kafka"),
    ("给狗狗起名叫 Python，因为它很长。", "用 Python 写过爬虫。", "python"),
    ("小区门口的咖啡店叫 Rust Coffee。", "用 Rust 写过命令行工具。", "rust"),
    ("今年春天在老家院子里 pruning 了葡萄藤。", "做过模型 pruning 和 INT8 量化。", "pruning"),
    ("下午茶点了一杯 Mocha 和一块蛋糕。", "前端单元测试用 Mocha 和 Chai。", "unit_testing"),
    (
        "We studied the neural networks of the brain in my neuroscience degree.",
        "Trained neural networks for click-through prediction.",
        "neural_networks",
    ),
    (
        "Florist assistant: pruning, arranging and delivering bouquets.",
        "Applied structured pruning to the ResNet.",
        "pruning",
    ),
    ("My wife had a C-section with our second baby.", "I write C and C++ for embedded boards.", "c_lang"),
    ("I love R&B and soul music from the nineties.", "I do the statistics in R.", "r_lang"),
    ("She has a Java sparrow as a pet.", "Java developer for eight years.", "java"),
    ("I hate celery in my soup.", "Background jobs run on Celery workers with RabbitMQ.", "message_queue"),
    (
        "Our church's sound system hums because of a bad transformer.",
        "Trained a small Transformer encoder for intent detection.",
        "transformer",
    ),
    (
        "The production crew built the set for the opera's final tableau.",
        "Built the sales dashboards in Tableau.",
        "bi_tools",
    ),
    ("The postal service lost my parcel from Java.", "Backend services in Java and Spring Boot.", "java"),
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
    ('We do the "neuroscience" of neural networks, reverse-engineering their weights.', "neural_networks"),
    ("熟悉 Kafka，业余喜欢爬山。", "kafka"),
    ("我想学 Rust，周末还想去爬山。", "rust"),
    ("Proficient in Spark; in my free time I go camping.", "spark"),
    ("Vue 只做过玩具项目，没上过生产。", "vue"),
    ("Built the booking platform for a chain of restaurants in Spring Boot.", "spring"),
]


@pytest.mark.parametrize(("text", "skill"), KEPT, ids=[k[1] + f":{i}" for i, k in enumerate(KEPT)])
def test_an_everyday_word_beside_something_technical_keeps_the_tool(kb: Knowledge, text: str, skill: str) -> None:
    assert skill in skills(kb, text), text
