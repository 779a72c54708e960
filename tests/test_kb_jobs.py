"""jobs.yaml is knowledge: validated on load, every problem named with its place."""

from __future__ import annotations

import shutil

import pytest
import yaml

from careermap.errors import KnowledgeError
from careermap.jobs.classify import classify_text
from careermap.knowledge.loader import DATA_DIR, load


def copy_kb(tmp_path, edit) -> str:
    folder = tmp_path / "kb"
    shutil.copytree(DATA_DIR, folder)
    data = yaml.safe_load((folder / "jobs.yaml").read_text(encoding="utf-8"))
    edit(data)
    (folder / "jobs.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return str(folder)


def test_the_bundled_jobs_data_validates(kb):
    assert kb.jobs is not None and kb.jobs.large_model.skills


def test_an_unknown_large_model_skill_is_named_with_its_place(tmp_path):
    folder = copy_kb(tmp_path, lambda d: d["large_model"]["skills"].append("vllmm"))
    with pytest.raises(KnowledgeError) as err:
        load(folder)
    assert any("[jobs.yaml -> large_model.skills" in p and "'vllmm'" in p for p in err.value.problems)


def test_a_salary_band_for_an_unknown_currency_is_refused(tmp_path):
    def edit(d):
        d["salary"]["bands"]["XYZ"] = {"period": "year", "unit": 1000, "suffix": "k", "edges": [1, 2]}

    with pytest.raises(KnowledgeError, match="unknown currency 'XYZ'"):
        load(copy_kb(tmp_path, edit))


def test_the_large_model_rule_is_read_from_the_data(tmp_path, kb):
    text = "Requirements\n- Experience calling the OpenAI API from a web backend\n- Java, Spring, MySQL\n"
    strict = load(copy_kb(tmp_path, lambda d: d["large_model"].update(min_evidence=5.0)))
    assert classify_text(text, kb).direction is not None
    assert classify_text(text, strict).direction is None


def test_a_posting_may_change_only_extraction_numbers_of_scoring(tmp_path):
    folder = copy_kb(tmp_path, lambda d: d["scoring"].update(saturation=0.1))
    with pytest.raises(KnowledgeError, match=r"\[jobs.yaml -> scoring -> saturation\] not a number"):
        load(folder)


def test_an_unknown_context_skill_and_a_strong_fit_below_the_floor_are_named(tmp_path):
    def edit(d):
        d["large_model"]["context_skills"].append("pytorh")
        d["large_model"]["strong_fit"] = 0.01

    with pytest.raises(KnowledgeError) as err:
        load(copy_kb(tmp_path, edit))
    problems = err.value.problems
    assert any("[jobs.yaml -> large_model.context_skills" in p and "'pytorh'" in p for p in problems)
    assert any("[jobs.yaml -> large_model.strong_fit] must not be below min_fit" in p for p in problems)
