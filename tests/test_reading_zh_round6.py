"""The sixth cue round, Chinese: negation idioms (门都没摸到, 还停留在听说, 一点经验都没有, 这块是零,
只会纸上谈兵), wishes to learn by a time or weighed (争取明年掌握, 纠结要不要学, 希望今年能掌握), a plan that
is a thing done (按照计划, 计划任务, 准备了), a job ad's ask as hearsay (招聘要求里写着) and being fed up by
doing it (用烦了, 一写…就烦, 最烦). Each beside the sentences it must leave alone. None of these sentences is
taken from benchmarks/data/reading_*.yaml."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_status import status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the door not yet found
        ("Kubernetes 门都没摸到。", {"kubernetes": "lacks"}),
        ("CUDA 我连门都没摸到。", {"cuda": "lacks"}),
        ("Flink 连门都还没摸到。", {"flink": "lacks"}),
        ("Kubernetes 我还没摸到门道。", {"kubernetes": "lacks"}),
        ("Docker 门都没摸到，Kubernetes 很熟。", {"docker": "lacks", "kubernetes": "has"}),
        # stuck at hearsay; a stage of use is a level, not a lack
        ("Spark 还停留在听说的阶段。", {"spark": "lacks"}),
        ("Spark 只停留在听说。", {"spark": "lacks"}),
        ("Kafka 还停留在听过名字的阶段。", {"kafka": "lacks"}),
        ("Redis 停留在会用的阶段。", {"redis": "has"}),
        # not one bit; a zero
        ("TensorRT 一点经验都没有。", {"tensorrt": "lacks"}),
        ("Kafka 一点基础都没有。", {"kafka": "lacks"}),
        ("Vue 一点经验也没有。", {"vue": "lacks"}),
        ("Kafka 一点经验都没有，但 RabbitMQ 很熟。", {"kafka": "lacks", "message_queue": "has"}),
        ("Kubernetes 这块是零。", {"kubernetes": "lacks"}),
        ("CUDA 这方面是零。", {"cuda": "lacks"}),
        ("DPDK 的核心是零拷贝。", {"dpdk": "has"}),
        ("这块是零拷贝实现，用 DPDK 写的。", {"dpdk": "has"}),
        # theory only; theory denied
        ("Kafka 只会纸上谈兵。", {"kafka": "lacks"}),
        ("Spark 不是纸上谈兵，做过上百个作业。", {"spark": "has"}),
        ("纸上谈兵没用，我用 Go 写了上线的服务。", {"golang": "has"}),
        ("不想纸上谈兵，所以用 PyTorch 复现了论文。", {"pytorch": "has"}),
        # plain claims around the characters of these idioms
        ("负责 Redis 集群运维，从未出现过故障。", {"redis": "has"}),
        ("Docker 部署一点问题都没有。", {"docker": "has"}),
    ],
)
def test_negation_idioms(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    for skill, place in expected.items():
        assert got.get(skill) == place, (text, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # striving to learn it, weighing whether to
        ("争取明年掌握 Go。", {"golang": "wants"}),
        ("争取早日学会 Flink。", {"flink": "wants"}),
        ("纠结要不要学 Rust。", {"rust": "wants"}),
        ("最近在琢磨要不要学 CUDA。", {"cuda": "wants"}),
        ("在考虑要不要转 Go。", {"golang": "wants"}),
        # a time between a wish and its verb of coming to know
        ("希望今年能掌握 Kubernetes。", {"kubernetes": "wants"}),
        ("目标是年底前熟悉 Flink。", {"flink": "wants"}),
        ("给自己定的目标是今年掌握 Rust。", {"rust": "wants"}),
        ("希望今年能熟悉 Rust。", {"rust": "wants"}),
        # ... not what was won, a launch date, a choice made, or a claim
        ("争取到客户的信任，用 Java 交付了系统。", {"java": "has"}),
        ("争取今年上线，用 Go 重写了网关。", {"golang": "has"}),
        ("用 Go 重写网关，争取今年上线。", {"golang": "has"}),
        ("评估要不要引入 Kafka，最后用了 Redis。", {"redis": "has"}),
        ("和产品讨论要不要上 Kafka，最后用 Redis 解决。", {"redis": "has"}),
        ("用不用 Docker 都能部署。", {"docker": "has"}),
        ("今年熟悉了 Rust。", {"rust": "has"}),
        ("希望发挥今年熟悉 Rust 的经验。", {"rust": "has"}),
        # a plan that is a thing done
        ("计划任务用 Airflow 调度。", {"airflow": "has"}),
        ("按照计划用 Spark 完成了迁移。", {"spark": "has"}),
        ("提前准备好 Docker 镜像。", {"docker": "has"}),
        ("准备了 Kafka 的技术分享。", {"kafka": "has"}),
        ("准备工作做完后用 Ansible 批量部署。", {"ansible": "has"}),
        ("用 Vue 开发了一个打算盘的小游戏。", {"vue": "has"}),
        # ... and plans that are plans
        ("计划明年学 Rust。", {"rust": "wants"}),
        ("准备学 Go。", {"golang": "wants"}),
        ("打算明年系统学一下 Rust。", {"rust": "wants"}),
    ],
)
def test_wishes_and_plans(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    for skill, place in expected.items():
        assert got.get(skill) == place, (text, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a job ad's ask is someone else's
        ("招聘要求里写着 Kafka。", {"kafka": "heard"}),
        ("看到招聘要求里写着 Kubernetes。", {"kubernetes": "heard"}),
        ("看到招聘上写要会 Flink。", {"flink": "heard"}),
        ("看到招聘需求后，用 Python 写了爬虫。", {"python": "has"}),
        ("负责招聘系统后端，用 Java 开发。", {"java": "has"}),
        # fed up by doing it, the thing most disliked
        ("写 CSS 写烦了。", {"html_css": "dislikes"}),
        ("Vue 用烦了。", {"vue": "dislikes"}),
        ("做 Java 做烦了。", {"java": "dislikes"}),
        ("一写 CSS 就烦。", {"html_css": "dislikes"}),
        ("一写 Shell 脚本就烦。", {"shell": "dislikes"}),
        ("最烦写 SQL。", {"sql": "dislikes"}),
        ("最烦 Jenkins 和 Shell 脚本。", {"shell": "dislikes"}),
        ("Vue 用烦了，想转 React。", {"vue": "dislikes", "react": "wants"}),
        # ... not a bother the writer solved
        ("一看日志就烦，于是用 Python 写了分析脚本。", {"python": "has"}),
        ("最烦的是慢查询，后来用 Redis 缓存解决了。", {"redis": "has"}),
        ("帮团队解决了 Redis 的麻烦问题。", {"redis": "has"}),
        ("不厌其烦地调优 CUDA 内核。", {"cuda": "has"}),
        # plain claims that hold a cue's characters
        ("不断优化 Spark 作业的性能。", {"spark": "has"}),
        ("用 Go 写服务没问题。", {"golang": "has"}),
        ("有想法就用 Python 快速验证。", {"python": "has"}),
        ("编写 Kafka 集群的说明文档。", {"kafka": "has"}),
        ("给听众讲解 Docker 的原理。", {"docker": "has"}),
        ("和同事一起用 Go 开发网关。", {"golang": "has"}),
        ("独立完成 Rust 重写，同事说性能提升了三倍。", {"rust": "has"}),
    ],
)
def test_hearsay_and_dislikes(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    for skill, place in expected.items():
        assert got.get(skill) == place, (text, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan or a preparation that is a thing of the work, not a wish: what follows is done (or asked)
        ("负责数据准备，用 Spark 清洗日志。", {"spark": "has"}),
        ("编写测试计划，用 JMeter 压测 Redis。", {"redis": "has"}),
        ("按计划完成了 Spark 迁移。", {"spark": "has"}),
        ("通过执行计划优化 MySQL 慢查询。", {"mysql": "has"}),
        ("计划明年学 Rust。", {"rust": "wants"}),
    ],
)
def test_a_plan_of_the_work_is_no_wish(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    for skill, place in expected.items():
        assert got.get(skill) == place, (text, got)
