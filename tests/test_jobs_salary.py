"""Salaries as posted, read into numbers; unreadable ones are refused."""

from __future__ import annotations

import pytest

from careermap.jobs.salary import SalaryUnreadable, band_of, parse_salary


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("20-40K·14薪", "zh", (20000, 40000, "CNY", "month", 14)),
        ("30k-50k", "zh", (30000, 50000, "CNY", "month", 12)),
        ("$150k-$200k", "en", (150000, 200000, "USD", "year", 12)),
        ("1.5-2万/月", "zh", (15000, 20000, "CNY", "month", 12)),
        ("30-50万/年", "zh", (300000, 500000, "CNY", "year", 12)),
        ("50-80万", "zh", (500000, 800000, "CNY", "year", 12)),
        ("USD 150,000–200,000 per year", "en", (150000, 200000, "USD", "year", 12)),
        ("€60,000 - €80,000", "en", (60000, 80000, "EUR", "year", 12)),
        ("$40-60/hr", "en", (40, 60, "USD", "hour", 12)),
        ("200-300元/天", "zh", (200, 300, "CNY", "day", 12)),
        ("算法工程师 50-80K·15薪", "zh", (50000, 80000, "CNY", "month", 15)),
        ("20K以上", "zh", (20000, 20000, "CNY", "month", 12)),
    ],
)
def test_salaries_are_read(kb, text, lang, expected):
    s = parse_salary(text, kb, lang=lang)
    assert s is not None
    assert (s.low, s.high, s.currency, s.period, s.months) == expected


@pytest.mark.parametrize("text", ["", "面议", "Competitive", "薪资面议"])
def test_no_figure_given_is_no_salary(kb, text):
    assert parse_salary(text, kb) is None


@pytest.mark.parametrize("text", ["lots of money", "abc 12", "工资很高"])
def test_unreadable_salaries_are_refused(kb, text):
    with pytest.raises(SalaryUnreadable):
        parse_salary(text, kb)


def test_bands_convert_to_the_band_period_not_across_currencies(kb):
    monthly = parse_salary("30-50万/年", kb, lang="zh")
    assert band_of(monthly, kb) == pytest.approx((25.0, 41.6667), rel=1e-3)  # K a month
    yearly = parse_salary("$150k-$200k", kb, lang="en")
    assert band_of(yearly, kb) == (150.0, 200.0)  # k a year
