"""From an assessment and a target role to a staged :class:`Plan`.

The route is ordered so every prerequisite comes first and, among what is free to go next,
the skills of the role's earlier portfolio projects (roles -> projects -> stage) go first; a
skill no project uses goes by its depth in the prerequisite graph. The route is then cut into
stages (names and goals from ``plan.yaml``): one per ``stage_hours`` hours, at most one per
stage template, each ending where a project becomes doable, as near equal hours as that
allows. Each stage shows the project(s) it lets you build; a stage of pure groundwork points at
the first project it leads to. Hours add up by construction: a stage's hours are the sum of its
skills', the route's the sum of its stages', and weeks are ``ceil(hours / hours_per_week)``.
"""

from __future__ import annotations

import math
from itertools import accumulate

from careermap.errors import InputError, NotFound
from careermap.i18n import join
from careermap.knowledge.loader import Knowledge
from careermap.knowledge.models import Project, Role
from careermap.planning.gap import TIER_ORDER, effective_strengths, gap, route_size
from careermap.planning.graph import topological
from careermap.planning.models import Gap, GapSkill, Plan, RoleEffort, Stage, Transfer, weeks_for
from careermap.score.models import Assessment
from careermap.score.scorer import Profile, profile_of

MAX_HOURS_PER_WEEK = 168


def target_role(kb: Knowledge, a: Assessment, role: str | None) -> Role:
    """The role asked for: a role id, a direction (its best role for this person), or the best fit."""
    if not role:
        return kb.role(a.top.best_role.role)
    if "." not in role:
        try:
            direction = kb.direction(role)
        except NotFound:
            raise NotFound(
                f"no direction or role '{role[:40]}'",
                f"没有方向或岗位 '{role[:40]}'",
                hint_en="use a direction (1-6 or an id such as 'inference') or a role id such as 'inference.engine'",
                hint_zh="请用方向（1-6 或 inference 这样的 id）或岗位 id（例如 inference.engine）",
            ) from None
        fit = next(d for d in a.directions if d.id == direction.id)
        return kb.role(fit.best_role.role)
    return kb.role(role)


def _check_hours(hours_per_week: int) -> None:
    if not 1 <= hours_per_week <= MAX_HOURS_PER_WEEK:
        raise InputError(
            f"hours per week must be between 1 and {MAX_HOURS_PER_WEEK}, got {hours_per_week}",
            f"每周学习小时数须在 1 到 {MAX_HOURS_PER_WEEK} 之间，收到 {hours_per_week}",
            hint_en="pass --hours-per-week with a number such as 10",
            hint_zh="请用 --hours-per-week 指定，例如 10",
        )


def stages(kb: Knowledge, role: Role, g: Gap, hours_per_week: int) -> list[Stage]:
    """Cut the route into stages: prerequisites first, skills in the order the role's projects
    use them, about equal hours per stage."""
    planning = kb.planning
    numbers = [s.number for s in planning.stages]
    last = numbers[-1]
    route = {s.skill: s for s in g.route}
    if not route:
        return []
    # when a skill is best learnt: with the first project of the role that uses it, else by depth
    anchor: dict[str, int] = {}
    for proj in role.projects:
        for sid in proj.skills:
            if sid in route:
                anchor[sid] = min(anchor.get(sid, last), proj.stage)
    depth: dict[str, int] = {}
    for s in g.route:  # g.route is already in an order with prerequisites first
        depth[s.skill] = 1 + max((depth[p] for p in s.prerequisites), default=-1)
    floor, tiers = planning.role_skills_from_stage, planning.route_tiers
    when = {
        sid: anchor.get(sid, min(last, max(1 + depth[sid], floor if route[sid].importance in tiers else 1)))
        for sid in route
    }
    for s in reversed(g.route):  # a prerequisite is due no later than what needs it
        for p in s.prerequisites:
            when[p] = min(when[p], when[s.skill])
    order = topological(
        route,
        lambda sid: route[sid].prerequisites,
        key=lambda sid: (when[sid], TIER_ORDER.get(route[sid].importance, 9), -route[sid].weight, sid),
    )
    hours = [route[sid].hours for sid in order]
    pos = {sid: i for i, sid in enumerate(order)}
    # where on the route each project becomes doable: after the last of its route skills
    ready = {p.id: 1 + max((pos[s] for s in p.skills if s in pos), default=-1) for p in role.projects}
    k = max(1, min(len(numbers), len(order), math.ceil(sum(hours) / planning.stage_hours)))
    ends = _ends(hours, sorted(set(ready.values())), k, min(k, planning.min_stages))
    templates = numbers if len(ends) == len(numbers) else [*numbers[: len(ends) - 1], last]

    out: list[Stage] = []
    used: set[str] = set()
    start, done = 0, 0
    for place, (template, end) in enumerate(zip(templates, ends, strict=True), start=1):
        skills = [route[sid] for sid in order[start:end]]
        chosen = _projects(role, skills, template, start, end, ready, used)
        out.append(Stage(place, skills, chosen, 0, 0, template=template))
        first = done
        done += sum(s.hours for s in skills)
        out[-1].start_week, out[-1].end_week = first // hours_per_week + 1, weeks_for(done, hours_per_week)
        start = end
    for i, stage in enumerate(out):
        for proj in stage.projects:
            if ready[proj.id] > ends[i]:
                stage.ready_later[proj.id] = next(out[j].number for j, e in enumerate(ends) if e >= ready[proj.id])
    return out


