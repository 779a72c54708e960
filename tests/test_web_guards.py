"""Other sites cannot act through the user's browser, and no input is a 500 (issue 14, items 1 and 2),
against a real `careermap serve` on loopback with a real SQLite store.

- the Host allow-list: a name pointed at this machine by another site (DNS rebinding) is refused;
- a POST from another origin's page (Origin, Referer, Sec-Fetch-Site) stores nothing; the page's own
  POSTs and clients that are no browser page (curl, httpx) still work;
- JSON nested or sized to exhaust the parser, ``²`` as a number, a month that is no month: one line;
- errors at a page address render the page, never raw JSON.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from tests.web_routes import app_routes

pytestmark = pytest.mark.slow  # each test starts its own server

ZH = "我做了6年Java后端，熟悉Spring Cloud、Redis和Kafka；最近一年用LangChain和Milvus做了客服知识库问答。"
EN = {"accept-language": "en"}


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    return tmp_path / "history.db"


@pytest.fixture()
def srv(start_server: Any, store: Path) -> Iterator[Any]:
    s = start_server("--db", str(store))
    yield s
    s.stop()


def stored(cli: Any, store: Path) -> list[dict[str, Any]]:
    """What `careermap history` shows for the server's store (nothing, without creating it)."""
    out = cli("history", "--db", str(store), "--format", "json")
    assert out.returncode == 0, out.stderr
    assessments: list[dict[str, Any]] = json.loads(out.stdout)["assessments"]
    return assessments


def page_error(r: httpx.Response) -> str:
    """The error line shown on the page (the answer is the page, not JSON)."""
    assert r.headers["content-type"].startswith("text/html"), r.text[:200]
    found = re.search(r'<p id="error-line">(.*?)</p>', r.text, re.S)
    assert found, r.text[:500]
    return found.group(1).replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def json_error(r: httpx.Response) -> dict[str, str]:
    assert r.headers["content-type"].startswith("application/json"), r.text[:200]
    error: dict[str, str] = r.json()["error"]
    return error


# ---------------------------------------------------------------- hosts


def test_a_host_this_server_does_not_serve_is_refused_before_anything_is_read(srv: Any) -> None:
    port = urlsplit(srv.url).port
    for host in ("evil.example", f"evil.example:{port}", f"127.0.0.1.evil.example:{port}", f"localhost:{port + 1}"):
        api = httpx.get(f"{srv.url}/api/health", headers={"host": host, **EN})
        assert api.status_code == 403
        assert json_error(api)["line"] == (
            f"error[E802]: this server does not serve the host {host!r} — open it as http://127.0.0.1:PORT or "
            "http://localhost:PORT; behind a proxy, start it with --allow-host NAME"
        )
        page = httpx.get(f"{srv.url}/", headers={"host": host, **EN})
        assert page.status_code == 403 and page_error(page).startswith("error[E802]: ")
        assert page.headers["content-security-policy"]  # a refusal carries the security headers too
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}", f"LOCALHOST:{port}"):
        assert httpx.get(f"{srv.url}/api/health", headers={"host": host}).status_code == 200, host


def test_allow_host_serves_a_deployment_behind_a_proxy(start_server: Any) -> None:
    s = start_server("--allow-host", "careers.example.com")
    try:
        ok = httpx.get(f"{s.url}/api/health", headers={"host": "careers.example.com"})
        assert ok.status_code == 200
        posted = httpx.post(
            f"{s.url}/api/diagnose",
            json={"text": ZH},
            headers={"host": "careers.example.com", "origin": "https://careers.example.com"},
        )
        assert posted.status_code == 200, posted.text[:300]
        assert httpx.get(f"{s.url}/api/health", headers={"host": "other.example.com"}).status_code == 403
    finally:
        s.stop()


# ---------------------------------------------------------------- origins


def test_a_cross_origin_form_post_stores_nothing(srv: Any, store: Path, cli: Any) -> None:
    other = f"http://127.0.0.1:{urlsplit(srv.url).port + 1}"  # another loopback origin: another site
    form = {"text": ZH, "store": "on", "lang": "en"}
    for headers in (
        {"origin": other},
        {"origin": "null"},  # a sandboxed frame or a data: page
        {"referer": f"{other}/attack.html"},  # a browser that sends no Origin
        {"sec-fetch-site": "cross-site"},
        {"sec-fetch-site": "same-site", "origin": other},  # another port of this machine is the same site
    ):
        r = httpx.post(f"{srv.url}/", data=form, headers={**headers, **EN})
        assert r.status_code == 403, headers
        assert page_error(r).startswith("error[E803]: a page of another site ("), headers
        assert "nothing was read or stored — use the form on this server's own page" in page_error(r)
        api = httpx.post(f"{srv.url}/api/diagnose", json={"text": ZH, "store": True}, headers={**headers, **EN})
        assert api.status_code == 403 and json_error(api)["code"] == "E803"
    assert stored(cli, store) == []
    assert not store.exists()  # not even created


def test_the_pages_own_post_and_clients_without_a_browser_still_store(srv: Any, store: Path, cli: Any) -> None:
    mine = httpx.post(
        f"{srv.url}/",
        data={"text": ZH, "store": "on", "lang": "en"},
        headers={"origin": srv.url, "referer": f"{srv.url}/", "sec-fetch-site": "same-origin"},
    )
    assert mine.status_code == 200 and 'id="stored"' in mine.text
    typed = httpx.post(f"{srv.url}/", data={"text": ZH, "store": "on"}, headers={"sec-fetch-site": "none"})
    assert typed.status_code == 200  # a POST the browser itself started (no page behind it)
    curl = httpx.post(f"{srv.url}/api/diagnose", json={"text": ZH, "store": True})
    assert curl.status_code == 200 and curl.json()["stored_id"]
    assert len(stored(cli, store)) == 3


