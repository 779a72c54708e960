"""Classify a posting into a direction and a role through the engine that reads a person.

The posting becomes a document (:mod:`careermap.jobs.structure`), then
:func:`careermap.extract.evidence.extract` and :func:`careermap.score.scorer.direction_fits`
run on it exactly as on a résumé: the posting's best direction is the one a person with
exactly those skills would fit best. There is no second classifier.

A posting is read with the scoring numbers of ``jobs.yaml -> scoring`` (a posting repeats
its theme, so repetition counts for more than in a résumé) and without the background part
of a fit (``read_backgrounds``): a list of skills is not a past job.

"Not a large-model role" (``direction=None``) is an answer from the evidence: the skills the
posting asks for must include large-model work (``jobs.yaml -> large_model.skills``, their
strengths summing to ``min_evidence``); or, with a best direction fitting at least
``strong_fit``, machine-learning work (``context_skills`` summing to ``min_context``) or a
company whose business is large models (``employers``, named anywhere in the posting: the
evidence then ends with that name, kind ``employer``, adding nothing to the fit); and the best
direction must fit at least ``min_fit``.

With an encoder (the optional ``careermap[semantic]`` extra) the posting's sentences are also
compared with every role's duties, as ``careermap diagnose --semantic`` does for a person: one
contribution of kind ``semantic`` per role, pointing at the closest sentence, and a scorer
name ending in ``+semantic`` so a stored classification says how it was made.

Confidence: for a direction, the best fit times how far it stands above the runner-up,
``fit * (1 - second / fit) ** confidence_margin_power``; for a null answer, how far the
posting stays below the nearer of the two bars, ``1 - min(evidence/min_evidence, fit/min_fit)``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from careermap.extract.evidence import extract
from careermap.extract.models import Evidence, SkillHit
from careermap.extract.semantic import Encoder, semantic_evidence
from careermap.ingest.document import Document
from careermap.jobs.models import Classification, EvidenceItem, Posting, RowProblem, SkillAsk
from careermap.jobs.reader import read_postings
from careermap.jobs.structure import find_employer, jobs_data, posting_document, read_asks, split_span
from careermap.knowledge.loader import Knowledge
from careermap.score.scorer import direction_fits, profile_of, role_fit

ASKED_KIND = {
    "requirements": "required",
    "preferred": "preferred",
    "duties": "duty",
    "lead": "duty",
    "title": "title",
    "body": "other",
}
MAX_EVIDENCE = 8
POSTING_SUFFIX = "/posting"
SEMANTIC_SUFFIX = "+semantic"


def posting_knowledge(kb: Knowledge) -> Knowledge:
    """The knowledge base with the few scoring numbers a posting reads differently
    (``jobs.yaml -> scoring``); the same data, lexicon and code otherwise."""
    if kb.scoring.scorer.endswith(POSTING_SUFFIX):
        return kb  # already read as a posting
    cached = kb._cache.get("posting_kb")
    if cached is None:
        overrides = jobs_data(kb).scoring
        if overrides:
            scoring = kb.scoring.model_copy(update={**overrides, "scorer": kb.scoring.scorer + POSTING_SUFFIX})
            cached = dataclasses.replace(kb, scoring=scoring, _cache={})
        else:
            cached = kb
        kb._cache["posting_kb"] = cached
    return cached


def scorer_name(kb: Knowledge, *, semantic: bool) -> str:
    """The name a posting's classification records for how it was scored."""
    return posting_knowledge(kb).scoring.scorer + (SEMANTIC_SUFFIX if semantic else "")


def classify_text(
    body: str, kb: Knowledge, *, title: str | None = None, posting_id: str = "-", encoder: Encoder | None = None
) -> Classification:
    """Classify one posting body (and its title, when given); ``encoder`` adds the semantic signal."""
    jobs = jobs_data(kb)
    kb = posting_knowledge(kb)
    doc = posting_document(body, kb, title=title, name=posting_id)
    ev = extract(doc, kb)
    if encoder is not None:
        ev.semantic = semantic_evidence(doc, kb, encoder)
    profile = profile_of(kb, ev, backgrounds=jobs.read_backgrounds)
    fits = direction_fits(kb, profile, detail=False)  # a posting has no threshold to meet, no report
    top, second = fits[0], fits[1]
    rule = jobs.large_model
    lm = round(_sum_of(kb, rule.skills, profile.strengths), 4)
    ml = _sum_of(kb, rule.context_skills, profile.strengths)
    employer = None
    if lm < rule.min_evidence and ml < rule.min_context and top.score >= rule.strong_fit:
        mentions = [h.span for se in ev.skills.values() for h in se.hits]
        employer = find_employer(doc, kb, mentions)  # a lab's data-centre or reliability job names no model work
    asks_for = lm >= rule.min_evidence or (
        (ml >= rule.min_context or employer is not None) and top.score >= rule.strong_fit
    )
    is_lm = asks_for and top.score >= rule.min_fit and top.score > 0
    if is_lm:
        margin = 1 - second.score / top.score
        confidence = top.score * margin**jobs.confidence_margin_power
    else:
        ratios = [
            lm / rule.min_evidence if rule.min_evidence else 1.0,
            top.score / rule.min_fit if rule.min_fit else 1.0,
        ]
        confidence = 1 - min(1.0, min(ratios))
    best_role = role_fit(kb, kb.roles[top.best_role.role], profile, readiness=False)  # with its contributions
    asks = _asks(kb, doc, ev)
    asked_kind = {a.skill: a.kind for a in asks}
    evidence: list[EvidenceItem] = []
    for c in best_role.contributions:
        if c.amount <= 0 or len(evidence) >= MAX_EVIDENCE:
            continue
        span = c.evidence[0] if c.evidence else None
        fld, local = split_span(doc, span) if span else ("body", None)
        asked = asked_kind.get(c.key, "other") if c.kind == "skill" else ""
        evidence.append(EvidenceItem(c.kind, c.key, round(c.amount, 4), fld, local, asked))
    if is_lm and employer is not None:  # what made it a large-model role: who is hiring (adds no fit)
        fld, local = split_span(doc, employer[1])
        evidence.append(EvidenceItem("employer", employer[0], 0.0, fld, local))
    need = read_asks(doc, kb)
    return Classification(
        id=posting_id,
        direction=top.number if is_lm else None,
        role=best_role.role if is_lm else None,
        confidence=round(max(0.0, min(1.0, confidence)), 4),
        nearest=top.number,
        nearest_role=best_role.role,
        fit=top.score,
        large_model_evidence=lm,
        scores={f.number: f.score for f in fits},
        evidence=evidence,
        asks=asks,
        years=need.years,
        years_span=need.years_span,
        degree=need.degree,
        degree_span=need.degree_span,
        degree_preferred=need.degree_preferred,
        lang=doc.lang,
        kb_version=kb.version,
        scorer=scorer_name(kb, semantic=encoder is not None),
    )


