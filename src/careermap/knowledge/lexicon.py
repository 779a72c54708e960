"""The lexicon (``lexicon.yaml``): the words and numbers of language that reading a text needs.

Cue words around a skill (proficiency, negation, aspiration…), résumé headings, degree words,
address words, Chinese numerals, list separators and joiners, and how far a cue reaches. Each
part is a model here; types and ranges are checked as the file is parsed, and
:func:`lexicon_problems` checks what a type cannot say (a numeral is one character, a Chinese
joiner is Chinese, every degree with words has a rank…), naming each problem's place.

To add a part (a new list of cues): add a field to :class:`Lexicon` with its model, the words
to ``lexicon.yaml``, and, if a type cannot say everything, a check to :func:`lexicon_problems`
with a test in ``tests/test_lexicon.py``.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from careermap.knowledge.models import Degree, Model
from careermap.text.scripts import has_han

Reach = Annotated[int, Field(ge=0, le=2000)]


class ProficiencyCues(Model):
    expert: list[str]
    proficient: list[str]
    basic: list[str]


class NegationCues(Model):
    before: list[str]
    after: list[str]


class GradeCues(Model):
    led: list[str]
    project: list[str]
    change: list[str]
    units: list[str]


class SectionHeadings(Model):
    skills: list[str]
    experience: list[str]
    projects: list[str]
    education: list[str]
    summary: list[str]
    other: list[str] = Field(default_factory=list)


class DegreeCues(Model):
    bachelor: list[str]
    master: list[str]
    phd: list[str]


class AddressWords(Model):
    """Words that make a street address, for redaction (:mod:`careermap.ingest.redact`)."""

    labels: list[str] = Field(min_length=1)  # "地址：…", "Address: …": the rest of the field
    zh_lead_ins: list[str] = Field(default_factory=list)  # 家住, 位于 … words before an address that are not part of it
    zh_divisions: list[str] = Field(min_length=1)  # 省, 市, 区 … before a road
    zh_roads: list[str] = Field(min_length=1)  # 路, 大街 … followed by a number
    zh_estates: list[str] = Field(min_length=1)  # 小区, 大厦 … followed by a number
    zh_units: list[str] = Field(min_length=1)  # 号, 栋, 室 … after a number
    en_streets: list[str] = Field(min_length=1)  # Street, Rd … after a house number and a name
    en_units: list[str] = Field(min_length=1)  # Apt, Suite … after the street


class Numerals(Model):
    """Numbers written as words, each numeral with its value (see :mod:`careermap.text.numerals`)."""

    zh: dict[str, Annotated[float, Field(gt=0, le=10)]] = Field(min_length=1)


class Joiners(Model):
    zh: list[str] = Field(min_length=1)
    en: list[str] = Field(min_length=1)


class ListWords(Model):
    """What stands between two items of one list: "CUDA、Triton 和 NCCL", "CUDA, Triton, and NCCL"."""

    separators: list[str] = Field(min_length=1)
    joiners: Joiners


class ReachWindows(Model):
    """How far words reach, in characters of normalised text (each is used by :mod:`careermap.extract.evidence`)."""

    context: Reach  # a short alias ("C", "Go") counts with a cue or another skill this close
    cue_after: Reach  # "Python（熟练）": a proficiency word this close after a skill (or its list) applies back
    paragraph: Reach  # in a project paragraph, "led" or a measured result counts for skills this close
    years_beside: Reach  # "5年Java", "Java 5年": years this close to a skill are its years
    years_linked: Reach  # "5 years of Java": with a link word between, a little further
    years_experience: Reach  # "5年工作经验", "5 years as a backend engineer": years this close to such words


class YearsWords(Model):
    """Around a count of years."""

    more: list[str] = Field(min_length=1)  # "5+ 年", "五年多", "十余年": more than the number
    links: list[str] = Field(min_length=1)  # "5 years of Java": words that join years to the skill after them
    skill_max: Annotated[float, Field(gt=0, le=80)]  # more years of one skill than this is not a count of years
    total_max: Annotated[float, Field(gt=0, le=80)]  # nor of a career


class Lexicon(Model):
    """Words around a skill that change what it means, and the language data reading needs."""

    proficiency: ProficiencyCues
    negation: NegationCues
    aspiration: list[str]
    interest: list[str]
    dislike: list[str]
    weak: list[str]
    scope_breaks: list[str]
    context_blockers: list[str]
    grades: GradeCues
    degrees: DegreeCues
    degree_ranks: dict[Degree, Annotated[int, Field(ge=0, le=10)]]
    year_units: list[str]
    years: YearsWords
    experience_words: list[str]
    sections: SectionHeadings
    address: AddressWords
    numerals: Numerals
    lists: ListWords
    reach: ReachWindows

    def degree_rank(self, degree: str | None) -> int:
        """The rank of a degree (``bachelor``…), ``none`` and ``None`` ranking lowest."""
        return self.degree_ranks[Degree(degree or "none")]

    def degrees_by_rank(self) -> list[str]:
        """The degrees that have words, lowest first."""
        return sorted(DegreeCues.model_fields, key=self.degree_rank)


def lexicon_problems(lex: Lexicon, where: str = "lexicon.yaml") -> list[str]:
    """What the types cannot check, each problem with its place."""
    problems: list[str] = []
    for ch in lex.numerals.zh:
        if len(ch) != 1:
            problems.append(f"[{where} -> numerals.zh -> {ch}] a numeral is one character")
        elif not has_han(ch):
            problems.append(f"[{where} -> numerals.zh -> {ch}] a Chinese numeral must be a Chinese character")
    tens = [ch for ch, value in lex.numerals.zh.items() if value == 10]
    if len(tens) != 1:
        problems.append(f"[{where} -> numerals.zh] needs exactly one numeral worth 10 (the tens of 十五), found {tens}")
    for i, sep in enumerate(lex.lists.separators):
        if len(sep) != 1 or sep.isalnum() or sep.isspace():
            problems.append(f"[{where} -> lists.separators -> {i}] a separator is one punctuation mark, not {sep!r}")
    for i, word in enumerate(lex.lists.joiners.zh):
        if not word.strip() or any(not has_han(ch) for ch in word):
            problems.append(f"[{where} -> lists.joiners.zh -> {i}] a Chinese joiner is written in Chinese: {word!r}")
    for i, word in enumerate(lex.lists.joiners.en):
        if not word.strip() or not word.isascii() or word != word.lower() or word != word.strip():
            problems.append(
                f"[{where} -> lists.joiners.en -> {i}] an English joiner is lower-case Latin words: {word!r}"
            )
    for i, word in enumerate(lex.years.links):
        if not word.strip() or word != word.strip() or not word.isascii() or word != word.lower():
            problems.append(f"[{where} -> years.links -> {i}] a link word is lower-case Latin letters: {word!r}")
    ranked = set(lex.degree_ranks)
    for degree in Degree:
        if degree not in ranked:
            problems.append(f"[{where} -> degree_ranks] no rank for '{degree.value}'")
    ranks = list(lex.degree_ranks.values())
    if len(set(ranks)) != len(ranks):
        problems.append(f"[{where} -> degree_ranks] two degrees share a rank: {ranks}")
    lowest = lex.degree_ranks.get(Degree.none)
    if lowest is not None and any(r <= lowest for d, r in lex.degree_ranks.items() if d is not Degree.none):
        problems.append(f"[{where} -> degree_ranks] 'none' must rank below every degree")
    if lex.years.skill_max > lex.years.total_max:
        problems.append(f"[{where} -> years.skill_max] must not be above total_max")
    return problems