def test_reading_is_not_guarded_by_origin(srv: Any) -> None:
    """A GET changes nothing: a link from anywhere opens the page (the Host rule still holds)."""
    r = httpx.get(
        f"{srv.url}/", headers={"referer": "https://search.example/?q=careermap", "sec-fetch-site": "cross-site"}
    )
    assert r.status_code == 200 and r.headers["referrer-policy"] == "same-origin"


# ---------------------------------------------------------------- no 500 from input


def post_routes() -> list[str]:
    """Every POST address of the app (a new route is covered without touching this test)."""
    from careermap.web import create_app

    return [path for path, methods in app_routes(create_app(warm=False)) if "POST" in methods]


def test_json_nested_too_deep_or_too_many_values_is_one_line_on_every_post(srv: Any) -> None:
    routes = post_routes()
    assert {"/api/diagnose", "/api/plan", "/api/quiz", "/api/jobs/match", "/api/jobs/classify"} <= set(routes)
    bodies = {
        b"[" * 5000: "nested more than 32 levels deep",
        b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}": "more than 10,000 values",
        b"[" + b"0," * 50_000 + b"0]": "more than 10,000 values",
        b'{"text": "x", "lang": ' + b"[" * 40 + b"]" * 40 + b"}": "nested more than 32 levels deep",
    }
    for route in routes:
        for body, what in bodies.items():
            r = httpx.post(f"{srv.url}{route}", content=body, headers={"content-type": "application/json", **EN})
            assert r.status_code < 500, (route, r.status_code)
            if route.startswith("/api/"):
                assert r.status_code == 400 and json_error(r)["line"].startswith(
                    f"error[E109]: the JSON body is {what}"
                )
            else:
                assert r.headers["content-type"].startswith("text/html")  # the page's addresses answer the page
    deep_text = {"text": "[" * 5000 + " 熟悉 PyTorch " + "]" * 5000}  # brackets inside a string count for nothing
    assert httpx.post(f"{srv.url}/api/diagnose", json=deep_text).status_code == 200


def test_an_integer_longer_than_python_converts_is_one_line_on_every_post(srv: Any) -> None:
    """A bare JSON number of 5,000 digits (Python converts at most 4,300) was a 500 on every JSON route."""
    for route in post_routes():
        r = httpx.post(
            f"{srv.url}{route}",
            content='{"text": "x", "hours_per_week": ' + "7" * 5000 + "}",
            headers={"content-type": "application/json", **EN},
        )
        assert r.status_code < 500, (route, r.status_code)
        if route.startswith("/api/"):
            assert r.status_code == 400 and json_error(r)["line"] == (
                "error[E109]: the request body is not valid JSON (a number has more than 4,300 digits) — "
                'send {"text": "..."} with Content-Type: application/json'
            ), route
    plan = httpx.post(f"{srv.url}/api/plan", json={"text": ZH, "hours_per_week": 12})
    assert plan.status_code == 200 and plan.json()["hours_per_week"] == 12  # an ordinary number is still a number


@pytest.mark.parametrize("number", ["²", "١٢", "１２", "12.5", "-3", "1e2", "9" * 40])
def test_a_number_that_is_not_ascii_digits_is_one_line(srv: Any, number: str) -> None:
    page = httpx.post(f"{srv.url}/", data={"text": ZH, "hours_per_week": number, "lang": "en"})
    assert page.status_code == 400
    assert page_error(page).startswith("error[E109]: hours_per_week must be a whole number from 1 to 168, not ")
    api = httpx.post(f"{srv.url}/api/plan", files={"file": ("cv.md", ZH.encode())}, data={"hours_per_week": number})
    assert api.status_code in (400, 422) and json_error(api)["code"] == "E109"
    quiz = httpx.post(f"{srv.url}/", data={"q.math_not_mine": number, "lang": "en"})
    assert quiz.status_code == 422 and page_error(quiz).startswith("error[E50")
    as_json = httpx.post(f"{srv.url}/api/plan", json={"text": ZH, "hours_per_week": number})
    assert as_json.status_code in (400, 422) and json_error(as_json)["code"] == "E109"


def test_a_month_that_is_no_month_is_one_line_on_the_api(srv: Any) -> None:
    for since in ("2025-13", "2025-00", "２０２５-０１"):
        r = httpx.get(f"{srv.url}/api/jobs/stats", params={"since": since}, headers=EN)
        assert r.status_code in (400, 422), since
        assert json_error(r)["code"] in ("E010", "E109"), since
    assert httpx.get(f"{srv.url}/api/jobs/stats", params={"since": "2025-03"}).status_code == 200


def test_errors_at_page_addresses_render_the_page(srv: Any) -> None:
    cases = [
        httpx.post(f"{srv.url}/download?format=md", data={"text": "   "}, headers=EN),  # empty: E101
        httpx.post(f"{srv.url}/download?format=xx", data={"text": ZH}, headers=EN),  # a query the route cannot take
        httpx.get(f"{srv.url}/no-such-page", headers=EN),  # 404
        httpx.put(f"{srv.url}/", headers=EN),  # 405
        httpx.post(f"{srv.url}/", content=b"[" * 5000, headers={"content-type": "application/json", **EN}),
    ]
    for r in cases:
        assert 400 <= r.status_code < 500, (r.request.url, r.status_code)
        line = page_error(r)
        assert re.match(r"error\[E\d{3}\]: ", line), line
        assert '<form id="input-form"' in r.text  # the whole page: the person can try again
    assert httpx.get(f"{srv.url}/api/no-such", headers=EN).headers["content-type"].startswith("application/json")
