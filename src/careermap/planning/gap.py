"""Gap analysis: a role's skills sorted into have / partial / missing, with the same numbers
as scoring, and the route closed under prerequisites.

* A skill's ``need`` is the level the role's ``threshold.requires`` gives it, otherwise the
  level ``plan.yaml`` sets for its tier; its strength must reach scoring.yaml's readiness level
  for that need to count as ``have``. Shown but below it is ``partial``; not shown, ``missing``.
* What the person shows is the scorer's strength from the text, raised by two inferences
  from the data: a skill shown at all implies its prerequisites at ``implied_level``
  (transitively), and a recognised background's ``transferable`` skills count as shown
  at ``transferable_level``. Each such skill says where it came from.
* The route holds every skill of the route tiers (and every required skill) that is not
  ``have``, plus, transitively, every prerequisite of a route skill that is not ``have``.
* Remaining effort of a route skill: ``ceil(effort_hours × (1 − min(1, shown / need)))``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from careermap.knowledge.loader import Knowledge
from careermap.knowledge.models import Proficiency, Role
from careermap.planning.graph import topological
from careermap.planning.models import Gap, GapSkill
from careermap.score.scorer import Profile

TIER_ORDER = {"core": 0, "required": 1, "important": 2, "useful": 3, "prerequisite": 4}


def effective_strengths(kb: Knowledge, p: Profile) -> dict[str, tuple[float, str, str | None]]:
    """Per skill: (strength, basis, source) after background transfer and implied prerequisites."""
    levels = kb.scoring.readiness_levels
    planning = kb.planning
    out: dict[str, tuple[float, str, str | None]] = {
        sid: (s, "text", None) for sid, s in p.strengths.items() if s > 0 and sid in kb.skills
    }
    transfer = levels[planning.transferable_level]
    for bg in p.backgrounds:
        for sid in kb.archetypes[bg.archetype].transferable:
            if out.get(sid, (0.0, "", None))[0] < transfer:
                out[sid] = (transfer, "background", bg.archetype)
    implied = levels[planning.implied_level]
    queue = sorted(out, key=lambda sid: (-out[sid][0], sid))
    seen = set(queue)
    while queue:
        sid = queue.pop(0)
        for pre in kb.skills[sid].prerequisites:
            if pre in kb.skills and out.get(pre, (0.0, "", None))[0] < implied:
                out[pre] = (implied, "implied", sid)
            if pre in kb.skills and pre not in seen:
                seen.add(pre)
                queue.append(pre)
    return out


def _tiers(role: Role) -> dict[str, str]:
    tier_of: dict[str, str] = {}
    for tier in ("useful", "important", "core"):
        for sid in getattr(role.skills, tier):
            tier_of[sid] = tier
    return tier_of


def remaining_hours(effort_hours: int, credit: float) -> int:
    return math.ceil(round(effort_hours * (1.0 - min(1.0, credit)), 6))


@dataclass(frozen=True, slots=True)
class _Needs:
    """What a role asks, as the gap reads it: each skill's tier (``required``: in the threshold only),
    the level the threshold requires, the weight, and the skills in the gap's order (tiers, then the
    threshold's others) with what :func:`route_size` reads of each: the strength its need asks, its
    effort, whether the route takes it when it is not there."""

    tier_of: dict[str, str]
    required: dict[str, Proficiency]
    weights: dict[str, float]
    skills: list[tuple[str, str]]  # (skill, tier)
    measures: list[tuple[str, float, int, bool]]  # (skill, need strength, effort hours, on the route if not had)


def _needs(kb: Knowledge, role: Role) -> _Needs:
    cache: dict[str, _Needs] = kb._cache.setdefault("gap_needs", {})
    if role.id not in cache:
        tier_of = _tiers(role)
        required = {r.skill: r.level for r in role.threshold.requires}
        # a required skill outside the tiers weighs what the threshold gives it
        weights = {**{r.skill: r.weight for r in role.threshold.requires}, **kb.role_weights[role.id]}
        order = [
            (sid, tier_of.get(sid, "required")) for sid in list(tier_of) + [s for s in required if s not in tier_of]
        ]
        levels, route_tiers = kb.scoring.readiness_levels, kb.planning.route_tiers
        measures = [
            (
                sid,
                levels[_need(kb, required, sid, tier)],
                kb.skills[sid].effort_hours,
                tier in route_tiers or sid in required,
            )
            for sid, tier in order
        ]
        cache[role.id] = _Needs(tier_of, required, weights, order, measures)
    return cache[role.id]


def _need(kb: Knowledge, required: dict[str, Proficiency], sid: str, importance: str) -> Proficiency:
    """The level ``sid`` must reach: the threshold's, else the one plan.yaml sets for its tier."""
    planning = kb.planning
    return required.get(sid) or planning.need[importance if importance in planning.need else "prerequisite"]


