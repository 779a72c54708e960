"""Postings are read by ingest as résumés are: GBK, Big5 and UTF-16 without a mark decode, hidden
HTML stays unread, and every bad row carries an error code while the other rows import."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from careermap.jobs.corpus import classify_file
from careermap.jobs.models import RowProblem
from careermap.jobs.reader import read_postings
from careermap.knowledge.loader import Knowledge
from tests.jobs_samples import DATA_ZH, INFERENCE_ZH, RAG_EN

# a posting written in traditional Chinese, as a Taiwan or Hong Kong board would publish it
INFERENCE_HANT = (
    "工作內容\n1. 負責大模型推理引擎的開發與優化，基於 vLLM 改進連續批處理；\n2. 用 CUDA 和 Triton 撰寫高效算子。\n"
    "職務需求\n1. 熟悉 GPU 架構與 CUDA 程式設計；\n2. 三年以上 C++ 開發經驗。"
)


def _jsonl(rows: list[dict[str, str]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def test_a_gbk_csv_with_chinese_columns_is_read_and_a_corrupt_row_is_reported(tmp_path: Path, kb: Knowledge) -> None:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["职位名称", "职位描述", "工作地点"])
    w.writerow(["推理工程师", INFERENCE_ZH, "上海"])
    w.writerow(["数据开发", DATA_ZH.replace("\n", " "), "北京"])
    w.writerow(["算法工程师", "负责大模型训练", "深圳"])
    data = out.getvalue().encode("gbk").split(b"\n")
    broken = next(i for i, line in enumerate(data) if "算法工程师".encode("gbk") in line)
    data[broken] = data[broken].replace("负责".encode("gbk"), b"\x81\x20")  # a byte pair GBK has no character for
    path = tmp_path / "jobs.csv"
    path.write_bytes(b"\n".join(data))
    read = read_postings(path, kb, mapping={"body": "职位描述"})
    assert read.encoding == "gbk"
    assert [(p.title, p.city) for p in read.postings] == [("推理工程师", "上海"), ("数据开发", "北京")]
    assert [(p.field, p.code) for p in read.problems] == [("encoding", "E612")]


def test_a_big5_jsonl_file_is_read_as_big5_and_classified(tmp_path: Path, kb: Knowledge) -> None:
    path = tmp_path / "tw.jsonl"
    rows = [{"id": "tw-1", "title": "大模型推理工程師", "body": INFERENCE_HANT}]
    path.write_bytes(_jsonl(rows).encode("big5"))
    read = read_postings(path, kb)
    assert read.encoding == "big5" and read.postings[0].title == "大模型推理工程師"
    items, encoding = classify_file(path, kb=kb)
    assert encoding == "big5"
    c = items[0]
    assert not isinstance(c, RowProblem)
    assert c.direction == 3 and c.lang == "zh"  # 推理 read through the traditional-to-simplified table


def test_utf16_without_a_byte_order_mark_is_read(tmp_path: Path, kb: Knowledge) -> None:
    rows = [
        {"id": "r", "title": "RAG Engineer", "body": RAG_EN},
        {"id": "i", "title": "推理工程师", "body": INFERENCE_ZH},
    ]
    for codec in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{codec}.jsonl"
        path.write_bytes(_jsonl(rows).encode(codec))  # no BOM: as some Windows tools save
        read = read_postings(path, kb)
        assert read.encoding == codec and [p.id for p in read.postings] == ["r", "i"] and not read.problems
        assert read.postings[1].body == INFERENCE_ZH.strip()
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_bytes(f"推理工程师\n{INFERENCE_ZH}".encode("utf-16-le"))
    assert [p.title for p in read_postings(folder, kb).postings] == ["推理工程师"]


HIDDEN = (
    '<div style="display:none">CUDA Triton NCCL Megatron DeepSpeed RLHF</div>'
    '<span hidden>vLLM SGLang TensorRT-LLM</span><p aria-hidden="true">PyTorch FSDP</p>'
    "<script>var skills = 'CUDA kernels';</script><style>.x{}</style>"
)


def test_hidden_text_of_an_html_posting_is_never_read(tmp_path: Path, kb: Knowledge) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    page = (
        '<html><head><meta charset="gbk"><title>数据工程师</title></head><body>'
        "<h2>工作职责</h2><ul><li>负责 Spark 数据管道</li><li>维护 Airflow 调度</li></ul>"
        f"{HIDDEN}</body></html>"
    )
    (folder / "data.html").write_bytes(page.encode("gbk"))
    read = read_postings(folder, kb)
    p = read.postings[0]
    assert read.encoding == "gbk" and p.title == "数据工程师"
    assert p.body == "工作职责\n负责 Spark 数据管道\n维护 Airflow 调度"
    items, _ = classify_file(folder, kb=kb)
    c = items[0]
    assert not isinstance(c, RowProblem)
    asked = {a.skill for a in c.asks}
    assert "spark" in asked and not asked & {"cuda", "vllm", "nccl", "pytorch", "triton_lang"}


def test_a_body_field_holding_html_is_read_as_its_visible_text(tmp_path: Path, kb: Knowledge) -> None:
    body = (
        "<p>We build retrieval-augmented generation (RAG) for support.</p>"
        "<ul><li>Design hybrid search with Milvus</li><li>Ship LangChain services</li></ul>" + HIDDEN
    )
    path = tmp_path / "p.jsonl"
    path.write_text(_jsonl([{"id": "h", "title": "RAG Engineer", "body": body}]), encoding="utf-8")
    p = read_postings(path, kb).postings[0]
    assert p.body.splitlines() == [
        "We build retrieval-augmented generation (RAG) for support.",
        "Design hybrid search with Milvus",
        "Ship LangChain services",
    ]
    prose = "Experience with <div> and <span> layouts in React"  # tags named in prose are words, not markup
    path.write_text(_jsonl([{"id": "t", "title": "Frontend", "body": prose}]), encoding="utf-8")
    assert read_postings(path, kb).postings[0].body == prose


def test_every_bad_row_carries_a_code_and_the_rest_imports(tmp_path: Path, kb: Knowledge) -> None:
    lines = [
        _jsonl([{"id": "ok", "title": "推理工程师", "body": INFERENCE_ZH}]).encode(),
        b'{"id": "x", "title": "broken"\n',  # 2: not JSON
        b"[1, 2]\n",  # 3: not an object
        _jsonl([{"id": "g", "title": "算法工程师", "body": "负责训练"}]).encode("gbk"),  # 4: another encoding
        _jsonl([{"id": "t", "title": "", "body": RAG_EN}]).encode(),  # 5: no title
        _jsonl([{"id": "b", "title": "Empty", "body": "<p hidden>CUDA</p>"}]).encode(),  # 6: nothing visible
        _jsonl([{"id": "s", "title": "薪资", "body": DATA_ZH, "salary": "工资很高"}]).encode(),  # 7: salary
        _jsonl([{"id": "d", "title": "日期", "body": DATA_ZH, "date": "someday"}]).encode(),  # 8: date
    ]
    path = tmp_path / "p.jsonl"
    path.write_bytes(b"".join(lines))
    read = read_postings(path, kb)
    codes = {p.row: (p.field, p.code) for p in read.problems}
    assert codes == {
        "2": ("row", "E611"),
        "3": ("row", "E611"),
        "4": ("encoding", "E612"),
        "5": ("title", "E613"),
        "6": ("body", "E614"),
        "7": ("salary", "E615"),
        "8": ("date", "E616"),
    }
    assert [p.id for p in read.postings] == ["ok"]
    body = next(p for p in read.problems if p.code == "E614")
    assert body.line("en") == "error[E614]: the body is empty" and body.line("zh") == "错误[E614]: 正文（body）为空"


def test_the_commands_show_the_codes(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "p.jsonl"
    path.write_text(
        _jsonl([{"id": "ok", "title": "推理工程师", "body": INFERENCE_ZH}, {"id": "e", "title": "x", "body": ""}])
    )
    lines = [json.loads(line) for line in cli("jobs", "classify", str(path), "--lang", "zh").stdout.splitlines()]
    assert lines[1]["error"] == {"code": "E614", "field": "body", "message": "正文（body）为空"}
    out = cli("jobs", "import", str(path), "--db", str(tmp_path / "c.db"), "--format", "json", "--lang", "en")
    assert json.loads(out.stdout)["problems"][0]["code"] == "E614"
    table = cli("jobs", "import", str(path), "--db", str(tmp_path / "c.db"), "--lang", "en").stdout
    assert "E614 the body is empty" in table


def test_a_binary_file_is_one_coded_line_that_names_what_to_give(tmp_path: Path, cli, kb) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "jobs.jsonl"
    path.write_bytes(b"\x00\x01\x02\xff" * 50)
    out = cli("jobs", "classify", str(path), "--lang", "en")
    assert out.returncode == 2 and out.stderr.count("\n") == 1
    assert out.stderr.startswith("error[E102]: jobs.jsonl is binary data, not text") and ".jsonl" in out.stderr
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text(f"推理工程师\n{INFERENCE_ZH}", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    read = read_postings(folder, kb)
    assert [p.title for p in read.postings] == ["推理工程师"] and [(p.row, p.code) for p in read.problems] == [
        ("b.txt", "E612")
    ]
