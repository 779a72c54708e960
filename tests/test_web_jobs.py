"""The job market on the web: /api/jobs/match, /api/jobs/stats, /api/jobs/classify and the page's
"matching postings" section, against a real `careermap serve --db` on a free loopback port whose
SQLite store the test fills itself (postings written for the tests, imported by the jobs core)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from careermap.knowledge.loader import Knowledge
from careermap.report.models.jobs import Classification as ClassifyResponse
from careermap.report.models.jobs import Matches as JobsMatchResponse
from careermap.report.models.jobs import Stats as JobsStatsResponse
from tests.conftest import Cli, Server, start_server
from tests.jobs_samples import (
    INFERENCE_ZH,
    MARKUP_TITLE,
    NOT_LLM_ZH,
    PERSON_APPS_ZH,
    store_postings,
    write_jsonl,
)
from tests.test_web_api import answers_for

ZH_BROWSER = {"accept-language": "zh-CN,zh;q=0.9,en;q=0.8"}
EN_BROWSER = {"accept-language": "en-US,en;q=0.9"}
pytestmark = pytest.mark.slow  # every test talks to a real `careermap serve`

NONE_STORED_EN = "no postings stored yet: import some with `careermap jobs import FILE`"


def cli_json(cli: Cli, *args: str, stdin: str | None = None) -> Any:
    """The command's JSON (or JSON lines) through the ``cli`` fixture; the command must succeed."""
    out = cli(*args, stdin=stdin, env={"LANG": "C.UTF-8"})
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout) if args[-1] != "jsonl" else [json.loads(x) for x in out.stdout.splitlines()]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, kb: Knowledge) -> Path:
    folder = tmp_path_factory.mktemp("jobs-web")
    path = folder / "careermap.db"
    store_postings(path, kb, folder)
    return path


@pytest.fixture(scope="module")
def jobs_server(db: Path) -> Iterator[Server]:
    srv = start_server("--db", str(db))
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def http(jobs_server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=jobs_server.url, timeout=60) as client:
        yield client


def error_of(r: httpx.Response) -> dict[str, str]:
    assert r.headers["content-type"].startswith("application/json"), r.text[:200]
    err: dict[str, str] = r.json()["error"]
    assert err["line"].count("\n") == 0 and "Traceback" not in err["line"]
    return err


# ---------------------------------------------------------------- match


def test_match_answers_exactly_what_the_cli_prints(http: httpx.Client, db: Path, cli: Cli) -> None:
    r = http.post("/api/jobs/match", params={"top": 3}, json={"text": PERSON_APPS_ZH})
    assert r.status_code == 200, r.text
    body = r.json()
    JobsMatchResponse.model_validate(body)
    assert body["lang"] == "zh" and body["stored"] == 6 and body["message"] is None  # the repost counts once
    theirs = cli_json(
        cli, "jobs", "match", "-", "--top", "3", "--db", str(db), "--format", "json", stdin=PERSON_APPS_ZH
    )
    assert body["postings"] == theirs
    ids = [p["id"] for p in body["postings"]]
    assert ids[:2] == ["kbqa-1", "rag-1"] and "ware-1" not in ids  # not a large-model role: left out
    scores = [p["score"] for p in body["postings"]]
    assert scores == sorted(scores, reverse=True) and 0 < scores[-1] <= scores[0] <= 1
    rag = body["postings"][1]
    have, missing = {g["id"] for g in rag["have"]}, {g["id"] for g in rag["missing"]}
    assert {"rag", "langchain", "vector_database"} <= have and "reranking" in missing and not have & missing
    assert rag["company"] == "Example Labs" and rag["salary"] == "$150k-$200k" and rag["city"] == "Remote"


def test_match_reads_a_file_like_diagnose_and_speaks_the_asked_language(http: httpx.Client) -> None:
    text = http.post("/api/jobs/match", json={"text": PERSON_APPS_ZH, "lang": "en"}).json()
    upload = http.post(
        "/api/jobs/match", params={"lang": "en"}, files={"file": ("me.md", PERSON_APPS_ZH.encode(), "text/markdown")}
    )
    assert upload.status_code == 200, upload.text
    assert upload.json() == text
    assert text["lang"] == "en" and text["postings"][1]["direction_name"] == "Application development and agents"
    assert [p["id"] for p in text["postings"]] == ["kbqa-1", "rag-1"]  # the only two the person meets at all


