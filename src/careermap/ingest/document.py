"""The ``Document``: what every source becomes before extraction.

A document is the text as the user gave it — decoded, or taken out of a PDF, DOCX or HTML
file — with personal data masked character for character (so every offset is the same in
both; see :mod:`careermap.ingest.redact`), the detected language, and the sections found
under résumé headings. Spans of evidence index ``Document.text``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache, cached_property

from careermap.errors import EmptyInput
from careermap.knowledge.loader import Knowledge
from careermap.text.numerals import numeral_class
from careermap.text.scripts import HAN_CLASS, han_count, has_han
from careermap.text.split import strip_edges

_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z+#.\-]*")
SECTION_KINDS = ("skills", "experience", "projects", "education", "summary", "other")


@dataclass(frozen=True, slots=True)
class Section:
    kind: str
    heading: str
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    text: str
    lang: str
    languages: tuple[str, ...]
    sections: tuple[Section, ...] = ()
    name: str = "-"
    meta: dict[str, str] = field(default_factory=dict)

    @cached_property
    def _section_starts(self) -> list[int]:
        return [s.start for s in self.sections]

    def section_at(self, pos: int) -> str:
        """The kind of the section holding character ``pos`` (``body`` outside any)."""
        i = bisect_right(self._section_starts, pos) - 1
        if i >= 0 and self.sections[i].start <= pos < self.sections[i].end:
            return self.sections[i].kind
        return "body"


def detect_languages(text: str) -> tuple[str, tuple[str, ...]]:
    """The main language and every language present (``zh``, ``en``).

    Chinese characters are counted against Latin words: a Chinese sentence full of
    English tech words ("熟悉Spring Cloud和Redis") is still Chinese.
    """
    cjk = han_count(text)
    # without Chinese, or with Chinese in half the characters or more (Latin words are fewer than the
    # other characters), only whether there is a Latin word matters: no need to count them
    if not cjk or 2 * cjk >= len(text):
        words = int(_LATIN_WORD.search(text) is not None)
    else:
        words = len(_LATIN_WORD.findall(text))
    present = tuple(lang for lang, n in (("zh", cjk), ("en", words)) if n)
    main = "zh" if cjk and cjk >= words else "en"
    return main, present or ("en",)


@dataclass(frozen=True, slots=True)
class _Headings:
    """Heading words by folded form, and the fold: NFKC, lower case, traditional → simplified
    (the normaliser's folding, done per string in C: it runs on every short line)."""

    kinds: dict[str, str]
    variants: dict[int, str]
    longest: int
    numbering: re.Pattern[str]  # "一、", "2.", "(3)", "IV." before a heading: numbering, not words

    def fold(self, text: str) -> str:
        return unicodedata.normalize("NFKC", text).lower().translate(self.variants)


def _heading_table(kb: Knowledge) -> _Headings:
    cached = kb._cache.get("headings")
    if cached is None:
        variants = str.maketrans(kb.variants)
        zh = numeral_class(kb.lexicon.numerals.zh, whole=True)
        numbering = re.compile(
            rf"^(?:[{zh}]{{1,3}}\s*[、.．:：]|\d{{1,2}}\s*[、.．)）]|[(（][{zh}\d]{{1,3}}[)）]|[IVX]{{1,4}}\.)\s*"
        )
        fold = _Headings({}, variants, 0, numbering).fold
        kinds = {fold(word): kind for kind in SECTION_KINDS for word in getattr(kb.lexicon.sections, kind)}
        cached = kb._cache["headings"] = _Headings(kinds, variants, max(map(len, kinds), default=0), numbering)
    return cached


_HEADING_STRIP = re.compile(r"^[\s#*=_\-–—|>•·●■◆▶►【\[(（]*|[\s#*=_\-–—|:：】\])）]*$")
_FIELD = re.compile(r"[:：\t]")
_MAX_HEADING = 40


def _spaced_han(text: str) -> bool:
    """Han characters one by one, spaces between: "教 育 背 景"."""
    chars = text.split()
    return len(chars) > 1 and all(len(c) == 1 and has_han(c) for c in chars) and text == text.strip()


@cache
def _bilingual() -> re.Pattern[str]:
    """Where a heading in both languages divides: "专业技能 Skills", "教育背景 / Education" (compiled
    on first use: the Han ranges take milliseconds to compile)."""
    return re.compile(rf"\s*[/|｜·]\s*|(?<=[{HAN_CLASS}])\s*(?=[A-Za-z])|(?<=[A-Za-z])\s*(?=[{HAN_CLASS}])")


# _HEADING_STRIP's two classes, for str.lstrip and str.rstrip (see careermap.text.split.strip_edges)
_HEADING_LEAD = " \t\n\r\f\v#*=_-–—|>•·●■◆▶►【[(（"
_HEADING_TRAIL = " \t\n\r\f\v#*=_-–—|:：】])）"


def _strip_heading(text: str) -> str:
    return strip_edges(text, _HEADING_LEAD, _HEADING_TRAIL, _HEADING_STRIP)


def _bare(text: str, h: _Headings) -> str:
    bare = _strip_heading(h.numbering.sub("", text.strip()))
    return _strip_heading(h.numbering.sub("", bare))


def _kind_of(bare: str, h: _Headings) -> str | None:
    if not 0 < len(bare) <= min(_MAX_HEADING, 2 * h.longest + 3):
        return None
    kind = h.kinds.get(h.fold(bare))
    if kind is None and " " in bare and _spaced_han(bare):  # "教 育 背 景"
        kind = h.kinds.get(h.fold("".join(bare.split())))
    if kind is None:
        parts = [p for p in _bilingual().split(bare) if p]
        if len(parts) > 1:
            kind = h.kinds.get(h.fold(parts[0]))
            if kind is not None and any(h.kinds.get(h.fold(p)) != kind for p in parts[1:]):
                kind = None
    return kind


def heading_kind(line: str, kb: Knowledge) -> str | None:
    """The section kind a line opens, if it is a heading: a known heading word alone
    ("项目经历", "## Skills", "二、工作经历", "教 育 背 景", "专业技能 Skills") or before a
    colon or tab ("Skills: Python, CUDA", a table row "专业技能<TAB>Python")."""
    h = _heading_table(kb)
    kind = _kind_of(_bare(line, h), h)
    if kind is None and _FIELD.search(line):
        kind = _kind_of(_bare(_FIELD.split(line.strip(), maxsplit=1)[0], h), h)
    return kind


def find_sections(text: str, kb: Knowledge) -> tuple[Section, ...]:
    """Sections start at a line that is a known heading (see :func:`heading_kind`) and run
    to the next one; the words are data (``lexicon.yaml`` ``sections``)."""
    marks: list[tuple[int, str, str]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        if len(line) <= 4 * _MAX_HEADING or _FIELD.search(line[: 2 * _MAX_HEADING]):
            kind = heading_kind(line, kb)
            if kind and not (marks and marks[-1][1] == kind):  # "专业技能" then a table row "技能 | 程度"
                marks.append((pos, kind, line.strip()))
        pos += len(line)
    sections = []
    for i, (start, kind, heading) in enumerate(marks):
        end = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        sections.append(Section(kind, heading, start, end))
    return tuple(sections)


def from_text(
    text: str, kb: Knowledge, *, name: str = "-", meta: dict[str, str] | None = None, keep_pii: bool = False
) -> Document:
    """A document from text already decoded; refuses text with nothing to read.

    Phone numbers, e-mails, ID numbers and street addresses are masked character for
    character unless ``keep_pii`` (see :mod:`careermap.ingest.redact`): offsets into the
    document's text are offsets into ``text``.
    """
    if not text.strip():
        raise EmptyInput(
            "the input is empty",
            "输入为空",
            hint_en="give a few sentences about your background or a résumé file",
            hint_zh="请写几句你的背景，或提供简历文件",
        )
    info = dict(meta or {})
    if keep_pii:
        info["pii"] = "kept"
    else:
        from careermap.ingest.redact import redact

        redacted = redact(text, kb)
        text = redacted.text
        info["redacted"] = redacted.summary()
    lang, present = detect_languages(text)
    return Document(text, lang, present, find_sections(text, kb), name, info)
