"""Round limsense17: limiters and word senses (issue 13). A limit lowers the level: years untouched
("Kafka 好几年没碰了"), a tutorial followed to the letter ("照着官方文档搭过一次"), a toy ("写过一些玩具程序"),
still a newcomer ("还是个新手": some use so far, where "我是新手" and 小白 stay a lack), the concepts only
("基本概念懂"; not 基本概念 alone, which a posting asks for), getting around, a tutorial's level, little hands-on
time, back in school; a run of limits after a comma is one limit of the topic before it ("Vue, only at a tutorial
level"). "intermediate" and "expert-level" rate the skill after them too ("Intermediate Go"), not a word after a
skill that does not end its clause ("Python advanced features"). Angular counts beside a word of using or learning
it. Names a tool also has stay people beside the words of a writer's family, colleagues at lunch or in the team
(the family ``people``); a ship's helm, popcorn kernels, rust on an old car, a brainstorm's spark and a retail bank
are not the tools. Each beside what must stay as it was.
None of these sentences is taken from benchmarks/data."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_status import place_and_level as read

CHANGED = [
    # years untouched: had once, a lowered level, not a lack
    ("Kafka 好几年没碰了。", "kafka", "has/basic"),
    ("Scala 多年没碰，写起来很慢。", "scala", "has/basic"),
    # a tutorial followed to the letter, a toy
    ("Flask 照着官方文档搭过一个接口。", "flask", "has/basic"),
    ("React 跟着视频做过一个页面。", "react", "has/basic"),
    ("Rust 写过一些玩具程序。", "rust", "has/basic"),
    ("I wrote a few toy parsers in Rust.", "rust", "has/basic"),
    # still a newcomer, with some use so far
    ("Kotlin 我还是个新手。", "kotlin", "has/basic"),
    ("Terraform 还是 beginner。", "terraform", "has/basic"),
    # the concepts only
    ("Kafka 懂基本概念，没调过优。", "kafka", "has/basic"),
    ("Spark 懂 concepts，没写过 job。", "spark", "has/basic"),
    # getting around, a tutorial's level, little hands-on time, back in school
    ("I can get around in Bash.", "shell", "has/basic"),
    ("Limited hands-on work with Terraform so far.", "terraform", "has/basic"),
    ("I used R back in college for a statistics class.", "r_lang", "has/basic"),
    ("React: tutorial level.", "react", "has/basic"),
    # a run of limits after a comma: one limit of the topic before it
    ("Docker, only at a hobby level.", "docker", "has/basic"),
    ("Scala, but only a little.", "scala", "has/basic"),
    # a rating before the skill
    ("Intermediate Go, some Rust.", "golang", "has/proficient"),
    ("Expert-level PostgreSQL tuning.", "postgresql", "has/expert"),
    ("Go 中级，Python 是 expert level。", "python", "has/expert"),
    # Angular beside a word of using it
    ("Angular 以前用过。", "angular", "has/basic"),
    ("I used Angular on an internal tool.", "angular", "has/mentioned"),
    # mixed speech and English: dabbling, just knowing, a proof of concept only, a shallow use, a hobbyist, just started
    ("Scala 只 dabble 过。", "scala", "has/basic"),
    ("Kafka just 会 produce 和 consume。", "kafka", "has/basic"),
    ("Flink 只做过一个 POC。", "flink", "has/basic"),
    ("Terraform 用得比较 shallow。", "terraform", "has/basic"),
    ("Hobbyist in Kotlin.", "kotlin", "has/basic"),
    ("I'm just getting started with Kafka.", "kafka", "has/basic"),
    # a small amount of knowledge, a rating word right before the skill or said of it after
    ("Some knowledge of Hive.", "hive", "has/basic"),
    ("Limited knowledge of Kubernetes.", "kubernetes", "has/basic"),
    ("I'm still learning Kotlin.", "kotlin", "has/basic"),
    ("Basic Kotlin and Swift.", "swift", "has/basic"),
    ("Decent Java.", "java", "has/proficient"),
    ("My Scala is pretty basic.", "scala", "has/basic"),
    # only done once this way (只 with a verb of doing and 过), little written, just picked up, a limited experience
    ("Jenkins 只搭过一条流水线。", "ci_cd", "has/basic"),
    ("Helm 只改过几个 values。", "helm", "has/basic"),
    ("Rust 写得不太多。", "rust", "has/basic"),
    ("Kotlin 刚 pick up。", "kotlin", "has/basic"),
    ("Spark 的 experience 比较 limited。", "spark", "has/basic"),
    # a short stint, a door just entered, a rough idea
    ("I briefly used Terraform at my last job.", "terraform", "has/basic"),
    ("Flink 算是入了个门。", "flink", "has/basic"),
    ("Helm 会个大概。", "helm", "has/basic"),
]

STAYS = [
    # a lack stays a lack; 我是新手 and 完全是新手 stay a lack
    ("Kafka 没碰过。", "kafka", "negated"),
    ("Kotlin 我是新手。", "kotlin", "negated"),
    ("Kotlin 完全是新手。", "kotlin", "negated"),
    # 基本概念 alone is what a posting asks for, no limit; 熟悉 keeps its level
    ("熟悉 Kafka 基本概念和使用场景。", "kafka", "has/proficient"),
    # a level that ends no clause after a skill rates nothing; a run of limits needs its comma-topic
    ("Python advanced features like decorators.", "python", "has/mentioned"),
    ("Docker in production for years.", "docker", "has/mentioned"),
    ("Scala, Spark and Kafka at work.", "scala", "has/mentioned"),
    # a plain level word before a skill
    ("Proficient in Go.", "golang", "has/proficient"),
    # the wish to pick it up stays a wish
    ("想 pick up Kotlin。", "kotlin", "interests"),
    # an instruction to be brief; a long use that opened years ago
    ("Briefly describe your experience with Python.", "python", "has/mentioned"),
    ("I started writing Go five years ago and now lead the platform team.", "golang", "has/mentioned"),
    # a language named Basic, more than the basics: no level word
    ("Languages: Visual Basic 6.0, C++.", "cpp", "has/mentioned"),
    ("You've gone beyond basic data annotation.", "data_annotation", "has/mentioned"),
    # a rating word before another word: no cue of its own, the limit after it still reads back ("basic queries only")
    ("SQL: basic queries only.", "sql", "has/basic"),
    ("Advanced degree in machine learning.", "machine_learning", "has/mentioned"),
    ("Shallow copies in Python.", "python", "has/mentioned"),
]


@pytest.mark.parametrize(("text", "skill", "expected"), CHANGED)
def test_limits_and_ratings_set_the_level(kb: Knowledge, text: str, skill: str, expected: str) -> None:
    assert read(kb, text, skill) == expected


@pytest.mark.parametrize(("text", "skill", "expected"), STAYS)
def test_what_is_no_limit_leaves_the_reading_alone(kb: Knowledge, text: str, skill: str, expected: str) -> None:
    assert read(kb, text, skill) == expected


OTHER_SENSE = [
    # people by a name a tool also has
    ("我们组的 Ray 下午请假了。", "ray"),
    ("我老婆英文名叫 Julia。", "julia"),
    ("我女儿叫 Ruby，今年三岁。", "ruby"),
    ("隔壁组的 Doris 组织了聚餐。", "olap_engines"),
    ("Jenkins from sales organises the team lunch.", "ci_cd"),
    ("朋友在银行上班，女朋友也是。", "finance_domain"),
    ("昨天银行卡密码忘了，输错好几次。", "finance_domain"),
    # a ship's helm, popcorn kernels, rust on an old car, a brainstorm's spark, a retail bank
    ("The captain took the helm in the storm.", "helm"),
    ("船长握着 Helm 开船出港。", "helm"),
    ("爆米花里有好多没爆开的 kernels。", "operator_development"),
    ("车库里的旧车满是 rust，得重新喷漆。", "rust"),
    ("头脑风暴时大家碰撞出很多 spark。", "spark"),
    ("I opened an account at a retail bank.", "ecommerce_domain"),
    # the season, the animal, a room's air, a fire's spark, a colleague leaving, in Chinese prose
    ("去年 Spring 雨水特别多。", "spring"),
    ("山里的 Pandas 正在吃竹子。", "pandas"),
    ("客厅的 Airflow 很差，夏天很闷。", "airflow"),
    ("一根火柴的 Spark 点燃了干草堆。", "spark"),
    ("我们部门的 Ray 上个月离职了。", "ray"),
    ("His talk lit a spark in all of us.", "spark"),
    # a built-in appliance or cupboard, a parcel tracked, a child's colouring
    ("客厅做了嵌入式书柜。", "embedded_systems"),
    ("新家买了嵌入式蒸烤箱。", "embedded_systems"),
    ("淘宝的快递追踪一直没更新。", "ecommerce_domain"),
    ("老师让小朋友给图片标注颜色。", "data_annotation"),
    # English words in Chinese prose: a singer's album, a damp bathroom, tea in a flask, a day out with the kids, a
    # power plant's transformer, a rusty car, a reader of Kafka, a dog's name, a coffee order, an idea called spark
    ("Swift 的新歌很好听。", "swift"),
    ("浴室的 airflow 太差，墙都发霉了。", "airflow"),
    ("带了个 flask 装茶去爬山。", "flask"),
    ("周末带娃去看 pandas。", "pandas"),
    ("电厂的 transformer 今晚检修。", "transformer"),
    ("老车的底盘锈穿了，全是 rust。", "rust"),
    ("我是 Kafka 的忠实读者。", "kafka"),
    ("我家养的狗叫 Docker。", "docker"),
    ("在星巴克点了杯 Java Chip 星冰乐。", "java"),
    ("同事说这个方案很 spark。", "spark"),
    # a word of doing before it, but nothing of software after it
    ("化学课用 Flask 装试剂。", "flask"),
    # in a list of skills, the avoid words tell two tools apart: Hadoop's YARN, not the package manager
    ("精通 Yarn、Spark、Flink 的调度原理。", "frontend_engineering"),
]

SKILL_SENSE = [
    ("我们组用 Ray 跑分布式训练。", "ray"),
    ("用 Julia 写数值计算程序。", "julia"),
    ("用 Ruby on Rails 写过电商后台。", "ruby"),
    ("用 Doris 搭实时数仓。", "olap_engines"),
    ("Set up Jenkins pipelines for the team.", "ci_cd"),
    ("在银行做了三年信贷风控。", "finance_domain"),
    ("Packaged the services as Helm charts for Kubernetes.", "helm"),
    ("用 helm 部署到 K8s 集群。", "helm"),
    ("Wrote custom kernels for the NPU.", "operator_development"),
    ("用 Rust 重写了日志服务。", "rust"),
    ("用 Spark 做离线数据处理。", "spark"),
    ("Built demand forecasting for a retail chain.", "ecommerce_domain"),
    ("今年春季用 Spring Boot 重写了网关。", "spring"),
    ("在家电公司做嵌入式，负责冰箱的主控板。", "embedded_systems"),
    ("在淘宝做搜索推荐三年。", "ecommerce_domain"),
    ("负责图片标注团队的质检。", "data_annotation"),
    ("在电厂用 Transformer 模型做故障诊断。", "transformer"),
    ("负责 Kafka 集群的检修和升级。", "kafka"),
    ("用 Docker 部署了宠物医院的预约系统。", "docker"),
    # the tool put to work (a word of doing right before it, a word of software after it in its clause), whatever
    # other-sense word stands near; in a list the avoid words still tell two tools apart
    ("一边喝咖啡一边用 Java 写代码。", "java"),
    ("用 pandas 整理了熊猫基地的游客数据。", "pandas"),
    ("用 Flask 给化学实验室写了个预约系统。", "flask"),
    ("精通 Yarn、Spark、Flink 的调度原理。", "hadoop"),
]


@pytest.mark.parametrize(("text", "skill"), OTHER_SENSE)
def test_the_other_sense_is_no_skill(kb: Knowledge, text: str, skill: str) -> None:
    assert read(kb, text, skill) == "none"


@pytest.mark.parametrize(("text", "skill"), SKILL_SENSE)
def test_the_tool_beside_its_words_stays(kb: Knowledge, text: str, skill: str) -> None:
    assert read(kb, text, skill).startswith("has/")
