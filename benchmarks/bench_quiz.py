"""Questionnaire timings against `careermap diagnose` measured in the same run.

Cold runs are whole `careermap` processes (what a user waits for; the budget for a cold
diagnose is 1.5 s); warm runs call the core in this process. Prints medians and ratios.

    python benchmarks/bench_quiz.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANSWERS = ROOT / "tests" / "data" / "answers"
RESUME = (
    "5年Java后端开发，熟悉Spring Cloud、Redis、MySQL。最近用LangChain做了公司内部知识库问答（RAG），"
    "上线后日活2000。喜欢和用户打交道。\n"
)


def cold(args: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "careermap", *args], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def warm(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    # diagnose stores each assessment: keep the benchmark's runs out of the user's database
    os.environ["CAREERMAP_DB"] = str(Path(tempfile.mkdtemp()) / "bench.db")
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        resume = Path(tmp) / "me.md"
        resume.write_text(RESUME, encoding="utf-8")
        answers = str(ANSWERS / "math_brain.yaml")
        rows = [
            ("cold: careermap --help", cold(["--help"], runs)),
            ("cold: diagnose me.md (baseline)", cold(["diagnose", str(resume), "-f", "json"], runs)),
            ("cold: quiz --answers", cold(["quiz", "--answers", answers, "-f", "json"], runs)),
            (
                "cold: diagnose me.md --answers",
                cold(["diagnose", str(resume), "--answers", answers, "-f", "json"], runs),
            ),
        ]
        from careermap.api import diagnose, knowledge
        from careermap.ingest.document import from_text
        from careermap.quiz import assess_answers, read_answers

        kb = knowledge()
        given = read_answers(answers, kb.questionnaire)
        doc = from_text(RESUME, kb)
        rows += [
            ("warm: diagnose(text) (baseline)", warm(lambda: diagnose(RESUME, kb=kb), runs * 3)),
            ("warm: assess_answers(answers)", warm(lambda: assess_answers(given, kb=kb), runs * 3)),
            ("warm: assess_answers(answers, text)", warm(lambda: assess_answers(given, kb=kb, source=doc), runs * 3)),
            ("warm: read_answers(file)", warm(lambda: read_answers(answers, kb.questionnaire), runs * 3)),
        ]
    base_cold, base_warm = rows[1][1], rows[4][1]
    print(f"{'measure':<36} {'median':>10} {'vs baseline':>12}")
    for name, secs in rows:
        base = base_cold if name.startswith("cold") else base_warm
        print(f"{name:<36} {secs * 1000:>8.1f}ms {secs / base:>11.2f}x")


if __name__ == "__main__":
    from results import recording

    with recording("quiz"):
        main()
