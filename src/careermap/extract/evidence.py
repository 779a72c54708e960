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
from collections.abc import Callable
from dataclasses import dataclass

from careermap.extract.matcher import (
    Guard,
    Hit,
    Matcher,
    _alternation,
    everyday_near,
    matcher_for,
    spelling,
    words_near,
)
from careermap.extract.models import Evidence, RoleTitleHit, SkillEvidence, SkillHit, Span, TitleHit, TraitSignal
from careermap.extract.scope import (
    EFFECT,
    HEADS,
    Item,
    Outcomes,
    Own,
    Refs,
    Scopes,
    any_between,
    block_end,
    heading_at,
    label_line,
    none_near,
    spoken,
    worded,
    writer_in,
)
from careermap.ingest.document import Document
from careermap.knowledge.loader import Knowledge
from careermap.knowledge.models import Grade
from careermap.text.normalize import Normalized, normalize_recent
from careermap.text.numerals import leading_number, numeral_class, parse_number
from careermap.text.scripts import HAN_CLASS
from careermap.text.split import (
    CLAUSE_CHARS,
    PARAGRAPH_BREAK,
    SENTENCE_BREAK,
    char_positions,
    list_gap,
    needles,
    positions,
)

_CONTEXT_CUES = frozenset({"prof", "aspire", "interest", "dislike", "neg_before"})
# of those, the cues of knowing or not knowing: right before an everyday word they still say the tool ("熟悉 Kafka"),
# where a wish, a like or a dislike is said of everyday things too ("I hate celery in my soup", "want to take the helm")
_KNOWING_CUES = frozenset({"prof", "neg_before"})
# the words that decide a mention's status (extract/scope.py): they end a proficiency word's reach
# (not the words that are cues only as a heading, "Gaps:", "短板：": inside a sentence they say nothing)
_STATUS_CUES = frozenset({*EFFECT, "negator"} - HEADS)
# what may follow a level said only after its skill: a particle, then the clause's end or the next item of a
# spaced list ("Python 熟 Go 一般", "k8s just so so。", "CUDA 就一般了")
_ENDS_CLAUSE = re.compile(r"[ \t]*+[的了啦吧哈呢啊]?[ \t]*+(?:$|[，,。.;；、!！?？)）/|\n~～])")
_NEXT_ITEM = re.compile(r"[ \t]*+[的了啦吧哈呢啊]?[ \t]+[a-z]")  # after a Chinese word only: not "advanced topics"
# what may stand between a skill and a level said after it: a topic's marker, an adverb, the aspect rated
# ("Golang 的话 intermediate", "Linux 命令门儿清", "SQL 也一般", "CUDA (basic)"), not another noun ("RAG 效果一般")
# what may follow a level's words that label the lines under them: a link word, the colon ("Comfortable with:")
_LEVEL_LABEL_TAIL = re.compile(r"[ \t]*(?:(?:with|in|at|of|on)[ \t]*)?:?[ \t]*")
_AFTER_GAP = re.compile(
    r"(?:[也就还都我算是很挺真但\s(（:：\-–—]|能写|会写|的话|水平|属于|写得|用得|玩得|命令|语法|方面|这块|这边|基本)*"
)
# hits that neither carry a cue nor are skills: they do not end a cue's reach
_NEUTRAL = frozenset(
    {
        "expword",
        "change",
        "blocker",
        "degree",
        "title",
        "not_title",
        "role_title",
        "led",
        "project",
        "trait_like",
        "trait_dislike",
        "field",
        "self_before",
        "self_after",
    }
)
# between a self-description and the field it names: "干了五年运维", "做了 3 年多的测试", "worked in QA"
_SELF_GAP = r"^(?:[\s\d{numerals}几多年个月的了]|years?\b|of\b|an?\b|the\b)*$"
_NEGATED_PROFICIENCY = 2  # "并不熟悉", "not really familiar": a proficiency word this close after a negator
# an item of a list the knowledge base does not know ("dbt" in "Airflow, dbt and Snowflake")
_UNKNOWN_ITEM = re.compile(rf"[a-z][a-z0-9.+#-]*|[{HAN_CLASS}]+")
_UNKNOWN_ITEMS = 2
_UNKNOWN_ITEM_CHARS = 12
_LEVEL_ORDER = {"basic": 0, "mentioned": 1, "proficient": 2, "expert": 3}
_GRADE_ORDER = {g: i for i, g in enumerate(Grade)}
_PROJECT_SECTIONS = ("projects", "experience")


@dataclass(frozen=True, slots=True)
class _Patterns:
    years: re.Pattern[str]
    year_units: tuple[str, ...]  # a text holds one of these where ``years`` can match (:func:`needles`)
    measured: re.Pattern[str]  # a number with a unit or an arrow, from the first digit of a run
    measured_at: re.Pattern[str]  # the same, from any digit
    list_gap: re.Pattern[str]  # what may stand between two items of one list
    links: tuple[str, ...]  # " of ": years joined to the skill after them
    self_gap: re.Pattern[str]  # between a self-description and its field word


def _patterns(kb: Knowledge) -> _Patterns:
    cached = kb._cache.get("patterns")
    if cached is None:
        lex = kb.lexicon
        forms = sorted((kb.fold(u) for u in lex.year_units), key=len, reverse=True)
        units = "|".join(re.escape(u) + ("(?![a-z])" if u.isascii() else "") for u in forms)
        more = "|".join(re.escape(kb.fold(w)) for w in sorted(lex.years.more, key=len, reverse=True))
        zh = numeral_class(lex.numerals.zh)
        # each pattern opens with a character class: the engine skips every other position at once
        number = leading_number(zh, most=3, not_after=r"[\d.]")  # not "23" of "123", nor "3" of "1.5.3"
        # one way to read the spaces around "+"/"多" (two runs of spaces side by side: quadratic)
        years = re.compile(rf"{number}\s*(?:(?:{more})\s*)?(?:{units})")
        mu = "|".join(sorted((re.escape(kb.fold(u)) for u in lex.grades.units), key=len, reverse=True))
        # "30%", "200ms", "5x", "1.2s → 300ms": a number with a unit, or before an arrow; see _measured_at
        measured_at = re.compile(rf"\d(?:\d*(?:[.,]\d+)?\s*(?:{mu})(?![a-z])|\d*(?:\.\d+)?\s*(?:→|->|-&gt;)\s*\d)")
        # (a unit that opened with a digit would match after a digit: then every digit is tried)
        first = "" if any(u[:1].isdecimal() for u in lex.grades.units) else r"(?<!\d\d)"
        measured = re.compile(rf"\d{first}{measured_at.pattern[2:]}")
        words = lex.lists
        gap = list_gap(words.separators, words.joiners.zh + words.joiners.en)
        links = tuple(f" {kb.fold(w)} " for w in lex.years.links)
        self_gap = re.compile(_SELF_GAP.format(numerals=zh))
        cached = kb._cache["patterns"] = _Patterns(years, needles(forms), measured, measured_at, gap, links, self_gap)
    return cached


