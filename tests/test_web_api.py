"""The REST API and the page against a real `careermap serve` on a free loopback port (httpx, no TestClient)."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from careermap.report.models.diagnosis import Diagnosis as DiagnoseResponse
from careermap.report.models.plan import Route as PlanResponse
from careermap.web.uploads import ACCEPTED
from tests.conftest import Cli

ZH = (
    "我是做了5年Java后端的，熟悉Spring Cloud、Redis，最近用LangChain做了一个知识库问答，"
    "首字延迟从2秒降到400毫秒。不熟悉CUDA。"
)
EN = "Backend engineer, 7 years of Go and Kubernetes; built our internal LLM gateway with the OpenAI API."
XSS = '熟悉 Python 和 PyTorch。<script>alert("x")</script><img src=x onerror="alert(1)"> 做过 RAG。'
ZH_BROWSER = {"accept-language": "zh-CN,zh;q=0.9,en;q=0.8"}
EN_BROWSER = {"accept-language": "en-US,en;q=0.9"}
TEN_MB = 10 * 1024 * 1024


@pytest.fixture(scope="module")
def http(server: Any) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=60) as client:
        yield client


def error_of(r: httpx.Response) -> dict[str, str]:
    assert r.headers["content-type"].startswith("application/json"), r.text[:200]
    err: dict[str, str] = r.json()["error"]
    assert err["line"].count("\n") == 0 and "Traceback" not in err["line"]
    return err


# ---------------------------------------------------------------- meta and knowledge base


def test_health_names_the_knowledge_base(http: httpx.Client) -> None:
    r = http.get("/api/health")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok" and body["directions"] == 6 and body["roles"] == 18
    assert body["kb_version"] and body["scorer"].startswith("role_fit")
    assert body["semantic"] is False  # the sentence encoder is opt-in (serve --semantic)


def test_directions_follow_the_browser_language_and_lang_overrides_it(http: httpx.Client) -> None:
    zh = http.get("/api/kb/directions", headers=ZH_BROWSER).json()
    assert zh["lang"] == "zh"
    assert [d["number"] for d in zh["directions"]] == [1, 2, 3, 4, 5, 6]
    assert zh["directions"][2]["name"] == "模型推理与部署优化"
    assert [r["id"] for r in zh["directions"][2]["roles"]] == [
        "inference.compression",
        "inference.engine",
        "inference.kernels",
    ]
    en = http.get("/api/kb/directions", params={"lang": "en"}, headers=ZH_BROWSER).json()
    assert en["lang"] == "en" and en["directions"][0]["threshold"]["label"] == "very high"


def test_a_role_in_detail_and_an_unknown_role_as_one_line(http: httpx.Client) -> None:
    r = http.get("/api/kb/roles/inference.engine", params={"lang": "en"})
    assert r.status_code == 200
    role = r.json()
    assert role["direction"]["id"] == "inference" and role["threshold"]["requires"]
    assert role["skills"]["core"] and all({"id", "name"} <= set(s) for s in role["skills"]["core"])
    assert {"大模型推理工程师", "Inference engineer"} <= set(role["titles"])
    missing = http.get("/api/kb/roles/inference.nope", params={"lang": "en"})
    assert missing.status_code == 404
    assert error_of(missing)["line"].startswith("error[E300]: no role 'inference.nope'")
    zh = http.get("/api/kb/roles/nope", headers=ZH_BROWSER)
    assert error_of(zh)["line"].startswith("错误[E300]: 没有岗位 'nope'")


def test_openapi_is_served_and_the_docs_page_loads_only_local_assets(http: httpx.Client) -> None:
    spec = http.get("/openapi.json").json()
    assert {"/api/diagnose", "/api/health", "/api/kb/directions", "/api/kb/roles/{role_id}"} <= set(spec["paths"])
    body = spec["paths"]["/api/diagnose"]["post"]["requestBody"]["content"]
    assert {"application/json", "multipart/form-data"} <= set(body)
    docs = http.get("/docs")
    assert docs.status_code == 200
    assets = re.findall(r'(?:src|href)="([^"]+)"', docs.text)
    assert assets and all(a.startswith("/static/") for a in assets), assets
    for asset in assets:
        assert http.get(asset).status_code == 200, asset
    assert "<script>" not in docs.text  # the start-up script is a static file (CSP)


def test_every_answer_carries_the_content_security_policy(http: httpx.Client) -> None:
    for r in (http.get("/"), http.get("/api/health"), http.get("/static/app.js"), http.get("/nope")):
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "default-src 'self'" in csp and "unsafe-inline" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"


def test_an_unknown_address_is_a_readable_404(http: httpx.Client) -> None:
    r = http.get("/api/nothing-here")
    assert r.status_code == 404
    assert error_of(r)["code"] == "E300"


# ---------------------------------------------------------------- diagnose: good input


def test_diagnose_json_answers_the_contract_with_spans_into_the_text(http: httpx.Client) -> None:
    r = http.post("/api/diagnose", json={"text": ZH})
    assert r.status_code == 200
    data = r.json()
    assert data["lang"] == "zh" and data["text"] == ZH
    assert next(d["id"] for d in data["directions"]) == "apps"
    assert sorted(d["number"] for d in data["directions"]) == [1, 2, 3, 4, 5, 6]
    scores = [d["score"] for d in data["directions"]]
    assert scores == sorted(scores, reverse=True)
    for d in data["directions"]:
        assert {"number", "id", "name", "score", "readiness", "roles", "contributions"} <= set(d)
    for s in data["skills"]:
        for e in s["evidence"]:
            assert ZH[e["start"] : e["end"]] == e["text"]
    assert {"langchain", "rag", "redis"} <= {s["id"] for s in data["skills"]}
    assert [n["id"] for n in data["negated"]] == ["cuda"]
    DiagnoseResponse.model_validate(data)  # the model the OpenAPI document shows is what is sent


def test_the_api_and_the_cli_show_the_same_numbers(http: httpx.Client, cli: Cli) -> None:
    out = cli("diagnose", "-", "--format", "json", "--no-store", stdin=ZH)
    assert out.returncode == 0, out.stderr
    ours = http.post("/api/diagnose", json={"text": ZH}).json()
    theirs = json.loads(out.stdout)
    assert [(d["id"], d["score"], d["readiness"]) for d in ours["directions"]] == [
        (d["id"], d["score"], d["readiness"]) for d in theirs["directions"]
    ]


def test_lang_asks_for_the_answer_language(http: httpx.Client) -> None:
    en = http.post("/api/diagnose", json={"text": ZH, "lang": "en"}).json()
    assert en["lang"] == "en" and en["directions"][0]["name"] == "Application development and agents"
    query = http.post("/api/diagnose", params={"lang": "en"}, json={"text": ZH}).json()
    assert query["lang"] == "en"
    assert http.post("/api/diagnose", json={"text": EN}).json()["lang"] == "en"


def test_a_markdown_file_upload_gives_the_same_answer_as_the_text(http: httpx.Client) -> None:
    r = http.post("/api/diagnose", files={"file": ("me.md", ZH.encode("utf-8"), "text/markdown")})
    assert r.status_code == 200
    data = r.json()
    assert data["document"]["name"] == "me.md" and data["text"] == ZH
    text = http.post("/api/diagnose", json={"text": ZH}).json()
    assert [d["score"] for d in data["directions"]] == [d["score"] for d in text["directions"]]


def test_a_gbk_text_file_is_decoded(http: httpx.Client) -> None:
    r = http.post("/api/diagnose", files={"file": ("old.txt", ZH.encode("gb18030"), "text/plain")})
    assert r.status_code == 200
    assert r.json()["directions"][0]["id"] == "apps" and r.json()["text"] == ZH


def test_a_docx_upload(http: httpx.Client) -> None:
    """Read as a résumé once the ingest layer reads DOCX; until then refused in one line (not a 500)."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("专业技能", level=2)
    document.add_paragraph(ZH)
    buf = io.BytesIO()
    document.save(buf)
    r = http.post("/api/diagnose", params={"lang": "en"}, files={"file": ("me.docx", buf.getvalue())})
    if ".docx" in ACCEPTED:
        assert r.status_code == 200 and r.json()["directions"][0]["id"] == "apps"
    else:
        assert r.status_code == 415
        assert error_of(r)["line"].startswith("error[E104]: me.docx is a DOCX/ZIP file; this server reads")


