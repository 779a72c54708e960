"""How well careermap reads single statements: the hand-written development set, beside a baseline.

    python benchmarks/bench_reading.py                    # both halves, beside the stored baseline
    python benchmarks/bench_reading.py --errors           # also list the errors of the dev half
    python benchmarks/bench_reading.py --against main     # baseline: the code of a git ref, run now
    python benchmarks/bench_reading.py --save-baseline bb348dc   # store a ref's predictions

The set (benchmarks/data/reading_dev.yaml, written for careermap) annotates every skill a text
names as has / lacks / wants / heard (hearsay, quotes, other people) / dislikes, the level where a
limiter or a proficiency word sets it, backgrounds, stated preferences and, for backgrounds, the
directions an advisor would accept. Half of it (split: held) is never inspected: ``--errors``
lists the errors of the dev half only.

Figures, per language and per category, each as "now (baseline)":
  P, R      skill precision and recall: a skill read in any list counts as found;
  status    of the skills found, the share read with the annotated status;
  kept out  of the skills annotated lacks / wants / heard, the share not read as has;
  level     of the skills annotated with a level and read as has, the share at that level;
  bg, pref  backgrounds found; stated preferences read with the right polarity;
  top       best direction among those an advisor would accept (background items);
  places    skill ids shown in more than one list of the JSON (should be 0).

Predictions are read from the JSON contract only (``careermap diagnose --format json``, ``careermap
jobs classify --format jsonl``), run in-process. The baseline is either the stored file
benchmarks/data/reading_baseline.json (made by ``--save-baseline REF``, which records the commit),
or, with ``--against REF``, a ``git worktree`` of REF checked out in a temporary folder and run
in a subprocess now: the same script with that tree's ``src`` first on ``PYTHONPATH``.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from reading_set import DATA, LANGS, Item, Tally, load, reduce_diagnosis, reduce_posting, tally

HERE = Path(__file__).parent
ROOT = HERE.parent
BASELINE = HERE / "data" / "reading_baseline.json"
Preds = dict[str, dict[str, Any]]


def _digest(item: Item) -> str:
    return hashlib.sha1(f"{item.title or ''}\n{item.text}".encode()).hexdigest()[:12]


def _call(args: list[str]) -> tuple[int, str]:
    """``careermap ARGS`` in this process, as the console script runs it; its exit code and stdout."""
    from careermap.cli.app import run

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = run(args)
    return code, out.getvalue()


def predict(items: list[Item]) -> Preds:
    """Every item read by the careermap that is importable here, through its JSON output."""
    preds: Preds = {}
    with tempfile.TemporaryDirectory(prefix="bench-reading-") as tmp:
        folder = Path(tmp)
        for it in items:
            if it.cat == "posting":
                continue
            path = folder / f"{it.id}.txt"
            path.write_text(it.text, encoding="utf-8")
            # a generous time limit: the reading limit guards users, not a benchmark on a loaded machine
            code, out = _call(["diagnose", str(path), "--format", "json", "--no-store", "--timeout", "600"])
            preds[it.id] = reduce_diagnosis(json.loads(out)) if code == 0 else {"skills": {}, "error": code}
        postings = [it for it in items if it.cat == "posting"]
        if postings:
            path = folder / "postings.jsonl"
            rows = [{"id": it.id, "title": it.title, "body": it.text} for it in postings]
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
            code, out = _call(["jobs", "classify", str(path), "--format", "jsonl"])
            for line in out.splitlines():
                if line.strip():
                    data = json.loads(line)
                    preds[data["id"]] = reduce_posting(data)
    return preds


def predict_at(ref: str, data: Path) -> tuple[str, Preds]:
    """Predictions of the code at git ``ref`` (its commit, and the predictions), from a temporary worktree."""
    commit = subprocess.run(
        ["git", "rev-parse", "--verify", f"{ref}^{{commit}}"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    tree = Path(tempfile.mkdtemp(prefix="bench-reading-base-"))
    subprocess.run(["git", "worktree", "add", "--detach", str(tree), commit], cwd=ROOT, capture_output=True, check=True)
    try:
        out = tree / "predictions.json"
        env = {**os.environ, "PYTHONPATH": str(tree / "src"), "CAREERMAP_BENCH_NO_RECORD": "1"}
        env.pop("CAREERMAP_KB", None)
        subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--predict-only", str(out), "--data", str(data)],
            env=env,
            check=True,
        )
        preds: Preds = json.loads(out.read_text(encoding="utf-8"))
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, capture_output=True)
    return commit, preds


def stored_baseline(items: list[Item]) -> tuple[str, Preds]:
    """The stored baseline's label and its predictions for the items whose text has not changed since."""
    if not BASELINE.exists():
        return "", {}
    data = json.loads(BASELINE.read_text(encoding="utf-8"))
    digests = data.get("digests", {})
    preds = {it.id: data["predictions"][it.id] for it in items if digests.get(it.id) == _digest(it)}
    stale = len(items) - len(preds)
    label = f"{data['ref']} @ {data['commit'][:10]}" + (f", {stale} items newer than it" if stale else "")
    return label, preds


# ---------------------------------------------------------------- tables


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _cell(now: Tally | None, base: Tally | None, metric: Callable[[Tally], float | None]) -> str:
    a = _fmt(metric(now)) if now else "–"
    if base is None:
        return a
    return f"{a} ({_fmt(metric(base))})"


