"""Which characters are Chinese: the one definition of the Han ranges careermap uses.

Han ideographs, and only ideographs, on every plane where Unicode puts them::

    U+3400–U+4DBF    CJK Unified Ideographs Extension A
    U+4E00–U+9FFF    CJK Unified Ideographs (every common simplified and traditional character)
    U+F900–U+FAFF    CJK Compatibility Ideographs (NFKC maps most of them to unified ones)
    U+20000–U+2FA1F  Supplementary Ideographic Plane: Extensions B–F and I, Compatibility Supplement
    U+30000–U+323AF  Tertiary Ideographic Plane: Extensions G and H

Left out on purpose: Chinese punctuation (U+3000–U+303F: "，。「」" and "〇"), full-width Latin
(U+FF00–U+FFEF), radicals and strokes (U+2E80–U+2FDF, U+31C0–U+31EF), the Yijing hexagrams
between Extension A and the unified block (U+4DC0–U+4DFF), kana and hangul. A text "has
Chinese" when it holds one of these characters; punctuation alone does not make it Chinese.
"""

from __future__ import annotations

import re
from functools import cache

HAN_RANGES: tuple[tuple[int, int], ...] = (
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x2FA1F),
    (0x30000, 0x323AF),
)
# the ranges as the inside of a regex character class, to build other patterns with: rf"(?<=[{HAN_CLASS}])"
HAN_CLASS = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in HAN_RANGES)
HAN = re.compile(f"[{HAN_CLASS}]")


def has_han(text: str) -> bool:
    """Whether ``text`` holds at least one Han ideograph."""
    return HAN.search(text) is not None


@cache
def _not_han() -> re.Pattern[str]:
    """Runs of anything but Han ideographs (compiled on first use)."""
    return re.compile(f"[^{HAN_CLASS}]+")


def han_count(text: str) -> int:
    """How many Han ideographs ``text`` holds."""
    if text.isascii():
        return 0
    return len(_not_han().sub("", text))  # what is left once the rest is gone: no list of characters
