"""Same answers from two checkouts: every real posting classified and every real résumé diagnosed by each.

A speed change must not change an answer. This runs the engine of this checkout and of another
one (``--old``: its ``src`` folder, e.g. a pristine ``git worktree add --detach /tmp/old main``)
in two processes over:

* every posting of ``postings.jsonl`` and ``postings_zh.jsonl`` (the external evaluation set),
  classified from the body alone and from the body with its title
  (:func:`careermap.jobs.classify.classify_text`: direction, role, scores, confidence, evidence
  with its spans, every skill asked with its level and spans, years and degree);
* every résumé / profile text of ``profiles.jsonl`` diagnosed (:func:`careermap.diagnose`, the
  whole JSON answer: directions, roles, scores, skills with their statuses and evidence spans);
* the bundled ``examples/`` (each text diagnosed, with the answers file too, and the postings
  file classified through :func:`careermap.classify`).

It prints how many answers are identical and different, the first differences (where in the
answer they start), and the CPU milliseconds each checkout spent per posting classified and per
text diagnosed (``time.process_time`` in each process, caches built before timing), so one run
gives before and after side by side.

Run: ``python benchmarks/same_answers.py --old /tmp/old/src [--new SRC] [--data FOLDER] [--show 5]``.
Target: every answer identical.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench_jobs import find_data

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
VARYING = {"read_ms"}  # how long reading a file took: differs from run to run, not an answer


def _plain(value: Any) -> Any:
    """An answer as plain JSON data (dataclasses and models included)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _plain(dataclasses.asdict(value))
    if hasattr(value, "model_dump"):
        return _plain(value.model_dump(mode="json"))
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items() if k not in VARYING}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def emit(src: str, data: str | None, out: Path, repeat: int) -> None:
    """In a child process: import careermap from ``src``, write every answer and the CPU times."""
    sys.path.insert(0, src)
    import careermap
    from careermap.jobs.classify import classify_text

    if not Path(careermap.__file__).resolve().is_relative_to(Path(src).resolve()):
        raise SystemExit(f"careermap imported from {careermap.__file__}, not from {src}")
    kb = careermap.default_knowledge()
    postings = [(name, r) for name in ("postings.jsonl", "postings_zh.jsonl") for r in _rows(find_data(data, name))]
    profiles = _rows(find_data(data, "profiles.jsonl"))
    classify_text(postings[0][1]["body"], kb)  # the matcher and caches are built before timing
    careermap.diagnose(profiles[0]["text"], kb=kb)
    answers: dict[str, Any] = {}
    cpu: dict[str, list[float]] = {}  # per group: the CPU seconds of each round
    count: dict[str, int] = {}

    def timed(key: str, fn: Any) -> None:
        try:
            answer = fn()
        except Exception as exc:  # an error is an answer too, compared like one
            answer = {"error": f"{type(exc).__name__}: {exc}"}
        answers[key] = _plain(answer)

    for _ in range(repeat):  # timed rounds: each text once per round, nothing else in between
        for name in ("postings.jsonl", "postings_zh.jsonl"):
            bodies = [(r["body"], r["id"]) for n, r in postings if n == name]
            t = time.process_time()
            for body, pid in bodies:
                classify_text(body, kb, posting_id=pid)
            cpu.setdefault("classify " + name, []).append(time.process_time() - t)
            count["classify " + name] = len(bodies)
        t = time.process_time()
        for r in profiles:
            careermap.diagnose(r["text"], kb=kb)
        cpu.setdefault("diagnose profiles.jsonl", []).append(time.process_time() - t)
        count["diagnose profiles.jsonl"] = len(profiles)
    for name, r in postings:
        timed(f"{name}:{r['id']}:body", lambda r=r: classify_text(r["body"], kb, posting_id=r["id"]))
    for name, r in postings:
        key = f"{name}:{r['id']}:title"
        timed(key, lambda r=r: classify_text(r["body"], kb, title=r.get("title"), posting_id=r["id"]))
    for r in profiles:
        timed(f"profiles:{r['id']}", lambda r=r: careermap.diagnose(r["text"], kb=kb))
    given = EXAMPLES / "answers.yaml"
    for path in sorted(EXAMPLES.iterdir()):
        if path.suffix in (".md", ".txt"):
            timed(f"examples:{path.name}", lambda p=path: careermap.diagnose(p, kb=kb))
            if given.exists():
                key = f"examples:{path.name}+answers"
                timed(key, lambda p=path: careermap.diagnose(p, answers=given, kb=kb))
        elif path.suffix in (".jsonl", ".csv", ".json"):
            timed(f"examples:{path.name}", lambda p=path: careermap.classify(p, kb=kb))
    with out.open("w", encoding="utf-8") as f:
        json.dump({"answers": answers, "cpu": cpu, "count": count}, f, ensure_ascii=False, sort_keys=True)


