"""`careermap batch --engine spark` on a real local Spark (local[2]): the answers of `jobs classify`
for every real posting, the local engine's near-duplicate groups, stats equal to DuckDB's.

One Spark session serves the whole module (it takes seconds to start); CI installs Java and the
`[spark]` extra (scripts/system-deps, the test extra).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from careermap.knowledge.loader import Knowledge
from tests.batchutil import answers, one_process, read_rows, same_group_pairs
from tests.conftest import eval_data, invoke
from tests.resume_files import write_docx

pytest.importorskip("pyspark")
pytest.importorskip("duckdb")
if shutil.which("java") is None:
    pytest.skip("Spark needs Java 17+ (scripts/system-deps installs default-jre-headless)", allow_module_level=True)

pytestmark = pytest.mark.slow

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
MASTER = "local[2]"


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from careermap.batch.spark import session

    s = session(MASTER)
    yield s
    s.stop()


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real postings (the shared evaluation set when present) and the committed examples."""
    folder = tmp_path_factory.mktemp("data")
    for s in (eval_data("postings.jsonl"), eval_data("postings_zh.jsonl")):
        if s:
            shutil.copy(s, folder / s.name)
    shutil.copy(EXAMPLES / "postings.jsonl", folder / "examples.jsonl")
    return folder