def _measured_at(pats: _Patterns, text: str) -> list[int]:
    """Where each match of ``pats.measured_at`` starts, read the way ``finditer`` reads: one pass.

    A match that starts at a digit after another digit is a match from the first digit of the run
    as well, read first, which spans the whole run; so only a run's first digit is tried (each try
    from a later digit of a long run would read the rest of it again: quadratic). The exception is
    where a match ends inside a run, on the one digit after an arrow ("1->23ms"): from there, the
    next digit is tried too, as ``finditer`` would.
    """
    out: list[int] = []
    search, match = pats.measured.search, pats.measured_at.match
    m = search(text)
    while m is not None:
        out.append(m.start())
        end = m.end()
        m = match(text, end) if end < len(text) and text[end - 1 : end + 1].isdecimal() else None
        if m is None:
            m = search(text, end)
    return out


# a web address as written: a scheme or "www.", then no space, quote, bracket or Chinese punctuation
_LINK = re.compile(r"(?:\b[a-z][a-z0-9+.\-]{1,15}://|\bwww\.)[^\s<>\"'，。；、）)\]]++")


_SCHEME_REACH = 16  # how far before its "://" a link's scheme may start (a letter, then up to 15 more)


def _links(text: str) -> list[tuple[int, int]]:
    """The spans of ``_LINK`` in ``text``, as its ``finditer`` finds them, looked for only from a little before
    each "://" or "www." (a link holds one near its start): no pass over the prose between links."""
    out: list[tuple[int, int]] = []
    pos, n = 0, len(text)
    while pos <= n:
        scheme, www = text.find("://", pos), text.find("www.", pos)
        if scheme == -1 and www == -1:
            break
        at = min(scheme - _SCHEME_REACH if scheme != -1 else n, www if www != -1 else n)
        m = _LINK.search(text, max(pos, at))
        if m is None:
            break
        out.append(m.span())
        pos = m.end()  # (a link is never empty)
    return out


class _Analysis:
    """Per-document state: the normalised text, boundaries and hit lists."""

    def __init__(self, doc: Document, kb: Knowledge) -> None:
        self.doc, self.kb = doc, kb
        self.norm: Normalized = normalize_recent(doc.text, kb.variants)
        t = self.norm.text
        starts = self.norm.starts
        # each normalised character is the character written there (no NFKC expansion)
        self.same_offsets = type(starts) is range and starts.start == 0 and starts.step == 1
        self.size = len(starts)
        self.matcher: Matcher = matcher_for(kb)
        self.hits = self.matcher.scan(self.norm)
        if "://" in t or "www." in t:  # a link's words are an address, not a claim ("…/careers/ml-engineer")
            links = _links(t)
            self.hits = [h for h in self.hits if not any(lo <= h.start < hi for lo, hi in links)]
        blocks = [(h.start, h.end) for h in self.hits if h.kind == "blocker"]
        if blocks and any(h.kind == "prof" for h in self.hits):
            # a level word inside words that block it is none ("Visual Basic 6.0", "beyond basic data annotation")
            self.hits = [
                h for h in self.hits if h.kind != "prof" or not any(lo <= h.start and h.end <= hi for lo, hi in blocks)
            ]
        after = self.matcher.prof_after
        if any(h.kind == "prof" and h.form in after for h in self.hits):
            # a level said only after its skill ends its clause ("C++ 一般。"), else it is another word ("一般来说")
            # one said before a skill too stands right before it ("Intermediate Spark", not "basic queries only")
            both, hits = self.matcher.prof_both, self.hits
            self.hits = [
                h
                for i, h in enumerate(hits)
                if h.kind != "prof"
                or h.form not in after
                or _ENDS_CLAUSE.match(t, h.end)
                or (not h.form.isascii() and _NEXT_ITEM.match(t, h.end))
                or (h.form in both and _skill_next(hits, i, t))
            ]
        self.hit_starts = [h.start for h in self.hits]
        self.sentences = positions(SENTENCE_BREAK, t)
        self.clauses = sorted(self.sentences + char_positions(t, CLAUSE_CHARS))
        self.paragraphs = positions(PARAGRAPH_BREAK, t)
        pats = _patterns(kb)
        self.measured = _measured_at(pats, t)
        self.year_matches = list(pats.years.finditer(t)) if any(u in t for u in pats.year_units) else []
        self.list_gap = pats.list_gap
        self.links = pats.links
        self.self_gap = pats.self_gap
        self.reach = kb.lexicon.reach
        self.clause_skills: dict[int, tuple[str, ...]] = {}  # (see _beside_skill)

    def sentence(self, pos: int) -> int:
        return bisect_right(self.sentences, pos)

    def clause(self, pos: int) -> int:
        return bisect_right(self.clauses, pos)

    def paragraph(self, pos: int) -> int:
        return bisect_right(self.paragraphs, pos)

    def span(self, start: int, end: int) -> Span:
        s, e = (start, end) if self.same_offsets and 0 <= start < end <= self.size else self.norm.span(start, end)
        return Span(s, e, self.doc.text[s:e])


def extract(doc: Document, kb: Knowledge) -> Evidence:
    """Find every skill, title, trait, year count and degree in ``doc``, with spans; each skill
    mention with its status (has, lacks, wants, heard of; :mod:`careermap.extract.scope`)."""
    a = _Analysis(doc, kb)
    skill_hits, where = _skill_hits(a)
    titles = _statuses(a, skill_hits, where, _unique_titles(a))
    _liked_not_had(skill_hits)
    _grade(a, skill_hits)
    _years(a, skill_hits)
    _strengths(kb, skill_hits)

    skills: dict[str, SkillEvidence] = {}
    places: dict[str, dict[str, list[SkillHit]]] = {p: {} for p in ("wants", "dislike", "lacks", "heard_of")}
    by_skill: dict[str, list[SkillHit]] = {}
    for h in skill_hits:
        by_skill.setdefault(h.skill, []).append(h)
    sc = kb.scoring
    for sid, hs in by_skill.items():
        counted = [h for h in hs if h.strength > 0]  # (SkillHit.counts)
        if not counted:  # one skill, one place: what it is wanted, disliked, lacked or heard of
            place = next((p for p in _PLACES if any(_place_of(h) == p for h in hs)), None)
            if place is not None:  # (a skill had only where nothing counts, a posting's perks, is nowhere)
                places[place][sid] = [h for h in hs if _place_of(h) == place]
            continue
        best, level, grade, years = _highest(counted)
        bonus = min(sc.repeat_bonus_cap, sc.repeat_bonus * (len(counted) - 1))
        skills[sid] = SkillEvidence(
            skill=sid,
            strength=round(min(sc.strength_cap, best + bonus), 4),
            level=level,
            grade=grade,
            years=years,
            hits=hs,
        )
    traits = _traits(a)
    degree, degree_span = _degree(a)
    return Evidence(
        text=doc.text,
        lang=doc.lang,
        skills=skills,
        interests=places["wants"],
        dislikes=places["dislike"],
        negated=places["lacks"],
        heard_of=places["heard_of"],
        traits=traits,
        titles=titles,
        years=_total_years(a, skill_hits),
        degree=degree,
        degree_span=degree_span,
        role_titles=_role_titles(a, kb),
    )