def test_markdown_and_downloads(http: httpx.Client) -> None:
    md = http.post("/api/diagnose", params={"format": "md"}, json={"text": ZH})
    assert md.status_code == 200 and md.headers["content-type"].startswith("text/markdown")
    assert md.text.startswith("# 大模型职业地图 · 诊断结果") and "应用开发与 Agent" in md.text
    assert "content-disposition" not in md.headers
    saved = http.post("/api/diagnose", params={"format": "md", "download": "true"}, data={"text": ZH, "lang": "en"})
    assert saved.headers["content-disposition"] == 'attachment; filename="careermap-apps.md"'
    assert saved.text.startswith("# careermap · diagnosis")
    js = http.post("/api/diagnose", params={"format": "json", "download": "true"}, data={"text": ZH})
    assert js.headers["content-disposition"] == 'attachment; filename="careermap-apps.json"'
    assert js.json()["directions"][0]["id"] == "apps"


# ---------------------------------------------------------------- diagnose: bad input, one line each


@pytest.mark.parametrize(
    ("content", "headers", "status", "start"),
    [
        (b'{"text": "unterminated', {}, 400, "error[E109]: the request body is not valid JSON (Unterminated string"),
        (b"[1, 2", {}, 400, "error[E109]: the request body is not valid JSON"),
        (b'{"txt": "typo in the key"}', {}, 400, "error[E109]: text: Field required"),
        (b'{"text": 42}', {}, 400, "error[E109]: text: Input should be a valid string"),
        (b'{"text": "ok", "lang": "fr"}', {}, 400, "error[E109]: lang: Input should be 'zh' or 'en'"),
        (b'{"text": "caf\xe9"}', {}, 400, "error[E109]: the request body is not valid JSON (not UTF-8)"),
        (b'{"text": "\\ud800 x"}', {}, 400, "error[E109]: the request body is not valid JSON (a \\u escape names half"),
        (b'{"text": "   "}', {}, 422, "error[E101]: the input is empty"),
        (b"hello", {"content-type": "text/plain"}, 415, "error[E104]: cannot read a request of type text/plain"),
    ],
)
def test_malformed_requests_get_one_line(
    http: httpx.Client, content: bytes, headers: dict[str, str], status: int, start: str
) -> None:
    r = http.post("/api/diagnose", content=content, headers={"content-type": "application/json", **headers})
    assert r.status_code == status, r.text
    assert error_of(r)["line"].startswith(start), error_of(r)["line"]


