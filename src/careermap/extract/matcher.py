"""One pass over the text finds every alias, title and cue of the knowledge base.

Surface forms are compiled from the data into one Aho-Corasick automaton (pyahocorasick).
A hit counts only at Latin word boundaries ("go" is not in "google"), and overlapping hits
of one group keep the longest ("spring cloud" over "spring", "不熟悉" over "熟悉").

The cues of context aliases (``Skill.cues``: "java" for "Spring", "model" for "inference")
are common words; they stay out of the automaton and are looked up only around the few
context-alias hits a text has (:meth:`Matcher.cue_near`), with the same boundary rules.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

import ahocorasick

from careermap.knowledge.loader import Knowledge
from careermap.text.normalize import Normalized

# kinds whose overlapping hits compete (the longest wins); others are kept as they are
_COMPETING = frozenset(
    {
        "prof",
        "neg_before",
        "neg_after",
        "aspire",
        "interest",
        "dislike",
        "weak",
        "led",
        "project",
        "break",
    }
)
_GROUP = {
    "skill": "skill",
    "ctx": "skill",
    "title": "title",
    "role_title": "role_title",
    "trait_like": "trait",
    "trait_dislike": "trait",
}


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str
    id: str
    form: str  # for context aliases: the exact original spelling
    acronym: bool = False  # the plural of a short alias: counts only written in capitals ("TPUs")


class Hit(NamedTuple):  # a tuple: a text has hundreds of hits, built and sorted fast
    start: int  # in normalised text
    end: int
    kind: str
    id: str
    form: str


_SHORT = 2
_LAST_WORD = re.compile(r"(?:^|(?<=[ ./-]))[a-z]{3,}$")
_ACRONYM = 4
_WORD_RUN = re.compile(rf"(?<![A-Za-z0-9])[A-Za-z0-9]{{1,{_SHORT}}}(?![A-Za-z0-9])")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


class Matcher:
    """The compiled automaton of one knowledge base; build once, scan many texts."""

    def __init__(self, kb: Knowledge) -> None:
        table: dict[str, list[Entry]] = {}
        self._cues: dict[str, tuple[str, ...]] = {}
        self.cues_only = frozenset(sid for sid, skill in kb.skills.items() if skill.cues_only)

        def add(form: str, kind: str, ident: str, original: str = "") -> None:
            key = kb.fold(form).strip()
            if key:
                table.setdefault(key, []).append(Entry(kind, ident, original or key))

        lex = kb.lexicon
        for sid, skill in kb.skills.items():
            for alias in skill.aliases:
                add(alias, "skill", sid)
            for alias in skill.context_aliases:
                add(alias, "ctx", sid, alias)
            forms = (kb.fold(cue).strip() for cue in skill.cues)
            self._cues[sid] = tuple(dict.fromkeys(f for f in forms if f))
        for aid, arch in kb.archetypes.items():
            for title in arch.titles:
                add(title, "title", aid)
        for rid, role in kb.roles.items():
            for title in role.titles:
                add(title, "role_title", rid)
        for tid, trait in kb.traits.items():
            for phrase in trait.likes:
                add(phrase, "trait_like", tid)
            for phrase in trait.dislikes:
                add(phrase, "trait_dislike", tid)
        for level in ("expert", "proficient", "basic"):
            for cue in getattr(lex.proficiency, level):
                add(cue, "prof", level)
        for degree in lex.degrees_by_rank():
            for cue in getattr(lex.degrees, degree):
                add(cue, "degree", degree)
        simple = {
            "neg_before": lex.negation.before,
            "neg_after": lex.negation.after,
            "aspire": lex.aspiration,
            "interest": lex.interest,
            "dislike": lex.dislike,
            "weak": lex.weak,
            "break": lex.scope_breaks,
            "blocker": lex.context_blockers,
            "led": lex.grades.led,
            "project": lex.grades.project,
            "change": lex.grades.change,
            "expword": lex.experience_words,
        }
        for kind, words in simple.items():
            for word in words:
                add(word, kind, "")
        # the plural of an English alias: of a phrase ("GPU kernels", "data pipelines") as it is,
        # of a short word only as an acronym in capitals ("TPUs", "NPUs"; "sparks" is not Spark)
        for key, entries in list(table.items()):
            plural = key + "s"
            last = _LAST_WORD.search(key) if key.isascii() and not key.endswith("s") else None
            if last is None or plural in table:
                continue
            acronym = last.start() == 0 and len(key) <= _ACRONYM
            if acronym or last.start() > 0:
                skills = [Entry("skill", e.id, plural, acronym) for e in entries if e.kind == "skill"]
                if skills:
                    table[plural] = skills

        automaton = ahocorasick.Automaton()
        # one- and two-letter forms ("r", "c", "es") would be reported inside almost every
        # word by the automaton; they are looked up per Latin word instead (same hits; longer
        # forms are faster in the automaton, measured)
        self._short: dict[str, tuple[Entry, ...]] = {}
        for key, entries in table.items():
            if len(key) <= _SHORT and key.isascii() and key.isalnum():
                self._short[key] = tuple(dict.fromkeys(entries))
            else:
                automaton.add_word(key, (len(key), tuple(dict.fromkeys(entries))))
        automaton.make_automaton()
        self._automaton = automaton
        self.size = len(table)
        self.longest = max(map(len, table), default=0)  # the longest form: how far back a hit may start

    def cue_near(self, text: str, skill: str, lo: int, hi: int, own: tuple[int, int] = (-1, -1)) -> bool:
        """Whether a cue of ``skill`` touches ``text[lo:hi]`` (normalised text), standing at
        Latin word boundaries as any hit must; the mention itself (``own``) is not its own cue."""
        n = len(text)
        word = _WORD_CHARS
        for form in self._cues.get(skill, ()):
            size = len(form)
            stop = min(n, hi + size)
            start = text.find(form, max(0, lo - size), stop)
            while start != -1:
                end = start + size
                if not (
                    (start > 0 and text[start] in word and text[start - 1] in word)
                    or (start > 1 and text[start - 1] == "-" and text[start - 2] in word)
                    or (end < n and text[end] in word and text[end - 1] in word)
                    or (start, end) == own
                ):
                    return True
                start = text.find(form, start + 1, stop)
        return False

    def scan(self, norm: Normalized) -> list[Hit]:
        """All hits in ``norm``, sorted by position, overlaps resolved per group."""
        text = norm.text
        n = len(text)
        found: list[Hit] = []
        word = _WORD_CHARS
        for end_idx, (length, entries) in self._automaton.iter(text):
            start, end = end_idx - length + 1, end_idx + 1
            if start > 0 and text[start] in word and text[start - 1] in word:
                continue
            if start > 1 and text[start - 1] == "-" and text[start - 2] in word:
                continue  # the tail of a hyphenated word: "cutting-edge ai", "x-ray"
            if end < n and text[end] in word and text[end - 1] in word:
                continue
            _add(found, entries, norm, start, end)
        if self._short:
            short = self._short
            for m in _WORD_RUN.finditer(text):
                found_entries = short.get(m.group())
                if found_entries:
                    start, end = m.span()
                    if start > 1 and text[start - 1] == "-" and text[start - 2] in word:
                        continue
                    _add(found, found_entries, norm, start, end)
        found.sort(key=lambda h: (h.start, -(h.end - h.start)))
        return _resolve(found, text)


def _add(found: list[Hit], entries: tuple[Entry, ...], norm: Normalized, start: int, end: int) -> None:
    for e in entries:
        if e.kind == "ctx" and not _same_spelling(norm, start, end, e.form):
            continue
        if e.acronym and not _acronym_plural(norm, start, end):
            continue
        found.append(Hit(start, end, e.kind, e.id, e.form))


def _same_spelling(norm: Normalized, start: int, end: int, form: str) -> bool:
    """A context alias written with capitals ("Go", "R", "Ray") must be spelled so; one
    written in lower case ("backend", "agent") matches in any case."""
    if form == form.lower():
        return True
    s, e = norm.span(start, end)
    return unicodedata.normalize("NFKC", norm.source[s:e]) == form


def _acronym_plural(norm: Normalized, start: int, end: int) -> bool:
    s, e = norm.span(start, end)
    written = norm.source[s:e]
    return written[:-1].isupper() and written[-1] == "s"


def _resolve(hits: list[Hit], text: str) -> list[Hit]:
    """Leftmost-longest within each group: a hit that starts inside the last kept hit of its
    group is dropped, unless it covers exactly the same span (one form, several meanings).
    A liked trait that starts inside a dislike or negation ("不喜欢推导公式") becomes a
    dislike of that trait."""
    kept: list[Hit] = []
    last: dict[str, Hit] = {}
    for h in hits:
        group = _GROUP.get(h.kind) or ("cue" if h.kind in _COMPETING else None)
        if group is None:
            kept.append(h)
            continue
        prev = last.get(group)
        if prev is not None and group == "skill" and _leading_word(h, prev, text):
            kept.append(h)  # "java后端": Java counts as well as backend development
            continue
        if prev is not None and h.start < prev.end and (h.start, h.end) != (prev.start, prev.end):
            continue
        if h.kind == "trait_like":
            cue = last.get("cue")
            if cue is not None and cue.kind in ("dislike", "neg_before", "neg_after") and cue.start < h.start < cue.end:
                h = Hit(cue.start, max(cue.end, h.end), "trait_dislike", h.id, h.form)
        kept.append(h)
        if prev is None or h.end >= prev.end:
            last[group] = h
    return kept


def _leading_word(h: Hit, prev: Hit, text: str) -> bool:
    """A Latin word at the start of a longer mixed-script alias of another skill."""
    return (
        h.start == prev.start
        and h.end < prev.end
        and h.id != prev.id
        and text[h.start : h.end].isascii()
        and not text[h.end].isascii()
    )


def matcher_for(kb: Knowledge) -> Matcher:
    """The knowledge base's matcher, built on first use and kept with it."""
    m = kb._cache.get("matcher")
    if m is None:
        m = kb._cache["matcher"] = Matcher(kb)
    return m
