"""The `careermap jobs` commands as a user runs them (in-process through the `cli` fixture), on real
SQLite files and a real PostgreSQL server (``store_db``)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.conftest import Cli
from tests.jobs_samples import DATA_ZH, INFERENCE_ZH, NOT_LLM_EN, PERSON_APPS_ZH, RAG_EN, SAFETY_EN


@pytest.fixture()
def run(cli: Cli) -> Cli:
    """``cli`` under an English locale on a 160-column terminal."""

    def call(
        *args: str, stdin: bytes | str | None = None, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return cli(*args, stdin=stdin, env={"LANG": "C.UTF-8", "COLUMNS": "160", **(env or {})})

    return call


@pytest.fixture()
def postings(tmp_path: Path) -> Path:
    rows = [
        {
            "id": "inf-1",
            "title": "大模型推理工程师",
            "body": INFERENCE_ZH,
            "location": "上海",
            "salary": "40-70K·15薪",
            "posted_at": "2025-03-02",
        },
        {
            "id": "rag-1",
            "title": "RAG Engineer",
            "body": RAG_EN,
            "location": "Remote",
            "salary": "$150k-$200k",
            "posted_at": "2025-04-10",
        },
        {"id": "bad-1", "title": "", "body": RAG_EN},
        {
            "id": "data-1",
            "title": "数据工程师",
            "body": DATA_ZH,
            "location": "上海",
            "salary": "25-40K",
            "posted_at": "2025-04-20",
        },
        {"id": "safe-1", "title": "Red Teamer", "body": SAFETY_EN, "posted_at": "2025-05-01"},
        {"id": "ware-1", "title": "Shift supervisor", "body": NOT_LLM_EN, "posted_at": "2025-05-03"},
        {
            "id": "inf-1-repost",
            "title": "【猎头】大模型推理工程师",
            "body": "【猎头推荐】\n" + INFERENCE_ZH + "\n欢迎投递",
            "location": "上海",
        },
    ]
    path = tmp_path / "postings.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


def test_classify_prints_one_json_line_per_posting_in_input_order(postings, run):
    out = run("jobs", "classify", str(postings), "--format", "jsonl")
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [d["row"] for d in lines] == ["1", "2", "3", "4", "5", "6", "7"]
    for d in lines:
        assert {"id", "direction", "role", "confidence", "evidence"} <= set(d)
    by_id = {d["id"]: d for d in lines if d["id"]}
    assert by_id["inf-1"]["direction"] == 3 and by_id["inf-1"]["role"] == "inference.engine"
    assert by_id["rag-1"]["direction"] == 5
    assert by_id["ware-1"]["direction"] is None  # not a large-model role
    assert lines[2]["error"]["field"] == "title" and lines[2]["direction"] is None
    fields = {"title": "RAG Engineer", "body": RAG_EN}
    for ev in by_id["rag-1"]["evidence"]:  # each span indexes the field it was found in
        assert fields[ev["field"]][ev["start"] : ev["end"]] == ev["text"]
    first = by_id["rag-1"]["evidence"][0]
    assert (first["kind"], first["field"], first["text"]) == ("role_title", "title", "RAG Engineer")


def test_import_list_stats_match_and_dups(tmp_path, postings, run, store_db):
    db = store_db
    out = run("jobs", "import", str(postings), "--db", db, "--format", "json")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["added"] == 6 and result["near_duplicates"] == 1
    assert [(p["row"], p["field"]) for p in result["problems"]] == [("3", "title")]
    assert run("jobs", "import", str(postings), "--db", db, "--strict").returncode == 1

    listed = run("jobs", "list", "--direction", "3", "--city", "上海", "--db", db, "--format", "json")
    assert [p["id"] for p in json.loads(listed.stdout)["postings"]] == ["inf-1"]  # the repost counts once

    stats = json.loads(run("jobs", "stats", "--db", db, "--format", "json").stdout)
    assert stats["total"] == 6 and stats["distinct"] == 5 and stats["duplicates"] == 1
    assert {d["direction"]: d["count"] for d in stats["by_direction"]} == {3: 1, 5: 1, 4: 1, 6: 1, None: 1}
    assert {(b["currency"], b["band"]): b["count"] for b in stats["salary_bands"] if b["count"]} == {
        ("CNY", "50–80K"): 1,
        ("CNY", "30–50K"): 1,
        ("USD", "150–200k"): 1,
    }
    assert [m["month"] for m in stats["by_month"]] == ["2025-03", "2025-04", "2025-05"]
    may = stats["by_month"][-1]
    assert may["total"] == 2 and may["by_direction"] == {"6": 1, "none": 1}  # the shift supervisor: not large-model

    me = tmp_path / "me.md"
    me.write_text(PERSON_APPS_ZH, encoding="utf-8")
    matches = json.loads(run("jobs", "match", str(me), "--top", "3", "--db", db, "--format", "json").stdout)
    assert matches[0]["id"] == "rag-1"
    have = {g["id"] for g in matches[0]["have"]}
    missing = {g["id"] for g in matches[0]["missing"]}
    assert {"rag", "langchain", "vector_database"} <= have
    assert "reranking" in missing and not have & missing

    dups = json.loads(run("jobs", "dups", "--db", db, "--format", "json").stdout)
    assert dups == [{"keep": "inf-1", "members": ["inf-1", "inf-1-repost"], "similarity": dups[0]["similarity"]}]


def test_stats_terminal_and_markdown_show_chinese_names(tmp_path, postings, run):
    db = str(tmp_path / "c.db")
    run("jobs", "import", str(postings), "--db", db)
    out = run("jobs", "stats", "--db", db, "--lang", "zh")
    assert "模型推理与部署优化" in out.stdout and "非大模型岗位" in out.stdout
    md = run("jobs", "stats", "--db", db, "--format", "md", "--lang", "en").stdout
    assert md.startswith("# Demand by direction") and "| 3 | Inference and deployment" in md


def test_stats_chart_is_written(tmp_path, postings, run, cjk_font):
    db = str(tmp_path / "c.db")
    run("jobs", "import", str(postings), "--db", db)
    chart = tmp_path / "demand.png"
    out = run("jobs", "stats", "--db", db, "--chart", str(chart), "--lang", "zh")
    assert out.returncode == 0, out.stderr
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_bad_map_is_one_error_line_and_exit_2(postings, run):
    out = run("jobs", "import", str(postings), "--map", "nonsense")
    assert out.returncode == 2
    assert out.stderr.startswith("error[E600]: cannot read the mapping 'nonsense'")
    assert "Traceback" not in out.stderr


def test_a_missing_file_is_one_error_line(tmp_path, run):
    out = run("jobs", "classify", str(tmp_path / "nope.jsonl"))
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "error[E110]: no such file: " in out.stderr


def test_every_jobs_command_has_help(run):
    for cmd in ("import", "classify", "list", "stats", "match", "dups"):
        out = run("jobs", cmd, "--help")
        assert out.returncode == 0 and "Usage" in out.stdout


def test_classify_does_not_need_a_readable_salary(tmp_path, run):
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps({"id": "x", "title": "推理工程师", "body": INFERENCE_ZH, "salary": "面谈后定"}) + "\n")
    line = json.loads(run("jobs", "classify", str(path)).stdout)
    assert line["direction"] == 3 and "error" not in line


def test_match_lists_only_postings_the_person_meets_at_all(tmp_path, postings, run, store_db):
    db = store_db
    run("jobs", "import", str(postings), "--db", db)
    me = tmp_path / "me.md"
    me.write_text("我是会计，熟悉 Excel 和财务报表。", encoding="utf-8")
    assert json.loads(run("jobs", "match", str(me), "--db", db, "--format", "json").stdout) == []


def test_match_ranks_large_model_postings_unless_asked_for_all(tmp_path, run, store_db):
    rows = [
        {"id": "rag", "title": "RAG Engineer", "body": RAG_EN},
        {
            "id": "ops",
            "title": "Warehouse supervisor",
            # asks enough to be read with some confidence (a posting naming one skill would rank below the floor)
            "body": NOT_LLM_EN + "\n- Python scripting for reports\n- SQL queries on our PostgreSQL database"
            "\n- Django admin pages for the shift plan",
        },
    ]
    path = tmp_path / "p.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    db = store_db
    run("jobs", "import", str(path), "--db", db)
    me = tmp_path / "me.md"
    me.write_text("Python developer, 4 years of Django and PostgreSQL.", encoding="utf-8")
    ids = [m["id"] for m in json.loads(run("jobs", "match", str(me), "--db", db, "-f", "json").stdout)]
    everything = json.loads(run("jobs", "match", str(me), "--db", db, "-f", "json", "--include-non-llm").stdout)
    assert ids == ["rag"]
    assert {m["id"] for m in everything} == {"rag", "ops"}
