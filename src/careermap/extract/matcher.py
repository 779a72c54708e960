"""One pass over the text finds every alias, title and cue of the knowledge base.

Surface forms are compiled from the data into one Aho-Corasick automaton (pyahocorasick).
A hit counts only at Latin word boundaries ("go" is not in "google"), and overlapping hits
of one group keep the longest ("spring cloud" over "spring", "不熟悉" over "熟悉").

The cues of context aliases (``Skill.cues``: "java" for "Spring", "model" for "inference")
are common words; they stay out of the automaton and are looked up only around the few
context-alias hits a text has (:meth:`Matcher.cue_near`), with the same boundary rules.

The matcher depends on the knowledge-base files alone: it is compiled once and kept with the
knowledge base in the cache folder (:func:`careermap.knowledge.compiled.part`), pickled as plain
tuples and an integer-valued automaton so that reading it back takes milliseconds.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

import ahocorasick

from careermap.knowledge import compiled
from careermap.knowledge.loader import Knowledge
from careermap.text.normalize import Normalized
from careermap.text.scripts import HAN_CLASS, has_han

# kinds whose overlapping hits compete (the longest wins); others are kept as they are
_COMPETING = frozenset(
    {
        "prof",
        "neg_before",
        "neg_after",
        "neg_forgot",
        "negator",
        "predicate",
        "aspire",
        "interest",
        "status_head",
        "like",
        "dislike",
        "hearsay",
        "third_party",
        "limiter",
        "claim",
        "exception",
        "not_cue",
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
    "not_title": "title",  # a longer form that holds a title ("sales ops" before "ops engineer") and wins
    "role_title": "role_title",
    "trait_like": "trait",
    "trait_dislike": "trait",
    # a dislike heading's words are often a dislike cue's too ("不喜欢"): both are kept, neither outweighs the other
    "dislike_head": "dislike_head",
}

_GROUP_OF = {**dict.fromkeys(_COMPETING, "cue"), **_GROUP}  # the group whose hits compete, by kind


@dataclass(frozen=True, slots=True)
class Guard:
    """A word-sense guard of one alias (``Skill.senses``), its words folded."""

    need: tuple[str, ...]
    avoid: tuple[str, ...]
    spelled: frozenset[str] = frozenset()  # the other sense's exact spellings (NFKC, capitals kept)
    technical: bool = False  # an everyday word first: a skill named near it (any line) also says which sense
    own: tuple[str, ...] = ()  # its own ``need`` words, without the lexicon's technical ones a technical guard adds
    # words of the other walks of life it names (``lexicon.yaml -> sense_families``), read as words of everyday life
    # are: the other sense where nothing near says software ("我给客服打电话投诉", not "负责客服电话的语音机器人开发")
    family: tuple[str, ...] = ()
    # whether the words of everyday life (``lexicon.yaml -> everyday``) are read too: not for a guard whose other
    # senses are its families alone (no ``avoid`` words of its own), where they are no other sense of the alias
    # (the car of "self-driving car technology")
    everyday: bool = True


class Entry(NamedTuple):
    kind: str
    id: str
    form: str | None  # for context aliases: the exact original spelling; None: as the (normalised) text has it
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


def _folded(kb: Knowledge, words: Iterable[str]) -> tuple[str, ...]:
    """``words`` folded as the matcher reads text, each once and in order, empty ones left out."""
    return tuple(dict.fromkeys(f for f in (kb.fold(w).strip() for w in words) if f))


def _short_words(forms: Iterable[str]) -> str:
    """A Latin word of one or two characters that may be one of the short ``forms`` (its first character
    one of theirs, its second too): it opens with a character class, the look-behind (two characters back:
    the one before the first) after it, so the engine skips every other position at once (``_SHORT`` is
    2); of every short word, only the few that may be forms are looked up (same hits)."""
    forms = list(forms)
    if not forms:
        return r"(?!)"
    firsts = re.escape("".join(sorted({f[0] for f in forms})))
    seconds = re.escape("".join(sorted({f[1] for f in forms if len(f) > 1})))
    second = f"[{seconds}]?" if seconds else ""
    return rf"[{firsts}](?<![A-Za-z0-9].){second}(?![A-Za-z0-9])"


_LATIN_WORD = re.compile(r"[a-z0-9]+")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


class Matcher:
    """The compiled automaton of one knowledge base; build once, scan many texts."""

    def __init__(self, kb: Knowledge) -> None:
        table: dict[str, list[Entry]] = {}
        self._cues: dict[str, tuple[str, ...]] = {}
        self.cues_only = frozenset(sid for sid, skill in kb.skills.items() if skill.cues_only)
        # the words for knowing or doing that complete a negator ("没…写过"): frequent single characters
        # (会, 用, 写), looked up only after a negator, never in the automaton
        # the four alternations below are kept as their source and compiled on first use (a process reading
        # the matcher from the cache compiles only those its text needs: ~2-4 ms each)
        self._sources: dict[str, str] = {}
        self._patterns: dict[str, re.Pattern[str]] = {}
        self._sources["predicates"] = _alternation(kb.fold(w).strip() for w in kb.lexicon.negation.predicates)
        self.guards: dict[tuple[str, str], Guard] = {}  # (skill, folded alias) -> its word-sense guard
        for sid, skill in kb.skills.items():
            for sense in skill.senses:
                wanted = [*sense.need, *(kb.lexicon.technical if sense.technical else ())]
                form = kb.fold(sense.alias).strip()
                need, avoid = _folded(kb, wanted), _folded(kb, sense.avoid)
                spelled = frozenset(unicodedata.normalize("NFKC", w).strip() for w in sense.spelled)
                own = _folded(kb, sense.need)
                # its families' words, but those inside the alias itself ("购物" in "购物车"): shared lists
                borrowed = [w for name in sense.families for w in kb.lexicon.sense_families.get(name, ())]
                family = tuple(w for w in _folded(kb, borrowed) if w not in form)
                alone = bool(sense.families) and not sense.avoid  # its families its only other senses
                self.guards[(sid, form)] = Guard(need, avoid, spelled, sense.technical, own, family, not alone)
        self.guarded = frozenset(sid for sid, _ in self.guards)
        # words of using or knowing that, right before an everyday word first, say the tool ("use Git")
        self.technical_before = _folded(kb, kb.lexicon.technical_before)
        # words of building software, and words of everyday life and other trades: a guarded alias beside one of
        # the latter and none of the former is the everyday word ("the campfire spark")
        shared = set(_folded(kb, kb.lexicon.technical_everyday))  # "production", "system": other trades' too
        self.technical = tuple(w for w in _folded(kb, kb.lexicon.technical) if w not in shared)
        weak = set(_folded(kb, kb.lexicon.technical_before_prepositions))
        self.doing_before = tuple(w for w in self.technical_before if w not in weak)  # "学 Rust", not "in rust"
        # of those, the words of building or looking after: beside a word of a walk of life a guard names, a word of
        # using or learning is that walk of life's ("我用小程序点外卖"), where "负责", "build" still say the tool
        uses = set(_folded(kb, kb.lexicon.technical_before_uses))
        self.tending_before = tuple(w for w in self.doing_before if w not in uses)
        everyday = _folded(kb, kb.lexicon.everyday)
        self.everyday_words = frozenset(w for w in everyday if w.isascii() and _LATIN_WORD.fullmatch(w))
        self.everyday_phrases = tuple(w for w in everyday if w.isascii() and w not in self.everyday_words)
        self.everyday_han = tuple(w for w in everyday if not w.isascii())
        # all of them looked for in one pass before each is (None: one is longer than the window's margin)
        self.everyday_han_gate = (
            re.compile("|".join(re.escape(w) for w in sorted(self.everyday_han, key=len, reverse=True)))
            if self.everyday_han and all(0 < len(w) <= _PAD for w in self.everyday_han)
            else None
        )
        # short tool names that alone in Chinese prose, after the writer's doing or before a question mark are the tool
        self.names_alone = frozenset(_folded(kb, kb.lexicon.names_alone))
        self.name_answers = _folded(kb, kb.lexicon.name_answers)
        self.name_before = _folded(kb, kb.lexicon.name_before)
        self.name_after = _folded(kb, kb.lexicon.name_after)

        def add(form: str, kind: str, ident: str, original: str = "") -> None:
            key = kb.fold(form).strip()
            if key:
                table.setdefault(key, []).append(Entry(kind, ident, original or None))

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
        for aid, title in composed_titles(kb):
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
            for cue in getattr(lex.proficiency_after, level):
                add(cue, "prof", level)
            for cue in getattr(lex.proficiency_headings, level):
                add(cue, "prof_head", level)
        # a proficiency word said only after its skill: it applies back, never forward ("C++ 一般"); of them, those
        # also said before a skill reach forward where they do not end their clause ("Intermediate Spark, advanced SQL")
        after, before = lex.proficiency_after, lex.proficiency
        self.prof_after = frozenset(kb.fold(c).strip() for c in (*after.expert, *after.proficient, *after.basic))
        said_before = {kb.fold(c).strip() for c in (*before.expert, *before.proficient, *before.basic)}
        self.prof_both = self.prof_after & said_before
        for degree in lex.degrees_by_rank():
            for cue in getattr(lex.degrees, degree):
                add(cue, "degree", degree)
        simple = {
            "neg_before": lex.negation.before,
            "neg_after": lex.negation.after,
            "neg_forgot": lex.negation.forgotten,
            "aspire": lex.aspiration,
            "interest": lex.interest,
            "dislike": lex.dislike,
            "weak": lex.weak,
            "break": lex.scope_breaks,
            "blocker": lex.context_blockers,
            "not_title": lex.not_titles,
            "led": lex.grades.led,
            "project": lex.grades.project,
            "change": lex.grades.change,
            "expword": lex.experience_words,
            "self_before": lex.self_description.before,
            "self_after": lex.self_description.after,
            "negator": lex.negation.negators,
            "status_head": lex.status_headings,
            "wish_head": lex.wish_headings,
            "lack_head": lex.lack_headings,
            "dislike_head": lex.dislike_headings,
            "like": lex.like,
            "hearsay": lex.hearsay,
            "third_party": lex.third_party,
            "limiter": lex.limiter,
            "claim": lex.claims,
            "exception": lex.exceptions,
        }
        for kind, words in simple.items():
            for word in words:
                add(word, kind, "")
        # a not-cue is looked for in the automaton when it holds a cue found there ("不断", "理想"), else only
        # where a negator's word for knowing or doing is looked for ("应用", "机会")
        cue_keys = [k for k, es in table.items() if any(e.kind in _COMPETING for e in es)]
        lazy: list[str] = []
        for word in lex.not_cues:
            key = kb.fold(word).strip()
            if any(c in key for c in cue_keys if len(c) <= len(key)):
                add(word, "not_cue", "")
            else:
                lazy.append(key)
        self._sources["predicate_blockers"] = _alternation(lazy)
        # words looked up only where they matter, never in the automaton (frequent and mostly idle):
        # a background's field words beside a self-description, a trait's topics beside a like or dislike
        self.field_of = {kb.fold(w).strip(): aid for aid, arch in kb.archetypes.items() for w in arch.fields}
        self._sources["fields"] = _alternation(self.field_of)
        self.topic_of = {kb.fold(w).strip(): tid for tid, trait in kb.traits.items() for w in trait.topics}
        self._sources["topics"] = _alternation(self.topic_of)
        self._sources["speakers"] = _alternation(kb.fold(w).strip() for w in lex.speakers)
        verbs = [[kb.fold(f).strip() for f in group] for group in lex.verb_forms]
        # each form of each verb, as written and as a hyphenated one is spaced or closed up ("fine tuning")
        verb_forms = [f for group in verbs for f in group]
        self.verbs = frozenset(v for f in verb_forms for v in (f, f.replace("-", " "), f.replace("-", "")))
        self._base = {f: group[0] for group in verbs for f in group[1:]}  # a verb's form -> its base form
        _inflect(table, verbs)
        # a head shared by a list of modifiers ("tensor and pipeline parallelism"): per head, each modifier's entries
        self.shared: dict[str, dict[str, tuple[Entry, ...]]] = _shared_heads(table, _folded(kb, lex.shared_heads))
        spaced = {kb.fold(w).strip() for w in lex.unjoined}
        _joined(table, {a for _, a in self.guards} | spaced)
        _variants(table)
        _misspellings(table, (kb.fold(n).strip() for n in lex.misspelled), {a for _, a in self.guards})
        # the plural of an English alias: of a phrase ("GPU kernels", "data pipelines") as it is,
        # of a short word only as an acronym in capitals ("TPUs", "NPUs"; "sparks" is not Spark)
        for key, entries in list(table.items()):
            plural = key + "s"
            last = _LAST_WORD.search(key) if key.isascii() and not key.endswith("s") else None
            if last is None or plural in table:
                continue
            acronym = last.start() == 0 and len(key) <= _ACRONYM
            if acronym or last.start() > 0:
                skills = [Entry("skill", e.id, None, acronym) for e in entries if e.kind == "skill"]
                if skills:
                    table[plural] = skills

        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        # one- and two-letter forms ("r", "c", "es") would be reported inside almost every
        # word by the automaton; they are looked up per Latin word instead (same hits; longer
        # forms are faster in the automaton, measured)
        self._short: dict[str, tuple[Entry, ...]] = {}
        # the automaton's n-th word: its length, and its entries, members[offsets[n]:offsets[n + 1]] of
        # the distinct entries (flat arrays: read back from the cache at once)
        index: dict[Entry, int] = {}
        self._lengths, self._offsets, self._members = array("I"), array("I", [0]), array("I")
        # pyahocorasick finds a state's next character by trying its children one by one, in the order
        # they were added; at the root that is done for most characters of a text. The characters
        # frequent in the knowledge base's own prose go first, each by a word no normalised text holds
        # (the character, then "ﬁ", which NFKC always expands) and no hit comes from: no entries.
        # per word, whether its first (bit 1) and last (bit 2) characters are Latin word characters: a hit's
        # first and last characters are its word's, so only those two may stand inside a longer word
        self._edges = array("B")
        for ch in _frequent_characters(kb):
            automaton.add_word(ch + _NEVER, len(self._lengths))
            self._lengths.append(len(ch + _NEVER))
            self._edges.append(0)
            self._offsets.append(len(self._members))
        for key, entries in table.items():
            if len(key) <= _SHORT and key.isascii() and key.isalnum():
                self._short[key] = tuple(dict.fromkeys(entries))
                continue
            automaton.add_word(key, len(self._lengths))
            self._lengths.append(len(key))
            self._edges.append((key[0] in _WORD_CHARS) | (key[-1] in _WORD_CHARS) << 1)
            self._members.extend(index.setdefault(e, len(index)) for e in dict.fromkeys(entries))
            self._offsets.append(len(self._members))
        self._sources["short"] = _short_words(self._short)
        self._entries = list(index)
        self._groups: dict[int, tuple[tuple[str, str], ...] | list[Entry]] = {}
        self._guard_of: dict[tuple[str, str], Guard | None] = {}  # (skill, form) -> its guard (:meth:`guard`)
        automaton.make_automaton()
        self._automaton = automaton
        self.size = len(table)
        self.longest = max(map(len, table), default=0)  # the longest form: how far back a hit may start

    def _group(self, n: int) -> tuple[tuple[str, str], ...] | list[Entry]:
        """The entries of the automaton's ``n``-th word (made once, on first use): when every one is
        plain (no spelling to check, no acronym, its form as the text has it), a tuple of their
        (kind, id); else the list of the entries."""
        got = self._groups.get(n)
        if got is None:
            entries = [self._entries[i] for i in self._members[self._offsets[n] : self._offsets[n + 1]]]
            if all(e.form is None and not e.acronym for e in entries):
                got = tuple((e.kind, e.id) for e in entries)
            else:
                got = entries
            self._groups[n] = got
        return got

    def __getstate__(self) -> dict[str, Any]:
        """Arrays and plain tuples: read back in milliseconds (named tuples unpickle ~10x slower)."""
        state = {k: v for k, v in self.__dict__.items() if k not in ("_groups", "_patterns", "_guard_of")}
        state["_entries"] = [tuple(e) for e in self._entries]
        state["_short"] = {k: [tuple(e) for e in entries] for k, entries in self._short.items()}
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        make = Entry._make
        self.__dict__.update(state)
        self._entries = [make(e) for e in state["_entries"]]
        self._short = {k: tuple(make(e) for e in entries) for k, entries in state["_short"].items()}
        self._groups = {}
        self._patterns = {}
        self._guard_of = {}

    def _pattern(self, name: str) -> re.Pattern[str]:
        got = self._patterns.get(name)
        if got is None:
            got = self._patterns[name] = re.compile(self._sources[name])
        return got

    @property
    def predicates(self) -> re.Pattern[str]:
        """The words for knowing or doing that complete a negator ("没…写过")."""
        return self._pattern("predicates")

    @property
    def predicate_blockers(self) -> re.Pattern[str]:
        """Words that hold a predicate but are none ("机会", "应用")."""
        return self._pattern("predicate_blockers")

    @property
    def fields(self) -> re.Pattern[str]:
        """A background's field words (``field_of``), looked up beside a self-description."""
        return self._pattern("fields")

    @property
    def speakers(self) -> re.Pattern[str]:
        """Someone named by their role (``speakers``), someone else only when they speak (scope.speaking)."""
        return self._pattern("speakers")

    @property
    def topics(self) -> re.Pattern[str]:
        """A trait's topics (``topic_of``), looked up beside a like or dislike."""
        return self._pattern("topics")

    def guard(self, skill: str, form: str) -> Guard | None:
        """The word-sense guard of ``skill``'s alias ``form`` (a plural read as its alias), if any (looked up
        once a skill and form: the same few are asked again and again)."""
        if skill not in self.guarded:  # (every guard is keyed by its skill)
            return None
        try:
            return self._guard_of[(skill, form)]
        except KeyError:
            found = self._guard_of[(skill, form)] = self._find_guard(skill, form)
            return found

    def _find_guard(self, skill: str, form: str) -> Guard | None:
        key = form.lower()
        found = self.guards.get((skill, key))
        if found is None and key.endswith("s"):
            found = self.guards.get((skill, key[:-1]))
        first, space, rest = key.partition(" ")
        if found is None and space and first in self._base:  # "served models": the guard of "serve models"
            found = self.guards.get((skill, f"{self._base[first]} {rest}"))
        return found

    def cue_near(self, text: str, skill: str, lo: int, hi: int, own: tuple[int, int] = (-1, -1)) -> bool:
        """Whether a cue of ``skill`` touches ``text[lo:hi]`` (normalised text), standing at
        Latin word boundaries as any hit must; the mention itself (``own``) is not its own cue."""
        return words_near(text, self._cues.get(skill, ()), lo, hi, own)

    def scan(self, norm: Normalized) -> list[Hit]:
        """All hits in ``norm``, sorted by position, overlaps resolved per group."""
        text = norm.text
        size = len(text)
        found: list[Hit] = []
        word = _WORD_CHARS
        lengths = self._lengths
        groups = self._groups
        append = found.append
        new = tuple.__new__
        edges = self._edges
        for end_idx, n in self._automaton.iter(text):
            end = end_idx + 1
            start = end - lengths[n]
            if start > 0:
                before = text[start - 1]
                if before in word:
                    if edges[n] & 1:
                        continue
                elif before == "-" and start > 1 and text[start - 2] in word:
                    continue  # the tail of a hyphenated word: "cutting-edge ai", "x-ray"
            if end < size and edges[n] & 2 and text[end] in word and not _versioned(text, start, end):
                continue
            entries = groups.get(n) or self._group(n)
            if isinstance(entries, tuple):  # only plain entries: each a hit as the text has it
                form = text[start:end]
                for kind, ident in entries:
                    append(new(Hit, (start, end, kind, ident, form)))
            else:
                _add(found, entries, norm, start, end)
        if self._short:
            short = self._short
            for m in self._pattern("short").finditer(text):
                found_entries = short.get(m.group())
                if found_entries:
                    start, end = m.span()
                    if start > 1 and text[start - 1] == "-" and text[start - 2] in word:
                        continue
                    _add(found, found_entries, norm, start, end)
        # by start, the longer of two hits first (an integer key: the order of (start, -length))
        longest = self.longest
        found.sort(key=lambda h: h[0] * (longest + 1) + longest - (h[1] - h[0]))
        kept = _resolve(found, text, self.verbs)
        return _with_shared_heads(kept, text, self.shared) if self.shared else kept


