"""Read a salary as posted ("20-40K·14薪", "30k-50k", "$150k-$200k", "1.5-2万/月", "面议").

Every word (currencies, multipliers, periods, the "N薪" marker, "negotiable") comes from
``jobs.yaml -> salary``. A figure is read in its own currency and period; bands convert it to
the period a band is drawn in (``per_year``) and never across currencies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careermap.jobs.models import Salary
from careermap.jobs.structure import jobs_data
from careermap.knowledge.loader import Knowledge
from careermap.knowledge.models import Period, SalaryRules

_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_RANGE = r"\s*(?:-|~|～|–|—|到|至|to)\s*"


class SalaryUnreadable(ValueError):
    """The text has figures but no salary could be read from them."""


@dataclass(frozen=True)
class _Compiled:
    rules: SalaryRules
    negotiable: re.Pattern[str]
    currency: list[tuple[str, str]]  # (folded symbol or word, code), longest first
    figure: re.Pattern[str]
    period: list[tuple[str, str]]
    months: re.Pattern[str]


def _words_pattern(words: list[str]) -> str:
    out = []
    for w in sorted(words, key=len, reverse=True):
        e = re.escape(w)
        if w[:1].isascii() and w[:1].isalpha():
            e = r"(?<![a-z])" + e
        if w[-1:].isascii() and w[-1:].isalpha():
            e += r"(?![a-z])"
        out.append(e)
    return "|".join(out)


def _compiled(kb: Knowledge) -> _Compiled:
    c = kb._cache.get("salary")
    if c is None:
        rules = jobs_data(kb).salary
        mult = _words_pattern([kb.fold(m) for m in rules.multipliers])
        num = r"(\d+(?:\.\d+)?)"
        cur = "|".join(
            re.escape(kb.fold(s))
            for s in sorted({s for v in rules.currencies.values() for s in v}, key=len, reverse=True)
        )
        figure = re.compile(
            rf"(?:({cur})\s*)?{num}\s*({mult})?(?:{_RANGE}(?:(?:{cur})\s*)?{num}\s*({mult})?)?",
        )
        currency = sorted(
            ((kb.fold(s), code) for code, syms in rules.currencies.items() for s in syms), key=lambda x: -len(x[0])
        )
        period = sorted(
            ((kb.fold(w), p.value) for p, ws in rules.periods.items() for w in ws), key=lambda x: -len(x[0])
        )
        months = re.compile(rf"(\d{{1,2}})\s*(?:{'|'.join(re.escape(kb.fold(m)) for m in rules.months_marker)})")
        negotiable = re.compile(_words_pattern([kb.fold(w) for w in rules.negotiable]))
        c = kb._cache["salary"] = _Compiled(rules, negotiable, currency, figure, period, months)
    return c


def parse_salary(text: str | None, kb: Knowledge, *, lang: str = "zh") -> Salary | None:
    """The salary in ``text``; ``None`` when none is given ("", "面议", "Competitive").

    Raises :class:`SalaryUnreadable` when the text has no salary that can be read.
    """
    if text is None or not text.strip():
        return None
    c = _compiled(kb)
    rules = c.rules
    t = _THOUSANDS.sub("", kb.fold(text))
    if not re.search(r"\d", t):
        if c.negotiable.search(t):
            return None
        raise SalaryUnreadable(text)
    months_m = c.months.search(t)
    scan = t[: months_m.start()] + " " * (months_m.end() - months_m.start()) + t[months_m.end() :] if months_m else t
    best: re.Match[str] | None = None
    for m in c.figure.finditer(scan):
        marked = m.group(1) or m.group(3) or m.group(5) or _period_after(scan, m.end(), c)
        if marked:
            best = m
            break
        if best is None and m.group(4):
            best = m
    if best is None:
        raise SalaryUnreadable(text)
    cur_word, low_s, low_mult, high_s, high_mult = best.groups()
    factor_high = rules.multipliers.get(high_mult or low_mult or "", 1.0) if (high_mult or low_mult) else 1.0
    factor_low = rules.multipliers.get(low_mult, factor_high) if low_mult else factor_high
    low = float(low_s) * factor_low
    high = float(high_s) * factor_high if high_s else low
    currency = _currency(t, c, cur_word) or rules.default_currency.get(lang, next(iter(rules.currencies)))
    period = _period_after(scan, best.end(), c) or _any_period(scan, c)
    if period is None and (high_mult or low_mult) in rules.multiplier_period:
        period = rules.multiplier_period[high_mult or low_mult].value  # "100-150万": a year's pay
    if period is None:
        period = rules.default_period[currency].value
        if not (low_mult or high_mult) and high < rules.bare_thousands_below:
            low, high = low * 1000, high * 1000
    if low <= 0 or high <= 0:
        raise SalaryUnreadable(text)
    if low > high:
        low, high = high, low
    months = float(months_m.group(1)) if months_m else rules.per_year[Period.month]
    return Salary(text.strip(), low, high, currency, period, months)


def _currency(t: str, c: _Compiled, word: str | None) -> str | None:
    if word:
        for sym, code in c.currency:
            if sym == word:
                return code
    for sym, code in c.currency:
        if sym in t and (
            not sym.isascii() or not sym.isalpha() or re.search(rf"(?<![a-z]){re.escape(sym)}(?![a-z])", t)
        ):
            return code
    return None


def _period_after(t: str, pos: int, c: _Compiled) -> str | None:
    rest = t[pos : pos + 14].lstrip(" ·./")
    for word, period in c.period:
        if rest.startswith(word.lstrip("/")) or t[pos : pos + 14].lstrip().startswith(word):
            return period
    return None


def _any_period(t: str, c: _Compiled) -> str | None:
    for word, period in c.period:
        if (len(word) > 1 or not word.isascii()) and word in t:
            return period
    return None


def band_of(salary: Salary, kb: Knowledge) -> tuple[float, float] | None:
    """The salary's (low, high) in its currency's band period and unit, or ``None`` without a band."""
    rules = _compiled(kb).rules
    band = rules.bands.get(salary.currency)
    if band is None:
        return None
    per_year = {p.value: v for p, v in rules.per_year.items()}
    if salary.period == band.period.value:
        low, high = salary.low, salary.high
    else:
        yearly = salary.per_year(per_year)
        if band.period.value == "year":
            low, high = yearly
        else:
            low, high = (x / per_year[band.period.value] for x in yearly)
    return low / band.unit, high / band.unit
