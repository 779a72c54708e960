"""How well careermap classifies real postings, beside two baselines run in the same command.

Data: the external evaluation set (``postings.jsonl``; see its README): labels 1-6 come from
each posting's title; every system here sees the body alone. A "not a large-model role"
answer counts as wrong on a labelled posting. Reported:

* macro-F1 over the six directions, per-direction precision/recall/F1, for the engine and the
  baselines; the engine's confusion matrix; the same on one posting per near-duplicate group;
* the same engine with the optional sentence encoder (``careermap[semantic]``, its default
  weights from ``scoring.yaml``, as ``jobs classify --semantic``), when the extra is installed;
* how the unlabelled postings spread over the directions (no target: many are ambiguous
  large-model roles, some are not large-model roles at all);
* baselines, built only from the knowledge base's own texts, never from postings:
  - TF-IDF nearest centroid: one document per role (its texts and titles, and the names and
    aliases of the skills it lists) and per direction, labelled with the direction (scikit-learn);
  - keyword count: per direction, the aliases of its roles' core skills and its roles' titles,
    counted in the body; and the same without the titles, as the baseline stood before the
    knowledge base had role titles.
  Both baselines read everything the engine reads from the knowledge base about a role (the
  role titles too), so the margin measures the engine, not knowledge only it was given.
* a reference by half, not a baseline: a linear SVM over character n-grams trained on the other
  half's title labels (:func:`learned_across`), how far those labels can be learnt from bodies.

Error analysis looks at half A only (``--misses N`` prints half A's misses and records nothing);
half B is held out and only reported.

Run: ``python benchmarks/bench_jobs.py [--data FOLDER] [--misses N]`` (needs ``pip install -e '.[bench]'``).
Target: the engine's macro-F1 at least 15 points above the better baseline.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from careermap.api import encoder, knowledge
from careermap.errors import MissingDependency
from careermap.jobs.classify import classify_text
from careermap.knowledge.loader import Knowledge
from careermap.knowledge.models import Text
from results import record

DIRECTIONS = (1, 2, 3, 4, 5, 6)
SEMANTIC = "careermap engine + semantic extra"
TARGET_MARGIN = 0.15


def find_data(arg: str | None, name: str = "postings.jsonl") -> Path:
    """The evaluation file ``name``: in ``--data FOLDER``, $CAREERMAP_EVAL_DATA, or shared/data
    beside the repository or its worktree folder."""
    root = Path(__file__).resolve().parents[1]
    candidates = [Path(arg)] if arg else []
    env = os.environ.get("CAREERMAP_EVAL_DATA")
    candidates += [Path(env)] if env else []
    candidates += [root.parent / "shared" / "data", root.parent.parent / "shared" / "data"]
    for folder in candidates:
        if (folder / name).is_file():
            return folder / name
    sys.exit(f"{name} not found: pass --data FOLDER or set CAREERMAP_EVAL_DATA")


# ---------------------------------------------------------------- metrics


def per_direction(pairs: list[tuple[int, int | None]]) -> dict[int, tuple[float, float, float, int]]:
    out = {}
    for d in DIRECTIONS:
        tp = sum(1 for y, p in pairs if y == d and p == d)
        fp = sum(1 for y, p in pairs if y != d and p == d)
        fn = sum(1 for y, p in pairs if y == d and p != d)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[d] = (precision, recall, f1, tp + fn)
    return out


def macro_f1(pairs: list[tuple[int, int | None]]) -> float:
    return sum(f for _, _, f, _ in per_direction(pairs).values()) / len(DIRECTIONS)


# ---------------------------------------------------------------- baselines


def _texts(obj: Any) -> Iterable[str]:
    from pydantic import BaseModel

    if isinstance(obj, Text):
        yield obj.zh
        yield obj.en
    elif isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            yield from _texts(getattr(obj, name))
    elif isinstance(obj, list):
        for item in obj:
            yield from _texts(item)


def _tokens(text: str) -> list[str]:
    """Latin words, and Chinese as overlapping character pairs (no segmenter needed)."""
    text = text.lower()
    out = re.findall(r"[a-z][a-z0-9+#.\-]*", text)
    for run in re.findall(r"[\u4e00-\u9fff]+", text):
        out += [run[i : i + 2] for i in range(len(run) - 1)] or [run]
    return out


class TfidfCentroid:
    """Nearest centroid over TF-IDF vectors of the knowledge base's own texts."""

    def __init__(self, kb: Knowledge) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.neighbors import NearestCentroid

        docs, labels = [], []
        for d in kb.directions:
            docs.append("\n".join(_texts(d)))
            labels.append(d.number)
            for rid in d.roles:
                role = kb.roles[rid]
                parts = list(_texts(role)) + list(role.titles)
                for sid in role.skills.core + role.skills.important + role.skills.useful:
                    skill = kb.skills[sid]
                    parts += [skill.name.zh, skill.name.en, *skill.aliases]
                docs.append("\n".join(parts))
                labels.append(d.number)
        self.vectorizer_ = TfidfVectorizer(tokenizer=_tokens, lowercase=False, sublinear_tf=True, token_pattern=None)
        self.model_ = NearestCentroid().fit(self.vectorizer_.fit_transform(docs), labels)

    def predict(self, bodies: list[str]) -> list[int | None]:
        return [int(x) for x in self.model_.predict(self.vectorizer_.transform(bodies))]


