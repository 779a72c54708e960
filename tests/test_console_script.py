"""The installed `careermap` console script itself: its exit codes, its one-line errors, Ctrl-C and a
real pipe. Everything else runs in-process through the `cli` fixture; these few start processes."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # each test starts the console script

SCRIPT = Path(sys.executable).with_name("careermap")
ZH = "做了6年嵌入式，C语言和STM32单片机很熟，喜欢抠性能。"


def script(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    command = [str(SCRIPT)] if SCRIPT.exists() else [shutil.which("careermap") or "careermap"]
    return subprocess.run(
        [*command, *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "LANG": "C.UTF-8", **(env or {})},
    )


def test_the_installed_script_answers_and_exits_0() -> None:
    r = script("diagnose", "-", "--format", "md", "--no-store", stdin=ZH)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("# 大模型职业地图 · 诊断结果") and "| 3 | 模型推理与部署优化 |" in r.stdout
    assert r.stderr == ""


def test_bad_input_is_one_line_and_exit_2_in_the_locales_language() -> None:
    en = script("diagnose", "-")
    assert (en.returncode, en.stdout) == (2, "")
    assert en.stderr == (
        "error[E101]: the input is empty — give a few sentences about your background or a résumé file\n"
    )
    zh = script("diagnose", "-", env={"LANG": "zh_CN.UTF-8"})
    assert (zh.returncode, zh.stderr) == (2, "错误[E101]: 输入为空 — 请写几句你的背景，或提供简历文件\n")


def test_a_usage_mistake_exits_2_with_the_usage_and_no_traceback() -> None:
    r = script("diagnose", "-", "--format", "pdf")
    assert r.returncode == 2 and "Usage: careermap diagnose" in r.stderr and "'pdf'" in r.stderr
    assert "Traceback" not in r.stderr


def test_python_dash_m_is_the_same_program() -> None:
    r = subprocess.run(
        [sys.executable, "-m", "careermap", "kb", "search", "显存"], capture_output=True, text=True, timeout=120
    )
    assert r.returncode == 0 and r.stdout.split()[:2] == ["skill", "gpu_memory_optimization"]
    assert script("kb", "search", "nothing-has-this-name").returncode == 1


def _wait_until_reading_stdin(proc: subprocess.Popen[str]) -> None:
    """Until the process blocks reading its stdin pipe (Linux: /proc/PID/wchan), so the signal
    arrives in the command, not while Python is still importing it."""
    wchan = Path(f"/proc/{proc.pid}/wchan")
    if not wchan.exists():
        pytest.skip("needs /proc/PID/wchan (Linux) to know when the command waits for input")
    deadline = time.monotonic() + 60
    while "pipe_read" not in wchan.read_text():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, f"never waited for input (wchan {wchan.read_text()!r})"
        time.sleep(0.02)


def test_ctrl_c_while_waiting_for_input_exits_130_without_a_traceback() -> None:
    proc = subprocess.Popen(
        [str(SCRIPT), "diagnose", "-", "--no-store"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "LANG": "C.UTF-8"},
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as from a terminal
    )
    assert proc.stdin is not None
    proc.stdin.write("熟悉 Python")  # a first line, and no end of input yet
    proc.stdin.flush()
    _wait_until_reading_stdin(proc)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "Traceback" not in err and out == ""


def test_a_reader_that_stops_early_is_no_error() -> None:
    """`careermap … | head -n 1`: the pipe closes while output is still being written."""
    shell = f"{SCRIPT} jobs classify {Path(__file__).parent.parent / 'examples' / 'postings.jsonl'} | head -c 10"
    r = subprocess.run(["sh", "-c", shell], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and len(r.stdout) == 10
    assert "Traceback" not in r.stderr
