"""From a document's hits to :class:`Evidence`: what the words around each skill say.

One sweep over the hits in text order carries the cues in reach (proficiency, negation,
aspiration, interest, dislike, a one-off touch) to the skills after them, until the
sentence ends or a contrast word ("但", "but") cuts the reach. Cues after a skill in the
same clause ("CUDA 不熟", "对推理优化感兴趣", "Python（熟练）") apply backwards. The grade
of each mention comes from its sentence and, inside project or work sections, its
paragraph: led, shipped with a measured result, used in a project, or only listed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from careermap.extract.matcher import Hit, Matcher, matcher_for
from careermap.extract.models import Evidence, RoleTitleHit, SkillEvidence, SkillHit, Span, TitleHit, TraitSignal
from careermap.ingest.document import Document
from careermap.knowledge.loader import Knowledge
from careermap.knowledge.models import Grade
from careermap.text.normalize import Normalized, normalize_recent
from careermap.text.numerals import numeral_class, parse_number
from careermap.text.split import CLAUSE_MARK, PARAGRAPH_BREAK, SENTENCE_BREAK, list_gap, positions

_CLAUSE_SCOPED = ("aspire", "interest", "dislike", "weak")
_CLAUSE_SCOPED_SET = frozenset(_CLAUSE_SCOPED)
_CONTEXT_CUES = frozenset({"prof", "aspire", "interest", "dislike", "neg_before"})
# hits that neither carry a cue nor are skills: they do not end a cue's reach
_NEUTRAL = frozenset(
    {"expword", "change", "blocker", "degree", "title", "role_title", "led", "project", "trait_like", "trait_dislike"}
)
_LEVEL_ORDER = {"basic": 0, "mentioned": 1, "proficient": 2, "expert": 3}
_GRADE_ORDER = {g: i for i, g in enumerate(Grade)}
_PROJECT_SECTIONS = ("projects", "experience")


@dataclass(frozen=True, slots=True)
class _Patterns:
    years: re.Pattern[str]
    measured: re.Pattern[str]
    list_gap: re.Pattern[str]  # what may stand between two items of one list
    links: tuple[str, ...]  # " of ": years joined to the skill after them


def _patterns(kb: Knowledge) -> _Patterns:
    cached = kb._cache.get("patterns")
    if cached is None:
        lex = kb.lexicon
        forms = sorted((kb.fold(u) for u in lex.year_units), key=len, reverse=True)
        units = "|".join(re.escape(u) + ("(?![a-z])" if u.isascii() else "") for u in forms)
        more = "|".join(re.escape(kb.fold(w)) for w in sorted(lex.years.more, key=len, reverse=True))
        zh = numeral_class(lex.numerals.zh)
        # each pattern opens with a look-ahead at its first character: the engine skips
        # every other position at once (same matches, ~2x faster)
        years = re.compile(rf"(?=[\d{zh}])(?<![\d.])(\d{{1,2}}(?:\.\d)?|[{zh}]{{1,3}})\s*(?:{more})?\s*(?:{units})")
        mu = "|".join(sorted((re.escape(kb.fold(u)) for u in lex.grades.units), key=len, reverse=True))
        measured = re.compile(rf"(?=\d)(?:\d+(?:[.,]\d+)?\s*(?:{mu})(?![a-z])|\d+(?:\.\d+)?\s*(?:→|->|-&gt;)\s*\d)")
        words = lex.lists
        gap = list_gap(words.separators, words.joiners.zh + words.joiners.en)
        links = tuple(f" {kb.fold(w)} " for w in lex.years.links)
        cached = kb._cache["patterns"] = _Patterns(years, measured, gap, links)
    return cached


class _Analysis:
    """Per-document state: the normalised text, boundaries and hit lists."""

    def __init__(self, doc: Document, kb: Knowledge) -> None:
        self.doc, self.kb = doc, kb
        self.norm: Normalized = normalize_recent(doc.text, kb.variants)
        t = self.norm.text
        self.matcher: Matcher = matcher_for(kb)
        self.hits = self.matcher.scan(self.norm)
        self.hit_starts = [h.start for h in self.hits]
        self.sentences = positions(SENTENCE_BREAK, t)
        self.clauses = sorted(self.sentences + positions(CLAUSE_MARK, t))
        self.paragraphs = positions(PARAGRAPH_BREAK, t)
        pats = _patterns(kb)
        self.measured = [m.start() for m in pats.measured.finditer(t)]
        self.year_matches = list(pats.years.finditer(t))
        self.list_gap = pats.list_gap
        self.links = pats.links
        self.reach = kb.lexicon.reach

    def sentence(self, pos: int) -> int:
        return bisect_right(self.sentences, pos)

    def clause(self, pos: int) -> int:
        return bisect_right(self.clauses, pos)

    def paragraph(self, pos: int) -> int:
        return bisect_right(self.paragraphs, pos)

    def span(self, start: int, end: int) -> Span:
        s, e = self.norm.span(start, end)
        return Span(s, e, self.doc.text[s:e])


def extract(doc: Document, kb: Knowledge) -> Evidence:
    """Find every skill, title, trait, year count and degree in ``doc``, with spans."""
    a = _Analysis(doc, kb)
    skill_hits = _skill_hits(a)
    _grade(a, skill_hits)
    _years(a, skill_hits)
    _strengths(kb, skill_hits)

    skills: dict[str, SkillEvidence] = {}
    interests: dict[str, list[SkillHit]] = {}
    dislikes: dict[str, list[SkillHit]] = {}
    negated: dict[str, list[SkillHit]] = {}
    by_skill: dict[str, list[SkillHit]] = {}
    for h in skill_hits:
        by_skill.setdefault(h.skill, []).append(h)
        if h.negated:
            negated.setdefault(h.skill, []).append(h)
        elif h.dislike:
            dislikes.setdefault(h.skill, []).append(h)
        elif h.aspiration or h.interest:
            interests.setdefault(h.skill, []).append(h)
    sc = kb.scoring
    for sid, hs in by_skill.items():
        counted = [h for h in hs if h.counts]
        if not counted:
            continue
        best = max(counted, key=lambda h: h.strength)
        bonus = min(sc.repeat_bonus_cap, sc.repeat_bonus * (len(counted) - 1))
        years = max((h.years for h in counted if h.years), default=None)
        skills[sid] = SkillEvidence(
            skill=sid,
            strength=round(min(sc.strength_cap, best.strength + bonus), 4),
            level=max((h.level for h in counted), key=_LEVEL_ORDER.__getitem__),
            grade=max((h.grade for h in counted), key=_GRADE_ORDER.__getitem__),
            years=years,
            hits=hs,
        )
    traits = [
        TraitSignal(h.id, 1.0 if h.kind == "trait_like" else -1.0, a.span(h.start, h.end))
        for h in a.hits
        if h.kind in ("trait_like", "trait_dislike")
    ]
    titles = _unique_titles(a)
    degree, degree_span = _degree(a)
    return Evidence(
        text=doc.text,
        lang=doc.lang,
        skills=skills,
        interests=interests,
        dislikes=dislikes,
        negated=negated,
        traits=traits,
        titles=titles,
        years=_total_years(a, skill_hits),
        degree=degree,
        degree_span=degree_span,
        role_titles=_role_titles(a, kb),
    )


def _context_ok(a: _Analysis, h: Hit) -> bool:
    """A short alias ("C", "Go", "R") counts with a cue nearby or beside another skill
    (a ``cues_only`` skill: with one of its own cues only).

    Nearby: a hit touching ``lexicon.yaml -> reach.context`` characters either side of the
    alias; the skill's own cues (``Skill.cues``) are looked up in that window on demand."""
    window = a.reach.context
    lo, hi = h.start - window, h.end + window
    near = [
        o
        for o in a.hits[bisect_left(a.hit_starts, lo - a.matcher.longest) : bisect_right(a.hit_starts, hi)]
        if o is not h and o.end >= lo
    ]
    for o in near:
        if o.kind == "blocker" and o.start <= h.start and o.end >= h.end:
            return False
    if h.id not in a.matcher.cues_only:  # "attention", "accelerate": only their own cues count
        line = a.sentence(h.start)
        for o in near:
            if o.kind in _CONTEXT_CUES and 0 <= h.start - o.end <= 3:
                return True  # "精通 Go", "hate front-end work", "want to learn R"
            if o.kind == "skill" and o.id != h.id and a.sentence(o.start) == line:
                return True
    return a.matcher.cue_near(a.norm.text, h.id, lo, hi, (h.start, h.end))


