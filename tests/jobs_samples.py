"""Postings written for the tests (none is taken from any real posting)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

INFERENCE_ZH = """岗位职责
1. 负责大模型推理引擎的开发与优化，基于 vLLM、SGLang 改进连续批处理和 KV Cache 管理；
2. 实现投机解码、前缀缓存等加速方案，降低首字延迟、提升吞吐；
3. 与算子团队协作，用 CUDA 和 Triton 替换热点算子。

任职要求
1. 计算机相关专业本科及以上学历，3年以上 C++ 开发经验；
2. 熟悉 Transformer 推理过程和 GPU 架构；
3. 精通 CUDA 编程。

加分项
1. 有 TensorRT-LLM 使用经验；
2. 硕士优先。
"""

RAG_EN = """About the role
You will build retrieval-augmented generation (RAG) features for our customer support assistant.

Responsibilities
- Design chunking, embedding and hybrid search pipelines over our help-center documents
- Evaluate answer quality and reduce hallucinations with reranking
- Ship LangChain and LlamaIndex based services behind a FastAPI backend

Requirements
- 5+ years of software engineering experience, strong Python
- Hands-on experience with vector databases such as Milvus or pgvector
- Bachelor's degree in Computer Science or equivalent

Nice to have
- Experience with LangGraph agents and function calling
- Kubernetes
"""

NOT_LLM_ZH = """岗位职责
1. 负责公司财务报表的编制与审核；
2. 处理日常费用报销与税务申报；
3. 配合外部审计工作。

任职要求
1. 会计或财务相关专业，本科及以上学历；
2. 两年以上财务工作经验，熟练使用 Excel；
3. 持有会计从业资格证。
"""

NOT_LLM_EN = """We are hiring a warehouse shift supervisor.

Responsibilities
- Lead a team of twelve associates on the night shift
- Keep inventory counts accurate and the loading dock safe

Requirements
- 2+ years supervising warehouse staff
- Forklift certification
"""

SAFETY_EN = """About the team
Our safety team red-teams frontier language models before release.

Responsibilities
- Design jailbreak and prompt injection attacks against our LLMs
- Build automated red teaming pipelines and safety evaluations
- Work with policy on guardrails and content moderation classifiers

Requirements
- Experience in penetration testing or adversarial machine learning
- Python
"""

DATA_ZH = """工作职责
1. 负责大模型预训练语料的清洗、去重与质量过滤，构建 PB 级数据处理流水线；
2. 基于 Spark 和 Flink 开发数据管道，支持数据配比实验；
3. 建设数据质量评估体系。

任职要求
1. 熟练使用 Spark、Hadoop、Hive 等大数据组件；
2. 熟悉 MinHash 等去重算法；
3. 3-5年数据开发经验。
"""

PERSON_APPS_ZH = (
    "5年Java后端，熟悉Spring Cloud、Redis、Kafka。"
    "最近用LangChain和Milvus做了企业知识库问答（RAG），熟悉Prompt工程，本科。"
)

KB_QA_ZH = """岗位职责
1. 基于 LangChain 和 Milvus 搭建企业知识库问答（RAG），负责文档切分与召回效果；
2. 设计 Prompt，评估回答质量。

任职要求
1. 熟悉 Redis、Kafka 等后端组件；
2. 有 Prompt 工程经验。
"""

# stored by the web tests: a posting with markup in its title and one with a script address,
# which the page must show as text and must not link
MARKUP_TITLE = '知识库问答工程师 <img src=x onerror="alert(1)">'
WEB_ROWS = [
    {
        "id": "rag-1",
        "title": "RAG Engineer",
        "body": RAG_EN,
        "company": "Example Labs",
        "location": "Remote",
        "salary": "$150k-$200k",
        "posted_at": "2025-04-10",
        "url": "https://jobs.example.com/rag-1",
    },
    {
        "id": "kbqa-1",
        "title": MARKUP_TITLE,
        "body": KB_QA_ZH,
        "company": "示例科技",
        "location": "杭州",
        "salary": "25-40K·14薪",
        "posted_at": "2025-04-12",
        "url": "javascript:alert(1)",
    },
    {
        "id": "inf-1",
        "title": "大模型推理工程师",
        "body": INFERENCE_ZH,
        "location": "上海",
        "salary": "40-70K·15薪",
        "posted_at": "2025-03-02",
    },
    {"id": "inf-1-repost", "title": "【猎头】大模型推理工程师", "body": "【猎头推荐】\n" + INFERENCE_ZH + "\n欢迎投递"},
    {"id": "data-1", "title": "数据工程师", "body": DATA_ZH, "location": "上海", "posted_at": "2025-04-20"},
    {"id": "safe-1", "title": "Red Teamer", "body": SAFETY_EN, "posted_at": "2025-05-01"},
    {"id": "ware-1", "title": "Shift supervisor", "body": NOT_LLM_EN},
]


def write_jsonl(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


def store_postings(db: Path, kb: Any, folder: Path) -> None:
    """Import WEB_ROWS into ``db`` through the jobs core, as `careermap jobs import` does."""
    import careermap.store.postings  # noqa: F401  (registers the component)
    from careermap.store.corpus import import_postings
    from careermap.store.db import open_store

    store = open_store(db, components=["postings"])
    try:
        result = import_postings(write_jsonl(folder / "postings.jsonl", WEB_ROWS), store=store, kb=kb)
    finally:
        store.close()
    assert result.added == len(WEB_ROWS) and result.near_duplicates == 1 and not result.problems
