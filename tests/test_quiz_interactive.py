"""The interactive questionnaire driven through a real pseudo-terminal (pexpect): answer every
question with arrow keys and numbers, go back once, finish; Ctrl-C midway leaves cleanly."""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path
from typing import Any

import pytest

pexpect = pytest.importorskip("pexpect")

pytestmark = [
    pytest.mark.slow,  # a process on a pseudo-terminal
    pytest.mark.skipif(os.name != "posix", reason="pseudo-terminals are POSIX"),
]

TOTAL = 27
UP, DOWN, LEFT = "\x1b[A", "\x1b[B", "\x1b[D"
LEAVE_SCREEN = "\x1b[?1049l"


def spawn(*args: str, sigint: Any = signal.SIG_DFL) -> Any:
    """`careermap quiz ARGS` on a pseudo-terminal; ``sigint`` is the SIGINT disposition it inherits
    (a program started by ``nohup`` or as a background job of a script inherits SIG_IGN)."""
    env = {k: v for k, v in os.environ.items() if k != "CAREERMAP_DEBUG"}
    return pexpect.spawn(
        sys.executable,
        ["-m", "careermap", "quiz", *args],
        dimensions=(40, 120),
        encoding="utf-8",
        timeout=20,
        env=env,
        preexec_fn=lambda: signal.signal(signal.SIGINT, sigint),
    )


def test_answer_everything_go_back_once_and_finish(tmp_path: Path) -> None:
    saved = tmp_path / "mine.yaml"
    child = spawn("--lang", "en", "--format", "json", "--save", str(saved))
    child.expect("Question 1 of 27")
    child.expect("0%")  # progress is shown
    child.send("5")  # a number answers at once
    child.expect("Question 2 of 27")
    child.send(DOWN)  # the highlight starts on "Not sure"; down to "Agree"
    child.send("\r")
    child.expect("Question 3 of 27")
    child.send(LEFT)  # back to question 2: the earlier answer is marked
    child.expect("Question 2 of 27")
    child.expect("Agree ✓")
    child.send(UP)
    child.send(UP)  # "Disagree"
    child.send("\r")
    child.expect("Question 3 of 27")
    for i in range(3, TOTAL + 1):
        if i > 3:
            child.expect(f"Question {i} of 27")
        child.send("1" if i <= 24 else "2")
    child.expect("All 27 questions answered")
    child.send("\r")
    child.expect(pexpect.EOF)
    child.wait()  # the exit status once the process has ended, not pexpect's 0.1 s guess
    assert child.exitstatus == 0
    out = child.before.split(LEAVE_SCREEN)[-1]
    assert f"Answers saved to {saved}" in out
    data = json.loads(out[out.index("{") :])
    answers = {a["id"]: a["value"] for a in data["questionnaire"]["answers"]}
    assert answers["derive_formulas"] == 5 and answers["read_papers"] == 2  # the changed answer counts
    assert answers["hours_per_week"] == 8 and answers["research_degree"] == "master_only"
    assert len(answers) == TOTAL
    # the saved file gives the same result when read back
    again = spawn("--answers", str(saved), "--format", "json")
    again.expect(pexpect.EOF)
    again.wait()
    reread = json.loads(again.before)
    assert reread["directions"] == data["directions"] and reread["lang"] == "en"


def test_ctrl_c_midway_leaves_with_a_short_message(tmp_path: Path) -> None:
    saved = tmp_path / "never.yaml"
    child = spawn("--save", str(saved))
    child.expect("第 1 / 27 题")
    child.send("4")
    child.expect("第 2 / 27 题")
    child.send("3")
    child.expect("第 3 / 27 题")
    child.sendintr()
    child.expect(pexpect.EOF)
    child.wait()  # the exit status once the process has ended, not pexpect's 0.1 s guess
    assert child.exitstatus == 130
    tail = child.before.split(LEAVE_SCREEN)[-1].strip()
    assert tail == "已退出问卷，没有保存任何答案。"
    assert "Traceback" not in child.before
    assert not saved.exists()


@pytest.mark.parametrize("sigint", [signal.SIG_IGN, signal.SIG_DFL], ids=["sigint-ignored", "sigint-default"])
def test_ctrl_c_leaves_whatever_signal_handling_the_quiz_inherited(sigint: Any) -> None:
    """Regression: Ctrl-C reached the quiz only as SIGINT, so a quiz started with SIGINT ignored (by
    `nohup`, or as a background job of a script — as a test run started that way passes on to the
    programs it drives) could not be left with Ctrl-C, and the Ctrl-C test timed out in such a run.
    Ctrl-C is now read as a key, whatever the inherited handling, in the middle of any screen."""
    child = spawn("--lang", "en", sigint=sigint)
    child.expect("Question 1 of 27")
    child.send("2")
    child.expect("Question 2 of 27")
    child.sendintr()
    child.expect(pexpect.EOF)
    child.wait()
    assert child.exitstatus == 130
    assert child.before.split(LEAVE_SCREEN)[-1].strip() == "Quiz cancelled; no answers were saved."


def test_the_review_screen_points_out_a_contradiction_and_allows_going_back() -> None:
    child = spawn("--lang", "en")
    child.expect("Question 1 of 27")
    for i in range(1, TOTAL + 1):
        if i > 1:
            child.expect(f"Question {i} of 27")
        # agree with "deriving formulas excites me" and with "math is not my thing"
        child.send("5" if i in (1, 4) else "3" if i <= 24 else "1")
    child.expect("All 27 questions answered")
    child.expect("math is not my thing")
    child.send(LEFT)
    child.expect("Question 27 of 27")
    child.send("q")
    child.expect(pexpect.EOF)
    child.wait()  # the exit status once the process has ended, not pexpect's 0.1 s guess
    assert child.exitstatus == 130
    assert child.before.split(LEAVE_SCREEN)[-1].strip() == "Quiz cancelled; no answers were saved."