def _projects(
    role: Role, skills: list[GapSkill], number: int, start: int, end: int, ready: dict[str, int], used: set[str]
) -> list[Project]:
    """The role's projects that prove a stage: doable by its end, finished by its skills, written for it."""
    if not role.projects:
        return []
    ids = {s.skill for s in skills}

    def rank(p: Project) -> tuple[bool, bool, bool, int, int, str]:
        overlap = len(ids & set(p.skills))
        return (p.id not in used, start < ready[p.id], p.stage == number, overlap, -abs(p.stage - number), p.id)

    doable = [p for p in role.projects if ready[p.id] <= end]
    if doable:
        best = max(doable, key=rank)
        extra = [p for p in doable if p is not best and p.id not in used and start < ready[p.id] and p.stage == number]
        chosen = [best, *extra]
    else:  # a stage of groundwork before any project is doable: the first one it leads to
        chosen = [min(role.projects, key=lambda p: (p.id in used, ready[p.id], p.id))]
    used.update(p.id for p in chosen)
    return chosen


def _ends(hours: list[int], doable_at: list[int], k: int, at_least: int) -> list[int]:
    """End indices of up to ``k`` stages over ``hours``: each stage ends where a project becomes
    doable, as near equal hours as that allows; while there are fewer than ``at_least`` stages,
    the longest is split at its middle hour."""
    n = len(hours)
    cum = [0, *accumulate(hours)]
    points = [c for c in doable_at if 0 < c < n]
    ends: list[int] = []
    for i in range(1, k):
        target = cum[n] * i / k
        options = [c for c in points if c > (ends[-1] if ends else 0) and c <= n - (k - i)]
        if not options:
            break
        ends.append(min(options, key=lambda c: (abs(cum[c] - target), c)))
    ends.append(n)
    while len(ends) < at_least:
        starts = [0, *ends[:-1]]
        spans = [(cum[e] - cum[s], s, e) for s, e in zip(starts, ends, strict=True) if e - s >= 2]
        if not spans:
            break
        _, s, e = max(spans)
        middle = (cum[s] + cum[e]) / 2
        ends = sorted([*ends, min(range(s + 1, e), key=lambda c: (abs(cum[c] - middle), c))])
    return ends


def _transfers(kb: Knowledge, role: Role, p: Profile) -> list[Transfer]:
    relevant = _relevant(kb, role)
    out = []
    named: set[str] = set()
    for bg in p.backgrounds:
        skills = tuple(s for s in kb.archetypes[bg.archetype].transferable if s in relevant and s not in named)
        named.update(skills)
        if skills:
            out.append(Transfer(bg.archetype, skills))
    return out


def _relevant(kb: Knowledge, role: Role) -> set[str]:
    """The role's skills and, transitively, their prerequisites."""
    cache: dict[str, set[str]] = kb._cache.setdefault("plan_relevant", {})
    if role.id not in cache:
        seen: set[str] = set()
        todo = list(kb.role_weights[role.id]) + [r.skill for r in role.threshold.requires]
        while todo:
            sid = todo.pop()
            if sid in seen or sid not in kb.skills:
                continue
            seen.add(sid)
            todo += kb.skills[sid].prerequisites
        cache[role.id] = seen
    return cache[role.id]