def first_difference(old: Any, new: Any, where: str = "") -> Iterator[str]:
    """Where two answers part (a path into the JSON), the first few places."""
    if isinstance(old, dict) and isinstance(new, dict):
        for k in sorted(set(old) | set(new)):
            if k not in old or k not in new:
                yield f"{where}.{k}: only in {'new' if k not in old else 'old'}"
            elif old[k] != new[k]:
                yield from first_difference(old[k], new[k], f"{where}.{k}")
    elif isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for i, (a, b) in enumerate(zip(old, new, strict=True)):
            if a != b:
                yield from first_difference(a, b, f"{where}[{i}]")
    else:
        a, b = json.dumps(old, ensure_ascii=False)[:160], json.dumps(new, ensure_ascii=False)[:160]
        yield f"{where}: old {a} new {b}"


def run(src: str, data: str | None, tmp: Path, label: str, repeat: int) -> dict[str, Any]:
    out = tmp / f"{label}.json"
    cmd = [sys.executable, __file__, "--emit", src, "--out", str(out), "--repeat", str(repeat)]
    cmd += ["--data", data] if data else []
    env = {**os.environ, "PYTHONPATH": src}
    subprocess.run(cmd, check=True, env=env)
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--old", help="the other checkout's src folder (the answers to keep)")
    ap.add_argument("--new", default=str(ROOT / "src"), help="this checkout's src folder (default)")
    ap.add_argument("--data", help="folder holding the evaluation files")
    ap.add_argument("--repeat", type=int, default=3, help="timed rounds (the best one counts)")
    ap.add_argument("--show", type=int, default=5, help="how many differing answers to show")
    ap.add_argument("--emit", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.emit:
        emit(args.emit, args.data, Path(args.out), args.repeat)
        return
    if not args.old:
        ap.error("--old SRC is required")
    with tempfile.TemporaryDirectory() as tmp:
        old = run(args.old, args.data, Path(tmp), "old", args.repeat)
        new = run(args.new, args.data, Path(tmp), "new", args.repeat)
    print(f"old: {args.old}\nnew: {args.new}")
    for group in sorted(new["cpu"]):
        n = new["count"][group]
        ms_a, ms_b = 1000 * min(old["cpu"][group]) / n, 1000 * min(new["cpu"][group]) / n
        print(f"CPU per text, {group} ({n}): old {ms_a:.3f} ms, new {ms_b:.3f} ms ({ms_a / ms_b:.2f}x fewer)")
    classify = [g for g in new["cpu"] if g.startswith("classify ")]
    n = sum(new["count"][g] for g in classify)
    ms_a = 1000 * sum(min(old["cpu"][g]) for g in classify) / n
    ms_b = 1000 * sum(min(new["cpu"][g]) for g in classify) / n
    print(f"CPU per posting classified, both files ({n}): old {ms_a:.3f} ms, new {ms_b:.3f} ms ({ms_a / ms_b:.2f}x)")
    keys = sorted(set(old["answers"]) | set(new["answers"]))
    different = [k for k in keys if old["answers"].get(k) != new["answers"].get(k)]
    print(f"answers: {len(keys) - len(different)} identical, {len(different)} different (of {len(keys)})")
    for k in different[: args.show]:
        print(f"  {k}:")
        for line in list(first_difference(old["answers"].get(k), new["answers"].get(k)))[:3]:
            print(f"    {line}")
    if different:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
