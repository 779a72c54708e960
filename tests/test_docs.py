"""The README and docs/ cannot go stale: every console example runs and shows what it printed, every
command has help and a place in the docs, every error code is explained (sqlite-utils' test_docs).

`pytest tests/test_docs.py --update-docs` (or `make docs`) writes the real output back into the
pages where it differs; tests/docs_examples.py says how examples are run and compared.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from careermap import errors
from tests import docs_examples as docs
from tests.conftest import Cli

ROOT = docs.ROOT
PAGES = docs.pages()
EXAMPLE_PAGES = docs.example_pages()


def _id(page: Path) -> str:
    return str(page.relative_to(ROOT))


def _finish(outcome: docs.Outcome, request: pytest.FixtureRequest) -> None:
    if request.config.getoption("--update-docs") and outcome.updates:
        docs.write_back(outcome.path, outcome.updates)
        unresolved = [p for p in outcome.problems if "cannot run" in p]
        assert not unresolved, "\n\n".join(unresolved)
        return
    assert not outcome.problems, (
        f"{len(outcome.problems)} example(s) in {_id(outcome.path)} differ from what they show "
        "(pytest tests/test_docs.py --update-docs writes the real output back):\n\n" + "\n\n".join(outcome.problems)
    )
    if not outcome.ran:
        pytest.skip("; ".join(outcome.skipped) or "no example to run")


# The README is checked in the fast tier; the reference pages run ~70 commands between them and are
# checked in the slow tier (the full suite, `make test`, CI), and by `make docs` when outputs change.
@pytest.mark.parametrize(
    "page", [pytest.param(p, marks=[] if p.name == "README.md" else [pytest.mark.slow]) for p in EXAMPLE_PAGES], ids=_id
)
def test_console_examples_show_what_they_print(
    page: Path, cli: Cli, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    docs.prepare(tmp_path, page.read_text(encoding="utf-8"))
    _finish(docs.check(page, docs.Shell(tmp_path, cli), servers=False), request)


SERVER_PAGES = [p for p in EXAMPLE_PAGES if any(b.server for b in docs.parse(p.read_text(encoding="utf-8")))]


@pytest.mark.parametrize("page", SERVER_PAGES, ids=_id)
def test_server_examples_show_what_they_answer(
    page: Path, cli: Cli, tmp_path: Path, start_server: Any, request: pytest.FixtureRequest
) -> None:
    docs.prepare(tmp_path, page.read_text(encoding="utf-8"))
    shell = docs.Shell(tmp_path, cli, start_server)
    try:
        outcome = docs.check(page, shell, servers=True, only_servers=True)
    finally:
        shell.stop()
    _finish(outcome, request)


# ------------------------------------------------------------------------------ the runner itself


def test_the_runner_reads_pipelines_redirections_and_continuations(cli: Cli, tmp_path: Path) -> None:
    text = (
        "```console\n"
        '$ echo "熟悉 Python 和 PyTorch，做过模型量化 # 不是注释" \\\n'
        '    | careermap diagnose - --format json --no-store | grep -c \'"scorer": "role_fit\'\n'
        "1\n"
        "$ careermap kb search 显存 > found.txt   # a comment\n"
        "$ head -n 1 found.txt\n"
        "skill      gpu_memory_optimization      显存优化\n"
        "$ printf '' | LANG=C careermap diagnose -\n"
        "error[E101]: the input is empty\n"
        "```\n"
    )
    page = tmp_path / "page.md"
    page.write_text(text, encoding="utf-8")
    (block,) = docs.parse(text)
    assert [c.line for c in block.commands] == [2, 5, 6, 8]
    shell = docs.Shell(tmp_path, cli)
    assert shell.shown(block.commands[0].text) == "1\n"
    assert shell.shown(block.commands[1].text) == "" and (tmp_path / "found.txt").exists()
    assert shell.shown(block.commands[2].text).split()[:2] == ["skill", "gpu_memory_optimization"]
    assert shell.shown("printf '' | careermap diagnose -").startswith("error[E101]")
    with pytest.raises(docs.CannotRun, match="```sh block"):
        shell.shown("pip install careermap")


def test_normalising_hides_times_and_durations_and_nothing_else() -> None:
    assert docs.normalise("| 2 | 2026-11-29 07:04 | x |  \n\n") == docs.normalise("| 2 | 2027-01-02 23:59 | x |")
    assert docs.normalise("at 2026-11-29T07:04:05+00:00") == docs.normalise("at 2026-12-01T00:00:00+00:00")
    assert docs.normalise("read_ms=145 · chars=344") == docs.normalise("read_ms=9 · chars=344")
    assert docs.normalise("(version 2026.11+e3975dbcef)") == docs.normalise("(version 2026.11+10545b5ca8)")
    assert docs.normalise("(version 2026.11+e3975dbcef)") != docs.normalise("(version 2026.12+e3975dbcef)")
    assert docs.normalise("chars=344") != docs.normalise("chars=345")
    assert docs.normalise("posted 2025-03-02") != docs.normalise("posted 2025-03-03")  # a date alone is data
    assert docs.normalise("a  b") != docs.normalise("a b")


def test_a_changed_output_is_written_back_in_place(cli: Cli, tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "Intro.\n\n```console\n$ careermap kb search 显存\nsomething stale\n$ echo done\ndone\n```\n\nAfter.\n",
        encoding="utf-8",
    )
    shell = docs.Shell(tmp_path, cli)
    outcome = docs.check(page, shell, servers=False)
    assert list(outcome.updates) == [4] and len(outcome.problems) == 1
    docs.write_back(page, outcome.updates)
    again = docs.check(page, shell, servers=False)
    assert again.problems == [] and again.ran == 2
    text = page.read_text(encoding="utf-8")
    assert "something stale" not in text and "gpu_memory_optimization" in text
    assert text.startswith("Intro.\n\n```console\n$ careermap kb search 显存\n") and text.endswith("```\n\nAfter.\n")


# ------------------------------------------------------------------------------ commands and errors


COMMANDS = docs.commands()


def _reference() -> str:
    return docs.REFERENCE.read_text(encoding="utf-8")


def _narrative() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in PAGES if p != docs.REFERENCE)


def test_the_command_reference_is_each_commands_help(cli: Cli, request: pytest.FixtureRequest) -> None:
    written = docs.reference(cli)
    if request.config.getoption("--update-docs"):
        if not docs.REFERENCE.exists() or _reference() != written:
            docs.REFERENCE.write_text(written, encoding="utf-8")
        return
    assert docs.REFERENCE.exists() and docs.normalise(_reference()) == docs.normalise(written), (
        "docs/cli.md is not what the commands' --help prints: run `make docs` (pytest tests/test_docs.py --update-docs)"
    )


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[p for p, _ in COMMANDS])
def test_every_command_has_help_and_a_place_in_the_docs(path: str, command: Any) -> None:
    assert (command.help or "").strip(), f"`careermap {path}` has no help text"
    for param in command.params:
        if not getattr(param, "hidden", False):
            name = param.opts[0]
            assert (getattr(param, "help", None) or "").strip(), f"`careermap {path}` {name} has no help text"
    assert f"$ careermap {path} --help\n" in _reference(), f"docs/cli.md shows no `careermap {path} --help`"
    used = re.search(rf"careermap {re.escape(path)}\b", _narrative())
    assert used, f"no page but docs/cli.md shows `careermap {path}` at work"


def _codes() -> dict[str, type[errors.CareermapError]]:
    found: dict[str, type[errors.CareermapError]] = {}
    for value in vars(errors).values():
        if isinstance(value, type) and issubclass(value, errors.CareermapError):
            found[value.code] = value
    return found


def test_every_error_code_is_explained_in_the_docs() -> None:
    page = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `(E\d{3})` \|", page, flags=re.M))
    codes = set(_codes()) | {"E999"}  # E999: the command line's last guard (careermap/cli/app.py)
    assert codes - documented == set(), f"docs/errors.md does not explain {sorted(codes - documented)}"
    assert documented - codes == set(), (
        f"docs/errors.md explains codes that no longer exist: {sorted(documented - codes)}"
    )


def test_every_page_is_linked_from_the_index_and_every_link_resolves() -> None:
    index = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    for page in (ROOT / "docs").glob("*.md"):
        if page.name != "index.md":
            assert f"({page.name})" in index, f"docs/index.md does not link {page.name}"
    for page in PAGES:
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", page.read_text(encoding="utf-8")):
            if not re.match(r"[a-z]+://", target):
                assert (page.parent / target).exists(), f"{_id(page)} links {target}, which does not exist"


def test_the_readme_is_a_first_page_of_at_most_12_kb() -> None:
    size = len((ROOT / "README.md").read_bytes())
    assert size <= 12 * 1024, f"README.md is {size} bytes"
