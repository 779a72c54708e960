"""Near-duplicate postings: reposts with small edits are found, different postings are not merged."""

from __future__ import annotations

import json
import random
import re

import pytest

from careermap.jobs.dedup import find_clusters, jaccard, shingles
from tests.conftest import eval_data
from tests.jobs_samples import DATA_ZH, INFERENCE_ZH, RAG_EN, SAFETY_EN


def settings(kb) -> dict:
    d = kb.jobs.dedup
    return {"shingle": d.shingle, "num_perm": d.num_perm, "threshold": d.threshold, "lsh_threshold": d.lsh_threshold}


def repost(body: str, rnd: random.Random) -> str:
    """What an agency does to a posting: a header and a footer, a few words changed, a short line
    dropped, two lines swapped, spacing changed (three of these at a time)."""
    lines = body.split("\n")
    ops = rnd.sample(["header", "footer", "drop", "words", "swap", "space"], k=3)
    if "drop" in ops and len(lines) > 4:
        short = [i for i, line in enumerate(lines) if 0 < len(line) < 0.05 * len(body)]
        if short:
            del lines[rnd.choice(short)]
    if "swap" in ops and len(lines) > 4:
        i = rnd.randrange(1, len(lines) - 2)
        lines[i], lines[i + 1] = lines[i + 1], lines[i]
    text = "\n".join(lines)
    if "words" in ops:
        for _ in range(3):
            words = list(re.finditer(r"[A-Za-z]{3,12}|[\u4e00-\u9fff]{2}", text))
            if words:
                m = rnd.choice(words)
                text = text[: m.start()] + rnd.choice(["great", "优秀", "team", "团队", "fast"]) + text[m.end() :]
    if "space" in ops:
        text = re.sub(r"\s+", " ", text)
    if "header" in ops:
        text = (
            rnd.choice(["【猎头推荐】急招！", "Recruiter note: our client is hiring. ", "[Agency] Exciting role!\n"])
            + text
        )
    if "footer" in ops:
        text += rnd.choice(["\n简历请投递至猎头邮箱", "\nApply through our agency today.", "\n内推有奖，欢迎转发"])
    return text


def test_a_repost_with_a_header_and_a_changed_line_is_one_cluster(kb):
    items = [
        ("inf", INFERENCE_ZH),
        ("rag", RAG_EN),
        ("inf-repost", "【猎头推荐】急招\n" + INFERENCE_ZH.replace("3年以上", "三年以上") + "\n有意者请联系"),
        ("safety", SAFETY_EN),
        ("data", DATA_ZH),
    ]
    clusters, root = find_clusters(items, **settings(kb))
    assert root == {"inf-repost": "inf"}
    assert [(c.keep, c.members) for c in clusters] == [("inf", ["inf", "inf-repost"])]


def test_respacing_and_repunctuating_does_not_change_a_posting(kb):
    a = shingles(RAG_EN, kb.jobs.dedup.shingle)
    b = shingles(re.sub(r"\s+", "  ", RAG_EN).replace(",", " ,"), kb.jobs.dedup.shingle)
    assert jaccard(a, b) == 1.0


def _real_postings() -> list[dict]:
    path = eval_data("postings.jsonl")
    if path is None:
        pytest.skip("the evaluation postings (/work/shared/data) are not on this machine")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.slow  # reads the whole evaluation set of real postings
def test_injected_reposts_of_real_postings_are_found_and_nothing_else_is_merged(kb):
    rows = _real_postings()
    rnd = random.Random(2026)
    picked = rnd.sample(rows, 150)
    items = [(r["id"], r["body"]) for r in rows]
    injected = {}
    for i, r in enumerate(picked):
        key = f"repost-{i}"
        items.append((key, repost(r["body"], random.Random(i))))
        injected[key] = r["id"]
    group = {r["id"]: r["near_dup_group"] for r in rows}  # the set's own reposts (5-shingle Jaccard >= 0.8)
    clusters, root = find_clusters(items, **settings(kb))

    def same(a: str, b: str) -> bool:
        a, b = injected.get(a, a), injected.get(b, b)
        return a == b or group[a] == group[b]

    found = sum(1 for key, original in injected.items() if key in root and same(root[key], original))
    assert found / len(injected) >= 0.95, f"recall {found}/{len(injected)}"
    false = [(m, c.keep) for c in clusters for m in c.members if not same(m, c.keep)]
    assert false == []