def _left(effort: int, eff: float, need_strength: float) -> int | None:
    """Hours still to go on a skill shown at ``eff`` that needs ``need_strength``; None when it is there."""
    if eff >= need_strength:
        return None
    return remaining_hours(effort, min(1.0, round(eff, 4) / need_strength))  # GapSkill.credit's numbers


def route_size(kb: Knowledge, role: Role, shown: dict[str, tuple[float, str, str | None]]) -> tuple[int, int, bool]:
    """(hours, skills, covers_core) of ``gap(kb, role, p, shown=shown)``'s route, without building it:
    the same statuses and closure under prerequisites, no order and no per-skill detail (every role's
    effort is asked for each route; building each role's full gap was most of a route's time)."""
    needs = _needs(kb, role)
    items: dict[str, int | None] = {}
    route: dict[str, int] = {}
    for sid, need_strength, effort, on_route in needs.measures:
        hours = items[sid] = _left(effort, shown[sid][0] if sid in shown else 0.0, need_strength)
        if hours is not None and on_route:
            route[sid] = hours
    prerequisite = kb.scoring.readiness_levels[kb.planning.need["prerequisite"]]
    todo = list(route)
    while todo:
        for pre in kb.skills[todo.pop()].prerequisites:
            if pre in route or pre not in kb.skills:
                continue
            if pre in items:
                hours = items[pre]
            else:
                hours = _left(kb.skills[pre].effort_hours, shown[pre][0] if pre in shown else 0.0, prerequisite)
            if hours is not None:
                route[pre] = hours
                todo.append(pre)
    covers_core = all(items[sid] is None for sid in role.skills.core)
    return sum(route.values()), len(route), covers_core


def gap(kb: Knowledge, role: Role, p: Profile, *, shown: dict[str, tuple[float, str, str | None]] | None = None) -> Gap:
    """Sort ``role``'s skills for the person ``p`` and build the ordered route."""
    planning = kb.planning
    levels = kb.scoring.readiness_levels
    shown = effective_strengths(kb, p) if shown is None else shown
    needs = _needs(kb, role)
    tier_of, required, weights = needs.tier_of, needs.required, needs.weights

    def item(sid: str, importance: str, weight: float) -> GapSkill:
        need = _need(kb, required, sid, importance)
        need_strength = levels[need]
        eff, basis, source = shown.get(sid, (0.0, "none", None))
        text = p.strengths.get(sid, 0.0)
        status = "have" if eff >= need_strength else "partial" if eff > 0 else "missing"
        effort = kb.skills[sid].effort_hours
        g = GapSkill(
            skill=sid,
            status=status,
            importance=importance,
            weight=weight,
            need=need.value,
            need_strength=need_strength,
            strength=round(text, 4),
            effective=round(eff, 4),
            basis=basis,
            source=source,
            required=sid in required,
            effort_hours=effort,
            hours=0,
            evidence=list(p.spans.get(sid, [])) if text > 0 else [],
        )
        if status != "have":
            g.hours = remaining_hours(effort, g.credit)
        return g

    items = {sid: item(sid, tier, weights.get(sid, 0.0)) for sid, tier in needs.skills}

    route: dict[str, GapSkill] = {
        sid: g
        for sid, g in items.items()
        if g.status != "have" and (g.importance in planning.route_tiers or g.required)
    }
    todo = sorted(route)
    while todo:
        sid = todo.pop(0)
        for pre in kb.skills[sid].prerequisites:
            if pre not in kb.skills:
                continue
            g = route.get(pre) or items.get(pre) or item(pre, "prerequisite", 0.0)
            if g.status == "have":
                continue
            if pre not in route:
                route[pre] = g
                todo.append(pre)
            if sid not in g.needed_for:
                g.needed_for.append(sid)
            route[sid].prerequisites.append(pre)

    order = topological(
        route,
        lambda sid: route[sid].prerequisites,
        key=lambda sid: (TIER_ORDER[route[sid].importance], -route[sid].weight, sid),
    )
    # a prerequisite matters as much as the most important skill that needs it
    for sid in reversed(order):
        g = route[sid]
        if g.needed_for:
            g.weight = max(g.weight, *(route[u].weight for u in g.needed_for))
    have = sorted((g for g in items.values() if g.status == "have"), key=lambda g: (-g.weight, g.skill))
    next_steps = sorted(
        (g for sid, g in items.items() if g.status != "have" and sid not in route),
        key=lambda g: (-g.weight, g.skill),
    )
    role_items = [g for sid, g in items.items() if sid in tier_of]
    total_w = sum(g.weight for g in role_items) or 1.0
    coverage = sum(g.weight * g.credit for g in role_items) / total_w
    covers_core = all(items[sid].status == "have" for sid in role.skills.core)
    return Gap(role.id, have, [route[sid] for sid in order], next_steps, covers_core, round(coverage, 4))