def test_errors_speak_the_browsers_language(http: httpx.Client) -> None:
    r = http.post("/api/diagnose", json={"text": ""}, headers=ZH_BROWSER)
    assert r.status_code == 422
    assert error_of(r)["line"] == "错误[E101]: 输入为空 — 请写几句你的背景，或选择一个简历文件"


@pytest.mark.parametrize(
    ("name", "data", "status", "start"),
    [
        (
            "photo.md",
            b"\x89PNG\r\n\x1a\n" + b"\x00" * 200,
            415,
            "error[E104]: photo.md is a PNG image, not a text document",
        ),
        ("cv.pdf", b"%PDF-1.7\n1 0 obj\n", 422, "error[E105]: cv.pdf is a damaged PDF and cannot be read"),
        ("noise.txt", bytes(range(256)) * 40, 415, "error[E102]: noise.txt is binary data, not text"),
        ("control.txt", b"\x01\x02\x03\x04\x05abc" * 300, 415, "error[E102]: control.txt is binary data, not text"),
        ("empty.md", b"", 422, "error[E101]: empty.md is empty (0 bytes)"),
    ],
)
def test_bad_files_are_refused_by_content(http: httpx.Client, name: str, data: bytes, status: int, start: str) -> None:
    r = http.post("/api/diagnose", files={"file": (name, data, "text/markdown")})
    assert r.status_code == status, r.text
    assert error_of(r)["line"].startswith(start), error_of(r)["line"]


