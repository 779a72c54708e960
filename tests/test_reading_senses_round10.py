"""Words that only look like skills (sense round 10): an alias that is an everyday word first — a tableau
of village life, a cot, a kettle, soap, celery, a thrift store —
counts only beside a word of building software or data (``lexicon.yaml -> technical``) or its own
``need`` words, in a list of skills or right after a cue. Guards marked ``technical`` in
``skills/*.yaml -> senses``; the aliases came from an audit of every alias that is an everyday English
or Chinese word.

Every case is read both ways: the same word in a short realistic technical sentence is still the skill.
Sentences written for this round, from no benchmark set."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_senses import found as skills

PAIRS = [  # (the everyday sense: not the skill, the skill's own sense: read, skill)
    # guards that listed other-sense words only; the frequent tools (Spark, Docker, Airflow, Kafka, RAG, Transformer)
    # keep that form, their lists now naming the other sense's kinds of things (a fire, a ship's cargo, a cat)
    ("There was a spark between us from the first day.", "Moved the reporting jobs to Spark.", "spark"),
    ("One careless spark burned down the barn.", "Tuned Spark shuffle partitions for the joins.", "spark"),
    (
        "The transformer behind our street blew in the heatwave.",
        "Trained a small transformer on support tickets.",
        "transformer",
    ),
    ("The dockers unloaded the ship before dawn.", "Built the Docker images for the API.", "docker"),
    ("Poor airflow made the attic unbearable in July.", "Orchestrated the ETL DAGs in Airflow.", "airflow"),
    ("The river's swift current swept the canoe away.", "Shipped the iOS app in Swift.", "swift"),
    ("The office was a hive of activity before the launch.", "Partitioned the Hive tables by date.", "hive"),
    ("Keep a dry rag in the car for the windscreen.", "Built a RAG assistant over our policy documents.", "rag"),
    ("My cat Kafka sleeps all afternoon.", "Streamed click events through Kafka.", "kafka"),
    ("We watched red pandas climb at the zoo.", "Analysed the survey results with pandas.", "pandas"),
    # aliases that had no guard
    ("The painting is a tableau of harvest time.", "Built the sales dashboards in Tableau.", "bi_tools"),
    ("We threw a huge bash after graduation.", "Wrote Bash scripts to rotate the logs.", "shell"),
    ("That grumpy old git never waves back.", "Taught the interns Git branching and rebasing.", "git"),
    ("The book explores the subversion of old myths.", "Migrated the repositories from Subversion to Git.", "git"),
    ("Ticket prices soar every summer.", "Automated alert triage with SOAR playbooks.", "security_operations"),
    ("A gin and tonic on the terrace, please.", "Wrote the REST API with Gin in Go.", "gin"),
    ("And presto, dinner was on the table.", "Ran ad-hoc queries on Presto and Hive.", "presto_trino"),
    ("An impala bolted across the savannah.", "Tuned Impala queries on the Hadoop cluster.", "presto_trino"),
    ("I chopped celery for the soup.", "Offloaded the emails to Celery workers.", "message_queue"),
    ("The Great Gatsby was on our reading list.", "Rebuilt the docs site with Gatsby and React.", "nextjs"),
    ("My uncle is a cattle rancher in Montana.", "Managed the Kubernetes clusters with Rancher.", "kubernetes"),
    ("Classmates kept mocking my accent.", "Wrote unit tests with mocking of the payment client.", "unit_testing"),
    (
        "Organised team lunches, boosting morale.",
        "Compared boosting and random forests on churn data.",
        "statistical_learning",
    ),
    (
        "Spent a summer bagging groceries at a supermarket.",
        "Used bagging of decision trees for the credit model.",
        "statistical_learning",
    ),
    ("Scraping ice off the car every morning is no fun.", "Built a web scraping pipeline with Scrapy.", "web_crawling"),
    (
        "He is still bad at reversing into parking spaces.",
        "Spent two years reversing malware samples in IDA.",
        "reverse_engineering",
    ),
    ("She dabbed some rouge on her cheeks.", "Scored the summaries with ROUGE and BLEU.", "llm_evaluation"),
    (
        "My annual evaluation with my manager went well.",
        "Built the evaluation of our LLM on coding benchmarks.",
        "llm_evaluation",
    ),
    (
        "The baby slept in a cot next to our bed.",
        "Improved the model's math reasoning with CoT prompting.",
        "reasoning_cot",
    ),
    ("We rented a paddle board at the lake.", "Trained the OCR models in Paddle.", "paddlepaddle"),
    ("Each stanza of the poem has four lines.", "Parsed the sentences with Stanza and spaCy.", "nltk_spacy"),
    ("I put the kettle on for tea.", "Loaded the MySQL data with Kettle ETL jobs.", "etl"),
    (
        "Habeas corpus protects against unlawful detention.",
        "Built a 2T-token pretraining corpus.",
        "corpus_construction",
    ),
    (
        "He had vivid hallucinations during the fever.",
        "Cut hallucinations of the RAG chatbot by half.",
        "hallucination",
    ),
    (
        "In the novel the captain calls home by ansible.",
        "Automated the server setup with Ansible playbooks.",
        "ansible",
    ),
    ("Our village holds a feast every autumn.", "Served the model features from Feast.", "mlops"),
    ("Climbers ascend the ridge before sunrise.", "Ported the training to Huawei Ascend NPUs.", "ascend"),
    ("Eureka! I finally found my keys.", "Registered the services in Eureka with Spring Cloud.", "microservices"),
    ("I found this jacket at a thrift store.", "Defined the RPC interfaces in Thrift.", "grpc"),
    ("My grandmother never missed her soap opera.", "Replaced the SOAP services with REST APIs.", "rest_api"),
    ("The horse gave a loud snort.", "Wrote Snort rules for the intrusion detection system.", "network_security"),
    ("The peach had a soft fuzz on its skin.", "Fuzz the parser with libFuzzer to find crashes.", "fuzzing"),
    ("The prisoners planned a jailbreak for months.", "Tested the model against jailbreak prompts.", "jailbreak"),
    ("Moe is my uncle's nickname.", "Trained an MoE model with 64 experts.", "moe"),
    # mixed: a Chinese sentence with the English word in its everyday sense
    ("昨晚的 birthday bash 太热闹了", "用 Bash 写了日志清理脚本", "shell"),
    ("周末喝了一杯 gin，有点上头", "用 Gin 框架写 Go 后端接口", "gin"),
    ("小区变电站的 transformer 坏了，停电一天", "基于 Transformer 做了文本分类模型", "transformer"),
    ("我家猫叫 Kafka，很黏人", "用 Kafka 做订单消息队列", "kafka"),
    # Chinese
    ("方案细节还需要再微调一下。", "基于 LoRA 对 Qwen 模型做了指令微调。", "sft"),
    ("把几份报告汇编成一本年鉴。", "精通 C 语言和汇编，熟悉 ARM 指令集。", "assembly"),
    ("美股今天又触发了熔断。", "负责微服务的熔断降级和限流方案。", "microservices"),
    ("运动会上红队赢了蓝队。", "参与大模型红队攻击测试，评估越狱风险。", "red_teaming"),
    ("运动会上红队赢了蓝队。", "护网行动中做蓝队防守，负责告警研判。", "security_operations"),
]


@pytest.mark.parametrize(("other", "means", "skill"), PAIRS, ids=[f"{p[2]}:{i}" for i, p in enumerate(PAIRS)])
def test_an_everyday_word_is_no_skill_and_its_technical_twin_is(
    kb: Knowledge, other: str, means: str, skill: str
) -> None:
    assert skill not in skills(kb, other), other
    assert skill in skills(kb, means), means


LISTED = [  # with no word of software near, a list of skills or a cue still says which sense
    ("Skills: Spark, Hive, Presto, Airflow, Kafka", {"spark", "hive", "presto_trino", "airflow", "kafka"}),
    ("Tools: Docker, Git, Bash, Tableau", {"docker", "git", "shell", "bi_tools"}),
    ("熟悉 Spark、Hive、Presto", {"spark", "hive", "presto_trino"}),
    ("Experience with Celery and Redis.", {"message_queue", "redis"}),
    ("熟悉 Tableau", {"bi_tools"}),
]


@pytest.mark.parametrize(("text", "expected"), LISTED)
def test_a_list_of_skills_or_a_cue_keeps_a_technical_guarded_word(kb: Knowledge, text: str, expected: set[str]) -> None:
    assert expected <= skills(kb, text)


def test_a_technical_guard_takes_the_lexicon_words_as_its_need(kb: Knowledge) -> None:
    # the lexicon's words of building software stand for every technical guard: "code" says Tableau is the tool
    assert "bi_tools" in skills(kb, "The report code exports a Tableau extract every night.")
    assert "bi_tools" not in skills(kb, "The actors held a tableau of the harvest for a minute.")
    assert kb.lexicon.technical
    guarded = [s for skill in kb.skills.values() for s in skill.senses if s.technical]
    assert {"tableau", "soap", "celery", "cot"} <= {s.alias for s in guarded}


RIGHT_BEFORE = [  # a word of using or knowing right before the word says the tool; the everyday thing takes an article
    ("Taught the new hire to use Git.", "git", True),
    ("havent really used celery tbh", "message_queue", True),
    ("I know Bash and that's about it.", "shell", True),
    ("会 Tableau，做过几张看板", "bi_tools", True),
    ("I know a rancher who breeds horses.", "kubernetes", False),
    ("We used a kettle on the camping trip.", "etl", False),
    ("I learned a stanza by heart.", "nltk_spacy", False),
    # a word of work said of the tool: maintained, set up, ran, configured, 维护, 搭建
    ("Maintained Jenkins for four years.", "ci_cd", True),
    ("I set up Jenkins for the team", "ci_cd", True),
    ("ran celery workers on the side", "message_queue", True),
    ("维护 Jenkins 三年", "ci_cd", True),
    ("Mr Jenkins set up the meeting.", "ci_cd", False),
    ("We ran a thrift shop on weekends.", "grpc", False),
]


@pytest.mark.parametrize(("text", "skill", "named"), RIGHT_BEFORE)
def test_a_word_of_using_right_before_says_the_tool(kb: Knowledge, text: str, skill: str, named: bool) -> None:
    assert (skill in skills(kb, text)) is named


NAMED = [  # a tool's name as Chinese prose writes it, or with two capitals; the everyday word with more English
    ("新来的人不熟 Git 的时候都找我。", "git", True),
    ("业余会关注 MoE 的最新动态。", "moe", True),
    ("Moe is my uncle's nickname.", "moe", False),
    ("CoT 挺有意思", "reasoning_cot", True),
    ("朋友的 birthday bash 在酒吧办的。", "shell", False),
    ("我妈做的 celery 汤很好喝", "message_queue", False),
]


@pytest.mark.parametrize(("text", "skill", "named"), NAMED)
def test_a_name_in_chinese_prose_or_in_capitals_is_the_tool(kb: Knowledge, text: str, skill: str, named: bool) -> None:
    assert (skill in skills(kb, text)) is named


TO_ME = [  # a tool's name, capitalised, as the subject of one verb done to the writer: the tool that wore them out
    ("Tableau drives me nuts.", "bi_tools", True),
    ("Swift burned me out after three apps.", "swift", True),
    ("Puppet drove me crazy with its manifests.", "ansible", True),
    ("Swift action saved my job.", "swift", False),
    ("A swift reply made my day.", "swift", False),
    ("Moe is my uncle's nickname.", "moe", False),
    ("Carla told me about the offer.", "autonomous_driving", False),
    ("Gin got me drunk at the party.", "gin", False),
]


@pytest.mark.parametrize(("text", "skill", "named"), TO_ME)
def test_a_tool_that_does_something_to_the_writer_is_the_tool(
    kb: Knowledge, text: str, skill: str, named: bool
) -> None:
    assert (skill in skills(kb, text)) is named