# a version written against a name ("cuda12", "pytorch2.1", "python3.11", "pytorch2.x"): the name stands alone
_VERSION = re.compile(r"\d+(?:\.\d+)*+(?:\.x)?(?![a-z0-9])")


def _versioned(text: str, start: int, end: int) -> bool:
    """Whether a hit of one word that ends in a letter is followed by a version number only ("cuda12", not
    "bert4rec"; not "pytorch fsdp2", where "fsdp2" is the name)."""
    return (
        text[end].isdigit()
        and text[end - 1].isalpha()
        and _VERSION.match(text, end) is not None
        and " " not in text[start:end]
    )


_NEVER = "\ufb01"  # "ﬁ": NFKC makes it "fi", so no normalised text holds it
_ROOT_FIRST = 300  # how many characters go first at the automaton's root (more: slower for the rest)


def _frequent_characters(kb: Knowledge) -> list[str]:
    """The characters of the knowledge base's prose (its roles and directions, both languages, folded),
    most frequent first: a stand-in for those of the texts it reads."""
    texts = [t for r in kb.roles.values() for t in (r.summary, *r.duties, *r.who_fits)]
    texts += [t for d in kb.directions for t in (d.summary, *d.who_fits, *d.threshold_points)]
    counts = Counter(kb.fold(" ".join(f"{t.zh} {t.en}" for t in texts)))
    return [ch for ch, _ in counts.most_common(_ROOT_FIRST)]