class KeywordCount:
    """Count each direction's core-skill aliases (and, with ``titles``, its roles' titles) in the
    text (Latin words at word boundaries); the most counted direction wins, none when nothing is found."""

    def __init__(self, kb: Knowledge, *, titles: bool = True) -> None:
        import ahocorasick

        owners: dict[str, set[int]] = {}
        for d in kb.directions:
            for rid in d.roles:
                for sid in kb.roles[rid].skills.core:
                    for alias in kb.skills[sid].aliases:
                        owners.setdefault(alias.lower(), set()).add(d.number)
                for title in kb.roles[rid].titles if titles else []:
                    owners.setdefault(title.lower(), set()).add(d.number)
        self.automaton_ = ahocorasick.Automaton()
        for word, numbers in owners.items():
            self.automaton_.add_word(word, (len(word), tuple(sorted(numbers))))
        self.automaton_.make_automaton()

    def predict_one(self, body: str) -> int | None:
        text = body.lower()
        counts = dict.fromkeys(DIRECTIONS, 0)
        for end, (length, numbers) in self.automaton_.iter(text):
            start = end - length + 1
            if (
                text[start].isascii()
                and text[start].isalnum()
                and start > 0
                and text[start - 1].isascii()
                and text[start - 1].isalnum()
            ):
                continue
            if (
                text[end].isascii()
                and text[end].isalnum()
                and end + 1 < len(text)
                and text[end + 1].isascii()
                and text[end + 1].isalnum()
            ):
                continue
            for n in numbers:
                counts[n] += 1
        best = max(counts, key=lambda n: (counts[n], -n))
        return best if counts[best] else None

    def predict(self, bodies: list[str]) -> list[int | None]:
        return [self.predict_one(b) for b in bodies]


# ---------------------------------------------------------------- report


def table(name: str, pairs: list[tuple[int, int | None]], kb: Knowledge) -> None:
    print(f"\n{name}: macro-F1 {macro_f1(pairs):.3f}")
    print("| # | direction | n | precision | recall | F1 |")
    print("|---|---|---:|---:|---:|---:|")
    for d, (p, r, f, n) in per_direction(pairs).items():
        print(f"| {d} | {kb.direction(d).name.en} | {n} | {p:.2f} | {r:.2f} | {f:.2f} |")


def confusion(pairs: list[tuple[int, int | None]]) -> None:
    cm = Counter(pairs)
    cols = [*DIRECTIONS, None]
    print("\nconfusion (rows: label from the title; columns: the engine's answer from the body; - = not large-model)")
    print("| label \\ answer | " + " | ".join(str(c) if c else "-" for c in cols) + " |")
    print("|---|" + "---:|" * len(cols))
    for y in DIRECTIONS:
        print(f"| {y} | " + " | ".join(str(cm[(y, c)]) for c in cols) + " |")


def half_of(group: str) -> str:
    """A fixed split of the labelled set in two halves by near-duplicate group (all reposts of
    one posting fall in the same half): error analysis looks at half A only, half B is held out."""
    return "AB"[hashlib.sha256(group.encode("utf-8")).digest()[0] % 2]


# The engine at commit bb348dc (before the Chinese-posting work), measured with this command.
BEFORE_HALVES = ("0.825", "0.691", "0.768")


LEARNED = "reference: linear SVM trained on the other part's title labels"


