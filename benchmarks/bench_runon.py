"""Long run-on sentences of repeated cues: each is read in a few seconds, not in a time that grows with the square of
its length.

    python benchmarks/bench_runon.py                          # this checkout
    python benchmarks/bench_runon.py --old /tmp/old/src       # and another checkout's src, beside it

A cue reaches over the items of its sentence; a text of one sentence that repeats a cue and a skill thousands of
times ("I don't know Kafka and I don't know Kafka and …") once made every cue (and every mention of a guarded alias)
read the rest of that sentence again: 5,000 repetitions took from 10 s to well over a minute. Each text here is one
sentence, or one sentence of comma-joined clauses, made of ``--times`` repetitions of a short phrase: a lack, a wish,
an interest, a dislike, hearsay, in English and Chinese. Target: each under 5 s at 5,000 repetitions on a shared
2-core machine (the seconds are wall-clock, one run each: a rough figure, not a timed test).

With ``--old``, each text is read by that checkout in a subprocess stopped after ``--cap`` seconds (shown as ">cap").
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

from results import recording

PHRASES = [
    "I don't know Kafka and ",
    "I don't know Kafka, ",
    "I want to learn Rust and ",
    "I'm interested in Rust and ",
    "I hate Java and ",
    "heard of Rust and ",
    "我不会 Kafka 和",
    "我不会 Kafka，",
    "我想学 Rust，",
    "听说过 Rust 和",
    "朋友说 Rust 很难，",
    "本来想学 Rust，一直没时间，",
]


def read_all(times: int) -> dict[str, float]:
    """Seconds to diagnose each run-on text (wall clock), after one short text has loaded everything."""
    import careermap

    careermap.diagnose("Python and SQL.")
    out: dict[str, float] = {}
    for phrase in PHRASES:
        start = time.perf_counter()
        careermap.diagnose(phrase * times)
        out[phrase] = time.perf_counter() - start
    return out


def read_old(src: str, times: int, cap: float) -> dict[str, float | None]:
    """The same, by the checkout whose ``src`` is given, one subprocess a text (``None``: stopped after ``cap`` s)."""
    out: dict[str, float | None] = {}
    env = {**os.environ, "PYTHONPATH": src}
    code = (
        "import json, sys, time, careermap\n"
        "careermap.diagnose('Python and SQL.')\n"
        "t = time.perf_counter(); careermap.diagnose(sys.argv[1] * int(sys.argv[2]))\n"
        "print(json.dumps(time.perf_counter() - t))\n"
    )
    for phrase in PHRASES:
        try:
            done = subprocess.run(
                [sys.executable, "-c", code, phrase, str(times)],
                env=env,
                capture_output=True,
                text=True,
                timeout=cap,
                check=True,
            )
            out[phrase] = json.loads(done.stdout)
        except subprocess.TimeoutExpired:
            out[phrase] = None
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--times", type=int, default=5000, help="repetitions of each phrase (default 5000)")
    parser.add_argument("--old", metavar="SRC", help="another checkout's src folder, read beside this one")
    parser.add_argument("--cap", type=float, default=120.0, help="seconds before the old checkout is stopped")
    args = parser.parse_args()
    new = read_all(args.times)
    old = read_old(args.old, args.times, args.cap) if args.old else None
    print(f"Run-on sentences of {args.times:,} repetitions, seconds to diagnose (wall clock, one run each).")
    print()
    print("| phrase repeated | characters | now |" + (" old |" if old else ""))
    print("|---|---|---|" + ("---|" if old else ""))
    for phrase, seconds in new.items():
        row = f"| `{phrase.strip()}` | {len(phrase) * args.times:,} | {seconds:.1f} |"
        if old is not None:
            before = old[phrase]
            row += f" {'>' + format(args.cap, '.0f') if before is None else format(before, '.1f')} |"
        print(row)
    print()
    print(f"slowest now: {max(new.values()):.1f} s (target: under 5 s)")


if __name__ == "__main__":
    with recording("runon"):
        main()