# compiled when a matcher is built, not on import (its Han ranges cost sre ~5 ms to compile)
_SCRIPT_SEAM = rf"(?<=[a-z0-9+#])(?=[{HAN_CLASS}])|(?<=[{HAN_CLASS}])(?=[a-z0-9])"
_DEVELOPER = " developer"


def composed_titles(kb: Knowledge) -> list[tuple[str, str]]:
    """Titles made of a background's field word and a word of a job (``lexicon.yaml -> title_heads``), each with
    its background: "recommendation systems engineer", "embedded software engineer", "搜索研发", "QA工程师". A
    Latin field takes a Latin head after a space and a Chinese one unspaced (``_variants`` adds the spaced
    form); a Chinese field takes only a Chinese head. A form listed as a title of any background, or in
    ``not_titles`` ("product engineer", "安全工程师"), is left to what the data say of it."""
    listed = {kb.fold(t).strip() for arch in kb.archetypes.values() for t in arch.titles}
    listed |= {kb.fold(t).strip() for t in kb.lexicon.not_titles}
    heads = [kb.fold(h).strip() for h in kb.lexicon.title_heads]
    out: list[tuple[str, str]] = []
    for aid, arch in kb.archetypes.items():
        for field_word in arch.fields:
            word = kb.fold(field_word).strip()
            for head in heads:
                if not head.isascii():
                    form = word + head
                elif word.isascii():
                    form = f"{word} {head}"
                else:
                    continue
                if form not in listed:
                    listed.add(form)
                    out.append((aid, form))
    return out