def _highest(counted: list[SkillHit]) -> tuple[float, str, Grade, float | None]:
    """The highest strength, level, grade and years (``None``: none said) of a skill's mentions
    that count, in one pass (most skills have one)."""
    first = counted[0]
    strength, level, grade, years = first.strength, first.level, first.grade, first.years or None
    for h in counted[1:]:
        strength = max(strength, h.strength)
        if _LEVEL_ORDER[h.level] > _LEVEL_ORDER[level]:
            level = h.level
        if _GRADE_ORDER[h.grade] > _GRADE_ORDER[grade]:
            grade = h.grade
        if h.years and (years is None or h.years > years):
            years = h.years
    return strength, level, grade, years


# where a skill that is not had stands, when its mentions say several things: the first that applies
_PLACES = ("wants", "dislike", "lacks", "heard_of")


def _traits(a: _Analysis) -> list[TraitSignal]:
    """Stated likes and dislikes of a trait: its phrases ("喜欢推导公式"), or one of its topic words
    with the nearest like or dislike word of the same sentence, not across a contrast word ("The
    part I enjoy most is squeezing latency", "业务逻辑写腻了"); one signal a trait per sentence."""
    out = [
        TraitSignal(h.id, 1.0 if h.kind == "trait_like" else -1.0, a.span(h.start, h.end))
        for h in a.hits
        if h.kind in ("trait_like", "trait_dislike")
    ]
    weight = a.kb.scoring.topic_trait_weight
    cues = [h for h in a.hits if h.kind in ("like", "dislike")]
    if not weight or not cues:
        return out
    text, topic_of = a.norm.text, a.matcher.topic_of
    said = {(s.trait, a.sentence(_norm_index(a, s.span.start))) for s in out if s.span}
    breaks = [h.start for h in a.hits if h.kind == "break"]
    for sentence in dict.fromkeys(a.sentence(c.start) for c in cues):
        lo = a.sentences[sentence - 1] + 1 if sentence > 0 else 0
        hi = a.sentences[sentence] if sentence < len(a.sentences) else len(text)
        here = [c for c in cues if lo <= c.start < hi]
        for m in a.matcher.topics.finditer(text, lo, hi):
            trait = topic_of[m.group()]
            # the nearest like or dislike word on the same side of every contrast word ("喜欢后端，但讨厌测试")
            side = bisect_right(breaks, m.start())
            near = [c for c in here if bisect_right(breaks, c.start) == side]
            if not near or (trait, sentence) in said:
                continue
            cue = min(near, key=lambda c: abs(c.start - m.start()))
            said.add((trait, sentence))
            span = a.span(min(cue.start, m.start()), max(cue.end, m.end()))
            out.append(TraitSignal(trait, weight if cue.kind == "like" else -weight, span))
    return out


def _place_of(h: SkillHit) -> str:
    return "dislike" if h.dislike and h.status == "has" else h.status


def _context_ok(a: _Analysis, h: Hit) -> bool:
    """A short alias ("C", "Go", "R") counts with a cue nearby or beside another skill
    (a ``cues_only`` skill: with one of its own cues only).

    Nearby: a hit touching ``lexicon.yaml -> reach.context`` characters either side of the
    alias (a status cue: ``reach.status_context``, in the same clause: "I don't know R", "调参我觉得
    挺无聊"); the skill's own cues (``Skill.cues``) are looked up in that window on demand."""
    near = _hits_near(a, h, a.reach.context)
    for o in near:
        if o.kind == "blocker" and o.start <= h.start and o.end >= h.end:
            return False
    if h.id not in a.matcher.cues_only:  # "attention", "accelerate": only their own cues count
        if _listed_or_cued(a, h, near):
            return True
        clause, reach = a.clause(h.start), a.reach.status_context
        for o in _hits_near(a, h, reach):
            gap = h.start - o.end if o.end <= h.start else o.start - h.end
            if o.kind in _STATUS_CUES and 0 <= gap <= reach and a.clause(o.start) == clause:
                return True
        if _refs(a).fragment.match(a.norm.text, h.end) and a.doc.text[a.norm.starts[h.start]].isupper():
            return True  # a bare answer about it, the name written as a name ("Go? Not really.", "R: none")
        if a.doc.text[a.norm.starts[h.start]].isupper() and any(
            o.kind in _FEELINGS and _ASKED.fullmatch(a.norm.text, h.end, o.start) for o in near
        ):
            return True  # a feeling answered about it, the name written as a name ("Frontend? Not for me.")
        if h.form.lower() in a.matcher.names_alone and _named_alone(a, h):
            return True
    lo, hi = h.start - a.reach.context, h.end + a.reach.context
    return a.matcher.cue_near(a.norm.text, h.id, lo, hi, (h.start, h.end))


# a feeling said right after a name and its question mark or colon ("Frontend? Not for me.", "Go: never again")
_FEELINGS = frozenset({"dislike", "interest", "like"})
_ASKED = re.compile(r"[ \t]*[?？:：\-–—]+[ \t]*")
# what follows a name and its question mark when the writer answers about it: a negator, a level or a bare answer
_ANSWER_AFTER = frozenset({"neg_before", "neg_after", "prof", "degree"})


def _named_alone(a: _Analysis, h: Hit) -> bool:
    """Whether a short tool name (``lexicon.yaml -> names_alone``) is the tool by where it stands: alone in Chinese
    prose ("Go 还在摸索", "Spring 那套"), written with a capital right after the writer's doing ("I do React",
    "learn Go") or joined to a thing built on it (``name_after``: "a React-based dashboard"), or opening its
    sentence, written with a capital, before a question mark and the writer's answer ("Ray? never touched it",
    "React？天天写")."""
    if _alone_in_chinese(a, h):
        return True
    text = a.norm.text
    if not a.doc.text[a.norm.starts[h.start]].isupper():
        return False
    if text.startswith(a.matcher.name_after, h.end):
        return True  # joined to a thing built on it, written as a name: "a React-based dashboard"
    if _right_before(a, h, a.matcher.name_before):
        return True
    i = a.sentence(h.start)
    first = a.sentences[i - 1] + 1 if i > 0 else 0
    if text[first : h.start].strip():
        return False
    mark = text[h.end : h.end + 1]
    asked = mark in ("?", "？")
    rest = text[h.end + 1 if asked else h.end : h.end + 24].lstrip()
    if not asked and not (mark == " " and rest.startswith("i")):
        return False  # with no question mark, only the writer's words right after ("Helm I've used a bit")
    for w in a.matcher.name_answers:
        if rest.startswith(w) and (len(rest) == len(w) or not rest[len(w)].isalnum() or not w.isascii()):
            return True
    if not asked:
        return False
    # a bare answer, alone or before a word of doing ("Ray? never touched it", "Go？没写过"; not "Ray? Never met him.")
    m = _refs(a).answer.match(rest)
    if m:
        tail = rest[m.end() :].lstrip()
        if not tail[:1].isalnum() or a.matcher.predicates.match(tail) or tail.startswith(a.matcher.name_before):
            return True
    return any(o.kind in _ANSWER_AFTER and 0 < o.start - h.end <= 3 for o in _hits_near(a, h, 4))


