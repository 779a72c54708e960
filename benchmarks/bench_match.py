"""How well ``careermap jobs match`` ranks: do a person's top postings lie in the person's direction?

    python benchmarks/bench_match.py [--data FOLDER] [--top 5]

Backgrounds: benchmarks/data/backgrounds.yaml (each with the directions an advisor accepts, the
first preferred). Postings: the evaluation set's postings.jsonl (``--data``, $CAREERMAP_EVAL_DATA or
shared/data beside the repository; read at run time, never copied), labelled from their titles.

Reported, over the backgrounds that get any posting: precision@top — the share of the listed
postings whose title label is the background's preferred direction, and the share in any accepted
direction (a posting without a label counts as a miss); the share the classifier puts in the
preferred direction; the share of postings listed with a low confidence (fewer asks read than
``jobs.yaml -> match_confidence_asks``); and how many backgrounds get no posting at all.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import yaml

import careermap
from bench_web_jobs import postings_file
from careermap.store.corpus import import_postings
from careermap.store.db import open_store

HERE = Path(__file__).resolve().parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", help="folder with postings.jsonl")
    ap.add_argument("--top", type=int, default=5)
    args = ap.parse_args()
    source = postings_file(args.data)
    labels: dict[str, int | None] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            labels[str(row["id"])] = row.get("label_direction")
    people = yaml.safe_load((HERE / "data" / "backgrounds.yaml").read_text(encoding="utf-8"))
    kb = careermap.default_knowledge()
    with tempfile.TemporaryDirectory(prefix="bench-match-") as folder:
        db = Path(folder) / "careermap.db"
        store = open_store(db, components=["postings"])
        import_postings(source, store=store, kb=kb)
        store.close()
        best = accepted = listed = thin = empty = same = labelled = 0
        for person in people:
            found = careermap.match(person["text"], top=args.top, kb=kb, db=str(db)).postings
            if not found:
                empty += 1
                continue
            accept = [int(x) for x in person["accept"]]
            for p in found:
                label = labels.get(p.id)
                listed += 1
                labelled += label is not None
                best += label == accept[0]
                accepted += label in accept
                same += p.direction == accept[0]
                thin += getattr(p, "confidence", 1.0) < 1.0
    n = len(people)
    print(f"postings: {source.name} from {source.parent}; {n} backgrounds, top {args.top}")
    print(f"  precision@{args.top}, preferred direction: {best / max(listed, 1):.3f} ({best}/{listed})")
    print(f"  precision@{args.top}, any accepted direction: {accepted / max(listed, 1):.3f} ({accepted}/{listed})")
    of_labelled = best / max(labelled, 1)
    print(f"  of the title-labelled postings listed, preferred direction: {of_labelled:.3f} ({best}/{labelled})")
    share = same / max(listed, 1)
    print(f"  classified (not title-labelled) in the preferred direction: {share:.3f} ({same}/{listed})")
    print(f"  listed with confidence < 1: {thin / max(listed, 1):.3f} ({thin}/{listed})")
    print(f"  backgrounds with no posting listed: {empty}/{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
