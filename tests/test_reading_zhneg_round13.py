"""The thirteenth cue round: Chinese and mixed negation, negated lists and limiters (issue 13). A rhetorical
question that denies a lack is a claim ("哪有不会 SQL 的后端"); not one's speciality is a lowered level, not a lack
("不是专门搞 CUDA 的，但写过几个 kernel"); a rough idea, not written for a long while, tried only locally are
limits ("原理大概知道", "Go 好久没写了", "本地玩过"); a lack of production use only, beside such a limit, is a
lowered level ("Redis 没有生产经验，只在本地玩过"); a limit that is the whole of its clause reads back to the
skill the clause before opens with ("Python 写过些 small scripts, 谈不上精通"); a wish with a time and a verb of
learning reads back to the lack before it ("还没上手，打算下个月开始学"); examples after a lack that ends its clause
are lacked ("别的都不会，比如 Go 和 Rust"); "一点没用过", "不在我的技术栈里", "还没 get started", "一点 idea 都没有" are
lacks; "只是听同事说过" is only hearsay, a lack; a wish or an interest after a lack reads back up to a contrast ("想学但
没时间", "不过挺感兴趣的"). Each beside what must stay as it was. None of these sentences is taken from
benchmarks/data."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_status import ev, status


def check(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    for skill, place in expected.items():
        assert got.get(skill) == place, (text, got)


READ_NOW = [
    # a rhetorical question that denies a lack: everyone has it
    ("哪有不会 Linux 的运维，天天敲命令。", {"linux": "has"}),
    ("谁不会 Git 啊，这不是基本功吗。", {"git": "has"}),
    ("哪有不用 Docker 的 team。", {"docker": "has"}),
    # a double negation: none without it, not that one does not know it
    ("没有一个服务不用 Docker 部署。", {"docker": "has"}),
    ("没有哪天不写 SQL。", {"sql": "has"}),
    ("并非不懂 Kafka，只是用得少。", {"kafka": "has"}),
    # not one's speciality, but done
    ("我不是专门搞 Flink 的，不过写过几个实时任务。", {"flink": "has"}),
    # a wish with a time and a verb of learning, after a lack
    ("Kubernetes 还没入门，准备明年系统地学。", {"kubernetes": "wants"}),
    ("Rust 暂时不会，打算有空再学一下。", {"rust": "wants"}),
    ("Scala 没写过，plan 明年学。", {"scala": "wants"}),
    # examples after a lack that ends its clause
    ("除了 Java，其他语言都不会，比如 Kotlin 和 Scala。", {"java": "has", "kotlin": "lacks", "scala": "lacks"}),
    ("别的框架都没用过, like Flask and Django。", {"flask": "lacks", "django": "lacks"}),
    # an exception said after what it keeps apart
    ("Kotlin 以外的语言都没写过。", {"kotlin": "has"}),
    # a lack of production use only, beside a limit of the same skill
    ("MongoDB 没有线上经验，只在本地玩过。", {"mongodb": "has"}),
    ("ClickHouse 没在生产环境跑过，搭过一个单机版。", {"clickhouse": "has"}),
    ("Elasticsearch 只在本地跑过, 没 production 经验。", {"elasticsearch": "has"}),
    # not a bit before its verb is a lack, not a limit of "a little"; not in one's stack; never operated
    ("Spark 我是一点没碰过。", {"spark": "lacks"}),
    ("Scala 不在我的技术栈里。", {"scala": "lacks"}),
    ("Helm 没实际操作过。", {"helm": "lacks"}),
    # mixed speech: not started, a weakness, no idea at all, zero experience
    ("Kotlin 还没 get started。", {"kotlin": "lacks"}),
    ("Flink 是我的 weakness。", {"flink": "lacks"}),
    ("Triton 一点 idea 都没有。", {"triton_lang": "lacks"}),
    ("Scala 目前 0 经验。", {"scala": "lacks"}),
    # only heard from someone: a lack, as 只听说过 reads (no lowered level)
    ("Airflow 只是听同事说过。", {"airflow": "lacks"}),
    ("ClickHouse 只听朋友提过。", {"clickhouse": "lacks"}),
    # a wish or an interest after a lack, up to a contrast
    ("Kotlin 不会，想学但一直没时间。", {"kotlin": "wants"}),
    ("Flink 完全没碰过，不过挺感兴趣的。", {"flink": "wants"}),
    ("没写过 Rust，对它挺好奇的。", {"rust": "wants"}),
]


STAYS = [
    # a lack stays a lack: no rhetorical question, no limit beside a lack of production use
    ("我不会 Linux，运维的事都交给同事。", {"linux": "lacks"}),
    ("我没有一次用过 Kafka。", {"kafka": "lacks"}),
    ("项目里一个 Kafka 都没用。", {"kafka": "lacks"}),
    ("Flink 我不会，也不打算学。", {"flink": "lacks"}),
    ("MongoDB、Redis 都没在生产用过。", {"mongodb": "lacks", "redis": "lacks"}),
    ("没有生产环境的 Kafka 经验。", {"kafka": "lacks"}),
    ("Kafka 没有生产经验，只会 RabbitMQ。", {"kafka": "lacks"}),
    ("Java 当年写过，现在早就生疏了。", {"java": "lacks"}),
    # a wish that names its own object wants that, the lack stays a lack
    ("没用过 Spark，打算下个月开始学 Flink。", {"spark": "lacks", "flink": "wants"}),
    # a list of examples after a claim is had; a lack with its own object does not reach the examples
    ("我会好几门语言，比如 Go 和 Rust。", {"golang": "has", "rust": "has"}),
    ("Rust 不会，比如 Go 就很熟。", {"rust": "lacks", "golang": "has"}),
    # a lack after the wish, a wish denied, a wish for another skill
    ("Rust is on my wishlist but I have never written it.", {"rust": "lacks"}),
    ("Kotlin 不会，也不感兴趣。", {"kotlin": "lacks"}),
    ("没用过 Kafka，想学 Flink 但没时间。", {"kafka": "lacks", "flink": "wants"}),
    # heard from someone with no limit stays heard
    ("Airflow 听同事说过。", {"airflow": "heard"}),
    # a little is still a limit
    ("Spark 会一点。", {"spark": "has"}),
    # not mastered stays a lack, as it always read
    ("精通 Java，Go 不精通。", {"java": "has", "golang": "lacks"}),
    # a claim stays a claim
    ("Linux 天天用，Git 也熟。", {"linux": "has", "git": "has"}),
    ("不仅会 Flink，还会 Spark。", {"flink": "has", "spark": "has"}),
]


@pytest.mark.parametrize(("text", "expected"), READ_NOW)
def test_what_the_round_reads_now(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    check(kb, text, expected)


@pytest.mark.parametrize(("text", "expected"), STAYS)
def test_what_stays_as_it_was(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    check(kb, text, expected)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("我不是专门搞 Flink 的，不过写过几个实时任务。", "flink"),
        ("注意力机制的原理大致了解。", "attention"),
        ("Go 好久没写了。", "golang"),
        ("Kotlin 很久没用了。", "kotlin"),
        ("MongoDB 没有线上经验，只在本地玩过。", "mongodb"),
        ("Java 写过点小工具，谈不上精通。", "java"),
        ("Java 写过些 small tools, 谈不上精通。", "java"),
        ("TensorFlow 只用来跑过别人的代码。", "tensorflow"),
        ("Linux 基本命令会用。", "linux"),
    ],
)
def test_a_limit_lowers_the_level(kb: Knowledge, text: str, skill: str) -> None:
    e = ev(kb, text)
    assert skill in e.skills and e.skills[skill].level == "basic", (text, status(kb, text))


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("熟悉 Java，谈不上精通但日常开发够用。", "java"),
        ("Java 写了八年，主导过几个大项目。", "java"),
        ("Go 写了三年，只是最近转了 Rust。", "golang"),
    ],
)
def test_a_level_with_no_limit_of_its_own_stays(kb: Knowledge, text: str, skill: str) -> None:
    e = ev(kb, text)
    assert skill in e.skills and e.skills[skill].level != "basic", (text, e.skills[skill].level)
