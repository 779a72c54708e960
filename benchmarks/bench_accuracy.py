"""Top-1 direction accuracy of `careermap diagnose` on labelled backgrounds.

    python benchmarks/bench_accuracy.py            # dev set, held-out set, real profiles
    python benchmarks/bench_accuracy.py --misses   # also list each miss with its top three

The dev and held-out sets (benchmarks/data/) were written for careermap, each entry labelled
with the directions a careful advisor would accept. The held-out set was not looked at while
tuning. The real profiles (../shared/data/profiles.jsonl, evaluation only, pre-LLM résumés with
weak labels) are reported without a target.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

import yaml

from careermap import default_knowledge, diagnose

HERE = Path(__file__).parent


def _profiles() -> Path:
    """profiles.jsonl in $CAREERMAP_EVAL_DATA, else shared/data beside the repository or its worktree folder."""
    env = os.environ.get("CAREERMAP_EVAL_DATA")
    folders = [Path(env)] if env else []
    folders += [HERE.parent.parent / "shared" / "data", HERE.parents[2] / "shared" / "data"]
    found = [f / "profiles.jsonl" for f in folders if (f / "profiles.jsonl").is_file()]
    return found[0] if found else folders[-1] / "profiles.jsonl"


SHARED = _profiles()


def evaluate(entries: list[dict], show_misses: bool) -> tuple[int, int]:
    ok = 0
    by_lang: Counter[str] = Counter()
    by_lang_ok: Counter[str] = Counter()
    for e in entries:
        a = diagnose(e["text"])
        hit = a.top.number in e["accept"]
        ok += hit
        key = f"{e['lang']}/{e['length']}"
        by_lang[key] += 1
        by_lang_ok[key] += hit
        if not hit and show_misses:
            top3 = ", ".join(f"{d.number}:{d.score:.2f}" for d in a.directions[:3])
            print(f"    miss {e['id']}: accept {e['accept']}, got {top3}")
    parts = ", ".join(f"{k} {by_lang_ok[k]}/{n}" for k, n in sorted(by_lang.items()))
    print(f"    by language/length: {parts}")
    return ok, len(entries)


def real_profiles(path: Path) -> None:
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    labelled = [r for r in rows if r.get("label_direction")]
    agree = Counter()
    total = Counter()
    for r in labelled:
        top = diagnose(r["text"]).top.number
        total[r["label_direction"]] += 1
        agree[r["label_direction"]] += top == r["label_direction"]
    n = sum(total.values())
    k = sum(agree.values())
    print(f"real profiles ({path}): {k}/{n} labelled agree = {k / max(n, 1):.1%} (weak pre-LLM labels, no target)")
    for d in sorted(total):
        print(f"    direction {d}: {agree[d]}/{total[d]}")
    spread = Counter(diagnose(r["text"]).top.number for r in rows if not r.get("label_direction"))
    print("    unlabelled spread by top direction: " + ", ".join(f"{d}:{spread[d]}" for d in sorted(spread)))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--floor", type=float, default=0.0, help="exit 1 if dev accuracy is below this")
    args = parser.parse_args()
    default_knowledge()
    t0 = time.perf_counter()
    results = {}
    for name in ("backgrounds", "holdout"):
        entries = yaml.safe_load((HERE / "data" / f"{name}.yaml").read_text(encoding="utf-8"))
        print(f"{name}.yaml:")
        ok, n = evaluate(entries, args.misses)
        results[name] = ok / n
        print(f"  top-1 accuracy {ok}/{n} = {ok / n:.1%}")
    if SHARED.exists():
        real_profiles(SHARED)
    else:
        print(f"real profiles: {SHARED} not found, skipped")
    print(f"({time.perf_counter() - t0:.1f} s)")
    return 1 if results["backgrounds"] < args.floor else 0


if __name__ == "__main__":
    from results import recording

    with recording("accuracy"):
        sys.exit(main())
