"""The tenth round on Chinese postings (issue 13 item 7): words a career-site posting uses that the
knowledge base did not read yet. An application job said as 大语言模型应用 / 大模型的应用落地; an
agent job said as a compound of "Agent" (通用Agent能力, Agent Loop, AIAgent, Agent基础设施) with no
cue word close by; knowledge Q&A (知识问答); and infrastructure words: fault-tolerant recovery
(容错恢复) and a bare Checkpoint with training words nearby, the communication library (通信库),
communication overlapped with computation (通信-计算重叠, 通信/计算Overlap), cluster stability
(集群稳定性), a GPU pool (GPU 资源池), heterogeneous hardware (异构硬件, 异构芯片). Each beside a near
sentence it must leave alone (a monitoring agent, a database's recovery, a Flink, LangGraph or
agent task's checkpoint, the firewall vendor, a network protocol, overlapping dates, a system's
stability, a talent pool, heterogeneous data sources). The texts are written for these tests; none
is taken from a real posting or from benchmarks/data/reading_*.yaml."""

from __future__ import annotations

import pytest

from careermap.jobs.classify import classify_text
from careermap.knowledge.loader import Knowledge

from .test_reading_status import status


@pytest.mark.parametrize(
    ("text", "skill", "named"),
    [
        # an application of large language models, with or without 的
        ("负责大语言模型应用的研发与落地。", "llm_api", True),
        ("支持大模型的应用落地，服务内容搜索场景。", "llm_api", True),
        ("参与大语言模型的预训练。", "llm_api", False),
        ("负责大模型的训练与评测。", "llm_api", False),
        # "Agent" joined to what is built, no cue word within reach
        ("负责通用Agent能力及相关服务的研发。", "agent_development", True),
        ("负责Agent Loop设计与优化。", "agent_development", True),
        ("负责LLM驱动的AIAgent框架的研究。", "agent_development", True),
        ("研发Agent基础设施，支持任务的断点恢复。", "agent_development", True),
        ("负责 OneAgent 采集器的研发。", "agent_development", False),
        ("有 Agent 部署、低开销采集经验。", "agent_development", False),
        # knowledge Q&A is retrieval over documents
        ("负责知识问答与助手类应用的开发。", "rag", True),
        ("负责知识产权问题的处理。", "rag", False),
        # infrastructure words
        ("负责训练任务的 Checkpoint 与容错恢复。", "fault_tolerance", True),
        ("负责数据库的数据恢复与备份。", "fault_tolerance", False),
        ("跟进高效通信库等新技术。", "collective_communication", True),
        ("熟悉 TCP/IP 通信协议。", "collective_communication", False),
        ("负责集群稳定性建设。", "cluster_management", True),
        ("负责系统稳定性建设。", "cluster_management", False),
        ("适配公司 GPU 资源池和存储环境。", "gpu_scheduling", True),
        ("负责建设人才资源池。", "gpu_scheduling", False),
        # a bare Checkpoint near training or storage is the run's saved state; a stream job's or an agent graph's is not
        ("构建高可靠的训练管线（Checkpoint、混合精度、容错）。", "fault_tolerance", True),
        ("负责大模型训练的 Checkpoint 管理，设计高吞吐存储方案。", "fault_tolerance", True),
        ("熟悉 Flink 的 Checkpoint 与状态后端机制。", "fault_tolerance", False),
        ("用 LangGraph 的 checkpoint 保存对话状态。", "fault_tolerance", False),
        ("为智能体的长任务设计 Checkpoint 与断点恢复。", "fault_tolerance", False),
        ("Designed checkpoints and resumption for long agent tasks that survive failures.", "fault_tolerance", False),
        ("Multi vendor firewalls (Cisco ASA, Checkpoint, Juniper).", "fault_tolerance", False),  # the vendor
        # overlapping communication with computation, however it is punctuated
        ("解决大规模下通信-计算重叠问题。", "collective_communication", True),
        ("有通信/计算Overlap算子的开发经验。", "collective_communication", True),
        ("两个项目的时间有重叠。", "collective_communication", False),
        # heterogeneous hardware is accelerator work; heterogeneous data sources are not
        ("负责GPU等异构硬件上的推理加速。", "ai_accelerators", True),
        ("跟进异构芯片的适配。", "ai_accelerators", True),
        ("对接多个异构数据源。", "ai_accelerators", False),
    ],
)
def test_posting_words_name_their_skill_and_near_words_do_not(
    kb: Knowledge, text: str, skill: str, named: bool
) -> None:
    assert (status(kb, text).get(skill) == "has") is named


def _direction(kb: Knowledge, duties: str, requirements: str) -> int | None:
    return classify_text(f"岗位职责：\n{duties}\n任职要求：\n{requirements}", kb).direction


def test_a_posting_applying_a_language_model_is_application_work(kb: Knowledge) -> None:
    duties = (
        "1、支持大语言模型的应用落地，将内容理解与大模型结合，为用户提供更智能的信息服务；\n"
        "2、负责 Query 分析与改写、内容摘要的生成。"
    )
    assert _direction(kb, duties, "1、熟悉常见 NLP 算法；\n2、有 SFT 经验者优先。") == 5


def test_a_posting_post_training_a_language_model_stays_model_training(kb: Knowledge) -> None:
    duties = "1、负责大语言模型的后训练，包括 SFT 与 RLHF；\n2、提升模型的指令遵循能力。"
    assert _direction(kb, duties, "1、熟悉常见 NLP 算法；\n2、有 PPO 经验者优先。") == 1


def test_a_posting_building_agents_is_application_work(kb: Knowledge) -> None:
    duties = "1、负责通用Agent能力及相关服务的研发；\n2、负责Agent Loop设计与优化，提升任务成功率。"
    assert _direction(kb, duties, "1、熟练掌握 Python 或 Go；\n2、有后端开发经验。") == 5


def test_a_posting_building_a_monitoring_agent_is_no_large_model_role(kb: Knowledge) -> None:
    duties = "1、负责可观测采集器 OneAgent 的研发，覆盖指标、链路与日志的采集；\n2、优化采集器的资源开销。"
    assert _direction(kb, duties, "1、熟练掌握 Go；\n2、有 Agent 部署、低开销采集经验者优先。") is None
