"""The questionnaire is knowledge: validated on load, every problem reported with its place."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from careermap.errors import KnowledgeError
from careermap.knowledge.loader import DATA_DIR, load
from tests.conftest import Cli


@pytest.fixture()
def kb_copy(tmp_path: Path) -> Path:
    root = tmp_path / "kb"
    shutil.copytree(DATA_DIR, root)
    return root


def _edit(root: Path, old: str, new: str) -> None:
    path = root / "questionnaire.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_bundled_questionnaire_validates(cli: Cli) -> None:
    proc = cli("kb", "validate")
    assert proc.returncode == 0, proc.stderr
    assert "27 questionnaire items" in proc.stdout


def test_every_problem_is_reported_with_its_place(kb_copy: Path, cli: Cli) -> None:
    _edit(kb_copy, "traits: {math_research: 1.0}", "traits: {math_reserch: 1.0}")  # unknown trait
    _edit(kb_copy, 'en: "Agree"}', 'en: "比较同意"}')  # an English label in Chinese
    _edit(kb_copy, "amounts: {phd: -0.8}", "amounts: {doctorate: -0.8}")  # not a degree
    _edit(kb_copy, "- id: hunt_bugs", "- id: make_it_fail")  # duplicate id
    proc = cli("kb", "validate", "--kb", str(kb_copy))
    assert proc.returncode == 2
    err = proc.stderr
    assert "[questionnaire.yaml -> derive_formulas -> traits] unknown trait 'math_reserch'" in err
    assert "[questionnaire.yaml -> scale.3.label] en text contains Chinese" in err
    assert "[questionnaire.yaml -> research_degree -> options.master_only] 'doctorate' is not a degree value" in err
    assert "[questionnaire.yaml -> make_it_fail] item id defined twice" in err
    assert "4 problem(s)" in err


def test_scale_must_rise_and_every_trait_must_be_asked(kb_copy: Path) -> None:
    _edit(kb_copy, "{value: 4, polarity: 0.5,", "{value: 4, polarity: -0.5,")
    asks = ("{adversarial_eval: 1.0}", "{adversarial_eval: 1.0}", "{adversarial_eval: 0.8, math_research: 0.2}")
    for old in asks:
        _edit(kb_copy, f"traits: {old}", "traits: {math_research: 0.1}")
    with pytest.raises(KnowledgeError) as info:
        load(kb_copy)
    problems = info.value.problems
    assert any("polarity must rise" in p for p in problems)
    assert any("no item asks about trait 'adversarial_eval'" in p for p in problems)


def test_a_missing_questionnaire_is_a_problem_not_a_crash(kb_copy: Path) -> None:
    (kb_copy / "questionnaire.yaml").unlink()
    with pytest.raises(KnowledgeError) as info:
        load(kb_copy)
    assert "[questionnaire.yaml] file is missing" in info.value.problems
