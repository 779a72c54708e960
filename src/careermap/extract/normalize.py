"""Normalise text once, keeping a map back to the characters the user wrote.

NFKC folds full-width letters and digits (``ＣＵＤＡ`` → ``CUDA``) and compatibility forms;
then case is folded and traditional Chinese characters are mapped to simplified ones with
a one-to-one table from the knowledge base. Each normalised character remembers the span
of the original character it came from, so a match in normalised text becomes a span in
the original text with ``text == source[start:end]``.
"""

from __future__ import annotations

import unicodedata
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
    chars = set(text)
    folder.learn(chars)
    if not (chars & folder.multi):  # every character folds to one: a translate and identity offsets
        n = len(text)
        return Normalized(text.translate(folder.table), text, range(n), range(1, n + 1))
    table = variants or {}
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(text):
        folded = ch.lower() if ch.isascii() else _fold_char(ch)
        if len(folded) == 1:
            out.append(table.get(folded, folded))
            starts.append(i)
            ends.append(i + 1)
        else:
            for sub in folded:
                out.append(table.get(sub, sub))
                starts.append(i)
                ends.append(i + 1)
    return Normalized("".join(out), text, starts, ends)


class _Folder:
    """Per variants table: what each character seen so far folds to, as a ``str.translate`` table."""

    def __init__(self, variants: dict[str, str]) -> None:
        self.variants = variants
        self.table: dict[int, str] = {}
        self.known: set[str] = set()
        self.multi: set[str] = set()  # characters that fold to more than one (NFKC expansions)

    def learn(self, chars: set[str]) -> None:
        new = chars - self.known
        if not new:
            return
        get = self.variants.get
        for ch in new:
            folded = ch.lower() if ch.isascii() else _fold_char(ch)
            self.table[ord(ch)] = "".join(get(sub, sub) for sub in folded)
            if len(folded) != 1:
                self.multi.add(ch)
        self.known |= new


_NO_VARIANTS: dict[str, str] = {}
_FOLDERS: dict[int, tuple[dict[str, str], _Folder]] = {}


def _folder(variants: dict[str, str]) -> _Folder:
    entry = _FOLDERS.get(id(variants))
    if entry is None or entry[0] is not variants:
        entry = _FOLDERS[id(variants)] = (variants, _Folder(variants))
    return entry[1]