def test_match_options_are_those_of_the_cli(http: httpx.Client) -> None:
    me = {"text": PERSON_APPS_ZH}
    assert [p["id"] for p in http.post("/api/jobs/match", params={"top": 1}, json=me).json()["postings"]] == ["kbqa-1"]
    five = http.post("/api/jobs/match", params={"direction": "apps"}, json=me).json()["postings"]
    assert {p["direction"] for p in five} == {5}
    hangzhou = http.post("/api/jobs/match", params={"city": "杭州"}, json=me).json()["postings"]
    assert [p["id"] for p in hangzhou] == ["kbqa-1"]
    r = http.post("/api/jobs/match", params={"direction": "9", "lang": "en"}, json=me)
    assert r.status_code == 404 and error_of(r)["line"].startswith("error[E300]: no direction '9'")
    r = http.post("/api/jobs/match", params={"top": 0}, json=me)
    assert r.status_code == 422 and error_of(r)["line"].startswith("error[E109]: query.top:")


def test_a_person_who_meets_no_posting_gets_an_empty_list_and_the_reason(http: httpx.Client) -> None:
    r = http.post("/api/jobs/match", json={"text": "I enjoy hiking and cooking.", "lang": "en"})
    assert r.status_code == 200
    assert r.json() == {
        "lang": "en",
        "stored": 6,
        "postings": [],
        "message": "none of the 6 stored postings asks for a skill you have",
    }


@pytest.mark.parametrize(
    ("kwargs", "status", "start"),
    [
        ({"json": {"text": "  "}}, 422, "error[E101]: the input is empty"),
        ({"json": {"text": "x", "store": True}}, 400, "error[E109]: store: Extra inputs are not permitted"),
        ({"content": b'{"text": ', "headers": {"content-type": "application/json"}}, 400, "error[E109]"),
        ({"files": {"file": ("a.md", b"\x89PNG\r\n\x1a\n" + b"\0" * 99)}}, 415, "error[E104]: a.md is a PNG image"),
    ],
)
def test_bad_match_input_is_one_line(http: httpx.Client, kwargs: dict[str, Any], status: int, start: str) -> None:
    r = http.post("/api/jobs/match", params={"lang": "en"}, **kwargs)
    assert r.status_code == status and error_of(r)["line"].startswith(start), r.text


# ---------------------------------------------------------------- stats


def test_stats_answer_what_the_cli_prints(http: httpx.Client, db: Path, cli: Cli) -> None:
    r = http.get("/api/jobs/stats", params={"lang": "en"})
    assert r.status_code == 200
    body = r.json()
    JobsStatsResponse.model_validate(body)
    assert body.pop("message") is None
    assert body == cli_json(cli, "jobs", "stats", "--db", str(db), "--lang", "en", "--format", "json")
    assert body["total"] == 7 and body["distinct"] == 6 and body["duplicates"] == 1
    assert {d["direction"]: d["count"] for d in body["by_direction"]} == {5: 2, 3: 1, 4: 1, 6: 1, None: 1}
    assert next(d for d in body["by_direction"] if d["direction"] == 5)["share"] == round(2 / 6, 4)
    bands = {(b["currency"], b["band"]): b["count"] for b in body["salary_bands"] if b["count"]}
    assert bands == {("USD", "150–200k"): 1, ("CNY", "30–50K"): 1, ("CNY", "50–80K"): 1}
    assert [m["month"] for m in body["by_month"]] == ["2025-03", "2025-04", "2025-05"]
    assert "rag" in {s["skill"] for s in body["top_skills"]["5"]}


def test_stats_filters_and_the_browsers_language(http: httpx.Client, db: Path, cli: Cli) -> None:
    zh = http.get("/api/jobs/stats", params={"direction": "5", "top": 2}, headers=ZH_BROWSER).json()
    assert zh["by_direction"] == [{"direction": 5, "name": "应用开发与 Agent", "count": 2, "share": 1.0}]
    assert len(zh["top_skills"]["5"]) == 2 and zh["filters"] == {"direction": "5"}
    del zh["message"]
    assert zh == cli_json(
        cli, "jobs", "stats", "-d", "5", "--top", "2", "--db", str(db), "--lang", "zh", "--format", "json"
    )
    none = http.get("/api/jobs/stats", params={"city": "Atlantis", "lang": "en"}).json()
    assert none["total"] == 0 and none["by_direction"] == []
    assert none["message"] == "6 postings are stored, but none fits these filters"
    bad = http.get("/api/jobs/stats", params={"since": "March", "lang": "en"})
    assert bad.status_code == 422 and error_of(bad)["line"].startswith("error[E109]: query.since:")


# ---------------------------------------------------------------- classify


