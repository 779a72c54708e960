"""The prerequisite graph: learning order and cycles.

The loader already rejects a knowledge base with a prerequisite cycle; the planner checks
again on the skills it orders, so a knowledge base built in code (or a loader bug) can never
produce a route that teaches a skill before what it needs.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Collection, Iterable
from typing import Any

from careermap.errors import KnowledgeError


def find_cycle(nodes: Collection[str], prereqs: Callable[[str], Iterable[str]]) -> list[str] | None:
    """One prerequisite cycle among ``nodes`` as a path ``[a, b, …, a]``, or None."""
    state: dict[str, int] = {}
    for start in sorted(nodes):
        if start in state:
            continue
        stack: list[tuple[str, list[str]]] = [(start, sorted(p for p in prereqs(start) if p in nodes))]
        path = [start]
        state[start] = 1
        while stack:
            node, todo = stack[-1]
            if not todo:
                stack.pop()
                path.pop()
                state[node] = 2
                continue
            nxt = todo.pop(0)
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state:
                state[nxt] = 1
                path.append(nxt)
                stack.append((nxt, sorted(p for p in prereqs(nxt) if p in nodes)))
    return None


def cycle_error(cycle: list[str]) -> KnowledgeError:
    return KnowledgeError([f"[skills -> {cycle[0]} -> prerequisites] cycle: {' -> '.join(cycle)}"])


def topological(
    nodes: Collection[str], prereqs: Callable[[str], Iterable[str]], *, key: Callable[[str], Any] = str
) -> list[str]:
    """``nodes`` ordered so every prerequisite (within ``nodes``) comes first.

    Among skills that are free to go next, the smallest ``key`` goes first. A cycle raises
    :class:`~careermap.errors.KnowledgeError` naming it.
    """
    node_set = set(nodes)
    needs = {n: {p for p in prereqs(n) if p in node_set and p != n} for n in node_set}
    for n in node_set:
        if n in set(prereqs(n)):
            raise cycle_error([n, n])
    users: dict[str, list[str]] = {n: [] for n in node_set}
    for n, ps in needs.items():
        for p in ps:
            users[p].append(n)
    ready = [(key(n), n) for n, ps in needs.items() if not ps]
    heapq.heapify(ready)
    left = {n: len(ps) for n, ps in needs.items()}
    out: list[str] = []
    while ready:
        _, n = heapq.heappop(ready)
        out.append(n)
        for u in users[n]:
            left[u] -= 1
            if left[u] == 0:
                heapq.heappush(ready, (key(u), u))
    if len(out) < len(node_set):
        rest = node_set - set(out)
        cycle = find_cycle(rest, lambda n: needs[n])
        raise cycle_error(cycle or sorted(rest))
    return out
