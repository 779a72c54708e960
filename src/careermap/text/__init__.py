"""The bottom of careermap: text handling every layer shares, and nothing else.

- :mod:`~careermap.text.normalize` — fold text once (NFKC, case, traditional → simplified) with a
  map back to the characters the user wrote
- :mod:`~careermap.text.scripts` — which characters are Chinese (one definition of the Han ranges)
- :mod:`~careermap.text.numerals` — Chinese numerals ("三", "十五", "半") to numbers
- :mod:`~careermap.text.split` — sentence, clause, paragraph and list boundaries

This package imports nothing from careermap (import-linter keeps it so) and holds no language
data of its own: the numerals, list joiners and reach windows are knowledge-base data
(``lexicon.yaml``), passed in by the caller. Importing it costs only ``re`` and ``unicodedata``.
"""

from careermap.text.normalize import Normalized, fold, normalize, normalize_recent
from careermap.text.numerals import numeral_class, parse_number
from careermap.text.scripts import HAN, HAN_CLASS, HAN_RANGES, han_count, has_han
from careermap.text.split import (
    CLAUSE_END,
    CLAUSE_MARK,
    PARAGRAPH_BREAK,
    SENTENCE_BREAK,
    list_gap,
    positions,
    sentences,
)

__all__ = [
    "CLAUSE_END",
    "CLAUSE_MARK",
    "HAN",
    "HAN_CLASS",
    "HAN_RANGES",
    "PARAGRAPH_BREAK",
    "SENTENCE_BREAK",
    "Normalized",
    "fold",
    "han_count",
    "has_han",
    "list_gap",
    "normalize",
    "normalize_recent",
    "numeral_class",
    "parse_number",
    "positions",
    "sentences",
]
