"""Where sentences, clauses, paragraphs and list items of a text begin and end.

Patterns for **normalised** text (:mod:`careermap.text.normalize`: NFKC has turned "；！？，" into
";!?,"), used to decide how far a cue reaches:

- :data:`SENTENCE_BREAK` — a sentence ends at "。;!?", a line break, a bullet ("•●■◆▶►"), a table
  bar "|", or a full stop followed by a space or the end (not the dot of "3.5" or "node.js", nor an
  ellipsis before a word in lower case);
- :data:`CLAUSE_MARK` — a comma, inside a sentence;
- :data:`PARAGRAPH_BREAK` — an empty line;
- :func:`clause_end` — the end of a clause of a job posting: a sentence end, or a comma with
  Chinese on either side ("本科,硕士优先"), but not the commas of an English list ("A, B, or C
  is a plus");
- :func:`strip_edges` — a line without the marks around its words (bullets, "#", brackets, numbering);
- :func:`char_positions` — where a few characters stand (a regex class's matches, by ``str.find``);
- :func:`needles` — the few words whose absence shows a pattern cannot match;
- :func:`list_gap` — what may stand between two items of one list ("、", ", and ", " 和 "): built
  from the separators and joiners of ``lexicon.yaml -> lists``.

:func:`sentences` cuts the text as the user gave it (full-width marks included) into sentences.

A pattern that holds the Han ranges takes milliseconds to compile (``re`` expands the ranges
character by character): those only some commands need are compiled on first use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from careermap.text.scripts import HAN_CLASS

# a pattern that opens with a character class lets the engine skip other positions at once (in C,
# without trying a match there): a full stop counts only before a space or the end
# (the last dot of an ellipsis before a word in lower case is a pause, not an end: "Spark, Hive, Presto... all
# foreign to me")
SENTENCE_BREAK = re.compile(r"[。;!?\n|•●■◆▶►.](?:(?<!\.)|(?=\s|$)(?!(?<=\.\.\.)[ \t]+[a-z]))")
CLAUSE_CHARS = ",，"
CLAUSE_MARK = re.compile(f"[{CLAUSE_CHARS}]")
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SENTENCE_RUN = re.compile(r"[^。！？!?\n；;]+")


@cache
def clause_end() -> re.Pattern[str]:
    """The end of a clause of a job posting (see above), compiled on first use."""
    return re.compile(rf"[。!?;\n]|\.(?=\s|$)|(?<=[{HAN_CLASS}])\s*,|,(?=\s*[{HAN_CLASS}])")


def positions(pattern: re.Pattern[str], text: str) -> list[int]:
    """Where each match of ``pattern`` starts in ``text``."""
    return [m.start() for m in pattern.finditer(text)]


def char_positions(text: str, chars: str) -> list[int]:
    """Where each of ``chars`` stands in ``text``, in order: :func:`positions` of the class ``[chars]``,
    found by ``str.find`` (in C: a few times faster than a regex pass when the characters are few).

    >>> char_positions("a,b，c,", ",，")
    [1, 3, 5]
    """
    out: list[int] = []
    find = text.find
    for ch in chars:
        i = find(ch)
        while i >= 0:
            out.append(i)
            i = find(ch, i + 1)
    if len(chars) > 1:
        out.sort()
    return out


def needles(words: Iterable[str]) -> tuple[str, ...]:
    """The words of ``words`` that hold no other one: a text holds one of ``words`` exactly when it holds
    one of these, so a pattern every match of which holds one of ``words`` need not run on a text
    that holds none (``in`` tests, in C, cost a fraction of a regex pass). With an empty word (or
    none), ``("",)``: every text passes.

    >>> needles(["years", "year", "yr", "yrs", "年"])
    ('year', 'yr', '年')
    """
    ws = set(words)
    if not ws or "" in ws:
        return ("",)
    return tuple(sorted(w for w in ws if not any(o != w and o in w for o in ws)))


def sentences(text: str, *, min_chars: int = 1) -> list[re.Match[str]]:
    """The sentences of ``text`` as given (cut at "。！？!?；;" and line breaks), each a match whose
    span indexes ``text``; those with fewer than ``min_chars`` characters besides spaces are left out."""
    return [m for m in _SENTENCE_RUN.finditer(text) if len(m.group().strip()) >= min_chars]


def list_gap(separators: Iterable[str], joiners: Iterable[str]) -> re.Pattern[str]:
    """A pattern that matches the whole gap between two items of one list: spaces, separators
    ("、", ",", "/") and joiners ("和", "and", "as well as").

    A joiner in Chinese stands anywhere among the separators ("、和"); a joiner written in Latin
    letters stands once, after them (", and "), so "A and or B" is not one list.

    >>> gap = list_gap([",", "、"], ["和", "and", "as well as"])
    >>> [bool(gap.match(g)) for g in ("、", ", and ", " 和 ", " as well as ", " for ")]
    [True, True, True, True, False]
    """
    seps = "".join(re.escape(s) for s in separators)
    words = list(dict.fromkeys(joiners))
    latin = sorted((w for w in words if w.isascii()), key=len, reverse=True)
    chars = "".join(re.escape(w) for w in words if not w.isascii() and len(w) == 1)
    longer = sorted((w for w in words if not w.isascii() and len(w) > 1), key=len, reverse=True)
    one = rf"[\s{seps}{chars}]"
    # the run before the Latin joiner is read once, never given back (``*+``): what follows it (a Latin
    # joiner, or the separators the run took already) cannot start with what it takes, so giving back
    # only tries again and fails, each time — over a long run of separators, quadratic. (A joiner that
    # opened with a character of the run could: then the run gives back as before.)
    once = not any(re.match(one, w) for w in longer + latin)
    lead = rf"(?:{one}|{'|'.join(map(re.escape, longer))})" if longer else one
    tail = f"(?:{'|'.join(map(re.escape, latin))})?" if latin else ""
    return re.compile(rf"^{lead}{'*+' if once else '*'}{tail}[\s{seps}]*$")


def strip_edges(line: str, lead: str, trail: str, pattern: re.Pattern[str]) -> str:
    """``pattern.sub("", line)``, where ``pattern`` strips whitespace and the characters of ``lead`` at the
    start (decimal digits too when ``lead`` holds "0") and whitespace and ``trail`` at the end: done with
    ``str.lstrip``/``rstrip`` (in C) for the usual characters; a line whose ends hold other spaces or digits
    (U+3000, "٣") falls back to the pattern for its start, and to a scan back from its end for its end.

    (``pattern.sub`` would look for the end's run from every character of a run of those characters
    inside the line, each time reading to the run's end: over a long run, quadratic.)

    >>> strip_edges("## 1. Skills：", " #0123456789.", " ：", re.compile("^[ #0-9.]*|[ ：]*$"))
    'Skills'
    >>> strip_edges("#\u3000##::", " #", " #:", re.compile("^[ #]*|[ #:]*$"))
    ''
    """
    bare = line.lstrip(lead).rstrip(trail)
    if bare and (bare[0].isspace() or bare[-1].isspace() or ("0" in lead and bare[0].isdecimal())):
        match = pattern.match(line)  # the start's run ("^…*" matches at 0, if only the empty string)
        start = match.end() if match is not None else 0
        end = len(line)
        while end > start and (line[end - 1] in trail or line[end - 1].isspace()):  # \s is str.isspace
            end -= 1
        return line[start:end]
    return bare