def _skill_hits(a: _Analysis) -> list[SkillHit]:
    """Sweep the hits in order, attaching the cues in reach to each skill mention."""
    out: list[SkillHit] = []
    state: dict[str, tuple[Hit, int]] = {}  # cue kind -> (hit, sentence index)
    pending: list[tuple[SkillHit, int]] = []  # skills of the current clause, for cues after them
    seen: set[tuple[int, int, str]] = set()
    clause_of_state = -1
    last_item_end = 0
    skill_end = 0  # where the last skill mention ends: a cue inside it is part of its name
    text = a.norm.text
    sentences, clauses = a.sentences, a.clauses
    list_gap_match, cue_after = a.list_gap.match, a.reach.cue_after
    for h in a.hits:
        k = h.kind
        if h.start < skill_end and k not in ("skill", "ctx"):
            continue  # "learning" in "machine learning" is not "currently learning"
        sent = bisect_right(sentences, h.start)
        if state:
            for kind in [k for k, (_, s) in state.items() if s != sent]:
                del state[kind]
        clause = bisect_right(clauses, h.start)
        if pending:
            pending = [(sh, c) for sh, c in pending if c == clause]
        if k not in _NEUTRAL and clause != clause_of_state and not _CLAUSE_SCOPED_SET.isdisjoint(state):
            # "want to learn CUDA, Triton and NCCL": a list keeps the cue in reach
            if not (k in ("skill", "ctx") and list_gap_match(text[last_item_end : h.start])):
                for c in _CLAUSE_SCOPED:
                    state.pop(c, None)
            else:
                clause_of_state = clause
        if k in ("skill", "ctx"):
            if k == "ctx" and not _context_ok(a, h):
                continue
            key = (h.start, h.end, h.id)
            if key in seen:
                continue
            seen.add(key)
            sh = SkillHit(
                skill=h.id,
                span=a.span(h.start, h.end),
                alias=h.form,
                how="context" if k == "ctx" else "alias",
                section=a.doc.section_at(a.norm.starts[h.start]),
            )
            _apply_state(a, sh, state)
            out.append(sh)
            pending.append((sh, clause))
            last_item_end = h.end
            skill_end = max(skill_end, h.end)
        elif k == "break":
            state.clear()
        elif k == "prof":
            state.pop("neg", None)
            state.pop("aspire", None)
            # "Python（熟练）", "CUDA、C++：精通": the list just before the cue; a cue that
            # closes a list does not reach forward ("Python（熟练）、Go（了解）")
            applied = False
            edge = h.start
            for sh, _ in reversed(pending):
                end = _norm_index(a, sh.span.end)
                gap = text[end:edge]
                if edge - end > cue_after and not (edge < h.start and list_gap_match(gap)):
                    break
                if edge < h.start and not list_gap_match(gap):
                    break
                if sh.level == "mentioned":
                    sh.level = h.id
                    sh.cues.append(a.span(h.start, h.end))
                    applied = True
                edge = _norm_index(a, sh.span.start)
            if applied:
                state.pop("prof", None)
            else:
                state["prof"] = (h, sent)
        elif k in ("neg_before", "neg_after"):
            if k == "neg_before":
                state["neg"] = (h, sent)
                state.pop("prof", None)
            else:
                for sh, _ in pending:
                    if not sh.negated:
                        sh.negated = True
                        sh.cues.append(a.span(h.start, h.end))
        elif k in _CLAUSE_SCOPED:
            state[k] = (h, sent)
            clause_of_state, last_item_end = clause, h.end
            if k != "aspire":
                for sh, _ in pending:
                    setattr(sh, k, True)
                    sh.cues.append(a.span(h.start, h.end))
    return out


