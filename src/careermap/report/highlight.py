"""Cut a text into runs at evidence spans, so a page can highlight the user's own words.

Spans may overlap ("Java后端" as a background and "Java" as a skill): the text is cut at
every span boundary and each run carries the keys of every span that covers it. Joining
the runs gives back the text exactly.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    start: int
    keys: tuple[str, ...]  # empty: plain text


def runs(text: str, spans: Iterable[tuple[int, int, str]]) -> list[Run]:
    """``text`` as consecutive runs; ``spans`` are ``(start, end, key)``, out-of-range ones ignored.

    A run's keys come in the order their spans were given.
    """
    valid = [(s, e, k) for s, e, k in spans if 0 <= s < e <= len(text)]
    order = {k: i for i, k in reversed(list(enumerate(k for _, _, k in valid)))}
    opens: dict[int, list[str]] = {}
    closes: dict[int, list[str]] = {}
    for s, e, k in valid:
        opens.setdefault(s, []).append(k)
        closes.setdefault(e, []).append(k)
    cuts = sorted({0, len(text), *opens, *closes})
    active: dict[str, int] = {}
    out: list[Run] = []
    for a, b in itertools.pairwise(cuts):
        for k in closes.get(a, ()):
            active[k] -= 1
            if not active[k]:
                del active[k]
        for k in opens.get(a, ()):
            active[k] = active.get(k, 0) + 1
        keys = tuple(sorted(active, key=order.__getitem__))
        if out and out[-1].keys == keys:
            prev = out.pop()
            out.append(Run(prev.text + text[a:b], prev.start, keys))
        else:
            out.append(Run(text[a:b], a, keys))
    return out