COLUMNS: list[tuple[str, Callable[[Tally], Any]]] = [
    ("P", lambda t: t.precision),
    ("R", lambda t: t.recall),
    ("status", lambda t: t.status),
    ("kept out", lambda t: t.kept_out),
    ("level", lambda t: t.level),
    ("bg", lambda t: t.ratio(t.bg_ok, t.bg_n)),
    ("pref", lambda t: t.ratio(t.pref_ok, t.pref_n)),
    ("top", lambda t: t.ratio(t.top_ok, t.top_n)),
]


def table(
    title: str,
    rows: Iterable[Any],
    now: Mapping[Any, Tally],
    base: Mapping[Any, Tally] | None,
    label: Callable[[Any], str],
) -> list[str]:
    head = ["", "items", *(c for c, _ in COLUMNS), "places"]
    lines = [f"**{title}**", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for key in rows:
        t = now.get(key)
        if t is None:
            continue
        b = base.get(key) if base is not None else None
        cells = [label(key), str(t.items), *(_cell(t, b, m) for _, m in COLUMNS)]
        cells.append(f"{t.places}" + (f" ({b.places})" if b else ""))
        lines.append("| " + " | ".join(cells) + " |")
    return [*lines, ""]


def report(items: list[Item], now: Preds, base: Preds | None, base_label: str) -> list[str]:
    lines = []
    if base is not None:
        lines += [f"Each figure: now (baseline: {base_label}).", ""]
    cats = list(dict.fromkeys(it.cat for it in items))
    for split in ("dev", "held"):
        part = [it for it in items if it.split == split]
        by_lang = tally(part, now, lambda it: it.lang)
        by_lang["all"] = _total(by_lang.values())
        b_lang = None
        if base is not None:
            b_lang = tally(part, base, lambda it: it.lang)
            b_lang["all"] = _total(b_lang.values())
        name = "development half" if split == "dev" else "held-out half (never inspected)"
        lines += table(f"{name}: by language", [*LANGS, "all"], by_lang, b_lang, str)
        key: Callable[[Item], Any] = lambda it: (it.cat, "zh+en+mixed")  # noqa: E731
        by_cat = tally(part, now, key)
        b_cat = tally(part, base, key) if base is not None else None
        lines += table(f"{name}: by category", [(c, "zh+en+mixed") for c in cats], by_cat, b_cat, lambda k: k[0])
        by_cl = tally(part, now, lambda it: (it.cat, it.lang))
        b_cl = tally(part, base, lambda it: (it.cat, it.lang)) if base is not None else None
        rows = [(c, lang) for c in cats for lang in LANGS]
        lines += table(f"{name}: by category and language", rows, by_cl, b_cl, lambda k: f"{k[0]} · {k[1]}")
    return lines


def _total(tallies: Iterable[Tally]) -> Tally:
    out = Tally()
    for t in tallies:
        out.add(t)
    return out


def targets(items: list[Item], now: Preds) -> list[str]:
    """The issue's targets, per language, on each half."""
    lines = ["**targets (per language): kept out ≥ 0.95, P ≥ 0.97, R ≥ 0.95**", ""]
    for split in ("dev", "held"):
        by_lang = tally([it for it in items if it.split == split], now, lambda it: it.lang)
        for lang in LANGS:
            t = by_lang.get(lang)
            if t is None:
                continue
            ok = all(
                v is None or v >= floor for v, floor in ((t.kept_out, 0.95), (t.precision, 0.97), (t.recall, 0.95))
            )
            lines.append(
                f"- {split} · {lang}: kept out {_fmt(t.kept_out)}, P {_fmt(t.precision)}, R {_fmt(t.recall)}"
                f" — {'met' if ok else 'NOT met'}"
            )
    return [*lines, ""]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--errors", action="store_true", help="list the errors of the development half")
    parser.add_argument("--against", metavar="REF", help="baseline: run the code of this git ref now")
    parser.add_argument("--save-baseline", metavar="REF", help="store the predictions of this git ref")
    parser.add_argument("--predict-only", metavar="OUT", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    items = load(args.data)
    if args.predict_only:  # run by predict_at inside another tree: no figures, only predictions
        args.predict_only.write_text(json.dumps(predict(items), ensure_ascii=False), encoding="utf-8")
        return 0
    if args.save_baseline:
        commit, preds = predict_at(args.save_baseline, args.data)
        digests = {it.id: _digest(it) for it in items}
        payload = {"ref": args.save_baseline, "commit": commit, "digests": digests, "predictions": preds}
        BASELINE.write_text(json.dumps(payload, ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8")
        print(f"stored the predictions of {args.save_baseline} ({commit[:10]}) in {BASELINE.relative_to(ROOT)}")
        return 0
    t0 = time.perf_counter()
    now = predict(items)
    seconds = time.perf_counter() - t0
    if args.against:
        commit, base = predict_at(args.against, args.data)
        base_label = f"{args.against} @ {commit[:10]}, run now"
    else:
        base_label, base = stored_baseline(items)
    counts = {s: sum(it.split == s for it in items) for s in ("dev", "held")}
    head = [
        f"{len(items)} items ({counts['dev']} dev, {counts['held']} held out) in {args.data.name};"
        f" read in {seconds:.1f} s.",
        "",
    ]
    lines = head + report(items, now, base or None, base_label) + targets(items, now)
    print("\n".join(lines))
    if args.errors:
        dev = [it for it in items if it.split == "dev"]
        errs = tally(dev, now, lambda it: "all").get("all", Tally()).errors
        print(f"errors on the development half ({len(errs)}):")
        for e in errs:
            print("   ", e)
    command = "python benchmarks/bench_reading.py" + (f" --against {args.against}" if args.against else "")
    from results import record

    record("reading", command, lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
