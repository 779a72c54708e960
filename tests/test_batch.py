"""`careermap batch` on the local engine: the same answers as `jobs classify` and `diagnose`,
part files a user can read back, bad rows in the errors part, resuming, stats equal to `jobs stats`."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from careermap.knowledge.loader import Knowledge
from tests.batchutil import answers, one_process, read_rows
from tests.conftest import eval_data
from tests.resume_files import write_docx

pytest.importorskip("pyarrow")
pytest.importorskip("duckdb")

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
POSTINGS = EXAMPLES / "postings.jsonl"


def test_classify_gives_the_answers_of_jobs_classify(cli: Any, kb: Knowledge, tmp_path: Path) -> None:
    out = tmp_path / "out"
    r = cli("batch", "classify", str(POSTINGS), str(out), "-w", "1")
    assert r.returncode == 0, r.stderr
    assert "classified 7 rows" in r.stdout and "1 error," in r.stdout
    rows = read_rows(out)
    assert answers(rows) == one_process(POSTINGS, kb)
    assert {r["row"] for r in rows} == {str(n) for n in range(1, 9)} - {"7"}
    engine = next(r for r in rows if r["id"] == "sh-001")
    assert engine["direction"] == 3 and engine["role"] == "inference.engine"
    assert {"id": "cuda", "asked": "required", "level": "expert"}.items() <= next(
        s for s in engine["skills"] if s["id"] == "cuda"
    ).items()
    assert engine["band_low"] == 40.0 and engine["month"] == "2025-03" and engine["city"] == "上海"
    assert engine["kb_version"] == kb.version and engine["scorer"].endswith("/posting")
    assert json.loads(engine["evidence"])[0]["kind"] in ("skill", "role_title")
    (error,) = read_rows(out, errors=True)
    assert (error["row"], error["field"], error["id"]) == ("7", "title", "bad-007")
    assert error["message_zh"] and error["message_en"] == "the title is missing" and error["code"].startswith("E61")
    assert (out / "_SUCCESS").is_file() and json.loads((out / "_manifest.json").read_text())["command"] == "classify"


def test_bad_rows_go_to_the_errors_part_and_never_stop_the_run(cli: Any, kb: Knowledge, tmp_path: Path) -> None:
    good = POSTINGS.read_text(encoding="utf-8").splitlines()[:3]
    lines = [
        good[0],
        "{not json",
        '"a string"',
        "",
        good[1],
        '{"id": "e1", "title": "LLM engineer", "body": ""}',
        good[2],
    ]
    src = tmp_path / "mixed.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    r = cli("batch", "classify", str(src), str(out), "--format", "jsonl", "-w", "1", "--chunk-size", "2")
    assert r.returncode == 0, r.stderr
    rows = read_rows(out)
    assert [r["row"] for r in rows] == ["1", "5", "7"]
    assert answers(rows) == one_process(src, kb)
    errors = {e["row"]: e for e in read_rows(out, errors=True)}
    assert set(errors) == {"2", "3", "6"}
    assert errors["2"]["message_en"].startswith("not valid JSON")
    assert errors["3"]["message_en"] == "not a JSON object"
    assert (errors["6"]["field"], errors["6"]["id"]) == ("body", "e1")
    assert len(list(out.glob("part-*.jsonl"))) == 4  # chunks of two lines, one part each


def test_csv_json_parquet_folders_and_globs(cli: Any, kb: Knowledge, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    records = [json.loads(line) for line in POSTINGS.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [r for r in records if r.get("title")]
    data = tmp_path / "data"
    data.mkdir()
    with open(data / "a.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["id", "title", "body", "city"])
        w.writeheader()
        for r in records[:3]:
            w.writerow({"id": r["id"], "title": r["title"], "body": r["body"], "city": r.get("city")})
    (data / "b.json").write_text(json.dumps({"jobs": records[3:5]}, ensure_ascii=False), encoding="utf-8")
    pq.write_table(pa.Table.from_pylist(records[5:]), data / "c.parquet")
    out = tmp_path / "out"
    r = cli("batch", "classify", str(data), str(out), "-w", "1", "--chunk-size", "2")
    assert r.returncode == 0, r.stderr
    assert len(list(out.glob("part-00000-*.parquet"))) == 2  # a CSV read once, shared out in chunks
    rows = read_rows(out)
    assert sorted(r["source"] for r in rows) == ["a.csv"] * 3 + ["b.json"] * 2 + ["c.parquet"] * (len(records) - 5)
    by_id = {r["id"]: (r["direction"], r["role"]) for r in rows}
    expected = {pid: answer for (pid, _), answer in one_process(POSTINGS, kb).items()}
    assert by_id == expected
    assert next(r for r in rows if r["source"] == "c.parquet")["row"] == "1"  # rows numbered per file
    mapped = tmp_path / "mapped.jsonl"
    mapped.write_text(
        "\n".join(
            json.dumps({"job": r["title"], "desc": r["body"], "ref": r["id"]}, ensure_ascii=False) for r in records
        ),
        encoding="utf-8",
    )
    r = cli(
        "batch",
        "classify",
        str(mapped),
        str(tmp_path / "m"),
        "-w",
        "1",
        "--map",
        "title=job",
        "--map",
        "body=desc",
        "--map",
        "id=ref",
    )
    assert r.returncode == 0, r.stderr
    assert {r["id"]: (r["direction"], r["role"]) for r in read_rows(tmp_path / "m")} == expected
    globbed = tmp_path / "globbed"
    r = cli("batch", "classify", str(data / "*.json"), str(globbed), "-w", "1", "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    assert len(read_rows(globbed)) == 2


def test_a_file_without_a_title_column_fails_with_one_coded_line(cli: Any, tmp_path: Path) -> None:
    src = tmp_path / "x.jsonl"
    src.write_text('{"foo": "a", "bar": "b"}\n', encoding="utf-8")
    r = cli("batch", "classify", str(src), str(tmp_path / "out"), "-w", "1")
    assert r.returncode == 2
    assert r.stderr.startswith("error[E600]") and "--map" in r.stderr and "Traceback" not in r.stderr


def test_the_summary_counts_one_row_and_one_error_in_the_singular(cli: Any, tmp_path: Path) -> None:
    src = tmp_path / "two.jsonl"
    first = json.loads(POSTINGS.read_text(encoding="utf-8").splitlines()[0])
    src.write_text(json.dumps(first) + "\n" + json.dumps({"id": "empty", "title": "x", "body": ""}) + "\n")
    r = cli("batch", "classify", str(src), str(tmp_path / "out"), "-w", "1", "--lang", "en")
    assert r.returncode == 0, r.stderr
    assert "classified 1 row →" in r.stdout and "(local, 1 worker): 1 error, 0 near-duplicates" in r.stdout


def test_a_rerun_resumes_and_another_run_is_refused(cli: Any, tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["batch", "classify", str(POSTINGS), str(out), "-w", "1", "--chunk-size", "3", "--no-dedup"]
    assert cli(*args).returncode == 0
    parts = sorted(out.glob("part-*.parquet"))
    assert len(parts) == 3
    before = parts[1].read_bytes()
    parts[1].unlink()
    r = cli(*args)
    assert r.returncode == 0 and "2 finished parts skipped" in r.stdout and "classified 3 rows" in r.stdout
    assert parts[1].read_bytes() == before
    r = cli("batch", "classify", str(POSTINGS), str(out), "-w", "1", "--no-title")
    assert r.returncode == 2 and "--overwrite" in r.stderr
    r = cli("batch", "classify", str(POSTINGS), str(out), "-w", "1", "--no-title", "--overwrite")
    assert r.returncode == 0 and "0 finished parts skipped" in r.stdout


def test_near_duplicates_are_marked_as_jobs_import_marks_them(cli: Any, tmp_path: Path) -> None:
    lines = POSTINGS.read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    repost = {**first, "id": "repost", "body": first["body"].replace("负责", "主要负责", 1) + "\n欢迎投递。"}
    src = tmp_path / "p.jsonl"
    src.write_text("\n".join([*lines, json.dumps(repost, ensure_ascii=False), lines[1]]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert cli("batch", "classify", str(src), str(out), "-w", "1").returncode == 0
    by_row = {r["row"]: r for r in read_rows(out)}
    assert by_row["9"]["dup_of"] == first["id"] and by_row["9"]["dup_similarity"] >= 0.8
    assert by_row["10"]["dup_of"] == json.loads(lines[1])["id"]  # the same id again counts once
    assert by_row["1"]["dup_of"] is None


@pytest.mark.slow
def test_the_process_pool_gives_the_answers_of_one_process_on_the_real_postings(
    cli: Any, kb: Knowledge, tmp_path: Path
) -> None:
    """Every shared posting (809 + 2,587 real postings when present) and the committed examples."""
    sources = [p for p in (eval_data("postings.jsonl"), eval_data("postings_zh.jsonl")) if p] or [POSTINGS]
    data = tmp_path / "data"
    data.mkdir()
    for s in sources:
        shutil.copy(s, data / s.name)
    shutil.copy(POSTINGS, data / "examples.jsonl")
    out = tmp_path / "out"
    r = cli("batch", "classify", str(data), str(out), "-w", "2", "--chunk-size", "400", "--no-dedup")
    assert r.returncode == 0, r.stderr
    rows = read_rows(out)
    for f in sorted(data.iterdir()):
        expected = one_process(f, kb)
        assert answers(rows, f.name) == expected, f.name
        assert len(expected) > 0


@pytest.mark.slow
def test_stats_over_the_parts_equal_jobs_stats_over_the_store(cli: Any, tmp_path: Path) -> None:
    src = eval_data("postings.jsonl") or POSTINGS
    db = tmp_path / "store.db"
    assert cli("jobs", "import", str(src), "--db", str(db), "--quiet").returncode == 0
    # the same postings on both sides: `jobs import` refuses a row whose salary or date it cannot
    # read (E615/E616) where batch keeps the posting without them, so rows the store refused are left out
    with sqlite3.connect(db) as conn:
        stored_ids = {r[0] for r in conn.execute("SELECT id FROM postings")}
    same = tmp_path / "same.jsonl"
    lines = src.read_text(encoding="utf-8").splitlines()
    same.write_text("\n".join(x for x in lines if x.strip() and json.loads(x).get("id") in stored_ids) + "\n", "utf-8")
    out = tmp_path / "out"
    assert cli("batch", "classify", str(same), str(out), "-w", "1", "--quiet").returncode == 0
    for extra in (["--direction", "5"], ["--since", "2025-01"], []):
        stored = json.loads(cli("jobs", "stats", "--db", str(db), "-f", "json", "--lang", "en", *extra).stdout)
        batch = json.loads(cli("batch", "stats", str(out), "-f", "json", "--lang", "en", *extra).stdout)
        assert batch == stored
    assert stored["by_city"] and stored["by_direction"] and stored["top_skills"]
    md = cli("batch", "stats", str(out), "-f", "md", "--lang", "zh").stdout
    assert "# 各方向岗位需求" in md and "## 各城市需求" in md


def test_stats_draws_the_chart_of_jobs_stats(cli: Any, tmp_path: Path) -> None:
    if not Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc").is_file():
        pytest.skip("no CJK font (scripts/system-deps installs fonts-wqy-microhei)")
    out = tmp_path / "out"
    assert cli("batch", "classify", str(POSTINGS), str(out), "-w", "1", "--format", "jsonl").returncode == 0
    png = tmp_path / "demand.png"
    r = cli("batch", "stats", str(out), "--chart", str(png), "-f", "json")
    assert r.returncode == 0, r.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    assert json.loads(r.stdout)["distinct"] == 6


def test_stats_refuses_a_folder_that_is_not_classified_postings(cli: Any, tmp_path: Path) -> None:
    r = cli("batch", "stats", str(tmp_path))
    assert r.returncode == 2 and "_manifest.json" in r.stderr


def test_diagnose_a_folder_of_resumes_and_records(cli: Any, kb: Knowledge, tmp_path: Path) -> None:
    from careermap.api import diagnose
    from careermap.ingest.source import read_source

    folder = tmp_path / "cohort"
    folder.mkdir()
    shutil.copy(EXAMPLES / "zh-java-backend.md", folder / "zh.md")
    shutil.copy(EXAMPLES / "en-hpc-engineer.md", folder / "en.md")
    write_docx(folder / "word.docx")
    (folder / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    r = cli("batch", "diagnose", str(folder), str(out), "-w", "1")
    assert r.returncode == 0, r.stderr
    rows = {r["id"]: r for r in read_rows(out)}
    assert set(rows) == {"zh.md", "en.md", "word.docx"}
    for name, row in rows.items():
        a = diagnose(read_source(str(folder / name), kb), kb=kb)
        assert (row["direction"], row["role"]) == (a.directions[0].number, a.directions[0].roles[0].role)
        assert [d["number"] for d in row["directions"]] == [d.number for d in a.directions]
        assert len(row["directions"]) == 6 and all(0 <= d["readiness"] <= 1 for d in row["directions"])
        assert {s["status"] for s in row["skills"]} <= {"has", "lacks", "wants"}
    assert json.loads(rows["word.docx"]["read"])["format"] == "docx"
    (error,) = read_rows(out, errors=True)
    assert error["row"] == "empty.txt" and error["code"] == "E101"
    records = tmp_path / "people.jsonl"
    text = (EXAMPLES / "zh-java-backend.md").read_text(encoding="utf-8")
    records.write_text(
        json.dumps({"id": "p1", "text": text}, ensure_ascii=False) + "\n" + '{"id": "p2"}\n', encoding="utf-8"
    )
    out2 = tmp_path / "out2"
    assert cli("batch", "diagnose", str(records), str(out2), "-w", "1", "--format", "jsonl").returncode == 0
    (p1,) = read_rows(out2)
    assert (p1["id"], p1["direction"], p1["role"]) == ("p1", rows["zh.md"]["direction"], rows["zh.md"]["role"])
    (bad,) = read_rows(out2, errors=True)
    assert bad["row"] == "2" and "text" in bad["message_en"]


def test_no_progress_bar_when_output_is_not_a_terminal(cli: Any, tmp_path: Path) -> None:
    r = cli("batch", "classify", str(POSTINGS), str(tmp_path / "out"), "-w", "1")
    assert r.returncode == 0 and "ETA" not in r.stderr and "rows/s" not in r.stderr


@pytest.mark.slow
def test_long_commands_show_a_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    import os
    import sys

    pexpect = pytest.importorskip("pexpect")
    rows = [json.loads(line) for line in POSTINGS.read_text(encoding="utf-8").splitlines() if line.strip()]
    many = tmp_path / "many.jsonl"
    many.write_text(
        "\n".join(json.dumps({**r, "id": f"{r['id']}-{i}"}, ensure_ascii=False) for i in range(60) for r in rows),
        encoding="utf-8",
    )
    env = {**{k: v for k, v in os.environ.items() if k != "CAREERMAP_DEBUG"}, "CAREERMAP_DB": str(tmp_path / "s.db")}
    for args in (["jobs", "import", str(many)], ["batch", "classify", str(many), str(tmp_path / "out"), "-w", "2"]):
        child = pexpect.spawn(
            sys.executable, ["-m", "careermap", *args], dimensions=(30, 160), encoding="utf-8", timeout=120, env=env
        )
        child.expect("postings/s")
        child.expect(pexpect.EOF)
        child.close()
        assert child.exitstatus == 0
    quiet = pexpect.spawn(
        sys.executable,
        ["-m", "careermap", "jobs", "import", str(many), "--quiet"],
        dimensions=(30, 160),
        encoding="utf-8",
        timeout=120,
        env=env,
    )
    quiet.expect(pexpect.EOF)
    assert "postings/s" not in (quiet.before or "")
