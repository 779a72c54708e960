"""Evidence to an :class:`Assessment` (scorer ``role_fit.v1``).

A role's raw fit is a sum of named contributions:

* ``skill``: importance of the skill to the role (its tier weight) × the strength the
  text shows (proficiency × grade × section, plus years), divided by the role's norm (the
  sum of its top-k weights), so a role listing many skills is not favoured;
* ``background``: a recognised past role × how well it transfers to this role;
* ``trait``: a stated like (+) or dislike (−) × the role's affinity to that trait;
* ``interest`` / ``dislike``: a skill the person wants to do or avoid × its weight;
* ``constraint``: a practical limit from questionnaire answers (hours, appetite for a
  high threshold) × the amount it gives roles of this threshold level or degree.

The raw sum maps into 0..1 by ``raw / (raw + saturation)`` and every contribution is
scaled by the same factor, so the contributions of a score always add up to the score.
A direction's fit blends its best role with the mean of its roles, and its contributions
blend the same way. Readiness (the threshold, 门槛) is computed apart from fit.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field

from careermap.extract.models import ConstraintSignal, Evidence, RoleTitleHit, SkillHit, Span, TraitSignal
from careermap.knowledge.loader import Knowledge
from careermap.knowledge.models import Role, ThresholdLevel
from careermap.score.models import (
    Assessment,
    Background,
    Contribution,
    Counterfactual,
    DirectionFit,
    RequirementStatus,
    RoleFit,
)


@dataclass(slots=True)
class Profile:
    """What scoring needs from evidence; a copy with added skills answers "what if"."""

    strengths: dict[str, float]
    spans: dict[str, list[Span]]
    interests: dict[str, list[Span]]
    dislikes: dict[str, list[Span]]
    traits: list[TraitSignal]
    backgrounds: list[Background]
    degree: str | None
    hypothetical: set[str] = field(default_factory=set)
    semantic: dict[str, tuple[float, Span]] = field(default_factory=dict)
    constraints: list[ConstraintSignal] = field(default_factory=list)
    role_titles: dict[str, list[RoleTitleHit]] = field(default_factory=dict)  # by role

    @property
    def has_signal(self) -> bool:
        return bool(self.strengths or self.backgrounds or self.traits or self.interests)

    def with_skills(self, skills: dict[str, float]) -> Profile:
        strengths = dict(self.strengths)
        for sid, value in skills.items():
            strengths[sid] = max(strengths.get(sid, 0.0), value)
        return dataclasses.replace(self, strengths=strengths, hypothetical=self.hypothetical | set(skills))


def detect_backgrounds(kb: Knowledge, ev: Evidence) -> list[Background]:
    """Past roles the text shows, by titles written and skills that signal them."""
    sc = kb.scoring
    found: list[Background] = []
    for aid, arch in kb.archetypes.items():
        spans = [t.span for t in ev.titles if t.archetype == aid]
        signal = float(len(spans))
        for sid, weight in arch.signals.items():
            s = ev.strength(sid)
            if s > 0:
                signal += weight * s
                spans += [h.span for h in ev.skills[sid].hits if h.counts][:2]
        if signal <= 0:
            continue
        strength = signal / (signal + sc.archetype_saturation)
        if strength >= sc.archetype_min_strength:
            found.append(Background(aid, round(strength, 4), tuple(sorted(set(spans), key=lambda s: (s.start, s.end)))))
    found.sort(key=lambda b: (-b.strength, b.archetype))
    return found[: sc.archetype_max]


def profile_of(
    kb: Knowledge,
    ev: Evidence,
    extra_traits: list[TraitSignal] | None = None,
    constraints: list[ConstraintSignal] | None = None,
    *,
    backgrounds: bool = True,
) -> Profile:
    """What scoring reads from evidence; ``backgrounds=False`` for a text that has no past roles
    (a job posting: its list of skills is not someone's career)."""
    mentions = ev.mentions()
    return Profile(
        strengths={sid: se.strength for sid, se in ev.skills.items()},
        spans={sid: [h.span for h in se.hits if h.counts] for sid, se in ev.skills.items()},
        interests=_spans_of(mentions, lambda h: h.status == "wants" or (h.like and h.status == "has")),
        dislikes=_spans_of(mentions, lambda h: h.dislike),
        traits=list(ev.traits) + list(extra_traits or []),
        backgrounds=detect_backgrounds(kb, ev) if backgrounds else [],
        degree=ev.degree,
        semantic=dict(ev.semantic),
        constraints=list(constraints or []),
        role_titles=_role_titles(ev),
    )


def _spans_of(mentions: list[SkillHit], which: Callable[[SkillHit], bool]) -> dict[str, list[Span]]:
    """The mentions of each skill that ``which`` picks ("I want to learn CUDA", "I love Rust")."""
    out: dict[str, list[Span]] = {}
    for h in mentions:
        if which(h):
            out.setdefault(h.skill, []).append(h.span)
    return out


def _role_titles(ev: Evidence) -> dict[str, list[RoleTitleHit]]:
    out: dict[str, list[RoleTitleHit]] = {}
    for h in ev.role_titles:
        out.setdefault(h.role, []).append(h)
    return out


def _norm(kb: Knowledge, role_id: str) -> float:
    cache: dict[str, float] | None = kb._cache.get("role_norm")
    if cache is None:
        cache = kb._cache["role_norm"] = {}
    got = cache.get(role_id)
    if got is None:
        weights = sorted(kb.role_weights[role_id].values(), reverse=True)
        got = cache[role_id] = sum(weights[: kb.scoring.role_norm_top_k]) or 1.0
    return got


def _order(kb: Knowledge, role_id: str) -> dict[str, int]:
    cache: dict[str, dict[str, int]] | None = kb._cache.get("role_order")
    if cache is None:
        cache = kb._cache["role_order"] = {}
    got = cache.get(role_id)
    if got is None:
        got = cache[role_id] = {sid: i for i, sid in enumerate(kb.role_weights[role_id])}
    return got


_LEVEL_VALUE: dict[ThresholdLevel, str] = {}  # each level's value, read once (Enum.value is slow to read)


def _level_value(level: ThresholdLevel) -> str:
    got = _LEVEL_VALUE.get(level)
    if got is None:
        got = _LEVEL_VALUE[level] = level.value
    return got


def _roles_weighing(kb: Knowledge) -> dict[str, list[str]]:
    """Per skill, the roles that weigh it (kept with the knowledge base)."""
    cached: dict[str, list[str]] | None = kb._cache.get("roles_weighing")
    if cached is None:
        cached = {}
        for rid, weights in kb.role_weights.items():
            for sid in weights:
                cached.setdefault(sid, []).append(rid)
        kb._cache["roles_weighing"] = cached
    return cached


def _shown_by_role(kb: Knowledge, p: Profile) -> dict[str, list[str]]:
    """Per role, the skills ``p`` shows (strength above 0) that the role weighs, in the role's order:
    one pass over the skills shown, where each role would look through all of them."""
    by_role: dict[str, list[str]] = {}
    weighing = _roles_weighing(kb)
    for sid, x in p.strengths.items():
        if x > 0:
            for rid in weighing.get(sid, ()):
                by_role.setdefault(rid, []).append(sid)
    for rid, sids in by_role.items():
        sids.sort(key=_order(kb, rid).__getitem__)
    return by_role


def _skill_amounts(kb: Knowledge, role: Role, p: Profile) -> list[tuple[str, float]]:
    """Each skill's raw contribution to ``role``'s fit, in the role's order (:func:`role_scores`
    computes the same amounts for many roles at once)."""
    weights = kb.role_weights[role.id]
    norm = _norm(kb, role.id)
    strengths = p.strengths
    if len(strengths) < len(weights):  # the few skills shown, in the role's order
        shown = sorted([sid for sid in strengths if sid in weights], key=_order(kb, role.id).__getitem__)
    else:
        shown = [sid for sid in weights if sid in strengths]
    return [(sid, weights[sid] * strengths[sid] / norm) for sid in shown if strengths[sid] > 0]


def _other_parts(kb: Knowledge, role: Role, p: Profile) -> list[Contribution]:
    """The raw contributions to ``role``'s fit after its skills' (backgrounds, traits, interests,
    dislikes, constraints, the role named, the semantic signal, the threshold's head start)."""
    sc = kb.scoring
    weights = kb.role_weights[role.id]
    parts: list[Contribution] = []
    for bg in p.backgrounds:
        affinity = kb.archetypes[bg.archetype].affinities.get(role.id, 0.0)
        if affinity:
            parts.append(
                Contribution(
                    "background", bg.archetype, sc.archetype_weight * bg.strength * affinity, list(bg.evidence)
                )
            )
    by_trait: dict[tuple[str, str], tuple[float, list[Span]]] = {}
    for t in p.traits:
        total, spans = by_trait.get((t.trait, t.source), (0.0, []))
        by_trait[(t.trait, t.source)] = (total + t.polarity, spans + ([t.span] if t.span else []))
    for (trait, source), (total, spans) in sorted(by_trait.items()):
        affinity = role.traits.get(trait, 0.0)
        polarity = max(-1.0, min(1.0, total))
        if affinity and polarity:
            parts.append(Contribution("trait", trait, sc.trait_weight * polarity * affinity, spans, source, polarity))
    for sid, spans in p.interests.items():
        if sid in weights:
            parts.append(Contribution("interest", sid, sc.interest_weight * weights[sid], spans))
    for sid, spans in p.dislikes.items():
        if sid in weights:
            parts.append(Contribution("dislike", sid, -sc.dislike_weight * weights[sid], spans))
    for cs in p.constraints:
        value = role.threshold.level.value if cs.applies_to == "threshold" else role.threshold.degree.value
        amount = cs.amounts.get(value, 0.0)
        if amount:
            parts.append(Contribution("constraint", cs.key, sc.constraint_weight * amount, [], cs.source, amount))

    named = p.role_titles.get(role.id) if sc.role_title_weight else None
    if named:  # "we are hiring an inference engineer": the text names the role
        mentions = min(sc.role_title_cap, sum(h.weight for h in named))
        if mentions > 0:
            parts.append(Contribution("role_title", role.id, sc.role_title_weight * mentions, [h.span for h in named]))
    if role.id in p.semantic:
        sim, span = p.semantic[role.id]
        if sim > sc.semantic_floor:
            parts.append(Contribution("semantic", role.id, sc.semantic_weight * (sim - sc.semantic_floor), [span]))
    head_start = _head_start(kb, role)
    if head_start and p.has_signal:
        parts.append(Contribution("threshold", _level_value(role.threshold.level), head_start))
    return parts


def _head_start(kb: Knowledge, role: Role) -> float:
    """What an easier path (its threshold level) adds to the fit of any text with a signal."""
    return kb.scoring.accessibility.get(role.threshold.level, 0.0)


def _only_head_start(p: Profile) -> bool:
    """Whether the head start is all :func:`_other_parts` can give ``p`` (a profile of skills alone)."""
    return not (p.backgrounds or p.traits or p.interests or p.dislikes or p.constraints or p.role_titles or p.semantic)


def _role_table(kb: Knowledge) -> dict[str, tuple[Role, dict[str, float], float, float]]:
    """Per role, what :func:`role_scores` reads of it: the role, its weights, its norm and its head start
    (kept with the knowledge base: read once, not for every role of every text)."""
    cached: dict[str, tuple[Role, dict[str, float], float, float]] | None = kb._cache.get("role_table")
    if cached is None:
        cached = kb._cache["role_table"] = {
            rid: (role, kb.role_weights[rid], _norm(kb, rid), _head_start(kb, role)) for rid, role in kb.roles.items()
        }
    return cached


def role_scores(kb: Knowledge, p: Profile, roles: list[str]) -> dict[str, RoleFit]:
    """The scores of ``p`` for ``roles`` as :func:`role_fit` measures them with ``readiness=False``
    (the same amounts summed in the same order), without building their contributions: the skills
    shown are sorted into the roles that weigh them once, and for a profile of skills alone
    (:func:`_only_head_start`) the parts after them are the head start alone."""
    strengths, saturation = p.strengths, kb.scoring.saturation
    shown = _shown_by_role(kb, p)
    only_head_start, signal = _only_head_start(p), p.has_signal
    table = _role_table(kb)
    out: dict[str, RoleFit] = {}
    for rid in roles:
        role, weights, norm, head_start = table[rid]
        amounts = [weights[sid] * strengths[sid] / norm for sid in shown.get(rid, ())]  # (_skill_amounts)
        if not only_head_start:
            amounts += [c.amount for c in _other_parts(kb, role, p)]
        elif signal and head_start:
            amounts.append(head_start)
        raw = sum(amounts)
        score = raw / (raw + saturation) if raw > 0 else 0.0
        out[rid] = RoleFit(rid, round(score, 4), round(raw, 4), 0.0, [], [])
    return out


def role_fit(kb: Knowledge, role: Role, p: Profile, *, readiness: bool = True) -> RoleFit:
    """The fit of ``p`` for ``role``; with ``readiness=False`` (a text that is not a person,
    such as a job posting) the threshold is not measured: no requirements, readiness 0."""
    sc = kb.scoring
    spans_of = p.spans
    parts = [
        Contribution("skill", sid, amount, list(spans_of.get(sid, []))) for sid, amount in _skill_amounts(kb, role, p)
    ]
    parts += _other_parts(kb, role, p)
    raw = sum([c.amount for c in parts])
    if raw > 0:
        score = raw / (raw + sc.saturation)
        factor = score / raw
        for c in parts:
            c.amount *= factor
    else:
        score = 0.0
        if parts:
            parts.append(Contribution("floor", "zero", -raw))
    parts.sort(key=lambda c: -abs(c.amount))
    if not readiness:
        return RoleFit(role.id, round(score, 4), round(raw, 4), 0.0, parts, [])
    reqs = [
        RequirementStatus(r.skill, r.level.value, sc.readiness_levels[r.level], p.strengths.get(r.skill, 0.0), r.weight)
        for r in role.threshold.requires
    ]
    total_w = sum(r.weight for r in reqs)
    ready = sum(r.weight * r.met for r in reqs) / total_w
    rank = kb.lexicon.degree_rank
    gap = p.degree is not None and rank(role.threshold.degree.value) > rank(p.degree)
    if gap:
        ready = max(0.0, ready - sc.degree_gap)
    return RoleFit(role.id, round(score, 4), round(raw, 4), round(ready, 4), parts, reqs, gap)


def direction_fits(
    kb: Knowledge, p: Profile, *, detail: bool = True, known: dict[str, RoleFit] | None = None
) -> list[DirectionFit]:
    """Every direction's fit, best first. ``detail=False`` (a text that is not a person, such as
    a job posting) leaves out what only a person's report shows: readiness (see :func:`role_fit`),
    the direction's merged contributions and its roles' (:func:`role_scores`); the scores stay.
    ``known``: roles whose fit for ``p`` is already measured (taken as they are)."""
    blend = kb.scoring.direction_role_blend
    measured = dict(known or {})
    if not detail:
        measured.update(role_scores(kb, p, [rid for d in kb.directions for rid in d.roles if rid not in measured]))

    def measure(rid: str) -> RoleFit:
        got = measured.get(rid)
        return got if got is not None else role_fit(kb, kb.roles[rid], p)

    out: list[DirectionFit] = []
    for d in kb.directions:
        roles = sorted(
            (measure(rid) for rid in d.roles),
            key=lambda r: (-r.score, r.role),
        )
        best = roles[0]
        mean_w = (1 - blend) / len(roles)
        score = blend * best.score + mean_w * sum(r.score for r in roles)
        contributions = _merged(roles, best, blend, mean_w) if detail else []
        out.append(DirectionFit(d.number, d.id, round(score, 4), best.readiness, roles, contributions))
    out.sort(key=lambda f: (-f.score, f.number))
    return out


def _merged(roles: list[RoleFit], best: RoleFit, blend: float, mean_w: float) -> list[Contribution]:
    """A direction's contributions: its roles' blended the way its score is."""
    merged: dict[tuple[str, str, str], Contribution] = {}
    for r in roles:
        w = mean_w + (blend if r is best else 0.0)
        for c in r.contributions:
            key = (c.kind, c.key, c.source)
            if key in merged:
                merged[key].amount += w * c.amount
            else:
                merged[key] = Contribution(c.kind, c.key, w * c.amount, c.evidence, c.source, c.polarity)
    contributions = sorted((c for c in merged.values() if abs(c.amount) > 1e-6), key=lambda c: -abs(c.amount))
    for c in contributions:
        c.amount = round(c.amount, 4)
    return contributions


def counterfactual(kb: Knowledge, p: Profile, fits: list[DirectionFit]) -> Counterfactual | None:
    """The fewest skills, shown in a shipped project, that would put the runner-up first.

    Each trial needs the directions' scores only (``detail=False``: the same scores, without the
    readiness and merged contributions a report shows), a third of a diagnosis's time saved; and
    only the roles that weigh an added skill are measured again (the others' fits cannot move)."""
    if len(fits) < 2 or fits[0].score <= 0:
        return None
    top, second = fits[0], fits[1]
    sc = kb.scoring
    target = sc.levels["proficient"] * sc.grades[sc.counterfactual_grade]
    measured = {r.role: r for f in fits for r in f.roles}

    def trial_fits(added: dict[str, float]) -> list[DirectionFit]:
        q = p.with_skills(added)
        # a role that weighs none of the added skills scores as before (unless the profile gains its first signal)
        same = (
            {rid: r for rid, r in measured.items() if not any(sid in kb.role_weights[rid] for sid in added)}
            if q.has_signal == p.has_signal
            else {}
        )
        return direction_fits(kb, q, detail=False, known=same)

    best: Counterfactual | None = None
    for rf in second.roles:
        weights = kb.role_weights[rf.role]
        candidates = sorted(
            (sid for sid in weights if p.strengths.get(sid, 0.0) < target),
            key=lambda sid: (-(weights[sid] * (target - p.strengths.get(sid, 0.0))), sid),
        )
        added: dict[str, float] = {}
        result = None
        for sid in candidates[: sc.counterfactual_max_skills]:
            added[sid] = target
            trial = trial_fits(added)
            if trial[0].id == second.id:
                result = Counterfactual(
                    second.id,
                    rf.role,
                    tuple(added),
                    True,
                    trial[0].score,
                    next(f.score for f in trial if f.id == top.id),
                )
                break
        if result is None and added:
            trial = trial_fits(added)
            result = Counterfactual(
                second.id,
                rf.role,
                tuple(added),
                False,
                next(f.score for f in trial if f.id == second.id),
                next(f.score for f in trial if f.id == top.id),
            )
        if result and (
            best is None or (result.reaches_top, -len(result.skills)) > (best.reaches_top, -len(best.skills))
        ):
            best = result
        if rf is second.roles[0] and result and result.reaches_top and len(result.skills) <= 2:
            break
    return best


def assess(
    kb: Knowledge,
    ev: Evidence,
    *,
    lang: str | None = None,
    source: str = "-",
    extra_traits: list[TraitSignal] | None = None,
    constraints: list[ConstraintSignal] | None = None,
) -> Assessment:
    """Score ``ev`` against every role and direction of ``kb``."""
    from careermap.score.advice import advise

    p = profile_of(kb, ev, extra_traits, constraints)
    fits = direction_fits(kb, p)
    cf = counterfactual(kb, p, fits)
    out_lang = lang or ev.lang
    a = Assessment(out_lang, ev, fits, p.backgrounds, cf, "", kb.version, kb.scoring.scorer, source, p.traits)
    a.advice = advise(kb, a)
    return a
