"""No input is a 500 (issue 14, item 2): Hypothesis sends arbitrary JSON, form fields, files, path and
query values to every route of the app — the routes are read from the app, so a route added later is
fuzzed without touching this test — and every answer must be below 500, in the project's shape: JSON
``{"error": {"code", "line"}}`` under /api, the page elsewhere.

In-process (the whole ASGI app with its middleware, through Starlette's test client) so that a few
hundred requests take seconds per hundred, over a store that holds postings (matching and the
statistics read real rows); the same guards are checked on a real server in
test_web_guards.py. ``CAREERMAP_FUZZ_EXAMPLES`` sets the cases per route (default 30).
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.web_routes import app_routes

pytestmark = [
    pytest.mark.slow,  # hundreds of requests, many of them diagnoses
    pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`"),
]

PER_ROUTE = int(os.environ.get("CAREERMAP_FUZZ_EXAMPLES", "30"))  # Hypothesis cases per route
FIELDS = ["text", "lang", "store", "role", "hours_per_week", "answers", "questionnaire", "title", "body", "id"]
QUERY = ["lang", "format", "download", "top", "direction", "city", "include_non_llm", "since"]
NUMBERS = ["²", "١٢", "１２", "0", "-1", "169", "10", "1e3", "9" * 30, "", " 5 "]
SEEN: Counter[str] = Counter()


class Client:
    """The test client and the routes of its app."""

    def __init__(self, http: Any, routes: list[tuple[str, frozenset[str]]]) -> None:
        self.http = http
        self.routes = routes


@pytest.fixture(scope="module")
def client(kb: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Client]:
    """The app over a store that holds postings, so matching and the statistics read real rows."""
    from starlette.testclient import TestClient

    from careermap.web import create_app
    from careermap.web.settings import WebSettings
    from tests.jobs_samples import store_postings

    folder = tmp_path_factory.mktemp("fuzz")
    store_postings(folder / "careermap.db", kb, folder)
    app = create_app(kb, settings=WebSettings(db=str(folder / "careermap.db")), warm=False)
    with TestClient(app, raise_server_exceptions=False) as http:
        yield Client(http, app_routes(app))
    print(f"\nfuzzed {sum(SEEN.values())} requests over {len(SEEN)} routes: {dict(sorted(SEEN.items()))}")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40) | st.sampled_from(NUMBERS),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5),
    max_leaves=25,
)
known_objects = st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=10), json_values, max_size=6)
deep = st.integers(min_value=30, max_value=6000).map(lambda n: b"[" * n + b"]" * n)
# an integer of more digits than Python converts (4,300), bare or as a field's value
long_number = st.tuples(st.sampled_from(FIELDS), st.integers(min_value=4200, max_value=6000)).map(
    lambda fn: b'{"text": "x", "' + fn[0].encode() + b'": -' + b"7" * fn[1] + b"}"
)
json_bodies = (
    known_objects.map(lambda v: json.dumps(v).encode())
    | json_values.map(lambda v: json.dumps(v).encode())
    | deep
    | long_number
    | st.binary(max_size=200)
)
form_fields = st.dictionaries(
    st.sampled_from([*FIELDS, "q.math_not_mine", "q.hours_per_week", "q.derive_formulas"]) | st.text(max_size=12),
    st.text(max_size=60) | st.sampled_from(NUMBERS),
    max_size=8,
)
files = st.tuples(st.text(max_size=20), st.binary(max_size=400) | st.sampled_from([b"%PDF-1.7\n", b"PK\x03\x04xx"]))
queries = st.dictionaries(st.sampled_from(QUERY) | st.text(max_size=8), st.text(max_size=20), max_size=3)
requests = st.fixed_dictionaries(
    {
        "kind": st.sampled_from(["json", "form", "multipart", "none"]),
        "json": json_bodies,
        "form": form_fields,
        "file": st.none() | files,
        "query": queries,
        "param": st.text(min_size=1, max_size=30),
        "ctype": st.sampled_from(["application/json", "application/x-json+json", "text/plain", ""]),
    }
)


def check(r: Any, path: str) -> None:
    assert r.status_code < 500, (path, r.status_code, r.text[:300])
    if r.status_code < 400:
        return
    if path.startswith(("/api", "/static", "/openapi.json")):
        error = r.json()["error"]
        assert re.fullmatch(r"E\d{3}", error["code"]) and error["line"].count("\n") == 0, error
    else:
        assert r.headers["content-type"].startswith("text/html"), (path, r.text[:200])
        assert 'id="error-line"' in r.text


def send(client: Client, path: str, methods: frozenset[str], req: dict[str, Any]) -> None:
    method = "POST" if "POST" in methods else sorted(methods - {"HEAD"})[0]
    url = re.sub(r"\{[^}]+\}", lambda _: quote(req["param"], safe=""), path)
    SEEN[f"{method} {path}"] += 1
    http = client.http
    if method != "POST":
        r = http.request(method, url, params=req["query"])
    elif req["kind"] == "json":
        r = http.post(url, params=req["query"], content=req["json"], headers={"content-type": req["ctype"]})
    elif req["kind"] == "form":
        r = http.post(url, params=req["query"], data=req["form"])
    elif req["kind"] == "multipart":
        name, data = req["file"] or ("cv.md", "熟悉 PyTorch 与 CUDA".encode())
        r = http.post(url, params=req["query"], data=req["form"], files={"file": (name or "f", data)})
    else:
        r = http.post(url, params=req["query"])
    check(r, path)


def fuzzer(client: Client, path: str, methods: frozenset[str]) -> Any:
    """A Hypothesis test of ``PER_ROUTE`` cases for one route."""

    @settings(
        max_examples=PER_ROUTE,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(req=requests)
    def fuzz(req: dict[str, Any]) -> None:
        send(client, path, methods, req)

    return fuzz


def test_no_request_to_any_route_is_a_500(client: Client) -> None:
    """``PER_ROUTE`` Hypothesis cases for each route of the app, one route after the other."""
    for path, methods in client.routes:
        fuzzer(client, path, methods)()


def test_the_fuzz_reached_every_route(client: Client) -> None:
    """Runs after the fuzz (file order): each route was sent something, so none was left out."""
    expected = {f"{'POST' if 'POST' in m else sorted(m - {'HEAD'})[0]} {p}" for p, m in client.routes}
    assert expected <= set(SEEN), expected - set(SEEN)
    assert min(SEEN.values()) >= PER_ROUTE