def _variants(table: dict[str, list[Entry]]) -> None:
    """Forms people write that the data need not list: a space where Latin letters meet Chinese
    ("iOS 开发" for "ios开发", "多 agent" for "多agent"), and "dev" for "developer" in a title
    ("frontend dev"). A variant adds to what the data list under that form, never replaces it."""
    seam = re.compile(_SCRIPT_SEAM)
    for key, entries in list(table.items()):
        forms = []
        if key.isascii():
            if key.endswith(_DEVELOPER):
                forms.append(key[: -len(_DEVELOPER)] + " dev")
        elif seam.search(key):
            forms.append(seam.sub(" ", key))
        for form in forms:  # a context alias keeps its exact spelling
            _add_form(table, form, [e for e in entries if e.kind != "ctx"])


_VOWELS = "aeiouy"


def _misspellings(table: dict[str, list[Entry]], names: Iterable[str], guarded: set[str]) -> None:
    """Each name of ``names`` (``lexicon.yaml -> misspelled``) also under the spellings one slip of typing away:
    a letter left out, doubled or swapped with the next, a vowel written for another or one vowel more ("kubernates",
    "pytroch", "postgress", "javascipt"), never at the first letter; only where the table has no such form (a
    misspelling never takes another alias's place) and for the name's skill entries (not a guarded alias)."""
    for name in names:
        skills = [e for e in table.get(name, []) if e.kind == "skill"]
        if not skills or name in guarded:
            continue
        forms: set[str] = set()
        for i in range(1, len(name)):
            forms.add(name[:i] + name[i + 1 :])  # left out
            forms.add(name[:i] + name[i] + name[i:])  # doubled
            if i + 1 < len(name):
                forms.add(name[:i] + name[i + 1] + name[i] + name[i + 2 :])  # swapped with the next
            forms.update(name[:i] + v + name[i:] for v in _VOWELS)  # one vowel more
            if name[i] in _VOWELS:
                forms.update(name[:i] + v + name[i + 1 :] for v in _VOWELS)  # a vowel for another
        forms.discard(name)
        for form in forms:
            if form not in table:
                table[form] = list(skills)


