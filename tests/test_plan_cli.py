"""`careermap plan`, `history`, `diff` as a user runs them (in-process through the `cli` fixture), on real SQLite
files."""

from __future__ import annotations

import hashlib
import json
import math
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from careermap.knowledge.loader import DATA_DIR
from careermap.store.assessments import fingerprint
from tests.conftest import Cli

JAVA = "5年Java后端开发，熟悉Spring Cloud、Redis、MySQL，最近用LangChain做了公司内部知识库问答。"
JAVA_LATER = (
    "5年Java后端开发，熟悉Spring Cloud、Redis、MySQL。主导公司内部知识库RAG问答系统上线，"
    "用LangChain和Milvus向量数据库，bge Embedding模型加Rerank重排序，准确率从60%提升到85%。"
)


@pytest.fixture
def me(tmp_path: Path) -> Path:
    path = tmp_path / "me.md"
    path.write_text(JAVA, encoding="utf-8")
    return path


def rows(db: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT * FROM assessments ORDER BY id").fetchall()


def test_plan_json_has_the_design_shape_and_numbers_that_add_up(me: Path, tmp_path: Path, cli: Cli) -> None:
    out = cli(
        "plan",
        str(me),
        "--role",
        "inference.engine",
        "--hours-per-week",
        "8",
        "--format",
        "json",
        "--db",
        str(tmp_path / "p.db"),
    )
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["role"]["id"] == "inference.engine" and data["role"]["name"]
    assert data["hours_per_week"] == 8
    assert isinstance(data["have"], list) and all("id" in s for s in data["have"])
    for s in data["missing"]:
        assert {"id", "hours", "importance"} <= set(s)
    assert 3 <= len(data["stages"]) <= 6
    for stage in data["stages"]:
        assert stage["name"] and stage["goal"]
        assert stage["hours"] == sum(s["hours"] for s in stage["skills"])
        assert all({"id", "name", "hours"} <= set(s) for s in stage["skills"])
        assert stage["projects"] and all(p["name"] and p["description"] for p in stage["projects"])
    assert data["total_hours"] == sum(stage["hours"] for stage in data["stages"])
    assert data["total_hours"] == sum(s["hours"] for s in data["missing"] if s["in_route"])
    assert data["weeks"] == math.ceil(data["total_hours"] / 8)
    assert data["stages"][-1]["end_week"] == data["weeks"]
    assert len(data["closest"]) == 3
    assert [c["hours"] for c in data["closest"]] == sorted(c["hours"] for c in data["closest"])
    assert data["stored_id"] == 1


def test_plan_defaults_to_the_best_fit_role_and_ten_hours(me: Path, cli: Cli) -> None:
    diag = json.loads(cli("diagnose", str(me), "--format", "json", "--no-store").stdout)
    plan = json.loads(cli("plan", str(me), "--format", "json").stdout)
    assert plan["role"]["id"] == diag["directions"][0]["roles"][0]["id"]
    assert plan["hours_per_week"] == 10


def test_markdown_is_a_checklist_with_the_same_numbers(me: Path, cli: Cli) -> None:
    data = json.loads(cli("plan", str(me), "--format", "json", "--no-store").stdout)
    md = cli("plan", str(me), "--format", "md", "--no-store")
    assert md.returncode == 0, md.stderr
    text = md.stdout
    assert text.startswith("# 学习路线 · " + data["role"]["name"])
    assert data["summary"] in text
    boxes = re.findall(r"^- \[ \] ", text, flags=re.M)
    route = sum(len(stage["skills"]) + len(stage["projects"]) for stage in data["stages"])
    assert len(boxes) == route + len(data["next"])
    for stage in data["stages"]:
        assert f"{stage['hours']} 小时" in text
    for s in data["have"]:
        assert f"- [x] {s['name']}" in text


def test_terminal_output_names_the_route_and_where_it_was_stored(me: Path, cli: Cli) -> None:
    out = cli("plan", str(me), "--lang", "en")
    assert out.returncode == 0, out.stderr
    assert "Learning route" in out.stdout and "Stage 1" in out.stdout
    assert "saved as #1" in out.stdout
    assert "学习路线" not in out.stdout


def test_no_store_stores_nothing_and_db_env_and_url_choose_the_database(me: Path, tmp_path: Path, cli: Cli) -> None:
    env_db = tmp_path / "env.db"
    cli("plan", str(me), "--no-store", env={"CAREERMAP_DB": str(env_db)})
    cli("diagnose", str(me), "--no-store", "--format", "json", env={"CAREERMAP_DB": str(env_db)})
    assert not env_db.exists()
    cli("plan", str(me), "--format", "json", env={"CAREERMAP_DB": str(env_db)})
    assert len(rows(env_db)) == 1
    url_db = tmp_path / "url.db"
    out = cli("plan", str(me), "--format", "json", "--db", f"sqlite:///{url_db}", env={"CAREERMAP_DB": str(env_db)})
    assert out.returncode == 0, out.stderr
    assert len(rows(url_db)) == 1 and len(rows(env_db)) == 1


def test_diagnose_stores_its_assessment_too(me: Path, tmp_path: Path, cli: Cli) -> None:
    db = tmp_path / "d.db"
    out = cli("diagnose", str(me), "--format", "json", "--db", str(db))
    assert out.returncode == 0, out.stderr
    hist = json.loads(cli("history", "--db", str(db), "--format", "json").stdout)["assessments"]
    assert len(hist) == 1 and hist[0]["plan"] is None and hist[0]["efforts"]
    assert hist[0]["top"]["role"]["id"] == json.loads(out.stdout)["directions"][0]["roles"][0]["id"]
    # the input is kept as a fingerprint only: the same text however spaced, never the text itself
    assert (
        hist[0]["fingerprint"]
        == fingerprint(JAVA)
        == fingerprint(" " + JAVA.replace("Spring Cloud", "Ｓｐｒｉｎｇ   Cloud") + "\n\n")
    )
    raw = db.read_bytes() + (db.with_name("d.db-wal").read_bytes() if db.with_name("d.db-wal").exists() else b"")
    assert "公司内部知识库".encode() not in raw and b"Spring Cloud" not in raw


def test_history_lists_newest_first_and_diff_shows_progress(me: Path, store_db: str, cli: Cli) -> None:
    db = store_db  # a SQLite file, then a PostgreSQL database
    first = json.loads(cli("plan", str(me), "--role", "apps.rag", "--format", "json", "--db", db).stdout)
    me.write_text(JAVA_LATER, encoding="utf-8")
    second = json.loads(cli("plan", str(me), "--role", "apps.rag", "--format", "json", "--db", db).stdout)
    assert (first["stored_id"], second["stored_id"]) == (1, 2)
    hist = json.loads(cli("history", "--db", db, "--format", "json").stdout)["assessments"]
    assert [h["id"] for h in hist] == [2, 1]
    assert [h["plan"]["total_hours"] for h in hist] == [second["total_hours"], first["total_hours"]]
    assert len(json.loads(cli("history", "--db", db, "--format", "json", "--limit", "1").stdout)["assessments"]) == 1

    data = json.loads(cli("diff", "--db", db, "--format", "json").stdout)
    assert (data["older"]["id"], data["newer"]["id"]) == (1, 2)
    gained = {s["id"] for s in data["skills"] if s["change"] in ("gained", "stronger")}
    assert {"vector_database", "rag"} <= gained
    rag = next(e for e in data["efforts"] if e["role"]["id"] == "apps.rag")
    assert (rag["hours_before"], rag["hours_after"]) == (first["total_hours"], second["total_hours"])
    assert rag["hours_after"] < rag["hours_before"]
    assert {s["id"] for s in data["route_done"]} & {"vector_database", "rag", "reranking"}

    md = cli("diff", "--db", db, "--format", "md", "--lang", "en")
    assert md.returncode == 0, md.stderr
    assert (
        "# What changed since last time" in md.stdout
        and f"{first['total_hours']} → {second['total_hours']}" in md.stdout
    )
    term = cli("history", "--db", db)
    assert term.returncode == 0 and "me.md" in term.stdout


def test_diff_with_too_little_history_says_what_to_do(me: Path, tmp_path: Path, cli: Cli) -> None:
    db = tmp_path / "one.db"
    out = cli("diff", "--db", str(db), "--lang", "en")
    assert out.returncode == 2
    assert out.stderr.startswith("error[E300]: no assessment is stored yet — ")
    assert not db.exists()
    cli("plan", str(me), "--db", str(db))
    out = cli("diff", "--db", str(db), "--lang", "en")
    assert out.returncode == 2 and "only one assessment is stored" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert cli("diff", "1", "7", "--db", str(db)).returncode == 2


def test_history_of_a_missing_database_creates_nothing(tmp_path: Path, cli: Cli) -> None:
    db = tmp_path / "none.db"
    out = cli("history", "--db", str(db), "--lang", "en")
    assert out.returncode == 0 and "No assessment stored yet" in out.stdout
    assert json.loads(cli("history", "--db", str(db), "--format", "json").stdout)["assessments"] == []
    assert not db.exists()


def test_bad_input_never_touches_stored_data(me: Path, tmp_path: Path, cli: Cli) -> None:
    db = tmp_path / "keep.db"
    cli("plan", str(me), "--db", str(db))
    before = rows(db)
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    for args in (
        ("plan", str(empty)),
        ("plan", str(tmp_path / "missing.md")),
        ("plan", str(me), "--role", "inference.nothing"),
        ("plan", str(me), "--hours-per-week", "0"),
        ("diagnose", str(empty)),
    ):
        out = cli(*args, "--db", str(db))
        assert out.returncode == 2, args
        assert "Traceback" not in out.stderr
    assert rows(db) == before


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(me: Path, tmp_path: Path, cli: Cli) -> None:
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"my own notes, not a database\n" * 100)
    digest = hashlib.sha256(bad.read_bytes()).hexdigest()
    out = cli("history", "--db", str(bad), "--lang", "en")
    assert out.returncode == 2
    assert re.fullmatch(r"error\[E400\]: database .* failed: file is not a database — .+\n", out.stderr)
    plan = cli("plan", str(me), "--db", str(bad), "--format", "json", "--lang", "en")  # asked for: an error
    assert plan.returncode == 2 and plan.stdout == ""
    assert re.fullmatch(r"error\[E400\]: database .* failed: file is not a database — .+\n", plan.stderr)
    default = cli("plan", str(me), "--format", "json", "--lang", "en", env={"CAREERMAP_DB": str(bad)})
    assert default.returncode == 0 and json.loads(default.stdout)["stored_id"] is None  # the default: a warning
    assert default.stderr.startswith("warning[E400]: the assessment was not stored: ")
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == digest


