"""Words that only look like skills (sense round 7): the way people write about their day, their
pets, their car and their classes in English and mixed zh/en — "spark their interest", a docker at the
port, a flask of coffee, a pet python, "Mongo is my dog", statistical inference, writing prompts in a
classroom, pig latin jokes, embedding a tweet.

The guards are data (``skills/*.yaml -> senses``); each case comes with a near one where the same word
is the skill beside its real context, and both are read. Sentences written for this round, from no
benchmark set."""

from __future__ import annotations

import pytest

from careermap.extract.evidence import extract
from careermap.ingest.document import from_text
from careermap.knowledge.loader import Knowledge


def skills(kb: Knowledge, text: str) -> set[str]:
    return {h.skill for h in extract(from_text(text, kb), kb).mentions()}


PAIRS = [  # (the other sense: not the skill, the skill's own sense: read, skill)
    ("We hope the workshop will spark their interest in science.", "Rewrote the nightly Spark jobs.", "spark"),
    ("The mechanic replaced the spark plugs on my car.", "Tuned Spark executors for the join-heavy jobs.", "spark"),
    ("Grandpa was a docker at the port of Liverpool.", "Exposed port 8080 from the Docker container.", "docker"),
    ("笔记本上贴了一个 Docker 鲸鱼贴纸", "用 Docker 打包并部署了推理服务", "docker"),
    ("He brought a flask of coffee on the hike.", "Served the ranking model behind a Flask API.", "flask"),
    ("Our python slithered out of its tank last night.", "Wrote the ETL scripts in Python.", "python"),
    ("我养了一只 python 当宠物", "用 Python 写了贪吃蛇小游戏", "python"),
    ("Python 蛇在动物园里很受欢迎", "Python 脚本自动化了报表生成", "python"),
    ("我老板 Jenkins 人挺好的", "用 Jenkins 搭建了 CI/CD 流水线", "ci_cd"),
    ("Coach Jenkins made us run laps.", "Moved the builds from Jenkins to GitHub Actions.", "ci_cd"),
    ("Kafka on the Shore by Murakami is my favourite book.", "Consumed order events from Kafka topics.", "kafka"),
    ("我的 swift 开了好几年了", "用 Swift 开发了 iOS 客户端", "swift"),
    ("The kids told jokes in pig latin all evening.", "Wrote Pig Latin scripts on the Hadoop cluster.", "hadoop"),
    (
        "Statistical inference and hypothesis testing were my favourite courses.",
        "Cut inference latency of the 13B model by 40%.",
        "llm_inference",
    ),
    ("统计推断课上学了假设检验。", "Optimised inference throughput on H100s.", "llm_inference"),
    ("Embedding a tweet in the blog post takes one line.", "Trained an embedding for product search.", "embeddings"),
    ("Mongo is my dog's name.", "Stored the user events in Mongo.", "mongodb"),
    (
        "As a teacher I used writing prompts to spark discussion in the classroom.",
        "Wrote and iterated LLM prompts for the support bot.",
        "prompt_engineering",
    ),
    (
        "Thanks for the prompt reply about the invoice, ChatGPT could not be faster.",
        "Tuned the system prompt of our ChatGPT-based support bot.",
        "prompt_engineering",
    ),
    # brands, pets, trips and drinks that share a tool's name
    ("我们去 Java 岛度蜜月了", "用 Java 写了订单系统", "java"),
    ("下午去 Starbucks 喝 java", "熟悉 Java 并发编程", "java"),
    ("Crocodile and python skin handbags are banned.", "Automated the reports with Python.", "python"),
    ("周末带娃去动物园看 panda 和 python", "用 Python 和 pandas 清洗数据", "python"),
    ("Our dog's name is Python.", "Our services are written in Python.", "python"),
    ("Spark 是我家狗的名字", "用 Spark 处理日志", "spark"),
    ("Bought a new Spark scooter for the commute.", "Moved the batch jobs to Spark on YARN.", "spark"),
    ("我的 spark 耳机坏了", "用 Spark SQL 做了报表", "spark"),
    ("Our cat Pandas loves boxes.", "Reshaped the frames with pandas.", "pandas"),
    ("The mass airflow sensor on the car is broken.", "Backfilled the DAGs in Airflow.", "airflow"),
    ("The Docker pants are on sale this week.", "Built slim Docker images for the API.", "docker"),
    ("我的车是 Swift 运动版", "用 Swift 写了 iOS 小组件", "swift"),
]


@pytest.mark.parametrize(("other", "means", "skill"), PAIRS, ids=[f"{p[2]}:{i}" for i, p in enumerate(PAIRS)])
def test_the_other_sense_is_no_skill_and_the_near_case_is(kb: Knowledge, other: str, means: str, skill: str) -> None:
    assert skill not in skills(kb, other), other
    assert skill in skills(kb, means), means