@pytest.fixture(scope="module")
def classified(spark: Any, data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("spark") / "out"
    r = invoke("batch", "classify", str(data), str(out), "--engine", "spark", "--master", MASTER)
    assert r.returncode == 0, r.stderr
    return out


def test_spark_gives_the_answers_of_jobs_classify_for_every_posting(
    classified: Path, data: Path, kb: Knowledge
) -> None:
    rows = read_rows(classified)
    for f in sorted(data.iterdir()):
        expected = one_process(f, kb)
        assert expected and answers(rows, f.name) == expected, f.name
    (error,) = read_rows(classified, errors=True)
    assert (error["source"], error["row"], error["field"]) == ("examples.jsonl", "7", "title")
    manifest = json.loads((classified / "_manifest.json").read_text(encoding="utf-8"))
    assert manifest["engine"] == "spark" and manifest["kb_version"] == kb.version


def test_spark_rows_equal_the_local_engine_rows(classified: Path, data: Path, tmp_path: Path) -> None:
    out = tmp_path / "local"
    r = invoke("batch", "classify", str(data), str(out), "-w", "2")
    assert r.returncode == 0, r.stderr
    local = {(r["source"], r["row"]): r for r in read_rows(out)}
    spark = {(r["source"], r["row"]): r for r in read_rows(classified)}
    assert local.keys() == spark.keys()
    skip = {"dup_of", "dup_similarity"}
    for key, row in local.items():
        assert {k: v for k, v in row.items() if k not in skip} == {
            k: v for k, v in spark[key].items() if k not in skip
        }, key
    # near-duplicates: MinHashLSH groups against the local MinHash groups, pair by pair
    a, b = same_group_pairs(list(local.values())), same_group_pairs(list(spark.values()))
    agreement = len(a & b) / len(a | b) if a | b else 1.0
    print(f"near-duplicate pairs: local {len(a)}, spark {len(b)}, agreement {agreement:.4f}")
    assert agreement >= 0.95  # measured 0.973 on the 3,396 shared postings (docs/batch.md)
    marked = sum(1 for r in spark.values() if r["dup_of"]), sum(1 for r in local.values() if r["dup_of"])
    assert abs(marked[0] - marked[1]) <= max(2, marked[1] // 50)


def test_spark_text_source_reads_the_lines_the_workers_read(
    classified: Path, data: Path, spark: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a cluster, JSON Lines goes through Spark's text source: the same rows, the same errors."""
    from careermap.batch import classify_postings
    from careermap.batch import spark as engine

    monkeypatch.setattr(engine, "_reads_ranges", lambda *_: False)
    out = tmp_path / "text"
    result = classify_postings(str(data), out, engine="spark", master=MASTER, dedup=False)
    skip = {"dup_of", "dup_similarity"}
    text = {(r["source"], r["row"]): {k: v for k, v in r.items() if k not in skip} for r in read_rows(out)}
    ranges = {(r["source"], r["row"]): {k: v for k, v in r.items() if k not in skip} for r in read_rows(classified)}
    assert text == ranges and result.rows == len(text)
    assert read_rows(out, errors=True) == read_rows(classified, errors=True) and result.errors == 1


def test_spark_sql_stats_equal_duckdb_stats(classified: Path, spark: Any) -> None:
    for extra in ([], ["--direction", "1"]):
        on_spark = invoke(
            "batch", "stats", str(classified), "-f", "json", "--engine", "spark", "--master", MASTER, *extra
        )
        on_duckdb = invoke("batch", "stats", str(classified), "-f", "json", *extra)
        assert on_spark.returncode == 0, on_spark.stderr
        assert json.loads(on_spark.stdout) == json.loads(on_duckdb.stdout)


def test_spark_writes_json_lines_parts_and_refuses_to_overwrite(spark: Any, kb: Knowledge, tmp_path: Path) -> None:
    src = EXAMPLES / "postings.jsonl"
    out = tmp_path / "out"
    args = ["batch", "classify", str(src), str(out), "--engine", "spark", "--master", MASTER, "-f", "jsonl"]
    r = invoke(*args, "--no-dedup")
    assert r.returncode == 0, r.stderr
    assert list(out.glob("part-*.jsonl")) and not list(out.glob("part-*.json"))
    assert answers(read_rows(out)) == one_process(src, kb)
    assert read_rows(out, errors=True)[0]["row"] == "7"
    again = invoke(*args)
    assert again.returncode == 2 and "--overwrite" in again.stderr


def test_spark_diagnoses_a_folder_of_resumes_as_the_local_engine(spark: Any, tmp_path: Path) -> None:
    folder = tmp_path / "cohort"
    folder.mkdir()
    shutil.copy(EXAMPLES / "zh-java-backend.md", folder / "zh.md")
    shutil.copy(EXAMPLES / "en-hpc-engineer.md", folder / "en.md")
    write_docx(folder / "word.docx")
    (folder / "empty.txt").write_bytes(b"")
    outs = {}
    for engine in ("local", "spark"):
        outs[engine] = tmp_path / engine
        r = invoke(
            "batch", "diagnose", str(folder), str(outs[engine]), "--engine", engine, "--master", MASTER, "-w", "1"
        )
        assert r.returncode == 0, r.stderr

    def rows(engine: str) -> dict[str, Any]:
        found = {r["id"]: r for r in read_rows(outs[engine])}
        for r in found.values():
            r["read"] = {k: v for k, v in json.loads(r["read"]).items() if k != "read_ms"}
        return found

    assert rows("spark") == rows("local")
    assert [e["code"] for e in read_rows(outs["spark"], errors=True)] == ["E101"]


def test_spark_submit_runs_batch_classify_with_its_own_master(kb: Knowledge, tmp_path: Path) -> None:
    """As on a cluster: careermap's entry point under spark-submit, the master set by spark-submit."""
    import os
    import subprocess
    import sys

    import pyspark

    import careermap

    submit = Path(pyspark.__file__).parent / "bin" / "spark-submit"
    main = Path(careermap.__file__).with_name("__main__.py")
    src, out = EXAMPLES / "postings.jsonl", tmp_path / "out"
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable, "LANG": "C.UTF-8"}
    r = subprocess.run(
        [str(submit), "--master", "local[2]", "--conf", "spark.driver.host=127.0.0.1", str(main),
         "batch", "classify", str(src), str(out), "--engine", "spark", "--no-dedup", "--lang", "en"],
        env=env, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr[-2000:]
    assert "classified 7 rows" in r.stdout and "(spark, 2 workers)" in r.stdout
    assert answers(read_rows(out)) == one_process(src, kb)
