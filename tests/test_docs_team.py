"""docs/team.md as a reader follows it: its careermap commands run against a real PostgreSQL server
(the private one of the tests, put in place of the page's db.example), and the output the page shows
is what they print."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

from careermap.store.db import resolve_url, shown
from tests.postgres import PASSWORD, PrivateServer

pytestmark = pytest.mark.slow  # a PostgreSQL server

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "team.md"
DOC_URL = "postgresql://careermap:secret@db.example/careermap"
# commands a reader runs by hand once (installing, creating the database) or that run until stopped
NOT_RUN = ("pip install", "createuser", "createdb", "careermap serve", "python benchmarks/")


def console_blocks(text: str) -> list[list[tuple[str, list[str]]]]:
    """Each ```console block as (command, the lines it shows) pairs."""
    blocks = []
    for body in re.findall(r"```console\n(.*?)```", text, flags=re.S):
        steps: list[tuple[str, list[str]]] = []
        for line in body.splitlines():
            if line.startswith("$ "):
                steps.append((line[2:], []))
            elif steps:
                steps[-1][1].append(line)
        blocks.append(steps)
    return blocks


def test_every_console_example_is_run_or_named_as_set_up() -> None:
    commands = [cmd for block in console_blocks(PAGE.read_text(encoding="utf-8")) for cmd, _ in block]
    assert len(commands) >= 9
    for cmd in commands:
        assert cmd.startswith(("careermap ", "export CAREERMAP_DB=")) or cmd.startswith(NOT_RUN), cmd


def test_the_console_examples_print_what_the_page_shows(cli, postgres: PrivateServer, monkeypatch) -> None:
    url = postgres.create_database()
    wrong = url.replace(f":{PASSWORD}@", ":wrong@")
    monkeypatch.chdir(ROOT)
    env: dict[str, str] = {}
    ran = 0
    for block in console_blocks(PAGE.read_text(encoding="utf-8")):
        for command, shows in block:
            if command.startswith(NOT_RUN):
                continue
            command = command.replace(DOC_URL.replace(":secret@", ":wrong@"), wrong).replace(DOC_URL, url)
            if command.startswith("export "):
                name, value = command.removeprefix("export ").split("=", 1)
                env[name] = value
                continue
            args = [a.replace('"$CAREERMAP_DB"', env.get("CAREERMAP_DB", "")) for a in shlex.split(command)[1:]]
            out = cli(*args, env=env)
            ran += 1
            as_documented = shown(resolve_url(DOC_URL.replace(":secret@", ":wrong@")))
            printed = (out.stdout + out.stderr).replace(shown(wrong), as_documented)
            if shows:
                assert out.returncode == 2, (command, out.stderr)
                assert printed.splitlines() == shows, command
            else:
                assert out.returncode == 0, (command, out.stderr)
                if "--format json" in command:
                    json.loads(out.stdout)
    assert ran == 4
    history = json.loads(cli("history", "--db", url, "--format", "json").stdout)["assessments"]
    assert [h["source"] for h in history] == ["zh-java-backend.md"]