def _add_form(table: dict[str, list[Entry]], form: str, entries: list[Entry]) -> None:
    """``entries`` also under ``form``, after what the data list under it (which stays first), each once."""
    have = {(e.kind, e.id) for e in table.get(form, [])}
    kept = [e for e in entries if (e.kind, e.id) not in have]
    if kept:
        table.setdefault(form, []).extend(kept)


_PIECE = re.compile(r"[a-z]{3,}")


def _joined(table: dict[str, list[Entry]], keep: set[str]) -> None:
    """A skill alias of Latin words joined by hyphens is also written with spaces or closed up ("multi-gpu
    training": "multi gpu training", "multigpu training"); one joined by spaces also with hyphens ("machine
    learning": "machine-learning", as a modifier is written). Only between words of three letters or more
    ("no-sql" is not "no sql", "client-go" not "client go"), two or three words when spaces become hyphens, and
    neither a guarded alias nor one whose other form is everyday English (``keep``: "one-shot", "stress testing")."""
    for key, entries in list(table.items()):
        if not key.isascii() or key in keep:
            continue
        pieces = re.split(r"[ -]", key)
        if len(pieces) < 2 or not all(_PIECE.fullmatch(p) for p in pieces):
            continue
        if "-" in key:
            forms = [key.replace("-", " "), key.replace("-", "")]
        elif len(pieces) <= 3:
            forms = [key.replace(" ", "-")]
        else:
            continue
        skills = [e for e in entries if e.kind == "skill"]
        for form in forms:
            _add_form(table, form, skills)


