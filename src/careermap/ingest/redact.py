"""Privacy: phone numbers, e-mails, Chinese ID numbers and street addresses never leave ingest.

Redaction happens once, on the decoded text, before anything reads it: the
:class:`~careermap.ingest.document.Document` holds the redacted text, so extraction,
every renderer (terminal, Markdown, JSON), the store and the web front only ever see it.
``--keep-pii`` (``keep_pii=True``) turns it off.

**Spans stay valid.** Each character of a finding is replaced by ``*`` (line breaks and
tabs are kept), so the redacted text has exactly the length and line structure of the
decoded text. A JSON evidence span ``{"text", "start", "end"}`` therefore satisfies
``text == redacted[start:end]`` *and* ``text == decoded[start:end]``: an offset means the
same place in the text the user gave and in the text careermap keeps. No evidence span
covers a redacted character (``*`` matches no skill or cue), so no span text holds PII.

What is found, and how:

- e-mail addresses, by form;
- phone numbers, by form: Chinese mobiles (``138 1234 5678``, ``+86-13812345678``), Chinese
  landlines with an area code (``010-62751234``), ``+``-prefixed international numbers of 8–15
  digits, and North-American ``(415) 555-0100``;
- Chinese resident ID numbers: 18 characters with a valid date of birth and a valid
  ISO 7064 MOD 11-2 check character (an 18-digit order number is left alone);
- street addresses, with the words in ``lexicon.yaml`` ``address``: the value after an
  address label (``地址：…``, ``Address: …``); a Chinese road or estate with a number
  (``海淀区中关村大街27号``, ``阳光花园3栋2单元501室``) with the districts before it, starting
  after a lead-in word (``家住``, ``位于``); an English house number, name and street word
  (``88 Main Street, Apt 4B``) with the town, state and postcode after it. A city alone
  (``北京``) is not an address and stays. Without a district or lead-in, up to a few words
  before a road name may be masked with it: privacy errs on the side of masking.

**An address ends where the address ends**, not at the end of the line: what follows it on
the same line (``地址：杭州市西湖区文三路 精通Go和Kafka``, ``Address: 42 Harbour Lane, Leeds
Expert in Java``) is read. A labelled value ends at the first of: the end of its field (a line
break, ``|``, a tab, two spaces); the end of the Chinese address its words make (divisions, a
road or estate, numbers with units) when a space or a comma follows it; the end of the English
address (street, then only capitalised town words, state codes and postcodes); and, when the
value has no recognisable form, the first word careermap reads (a proficiency, negation, wish
or interest cue of the lexicon, a skill written in Latin letters, a new ``label:``) or a
sentence end.

Names of people are not recognised; a file name given on the command line is shown as it is.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from careermap.knowledge.loader import Knowledge
from careermap.text.scripts import HAN_CLASS

MASK = "*"
KINDS = ("email", "phone", "id_number", "address")
_MASKABLE = re.compile("[^\n\r\t\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")  # line breaks and tabs stay
_NB = r"(?<![0-9A-Za-z])"
_NA = r"(?![0-9A-Za-z])"
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9])"
)
_PHONES = (  # (form, fewest digits); each opens with a look-ahead at its first character (the engine skips
    # every other position at once: same matches, faster)
    (re.compile(rf"(?=[+01]){_NB}(?:(?:\+|00)86[ -]?)?1[3-9]\d(?:[ -]?\d{{4}}){{2}}{_NA}"), 11),
    (re.compile(rf"(?=[(0]){_NB}(?:\(0\d{{2,3}}\) ?|0\d{{2,3}}[ -])\d{{7,8}}(?:-\d{{1,5}})?{_NA}"), 10),
    (re.compile(rf"(?=\+)(?<![0-9A-Za-z+])\+\d{{1,3}}(?:[ .-]?\(?\d{{1,5}}\)?){{2,6}}{_NA}"), 9),
    (re.compile(rf"(?=[(\d]){_NB}(?:\(\d{{3}}\) ?|\d{{3}}[ .-])\d{{3}}[ .-]\d{{4}}{_NA}"), 10),
)
_ID = re.compile(rf"{_NB}[1-9]\d{{5}}(?:18|19|20)\d{{2}}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{{3}}[\dXx]{_NA}")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_HAN = f"[{HAN_CLASS}]"
_DECIMAL = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Redacted:
    text: str
    counts: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        """``phone:1,email:1`` or ``none``."""
        return ",".join(f"{k}:{n}" for k, n in self.counts.items()) or "none"


def id_checksum_ok(number: str) -> bool:
    """ISO 7064 MOD 11-2, as used by the 18-character Chinese resident ID."""
    total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11] == number[17].upper()


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


class _Lazy:
    """A pattern compiled on first use: the Han ranges and the stop words take milliseconds to
    compile, and most texts never reach the patterns that hold them."""

    __slots__ = ("_make", "_pattern")

    def __init__(self, make: Callable[[], re.Pattern[str]]) -> None:
        self._make: Callable[[], re.Pattern[str]] | None = make
        self._pattern: re.Pattern[str] | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._pattern is None:
            assert self._make is not None
            self._pattern, self._make = self._make(), None
        return self._pattern

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.match(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, pos, endpos)


def _lazy(source: str, flags: int = 0) -> _Lazy:
    return _Lazy(lambda: re.compile(source, flags))


@dataclass(frozen=True, slots=True)
class _Address:
    label: _Lazy
    zh_anchor: _Lazy
    zh_full: _Lazy
    zh_lead_in: _Lazy
    zh_value: _Lazy  # a Chinese address at the start of a labelled value
    zh_more: _Lazy  # what continues a Chinese address after a space
    en: _Lazy  # house number, name, street word and unit; the town after it is read by _en_tail
    stop: _Lazy  # the words careermap reads: no address goes on past one


def _stop_words(kb: Knowledge) -> re.Pattern[str]:
    lex = kb.lexicon
    cues = [
        *lex.proficiency.expert,
        *lex.proficiency.proficient,
        *lex.proficiency.basic,
        *lex.negation.before,
        *lex.negation.after,
        *lex.negation.forgotten,
        *lex.aspiration,
        *lex.interest,
        *lex.dislike,
        *lex.weak,
    ]
    # a skill written in Latin letters ("Go", "Kafka"); Chinese skill words also name places ("金融街")
    latin = [a for s in kb.skills.values() for a in (*s.aliases, *s.context_aliases) if a.isascii() and len(a) >= 2]
    forms = sorted({w.lower() for w in [*cues, *latin] if w.strip()}, key=len, reverse=True)
    # the words grouped by the word boundaries they need, each group's look-arounds written once:
    # where a match starts is the same as with one look-around per word (only that is read), and it
    # compiles in a tenth of a second, not a second and a half
    groups: dict[tuple[bool, bool], list[str]] = {}
    for f in forms:
        groups.setdefault((f[0].isalnum() and f[0].isascii(), f[-1].isalnum() and f[-1].isascii()), []).append(f)
    bounded = "|".join(
        ("(?<![a-z0-9])" if lead else "") + f"(?:{'|'.join(map(re.escape, words))})" + ("(?![a-z0-9])" if tail else "")
        for (lead, tail), words in groups.items()
    )
    label = rf"(?:[A-Za-z]+|{_HAN}{{2,8}})[ \t]*[:：]"
    return re.compile(rf"(?i:{bounded})|{label}|[。；;！？!?]")


def _address(kb: Knowledge) -> _Address:
    cached = kb._cache.get("redact_address")
    if cached is None:
        w = kb.lexicon.address
        unit = _alt(w.zh_units)
        number = rf"[0-9０-９{kb.lexicon.numerals.zh_digits()}]+"  # a house number: "88号", "一百零八号"
        tail = rf"(?: ?[0-9A-Za-z０-９]+(?:-[0-9]+)? ?(?:{unit}))*"
        road = rf"(?:{_alt(w.zh_roads)}) ?{number}(?:-[0-9]+)? ?(?:{unit}){tail}"
        estate = rf"(?:{_alt(w.zh_estates)}) ?[0-9A-Za-z０-９]+ ?(?:{unit}){tail}"
        divisions = rf"(?:{_HAN}{{2,6}}?(?:{_alt(w.zh_divisions)})){{0,4}}"
        label = (
            rf"(?:^|(?<=[\s|｜,，;；·•]))(?i:{_alt(w.labels)})[ \t]*[:：][ \t]*"
            r"(?P<value>[^\n|｜\t]*?[^\s|｜])(?=[ \t]{2,}|[ \t]*[\n|｜\t]|[ \t]*$)"
        )
        en = (
            rf"(?<![\w-])\d{{1,6}}[A-Za-z]? +(?:[A-Z][A-Za-z'.-]* +){{1,4}}(?i:{_alt(w.en_streets)})\.?(?![A-Za-z])"
            rf"(?:,? *(?i:{_alt(w.en_units)})\.? *#?[\w-]+)?"
        )
        zh_value = (
            rf"(?:{_HAN}{{1,6}}?(?:{_alt(w.zh_divisions)})){{0,4}}"
            rf"(?:{_HAN}{{1,10}}?(?:{_alt(w.zh_roads)}|{_alt(w.zh_estates)}))?"
            rf"(?: ?[0-9A-Za-z０-９]{{1,6}}(?:-[0-9]+)? ?(?:{unit}))*"
        )
        cached = kb._cache["redact_address"] = _Address(
            label=_lazy(label, re.M),
            zh_anchor=_lazy(rf"{road}|{estate}"),
            zh_full=_lazy(rf"{divisions}{_HAN}{{1,8}}?(?:{road}|{estate})"),
            zh_lead_in=_lazy(rf"(?:{_alt(w.zh_lead_ins)})" if w.zh_lead_ins else r"(?!)"),
            zh_value=_lazy(zh_value),
            zh_more=_lazy(rf"[0-9０-９]+ ?(?:{unit})|[A-Z]+[0-9]"),
            en=_lazy(en),
            stop=_Lazy(lambda: _stop_words(kb)),
        )
    return cached


# after an English street: a town word (capitalised), a state code, a postcode ("CB2 1TN", "62704")
_EN_TAIL = re.compile(r"(?:[ \t]*,)?[ \t]+(?:[A-Z][A-Za-z'-]*|[A-Z0-9]{2,4}|\d{5}(?:-\d{4})?)(?![\w:：])")
_EN_TAIL_WORDS = 6
_VALUE_TRIM = " \t,，、;；.。:："


def _en_tail(text: str, pos: int, a: _Address) -> int:
    """Where an English address that reaches ``pos`` (after its street) ends: its town, state and
    postcode go with it, up to a word careermap reads ("Leeds Expert in Java")."""
    for _ in range(_EN_TAIL_WORDS):
        m = _EN_TAIL.match(text, pos)
        if m is None:
            break
        word = m.end() - len(m.group().lstrip(" \t,"))
        if a.stop.match(text, word):
            break
        pos = m.end()
    return pos


def _value_end(text: str, start: int, end: int, a: _Address) -> int:
    """Where the address after a label ends (see the module docstring), between ``start`` and ``end``."""
    zh = a.zh_value.match(text, start, end)
    floor = zh.end() if zh else start
    if floor > start:
        rest = text[floor:end]
        after = rest.lstrip(" \t,，、")
        if rest[:1] in (" ", "\t", ",", "，", "、") and not a.zh_more.match(after):
            return floor
    else:
        en = a.en.match(text, start, end)
        if en:
            return min(end, _en_tail(text, en.end(), a))
    cut = a.stop.search(text, floor, end)
    stop = cut.start() if cut else end
    if stop == start:  # the value opens with a word careermap reads: not an address
        return start
    return start + len(text[start:stop].rstrip(_VALUE_TRIM))


def _findings(text: str, kb: Knowledge) -> Iterator[tuple[int, int, str]]:
    if "@" in text:
        for m in _EMAIL.finditer(text):
            yield m.start(), m.end(), "email"
    if _DECIMAL.search(text):  # every form below holds decimal digits (\d): none without one
        for m in _ID.finditer(text):
            if id_checksum_ok(m.group()):
                yield m.start(), m.end(), "id_number"
        for pattern, fewest in _PHONES:
            for m in pattern.finditer(text):
                if fewest <= sum(ch.isdigit() for ch in m.group()) <= 15:
                    yield m.start(), m.end(), "phone"
    a = _address(kb)
    for m in a.label.finditer(text):
        end = _value_end(text, m.start("value"), m.end("value"), a)
        if end > m.start("value"):
            yield m.start("value"), end, "address"
    covered = 0
    for anchor in a.zh_anchor.finditer(text):
        if anchor.start() < covered:
            continue
        lo = max(0, anchor.start() - kb.lexicon.reach.address_before)
        window = text[lo : anchor.end()]
        for m in a.zh_full.finditer(window):
            if m.start() <= anchor.start() - lo < m.end():
                # "家住北京市…", "公司位于阳光花园…": the address starts after the last lead-in word
                leads = [x.end() for x in a.zh_lead_in.finditer(window, m.start(), anchor.start() - lo - 1)]
                yield lo + (leads[-1] if leads else m.start()), lo + m.end(), "address"
                covered = lo + m.end()
                break
    for m in a.en.finditer(text):
        yield m.start(), _en_tail(text, m.end(), a), "address"


def redact(text: str, kb: Knowledge) -> Redacted:
    """``text`` with every finding masked character for character (see the module docstring)."""
    found = sorted(_findings(text, kb))
    if not found:
        return Redacted(text)
    counts: dict[str, int] = {}
    pieces: list[str] = []
    covered = 0
    for start, end, kind in found:
        if start >= covered:  # findings that overlap (an address field and the address in it) count once
            counts[kind] = counts.get(kind, 0) + 1
            pieces.append(text[covered:start])
        if end > covered:
            pieces.append(_MASKABLE.sub(MASK, text[max(start, covered) : end]))
            covered = end
    pieces.append(text[covered:])
    ordered = {k: counts[k] for k in KINDS if k in counts}
    return Redacted("".join(pieces), ordered)
