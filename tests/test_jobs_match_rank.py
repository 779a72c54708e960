"""Job matching ranks by evidence: a posting from which few asks were read is ranked with a lower
confidence (shown), postings below the relevance floor are not listed, and for three different
backgrounds the top five postings all lie in the person's best direction.

Every posting and background here was written for these tests."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
from rich.console import Console

import careermap
from careermap.knowledge.loader import Knowledge
from careermap.report.terminal_jobs import render_matches
from careermap.store import postings
from careermap.store.corpus import import_postings
from careermap.store.db import open_store
from careermap.store.matching import confidence_by_asks
from tests.conftest import Cli

INFERENCE = [
    "负责大模型推理引擎开发，基于 vLLM 优化连续批处理与 KV Cache 管理；"
    "要求精通 C++ 和 CUDA 编程，熟悉 GPU 架构与 Transformer，"
    "有 TensorRT-LLM 或 SGLang 经验优先，会用 Nsight 做性能剖析。",
    "Inference engineer: speed up LLM serving with vLLM and TensorRT; write CUDA kernels in C++; speculative decoding,"
    " KV cache and quantization; profile GPU performance; strong Python and Transformer knowledge.",
    "推理加速工程师：模型量化（INT8/FP8）、投机解码、Triton 算子开发；熟悉 "
    "CUDA、C++、Python；理解 GPU 体系结构与 Transformer 推理过程。",
    "LLM serving engineer. Build a high-throughput inference service on SGLang and vLLM, tune KV cache reuse, batch"
    " scheduling and latency; C++ and CUDA required, Python, Kubernetes; experience with TensorRT a plus.",
    "端侧推理部署工程师：负责大模型量化与推理优化，使用 TensorRT、ONNX Runtime "
    "部署；精通 C++，熟悉 CUDA 与 GPU 架构，了解 Transformer。",
    "Kernel engineer for model inference: CUDA and Triton kernels for attention, GPU architecture, performance"
    " profiling, C++, PyTorch, quantization of Transformer models for serving.",
]
DATA = [
    "大模型数据工程师：负责预训练语料的清洗、去重与质量过滤，使用 Spark 和 Hadoop "
    "处理 PB 级数据；熟练 Python、SQL，熟悉 Kafka、Airflow。",
    "Data engineer, LLM training data: build pipelines with Spark, Airflow and Kafka for data cleaning, deduplication"
    " and quality filtering of web text; strong Python and SQL; data labeling workflows.",
    "数据标注与数据平台工程师：搭建数据标注平台，负责 SFT 数据构造、数据清洗和质量评估；"
    "熟练 Python、SQL、Spark，熟悉 Hive、Flink。",
    "Training data pipeline engineer: ETL with Spark and Flink, data warehouse in Hive, dedup with MinHash, Python,"
    " SQL, Airflow scheduling, data quality checks for pretraining corpora.",
    "语料工程师：负责预训练数据的采集、清洗、去重，编写爬虫，使用 Spark、"
    "Kafka、Python、SQL，熟悉 Hadoop 生态与数据质量评估。",
    "Data platform engineer for LLM: Kafka streams, Spark batch jobs, Airflow DAGs, SQL warehouses, Python tooling for"
    " data cleaning, deduplication and synthetic data generation.",
]
APPS = [
    "大模型应用开发工程师：基于 LangChain 和 LlamaIndex 搭建 RAG 知识库问答与 "
    "Agent，设计 Prompt 与 Function Calling；熟练 Python，"
    "熟悉 FastAPI、向量数据库 Milvus。",
    "AI agent engineer: build LLM agents with LangGraph and function calling, tool use, RAG over company documents"
    " with embeddings and a vector database; Python, FastAPI, prompt engineering, evaluation of answers.",
    "AI 应用工程师（移动端）：在 Android App 中接入大模型对话与 Agent "
    "能力，Kotlin、Java，调用大模型 API，Prompt 工程，RAG 检索增强。",
    "LLM application developer: ship chat assistants and RAG features, LangChain, prompt engineering, vector search"
    " (pgvector, Milvus), Python and TypeScript, React front end, agents with tool calling.",
    "智能体开发工程师：负责 Agent 工作流编排、工具调用与多轮对话，使用 LangChain、"
    "LangGraph，Prompt 工程与 RAG，Python、Go 后端开发。",
    "Conversational AI engineer: RAG pipelines, reranking, prompt design, LangChain and LlamaIndex, function calling"
    " agents, FastAPI services in Python, Docker.",
]
# postings from which little was read: each names one or two skills a reader of any background has
THIN = [
    ("loc-1", "Localization Engineer", "Localization engineer for our AI products. Python scripting. Fluent Japanese."),
    ("mgr-1", "Engineering Manager, LLM", "Engineering manager for our LLM team. You know Python. Lead 8 engineers."),
    ("intern-1", "大模型实习生", "大模型实习生，会 Python 和 Linux，每周实习四天。"),
]

PEOPLE = {
    "inference": (
        "I am an inference engineer. Four years of C++ and CUDA programming, I wrote CUDA kernels and Triton kernels,"
        " I optimised LLM serving with vLLM and TensorRT-LLM, KV cache management, speculative decoding and INT8"
        " quantization, profiled with Nsight on NVIDIA GPUs. I know the Transformer architecture well. Python, Linux."
    ),
    "data": (
        "数据工程师，五年经验。用 Spark、Hive、Flink 和 Kafka 搭建数据管道，Airflow 调度，熟练 Python 和 SQL；"
        "负责过网页语料的清洗、去重（MinHash）和质量过滤，做过数据标注平台。熟悉 Linux。"
    ),
    "apps": (
        "Android developer for six years (Kotlin, Java). Last year "
        "I built an LLM assistant in our app: RAG over our help"
        " articles with LangChain and Milvus, prompt engineering, function calling agents, a FastAPI backend in"
        " Python. Comfortable with Linux and Docker."
    ),
}
EXPECTED = {"inference": 3, "data": 4, "apps": 5}


def _rows() -> list[dict[str, str]]:
    rows = []
    for name, bodies in (("inf", INFERENCE), ("data", DATA), ("apps", APPS)):
        for n, body in enumerate(bodies):
            title = "Engineer" if body.isascii() else "工程师"  # the body alone says what the job is
            rows.append({"id": f"{name}-{n}", "title": title, "body": body})
    rows += [{"id": i, "title": title, "body": body} for i, title, body in THIN]
    return rows


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, kb: Knowledge) -> Path:
    folder = tmp_path_factory.mktemp("match-rank")
    source = folder / "postings.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in _rows()) + "\n", encoding="utf-8")
    path = folder / "careermap.db"
    store = open_store(path, components=["postings"])
    import_postings(source, store=store, kb=kb)
    store.close()
    return path


@pytest.mark.parametrize("who", sorted(PEOPLE))
def test_the_top_five_postings_lie_in_the_persons_best_direction(who: str, db: Path, kb: Knowledge) -> None:
    best = careermap.diagnose(PEOPLE[who], kb=kb).directions[0].number
    assert best == EXPECTED[who]
    top = careermap.match(PEOPLE[who], top=5, kb=kb, db=str(db)).postings
    assert len(top) == 5
    assert [p.direction for p in top] == [best] * 5, [(p.id, p.direction, p.score) for p in top]
    assert not {p.id for p in top} & {i for i, _, _ in THIN}


def test_a_thin_posting_is_listed_with_a_lower_confidence_that_is_shown(db: Path, kb: Knowledge, cli: Cli) -> None:
    found = careermap.match(PEOPLE["apps"], top=30, kb=kb, db=str(db), include_non_llm=True).postings
    by_id = {p.id: p for p in found}
    thin = [by_id[i] for i, _, _ in THIN if i in by_id]
    assert thin, [p.id for p in found]
    for p in thin:
        assert p.asks is not None and p.confidence < 1 and p.low_confidence
        assert p.met is not None and p.score == pytest.approx(p.met * p.confidence, abs=1e-3)
    # a thin posting met in full still ranks below the postings of the person's direction read in full
    read = [p for p in found if p.direction == 5 and p.confidence == 1]
    assert len(read) >= 5
    assert min(p.score for p in read) > max(p.score for p in thin)
    # shown: in the JSON of `jobs match`, and in the table it prints
    out = cli("jobs", "match", "-", "--top", "30", "--db", str(db), "--format", "json", "--lang", "en",
              "--include-non-llm", stdin=PEOPLE["apps"])  # fmt: skip
    assert out.returncode == 0, out.stderr
    rows = {p["id"]: p for p in json.loads(out.stdout)}
    assert any(rows[p.id]["confidence"] < 1 and rows[p.id]["asks"] == p.asks for p in thin if p.id in rows)
    console = Console(record=True, width=200)
    render_matches(console, careermap.match(PEOPLE["apps"], top=30, kb=kb, db=str(db), lang="en", include_non_llm=True))
    assert "low confidence: only" in console.export_text()


def test_postings_below_the_relevance_floor_are_not_listed(db: Path, kb: Knowledge) -> None:
    floor = kb.jobs.match_relevance_floor
    assert floor > 0
    someone = "I know a little Python and some SQL."
    found = careermap.match(someone, top=50, kb=kb, db=str(db), lang="en", include_non_llm=True).postings
    have = {s.id: s.strength for s in careermap.diagnose(someone, kb=kb).skills if s.strength > 0}
    store = open_store(db, components=["postings"])
    try:
        sure = confidence_by_asks(kb.jobs.match_confidence_asks, kb.jobs.match_confidence_power)
        every = postings.match_scores(store, postings.Filters(), have, limit=50, confidence=sure,
                                      min_weight=kb.jobs.match_min_weight)  # fmt: skip
    finally:
        store.close()
    below = {pid for pid, score, *_ in every if score < floor}
    assert below, "the people of this test meet some posting only a little"
    assert {p.id for p in found} == {pid for pid, *_ in every} - below
    assert all(p.score >= floor for p in found)


def test_confidence_grows_with_the_asks_read() -> None:
    sure = confidence_by_asks(8, 1.0)
    assert sure[1] < sure[4] < sure[7] < 1
    assert len(sure) == 8


def test_the_ranking_and_its_confidence_are_the_same_on_either_back_end(
    store_db: str, tmp_path: Path, kb: Knowledge
) -> None:
    source = tmp_path / "postings.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in _rows()) + "\n", encoding="utf-8")
    store = open_store(store_db, components=["postings"])
    import_postings(source, store=store, kb=kb)
    store.close()
    found = careermap.match(PEOPLE["apps"], top=30, kb=kb, db=store_db, include_non_llm=True).postings
    assert [p.direction for p in found[:5]] == [5] * 5
    thin = [p for p in found if p.id in {i for i, _, _ in THIN}]
    assert thin and all(p.confidence < 1 and p.score < found[4].score for p in thin)
    assert all(p.score >= kb.jobs.match_relevance_floor for p in found)


def test_the_page_shows_a_thin_postings_low_confidence(db: Path, start_server: Any) -> None:
    srv = start_server("--db", str(db))
    try:
        r = httpx.post(
            f"{srv.url}/", data={"text": PEOPLE["apps"], "lang": "en"}, headers={"Origin": srv.url}, timeout=60
        )
    finally:
        srv.stop()
    assert r.status_code == 200
    listed = r.text.split('id="postings"', 1)[1].split("</ol>", 1)[0]
    items = {m.group(1): m.group(2) for m in re.finditer(r'data-posting="([^"]+)"(.*?)</li>', listed, flags=re.S)}
    thin = [i for i, _, _ in THIN if i in items]
    assert thin, list(items)
    for pid in thin:
        assert "low confidence: only" in items[pid]
    assert not any("low confidence" in body for pid, body in items.items() if pid.startswith("apps-0"))
