"""The `careermap` command as a user runs it: stdin, files, exit codes, one-line errors (in-process through the
`cli` fixture; tests/test_console_script.py proves the installed console script itself)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from careermap.knowledge.loader import DATA_DIR
from tests.conftest import Cli

ZH = "我是做了5年Java后端的，熟悉Spring Cloud、Redis，最近用LangChain做了一个知识库问答，首字延迟从2秒降到400毫秒。"


def test_diagnose_from_stdin_answers_in_chinese(cli: Cli) -> None:
    r = cli("diagnose", "-", stdin=ZH)
    assert r.returncode == 0, r.stderr
    assert "应用开发与 Agent" in r.stdout
    assert "为什么是这个分数" in r.stdout and "LangChain" in r.stdout
    assert "建议" in r.stdout


def test_diagnose_a_file_in_english_when_asked(tmp_path: Path, cli: Cli) -> None:
    me = tmp_path / "me.md"
    me.write_text(ZH, encoding="utf-8")
    r = cli("diagnose", str(me), "--lang", "en", "--format", "md")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("# careermap · diagnosis")
    assert "Application development and agents" in r.stdout or "agents" in r.stdout.lower()


def test_json_follows_the_contract_and_spans_slice_the_input(cli: Cli) -> None:
    text = "熟练掌握ＣＵＤＡ和C++，用 vLLM 部署过 Qwen，吞吐提升3倍；Linux kernel 也熟。"
    r = cli("diagnose", "-", "--format", "json", stdin=text)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["lang"] == "zh"
    assert len(data["directions"]) == 6
    scores = [d["score"] for d in data["directions"]]
    assert scores == sorted(scores, reverse=True)
    for d in data["directions"]:
        assert {"number", "id", "name", "score", "readiness", "roles", "contributions"} <= set(d)
        assert 0 <= d["score"] <= 1 and 0 <= d["readiness"] <= 1
        assert all(r["id"].startswith(d["id"] + ".") for r in d["roles"])
        for c in d["contributions"]:
            assert {"kind", "amount", "evidence"} <= set(c)
    assert data["skills"]
    for s in data["skills"]:
        assert {"id", "name", "level", "evidence"} <= set(s)
        for e in s["evidence"]:
            assert text[e["start"] : e["end"]] == e["text"]
    cuda = next(s for s in data["skills"] if s["id"] == "cuda")
    assert cuda["evidence"][0]["text"] == "ＣＵＤＡ"


@pytest.mark.parametrize(
    ("stdin", "line"),
    [
        (b"", "error[E101]: the input is empty — give a few sentences about your background or a résumé file"),
        (
            b"   \n\t  \n",
            "error[E101]: the input is empty — give a few sentences about your background or a résumé file",
        ),
        (
            b"\x00\x01\x02\xff" * 100,
            "error[E102]: stdin is binary data, not text — give a text, Markdown, PDF or DOCX résumé",
        ),
    ],
)
def test_bad_input_gets_one_line_and_a_non_zero_exit(stdin: bytes, line: str, cli: Cli) -> None:
    r = cli("diagnose", "-", stdin=stdin, env={"LANG": "C.UTF-8"})
    assert r.returncode == 2
    assert r.stderr.strip() == line
    assert "Traceback" not in r.stderr and r.stdout == ""


def test_a_50_mb_text_is_refused_in_one_line(tmp_path: Path, cli: Cli) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(("熟悉 Python 和 CUDA。" * 10).encode() * 210_000)
    assert big.stat().st_size > 50 * 1024 * 1024
    r = cli("diagnose", str(big), env={"LANG": "C.UTF-8"})
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error[E103]: big.txt is ")
    assert "above the 10.0 MB limit" in lines[0]


def test_errors_speak_chinese_for_a_chinese_locale(cli: Cli) -> None:
    r = cli("diagnose", "-", stdin=b"", env={"LANG": "zh_CN.UTF-8"})
    assert r.stderr.strip() == "错误[E101]: 输入为空 — 请写几句你的背景，或提供简历文件"


def test_a_broken_knowledge_base_is_one_line_naming_file_and_entry(tmp_path: Path, cli: Cli) -> None:
    kb_dir = tmp_path / "kb"
    shutil.copytree(DATA_DIR, kb_dir)
    roles = kb_dir / "roles" / "inference.yaml"
    roles.write_text(roles.read_text(encoding="utf-8").replace("core: [", "core: [cudaa, ", 1), encoding="utf-8")
    r = cli("diagnose", "-", "--kb", str(kb_dir), stdin=ZH, env={"LANG": "C.UTF-8"})
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error[E200]: knowledge base invalid: [roles/inference.yaml -> inference.")
    assert "unknown skill 'cudaa'" in lines[0]
    v = cli("kb", "validate", "--kb", str(kb_dir))
    assert v.returncode == 2 and "unknown skill 'cudaa'" in v.stderr


def test_kb_show_and_search(cli: Cli) -> None:
    r = cli("kb", "show", "inference.engine")
    assert r.returncode == 0 and "推理引擎" in r.stdout and "门槛" in r.stdout
    r = cli("kb", "show", "3", "--lang", "en")
    assert r.returncode == 0 and "Threshold" in r.stdout
    r = cli("kb", "search", "显存")
    assert r.returncode == 0 and "gpu_memory_optimization" in r.stdout
    r = cli("kb", "search", "推理研发工程师")  # what postings call a role finds the role
    assert r.returncode == 0 and "inference.engine" in r.stdout
    r = cli("kb", "show", "safety.research", "--lang", "en")
    assert "Called in postings: Alignment researcher" in r.stdout
    r = cli("kb", "show", "nosuchthing", env={"LANG": "C.UTF-8"})
    assert r.returncode == 2 and r.stderr.startswith("error[E300]: no direction, role, skill or background")


def test_every_command_has_help(cli: Cli) -> None:
    for cmd in (["diagnose"], ["kb", "validate"], ["kb", "show"], ["kb", "search"]):
        r = cli(*cmd, "--help")
        assert r.returncode == 0 and "Usage" in r.stdout


def test_each_command_reads_and_fails_as_in_the_whole_app(cli: Cli) -> None:
    """A run builds only the command it invokes; help, usage lines and option errors stay those
    of the whole app, and every command of the whole app can be invoked so."""
    from typer.testing import CliRunner

    from careermap.cli.app import app

    listed = cli("--help").stdout
    names = [c.name or c.callback.__name__ for c in app.registered_commands if c.callback]
    names += [g.name for g in app.registered_groups if g.name]
    assert len(names) == 9 and all(name in listed for name in names)
    for name in names:
        for args in ([name, "--help"], [name, "--no-such-option"]):
            whole = CliRunner().invoke(app, args, prog_name="careermap", env={"COLUMNS": "120"})
            alone = cli(*args)
            assert (alone.returncode, alone.stdout + alone.stderr) == (whole.exit_code, whole.output), args


def test_a_text_longer_than_one_diagnosis_reads_is_refused_in_one_line(tmp_path: Path, cli: Cli) -> None:
    long = tmp_path / "long.txt"
    long.write_text("熟悉 Python 和 CUDA。" * 20_000, encoding="utf-8")  # 340,000 characters, 1 MB
    r = cli("diagnose", str(long), "--no-store", env={"LANG": "C.UTF-8"})
    assert r.returncode == 2
    assert r.stderr.strip() == (
        "error[E108]: the text is 340,000 characters, above the 200,000 one diagnosis reads — give the part about "
        "your skills, projects and experience, or raise the limit with --max-chars"
    )
    short = tmp_path / "short.txt"
    short.write_text("熟悉 Python 和 CUDA。" * 100, encoding="utf-8")  # 1,700 characters
    assert cli("diagnose", str(short), "--no-store", "--max-chars", "1000").returncode == 2
    assert cli("diagnose", str(short), "--no-store", "--max-chars", "2000", "-f", "json").returncode == 0


@pytest.mark.slow  # diagnoses 340,000 characters (~7 s on one core)
def test_a_raised_character_limit_reads_the_long_text(tmp_path: Path, cli: Cli) -> None:
    long = tmp_path / "long.txt"
    long.write_text("熟悉 Python 和 CUDA。" * 20_000, encoding="utf-8")
    r = cli("diagnose", str(long), "--no-store", "--max-chars", "400000", "-f", "json")
    assert r.returncode == 0, r.stderr
    assert {s["id"] for s in json.loads(r.stdout)["skills"]} >= {"python", "cuda"}