def _sum_of(kb: Knowledge, skills: list[str], strengths: dict[str, float]) -> float:
    """The strengths of ``skills`` summed in their listed order (the posting shows a few)."""
    orders: dict[int, dict[str, int]] = kb._cache.setdefault("skill_order", {})
    order = orders.get(id(skills))
    if order is None:
        order = orders[id(skills)] = {sid: i for i, sid in enumerate(skills)}
    return sum(strengths[sid] for sid in sorted((sid for sid in strengths if sid in order), key=order.__getitem__))


def _asked_kind(counted: list[SkillHit]) -> str:
    """Where a skill is asked: the section of its strongest mention (of those that count, ``counted``)."""
    best = max(counted, key=lambda h: h.strength)
    return ASKED_KIND.get(best.section, "other")


def _asked_levels(kb: Knowledge) -> dict[str, tuple[str, float]]:
    """Each level word of a skill's evidence: the level a posting asks and its need in readiness units."""
    cached: dict[str, tuple[str, float]] | None = kb._cache.get("asked_levels")
    if cached is None:
        levels = kb.scoring.readiness_levels
        asked = jobs_data(kb).asked_level
        cached = kb._cache["asked_levels"] = {word: (level.value, levels[level]) for word, level in asked.items()}
    return cached


def _asks(kb: Knowledge, doc: Document, ev: Evidence) -> list[SkillAsk]:
    """Every skill the posting asks for, strongest first, with the level and need it asks."""
    asked = _asked_levels(kb)
    out = []
    whole = doc.meta.get("body_offset", "0") == "0"  # spans of the body as they are: no title before it
    for sid, se in ev.skills.items():
        value, need = asked[se.level]
        counted = [h for h in se.hits if h.counts]
        first = [h.span for h in counted[:3]]
        spans = tuple(first if whole else [split_span(doc, s)[1] for s in first])
        # the weight asked is 0..1 (a skill said again and again is asked fully); the order keeps
        # the posting's emphasis beyond that
        kind = _asked_kind(counted or se.hits)
        out.append((-se.strength, sid, SkillAsk(sid, min(1.0, se.strength), kind, value, need, spans)))
    out.sort(key=lambda x: x[:2])
    return [a for _, _, a in out]


def classify_posting(
    p: Posting, kb: Knowledge, *, use_title: bool = True, encoder: Encoder | None = None
) -> Classification:
    """One posting as read from a file (its title weighs in unless ``use_title`` is false)."""
    c = classify_text(p.body, kb, title=p.title if use_title else None, posting_id=p.id, encoder=encoder)
    c.row = p.row
    return c


_PROGRESS_EVERY = 200  # postings between two progress calls


def classify_file(
    source: str | Path,
    *,
    kb: Knowledge,
    mapping: dict[str, str] | None = None,
    use_title: bool = True,
    encoder: Encoder | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[list[Classification | RowProblem], str]:
    """Every row of a file in input order: its classification, or the problem that stopped it
    (``encoder``: the optional semantic signal, see :func:`classify_text`; ``progress(done, total)``
    is called every few hundred postings and at the end)."""
    read = read_postings(source, kb, mapping=mapping, strict_fields=False)
    by_row: dict[str, Classification | RowProblem] = {p.row: p for p in read.problems}
    total = len(read.postings)
    for n, p in enumerate(read.postings, 1):
        by_row[p.row] = classify_posting(p, kb, use_title=use_title, encoder=encoder)
        if progress and (n % _PROGRESS_EVERY == 0 or n == total):
            progress(n, total)
    rows = [r for r in by_row]
    rows.sort(key=_row_order)
    return [by_row[r] for r in rows], read.encoding


def _row_order(row: str) -> tuple[int, int | str]:
    return (0, int(row)) if row.isascii() and row.isdigit() else (1, row)  # a file named "²" is a name