def _inflect(table: dict[str, list[Entry]], verbs: list[list[str]]) -> None:
    """A skill alias of several Latin words that opens with a verb's base form (``lexicon.yaml ->
    verb_forms``) also matches opening with its other forms: "serve models" is "served models" and "serving
    models" too. Only the base form opens the rule: a noun compound that opens with a participle
    ("training data", "test cases") is not a verb phrase and is never inflected."""
    others = {group[0]: group[1:] for group in verbs if group}
    for key, entries in list(table.items()):
        first, space, rest = key.partition(" ")
        if not space or first not in others or not key.isascii():
            continue
        skills = [e for e in entries if e.kind == "skill"]
        for form in others[first]:
            _add_form(table, f"{form} {rest}", skills)


def _shared_heads(table: dict[str, list[Entry]], heads: Iterable[str]) -> dict[str, dict[str, tuple[Entry, ...]]]:
    """Per shared head (``lexicon.yaml -> shared_heads``), the modifiers that make a skill alias with it, each with
    that alias's skill entries: "parallelism" -> {"tensor": tensor parallelism, "pipeline": …}, "并行" -> {"张量": …}.
    A Latin modifier is a whole word or more before the head ("tensor parallel", "tensor-parallel"), of three
    letters or more; a Chinese one two characters or more."""
    out: dict[str, dict[str, tuple[Entry, ...]]] = {}
    for head in heads:
        mods: dict[str, tuple[Entry, ...]] = {}
        for key, entries in table.items():
            if len(key) <= len(head) or not key.endswith(head):
                continue
            mod = key[: -len(head)]
            if head.isascii():
                if mod[-1] not in " -":
                    continue
                mod = mod[:-1].strip()
            mod = mod.strip()
            skills = tuple(e for e in entries if e.kind == "skill")
            if not skills or len(mod) < (3 if mod.isascii() else 2) or _JOINER_WORDS.search(mod):
                continue
            mods.setdefault(mod, skills)
        if mods:
            out[head] = mods
    return out


# what joins the modifiers of a shared head: and, or, a comma, a slash, an ampersand, 和, 与, 及, 、; after a
# modifier's suspended hyphen too ("tensor- and pipeline-parallel", "unit- and integration-testing")
_JOINER = re.compile(r"(?:-?\s*(?:,|/|&|、|和|与|及)\s*(?:and\s+|or\s+)?|-?\s+(?:and|or)\s+)$")
_JOINER_WORDS = re.compile(r"[,/&、和与及]|\b(?:and|or)\b")
_JOINER_REACH = 8  # how far back a joiner is looked for


