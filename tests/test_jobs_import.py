"""Importing postings: row-numbered problems, the rest imports, re-import is idempotent."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest

from careermap.errors import JobsError
from careermap.jobs.corpus import import_postings
from careermap.jobs.reader import read_postings
from careermap.store.db import open_store
from tests.jobs_samples import DATA_ZH, INFERENCE_ZH, NOT_LLM_ZH, RAG_EN


def store_at(path: Path):
    return open_store(path, components=["postings"])


def count(db: Path, sql: str = "SELECT count(*) FROM postings") -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchone()[0]


def write_jsonl(path: Path, rows: list[dict | str | bytes]) -> Path:
    with path.open("wb") as fh:
        for r in rows:
            if isinstance(r, bytes):
                fh.write(r + b"\n")
            elif isinstance(r, str):
                fh.write(r.encode() + b"\n")
            else:
                fh.write(json.dumps(r, ensure_ascii=False).encode() + b"\n")
    return path


GOOD = [
    {
        "id": "a",
        "title": "推理引擎工程师",
        "body": INFERENCE_ZH,
        "city": "上海",
        "salary": "40-70K·15薪",
        "date": "2025-03-02",
    },
    {
        "id": "b",
        "title": "RAG Engineer",
        "body": RAG_EN,
        "city": "Remote",
        "salary": "$150k-$200k",
        "date": "2025-04-10",
    },
    {"id": "c", "title": "数据开发", "body": DATA_ZH, "city": "北京", "date": "2025/4/1"},
]


def test_bad_rows_are_reported_by_row_number_and_the_rest_imports(tmp_path, kb):
    gbk_row = json.dumps({"id": "g", "title": "算法工程师", "body": "负责大模型训练"}, ensure_ascii=False).encode("gbk")
    src = write_jsonl(
        tmp_path / "p.jsonl",
        [
            GOOD[0],
            {"id": "t", "title": "", "body": RAG_EN},  # 2: no title
            {"id": "e", "title": "Empty", "body": "   "},  # 3: empty body
            {"id": "s", "title": "薪资坏了", "body": DATA_ZH, "salary": "工资很高"},  # 4: unreadable salary
            gbk_row,  # 5: wrong encoding
            '{"id": "x", "title": "broken"',  # 6: not JSON
            GOOD[1],
            {"id": "d", "title": "日期坏了", "body": DATA_ZH, "date": "someday"},  # 8: unreadable date
            GOOD[2],
        ],
    )
    db = tmp_path / "c.db"
    result = import_postings(src, store=store_at(db), kb=kb)
    problems = {p.row: p.field for p in result.problems}
    assert problems == {"2": "title", "3": "body", "4": "salary", "5": "encoding", "6": "row", "8": "date"}
    assert result.added == 3 and result.rows == 9
    assert count(db) == 3


def test_reimport_is_idempotent(tmp_path, kb):
    src = write_jsonl(tmp_path / "p.jsonl", GOOD)
    db = tmp_path / "c.db"
    first = import_postings(src, store=store_at(db), kb=kb)
    second = import_postings(src, store=store_at(db), kb=kb)
    assert (first.added, second.added, second.unchanged) == (3, 0, 3)
    assert count(db) == 3
    assert count(db, "SELECT count(*) FROM posting_skills") > 0


def test_the_same_posting_under_another_id_or_twice_in_a_file_is_stored_once(tmp_path, kb):
    twin = dict(GOOD[0], id="a-again")
    src = write_jsonl(tmp_path / "p.jsonl", [GOOD[0], GOOD[0], twin])
    db = tmp_path / "c.db"
    result = import_postings(src, store=store_at(db), kb=kb)
    assert (result.added, result.same_content) == (1, 2)
    assert count(db) == 1


def test_postings_without_ids_get_a_stable_id_from_their_text(tmp_path, kb):
    rows = [{k: v for k, v in g.items() if k != "id"} for g in GOOD]
    src = write_jsonl(tmp_path / "p.jsonl", rows)
    db = tmp_path / "c.db"
    import_postings(src, store=store_at(db), kb=kb)
    again = import_postings(src, store=store_at(db), kb=kb)
    assert again.unchanged == 3 and count(db) == 3


def test_a_changed_posting_is_updated_not_duplicated(tmp_path, kb):
    db = tmp_path / "c.db"
    import_postings(write_jsonl(tmp_path / "1.jsonl", GOOD), store=store_at(db), kb=kb)
    changed = [dict(GOOD[0], body=GOOD[0]["body"] + "\n4. 熟悉 NCCL 通信库。")]
    result = import_postings(write_jsonl(tmp_path / "2.jsonl", changed), store=store_at(db), kb=kb)
    assert result.updated == 1 and count(db) == 3


def test_a_file_of_only_bad_rows_leaves_the_stored_postings_alone(tmp_path, kb):
    db = tmp_path / "c.db"
    import_postings(write_jsonl(tmp_path / "1.jsonl", GOOD), store=store_at(db), kb=kb)
    bad = write_jsonl(tmp_path / "bad.jsonl", [{"title": "", "body": ""}, "not json"])
    result = import_postings(bad, store=store_at(db), kb=kb)
    assert len(result.problems) == 2 and count(db) == 3


def test_csv_with_chinese_column_names_and_a_map_for_the_rest(tmp_path, kb):
    path = tmp_path / "p.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["职位名称", "jd_text", "工作地点", "薪资", "发布日期"])
        w.writerow(["推理工程师", INFERENCE_ZH, "上海", "30-50K", "2025-01-05"])
        w.writerow(["会计", NOT_LLM_ZH, "广州", "8-12K", "2025-02-01"])
    with pytest.raises(JobsError):  # no body column without a map
        read_postings(path, kb)
    read = read_postings(path, kb, mapping={"body": "jd_text"})
    assert [p.title for p in read.postings] == ["推理工程师", "会计"]
    assert read.columns["city"] == "工作地点" and read.postings[0].city == "上海"
    assert read.postings[1].salary is not None and read.postings[1].salary.high == 12000


def test_csv_rows_are_numbered_like_a_spreadsheet(tmp_path, kb):
    path = tmp_path / "p.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["title", "body"])
        w.writerow(["ok", RAG_EN])
        w.writerow(["", RAG_EN])
    read = read_postings(path, kb)
    assert [(p.row, p.field) for p in read.problems] == [("3", "title")]


def test_a_gbk_file_is_read_as_gbk(tmp_path, kb):
    path = tmp_path / "p.csv"
    path.write_bytes(f"title,body\n推理工程师,{INFERENCE_ZH.replace(chr(10), ' ')}\n".encode("gbk"))
    read = read_postings(path, kb)
    assert read.encoding == "gbk" and read.postings[0].title == "推理工程师"


def test_a_folder_of_text_markdown_and_html_postings(tmp_path, kb):
    folder = tmp_path / "jobs"
    folder.mkdir()
    (folder / "a.md").write_text(
        f"---\ncity: 杭州\nsalary: 25-40K\n---\n# 推理工程师\n{INFERENCE_ZH}", encoding="utf-8"
    )
    (folder / "b.txt").write_text(f"RAG Engineer\n{RAG_EN}", encoding="utf-8")
    html = (
        "<html><head><title>数据工程师</title></head>"
        "<body><h2>工作职责</h2><ul><li>负责 Spark 数据管道</li></ul></body></html>"
    )
    (folder / "c.html").write_text(html, encoding="utf-8")
    (folder / "empty.txt").write_text("Only a title\n", encoding="utf-8")
    read = read_postings(folder, kb)
    titles = {p.title: p for p in read.postings}
    assert set(titles) == {"推理工程师", "RAG Engineer", "数据工程师"}
    assert titles["推理工程师"].city == "杭州" and titles["推理工程师"].salary is not None
    assert "Spark" in titles["数据工程师"].body
    assert [(p.row, p.field) for p in read.problems] == [("empty.txt", "body")]


def test_a_map_naming_a_column_that_is_not_there_is_an_error(tmp_path, kb):
    src = write_jsonl(tmp_path / "p.jsonl", GOOD)
    with pytest.raises(JobsError, match="description"):
        read_postings(src, kb, mapping={"body": "description"})
