"""The thirteenth round on Chinese postings (issue 13): content safety said the way a platform's
moderation team says it. Moderation done by models and systems (智能审核, 机器审核, 审核自动化,
审核场景, 审核策略, 审核平台, 社区安全, 生态安全) names content moderation, and content moderation
weighs in safety research as much as alignment methods do: a posting that trains or serves models
for moderation is model-safety work, its twin that trains or serves models for anything else is
not. Beside them, the words of reinforcement-learning infrastructure (RL框架, NeMo-RL, rl-infra)
and the near words they must leave alone (a code review, an approval flow, a 审核 on its own).
The texts are written for these tests; none is taken from a real posting or from
benchmarks/data/reading_*.yaml."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_jobs_zh_round10 import _direction
from .test_reading_status import status


@pytest.mark.parametrize(
    ("text", "skill", "named"),
    [
        # moderation by models and platforms
        ("负责智能审核能力的建设。", "content_moderation", True),
        ("负责机器审核模型的迭代。", "content_moderation", True),
        ("推进审核自动化，提升人审效率。", "content_moderation", True),
        ("理解审核场景与审核策略。", "content_moderation", True),
        ("负责审核平台的服务端研发。", "content_moderation", True),
        ("维护社区安全与平台生态安全。", "content_moderation", True),
        # a review of code, an approval, a bare 审核: not moderation
        ("参与代码审核与技术方案评审。", "content_moderation", False),
        ("负责报销单据的审核。", "content_moderation", False),
        ("熟悉财务审核流程。", "content_moderation", False),
        # the frameworks of reinforcement-learning training
        ("负责 RL框架 的性能优化。", "openrlhf", True),
        ("熟悉 NeMo-RL 等框架。", "openrlhf", True),
        ("负责大模型 rl-infra 的建设。", "distributed_training", True),
        ("熟悉 RL 算法。", "openrlhf", False),
    ],
)
def test_posting_words_name_their_skill_and_near_words_do_not(
    kb: Knowledge, text: str, skill: str, named: bool
) -> None:
    assert (status(kb, text).get(skill) == "has") is named


SERVER = "1、熟悉 Go 或 Java；\n2、熟悉 MySQL、Redis 与消息队列；\n3、有大规模分布式系统经验者优先。"
TUNING = "1、熟悉多模态大模型与指令微调；\n2、熟练使用 PyTorch；\n3、有{}经验者优先。"


@pytest.mark.parametrize(
    ("duties", "requirements", "direction"),
    [
        pytest.param(
            "1、负责社区安全相关的审核平台与审核策略系统的服务端研发；\n"
            "2、参与 AI 辅助审核与智能体能力建设，推动大模型在审核场景的落地；\n"
            "3、建设高并发、高可用的分布式系统。",
            SERVER,
            6,
            id="a moderation platform built with agents is safety work",
        ),
        pytest.param(
            "1、负责智能客服平台与工单系统的服务端研发；\n"
            "2、参与 AI 辅助回复与智能体能力建设，推动大模型在客服场景的落地；\n"
            "3、建设高并发、高可用的分布式系统。",
            SERVER,
            5,
            id="its customer-service twin stays application work",
        ),
        pytest.param(
            "1、负责智能审核模型的研发，基于多模态大模型识别有害内容与违规内容；\n"
            "2、通过指令微调提升模型对审核策略的理解；\n"
            "3、参与审核场景的数据建设与效果评估。",
            TUNING.format("内容审核"),
            6,
            id="a model tuned for moderation is safety work",
        ),
        pytest.param(
            "1、负责智能创作模型的研发，基于多模态大模型生成图文与视频内容；\n"
            "2、通过指令微调提升模型对创作需求的理解；\n"
            "3、参与创作场景的数据建设与效果评估。",
            TUNING.format("内容创作"),
            1,
            id="its creation twin stays model training",
        ),
        pytest.param(
            "1、负责大模型 RL Infra 的研发，优化 rollout 与训练的异步调度；\n"
            "2、提升多机多卡训练的吞吐、显存利用与稳定性。",
            "1、熟悉 PyTorch 分布式训练，了解 Megatron 或 FSDP；\n2、熟悉 NCCL 集合通信者优先。",
            2,
            id="an RL framework for training clusters is infrastructure",
        ),
        pytest.param(
            "1、负责大模型强化学习算法的研究，设计奖励模型与奖励函数；\n2、提升模型的推理与规划能力。",
            "1、熟悉 PPO、GRPO 等算法；\n2、有大模型后训练经验者优先。",
            1,
            id="its reward-design twin stays model training",
        ),
    ],
)
def test_a_posting_and_its_twin_take_their_own_directions(
    kb: Knowledge, duties: str, requirements: str, direction: int
) -> None:
    assert _direction(kb, duties, requirements) == direction
