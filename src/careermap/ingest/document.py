"""The ``Document``: what every source becomes before extraction.

A document is the decoded text exactly as the user gave it (spans index into it), the
detected language, and the sections found under résumé headings.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from careermap.errors import EmptyInput
from careermap.knowledge.loader import Knowledge

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
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

    def section_at(self, pos: int) -> str:
        """The kind of the section holding character ``pos`` (``body`` outside any)."""
        starts = [s.start for s in self.sections]
        i = bisect_right(starts, pos) - 1
        if i >= 0 and self.sections[i].start <= pos < self.sections[i].end:
            return self.sections[i].kind
        return "body"


def detect_languages(text: str) -> tuple[str, tuple[str, ...]]:
    """The main language and every language present (``zh``, ``en``).

    Chinese characters are counted against Latin words: a Chinese sentence full of
    English tech words ("熟悉Spring Cloud和Redis") is still Chinese.
    """
    cjk = len(_CJK.findall(text))
    words = len(_LATIN_WORD.findall(text))
    present = tuple(lang for lang, n in (("zh", cjk), ("en", words)) if n)
    main = "zh" if cjk and cjk >= words else "en"
    return main, present or ("en",)


def _heading_table(kb: Knowledge) -> dict[str, str]:
    table: dict[str, str] = kb._cache.get("headings", {})
    if not table:
        for kind in SECTION_KINDS:
            for word in getattr(kb.lexicon.sections, kind):
                table[kb.fold(word)] = kind
        kb._cache["headings"] = table
    return table


_HEADING_STRIP = re.compile(r"^[\s#*=_\-–—|>•·●■◆▶►【\[(（]*|[\s#*=_\-–—|:：】\])）]*$")


def find_sections(text: str, kb: Knowledge) -> tuple[Section, ...]:
    """Sections start at a short line that is a known heading ("项目经历", "## Skills")."""
    table = _heading_table(kb)
    marks: list[tuple[int, str, str]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        bare = _HEADING_STRIP.sub("", line.strip())
        if 0 < len(bare) <= 30:
            key = kb.fold(bare)
            kind = table.get(key)
            if kind is None and (":" in line or "：" in line):
                kind = table.get(kb.fold(re.split(r"[:：]", line.strip(), maxsplit=1)[0].strip("#*- ")))
            if kind:
                marks.append((pos, kind, line.strip()))
        pos += len(line)
    sections = []
    for i, (start, kind, heading) in enumerate(marks):
        end = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        sections.append(Section(kind, heading, start, end))
    return tuple(sections)


def from_text(text: str, kb: Knowledge, *, name: str = "-", meta: dict[str, str] | None = None) -> Document:
    """A document from text already decoded; refuses text with nothing to read."""
    if not text.strip():
        raise EmptyInput(
            "the input is empty",
            "输入为空",
            hint_en="give a few sentences about your background or a résumé file",
            hint_zh="请写几句你的背景，或提供简历文件",
        )
    lang, present = detect_languages(text)
    return Document(text, lang, present, find_sections(text, kb), name, dict(meta or {}))