def learned_across(texts: dict[str, list[str]], labels: dict[str, list[int]]) -> dict[str, float]:
    """A reference, not a baseline: macro-F1 on each part of a linear SVM over character 2-4-grams
    of the body, trained on the OTHER part's title labels (scikit-learn). It learns from postings,
    which the engine never does; it shows how far the title labels can be learnt from bodies at all."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    out = {}
    for test, train in (("A", "B"), ("B", "A")):
        vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True, min_df=2)
        model = LinearSVC(C=0.5, class_weight="balanced").fit(vec.fit_transform(texts[train]), labels[train])
        guess = model.predict(vec.transform(texts[test]))
        out[test] = macro_f1([(y, int(g)) for y, g in zip(labels[test], guess, strict=True)])
    return out


def halves(rows: list[dict[str, Any]], labelled: list[int], systems: dict[str, list[int | None]]) -> list[str]:
    """The macro-F1 table by half, printed and returned (for RESULTS.md)."""
    parts = {h: [k for k, i in enumerate(labelled) if half_of(rows[i]["near_dup_group"]) == h] for h in "AB"}
    lines = [
        "macro-F1 by half (split by near-duplicate group; A for error analysis, B held out)",
        "",
        f"| system | half A ({len(parts['A'])}) | half B ({len(parts['B'])}) | all ({len(labelled)}) |",
        "|---|---:|---:|---:|",
        "| careermap engine before (bb348dc) | " + " | ".join(BEFORE_HALVES) + " |",
    ]
    y = [rows[i]["label_direction"] for i in labelled]
    for name, pred in systems.items():
        cells = []
        for idx in (parts["A"], parts["B"], range(len(labelled))):
            cells.append(f"{macro_f1([(y[k], pred[k]) for k in idx]):.3f}")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    learned = learned_across(
        {h: [rows[labelled[k]]["body"] for k in parts[h]] for h in "AB"}, {h: [y[k] for k in parts[h]] for h in "AB"}
    )
    lines.append(f"| {LEARNED} | {learned['A']:.3f} | {learned['B']:.3f} | – |")
    print("\n" + "\n".join(lines))
    return lines


def show_misses(rows: list[dict[str, Any]], engine: Mapping[int, Any], idx: Iterable[int], limit: int) -> None:
    """The misses among the labelled postings ``idx`` (error analysis looks at part A only; printed,
    never recorded: the text is not ours)."""
    shown = 0
    for i in idx:
        r, c = rows[i], engine[i]
        if c.direction == r["label_direction"] or shown >= limit:
            continue
        shown += 1
        scores = " ".join(f"{d}:{s:.2f}" for d, s in sorted(c.scores.items(), key=lambda x: -x[1])[:3])
        ev = ", ".join(f"{e.kind}:{e.key}" for e in c.evidence[:6])
        print(f"\n# {r['id']} label {r['label_direction']} -> {c.direction} ({scores}) lm {c.large_model_evidence}")
        print(f"  title: {r['title']}  [{r['label_rule']}]")
        print(f"  evidence: {ev}")
        print("  " + r["body"][:700].replace("\n", " / "))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", help="folder holding postings.jsonl")
    ap.add_argument("--misses", type=int, default=0, help="print this many of half A's misses, then stop")
    args = ap.parse_args()
    path = find_data(args.data)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    kb = knowledge()
    if args.misses:  # the engine alone, half A only; nothing is recorded
        labelled = [i for i, r in enumerate(rows) if r["label_direction"]]
        engine = {i: classify_text(rows[i]["body"], kb, posting_id=rows[i]["id"]) for i in labelled}
        half_a = [i for i in labelled if half_of(rows[i]["near_dup_group"]) == "A"]
        show_misses(rows, engine, half_a, args.misses)
        return
    print(f"data: {path} ({len(rows)} postings); knowledge base {kb.version}, scorer {kb.scoring.scorer}")

    t0 = time.perf_counter()
    engine = [classify_text(r["body"], kb, posting_id=r["id"]) for r in rows]  # the body alone
    t_engine = time.perf_counter() - t0
    t0 = time.perf_counter()
    tfidf = TfidfCentroid(kb).predict([r["body"] for r in rows])
    t_tfidf = time.perf_counter() - t0
    t0 = time.perf_counter()
    keyword = KeywordCount(kb).predict([r["body"] for r in rows])
    t_keyword = time.perf_counter() - t0
    keyword_aliases = KeywordCount(kb, titles=False).predict([r["body"] for r in rows])

    labelled = [i for i, r in enumerate(rows) if r["label_direction"]]
    y = [rows[i]["label_direction"] for i in labelled]
    semantic, t_semantic = None, 0.0
    try:
        enc = encoder()
        t0 = time.perf_counter()
        semantic = {i: classify_text(rows[i]["body"], kb, posting_id=rows[i]["id"], encoder=enc) for i in labelled}
        t_semantic = time.perf_counter() - t0
    except MissingDependency as exc:
        print(f"engine + semantic extra: skipped ({exc.line('en')})")
    engines = {"careermap engine": [engine[i].direction for i in labelled]}
    if semantic is not None:
        engines[SEMANTIC] = [semantic[i].direction for i in labelled]
    systems = {
        **engines,
        "baseline: TF-IDF nearest centroid (KB texts, role titles)": [tfidf[i] for i in labelled],
        "baseline: keyword count (KB core-skill aliases, role titles)": [keyword[i] for i in labelled],
        "baseline: keyword count (KB core-skill aliases only)": [keyword_aliases[i] for i in labelled],
    }
    counts = Counter(y)
    print(f"labelled postings: {len(labelled)} (" + ", ".join(f"D{d} {counts[d]}" for d in DIRECTIONS) + ")")
    for name, pred in systems.items():
        table(name, list(zip(y, pred, strict=True)), kb)
    confusion(list(zip(y, systems["careermap engine"], strict=True)))
    recorded = halves(rows, labelled, systems)
    print()
    for name, pred in engines.items():
        print(f"labelled postings called not large-model by {name}: {sum(1 for p in pred if p is None)}")

    # one posting per near-duplicate group (the set keeps reposts, flagged)
    first: dict[str, int] = {}
    for i in labelled:
        first.setdefault(rows[i]["near_dup_group"], i)
    keep = sorted(first.values())
    print(f"\none per near-duplicate group: {len(keep)} labelled postings")
    for name, pred in {
        "careermap engine": engine,
        **({SEMANTIC: semantic} if semantic is not None else {}),
        "TF-IDF": tfidf,
        "keyword": keyword,
    }.items():
        answers = [p.direction if hasattr(p, "direction") else p for p in (pred[i] for i in keep)]
        pairs = list(zip([rows[i]["label_direction"] for i in keep], answers, strict=True))
        print(f"  {name}: macro-F1 {macro_f1(pairs):.3f}")
    for lang in ("en", "zh"):
        idx = [i for i in labelled if rows[i]["lang"] == lang]
        pairs = [(rows[i]["label_direction"], engine[i].direction) for i in idx]
        print(f"  engine, {lang} only ({len(idx)}): accuracy {sum(a == b for a, b in pairs) / max(1, len(idx)):.3f}")

    unlabelled = [i for i, r in enumerate(rows) if not r["label_direction"]]
    spread = Counter(engine[i].direction for i in unlabelled)
    print(f"\nunlabelled postings: {len(unlabelled)} (no target)")
    for role_type in ("engineering_or_research", "non_engineering"):
        idx = [i for i in unlabelled if rows[i]["role_type"] == role_type]
        sub = Counter(engine[i].direction for i in idx)
        print(
            f"  {role_type} ({len(idx)}): "
            + ", ".join(f"D{d} {sub[d]}" for d in DIRECTIONS)
            + f", not large-model {sub[None]}"
        )
    print("  all: " + ", ".join(f"D{d} {spread[d]}" for d in DIRECTIONS) + f", not large-model {spread[None]}")

    best_name, best_f1 = max(
        ((n, macro_f1(list(zip(y, p, strict=True)))) for n, p in systems.items() if n not in engines),
        key=lambda x: x[1],
    )
    print()
    for name, pred in engines.items():
        f1 = macro_f1(list(zip(y, pred, strict=True)))
        margin = f1 - best_f1
        verdict = "met" if margin >= TARGET_MARGIN else "NOT met"
        line = (
            f"result: {name} macro-F1 {f1:.3f} vs better baseline ({best_name}) {best_f1:.3f}: "
            f"{margin * 100:+.1f} points (target +{TARGET_MARGIN * 100:.0f}: {verdict})"
        )
        print(line)
        recorded += ["", line]
    timing = f"time: engine {t_engine:.1f}s, TF-IDF {t_tfidf:.1f}s, keyword {t_keyword:.1f}s for {len(rows)} postings"
    if semantic is not None:
        timing += f"; engine + semantic extra {t_semantic:.1f}s for the {len(labelled)} labelled"
    print(timing)
    per_dir = per_direction(list(zip(y, systems["careermap engine"], strict=True)))
    recorded += [
        "",
        "careermap engine, per direction F1: " + ", ".join(f"D{d} {f:.2f}" for d, (_, _, f, _) in per_dir.items()),
        "",
        timing + " (taken under load from other work on the machine)",
    ]
    record("jobs", "python benchmarks/bench_jobs.py", recorded)


if __name__ == "__main__":
    from results import recording

    if any(a.startswith("--misses") for a in sys.argv[1:]):
        main()  # error analysis: posting text is printed, never recorded
    else:
        with recording("jobs"):
            main()