def test_a_prerequisite_cycle_in_a_knowledge_base_copy_is_reported(me: Path, tmp_path: Path, cli: Cli) -> None:
    kb = tmp_path / "kb"
    shutil.copytree(DATA_DIR, kb)
    ml = kb / "skills" / "ml_frameworks.yaml"
    text = ml.read_text(encoding="utf-8")
    block = text[text.index("- id: pytorch") :]
    line = next(x for x in block.splitlines() if x.strip().startswith("prerequisites:"))
    ml.write_text(text.replace(line, "  prerequisites: [python, neural_networks, vllm]", 1), encoding="utf-8")
    out = cli("kb", "validate", "--kb", str(kb))
    assert out.returncode == 2
    assert re.search(r"cycle: .*pytorch.*vllm|cycle: .*vllm.*pytorch", out.stderr), out.stderr
    plan = cli("plan", str(me), "--kb", str(kb), "--lang", "en")
    assert plan.returncode == 2 and "cycle:" in plan.stderr and plan.stderr.startswith("error[E200]")


def test_every_new_command_has_help(cli: Cli) -> None:
    for command in ("plan", "history", "diff"):
        out = cli(command, "--help")
        assert out.returncode == 0
        assert "--db" in out.stdout and "--format" in out.stdout
    assert "--no-store" in cli("diagnose", "--help").stdout
    assert "--hours-per-week" in cli("plan", "--help").stdout


def test_the_stored_fingerprint_is_of_the_redacted_input(kb, tmp_path: Path, cli: Cli) -> None:
    from careermap.ingest.source import read_source

    resume = tmp_path / "cv.md"
    text = "张三 电话 13812345678 邮箱 zhangsan@example.com\n" + JAVA
    resume.write_text(text, encoding="utf-8")
    db = tmp_path / "pii.db"
    assert cli("plan", str(resume), "--db", str(db), "--format", "json").returncode == 0
    assert cli("plan", str(resume), "--db", str(db), "--format", "json", "--keep-pii").returncode == 0
    redacted, kept = (
        r["fingerprint"]
        for r in json.loads(cli("history", "--db", str(db), "--format", "json").stdout)["assessments"][::-1]
    )
    masked = read_source(str(resume), kb).text
    assert "13812345678" not in masked
    assert redacted == fingerprint(masked) != fingerprint(text) == kept
    with sqlite3.connect(db) as conn:
        dump = "\n".join(conn.iterdump())
    assert "13812345678" not in dump and "zhangsan@example.com" not in dump
