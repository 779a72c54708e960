"""The tenth cue round, Chinese and mixed speech as people post it (知乎, V2EX, 脉脉, 牛客, 微信群): a dislike of what
one has done and is worn out by (numb from it, weary of it, hurt or tormented by it, going mad, an English word of
fatigue in a Chinese clause: "SQL 写麻了", "被 Spring 折磨了三年", "Java 写得有点 tired 了"); an interest kept in one's
own time or seen from outside ("最近在关注 RAG", "业余时间在研究扩散模型", "MLIR 看着挺有意思"); and a level said after
the skill, which applies back to it and never forward ("PyTorch 用得还行", "C++ 一般", "k8s just so so"). No wish to
learn what one never had ("不想学 Rust") is a lack, as "Rust 不会，不想学" is. Each beside the sentences it must leave
alone. None of these sentences is taken from benchmarks/data/reading_*.yaml."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_status import ev, status


def places(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    for skill, place in expected.items():
        assert got.get(skill) == place, (text, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # numb, weary, worn out, hurt, tormented, going mad
        ("SQL 写麻了", {"sql": "dislikes"}),
        ("每天维护 Jenkins 流水线，已经麻了", {"ci_cd": "dislikes"}),
        ("搞了三年 Flink，有点倦了", {"flink": "dislikes"}),
        ("Java 后端写得太久，有点厌倦", {"java": "dislikes"}),
        ("对 Hadoop 有点厌了", {"hadoop": "dislikes"}),
        ("对 React 已经审美疲劳了", {"react": "dislikes"}),
        ("做 ETL 做得很疲惫", {"etl": "dislikes"}),
        ("PyTorch 调 bug 调得心力交瘁", {"pytorch": "dislikes"}),
        ("Docker 这套我是玩累了", {"docker": "dislikes"}),
        ("Oracle 存储过程写伤了", {"oracle_db": "dislikes"}),
        ("被 Spring Boot 折磨了三年", {"spring": "dislikes"}),
        ("再写 Spark 我就要疯了", {"spark": "dislikes"}),
        ("Jenkins 这玩意儿越用越烦", {"ci_cd": "dislikes"}),
        ("Docker 镜像打到吐", {"docker": "dislikes"}),
        ("C++ 内存问题查到崩溃", {"cpp": "dislikes"}),
        ("Flink 作业调优搞得我焦头烂额", {"flink": "dislikes"}),
        ("TensorFlow 1.x 简直反人类", {"tensorflow": "dislikes"}),
        ("对 PHP 没什么好感", {"php": "dislikes"}),
        ("我对 MATLAB 没啥感情", {"matlab": "dislikes"}),
        ("写 Python 脚本写得没意思了", {"python": "dislikes"}),
        # an English word of fatigue in a Chinese clause
        ("Java 写得有点 tired 了", {"java": "dislikes"}),
        ("对 Kafka 有点 PTSD", {"kafka": "dislikes"}),
        ("SQL 我已经写到 fed up 了", {"sql": "dislikes"}),
        ("SQL 写得我 mentally exhausted", {"sql": "dislikes"}),
        # left alone: experience built up (积累了), a tool that ended a torment, no fatigue at all, a liking of
        # what is done
        ("积累了丰富的 Kafka 经验", {"kafka": "has"}),
        ("基于 Spring Boot 搭建了审批系统，解决了折磨业务方很久的问题", {"spring": "has"}),
        ("Java 写了五年，一点也不腻", {"java": "has"}),
        ("写 Python 很有意思", {"python": "has"}),
        ("对 PHP 挺有好感的", {"php": "wants"}),
    ],
)
def test_what_the_writer_is_worn_out_by_is_disliked(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    places(kb, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no wish to learn what one never had is a lack; being tired of what one did is a dislike
        ("不想学 Rust", {"rust": "lacks"}),
        ("懒得学 Scala", {"scala": "lacks"}),
        ("Java 写了三年，不打算学 Go", {"java": "has", "golang": "lacks"}),
        ("Java 写腻了，不想再写", {"java": "dislikes"}),
        ("想学 Rust", {"rust": "wants"}),
    ],
)
def test_no_wish_to_learn_is_a_lack_not_a_dislike(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    places(kb, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # following it lately, keeping an eye on it, drawn to it
        ("最近在关注 RAG 和向量数据库", {"rag": "wants", "vector_database": "wants"}),
        ("这阵子在关注 vLLM 的调度", {"vllm": "wants"}),
        ("有在留意 LangGraph 的进展", {"langgraph": "wants"}),
        ("对 JAX 有点心动", {"jax": "wants"}),
        ("一直心水 Rust", {"rust": "wants"}),
        ("MoE 这个方向我一直很上心", {"moe": "wants"}),
        ("一直对编译器比较感冒", {"compiler_principles": "wants"}),
        ("最近对 Flink 产生了兴趣", {"flink": "wants"}),
        ("分布式训练这块我一直在追", {"distributed_training": "wants"}),
        # in one's own time, reading or studying
        ("业余时间在研究扩散模型", {"diffusion_models": "wants"}),
        ("私下一直在研究 RLHF", {"rlhf": "wants"}),
        ("闲下来会看看 CUDA 的资料", {"cuda": "wants"}),
        ("下班后会翻翻 SGLang 的文档", {"sglang": "wants"}),
        ("有在看 SGLang 的源码", {"sglang": "wants"}),
        ("最近在啃 RLHF 的论文", {"rlhf": "wants"}),
        ("有空会研究一下 CUDA 编程", {"cuda": "wants"}),
        # seen from outside: interesting, fun; a chance sought
        ("MLIR 看着挺有意思的", {"mlir": "wants"}),
        ("WebGPU 感觉很好玩", {"computer_graphics": "wants"}),
        ("Rust 好像挺有意思，想找机会试试", {"rust": "wants"}),
        ("一直想找机会接触 Flink", {"flink": "wants"}),
        # left alone: spare-time work that is done, a duty to watch a system, a posting's duty, a goal pursued,
        # a colleague's view ("好像" alone is hearsay)
        ("业余时间用 Go 写了个博客系统", {"golang": "has"}),
        ("研究了半年 LangChain，做了个 demo", {"langchain": "has"}),
        ("负责关注 Kafka 集群的消息积压，做了告警", {"kafka": "has"}),
        ("持续关注 Agent 和 RAG 前沿技术，熟悉 Python", {"rag": "has", "python": "has"}),
        ("一直在追求用 Rust 写出更快的服务", {"rust": "has"}),
    ],
)
def test_interest_kept_in_ones_own_time_is_a_want(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    places(kb, text, expected)


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        # a level said after the skill, one per item of a line
        ("Python 熟，C++ 一般", {"python": "proficient", "cpp": "basic"}),
        ("PyTorch 用得还行", {"pytorch": "proficient"}),
        ("Python 还行，Java 一般", {"python": "proficient", "java": "basic"}),
        ("SQL 熟，Spark 凑合", {"sql": "proficient", "spark": "basic"}),
        ("Python 写得比较溜", {"python": "proficient"}),
        ("TypeScript 写得很顺手", {"typescript": "proficient"}),
        ("Linux 门儿清", {"linux": "proficient"}),
        ("Python 中等水平", {"python": "proficient"}),
        ("Java 骨灰级玩家", {"java": "expert"}),
        ("Java expert 级别", {"java": "expert"}),
        ("SQL 一般般", {"sql": "basic"}),
        ("Docker 会用，K8s 不熟", {"docker": "basic"}),
        ("Kafka 能用起来", {"kafka": "basic"}),
        ("Redis 基本够用", {"redis": "basic"}),
        ("docker 基本 ok", {"docker": "basic"}),
        ("k8s just so so", {"kubernetes": "basic"}),
        ("Rust beginner level", {"rust": "basic"}),
        ("Golang 还在摸索", {"golang": "basic"}),
        ("Rust 写得不太好", {"rust": "basic"}),
        # said of the item itself, over a level carried from before it
        ("精通 C++，Python 一般般", {"cpp": "expert", "python": "basic"}),
        ("熟悉 PyTorch，TensorFlow 一般", {"pytorch": "proficient", "tensorflow": "basic"}),
        ("SQL pretty solid，Spark 一般", {"sql": "proficient", "spark": "basic"}),
        # never forward: "usually", a mature design, a word in the middle of a clause
        ("Python 一般用来写脚本", {"python": "mentioned"}),
        ("一般用 Go 写服务", {"golang": "mentioned"}),
        ("Kafka 成熟的消息方案", {"kafka": "mentioned"}),
        ("还可以用 Redis 做缓存", {"redis": "mentioned"}),
    ],
)
def test_a_level_said_after_the_skill_applies_back_only(kb: Knowledge, text: str, levels: dict[str, str]) -> None:
    e = ev(kb, text)
    assert {sid: e.skills[sid].level for sid in levels} == levels, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "不熟", "不太熟", "生疏" stay lacks (negation.after), beside the level of the item before them
        ("Docker 会用，K8s 不熟", {"docker": "has", "kubernetes": "lacks"}),
        ("Redis 不太熟", {"redis": "lacks"}),
        ("K8s 还比较生疏", {"kubernetes": "lacks"}),
        # "一般般" is a level now, no dislike
        ("SQL 一般般", {"sql": "has"}),
    ],
)
def test_not_fluent_stays_a_lack_and_so_so_is_had(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    places(kb, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # second pass: a head grown big, eyes blurred, a mood blown up, nothing felt for it, the worst years
        ("Hive 跑数跑得我头都大了", {"hive": "dislikes"}),
        ("C++ 编译报错看得我眼花", {"cpp": "dislikes"}),
        ("MySQL 分库分表搞到心态爆炸", {"mysql": "dislikes"}),
        ("单测写得我快吐了", {"unit_testing": "dislikes"}),
        ("Spark 调优折腾得我够呛", {"spark": "dislikes"}),
        ("对 PHP 真的无感", {"php": "dislikes"}),
        ("Redis 运维干得我很 down", {"redis": "dislikes"}),
        ("Hadoop 运维是我职业生涯最痛苦的两年", {"hadoop": "dislikes"}),
        # interest: a pleasure in it, drawn to it, watched quietly, a bet on it, where one's interest lies
        ("对向量数据库很有兴致", {"vector_database": "wants"}),
        ("最近被 vLLM 吸引了", {"vllm": "wants"}),
        ("一直在默默关注 SGLang", {"sglang": "wants"}),
        ("LangGraph 我觉得很有前景，想深入", {"langgraph": "wants"}),
        ("个人兴趣在多模态大模型", {"multimodal_llm": "wants"}),
        ("工作之余在学 Kubernetes", {"kubernetes": "wants"}),
        # an interest whose next clause counts work done is had; one whose next clause names another skill's work,
        # or denies the work, stays a want
        ("对知识蒸馏很感兴趣，做过一个小实验", {"knowledge_distillation": "has"}),
        ("对 RAG 很感兴趣，做了个 demo", {"rag": "has"}),
        ("对知识蒸馏很感兴趣，没做过", {"knowledge_distillation": "wants"}),
        ("对 RAG 很感兴趣，已经用 Go 写了两个服务", {"rag": "wants", "golang": "has"}),
    ],
)
def test_second_pass(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    places(kb, text, expected)


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("Python 很熟，Go 刚上手", {"python": "proficient", "golang": "basic"}),
        ("Docker still learning", {"docker": "basic"}),
        ("Python 比较 skilled", {"python": "proficient"}),
        ("SQL 闭眼写", {"sql": "proficient"}),
        ("Kafka 是我的强项", {"kafka": "proficient"}),
        ("Python fluent，Java 还 ok", {"python": "proficient", "java": "proficient"}),
        # not a level: a strong project (强项目), a thing that works (能用)
        ("熟悉 Kafka 者优先，具备某一领域技术栈强项目", {"kafka": "proficient"}),
        ("Kafka 能用", {"kafka": "mentioned"}),
    ],
)
def test_second_pass_levels(kb: Knowledge, text: str, levels: dict[str, str]) -> None:
    e = ev(kb, text)
    assert {sid: e.skills[sid].level for sid in levels} == levels, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # mixed speech: no passion left, numb, done with it, meh; to tears, a drag, a grind
        ("对 Java 已经没 passion 了", {"java": "dislikes"}),
        ("写 SQL 写到 numb", {"sql": "dislikes"}),
        ("CSS 调得我 so done", {"html_css": "dislikes"}),
        ("Vue 写得有点 meh", {"vue": "dislikes"}),
        ("MATLAB 用到想哭", {"matlab": "dislikes"}),
        ("Flink 运维太折腾了", {"flink": "dislikes"}),
        ("数据标注这活儿太熬人", {"data_annotation": "dislikes"}),
        ("MATLAB 想学", {"matlab": "wants"}),
        ("没少折腾 Flink 运维", {"flink": "has"}),
        # a seamless switch no one notices is no lack of feeling; the worst experience is
        ("实现 Kafka 集群无感知扩容", {"kafka": "has"}),
        ("Hadoop 运维是我最痛苦的经历", {"hadoop": "dislikes"}),
        ("工作之余维护一个 Go 开源项目", {"golang": "has"}),
        # exploring it, keeping an eye on it, following it, finding it fancy
        ("最近在 explore vLLM", {"vllm": "wants"}),
        ("一直在 keep an eye on SGLang", {"sglang": "wants"}),
        ("平时会 follow 一下 LangGraph 的更新", {"langgraph": "wants"}),
        ("MoE 感觉很 fancy，想学", {"moe": "wants"}),
    ],
)
def test_mixed_speech(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    places(kb, text, expected)


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("Python advanced，Go intermediate", {"python": "expert", "golang": "proficient"}),
        ("Python 算 expert", {"python": "expert"}),
        ("Java 很 6", {"java": "proficient"}),
        ("Docker 玩得比较 6", {"docker": "proficient"}),
        ("TypeScript 写得 OK", {"typescript": "proficient"}),
        ("Linux 熟得很", {"linux": "proficient"}),
        ("Spark 会但不精", {"spark": "basic"}),
        # an English word said after the skill applies only where the clause ends: "advanced features" is no level,
        # nor a number of years
        ("Python advanced features like decorators", {"python": "mentioned"}),
        ("Java 很 6 年了", {"java": "mentioned"}),
        # said of how the thing works, not of the writer: another noun between ("RAG 效果一般")
        ("RAG 效果一般", {"rag": "mentioned"}),
        ("Skills: CUDA (basic), Rust (advanced)", {"cuda": "basic", "rust": "expert"}),
        ("C++ 能写但写不好", {"cpp": "basic"}),
    ],
)
def test_mixed_speech_levels(kb: Knowledge, text: str, levels: dict[str, str]) -> None:
    e = ev(kb, text)
    assert {sid: e.skills[sid].level for sid in levels} == levels, text