def _norm_index(a: _Analysis, original_pos: int) -> int:
    return bisect_right(a.norm.starts, original_pos - 1)


def _apply_state(a: _Analysis, sh: SkillHit, state: dict[str, tuple[Hit, int]]) -> None:
    if not state:
        return
    if "prof" in state:
        cue = state["prof"][0]
        sh.level = cue.id
        sh.cues.append(a.span(cue.start, cue.end))
    if "neg" in state:
        sh.negated = True
        sh.cues.append(a.span(state["neg"][0].start, state["neg"][0].end))
    for kind in ("aspire", "interest", "dislike", "weak"):
        if kind in state:
            setattr(sh, "aspiration" if kind == "aspire" else kind, True)
            cue = state[kind][0]
            sh.cues.append(a.span(cue.start, cue.end))


def _grade(a: _Analysis, hits: list[SkillHit]) -> None:
    """Grade each mention by the strongest proof in its sentence (or project paragraph)."""
    led_s: set[int] = set()
    proj_s: set[int] = set()
    change_s: set[int] = set()
    led_p: dict[int, list[int]] = {}
    shipped_p: dict[int, list[int]] = {}
    for h in a.hits:
        if h.kind == "led":
            led_s.add(a.sentence(h.start))
            led_p.setdefault(a.paragraph(h.start), []).append(h.start)
        elif h.kind == "project":
            proj_s.add(a.sentence(h.start))
        elif h.kind == "change":
            change_s.add(a.sentence(h.start))
    shipped_s = {a.sentence(p) for p in a.measured if a.sentence(p) in change_s}
    for p in a.measured:
        if a.sentence(p) in shipped_s:
            shipped_p.setdefault(a.paragraph(p), []).append(p)
    for sh in hits:
        pos = _norm_index(a, sh.span.start)
        s = a.sentence(pos)
        if s in led_s:
            sh.grade = Grade.led
        elif s in shipped_s:
            sh.grade = Grade.shipped
        elif sh.section in _PROJECT_SECTIONS:
            para = a.paragraph(pos)
            if _near(led_p.get(para, []), pos, a.reach.paragraph):
                sh.grade = Grade.led
            elif _near(shipped_p.get(para, []), pos, a.reach.paragraph):
                sh.grade = Grade.shipped
            else:
                sh.grade = Grade.project
        elif s in proj_s:
            sh.grade = Grade.project