def _listed_or_cued(a: _Analysis, h: Hit, near: list[Hit]) -> bool:
    """Whether a mention stands right after a cue ("精通 Go", "want to learn R") or beside another
    skill of its sentence ("Shell, Python")."""
    line = a.sentence(h.start)
    for o in near:
        if o.kind in _CONTEXT_CUES and 0 <= h.start - o.end <= 3:
            return True
        if o.kind == "skill" and o.id != h.id and a.sentence(o.start) == line:
            return True
    return False


def _sense_ok(a: _Analysis, h: Hit) -> bool:
    """A guarded alias (``Skill.senses``) counts when none of its ``avoid`` words stands near it in
    its sentence and, with ``need`` words, one of them does or it stands in a list or after a cue."""
    if h.id not in a.matcher.guarded:
        return True
    guard = a.matcher.guard(h.id, h.form)
    if guard is None:
        return True
    if guard.spelled and spelling(a.norm, h.start, h.end) in guard.spelled:
        return False  # "ReAct": written so, the other sense wherever it stands
    text, reach = a.norm.text, a.reach.sense
    i = a.sentence(h.start)
    first = a.sentences[i - 1] + 1 if i > 0 else 0
    last = a.sentences[i] if i < len(a.sentences) else len(text)
    lo, hi, own = max(first, h.start - reach), min(last, h.end + reach), (h.start, h.end)
    # a Latin alias beside another skill of its clause: its clause says which
    # ("用 pandas 做数据清洗，业余去基地拍熊猫");
    # a Chinese one stands inside words of its own ("数学推理、逻辑推理") and is read by them
    # (read here only for the ``avoid`` words; without them, only where an everyday word stands near)
    beside = bool(guard.avoid) and h.form.isascii() and _beside_skill(a, h)
    if beside:
        c_lo, c_hi = _clause_bounds(a, h.start)
        lo, hi = max(lo, c_lo), min(hi, c_hi)
    if guard.avoid and _avoided(a, h, guard.avoid, lo, hi, beside) and not _put_to_work(a, h, guard.avoid, lo, hi):
        return False
    if (
        guard.avoid
        and not beside
        and _THING_BEFORE.search(text, max(0, h.start - 12), h.start)
        and _avoided_next_door(a, h, guard.avoid, i, first, last)
    ):
        return False
    if guard.avoid:
        if not beside and _everyday(a, h, guard, (lo, hi)):
            return False
    elif _everyday(a, h, guard, (lo, hi)) and not (h.form.isascii() and _beside_skill(a, h)):
        return False
    if not guard.need or words_near(text, guard.need, lo, hi, own):
        return True
    if guard.technical and (
        _skill_near(a, h, reach)
        or _right_before(a, h, a.matcher.technical_before)
        or _written_as_a_name(a, h)
        or _alone_in_chinese(a, h)
        or _doing_to_me(a, h)
    ):
        return True
    return _listed_or_cued(a, h, _hits_near(a, h, a.reach.context))


def _put_to_work(a: _Analysis, h: Hit, avoid: tuple[str, ...], lo: int, hi: int) -> bool:
    """Whether a Latin alias is the object of a word of doing right before it and its clause holds a word of
    building software or data after it ("喝着咖啡用 Java 写代码", "用 Flask 给化学实验室写了个管理系统", "用 pandas
    分析熊猫基地的游客数据"): the tool put to work, whatever other-sense word stands near; not "用 Flask 装试剂", nor
    in a list of skills, where the avoid words tell two tools apart ("精通 Yarn、Spark": Hadoop's, not the package
    manager), nor where an avoid word holds the alias itself ("used tf.data")."""
    if not h.form.isascii() or not _right_before(a, h, a.matcher.doing_before):
        return False
    text = a.norm.text
    holding = _split_avoid(avoid, text[h.start : h.end])[1]
    if holding and words_near(text, holding, lo, hi, (h.start, h.end)):
        return False
    _, c_hi = _clause_bounds(a, h.start)
    if not words_near(text, a.matcher.technical, h.end, c_hi, (h.start, h.end), inside=False):
        return False
    for o in _hits_near(a, h, a.reach.context):
        if o.kind == "skill" and o.id != h.id:
            gap = text[o.end : h.start] if o.end <= h.start else text[h.end : o.start]
            if a.list_gap.match(gap):
                return False
    return True


def _everyday(a: _Analysis, h: Hit, guard: Guard, span: tuple[int, int]) -> bool:
    """Whether a word of everyday life or another trade (``lexicon.yaml -> everyday``) stands in reach of a
    guarded alias with nothing that says software: no technical word (but those other trades use as much:
    ``technical_everyday``; none inside the alias itself: the "服务" of "售后服务") or its own ``need`` word near
    it, no skill near. A word of a walk of life the guard names (``Guard.family``: the shopper, the student) reads
    as one of everyday life, and there a word of using or learning right before the alias says that walk of life's
    use of it ("我用小程序点外卖"), not the tool's (``technical_before_uses``; "负责" still does)
    (by an alias no guard holds), no cue of knowing right before it, no word of using or knowing right before
    it (``technical_before`` but its prepositions: "write Rust", "学 Rust", not "covered in rust"), no tool's
    spelling ("the rust under my car", "the pilot and copilot", "a campfire spark"; not "I taught the kids
    Python scripting at a summer camp"). Alone in Chinese prose an English word is no tool by that
    ("我爸是电工，天天跟 transformer 和电线打交道"); a wish, a like or a dislike is said of everyday things
    too ("I hate celery in my soup")."""
    text, (lo, hi), own = a.norm.text, span, (h.start, h.end)
    family = bool(guard.family) and words_near(text, guard.family, lo, hi, own)
    if not family and not (guard.everyday and everyday_near(a.matcher, text, lo, hi, own)):
        return False
    return not (
        words_near(text, a.matcher.technical, lo, hi, own, inside=False)
        or (guard.own and words_near(text, guard.own, lo, hi, own))
        or _skill_near(a, h, a.reach.sense, plain=True)
        or _right_before(a, h, a.matcher.tending_before if family else a.matcher.doing_before)
        or _written_as_a_name(a, h)
        or any(o.kind in _KNOWING_CUES and 0 <= h.start - o.end <= 3 for o in _hits_near(a, h, a.reach.context))
    )


