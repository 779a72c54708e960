"""Normalise text once, keeping a map back to the characters the user wrote.

NFKC folds full-width letters and digits (``ＣＵＤＡ`` → ``CUDA``) and compatibility forms;
then case is folded and traditional Chinese characters are mapped to simplified ones with
a one-to-one table from the knowledge base. Each normalised character remembers the span
of the original character it came from, so a match in normalised text becomes a span in
the original text with ``text == source[start:end]``.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text and, per normalised character, the original span it came from."""

    text: str
    source: str
    starts: Sequence[int]  # a list, or a range when nothing changed length
    ends: Sequence[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalised text to one of the source text."""
        if start >= end:
            pos = self.starts[start] if start < len(self.starts) else len(self.source)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def tail(self, start: int) -> Normalized:
        """The normalisation of ``source[start:]`` (``start``: where a character begins), cut
        from this one: each character folds on its own, so it is the same as normalising the tail."""
        i = bisect_left(self.starts, start)
        starts, ends = self.starts[i:], self.ends[i:]
        if isinstance(starts, range):
            return Normalized(self.text[i:], self.source[start:], range(len(starts)), range(1, len(ends) + 1))
        return Normalized(self.text[i:], self.source[start:], [s - start for s in starts], [e - start for e in ends])


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    return unicodedata.normalize("NFKC", ch).lower()


def fold(text: str, variants: dict[str, str] | None = None) -> str:
    """Normalise a short string (an alias or a cue) the same way as a document."""
    return normalize(text, variants).text


def normalize(text: str, variants: dict[str, str] | None = None) -> Normalized:
    """Normalise ``text``; ``variants`` maps traditional to simplified characters."""
    if text.isascii():
        return Normalized(text.lower(), text, range(len(text)), range(1, len(text) + 1))
    folder = _folder(variants if variants is not None else _NO_VARIANTS)
    chars = set(folder.changing().findall(text))  # (the others fold to themselves)
    folder.learn(chars)
    if not (chars & folder.multi):  # every character folds to one: identity offsets
        n = len(text)
        present = chars & folder.special
        if chars.isdisjoint(folder.unsafe):
            # str.lower for all but the few characters that fold otherwise ("，", "（", a traditional
            # character), replaced first: the same text as a translate of every character, in C
            table = folder.table
            fixes = {ch: table[ord(ch)] for ch in present}
            if present.isdisjoint(fixes.values()):  # no replacement feeds another
                replaced = text
                for ch, to in fixes.items():
                    replaced = replaced.replace(ch, to)
                return Normalized(replaced.lower(), text, range(n), range(1, n + 1))
        return Normalized(text.translate(folder.table), text, range(n), range(1, n + 1))
    # some characters expand ("…" to "..."): translate the runs between them, map each back
    out: list[str] = []
    starts: list[int] = []
    pos = 0
    for m in folder.multi_pattern().finditer(text):
        i = m.start()
        out.append(text[pos:i].translate(folder.table))
        starts.extend(range(pos, i))
        folded = folder.table[ord(text[i])]
        out.append(folded)
        starts.extend([i] * len(folded))
        pos = i + 1
    out.append(text[pos:].translate(folder.table))
    starts.extend(range(pos, len(text)))
    return Normalized("".join(out), text, starts, [s + 1 for s in starts])


class _Folder:
    """Per variants table: what each character seen so far folds to, as a ``str.translate`` table."""

    def __init__(self, variants: dict[str, str]) -> None:
        self.variants = variants
        self.table: dict[int, str] = {}
        self.known: set[str] = set()
        self.multi: set[str] = set()  # characters that fold to more than one (NFKC expansions)
        self.special: set[str] = set()  # characters that fold to other than their str.lower
        # special characters whose fold is not one character left alone by str.lower, and "Σ" (its
        # str.lower depends on the characters around it): they need the translate
        self.unsafe: set[str] = set("Σ")
        self._multi_pattern: tuple[int, re.Pattern[str]] | None = None
        self._changing: re.Pattern[str] | None = None

    def changing(self) -> re.Pattern[str]:
        """A character that may fold to another: any but ASCII (learned here: it folds by str.lower) and
        the CJK Unified Ideographs (NFKC and lower case leave each as it is), a character ``variants``
        maps excepted. A text's other characters need not be put in a set (for a Chinese text, most)."""
        if self._changing is None:
            ascii_chars = {chr(i) for i in range(128)}
            self.learn(ascii_chars)
            odd = [ch for ch in ascii_chars if ch in self.special or ch in self.multi]
            odd += [ch for ch in self.variants if len(ch) == 1 and _UNIFIED[0] <= ch <= _UNIFIED[1]]
            others = "".join(re.escape(ch) for ch in sorted(odd))
            below, above = chr(ord(_UNIFIED[0]) - 1), chr(ord(_UNIFIED[1]) + 1)
            self._changing = re.compile(f"[\x80-{below}{above}-\U0010ffff{others}]")
        return self._changing

    def multi_pattern(self) -> re.Pattern[str]:
        if self._multi_pattern is None or self._multi_pattern[0] != len(self.multi):
            chars = "".join(re.escape(c) for c in sorted(self.multi))
            self._multi_pattern = (len(self.multi), re.compile(f"[{chars}]"))
        return self._multi_pattern[1]

    def learn(self, chars: set[str]) -> None:
        new = chars - self.known
        if not new:
            return
        get = self.variants.get
        for ch in new:
            folded = ch.lower() if ch.isascii() else _fold_char(ch)
            mapped = self.table[ord(ch)] = "".join(get(sub, sub) for sub in folded)
            if len(folded) != 1:
                self.multi.add(ch)
            if mapped != ch.lower():
                self.special.add(ch)
                if len(mapped) != 1 or mapped.lower() != mapped:
                    self.unsafe.add(ch)
        self.known |= new


_UNIFIED = ("\u4e00", "\u9fff")  # the CJK Unified Ideographs: no decomposition, no case
_NO_VARIANTS: dict[str, str] = {}
_FOLDERS: dict[int, tuple[dict[str, str], _Folder]] = {}


def _folder(variants: dict[str, str]) -> _Folder:
    entry = _FOLDERS.get(id(variants))
    if entry is None or entry[0] is not variants:
        entry = _FOLDERS[id(variants)] = (variants, _Folder(variants))
    return entry[1]


_RECENT: dict[tuple[int, str], Normalized] = {}
_RECENT_LOCK = threading.Lock()
_RECENT_SIZE = 2


def normalize_recent(text: str, variants: dict[str, str] | None = None) -> Normalized:
    """:func:`normalize`, remembering the last few texts: the steps that read one text (a
    posting's parts, its asks, its skills) normalise it once."""
    key = (id(variants), text)
    with _RECENT_LOCK:
        norm = _RECENT.get(key)
    if norm is None:
        norm = normalize(text, variants)
        with _RECENT_LOCK:
            while len(_RECENT) >= _RECENT_SIZE:
                _RECENT.pop(next(iter(_RECENT)))
            _RECENT[key] = norm
    return norm
