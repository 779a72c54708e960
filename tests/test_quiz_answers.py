"""An answers file with a missing, unknown or out-of-range item gets one line naming the item."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Cli
from tests.quizutil import cli_json, persona, write


def _one_line_error(proc, code: str, item: str) -> str:  # type: ignore[no-untyped-def]
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert lines[0].startswith((f"error[{code}]:", f"错误[{code}]:")), lines[0]
    assert f"'{item}'" in lines[0], lines[0]
    return lines[0]


def test_missing_item_is_named(tmp_path: Path, cli: Cli) -> None:
    raw = persona("math_brain")
    del raw["answers"]["tidy_data"]
    line = _one_line_error(cli("quiz", "--answers", str(write(tmp_path, raw))), "E502", "tidy_data")
    assert "has no answer" in line and "tidy_data: 1-5" in line


def test_unknown_item_is_named_with_a_suggestion(tmp_path: Path, cli: Cli) -> None:
    raw = persona("math_brain")
    raw["answers"]["derive_formula"] = raw["answers"].pop("derive_formulas")
    line = _one_line_error(cli("quiz", "--answers", str(write(tmp_path, raw))), "E503", "derive_formula")
    assert "did you mean 'derive_formulas'" in line


@pytest.mark.parametrize(
    ("item", "value", "expect"),
    [
        ("read_papers", 7, "from 1 to 5"),
        ("read_papers", 0, "from 1 to 5"),
        ("read_papers", 4.5, "from 1 to 5"),
        ("read_papers", "agree", "from 1 to 5"),
        ("hours_per_week", 200, "from 1 to 80"),
        ("high_threshold", "maybe", "eager, open, avoid"),
        ("research_degree", False, "quote it"),  # `research_degree: no` in YAML
    ],
)
def test_out_of_range_item_is_named(tmp_path: Path, item: str, value: object, expect: str, cli: Cli) -> None:
    raw = persona("product_person")
    raw["answers"][item] = value
    line = _one_line_error(cli("quiz", "--answers", str(write(tmp_path, raw))), "E504", item)
    assert expect in line


def test_several_problems_report_the_first_and_count_the_rest(tmp_path: Path, cli: Cli) -> None:
    raw = persona("data_person")
    for item in ("read_papers", "tidy_data", "high_threshold"):
        del raw["answers"][item]
    line = _one_line_error(cli("quiz", "--answers", str(write(tmp_path, raw))), "E502", "read_papers")
    assert "(+2 more)" in line


def test_errors_speak_chinese_with_lang_zh(tmp_path: Path, cli: Cli) -> None:
    raw = persona("data_person")
    raw["answers"]["ship_fast"] = 9
    line = _one_line_error(cli("quiz", "--answers", str(write(tmp_path, raw)), "--lang", "zh"), "E504", "ship_fast")
    assert line.startswith("错误[E504]") and "超出范围" in line


def test_unreadable_files(tmp_path: Path, cli: Cli) -> None:
    proc = cli("quiz", "--answers", str(tmp_path / "nope.yaml"))
    assert proc.returncode == 2 and proc.stderr.startswith("error[E501]") and len(proc.stderr.splitlines()) == 1
    bad = write(tmp_path, "answers: [1, 2\n", "bad.yaml")
    proc = cli("quiz", "--answers", str(bad))
    assert proc.returncode == 2 and "error[E501]" in proc.stderr and "line" in proc.stderr
    flat = write(tmp_path, {"derive_formulas": 5}, "flat.yaml")
    proc = cli("quiz", "--answers", str(flat))
    assert proc.returncode == 2 and "'answers:'" in proc.stderr


def test_a_folder_given_as_answers_is_named_with_an_answers_files_hint(tmp_path: Path, cli: Cli) -> None:
    proc = cli("quiz", "--answers", str(tmp_path))
    assert proc.returncode == 2 and proc.stdout == "", proc.stdout + proc.stderr
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith("error[E111]") and "is a folder, not a file" in line, line
    assert "give the path of an answers file" in line and "résumé" not in line, line


def test_answers_for_another_questionnaire_version_are_refused(tmp_path: Path, cli: Cli) -> None:
    raw = persona("math_brain")
    raw["questionnaire"] = "0"
    proc = cli("quiz", "--answers", str(write(tmp_path, raw)))
    assert proc.returncode == 2 and proc.stderr.startswith("error[E505]")


def test_diagnose_checks_the_answers_before_the_resume(tmp_path: Path, cli: Cli) -> None:
    raw = persona("math_brain")
    del raw["answers"]["hunt_bugs"]
    resume = tmp_path / "me.md"
    resume.write_text("三年 Python 后端开发，熟悉 Django 和 MySQL。", encoding="utf-8")
    proc = cli("diagnose", str(resume), "--answers", str(write(tmp_path, raw)))
    _one_line_error(proc, "E502", "hunt_bugs")


def test_the_template_lists_every_item_and_reads_back_once_filled(tmp_path: Path, cli: Cli) -> None:
    blank = cli("quiz", "--template", "--lang", "en")
    assert blank.returncode == 0
    path = write(tmp_path, blank.stdout, "blank.yaml")
    line = _one_line_error(cli("quiz", "--answers", str(path)), "E502", "derive_formulas")
    assert "(+26 more)" in line
    filled = persona("security_reader")["answers"]
    # keep the comments: rebuild each "  id:   # comment" line as "  id: value  # comment"
    lines = []
    for ln in blank.stdout.splitlines():
        key = ln.split(":", 1)[0].strip()
        if ln.startswith("  ") and key in filled:
            lines.append(f"  {key}: {filled[key]}  #{ln.split('#', 1)[1]}")
        else:
            lines.append(ln)
    data = cli_json(cli, "quiz", "--answers", str(write(tmp_path, "\n".join(lines) + "\n", "filled.yaml")))
    assert data["directions"][0]["id"] == "safety"
    assert data["lang"] == "en"  # the template records the language it was printed in


def test_answers_from_stdin_as_json(tmp_path: Path, cli: Cli) -> None:
    import json

    proc = cli("quiz", "--answers", "-", "--format", "json", stdin=json.dumps(persona("data_person")))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["directions"][0]["id"] == "data"


def test_commands_document_the_questionnaire_options(cli: Cli) -> None:
    quiz = cli("quiz", "--help")
    assert quiz.returncode == 0
    for option in ("--answers", "--lang", "--format", "--save", "--template"):
        assert option in quiz.stdout
    diagnose = cli("diagnose", "--help")
    assert diagnose.returncode == 0 and "--answers" in diagnose.stdout
