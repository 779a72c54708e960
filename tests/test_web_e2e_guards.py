"""Other sites cannot act through the user's browser (issue 14, item 1), in real headless Chromium
(Debian's /usr/bin/chromium driven by Playwright) against a real `careermap serve` with a real store.

- A page served from another loopback origin auto-submits a form with ``store=on`` to our server:
  the browser lands on our page with the refusal, and ``careermap history`` shows nothing.
- The same form on our own page still saves (Chromium sends our origin: the referrer policy allows it).
- DNS rebinding: Chromium resolves ``rebind.example`` to 127.0.0.1 and opens our port under that
  name; the server refuses the host before anything is read.

Screenshots go to test-artifacts/ (guard-*.png).
"""

from __future__ import annotations

import http.server
import json
import socketserver
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.test_web_e2e import ARGS, ARTIFACTS, CHROMIUM

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} not installed: run scripts/system-deps (Debian chromium)"
    ),
]

ZH = "我做了6年Java后端，熟悉Spring Cloud、Redis和Kafka；最近一年用LangChain和Milvus做了客服知识库问答。"


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    return tmp_path / "history.db"


@pytest.fixture()
def srv(start_server: Any, db: Path) -> Iterator[Any]:
    s = start_server("--db", str(db))
    yield s
    s.stop()


@pytest.fixture(scope="module")
def playwright() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install -e '.[test]' (playwright)")
    with sync_api.sync_playwright() as pw:
        yield pw


def launch(pw: Any, *extra: str) -> Any:
    return pw.chromium.launch(executable_path=CHROMIUM, args=[*ARGS, *extra])


def history(cli: Any, db: Path) -> list[dict[str, Any]]:
    out = cli("history", "--db", str(db), "--format", "json")
    assert out.returncode == 0, out.stderr
    found: list[dict[str, Any]] = json.loads(out.stdout)["assessments"]
    return found


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture()
def attacker(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """Another site: a plain HTTP server on another loopback port, serving files from a folder."""
    site = tmp_path / "attacker"
    site.mkdir()
    handler = lambda *a, **kw: _Quiet(*a, directory=str(site), **kw)  # noqa: E731
    httpd = socketserver.TCPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", site
    httpd.shutdown()
    httpd.server_close()


def shot(pg: Any, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    pg.screenshot(path=str(path), full_page=True)
    return path


def test_a_page_of_another_origin_that_auto_submits_a_form_stores_nothing(
    playwright: Any, srv: Any, db: Path, attacker: tuple[str, Path], cli: Any
) -> None:
    origin, site = attacker
    assert urlsplit(origin).port != urlsplit(srv.url).port
    (site / "attack.html").write_text(
        f"""<!doctype html><html><body><p>Win a prize!</p>
<form action="{srv.url}/?lang=en" method="post" enctype="multipart/form-data">
  <textarea name="text">{ZH}</textarea>
  <input name="store" value="on"><input name="lang" value="en">
</form>
<script>document.forms[0].submit()</script>
</body></html>""",
        encoding="utf-8",
    )
    browser = launch(playwright)
    try:
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        posts: list[dict[str, str]] = []
        page.on("request", lambda r: posts.append(r.headers) if r.method == "POST" else None)
        with page.expect_navigation(url=f"{srv.url}/?lang=en") as nav:
            page.goto(f"{origin}/attack.html")
        response = nav.value
        assert response is not None and response.status == 403
        line = page.inner_text("#error-line")
        assert line.startswith(f"error[E803]: a page of another site ({origin}) sent this request")
        assert "nothing was read or stored" in line
        shot(page, "guard-1-cross-site-form-refused.png")
        assert posts and posts[0].get("origin") == origin  # what Chromium said about where it came from
    finally:
        browser.close()
    assert history(cli, db) == []  # nothing in `careermap history`
    assert not db.exists()


def test_the_same_form_on_our_own_page_still_saves(playwright: Any, srv: Any, db: Path, cli: Any) -> None:
    browser = launch(playwright)
    try:
        page = browser.new_page(viewport={"width": 1200, "height": 900}, locale="en-US")
        posts: list[dict[str, str]] = []
        page.on("request", lambda r: posts.append(r.headers) if r.method == "POST" else None)
        page.goto(f"{srv.url}/?lang=en")
        page.fill("#text", ZH)
        page.check("#store")
        page.click("#submit")
        page.wait_for_selector("#stored")
        assert page.inner_text("#stored").startswith("Saved on this machine as assessment ")
        shot(page, "guard-2-same-origin-saved.png")
        assert posts[0].get("origin") == srv.url  # not "null": the referrer policy lets our origin through
    finally:
        browser.close()
    assert len(history(cli, db)) == 1


def test_dns_rebinding_is_refused_in_the_browser(playwright: Any, srv: Any) -> None:
    port = urlsplit(srv.url).port
    browser = launch(playwright, "--host-resolver-rules=MAP rebind.example 127.0.0.1")
    try:
        page = browser.new_page(viewport={"width": 1200, "height": 900}, locale="en-US")
        response = page.goto(f"http://rebind.example:{port}/?lang=en")
        assert response is not None and response.status == 403
        assert page.inner_text("#error-line").startswith(
            f"error[E802]: this server does not serve the host 'rebind.example:{port}'"
        )
        shot(page, "guard-3-rebinding-refused.png")
        api = page.evaluate("fetch('/api/health').then(r => r.status)")  # the rebound page's own script
        assert api == 403
    finally:
        browser.close()
