"""Helpers for the batch tests: read an output folder back, compare with `jobs classify`."""

from __future__ import annotations

import json
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

from careermap.jobs.classify import classify_file
from careermap.jobs.models import Classification
from careermap.knowledge.loader import Knowledge


def read_rows(folder: Path, *, errors: bool = False) -> list[dict[str, Any]]:
    """Every row of a batch output folder (or of its errors part), Parquet or JSON Lines."""
    where = folder / "_errors" if errors else folder
    rows: list[dict[str, Any]] = []
    for part in sorted(where.glob("part-*.jsonl")):
        rows += [json.loads(line) for line in part.read_text(encoding="utf-8").splitlines() if line.strip()]
    parquet = sorted(where.glob("part-*.parquet"))
    if parquet:
        import pyarrow.parquet as pq

        for part in parquet:
            rows += pq.read_table(part).to_pylist()
    return rows


def one_process(source: Path, kb: Knowledge) -> dict[tuple[str, str], tuple[int | None, str | None]]:
    """(id, row) -> (direction, role) as `careermap jobs classify` gives them."""
    items, _ = classify_file(source, kb=kb)
    return {(c.id, c.row): (c.direction, c.role) for c in items if isinstance(c, Classification)}


def answers(
    rows: list[dict[str, Any]], source: str | None = None
) -> dict[tuple[str, str], tuple[int | None, str | None]]:
    return {(r["id"], r["row"]): (r["direction"], r["role"]) for r in rows if source is None or r["source"] == source}


def same_group_pairs(rows: list[dict[str, Any]]) -> set[tuple[str, str]]:
    """Pairs of rows (by source and row) that the output puts in one near-duplicate group."""
    first = {}
    for r in rows:
        first.setdefault(r["id"], f"{r['source']}#{r['row']}")
    groups: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        key = first.get(r["dup_of"], r["dup_of"]) if r["dup_of"] else f"{r['source']}#{r['row']}"
        groups[key].append(f"{r['source']}#{r['row']}")
    return {tuple(sorted(p)) for members in groups.values() for p in combinations(members, 2)}  # type: ignore[misc]