def _with_shared_heads(hits: list[Hit], text: str, shared: dict[str, dict[str, tuple[Entry, ...]]]) -> list[Hit]:
    """``hits`` and, before a skill hit that ends with a shared head, the modifiers listed before it that make an
    alias with that head ("tensor and pipeline parallelism": tensor parallelism over "tensor"; "张量、流水线并行":
    张量并行 over "张量"), each as a hit of that alias's skill over the modifier, written as the alias; a modifier
    that is already a mention of its own ("Java 和 Go 开发") adds nothing. A Chinese enumeration (、) of modifiers that
    goes on before them with an item that is none ("性能优化、可访问性、稳定性、自动化测试") is a list of things of
    their own: it adds nothing (a group joined by slashes in it stays: "代码评审、单元/集成/负载测试")."""
    added: list[Hit] = []
    heads = tuple(shared)
    for h in hits:
        if h.kind != "skill":
            continue
        if not text.endswith(heads, h.start, h.end):  # (most hits end with none: one test in C, no slice)
            continue
        written = text[h.start : h.end]
        for head, mods in shared.items():
            if not written.endswith(head) or len(written) == len(head):
                continue
            pos, chain, enumerated = h.start, list[Hit](), False
            while True:
                joiner = _JOINER.search(text, max(0, pos - _JOINER_REACH), pos)
                if joiner is None:
                    break
                end = joiner.start()
                mod = _modifier_before(text, end, mods)
                if mod is None:
                    if enumerated and "、" in joiner.group():
                        chain = []
                    break
                enumerated = enumerated or "、" in joiner.group()
                start = end - len(mod)
                if any(o.start < end and start < o.end for o in hits if o.kind in ("skill", "ctx")):
                    break
                form = f"{mod} {head}" if head.isascii() else mod + head
                chain.extend(Hit(start, end, "skill", e.id, form) for e in mods[mod])
                pos = start
            added += chain
            break
    if not added:
        return hits
    return sorted([*hits, *added], key=lambda h: (h.start, h.start - h.end))


def _modifier_before(text: str, end: int, mods: dict[str, tuple[Entry, ...]]) -> str | None:
    """The longest of ``mods`` that ends at ``end``, a Latin one as a whole word."""
    best = None
    for mod in mods:
        if len(mod) > end or (best is not None and len(mod) <= len(best)) or not text.startswith(mod, end - len(mod)):
            continue
        before = end - len(mod) - 1
        if mod.isascii() and before >= 0 and text[before] in _WORD_CHARS:
            continue
        best = mod
    return best


def _alternation(words: Iterable[str]) -> str:
    """One pattern for ``words`` (longest first), Latin words at word boundaries (its source). Every
    word opens with its first character, the look-behind for a Latin word's boundary after it (two
    characters back: the one before the first), so ``re`` reads the words' first characters as the
    pattern's prefix and skips every other position in C, without trying a word there (same matches;
    a look-ahead at those characters in front would be tried at every position)."""
    forms = sorted({w for w in words if w}, key=len, reverse=True)
    if not forms:
        return r"(?!)"
    parts = [
        re.escape(w[0])
        + ("(?<![a-z0-9].)" if w[0].isascii() and w[0].isalnum() else "")
        + re.escape(w[1:])
        + ("(?![a-z0-9])" if w[-1].isascii() and w[-1].isalnum() else "")
        for w in forms
    ]
    return f"(?:{'|'.join(parts)})"


_PAD = 32


def everyday_near(m: Matcher, text: str, lo: int, hi: int, own: tuple[int, int]) -> bool:
    """Whether a word of everyday life or another trade (``lexicon.yaml -> everyday``) touches ``text[lo:hi]``,
    other than ``own``: the window's Latin words looked up in a set, its phrases found in it, Chinese words only
    where it holds more than ASCII."""
    words = m.everyday_words
    if not words.isdisjoint(_LATIN_WORD.findall(text, lo, hi)):  # (most windows hold none: one look in C)
        for w in _LATIN_WORD.finditer(text, lo, hi):
            if w.group() in words and w.span() != own:
                return True
    if m.everyday_phrases and words_near(text, m.everyday_phrases, lo, hi, own):
        return True
    if not m.everyday_han or text[lo:hi].isascii():
        return False
    gate = m.everyday_han_gate  # (the window words_near reads: none of them there, nothing to look for)
    if gate is not None and gate.search(text, max(0, lo - _PAD), hi + _PAD) is None:
        return False
    return words_near(text, m.everyday_han, lo, hi, own)


def words_near(
    text: str, forms: tuple[str, ...], lo: int, hi: int, own: tuple[int, int] = (-1, -1), inside: bool = True
) -> bool:
    """Whether one of ``forms`` (folded) touches ``text[lo:hi]`` at Latin word boundaries, other than ``own``;
    with ``inside`` false, none inside ``own`` either (the "服务" of "售后服务" is the alias's own word)."""
    n = len(text)
    word = _WORD_CHARS
    window = text[max(0, lo - _PAD) : hi + _PAD]  # holds every place a form up to _PAD long is looked for
    for form in forms:
        size = len(form)
        if size <= _PAD and form not in window:
            continue
        stop = min(n, hi + size)
        start = text.find(form, max(0, lo - size), stop)
        while start != -1:
            end = start + size
            if not (
                (start > 0 and text[start] in word and text[start - 1] in word)
                or (start > 1 and text[start - 1] == "-" and text[start - 2] in word)
                or (end < n and text[end] in word and text[end - 1] in word)
                or (start, end) == own
                or (not inside and own[0] <= start and end <= own[1])
            ):
                return True
            start = text.find(form, start + 1, stop)
    return False


