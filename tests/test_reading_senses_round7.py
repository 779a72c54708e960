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
    # mixed zh/en chat: the English word in its everyday sense inside a Chinese sentence
    ("这个故事 spark 了我的兴趣", "对 Spark 很感兴趣，想系统学一下", "spark"),
    ("机房的 airflow 不太好，老是过热", "用 Airflow 调度机器学习任务", "airflow"),
    ("谢谢你 swift 的回复", "用 Swift 开发 iOS，负责消息回复模块", "swift"),
    ("小时候最喜欢 Bert 和 Ernie", "用 BERT 和 ERNIE 做文本分类", "bert"),
    ("去 llama 农场玩了一天", "用 Llama 3 做领域微调", "llm_basics"),
    ("法国南部的 mistral 风很大", "部署了 Mistral 7B 做风控问答", "llm_basics"),
    ("我是 gemini，典型双子", "用 Gemini 做多模态评测", "llm_basics"),
    ("银行的 agent 帮我办了贷款", "为银行搭建了客服 agent", "agent_development"),
    ("在博客里 embedding 一条推特", "训练了 embedding 做语义检索", "embeddings"),
    ("那部电影真的 spark 了很多讨论", "用 Spark 做了讨论区的日志分析", "spark"),
    ("他的演讲 spark 起了大家的热情", "熟悉 Spark 了解 Flink", "spark"),
    ("收到你这么 swift 的 reply 太开心了", "Built the reply suggestions feature of the iOS app in Swift.", "swift"),
    ("给我的 Swift 车换了轮胎", "用 Swift 写了车载 App", "swift"),
    ("这几天 mistral 刮得厉害", "部署了 Mistral 7B", "llm_basics"),
    ("她是 gemini 座的，性格多变", "用 Gemini 做了性格测试 App 的对话", "llm_basics"),
    ("我妈的 python 皮包很贵", "用 Python 爬了淘宝的包包价格", "python"),
    ("朋友圈里 embedding 了一个视频", "训练了视频 embedding 做推荐", "embeddings"),
    ("变形金刚 Transformer 电影很好看", "基于 Transformer 做了电影推荐", "transformer"),
    ("Optimus Prime is the best Transformer.", "Trained a transformer for movie recommendations.", "transformer"),
    # brands, pets, trips and drinks that share a tool's name
    ("We watched Monty Python and laughed all night.", "Wrote the crawler in Python.", "python"),
    ("Une belle vue sur la mer depuis l'hôtel.", "Built dashboards in Vue and deployed on Azure.", "vue"),
    ("Azure skies over the Mediterranean.", "Migrated the blue-green deploys to Azure DevOps.", "azure"),
    ("I'm a Scorpio, my boyfriend is a Gemini.", "Compared Gemini with Claude on our eval set.", "llm_basics"),
    ("We went to a Java jazz festival.", "Wrote the ticketing service in Java.", "java"),
    ("I've never seen a real llama.", "Fine-tuned a Llama model on real customer chats.", "llm_basics"),
    (
        "I'm hoping to spark some interest in the book club.",
        "I have some interest in Spark and want to learn it.",
        "spark",
    ),
    ("I don't drink java, only tea.", "Built the drinks-ordering backend in Java.", "java"),
    ("讨厌车上的 rust", "用 Rust 写了车载系统的通信模块", "rust"),
    ("我们去 Java 岛度蜜月了", "用 Java 写了订单系统", "java"),
    ("下午去 Starbucks 喝 java", "熟悉 Java 并发编程", "java"),
    ("Crocodile and python skin handbags are banned.", "Automated the reports with Python.", "python"),
    ("周末带娃去动物园看 panda 和 python", "用 Python 统计了动物园里几只老虎的体重", "python"),
    ("Our dog's name is Python.", "Our services are written in Python.", "python"),
    ("Spark 是我家狗的名字", "用 Spark 处理日志", "spark"),
    ("Bought a new Spark scooter for the commute.", "Moved the batch jobs to Spark on YARN.", "spark"),
    ("我的 spark 耳机坏了", "用 Spark SQL 做了报表", "spark"),
    ("Our cat Pandas loves boxes.", "Reshaped the frames with pandas.", "pandas"),
    ("The mass airflow sensor on the car is broken.", "Backfilled the DAGs in Airflow.", "airflow"),
    ("The Docker pants are on sale this week.", "Built slim Docker images for the API.", "docker"),
    ("我的车是 Swift 运动版", "用 Swift 写了 iOS 小组件", "swift"),
    (
        "Swift Transportation hired me as a truck driver.",
        "Wrote the trucking company's dispatch app in Swift.",
        "swift",
    ),
    ("Rust-colored sweater on sale.", "Rewrote the hot path in Rust; the colour palette tool too.", "rust"),
    ("Jenkins County school district teacher.", "Cook County IT: kept the Jenkins builds green.", "ci_cd"),
    ("The chef used a torch to sear the salmon.", "Trained the recipe recommender in torch for a chef app.", "pytorch"),
]


@pytest.mark.parametrize(("other", "means", "skill"), PAIRS, ids=[f"{p[2]}:{i}" for i, p in enumerate(PAIRS)])
def test_the_other_sense_is_no_skill_and_the_near_case_is(kb: Knowledge, other: str, means: str, skill: str) -> None:
    assert skill not in skills(kb, other), other
    assert skill in skills(kb, means), means


NEXT_DOOR = [  # the sentence before sets the sense of "the python", "a transformer", "那条 python"
    ("We spent Sunday at the zoo. The python was enormous and the kids loved it.", "python", False),
    ("I work at a substation. Yesterday a transformer blew up.", "transformer", False),
    ("昨天去了动物园。那条 python 好大。", "python", False),
    # near cases: no article before the tool, a skill in the sentence next door, or another line
    ("We spent Sunday at the zoo. Then I wrote Python all evening.", "python", True),
    ("周末去了动物园。回来写了一晚上 Python。", "python", True),
    ("I work at a substation. I use Python to analyse the meter data.", "python", True),
    ("Grid operator, 12 substations.\nTrained a transformer on the fault logs.", "transformer", True),
    ("We maintain substations with Kubernetes-based tools. The transformer model flags faults.", "transformer", True),
]


@pytest.mark.parametrize(("text", "skill", "named"), NEXT_DOOR)
def test_a_lone_thing_reads_its_sense_from_the_sentence_before(
    kb: Knowledge, text: str, skill: str, named: bool
) -> None:
    assert (skill in skills(kb, text)) is named