def test_classify_one_posting_as_the_cli_does(http: httpx.Client, tmp_path: Path, cli: Cli) -> None:
    r = http.post("/api/jobs/classify", json={"id": "inf-1", "title": "大模型推理工程师", "body": INFERENCE_ZH})
    assert r.status_code == 200, r.text
    ours = r.json()
    ClassifyResponse.model_validate(ours)
    assert (ours["id"], ours["direction"], ours["role"]) == ("inf-1", 3, "inference.engine")
    assert 0 < ours["confidence"] <= 1 and ours["evidence"]
    for e in ours["evidence"]:
        source = {"title": "大模型推理工程师", "body": INFERENCE_ZH}[e["field"]]
        assert source[e["start"] : e["end"]] == e["text"]
    path = write_jsonl(tmp_path / "one.jsonl", [{"id": "inf-1", "title": "大模型推理工程师", "body": INFERENCE_ZH}])
    [theirs] = cli_json(cli, "jobs", "classify", str(path), "--format", "jsonl")
    assert {**ours, "row": "1"} == theirs


def test_classify_from_the_body_alone_and_an_honest_null(http: httpx.Client, tmp_path: Path, cli: Cli) -> None:
    body_only = http.post("/api/jobs/classify", json={"body": INFERENCE_ZH}, params={"lang": "en"}).json()
    path = write_jsonl(tmp_path / "one.jsonl", [{"title": "大模型推理工程师", "body": INFERENCE_ZH}])
    [theirs] = cli_json(cli, "jobs", "classify", str(path), "--no-title", "--lang", "en", "--format", "jsonl")
    assert body_only["id"] == "-" and body_only["direction"] == theirs["direction"] == 3
    assert body_only["evidence"] == theirs["evidence"] and body_only["role_name"] == "Inference engine developer"
    assert all(e["field"] == "body" for e in body_only["evidence"])
    accounting = http.post("/api/jobs/classify", json={"title": "会计", "body": NOT_LLM_ZH}).json()
    assert accounting["direction"] is None and accounting["role"] is None
    assert accounting["direction_name"] == "非大模型岗位"


@pytest.mark.parametrize(
    ("payload", "status", "start"),
    [
        ({"body": " \n "}, 422, "error[E101]: the posting body is empty"),
        ({"title": "RAG Engineer"}, 400, "error[E109]: body: Field required"),
        ({"body": "x", "salary": "30k"}, 400, "error[E109]: salary: Extra inputs are not permitted"),
        ({"body": "x" * 200_001}, 422, "error[E108]: the text is 200,001 characters"),
        ({"body": "\ud800 CUDA"}, 400, "error[E109]: the request body is not valid JSON (a \\u escape names half"),
    ],
)
def test_bad_postings_are_one_line(http: httpx.Client, payload: dict[str, Any], status: int, start: str) -> None:
    body = json.dumps(payload).encode()  # \u escapes, as a client without a UTF-8 encoder sends them
    r = http.post(
        "/api/jobs/classify", content=body, params={"lang": "en"}, headers={"content-type": "application/json"}
    )
    assert r.status_code == status and error_of(r)["line"].startswith(start), r.text


def test_the_openapi_document_lists_the_jobs_endpoints(http: httpx.Client) -> None:
    paths = http.get("/openapi.json").json()["paths"]
    assert {"/api/jobs/match", "/api/jobs/stats", "/api/jobs/classify"} <= set(paths)
    assert {"application/json", "multipart/form-data"} <= set(
        paths["/api/jobs/match"]["post"]["requestBody"]["content"]
    )


# ---------------------------------------------------------------- the page


def test_the_page_shows_the_matching_postings_after_a_diagnosis(http: httpx.Client) -> None:
    r = http.post("/", data={"text": PERSON_APPS_ZH}, headers=ZH_BROWSER)
    assert r.status_code == 200
    section = r.text[r.text.index('<section class="jobs" id="jobs">') :]
    section = section[: section.index("</section>")]
    assert "和你匹配的岗位" in section and "岗位需求：各方向占比" in section
    titles = re.findall(r'<li class="posting" data-posting="([^"]+)"', section)
    assert titles == ["kbqa-1", "rag-1"]
    assert "Example Labs · Remote · $150k-$200k · 应用开发与 Agent" in section
    assert re.search(r'<span class="chip chip-(met|partial)" title="[^"]+">LangChain</span>', section)
    assert '<span class="chip chip-missing">文档解析与切分</span>' in section
    assert '<a href="https://jobs.example.com/rag-1" rel="noopener noreferrer nofollow">RAG Engineer</a>' in section
    # the demand: one row per direction present, the not-large-model share last
    demand = re.findall(r'<li data-direction="([^"]+)">', section)
    assert demand[0] == "5" and demand[-1] == "none" and len(demand) == 5
    en = http.post("/", data={"text": PERSON_APPS_ZH, "lang": "en"}).text
    assert "Matching job postings" in en and "Ranked among the 6 postings stored" in en