# a tool's name as the subject of what it does to the writer: "Tableau drives me nuts", "Swift burned me out"
_TO_ME = re.compile(
    r"\s+(?!(?:is|was|are|were|and|or|with|to|for|at|in|of|by|from|like|called|named|told|asked|met|married)\s)"
    r"[a-z]+\s+(?:me|my)\b"
)


def _doing_to_me(a: _Analysis, h: Hit) -> bool:
    """Whether the alias, written with a capital, is the subject of one verb whose object is the writer
    ("Tableau drives me nuts", "Swift burned me out", "Celery saved my weekend"): the tool that wore them out;
    an everyday word takes more words before the verb ("a swift reply made my day", "the puppet show scared me")."""
    return spelling(a.norm, h.start, h.end)[:1].isupper() and _TO_ME.match(a.norm.text, h.end) is not None


def _written_as_a_name(a: _Analysis, h: Hit) -> bool:
    """Whether the alias is written with two capitals or more ("MoE", "CoT", "SOAP", "GIT"): a tool's name,
    where the everyday word is written in lower case or with one capital ("Moe", "a cot")."""
    return sum(ch.isupper() for ch in spelling(a.norm, h.start, h.end)) >= 2


# a Latin alias standing alone among Chinese: "不熟 Git 的时候", "对 Ansible 没热情", "Hive 简直噩梦"
_HAN_BEFORE = re.compile(rf"(?:^|[{HAN_CLASS}，。、；：！？（）\n]) ?$")
_HAN_AFTER = re.compile(rf" ?(?:$|[{HAN_CLASS}，。、；：！？（）\n])")
_HAN = re.compile(rf"[{HAN_CLASS}]")


def _alone_in_chinese(a: _Analysis, h: Hit) -> bool:
    """Whether a Latin alias stands alone in a Chinese sentence, Chinese characters or the sentence's ends on both
    sides: in Chinese prose an English word is the tool's name ("新来的人不熟 Git"); the everyday English word
    comes with more English ("生日 birthday bash") or with its own other-sense words (``avoid``)."""
    if not h.form.isascii():
        return False
    text = a.norm.text
    before, after = text[max(0, h.start - 2) : h.start], text[h.end : h.end + 2]
    if not (_HAN_BEFORE.search(before) and _HAN_AFTER.match(after)):
        return False
    return _HAN.search(before + after) is not None


