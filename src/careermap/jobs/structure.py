"""A job posting's structure: its parts, what is required and what is only a plus, and the
years and degree it asks for.

A posting becomes a :class:`~careermap.ingest.document.Document` whose sections are the
posting's parts (``duties``, ``requirements``, ``preferred``, ``company``, ``benefits``, and
``title`` when the title is read too). Extraction and scoring then run exactly as for a
person; ``scoring.yaml -> sections`` weighs a skill asked under "Requirements" above one
under "Nice to have". A clause that says "…者优先" or "… is a plus" is a nice-to-have
wherever it stands. The first duty (the first item of the duties, or their first sentence) is
the part ``lead``: a posting leads with what the job is, and the lead weighs more than the
duties after it. A team blurb that a career site puts under the duties heading ("岗位职责：
团队介绍：…") is company text up to the first numbered line. Every word comes from ``jobs.yaml``
and the lexicon.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from operator import neg
from typing import NamedTuple

import ahocorasick

from careermap.extract.models import Span
from careermap.ingest.document import Document, Section, detect_languages
from careermap.knowledge.loader import Knowledge
from careermap.knowledge.models import JobsData
from careermap.text.normalize import Normalized, normalize_recent
from careermap.text.numerals import leading_number, numeral_class, parse_number
from careermap.text.split import SENTENCE_BREAK, char_positions, clause_end, needles, strip_edges

POSTING_KINDS = ("duties", "requirements", "preferred", "company", "benefits")
# parts whose words say what the job asks for (years and degree are read only there)
ASKING_KINDS = frozenset({"requirements", "duties", "lead", "body", "title"})
_STRIP = re.compile(r"^[\s#*=_\-–—|>•·●■◆▶►【\[(（\d.、)）]*|[\s#*=_\-–—|:：】\])）]*$")
# the same, with str.lstrip/rstrip (in C) for the usual characters; a line whose ends hold other
# spaces or digits (U+3000, "٣") falls back to the pattern
_LEAD = " \t\n\r\f\v0123456789#*=_-–—|>•·●■◆▶►【[(（.、)）"
_TRAIL = " \t\n\r\f\v#*=_-–—|:：】])）"
_COLONS = ":："
_FIRST_COLON = re.compile(f"[{_COLONS}]")
_INLINE_BEFORE = re.compile(r"[\s。；;.!?！？】\])）]")
_NON_WORD = re.compile(r"[\W_]+")
_NON_SPACE = re.compile(r"\S")
_BLURB_INSIDE = frozenset({"duties", "requirements"})  # parts a team blurb may open inside
_MAX_HEADING = 80
_MIN_PREFIX = 4  # characters of a heading key before it may start a longer heading line


def jobs_data(kb: Knowledge) -> JobsData:
    return kb.jobs


def _words(words: list[str], kb: Knowledge) -> list[str]:
    return sorted({kb.fold(w).strip() for w in words if kb.fold(w).strip()}, key=len, reverse=True)


_WORD = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


class Found(NamedTuple):
    """A word found: where it starts and ends (in normalised text), and the word."""

    start: int
    end: int
    word: str


class _Finder:
    """Find any of many words, leftmost and longest first, without overlaps (as a regex
    alternation of the words, longest first, would); Latin words only as whole words (checked
    after the match: a word inside another still takes its place). One Aho-Corasick pass."""

    def __init__(self, words: list[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for w in set(words):
            if w:
                self._automaton.add_word(w, w)
        self._automaton.make_automaton()

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Found]:
        n = len(text)
        end_at = n if endpos is None else min(endpos, n)
        if pos >= end_at or not len(self._automaton):
            return
        found = sorted(
            ((e - len(w) + 1, -len(w), w) for e, w in self._automaton.iter(text, pos, end_at)),
        )
        cursor = pos
        for s, _, w in found:
            if s < cursor:
                continue
            e = s + len(w)
            cursor = e
            if text[s] in _WORD and s > 0 and text[s - 1] in _WORD:
                continue
            if text[e - 1] in _WORD and e < n and text[e] in _WORD:
                continue
            yield Found(s, e, w)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Found | None:
        return next(self.finditer(text, pos, endpos), None)


@dataclass(frozen=True)
class _Compiled:
    headings: dict[str, str]
    prefixes: dict[str, str]  # heading keys a longer heading line may start with
    prefix_lengths: tuple[int, ...]  # their lengths, longest first
    first_chars: frozenset[str] | None  # what heading keys start with (None: a heading key is empty)
    first_pairs: frozenset[str]  # the first two characters of the heading keys two or more long
    inline: dict[str, str]  # heading words that may start a part inside a line, before a colon
    inline_ends: dict[str, tuple[int, ...]]  # by last character: the lengths of inline words ending so, longest first
    preferred: _Finder
    continues: tuple[str, ...]  # words that carry a nice-to-have clause on into the next, longest first
    years: re.Pattern[str]
    year_units: tuple[str, ...]  # a text holds one of these where ``years`` can match (:func:`needles`)
    experience: _Finder
    degree: _Finder
    degree_of: dict[str, str]
    employers: _Finder
    employer_of: dict[str, str]  # folded -> as written in jobs.yaml
    item: re.Pattern[str]  # a line that opens a numbered or bulleted item


def _item_pattern(zh: str) -> re.Pattern[str]:
    """A line that opens a numbered or bulleted item ("1、", "2.", "(3)", "一、", "- ", "• "), in normalised
    text (NFKC has made "（１）" "(1)" and "．" "."); ``zh``: the Chinese numerals, from the lexicon."""
    return re.compile(rf"^[ \t]*(?:\d{{1,2}}\s*[、.):](?!\d)|\(\d{{1,2}}\)|[{zh}]{{1,2}}[、.]|[-•·●▪*]\s)", re.M)


def _compiled(kb: Knowledge) -> _Compiled:
    c = kb._cache.get("posting_structure")
    if c is None:
        jobs = jobs_data(kb)
        headings: dict[str, str] = {}
        inline: dict[str, str] = {}
        for kind in POSTING_KINDS:
            for word in getattr(jobs.sections, kind):
                headings.setdefault(_key(kb.fold(word)), kind)
                folded = kb.fold(word).strip()
                if len(folded) >= 2:
                    inline.setdefault(folded, kind)
        prefixes = {h: k for h, k in headings.items() if len(h) >= _MIN_PREFIX}
        units = "|".join(
            re.escape(u) + ("(?![a-z])" if u[-1].isalpha() and u.isascii() else "")
            for u in _words(kb.lexicon.year_units, kb)
        )
        rng = "|".join(re.escape(kb.fold(r)) for r in sorted(jobs.requirement_cues.range, key=len, reverse=True))
        zh = numeral_class(kb.lexicon.numerals.zh, whole=True)  # a posting asks for whole years
        num = rf"\d{{1,2}}(?:\.\d)?|[{zh}]{{1,2}}"
        more = "|".join(re.escape(w) for w in _words(kb.lexicon.years.more, kb))
        # opening with a character class lets the engine skip other positions at once
        # one way to read each run of spaces (two runs side by side, around an absent part: quadratic)
        years = re.compile(
            rf"{leading_number(zh, most=2)}\s*(?:(?:{rng})\s*(?:{num})\s*)?(?:(?:{more})\s*)?(?:{units})"
        )
        degree_of: dict[str, str] = {}
        for level in kb.lexicon.degrees_by_rank():
            for cue in getattr(kb.lexicon.degrees, level):
                degree_of.setdefault(kb.fold(cue).strip(), level)
        employer_of = {kb.fold(w).strip(): w for w in jobs.large_model.employers if kb.fold(w).strip()}
        c = kb._cache["posting_structure"] = _Compiled(
            headings=headings,
            prefixes=prefixes,
            prefix_lengths=tuple(sorted({len(h) for h in prefixes}, reverse=True)),
            first_chars=None if "" in headings else frozenset(h[0] for h in headings),
            first_pairs=frozenset(h[:2] for h in headings if len(h) >= 2),
            inline=inline,
            inline_ends={
                last: tuple(sorted({len(w) for w in inline if w[-1] == last}, reverse=True))
                for last in {w[-1] for w in inline}
            },
            preferred=_Finder(_words(jobs.preferred_inline, kb)),
            continues=tuple(_words(jobs.preferred_continues, kb)),
            years=years,
            year_units=needles(_words(kb.lexicon.year_units, kb)),
            experience=_Finder(_words(kb.lexicon.experience_words, kb)),
            degree=_Finder(list(degree_of)),
            degree_of=degree_of,
            employers=_Finder(list(employer_of)),
            employer_of=employer_of,
            item=_item_pattern(zh),
        )
    return c


def _normalized(text: str, kb: Knowledge) -> Normalized:
    """Normalise once for the parts, the asks and the skills of one posting."""
    return normalize_recent(text, kb.variants)


def _key(text: str) -> str:
    """A heading without punctuation or spaces: "What you'll do:" and "what youll do" agree."""
    # a key with nothing to strip (most lines: "岗位职责"): str.isalnum is [\W_]'s complement, in C
    return text if text.isalnum() else _NON_WORD.sub("", text)


def _bare(line: str) -> str:
    return strip_edges(line, _LEAD, _TRAIL, _STRIP)


def _heading_kind(line: str, c: _Compiled) -> str | None:
    """The kind of a heading line: the whole line, its start before a colon, or (for a short
    line ending in a colon, the way headings are written) a heading it starts with."""
    stripped = line.strip()
    if not stripped or len(stripped) > 2 * _MAX_HEADING:
        return None
    bare = _bare(stripped)
    if not 0 < len(bare) <= _MAX_HEADING:
        return None
    if c.first_chars is not None and bare[0].isalnum() and bare[0] not in c.first_chars:
        return None  # its key, the key before its colon and a prefix of its key all start with bare[0]
    if bare[:2].isalnum() and len(bare) >= 2 and bare[:2] not in c.first_pairs:
        return None  # the same with its first two characters (those keys are two or more long)
    key = _key(bare)
    kind = c.headings.get(key)
    if kind is None and (":" in bare or "：" in bare):
        kind = c.headings.get(_key(_FIRST_COLON.split(bare, maxsplit=1)[0]))
    if kind is None and stripped.endswith((":", "：")):
        # the longest heading key it starts with (two keys of one length cannot both start it)
        kind = next((c.prefixes[key[:n]] for n in c.prefix_lengths if n <= len(key) and key[:n] in c.prefixes), None)
    return kind


def _marks(norm: Normalized, c: _Compiled) -> list[tuple[int, str]]:
    """(position in normalised text, kind) of every heading."""
    text = norm.text
    found: dict[int, str] = {}
    pos = 0
    for line in text.splitlines(keepends=True):
        kind = _heading_kind(line, c)
        if kind:
            found[pos] = kind
        pos += len(line)
    for colon in char_positions(text, _COLONS):  # "…。任职要求：1. …": a heading inside a line
        at = colon
        while at > 0 and text[at - 1] in " \t":
            at -= 1
        if at == 0 or (lengths := c.inline_ends.get(text[at - 1])) is None:
            continue  # no inline heading word ends where the colon's word does
        line_start = text.rfind("\n", 0, at) + 1
        # (longest first: skip those longer than the line before the colon)
        for length in lengths[bisect_left(lengths, line_start - at, key=neg) :]:
            start = at - length
            kind = c.inline.get(text[start:at])
            if kind is None or (start > line_start and not _INLINE_BEFORE.match(text[start - 1])):
                continue
            first = _FIRST_COLON.search(text, line_start)
            if not (line_start in found and first is not None and first.start() == colon):
                found.setdefault(start, kind)
            break
    return _blurb_ends(text, sorted(found.items()), c)


def _blurb_ends(text: str, marks: list[tuple[int, str]], c: _Compiled) -> list[tuple[int, str]]:
    """A team blurb opened inside the duties or requirements ("岗位职责：\n团队介绍：…\n1、负责…")
    is prose: it ends at the first numbered or bulleted line, where the part around it resumes."""
    out: list[tuple[int, str]] = []
    around: str | None = None
    for i, (start, kind) in enumerate(marks):
        out.append((start, kind))
        if kind != "company":
            around = kind
            continue
        if around not in _BLURB_INSIDE:
            continue
        end = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        item = c.item.search(text, start, end)
        if item is not None and item.start() > start:
            out.append((item.start(), around))
    return out


def find_posting_sections(
    text: str, kb: Knowledge, *, offset: int = 0, norm: Normalized | None = None
) -> tuple[Section, ...]:
    """The parts of a posting body, with nice-to-have clauses cut out as ``preferred`` (``norm``:
    the body normalised, when the caller has it)."""
    c = _compiled(kb)
    norm = _normalized(text, kb) if norm is None else norm
    marks = _marks(norm, c)
    n = len(norm.text)
    spans: list[tuple[int, int, str]] = []
    for i, (start, kind) in enumerate(marks):
        end = marks[i + 1][0] if i + 1 < len(marks) else n
        spans.append((start, end, kind))
    starts = [s for s, _, _ in spans]

    def kind_at(pos: int) -> str:
        i = bisect_right(starts, pos) - 1
        return spans[i][2] if i >= 0 and pos < spans[i][1] else "body"

    # nice-to-have clauses inside the asking parts
    cuts: list[tuple[int, int]] = []
    for f in c.preferred.finditer(norm.text):
        if kind_at(f.start) not in ASKING_KINDS:
            continue
        lo = _clause_start(norm.text, f.start)
        hi = _preferred_end(norm.text, f.end, c.continues)
        if cuts and lo <= cuts[-1][1]:
            cuts[-1] = (cuts[-1][0], max(hi, cuts[-1][1]))
        else:
            cuts.append((lo, hi))
    pieces: list[tuple[int, int, str]] = []
    for s, e, kind in spans or []:
        pieces += _subtract(s, e, kind, cuts)
    body_gaps = _gaps(spans, n)
    for s, e in body_gaps:
        pieces += _subtract(s, e, "body", cuts)
    pieces += [(lo, hi, "preferred") for lo, hi in cuts]
    pieces = _lead(norm.text, sorted(pieces), c)
    out = []
    for s, e, kind in sorted(pieces):
        if e <= s or kind == "body":
            continue
        os_, oe = norm.span(s, e)
        out.append(Section(kind, text[os_:oe].strip()[:40], os_ + offset, oe + offset))
    return tuple(out)


def _lead(text: str, pieces: list[tuple[int, int, str]], c: _Compiled) -> list[tuple[int, int, str]]:
    """The first duty (the first item of the first duties part, or its first sentence) is the job's
    own summary: it becomes the part ``lead``."""
    for i, (s, e, kind) in enumerate(pieces):
        if kind != "duties":
            continue
        s_body = _after_heading(text, s, e, c)
        if _NON_SPACE.search(text, s_body, e) is None:
            continue  # a heading alone ("岗位职责：" before a team blurb): the duties come later
        first = c.item.search(text, s_body, e)
        if first is not None:
            start = first.start()
            nxt = c.item.search(text, first.end(), e)
            end = nxt.start() if nxt is not None else e
        else:
            start = s_body + len(text[s_body:e]) - len(text[s_body:e].lstrip())
            m = SENTENCE_BREAK.search(text, start, e)
            end = m.end() if m is not None else e
        out = pieces[:i]
        if start > s:
            out.append((s, start, "duties"))
        out.append((start, end, "lead"))
        if end < e:
            out.append((end, e, "duties"))
        return out + pieces[i + 1 :]
    return pieces


def _after_heading(text: str, s: int, e: int, c: _Compiled) -> int:
    """Where a part's own words start: after its heading line, or after the colon of a heading
    that runs on in the same line ("岗位职责：负责…")."""
    end = text.find("\n", s, e)
    end = e if end < 0 else end
    line = text[s:end]
    if _heading_kind(line, c) is None:
        return s
    colon = _FIRST_COLON.search(line)
    if colon is not None and line[colon.end() :].strip():
        return s + colon.end()
    return min(e, end + 1)


_NEAR = 48  # characters before a position where the end of its clause is looked for first


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last clause end of the 400 characters before it
    (else the line start). The clause ends are looked for in the last few characters first: from a
    place that is not after a space, where no match of the pattern runs on (only a match made of
    spaces and a comma is longer than one character), the scan finds the same matches there on."""
    lo = max(0, pos - 400)
    near = max(lo, pos - _NEAR)
    while near > lo and text[near - 1].isspace():
        near -= 1
    best = -1
    for m in clause_end().finditer(text, near, pos):
        best = m.end()
    if best < 0 and near > lo:
        for m in clause_end().finditer(text, lo, pos):  # none near: the whole scan, as it was
            best = m.end()
    return best if best >= 0 else max(0, text.rfind("\n", 0, pos) + 1)