def test_an_oversize_file_is_refused_while_it_arrives(http: httpx.Client) -> None:
    data = b"Familiar with Python and CUDA. " * (2 * TEN_MB // 31 + 1)
    r = http.post("/api/diagnose", files={"file": ("big.md", data, "text/markdown")})
    assert r.status_code == 413
    assert error_of(r)["line"] == (
        "error[E103]: the upload is above the 10.0 MB limit — "
        "give a shorter file, or paste the part about your skills and projects"
    )
    # just over the cap, within the form's overhead: the file itself is measured
    r = http.post("/api/diagnose", files={"file": ("big.md", data[: TEN_MB + 10], "text/markdown")})
    assert r.status_code == 413
    assert error_of(r)["line"].startswith("error[E103]: big.md is 10.0 MB, above the 10.0 MB limit")
    # a file just under the cap is read; then the text is too long for one diagnosis (a separate limit)
    r = http.post("/api/diagnose", files={"file": ("ok.md", data[: TEN_MB - 100])})
    assert r.status_code == 422
    assert error_of(r)["line"].startswith("error[E108]: the text is 10,485,660 characters, above the 200,000 one")
    # pasted text has the same cap as a file
    r = http.post("/api/diagnose", json={"text": "熟悉 CUDA。" * (TEN_MB // 12)})
    assert r.status_code == 413 and error_of(r)["code"] == "E103"
    assert http.get("/api/health").status_code == 200  # and the server is still there


def test_a_smaller_cap_from_the_command_line(start_server: Any) -> None:
    srv = start_server("--max-size", "0.01")
    try:
        r = httpx.post(f"{srv.url}/api/diagnose", files={"file": ("a.md", b"x" * 20_000)}, timeout=30)
        assert r.status_code == 413
        assert error_of(r)["line"].startswith("error[E103]: a.md is 19.5 KB, above the 10.2 KB limit")
        r = httpx.post(f"{srv.url}/api/diagnose", files={"file": ("a.md", b"x" * 200_000)}, timeout=30)
        assert error_of(r)["line"].startswith("error[E103]: the upload is above the 10 KB limit")
        ok = httpx.post(f"{srv.url}/api/diagnose", files={"file": ("a.md", ZH.encode())}, timeout=30)
        assert ok.status_code == 200
    finally:
        srv.stop()


# ---------------------------------------------------------------- the page


def test_the_page_speaks_chinese_when_the_browser_asks(http: httpx.Client) -> None:
    zh = http.get("/", headers=ZH_BROWSER)
    assert zh.status_code == 200 and '<html lang="zh-CN">' in zh.text and "生成我的职业地图" in zh.text
    en = http.get("/", headers=EN_BROWSER)
    assert '<html lang="en">' in en.text and "Show my career map" in en.text
    assert '<html lang="en">' in http.get("/", headers={"accept-language": "fr-FR,fr;q=0.9"}).text
    assert '<html lang="zh-CN">' in http.get("/", headers={"accept-language": "en;q=0.5, zh;q=0.8"}).text
    assert '<html lang="en">' in http.get("/?lang=en", headers=ZH_BROWSER).text


def test_the_page_has_no_inline_script_and_no_other_host(http: httpx.Client) -> None:
    page = http.post("/", data={"text": ZH}, headers=ZH_BROWSER).text
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", page) == []
    assert " style=" not in page and "onclick" not in page
    urls = re.findall(r'(?:src|href|action|formaction)="([^"]*)"', page)
    assert urls and all(u.startswith(("/", "#")) or u == "" for u in urls), urls
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_the_page_shows_the_result_with_the_evidence_marked(http: httpx.Client) -> None:
    r = http.post("/", data={"text": ZH}, headers=ZH_BROWSER)
    assert r.status_code == 200
    assert re.search(r'<h2 id="top-direction"><span class="num">5</span> 应用开发与 Agent</h2>', r.text)
    assert '<svg class="radar"' in r.text and "核心算法与训练" in r.text
    assert re.search(r'<mark class="ev ev-skill"[^>]*>LangChain</mark>', r.text)
    assert re.search(r'<mark class="ev ev-negated"[^>]*>CUDA</mark>', r.text)


def test_a_resume_with_markup_shows_as_text_everywhere(http: httpx.Client) -> None:
    page = http.post("/", data={"text": XSS}, headers=ZH_BROWSER)
    assert page.status_code == 200
    assert "<script>alert" not in page.text and "<img src=x" not in page.text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page.text
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in page.text
    upload = http.post("/", files={"file": ("x.md", XSS.encode())}, headers=ZH_BROWSER)
    assert upload.status_code == 200 and "<script>alert" not in upload.text
    md = http.post("/api/diagnose", params={"format": "md"}, json={"text": XSS})
    assert md.headers["content-type"].startswith("text/markdown") and md.headers["x-content-type-options"] == "nosniff"


def test_a_page_error_is_one_readable_line_not_a_500(http: httpx.Client) -> None:
    r = http.post("/", data={"text": "   "}, headers=ZH_BROWSER)
    assert r.status_code == 422
    assert '<p id="error-line">错误[E101]: 输入为空 — 请写几句你的背景，或选择一个简历文件</p>' in r.text
    bad = http.post("/", files={"file": ("cv.pdf", b"%PDF-1.4\n")}, data={"lang": "en"})
    assert bad.status_code == 422 and "error[E105]: cv.pdf is a damaged PDF and cannot be read" in bad.text


# ---------------------------------------------------------------- the command


def test_serve_help_documents_host_and_port(cli: Cli) -> None:
    r = cli("serve", "--help")
    assert r.returncode == 0
    assert "--host" in r.stdout and "--port" in r.stdout and "127.0.0.1" in r.stdout


@pytest.mark.slow  # the console script's own exit code when uvicorn cannot bind
def test_binding_elsewhere_warns_and_a_bad_address_is_one_line() -> None:
    # 192.0.2.1 (TEST-NET-1) is on no interface here: the warning prints, the bind fails, nothing is sent anywhere
    r = subprocess.run(
        [sys.executable, "-m", "careermap", "serve", "--host", "192.0.2.1", "--port", "0"],
        capture_output=True,
        text=True,
        env={"LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert lines[0].startswith("warning: listening on 192.0.2.1, so other machines on your network can reach")
    assert lines[1].startswith("error[E801]: cannot listen on 192.0.2.1:0")
    assert len(lines) == 2 and r.stdout == ""


def test_a_port_in_use_is_one_line(server: Any) -> None:
    port = server.url.rsplit(":", 1)[1]
    r = subprocess.run(
        [sys.executable, "-m", "careermap", "serve", "--port", port],
        capture_output=True,
        text=True,
        env={"LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    assert r.returncode == 2 and r.stderr.startswith(f"error[E801]: cannot listen on 127.0.0.1:{port}")
    assert len(r.stderr.strip().splitlines()) == 1  # no warning: 127.0.0.1 is the default, loopback


def test_answers_are_not_held_back_by_nagle() -> None:
    """Regression: the listening socket was made with proto 0, so asyncio never set TCP_NODELAY on the
    connections it accepted, and each answer (headers, then body) waited ~40 ms for a delayed ACK."""
    import asyncio
    import socket

    from careermap.cli.serve import bind

    async def accepted_nodelay() -> int:
        sock = bind("127.0.0.1", 0)
        seen: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        def connected(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            seen.set_result(writer.get_extra_info("socket").getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            writer.close()

        server = await asyncio.start_server(connected, sock=sock)
        async with server:
            _, writer = await asyncio.open_connection(*sock.getsockname())
            value = await asyncio.wait_for(seen, 5)
            writer.close()
        return value

    assert asyncio.run(accepted_nodelay()) == 1


def test_a_bug_is_a_500_with_one_line_and_no_internals(monkeypatch: pytest.MonkeyPatch, kb: Any) -> None:
    """The last guard (in-process: a bug cannot be caused from outside on purpose)."""
    import anyio

    import careermap.web.calls as calls
    from careermap.web import create_app

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(calls, "diagnose", broken)
    transport = httpx.ASGITransport(app=create_app(kb, warm=False), raise_app_exceptions=False)

    async def post() -> httpx.Response:
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.post("/api/diagnose", json={"text": "熟悉 CUDA"})

    r = anyio.run(post)
    assert r.status_code == 500
    assert error_of(r)["line"] == (
        "error[E999]: internal error (RuntimeError) — please report it; the server log has the details"
    )
    assert "secret internals" not in r.text


# ---------------------------------------------------------------- route, questionnaire, storing


def test_a_route_to_a_chosen_role(http: httpx.Client) -> None:
    r = http.post("/api/plan", json={"text": ZH, "role": "inference.engine", "hours_per_week": 5, "lang": "en"})
    assert r.status_code == 200
    plan = r.json()
    PlanResponse.model_validate(plan)
    assert plan["role"]["id"] == "inference.engine" and plan["hours_per_week"] == 5
    assert plan["total_hours"] == sum(s["hours"] for s in plan["stages"]) > 0
    assert plan["weeks"] == -(-plan["total_hours"] // 5)
    assert all(s["skills"] for s in plan["stages"])
    best = http.post("/api/plan", json={"text": ZH}).json()
    assert best["role"]["id"].startswith("apps.") and best["hours_per_week"] == 10
    md = http.post("/api/plan", params={"format": "md"}, data={"text": ZH, "role": "5", "lang": "en"})
    assert md.status_code == 200 and md.text.startswith("# Learning route · ")


@pytest.mark.parametrize(
    ("body", "status", "start"),
    [
        ({"text": ZH, "role": "inference.nope"}, 404, "error[E300]: no role"),
        ({"text": ZH, "hours_per_week": 0}, 400, "error[E109]: hours_per_week: Input should be greater than"),
        ({"text": ZH, "rol": "x"}, 400, "error[E109]: rol: Extra inputs are not permitted"),
    ],
)
def test_a_route_with_a_bad_option_is_one_line(
    http: httpx.Client, body: dict[str, Any], status: int, start: str
) -> None:
    r = http.post("/api/plan", json=body, params={"lang": "en"})
    assert r.status_code == status and error_of(r)["line"].startswith(start), r.text


def answers_for(quiz: dict[str, Any], value: int) -> dict[str, Any]:
    answers: dict[str, Any] = {i["id"]: value for i in quiz["items"]}
    for c in quiz["constraints"]:
        answers[c["id"]] = c["options"][0]["value"] if c["kind"] == "choice" else c["presets"][-1]["value"]
    return answers


def test_the_questionnaire_alone_and_with_a_resume(http: httpx.Client) -> None:
    quiz = http.get("/api/quiz", params={"lang": "en"}).json()
    ids = [i["id"] for i in quiz["items"]]
    assert ids and len(set(ids)) == len(ids) and next(p["value"] for p in quiz["scale"]) == 1
    alone = http.post("/api/quiz", json={"answers": answers_for(quiz, 4), "lang": "en"})
    assert alone.status_code == 200
    data = alone.json()
    DiagnoseResponse.model_validate(
        {**data, "text": "", "document": {"name": "-", "lang": "en", "chars": 0, "meta": {}}}
    )
    assert data["questionnaire"]["resume"] is False and "text" not in data
    both = http.post("/api/quiz", json={"answers": answers_for(quiz, 3), "text": ZH}).json()
    assert both["questionnaire"]["resume"] is True and both["text"] == ZH
    assert {"langchain", "rag"} <= {s["id"] for s in both["skills"]}


def test_bad_answers_are_one_line(http: httpx.Client) -> None:
    quiz = http.get("/api/quiz").json()
    answers = answers_for(quiz, 4)
    first = quiz["items"][0]["id"]
    r = http.post("/api/quiz", json={"answers": {**answers, first: 9}, "lang": "en"}, params={"lang": "en"})
    assert r.status_code == 422 and error_of(r)["line"].startswith(f"error[E504]: item '{first}' is 9, out of range")
    del answers[first]
    r = http.post("/api/quiz", json={"answers": answers}, params={"lang": "en"})
    assert r.status_code == 422 and error_of(r)["code"] == "E502"


def test_nothing_is_stored_unless_asked_and_never_the_text(start_server: Any, tmp_path: Path, cli: Cli) -> None:
    db = tmp_path / "history.db"
    srv = start_server("--db", str(db))
    secret = "我的手机号13812345678。" + ZH
    try:
        plain = httpx.post(f"{srv.url}/api/diagnose", json={"text": secret}, timeout=30).json()
        assert "stored_id" not in plain and not db.exists()
        kept = httpx.post(f"{srv.url}/api/diagnose", json={"text": secret, "store": True}, timeout=30).json()
        assert kept["stored_id"] == 1
        routed = httpx.post(f"{srv.url}/api/plan", data={"text": ZH, "store": "on"}, timeout=30).json()
        assert routed["stored_id"] == 2
        page = httpx.post(f"{srv.url}/", data={"text": ZH, "store": "on", "lang": "en"}, timeout=30)
        assert '<p class="note" id="stored">Saved on this machine as assessment 3.' in page.text
    finally:
        srv.stop()
    history = cli("history", "--db", str(db), "--format", "json")
    assert history.returncode == 0, history.stderr
    assert [a["id"] for a in json.loads(history.stdout)["assessments"]] == [3, 2, 1]
    raw = b"".join(f.read_bytes() for f in tmp_path.glob("history.db*"))
    assert b"Spring Cloud" not in raw and b"13812345678" not in raw