def _add(found: list[Hit], entries: Iterable[Entry], norm: Normalized, start: int, end: int) -> None:
    for e in entries:
        if e.kind == "ctx" and not _same_spelling(norm, start, end, e.form or ""):
            continue
        if e.acronym and not _acronym_plural(norm, start, end):
            continue
        found.append(Hit(start, end, e.kind, e.id, e.form if e.form is not None else norm.text[start:end]))


def _same_spelling(norm: Normalized, start: int, end: int, form: str) -> bool:
    """A context alias written with capitals ("Go", "R", "Ray") must be spelled so; one
    written in lower case ("backend", "agent") matches in any case. An acronym of two or three capitals ("ES",
    "TS", "HF") is also written in lower case in Chinese prose, where no English word stands beside it ("用es做搜索",
    "会用ts写前端"): there, against Chinese on either side, that spelling is the acronym too."""
    if form == form.lower():
        return True
    written = spelling(norm, start, end)
    if written == form:
        return True
    return (
        _ACRONYM_SHORT <= len(form) <= _ACRONYM_LONG
        and form.isalpha()
        and form.isupper()
        and written == form.lower()
        and _beside_chinese(norm.text, start, end)
    )


_ACRONYM_SHORT, _ACRONYM_LONG = 2, 3  # the acronyms that Chinese prose writes in lower case too


def _beside_chinese(text: str, start: int, end: int) -> bool:
    """Whether a Chinese character stands right before ``start`` or right after ``end``, a space between or not."""
    before = text[max(0, start - 2) : start].rstrip()[-1:]
    after = text[end : end + 2].lstrip()[:1]
    return has_han(before) or has_han(after)


def spelling(norm: Normalized, start: int, end: int) -> str:
    """How the source writes the normalised span ``start..end`` (NFKC, capitals kept)."""
    s, e = norm.span(start, end)
    return unicodedata.normalize("NFKC", norm.source[s:e])


def _acronym_plural(norm: Normalized, start: int, end: int) -> bool:
    s, e = norm.span(start, end)
    written = norm.source[s:e]
    return written[:-1].isupper() and written[-1] == "s"


def _resolve(hits: list[Hit], text: str, verbs: frozenset[str] = frozenset()) -> list[Hit]:
    """Leftmost-longest within each group: a hit that starts inside the last kept hit of its
    group is dropped, unless it covers exactly the same span (one form, several meanings) or it is the
    object of a verb phrase (one of ``verbs``, a space, then the object: "evaluated LLMs").
    A liked trait that starts inside a dislike or negation ("不喜欢推导公式") becomes a
    dislike of that trait."""
    kept: list[Hit] = []
    keep = kept.append
    last: dict[str, Hit] = {}
    group_of = _GROUP_OF
    for h in hits:
        start, end, kind, ident, _ = h  # (unpacked once: a named tuple's fields are slower to read)
        group = group_of.get(kind)
        if group is None:
            keep(h)
            continue
        prev = last.get(group)
        if prev is not None:
            p_start, p_end = prev[0], prev[1]
            # (each test below opens with where the two stand, checked first here)
            if group == "skill":
                if start == p_start and _leading_word(h, prev, text):
                    keep(h)  # "java后端": Java counts as well as backend development
                    continue
                if end == p_end and ident != prev[3] and text[p_start : start - 1] in verbs:
                    keep(h)  # "evaluated LLMs": the object of a verb phrase names its own skill too
                    continue
                if p_start < start < p_end and _chained(h, prev, text):
                    keep(h)  # "大模型推理服务": inference and model serving, sharing "推理"
                    last[group] = h
                    continue
            if start < p_end and (start != p_start or end != p_end):
                continue
        if kind == "trait_like":
            cue = last.get("cue")
            if cue is not None and cue.kind in ("dislike", "neg_before", "neg_after") and cue.start < start < cue.end:
                h = Hit(cue.start, max(cue.end, end), "trait_dislike", ident, h.form)
        keep(h)
        if prev is None or h[1] >= prev[1]:
            last[group] = h
    return kept


def _leading_word(h: Hit, prev: Hit, text: str) -> bool:
    """A Latin word at the start of a longer mixed-script alias of another skill ("java后端",
    "sql 调优")."""
    after = text[h.end : h.end + 2]
    return (
        h.start == prev.start
        and h.end < prev.end
        and h.id != prev.id
        and text[h.start : h.end].isascii()
        and (not after[:1].isascii() or (after[:1] == " " and not after[1:].isascii()))
    )


_CHAIN_TAIL = 2  # what a Chinese alias must add past the one it overlaps


def _chained(h: Hit, prev: Hit, text: str) -> bool:
    """Two Chinese aliases of different skills sharing their middle ("大模型推理" and "推理服务",
    "大模型评测" and "评测集构建"): each names its skill."""
    return (
        prev.start < h.start < prev.end
        and h.end - prev.end >= _CHAIN_TAIL
        and h.id != prev.id
        and prev.end - h.start < min(h.end - h.start, prev.end - prev.start) - 1
        and not any(c.isascii() for c in text[prev.start : h.end])
    )


def matcher_for(kb: Knowledge) -> Matcher:
    """The knowledge base's matcher: built on first use and kept with it, in memory and in its
    cache entry."""
    return compiled.part(kb, "matcher", Matcher, Matcher)
