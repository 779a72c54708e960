"""A team's store on PostgreSQL, as a user meets it: the URL forms, and one coded line (exit 2) for a
server that is down, a login refused or a database that does not exist — the password never shown.

The store's own behaviour (writers, migrations, postings, stats, matching) is tested on both back ends
by the tests that take ``store_db``; this file holds what only PostgreSQL has."""

from __future__ import annotations

import json
import re

import pytest

from careermap.errors import MissingDependency, StoreLoginRefused, StoreMissing, StoreUnreachable
from careermap.store.assessments import open_assessments
from careermap.store.db import Store, resolve_url, shown
from tests.postgres import PASSWORD, PrivateServer
from tests.stores import query

pytestmark = pytest.mark.slow  # a PostgreSQL server for the session

JAVA = "5年Java后端开发，熟悉Spring Cloud、Redis、MySQL，最近用LangChain做了公司内部知识库问答。"


def test_a_libpq_url_runs_on_psycopg_3(cli, postgres: PrivateServer) -> None:
    url = postgres.create_database()
    plain = url.replace("postgresql+psycopg://", "postgresql://")
    assert resolve_url(plain) == url and resolve_url(plain.replace("postgresql://", "postgres://")) == url
    out = cli("diagnose", "-", "--db", plain, "--format", "json", stdin=JAVA)
    assert out.returncode == 0, out.stderr
    history = json.loads(cli("history", "--db", plain, "--format", "json").stdout)["assessments"]
    assert [h["id"] for h in history] == [1]
    assert query(url, "SELECT component, MAX(version) FROM schema_versions GROUP BY component") == [("assessments", 3)]


def _one_line(out, code: str, label: str = "error") -> str:  # type: ignore[no-untyped-def]
    assert out.returncode == 2, (out.stdout, out.stderr)
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert lines[0].startswith(f"{label}[{code}]: "), lines[0]
    assert PASSWORD not in out.stderr and "wrong-password" not in out.stderr
    return lines[0]


@pytest.mark.parametrize("command", [("history",), ("diff",), ("jobs", "stats"), ("jobs", "list")])
def test_a_server_that_is_down_is_one_line(cli, postgres: PrivateServer, tmp_path, command) -> None:
    down = postgres.url("careermap").replace(str(postgres.root), str(tmp_path / "no-server-here"))
    line = _one_line(cli(*command, "--db", down, "--lang", "en"), "E410")
    assert "cannot reach the PostgreSQL server" in line and "***" in line and "/no-server-here" in line
    zh = _one_line(cli(*command, "--db", down, "--lang", "zh"), "E410", "错误")
    assert "无法连接 PostgreSQL 服务器" in zh


def test_a_wrong_password_is_one_line(cli, postgres: PrivateServer) -> None:
    url = postgres.create_database()
    wrong = url.replace(f":{PASSWORD}@", ":wrong-password@")
    line = _one_line(cli("history", "--db", wrong, "--lang", "en"), "E411")
    assert "refused the login" in line and "password" in line


def test_a_missing_database_is_one_line(cli, postgres: PrivateServer) -> None:
    line = _one_line(cli("jobs", "stats", "--db", postgres.url("no_such_database"), "--lang", "en"), "E412")
    assert '"no_such_database" does not exist' in line and "createdb" in line


def test_the_errors_are_typed_for_the_python_api(postgres: PrivateServer, tmp_path) -> None:
    with pytest.raises(StoreUnreachable):
        open_assessments(postgres.url("x").replace(str(postgres.root), str(tmp_path)))
    with pytest.raises(StoreLoginRefused):
        open_assessments(postgres.url("postgres", password="nope"))
    with pytest.raises(StoreMissing):
        open_assessments(postgres.url("absent"))


def test_the_password_is_never_printed() -> None:
    assert shown("postgresql+psycopg://team:s3cret@db.example/careermap") == (
        "postgresql+psycopg://team:***@db.example/careermap"
    )
    assert Store("postgresql+psycopg://team:s3cret@db.example/careermap").shown.count("s3cret") == 0


def test_serve_refuses_to_start_on_a_store_it_cannot_reach(cli, postgres: PrivateServer) -> None:
    wrong = postgres.create_database().replace(f":{PASSWORD}@", ":wrong-password@")
    line = _one_line(cli("serve", "--port", "0", "--db", wrong), "E411")
    assert re.search(r"refused the login|拒绝登录", line)


def test_without_psycopg_the_line_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if the extra were not installed
    with pytest.raises(MissingDependency, match="psycopg") as info:
        Store("postgresql+psycopg://u:p@localhost/careermap")
    assert "careermap[postgres]" in info.value.hint_en