_EMPTY = Profile({}, {}, {}, {}, [], [], None)


def from_scratch(kb: Knowledge, role: Role) -> int:
    """Hours of the route to ``role`` for someone who shows nothing yet."""
    cache: dict[str, int] = kb._cache.setdefault("plan_scratch", {})
    if role.id not in cache:
        cache[role.id] = gap(kb, role, _EMPTY, shown={}).hours
    return cache[role.id]


def efforts(
    kb: Knowledge, a: Assessment, *, hours_per_week: int | None = None, profile: Profile | None = None
) -> list[RoleEffort]:
    """Every role with the hours of its route for this person, nearest first: the roles the person
    fits at least ``plan.yaml -> closest_min_fit_share`` as well as their best role, least hours
    first; then the others, best fit first."""
    hpw = kb.planning.hours_per_week if hours_per_week is None else hours_per_week
    _check_hours(hpw)
    p = profile or profile_of(kb, a.evidence, a.traits)
    shown = effective_strengths(kb, p)
    out = []
    for d in a.directions:
        for rf in d.roles:
            hours, skills, covers_core = route_size(kb, kb.roles[rf.role], shown)
            out.append(RoleEffort(rf.role, hours, weeks_for(hours, hpw), skills, rf.score, rf.readiness, covers_core))
    bar = kb.planning.closest_min_fit_share * max((e.score for e in out), default=0.0)
    out.sort(key=lambda e: (0, e.hours, -e.score, e.role) if e.score >= bar else (1, -e.score, e.hours, e.role))
    return out


def build_plan(
    kb: Knowledge,
    a: Assessment,
    *,
    role: str | None = None,
    hours_per_week: int | None = None,
    lang: str | None = None,
) -> Plan:
    """The route from ``a`` to ``role`` (default: the best-fit role) at ``hours_per_week``."""
    hpw = kb.planning.hours_per_week if hours_per_week is None else hours_per_week
    _check_hours(hpw)
    lang = lang or a.lang
    target = target_role(kb, a, role)
    p = profile_of(kb, a.evidence, a.traits)
    g = gap(kb, target, p)
    staged = stages(kb, target, g, hpw)
    proof: list[Project] = []
    if not staged and target.projects:
        top = max(pr.stage for pr in target.projects)
        proof = [pr for pr in target.projects if pr.stage == top]
    closest = efforts(kb, a, hours_per_week=hpw, profile=p)[: kb.planning.closest_roles]
    fit = a.role(target.id)
    plan = Plan(
        role=target.id,
        lang=lang,
        hours_per_week=hpw,
        gap=g,
        stages=staged,
        proof=proof,
        transfers=_transfers(kb, target, p),
        closest=closest,
        full_hours=from_scratch(kb, target),
        summary="",
        score=fit.score,
        readiness=fit.readiness,
        kb_version=a.kb_version,
        scorer=a.scorer,
        source=a.source,
    )
    plan.summary = summarize(kb, plan)
    return plan


def summarize(kb: Knowledge, plan: Plan) -> str:
    texts = kb.planning.texts
    lang = plan.lang
    name = kb.roles[plan.role].name.get(lang)
    slots = {
        "role": name,
        "n": len(plan.missing),
        "hours": plan.total_hours,
        "hpw": plan.hours_per_week,
        "weeks": plan.weeks,
    }
    if not plan.missing:
        parts = [texts.nothing_left.get(lang).format(role=name)]
    elif plan.gap.covers_core:
        parts = [texts.covers_core.get(lang).format(**slots)]
    else:
        parts = [texts.route.get(lang).format(**slots)]
    saved = plan.full_hours - plan.total_hours
    if plan.missing and saved > 0:
        parts.append(texts.shortened.get(lang).format(saved=saved, full=plan.full_hours))
    for tr in plan.transfers[:1]:  # the strongest background; every one is listed in plan.transfers
        skills = join([kb.skills[s].name.get(lang) for s in tr.skills], lang)
        parts.append(
            texts.transferable.get(lang).format(skills=skills, background=kb.archetypes[tr.background].name.get(lang))
        )
    if plan.closest and plan.closest[0].role != plan.role:
        near = plan.closest[0]
        parts.append(texts.closest.get(lang).format(role=kb.roles[near.role].name.get(lang), hours=near.hours))
    return ("" if lang == "zh" else " ").join(parts)