def _right_before(a: _Analysis, h: Hit, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` stands right before ``h``, a space at most between ("use Git", "会 Bash",
    "learn Go"), itself a whole word ("in", not the end of "begin")."""
    before = a.norm.text[max(0, h.start - 24) : h.start]
    before = before[:-1] if before.endswith(" ") else before
    for w in words:
        if before.endswith(w):
            at = len(before) - len(w)
            if at == 0 or not (before[at - 1].isalnum() and w[0].isascii()):
                return True
    return False


def _skill_near(a: _Analysis, h: Hit, reach: int, plain: bool = False) -> bool:
    """Whether a skill named by an alias that is no everyday word first stands this close to ``h``, on its
    line or the next ones ("* Terraform\n* Python", "Tableau- Experience - 24 months | Python- Experience");
    another alias of the same skill counts ("DolphinScheduler / Airflow"), the same word again does not;
    ``plain``: only a skill named by an alias no guard holds ("the zookeeper said the pandas sleep" names none)."""
    form = h.form.lower()
    for o in _hits_near(a, h, reach):
        if o.kind != "skill" or (o.id == h.id and o.form.lower() == form):
            continue
        guard = a.matcher.guard(o.id, o.form)
        if guard is None or not (plain or guard.technical):
            return True
    return False


# a thing, not a tool: "the python", "a transformer", "那条 python" (an article or a measure word right before)
_THING_BEFORE = re.compile(r"(?:\b(?:the|a|an|this|that|my|our|his|her|their)\s+|(?:那|这|一)(?:条|只|头|台|个)\s*)$")


def _avoided_next_door(a: _Analysis, h: Hit, avoid: tuple[str, ...], i: int, first: int, last: int) -> bool:
    """Whether an ``avoid`` word stands in the sentence right before or after a lone mention, on its
    line and in reach, where that sentence names no skill ("We spent Sunday at the zoo. The python was
    enormous."): a short story sets the sense one sentence ahead; a posting's next line does not."""
    text, reach = a.norm.text, a.reach.sense
    spans = []
    if i > 0:  # the sentence before: from the break before it to this sentence's start
        start = a.sentences[i - 2] + 1 if i > 1 else 0
        spans.append((max(start, h.start - reach), first))
    if i < len(a.sentences):
        stop = a.sentences[i + 1] if i + 1 < len(a.sentences) else len(text)
        spans.append((last, min(stop, h.end + reach)))
    for lo, hi in spans:
        if lo >= hi or "\n" in text[min(lo, h.start) : max(hi, h.end)]:
            continue
        j = bisect_left(a.hit_starts, lo)
        if any(o.kind == "skill" and o.start < hi for o in a.hits[j : j + 8] if o is not h):
            continue
        if words_near(text, avoid, lo, hi):
            return True
    return False


def _avoided(a: _Analysis, h: Hit, avoid: tuple[str, ...], lo: int, hi: int, beside: bool) -> bool:
    """Whether an ``avoid`` word stands near ``h``; one that holds the alias itself ("power transformer")
    speaks of the mention it holds (or one listed with it), not of another one when the alias stands
    ``beside`` a skill of its clause ("a Transformer model in PyTorch … power transformer failures")."""
    text, own = a.norm.text, (h.start, h.end)
    alias = text[h.start : h.end]
    plain, holding = _split_avoid(avoid, alias)
    if plain and words_near(text, plain, lo, hi, own):
        return True
    if not holding or not words_near(text, holding, lo, hi, own):
        return False
    if not beside:
        return True  # nothing of its own clause says otherwise
    for w in holding:  # only where it holds this mention, or one listed with it
        at = text.find(w, max(0, lo - len(w)), hi + len(w))
        while at != -1:
            covers = at <= h.start and h.end <= at + len(w)
            between = text[min(h.end, at + len(w)) : max(h.start, at)]
            if words_near(text, (w,), at, at + len(w)) and (covers or a.list_gap.match(between)):
                return True
            at = text.find(w, at + 1, hi + len(w))
    return False


_SPLIT: dict[tuple[tuple[str, ...], str], tuple[tuple[str, ...], tuple[str, ...]]] = {}
_SPLIT_SIZE = 4096  # (guard, alias as written) pairs remembered: those of the knowledge base are far fewer


def _split_avoid(avoid: tuple[str, ...], alias: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The ``avoid`` words that do not hold ``alias``, and those that hold it and are longer (made once a
    guard's list and alias as written: the list is long, the aliases few)."""
    got = _SPLIT.get((avoid, alias))
    if got is None:
        if len(_SPLIT) >= _SPLIT_SIZE:
            _SPLIT.clear()
        plain = tuple(w for w in avoid if alias not in w)
        holding = tuple(w for w in avoid if alias in w and w != alias)
        got = _SPLIT[(avoid, alias)] = (plain, holding)
    return got


def _clause_bounds(a: _Analysis, pos: int) -> tuple[int, int]:
    i = bisect_right(a.clauses, pos)
    return (a.clauses[i - 1] + 1 if i > 0 else 0), (a.clauses[i] if i < len(a.clauses) else len(a.norm.text))


def _beside_skill(a: _Analysis, h: Hit) -> bool:
    """Whether another skill (by an alias no guard holds) stands in the clause of ``h``. The skills of a clause are
    read once, up to two of them (a long run-on clause of one skill is not read again for each of its mentions)."""
    lo, hi = _clause_bounds(a, h.start)
    ids = a.clause_skills.get(lo)
    if ids is None:
        found: list[str] = []
        i = bisect_left(a.hit_starts, lo)
        while i < len(a.hits) and a.hits[i].start < hi and len(found) < 2:
            o = a.hits[i]
            if o.kind == "skill" and o.id not in found and o.end <= hi and a.matcher.guard(o.id, o.form) is None:
                found.append(o.id)
            i += 1
        ids = a.clause_skills[lo] = tuple(found)
    return any(sid != h.id for sid in ids)


def _hits_near(a: _Analysis, h: Hit, window: int) -> list[Hit]:
    """The hits touching ``window`` characters either side of ``h``."""
    lo, hi = h.start - window, h.end + window
    found = a.hits[bisect_left(a.hit_starts, lo - a.matcher.longest) : bisect_right(a.hit_starts, hi)]
    return [o for o in found if o is not h and o.end >= lo]


def _skill_hits(a: _Analysis) -> tuple[list[SkillHit], list[tuple[int, int]]]:
    """Sweep the hits in order: each skill mention that counts (a short alias in its context, a
    guarded alias in its sense), with the proficiency words and one-off touches in reach, and
    where it stands in the normalised text."""
    out: list[SkillHit] = []
    where: list[tuple[int, int]] = []
    state: dict[str, tuple[Hit, int]] = {}  # cue kind -> (hit, sentence index)
    pending: list[tuple[SkillHit, int]] = []  # skills of the current clause, for cues after them
    seen: set[tuple[int, int, str]] = set()
    clause_of_state = -1
    state_sent = -1  # the sentence of the last hit read: the cues in state are all of it
    last_item_end = 0
    skill_end = 0  # where the last skill mention ends: a cue inside it is part of its name
    negated_to = -_NEGATED_PROFICIENCY - 1  # where the last negator ends
    third_clause = -1  # the clause of the last third party ("同事…")
    prof_clause: int | None = None  # a proficiency word said of a third party reaches to its clause's end
    text = a.norm.text
    sentences, clauses = a.sentences, a.clauses
    list_gap_match, cue_after = a.list_gap.match, a.reach.cue_after
    section_at, starts = a.doc.section_at, a.norm.starts
    prof_until = -1  # where the lines under a level's heading end ("Expert:\n- Kubernetes\n- Linux")
    heading_end = -1  # where the last level's heading ends
    names_item = _names_item(a)
    for h in a.hits:
        k = h.kind
        if k == "prof_head":
            if h.start < skill_end or not heading_at(text, h.start, h.end):
                continue  # a level's word as a heading only: "Familiar: Docker", not "a familiar face"
            k, heading_end = "prof", h.end
        if k in _NEUTRAL:
            # nothing to carry or end: what the sweep tidies here (the cues of an earlier sentence,
            # the skills of an earlier clause) the next hit it reads tidies the same way
            continue
        if h.start < skill_end and k not in ("skill", "ctx"):
            continue  # "learning" in "machine learning" is not "currently learning"
        sent = bisect_right(sentences, h.start)
        if state and sent != state_sent:  # (every cue in state is of state_sent's sentence)
            for kind in [k for k, (_, s) in state.items() if s != sent]:
                if kind != "prof" or h.start >= prof_until:  # (a level's heading speaks to the lines under it)
                    del state[kind]
        state_sent = sent
        clause = bisect_right(clauses, h.start)
        if pending and pending[0][1] != clause:
            pending = []  # the skills of another clause (those pending are always of one clause)
        if prof_clause is not None and clause != prof_clause:
            state.pop("prof", None)  # "同事精通 CUDA，我负责 Python": someone else's proficiency stays theirs
            prof_clause = None
        if clause != clause_of_state and "weak" in state:
            # "played with CUDA, Triton and NCCL": a list keeps the cue in reach
            if not (k in ("skill", "ctx") and list_gap_match(text[last_item_end : h.start])):
                state.pop("weak", None)
            else:
                clause_of_state = clause
        if k in ("skill", "ctx"):
            if (k == "ctx" and not _context_ok(a, h)) or not _sense_ok(a, h):
                continue
            key = (h.start, h.end, h.id)
            if key in seen:
                continue
            seen.add(key)
            how = "context" if k == "ctx" else "alias"
            sh = SkillHit(h.id, a.span(h.start, h.end), h.form, how, section_at(starts[h.start]))
            if "prof" in state:
                cue = state["prof"][0]
                sh.level = cue.id
                sh.cues.append(a.span(cue.start, cue.end))
            if "weak" in state:
                sh.weak = True
                sh.cues.append(a.span(state["weak"][0].start, state["weak"][0].end))
            out.append(sh)
            where.append((h.start, h.end))
            pending.append((sh, clause))
            last_item_end = h.end
            skill_end = max(skill_end, h.end)
        elif k == "break" and h.start < heading_end:
            continue  # "Currently studying:": a word of the heading's own, no contrast
        elif k == "break":
            state.clear()
        elif k == "prof" and 0 <= h.start - negated_to <= _NEGATED_PROFICIENCY:
            continue  # "并不熟悉 Kafka": a proficiency word a negator denies sets no level
        elif k == "prof":
            # "Python（熟练）", "CUDA、C++：精通": the list just before the cue; a cue that
            # closes a list does not reach forward ("Python（熟练）、Go（了解）")
            applied = False
            after_only = h.form in a.matcher.prof_after
            if after_only and h.form in a.matcher.prof_both and not _ENDS_CLAUSE.match(text, h.end):
                after_only = False  # "Intermediate Spark": said before the skill, not of "Python" before it
                before_only = True
            else:
                before_only = False
            edge = h.start
            for sh, _ in reversed(pending) if not before_only else ():
                end = _norm_index(a, sh.span.end)
                gap = text[end:edge]
                if edge - end > cue_after and not (edge < h.start and list_gap_match(gap)):
                    break
                if edge < h.start and not list_gap_match(gap):
                    break
                if after_only and edge == h.start and not _AFTER_GAP.fullmatch(gap.strip()):
                    break  # "RAG 效果一般": said of how it works, not of the writer's level
                if sh.level == "mentioned" or after_only:  # "精通 C++，Python 一般": said of Python itself
                    sh.level = h.id
                    sh.cues.append(a.span(h.start, h.end))
                    applied = True
                edge = _norm_index(a, sh.span.start)
            heads = (after_only or h.kind == "prof_head") and heading_at(text, h.start, h.end)
            if applied:
                state.pop("prof", None)
            elif after_only and not heads:
                continue  # "一般用 Python 写脚本": a word said only after its skill reaches nothing after it
            else:
                state["prof"] = (h, sent)
                prof_clause = clause if clause == third_clause else None
                # "Comfortable with:\n- Docker\n- Git": the level's words are the whole label (not "基础要求：", basic
                # requirements)
                line_end = label_line(text, h.start, h.end, names_item)
                whole = line_end is not None and _LEVEL_LABEL_TAIL.fullmatch(text, h.end, line_end) is not None
                prof_until = block_end(text, line_end, _section_starts(a), names_item) if whole and line_end else -1
        elif k in _STATUS_CUES:
            state.pop("prof", None)  # "熟悉 Java 但不会 Go": a proficiency word reaches no further
            if k == "negator":
                negated_to = h.end
            elif k == "third_party":
                third_clause = clause
        elif k == "weak":
            state[k] = (h, sent)
            clause_of_state, last_item_end = clause, h.end
            for sh, _ in pending:
                sh.weak = True
                sh.cues.append(a.span(h.start, h.end))
    return out, where


def _names_item(a: _Analysis) -> Callable[[int, int], bool]:
    """Whether a skill's words stand in ``[lo, hi)`` of the normalised text (the skill and context hits)."""
    found: list[int] = []

    def names(lo: int, hi: int) -> bool:
        if not found:
            found.extend(sorted(h.start for h in a.hits if h.kind in ("skill", "ctx")) or [len(a.norm.text)])
        return any_between(found, lo, hi)

    return names


def _section_starts(a: _Analysis) -> list[int]:
    """Where each of the document's sections starts, in the normalised text."""
    return [_norm_index(a, s.start) for s in a.doc.sections]


def _skill_next(hits: list[Hit], i: int, text: str) -> bool:
    """Whether the first skill after ``hits[i]`` stands right after it, a space at most between."""
    end = hits[i].end
    for o in hits[i + 1 :]:
        if o.start > end + 1:
            return False
        if o.kind in ("skill", "ctx") and o.start >= end and not text[end : o.start].strip():
            return True
    return False


def _norm_index(a: _Analysis, original_pos: int) -> int:
    if a.same_offsets:  # bisect_right(range(n), pos - 1), without the search
        return min(max(original_pos, 0), a.size)
    return bisect_right(a.norm.starts, original_pos - 1)


def _may_decide(h: Hit, text: str) -> bool:
    """Whether a hit may decide a status: a cue, an English heading word only as a heading (a posting's "our goals")."""
    if h.kind in ("wish_head", "lack_head", "dislike_head") or (h.kind == "status_head" and h.form.isascii()):
        return heading_at(text, h.start, h.end)
    return h.kind in _STATUS_CUES


def _statuses(
    a: _Analysis, hits: list[SkillHit], where: list[tuple[int, int]], titles: list[tuple[TitleHit, int, int]]
) -> list[TitleHit]:
    """Each mention's status by the cues whose scope covers it; the titles that stay past roles
    (one the writer lacks, wants or only heard of is not their background)."""
    refs = _refs(a)
    if (
        not any(_may_decide(h, a.norm.text) for h in a.hits)
        and not spoken(a.matcher.speakers, a.norm.text)  # ("架构师说…")
        and not worded(a.norm.text)  # ("听 team lead 说")
        and not refs.answer.search(a.norm.text)  # ("CUDA: none", "Rust：无")
        and not refs.joined.search(a.norm.text)  # ("I just know the name LangChain")
        and not any(none_near(a.norm.text, s, refs.none_ends) for s, _ in where)  # ("Zero Golang on my resume")
        and not _group_apart(a)  # ("我们组用 Kafka，但我做前端")
    ):
        return [t for t, _, _ in titles]  # nothing says otherwise: every mention is had
    items = [Item(s, e) for s, e in where]
    title_items = [Item(s, e) for _, s, e in titles]
    _scopes(a).resolve(items + title_items)
    for sh, it in zip(hits, items, strict=True):
        sh.status = "has" if it.status == "dislike" else it.status
        sh.dislike = it.status == "dislike"
        if it.cue is not None:
            sh.status_cue = a.span(*it.cue)
        if it.like is not None:
            sh.like = True
            sh.cues.append(a.span(*it.like))
        if it.limiter is not None:
            sh.limited = True
            sh.cues.append(a.span(*it.limiter))
            if sh.level not in ("proficient", "expert"):
                sh.level = "basic"  # "Python 只写过运维脚本": some Python, not none
    return [t for (t, _, _), it in zip(titles, title_items, strict=True) if it.status in ("has", "dislike")]


def _refs(a: _Analysis) -> Refs:
    """The patterns of bare answers, pronouns after a lack and limiters joined to hearsay (built once)."""
    refs = a.kb._cache.get("scope_refs")
    if refs is None:
        fold, lex = a.kb.fold, a.kb.lexicon
        refs = a.kb._cache["scope_refs"] = Refs.build(
            lambda words: _alternation(fold(w).strip() for w in words),
            lex.negation,
            lex.experience_words,
            lex.incidents,
        )
    return refs


def _group_apart(a: _Analysis) -> bool:
    """Whether the writer may be set apart from a group they are part of ("my team …, I just …", "…，但我做前端")."""
    text = a.norm.text  # (each of those words holds the writer, "i" or "我": a substring test first)
    return writer_in(text) and _own(a).apart.search(text) is not None


def _scopes(a: _Analysis) -> Scopes:
    lex = a.kb.lexicon
    cached = a.kb._cache.get("scope_words")
    if cached is None:
        closers = "|".join(re.escape(a.kb.fold(w)) for w in sorted(lex.lists.closers, key=len, reverse=True))
        dets = "|".join(re.escape(a.kb.fold(w)) for w in sorted(lex.determiners, key=len, reverse=True))
        cached = a.kb._cache["scope_words"] = (
            re.compile(rf"(?:{closers})") if closers else None,
            re.compile(rf"\s*(?:(?:{dets})\s*)?") if dets else re.compile(r"\s*"),
            max((len(a.kb.fold(w).strip()) for w in lex.negation.predicates), default=0),
            frozenset(a.kb.fold(w).strip() for w in lex.lists.verdicts),
            frozenset(a.kb.fold(w).strip() for w in lex.lists.topics),
            frozenset(a.kb.fold(w).strip() for w in lex.lists.openers),
            frozenset(a.kb.fold(w).strip() for w in lex.lists.topic_openers),
        )
    closer_re, opener, longest, verdicts, topics, list_openers, topic_openers = cached
    refs = _refs(a)
    gap = a.list_gap.match

    def enumeration(text: str) -> bool:
        """A gap between two items of one list, or around one or two items the knowledge base does
        not know ("Airflow, dbt and Snowflake"): separators and joiners, at most two short words."""
        text = closer_re.sub(" ", text) if closer_re is not None else text
        if gap(text):
            return True
        words = _UNKNOWN_ITEM.findall(text)
        if not 0 < len(words) <= _UNKNOWN_ITEMS or any(len(w) > _UNKNOWN_ITEM_CHARS for w in words):
            return False
        if verdicts and any(w in verdicts for w in words):
            return False  # "Docker ok, K8s 不熟": how well, not an item
        return bool(gap(_UNKNOWN_ITEM.sub(",", text))) and _UNKNOWN_ITEM.sub("", text).strip() != ""

    sections = _section_starts(a)
    source = a.doc.text
    starts, ends = a.norm.starts, a.norm.ends  # a clause mark's own character as written
    hard = [i for i in a.clauses if source[starts[i] : ends[i]] == "，"] if "，" in source else []
    return Scopes(
        a.norm.text,
        a.hits,
        sentences=a.sentences,
        clauses=a.clauses,
        enumeration=enumeration,
        cue_back=a.reach.cue_back,
        negation_gap=a.reach.negation_gap,
        blocker_reach=a.reach.blocker,
        predicates=a.matcher.predicates,
        predicate_blockers=a.matcher.predicate_blockers,
        predicate_longest=longest,
        quotes=lex.quotes,
        opens_clause=lambda text: opener.fullmatch(text) is not None,
        section_starts=sections,
        hard_breaks=hard,
        refs=refs,
        topic=topics.__contains__,
        topic_opener=topic_openers.__contains__,
        own=_own(a),
        speakers=a.matcher.speakers,
        list_opener=list_openers.__contains__,
        outcomes=_outcomes(a),
        posting="body_offset" in a.doc.meta,  # (jobs.structure.posting_document)
    )


def _outcomes(a: _Analysis) -> Outcomes:
    """The patterns of what became of a wish said in the past (built once)."""
    outcomes = a.kb._cache.get("scope_outcomes")
    if outcomes is None:
        fold = a.kb.fold
        outcomes = a.kb._cache["scope_outcomes"] = Outcomes.build(
            lambda words: _alternation(fold(w).strip() for w in words), a.kb.lexicon.wish_outcomes
        )
    return outcomes


def _own(a: _Analysis) -> Own:
    """The patterns of where the writer's own doing starts (built once)."""
    own = a.kb._cache.get("scope_own")
    if own is None:
        fold = a.kb.fold
        own = a.kb._cache["scope_own"] = Own.build(
            lambda words: _alternation(fold(w).strip() for w in words),
            a.kb.lexicon.own_doing,
            a.kb.lexicon.determiners,
        )
    return own


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


def _liked_not_had(hits: list[SkillHit]) -> None:
    """A skill the writer only likes and elsewhere says they lack is one they want ("Big fan of Rust, though I
    haven't written any yet", "I love Rust, never used it"): a like claims no use that the lack denies. One
    mention claimed by more than the like ("I love Rust and use it daily") keeps the skill had."""
    if not any(h.status == "lacks" for h in hits):
        return  # (nothing lacked: nothing to change, no grouping)
    by_skill: dict[str, list[SkillHit]] = {}
    for h in hits:
        by_skill.setdefault(h.skill, []).append(h)
    for hs in by_skill.values():
        had = [h for h in hs if h.status == "has" and not h.dislike]
        lacked = [h for h in hs if h.status == "lacks"]
        if not lacked or not (had or any(h.like for h in lacked)):
            continue
        if all(h.like and h.level == "mentioned" and not h.limited for h in had):
            for h in had + [h for h in lacked if h.like]:
                h.status = "wants"


def _strengths(kb: Knowledge, hits: list[SkillHit]) -> None:
    """What each mention shows: nothing unless the writer has the skill (and does not only dislike it)."""
    sc = kb.scoring
    levels, grades, sections = sc.levels, sc.grades, sc.sections
    for h in hits:
        if h.status in ("lacks", "heard_of"):
            h.strength = sc.negated
            continue
        if h.status == "wants" or h.dislike:
            h.strength = sc.aspiration
            continue
        level = "basic" if h.like and h.level == "mentioned" else h.level  # "I like Python": some Python, not proof
        value = levels[level] * grades[h.grade] * sections.get(h.section, 1.0)
        if h.weak:
            value *= sc.weak
        if h.years:
            value += min(sc.years_bonus_cap, sc.years_bonus_per_year * h.years)
        h.strength = round(min(1.0, value), 4)


def _unique_titles(a: _Analysis) -> list[tuple[TitleHit, int, int]]:
    """Past roles named by a title, or by a field word in a self-description ("我是做测试的",
    "干了五年运维", "运维出身"), each with where it stands in the normalised text."""
    out: list[tuple[TitleHit, int, int]] = []
    named: dict[str, list[tuple[int, int]]] = {}
    for h in a.hits:
        if h.kind == "title" and (h.start, h.end) not in named.get(h.id, []):
            named.setdefault(h.id, []).append((h.start, h.end))
            out.append((TitleHit(h.id, a.span(h.start, h.end)), h.start, h.end))
    for aid, lo, hi in _self_described(a):
        if not any(s < hi and lo < e for s, e in named.get(aid, [])):  # "我是做前端开发的": the title says it
            named.setdefault(aid, []).append((lo, hi))
            out.append((TitleHit(aid, a.span(lo, hi)), lo, hi))
    return sorted(out, key=lambda t: t[1])


def _self_described(a: _Analysis) -> list[tuple[str, int, int]]:
    """Field words named in a self-description: after its opening words, a few numbers and words
    apart ("干了五年运维", "worked in QA"), or right before its closing words ("运维出身")."""
    text, fields, field_of = a.norm.text, a.matcher.fields, a.matcher.field_of
    out: list[tuple[str, int, int]] = []
    for h in a.hits:
        if h.kind == "self_before":
            for m in fields.finditer(text, h.end, h.end + a.reach.self_field + 1 + a.matcher.longest):
                if m.start() - h.end <= a.reach.self_field and a.self_gap.match(text[h.end : m.start()]):
                    out.append((field_of[m.group()], h.start, m.end()))
                break
        elif h.kind == "self_after":
            found = [m for m in fields.finditer(text, max(0, h.start - a.matcher.longest - 1), h.start)]
            found = [m for m in found if not text[m.end() : h.start].strip()]
            if found:
                m = min(found, key=lambda m: m.start())
                out.append((field_of[m.group()], m.start(), h.end))
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