def _clause_end(text: str, pos: int) -> int:
    m = clause_end().search(text, pos)
    return m.end() if m else len(text)


def _preferred_end(text: str, pos: int, continues: tuple[str, ...]) -> int:
    """Where a nice-to-have clause ends: its clause end, or the end of the next clause when that
    one opens with a word that only says what the first covers ("…者优先，包括但不限于 ACL、ICLR")."""
    hi = _clause_end(text, pos)
    for _ in range(2):  # at most two clauses on
        at = hi
        while at < len(text) and text[at] in " \t":
            at += 1
        word = next((w for w in continues if text.startswith(w, at)), None)
        if word is None:
            break
        after = at + len(word)
        if word[-1] in _WORD and after < len(text) and text[after] in _WORD:
            break  # "including" is a word, "includingly" another
        hi = _clause_end(text, after)
    return hi


def _gaps(spans: list[tuple[int, int, str]], n: int) -> list[tuple[int, int]]:
    gaps, pos = [], 0
    for s, e, _ in spans:
        if s > pos:
            gaps.append((pos, s))
        pos = max(pos, e)
    if pos < n:
        gaps.append((pos, n))
    return gaps


def _subtract(s: int, e: int, kind: str, cuts: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """[s, e) of ``kind`` minus the nice-to-have cuts (cuts only apply inside asking parts)."""
    if kind not in ASKING_KINDS:
        return [(s, e, kind)]
    out, pos = [], s
    for lo, hi in cuts:
        if hi <= pos or lo >= e:
            continue
        if lo > pos:
            out.append((pos, lo, kind))
        pos = max(pos, hi)
    if pos < e:
        out.append((pos, e, kind))
    return out


def posting_document(body: str, kb: Knowledge, *, title: str | None = None, name: str = "-") -> Document:
    """The document of a posting: the body's parts, and the title in front when given.

    Spans of the document index ``title + "\\n\\n" + body`` when a title is given, else the
    body alone; :func:`split_span` maps one back to its field.
    """
    if title and title.strip():
        head = title.strip()
        text = f"{head}\n\n{body}"
        offset = len(head) + 2
        body_norm = _normalized(text, kb).tail(offset)  # the document is normalised once, the body with it
        sections = (
            Section("title", head[:40], 0, len(head)),
            *find_posting_sections(body, kb, offset=offset, norm=body_norm),
        )
    else:
        text, offset = body, 0
        sections = find_posting_sections(body, kb)
    lang, present = detect_languages(text)
    return Document(text, lang, present, sections, name, {"body_offset": str(offset)})


def split_span(doc: Document, span: Span) -> tuple[str, Span]:
    """Which field a span of :func:`posting_document` lies in, and the span within that field."""
    offset = int(doc.meta.get("body_offset", "0"))
    if span.start >= offset:
        return "body", Span(span.start - offset, span.end - offset, span.text) if offset else span
    return "title", span


@dataclass(frozen=True, slots=True)
class Asks:
    """The years of experience and the degree a posting asks for, with the words that say so."""

    years: float | None
    years_span: Span | None
    degree: str | None  # bachelor | master | phd: the lowest degree required
    degree_span: Span | None
    degree_preferred: str | None  # the highest degree named as a plus


def find_employer(doc: Document, kb: Knowledge, skills: list[Span]) -> tuple[str, Span] | None:
    """The first large-model company the posting names (``jobs.yaml -> large_model.employers``)
    where it says who is hiring: not in what it asks of you ("有使用OpenAI等API开发经验优先" names a
    vendor), and not inside the name of a skill (``skills``: "the OpenAI API")."""
    c = _compiled(kb)
    norm = _normalized(doc.text, kb)
    for found in c.employers.finditer(norm.text):
        s, e = norm.span(found.start, found.end)
        if doc.section_at(s) in ("requirements", "preferred"):
            continue
        if not any(k.start <= s and e <= k.end for k in skills):
            return c.employer_of[found.word], Span(s, e, doc.text[s:e])
    return None


def read_asks(doc: Document, kb: Knowledge) -> Asks:
    """Years and degree from the asking parts of a posting (never the company blurb)."""
    c = _compiled(kb)
    norm = _normalized(doc.text, kb)
    t = norm.text

    def span(start: int, end: int) -> Span:
        s, e = norm.span(start, end)
        return Span(s, e, doc.text[s:e])

    years: float | None = None
    years_span: Span | None = None
    for m in c.years.finditer(t) if any(u in t for u in c.year_units) else ():
        if m.start() > 0 and (t[m.start() - 1].isdigit() or t[m.start() - 1] == "."):
            continue
        s, _ = norm.span(m.start(), m.end())
        if doc.section_at(s) not in ASKING_KINDS:
            continue
        lo, hi = _clause_start(t, m.start()), _clause_end(t, m.end())
        if not c.experience.search(t, lo, hi):
            continue
        value = parse_number(m.group(1), kb.lexicon.numerals.zh)
        if value is not None and 0 < value <= 20 and (years is None or value > years):
            years, years_span = value, span(m.start(), m.end())
    rank = kb.lexicon.degree_rank
    required: list[tuple[int, Found]] = []
    preferred: list[str] = []
    for f in c.degree.finditer(t):
        level = c.degree_of[f.word]
        s, _ = norm.span(f.start, f.end)
        kind = doc.section_at(s)
        if kind == "preferred":
            preferred.append(level)
        elif kind in ASKING_KINDS:
            required.append((rank(level), f))
    degree = degree_span = None
    if required:
        _, f = min(required, key=lambda x: x[0])
        degree, degree_span = c.degree_of[f.word], span(f.start, f.end)
    return Asks(years, years_span, degree, degree_span, max(preferred, key=rank) if preferred else None)