def test_markup_in_a_stored_posting_shows_as_text_and_a_script_address_is_no_link(http: httpx.Client) -> None:
    page = http.post("/", data={"text": PERSON_APPS_ZH}, headers=ZH_BROWSER).text
    assert MARKUP_TITLE not in page and "<img" not in page
    assert "知识库问答工程师 &lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in page
    assert "javascript:" not in page
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", page) == [] and " style=" not in page
    csp = http.post("/", data={"text": PERSON_APPS_ZH}).headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp


def test_no_section_without_text_to_match(http: httpx.Client) -> None:
    answers = answers_for(http.get("/api/quiz").json(), 4)
    page = http.post("/", data={**{f"q.{k}": str(v) for k, v in answers.items()}, "lang": "en"}).text
    assert 'id="top-direction"' in page and 'id="jobs"' not in page


# ---------------------------------------------------------------- an empty store


def test_an_empty_store_says_so_and_is_never_created(tmp_path: Path, kb: Knowledge) -> None:
    db = tmp_path / "later" / "careermap.db"
    srv = start_server("--db", str(db))
    try:
        url = srv.url
        match = httpx.post(f"{url}/api/jobs/match", json={"text": PERSON_APPS_ZH, "lang": "en"}, timeout=30)
        assert match.status_code == 200
        assert match.json()["postings"] == [] and match.json()["stored"] == 0
        assert match.json()["message"].startswith(NONE_STORED_EN)
        stats = httpx.get(f"{url}/api/jobs/stats", params={"lang": "zh"}, timeout=30).json()
        JobsStatsResponse.model_validate(stats)
        assert stats["total"] == 0 and stats["by_direction"] == [] and stats["top_skills"] == {}
        assert stats["message"].startswith("库中还没有岗位")
        page = httpx.post(f"{url}/", data={"text": PERSON_APPS_ZH}, headers=ZH_BROWSER, timeout=30)
        assert 'id="top-direction"' in page.text and 'id="jobs"' not in page.text
        assert not db.parent.exists()  # reading postings wrote nothing

        # a saved assessment creates the database, still without postings
        saved = httpx.post(f"{url}/api/diagnose", json={"text": PERSON_APPS_ZH, "store": True}, timeout=30).json()
        assert saved["stored_id"] == 1
        again = httpx.post(f"{url}/api/jobs/match", json={"text": PERSON_APPS_ZH, "lang": "en"}, timeout=30).json()
        assert again["postings"] == [] and again["message"].startswith(NONE_STORED_EN)

        # postings imported while the server runs are seen on the next request
        store_postings(db, kb, tmp_path)
        found = httpx.post(f"{url}/api/jobs/match", json={"text": PERSON_APPS_ZH}, timeout=30).json()
        assert [p["id"] for p in found["postings"]][:2] == ["kbqa-1", "rag-1"] and found["message"] is None
        page = httpx.post(f"{url}/", data={"text": PERSON_APPS_ZH}, headers=ZH_BROWSER, timeout=30)
        assert 'data-posting="rag-1"' in page.text
    finally:
        srv.stop()


def test_a_file_that_is_not_a_database_is_named_not_taken_for_an_empty_store(tmp_path: Path) -> None:
    db = tmp_path / "careermap.db"
    garbage = b"these are notes, not a SQLite database\n" * 50
    db.write_bytes(garbage)
    srv = start_server("--db", str(db))
    try:
        url = srv.url
        for r in (
            httpx.get(f"{url}/api/jobs/stats", timeout=30),
            httpx.post(f"{url}/api/jobs/match", json={"text": PERSON_APPS_ZH, "lang": "en"}, timeout=30),
        ):
            assert r.status_code == 503
            err = error_of(r)
            assert "not a database" in err["line"] and str(db) in err["line"]
        # the diagnosis itself still answers, and says why the postings are missing
        page = httpx.post(f"{url}/", data={"text": PERSON_APPS_ZH}, headers=ZH_BROWSER, timeout=30)
        assert page.status_code == 200 and 'id="top-direction"' in page.text
        assert 'id="jobs-error"' in page.text and "file is not a database" in page.text
    finally:
        srv.stop()
    assert db.read_bytes() == garbage  # never overwritten