def _near(positions: list[int], pos: int, reach: int) -> bool:
    return any(abs(p - pos) <= reach for p in positions)


def _years(a: _Analysis, hits: list[SkillHit]) -> None:
    """Years said right beside a skill ("5年Java", "Java 5年", "5 years of Java")."""
    if not a.year_matches:
        return
    beside, linked, numerals = a.reach.years_beside, a.reach.years_linked, a.kb.lexicon.numerals.zh
    most = a.kb.lexicon.years.skill_max
    by_clause: dict[int, list[re.Match[str]]] = {}
    for m in a.year_matches:
        by_clause.setdefault(a.clause(m.start()), []).append(m)
    for sh in hits:
        pos = _norm_index(a, sh.span.start)
        in_clause = by_clause.get(a.clause(pos))
        if not in_clause:
            continue
        end = _norm_index(a, sh.span.end)
        for m in in_clause:
            gap = pos - m.end() if m.end() <= pos else m.start() - end
            if 0 <= gap <= beside or (
                m.end() <= pos and gap <= linked and any(w in a.norm.text[m.end() : pos + 1] for w in a.links)
            ):
                value = parse_number(m.group(1), numerals)
                if value and value <= most:
                    sh.years = max(sh.years or 0.0, value)


def _total_years(a: _Analysis, hits: list[SkillHit]) -> float | None:
    exp = [h.start for h in a.hits if h.kind in ("expword", "title")]
    best: float | None = None
    r, numerals, most = a.reach.years_experience, a.kb.lexicon.numerals.zh, a.kb.lexicon.years.total_max
    for m in a.year_matches:
        if any(-r <= p - m.end() <= r or -r <= m.start() - p <= r for p in exp):
            value = parse_number(m.group(1), numerals)
            if value and value <= most:
                best = max(best or 0.0, value)
    if best is None:
        best = max((h.years for h in hits if h.years and h.counts), default=None)
    return best


def _strengths(kb: Knowledge, hits: list[SkillHit]) -> None:
    sc = kb.scoring
    for h in hits:
        if h.negated:
            h.strength = sc.negated
            continue
        if h.aspiration or h.dislike:
            h.strength = sc.aspiration
            continue
        level = "basic" if h.interest else h.level  # "I like Python": some Python, not proof
        value = sc.levels[level] * sc.grades[h.grade] * sc.sections.get(h.section, 1.0)
        if h.weak:
            value *= sc.weak
        if h.years:
            value += min(sc.years_bonus_cap, sc.years_bonus_per_year * h.years)
        h.strength = round(min(1.0, value), 4)


def _unique_titles(a: _Analysis) -> list[TitleHit]:
    out: list[TitleHit] = []
    seen: set[tuple[str, int]] = set()
    for h in a.hits:
        if h.kind == "title" and (h.id, h.start) not in seen:
            seen.add((h.id, h.start))
            out.append(TitleHit(h.id, a.span(h.start, h.end)))
    return out


def _role_titles(a: _Analysis, kb: Knowledge) -> list[RoleTitleHit]:
    out: list[RoleTitleHit] = []
    for h in a.hits:
        if h.kind == "role_title":
            weight = kb.scoring.sections.get(a.doc.section_at(a.norm.starts[h.start]), 1.0)
            out.append(RoleTitleHit(h.id, a.span(h.start, h.end), weight))
    return out


def _degree(a: _Analysis) -> tuple[str | None, Span | None]:
    rank = a.kb.lexicon.degree_rank
    best: Hit | None = None
    for h in a.hits:
        if h.kind == "degree" and (best is None or rank(h.id) > rank(best.id)):
            best = h
    return (best.id, a.span(best.start, best.end)) if best else (None, None)
