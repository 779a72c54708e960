"""Importing postings: row-numbered problems, the rest imports, re-import is idempotent — into a SQLite
file and into PostgreSQL (``store_db``)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from careermap.errors import JobsError
from careermap.jobs.reader import read_postings
from careermap.store.corpus import import_postings
from careermap.store.db import open_store
from tests.jobs_samples import DATA_ZH, INFERENCE_ZH, NOT_LLM_ZH, RAG_EN
from tests.stores import query


def store_at(db: str | Path):
    return open_store(db, components=["postings"])


def count(db: str | Path, sql: str = "SELECT count(*) FROM postings") -> int:
    return int(query(db, sql)[0][0])


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


def test_bad_rows_are_reported_by_row_number_and_the_rest_imports(tmp_path, kb, store_db):
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
    db = store_db
    result = import_postings(src, store=store_at(db), kb=kb)
    problems = {p.row: p.field for p in result.problems}
    assert problems == {"2": "title", "3": "body", "4": "salary", "5": "encoding", "6": "row", "8": "date"}
    assert result.added == 3 and result.rows == 9
    assert count(db) == 3


def test_reimport_is_idempotent(tmp_path, kb, store_db):
    src = write_jsonl(tmp_path / "p.jsonl", GOOD)
    db = store_db
    first = import_postings(src, store=store_at(db), kb=kb)
    second = import_postings(src, store=store_at(db), kb=kb)
    assert (first.added, second.added, second.unchanged) == (3, 0, 3)
    assert count(db) == 3
    assert count(db, "SELECT count(*) FROM posting_skills") > 0


def test_the_same_posting_under_another_id_or_twice_in_a_file_is_stored_once(tmp_path, kb, store_db):
    twin = dict(GOOD[0], id="a-again")
    src = write_jsonl(tmp_path / "p.jsonl", [GOOD[0], GOOD[0], twin])
    db = store_db
    result = import_postings(src, store=store_at(db), kb=kb)
    assert (result.added, result.same_content) == (1, 2)
    assert count(db) == 1


def test_postings_without_ids_get_a_stable_id_from_their_text(tmp_path, kb, store_db):
    rows = [{k: v for k, v in g.items() if k != "id"} for g in GOOD]
    src = write_jsonl(tmp_path / "p.jsonl", rows)
    db = store_db
    import_postings(src, store=store_at(db), kb=kb)
    again = import_postings(src, store=store_at(db), kb=kb)
    assert again.unchanged == 3 and count(db) == 3


def test_a_changed_posting_is_updated_not_duplicated(tmp_path, kb, store_db):
    db = store_db
    import_postings(write_jsonl(tmp_path / "1.jsonl", GOOD), store=store_at(db), kb=kb)
    changed = [dict(GOOD[0], body=GOOD[0]["body"] + "\n4. 熟悉 NCCL 通信库。")]
    result = import_postings(write_jsonl(tmp_path / "2.jsonl", changed), store=store_at(db), kb=kb)
    assert result.updated == 1 and count(db) == 3


def test_a_file_of_only_bad_rows_leaves_the_stored_postings_alone(tmp_path, kb, store_db):
    db = store_db
    import_postings(write_jsonl(tmp_path / "1.jsonl", GOOD), store=store_at(db), kb=kb)
    bad = write_jsonl(tmp_path / "bad.jsonl", [{"title": "", "body": ""}, "not json"])
    result = import_postings(bad, store=store_at(db), kb=kb)
    assert len(result.problems) == 2 and count(db) == 3


def test_a_nul_in_a_posting_is_dropped_and_the_posting_stored(tmp_path, kb, store_db):
    # PostgreSQL's text cannot hold U+0000; both stores keep the same text without it
    row = dict(GOOD[0], id="n\u0000ul", title="推理引擎\u0000工程师", city="上\u0000海")
    result = import_postings(write_jsonl(tmp_path / "nul.jsonl", [row]), store=store_at(store_db), kb=kb)
    assert result.added == 1 and not result.problems
    assert query(store_db, "SELECT id, title, city FROM postings") == [("nul", "推理引擎工程师", "上海")]


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


def test_each_posting_keeps_the_weight_of_its_asks_and_an_older_store_is_backfilled(tmp_path, kb, store_db):
    # matching divides by this weight and sets its confidence by this count: they must equal the sum and
    # the count of the posting's asks after every write
    src = write_jsonl(tmp_path / "p.jsonl", GOOD)
    import_postings(src, store=store_at(store_db), kb=kb)
    changed = [dict(GOOD[0], body=GOOD[0]["body"] + "\n4. 熟悉 NCCL 通信库与 Triton。")]
    import_postings(write_jsonl(tmp_path / "2.jsonl", changed), store=store_at(store_db), kb=kb)
    sums = "SELECT posting_id, sum(weight) FROM posting_skills WHERE weight > 0 GROUP BY posting_id ORDER BY 1"
    kept = "SELECT id, skills_weight FROM postings WHERE skills_weight > 0 ORDER BY 1"

    def close(a, b):
        same_ids = [k for k, _ in a] == [k for k, _ in b]
        return same_ids and all(abs(x - y) < 1e-9 for (_, x), (_, y) in zip(a, b, strict=True))

    counts = "SELECT posting_id, count(*) FROM posting_skills WHERE weight > 0 GROUP BY posting_id ORDER BY 1"
    counted = "SELECT id, asks FROM postings WHERE asks > 0 ORDER BY 1"
    assert len(query(store_db, sums)) == 3 and close(query(store_db, sums), query(store_db, kept))
    assert query(store_db, counts) == query(store_db, counted)
    assert query(store_db, "SELECT count(*) FROM postings WHERE asks IS NULL") == [(0,)]

    # the store as the first schema left it (no weight column, no generation), then opened again
    engine_sql = [
        "ALTER TABLE postings DROP COLUMN skills_weight",
        "ALTER TABLE postings DROP COLUMN asks",
        "DROP TABLE postings_generation",
        "DELETE FROM schema_versions WHERE component = 'postings' AND version > 1",
    ]
    from sqlalchemy import create_engine, text

    from careermap.store.db import resolve_url

    engine = create_engine(resolve_url(store_db))
    with engine.begin() as conn:
        for sql in engine_sql:
            conn.execute(text(sql))
    engine.dispose()
    store_at(store_db).close()
    assert close(query(store_db, sums), query(store_db, kept))
    assert query(store_db, counts) == query(store_db, counted)
    assert query(store_db, "SELECT MAX(version) FROM schema_versions WHERE component = 'postings'") == [(4,)]


def test_the_times_a_store_records_read_alike_on_every_back_end(tmp_path, kb, store_db):
    import re

    import_postings(write_jsonl(tmp_path / "p.jsonl", GOOD[:1]), store=store_at(store_db), kb=kb)
    import_postings(
        write_jsonl(tmp_path / "2.jsonl", [dict(GOOD[0], body=GOOD[0]["body"] + "\n熟悉 NCCL。")]),
        store=store_at(store_db),
        kb=kb,
    )  # an update moves updated_at
    times = query(store_db, "SELECT imported_at, updated_at FROM postings")
    times += query(store_db, "SELECT applied_at, applied_at FROM schema_versions")
    for pair in times:
        for t in pair:  # UTC, to the second, as SQLite's CURRENT_TIMESTAMP writes it
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}", t), t


def test_a_match_in_a_running_process_lists_a_reimported_posting_as_it_now_reads(tmp_path, kb, store_db):
    # a server keeps the postings it lists (rows and asks) between requests: a write must show at once
    from careermap.api.market import match

    store = store_at(store_db)
    try:
        import_postings(write_jsonl(tmp_path / "p.jsonl", GOOD), store=store, kb=kb)
        person = "推理引擎工程师，5 年 CUDA、C++ 与 vLLM，熟悉 NCCL 通信库与 Triton。"
        before = next(p for p in match(person, kb=kb, db=store).postings if p.id == "a")
        changed = [dict(GOOD[0], title="推理引擎专家", body=GOOD[0]["body"] + "\n4. 熟悉 NCCL 通信库与 Triton。")]
        import_postings(write_jsonl(tmp_path / "2.jsonl", changed), store=store_at(store_db), kb=kb)
        after = next(p for p in match(person, kb=kb, db=store).postings if p.id == "a")
    finally:
        store.close()
    asked = {g.id for g in after.have + after.missing}
    assert before.title == "推理引擎工程师" and after.title == "推理引擎专家"
    assert asked - {g.id for g in before.have + before.missing} >= {"nccl"}
