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
answer they start), and the CPU milliseconds each checkout spent per posting classified (body
alone) and per text diagnosed: ``time.process_time`` in each process, caches built before timing,
the best of ``--repeat`` rounds that the two processes take in turn (so both see the same load
from other work on the machine); one run gives before and after side by side.

Run: ``python benchmarks/same_answers.py --old /tmp/old/src [--new SRC] [--data FOLDER] [--repeat 4] [--show 5]``.
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


def serve(src: str, data: str | None) -> None:
    """In a child process: import careermap from ``src`` and answer the parent's commands, one a line
    on standard input: ``round`` (one timed round: the CPU seconds of each group, a JSON line) or
    ``answers PATH`` (every answer, written to PATH)."""
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

    def timed_round() -> dict[str, tuple[float, int]]:
        """Each text once, nothing else in between: per group, CPU seconds and how many texts."""
        cpu: dict[str, tuple[float, int]] = {}
        for name in ("postings.jsonl", "postings_zh.jsonl"):
            bodies = [(r["body"], r["id"]) for n, r in postings if n == name]
            t = time.process_time()
            for body, pid in bodies:
                classify_text(body, kb, posting_id=pid)
            cpu["classify " + name] = (time.process_time() - t, len(bodies))
        t = time.process_time()
        for r in profiles:
            careermap.diagnose(r["text"], kb=kb)
        cpu["diagnose profiles.jsonl"] = (time.process_time() - t, len(profiles))
        return cpu

    def every_answer() -> dict[str, Any]:
        answers: dict[str, Any] = {}

        def keep(key: str, fn: Any) -> None:
            try:
                answer = fn()
            except Exception as exc:  # an error is an answer too, compared like one
                answer = {"error": f"{type(exc).__name__}: {exc}"}
            answers[key] = _plain(answer)

        for name, r in postings:
            keep(f"{name}:{r['id']}:body", lambda r=r: classify_text(r["body"], kb, posting_id=r["id"]))
        for name, r in postings:
            key = f"{name}:{r['id']}:title"
            keep(key, lambda r=r: classify_text(r["body"], kb, title=r.get("title"), posting_id=r["id"]))
        for r in profiles:
            keep(f"profiles:{r['id']}", lambda r=r: careermap.diagnose(r["text"], kb=kb))
        given = EXAMPLES / "answers.yaml"
        for path in sorted(EXAMPLES.iterdir()):
            if path.suffix in (".md", ".txt"):
                keep(f"examples:{path.name}", lambda p=path: careermap.diagnose(p, kb=kb))
                if given.exists():
                    keep(f"examples:{path.name}+answers", lambda p=path: careermap.diagnose(p, answers=given, kb=kb))
            elif path.suffix in (".jsonl", ".csv", ".json"):
                keep(f"examples:{path.name}", lambda p=path: careermap.classify(p, kb=kb))
        return answers

    print("ready", flush=True)
    for line in sys.stdin:
        command, _, arg = line.strip().partition(" ")
        if command == "round":
            print(json.dumps(timed_round()), flush=True)
        elif command == "answers":
            Path(arg).write_text(json.dumps(every_answer(), ensure_ascii=False, sort_keys=True), encoding="utf-8")
            print("done", flush=True)


class _Child:
    """One checkout's engine in its own process (both are named ``careermap``)."""

    def __init__(self, src: str, data: str | None) -> None:
        cmd = [sys.executable, __file__, "--serve", src] + (["--data", data] if data else [])
        self.proc = subprocess.Popen(
            cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": src}
        )
        self.cpu: dict[str, list[float]] = {}
        self.count: dict[str, int] = {}

    def ask(self, command: str) -> str:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        reply = self.proc.stdout.readline()
        if not reply:
            raise SystemExit(f"the child running {command!r} stopped (exit {self.proc.wait()})")
        return reply

    def timed_round(self) -> None:
        for group, (seconds, n) in json.loads(self.ask("round")).items():
            self.cpu.setdefault(group, []).append(seconds)
            self.count[group] = n

    def answers(self, path: Path) -> dict[str, Any]:
        self.ask(f"answers {path}")
        got: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return got

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait()


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


def _without(value: Any, fields: frozenset[str]) -> Any:
    """``value`` with the keys ``fields`` left out at every depth."""
    if isinstance(value, dict):
        return {k: _without(v, fields) for k, v in value.items() if k not in fields}
    if isinstance(value, list):
        return [_without(v, fields) for v in value]
    return value


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--old", help="the other checkout's src folder (the answers to keep)")
    ap.add_argument("--new", default=str(ROOT / "src"), help="this checkout's src folder (default)")
    ap.add_argument("--data", help="folder holding the evaluation files")
    ap.add_argument("--repeat", type=int, default=4, help="timed rounds of each (the best one counts)")
    ap.add_argument("--show", type=int, default=5, help="how many differing answers to show")
    ap.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="KEY",
        help="a key left out of both answers before comparing, at any depth (kb_version when only the data's "
        "fingerprint may change)",
    )
    ap.add_argument("--serve", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve:
        serve(args.serve, args.data)
        return
    if not args.old:
        ap.error("--old SRC is required")
    old, new = _Child(args.old, args.data), _Child(args.new, args.data)
    try:
        for child in (old, new):
            child.proc.stdout.readline()  # type: ignore[union-attr]  # "ready": loaded and warmed up
        for i in range(args.repeat):  # rounds taken in turn (the first one in turn too): the same load on both
            for child in (old, new) if i % 2 == 0 else (new, old):
                child.timed_round()
        with tempfile.TemporaryDirectory() as tmp:
            old_answers = old.answers(Path(tmp) / "old.json")
            new_answers = new.answers(Path(tmp) / "new.json")
    finally:
        old.close()
        new.close()
    print(f"old: {args.old}\nnew: {args.new}\n(CPU time of each process, best of {args.repeat} rounds taken in turn)")
    for group in sorted(new.cpu):
        n = new.count[group]
        ms_a, ms_b = 1000 * min(old.cpu[group]) / n, 1000 * min(new.cpu[group]) / n
        print(f"CPU per text, {group} ({n}): old {ms_a:.3f} ms, new {ms_b:.3f} ms ({ms_a / ms_b:.2f}x fewer)")
    classify = [g for g in new.cpu if g.startswith("classify ")]
    n = sum(new.count[g] for g in classify)
    ms_a = 1000 * sum(min(old.cpu[g]) for g in classify) / n
    ms_b = 1000 * sum(min(new.cpu[g]) for g in classify) / n
    print(f"CPU per posting classified, both files ({n}): old {ms_a:.3f} ms, new {ms_b:.3f} ms ({ms_a / ms_b:.2f}x)")
    if args.ignore:
        ignored = frozenset(args.ignore)
        old_answers, new_answers = _without(old_answers, ignored), _without(new_answers, ignored)
        print(f"left out before comparing: {', '.join(sorted(ignored))}")
    keys = sorted(set(old_answers) | set(new_answers))
    different = [k for k in keys if old_answers.get(k) != new_answers.get(k)]
    print(f"answers: {len(keys) - len(different)} identical, {len(different)} different (of {len(keys)})")
    for k in different[: args.show]:
        print(f"  {k}:")
        for line in list(first_difference(old_answers.get(k), new_answers.get(k)))[:3]:
            print(f"    {line}")
    if different:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
