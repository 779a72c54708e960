"""The knowledge base loads, validates everything at once, and names file and entry on failure."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from careermap.errors import KnowledgeError
from careermap.knowledge.loader import DATA_DIR, Knowledge, load

DESIGN_ROLES = {
    "training": {"pretrain", "sft", "rlhf"},
    "infra": {"distributed", "hpc", "scheduling"},
    "inference": {"compression", "engine", "kernels"},
    "data": {"pipeline", "multimodal", "compliance"},
    "apps": {"rag", "agent", "fullstack"},
    "safety": {"redteam", "eval", "research"},
}


def test_bundled_knowledge_base_has_the_map_of_the_design(kb: Knowledge) -> None:
    assert [d.number for d in kb.directions] == [1, 2, 3, 4, 5, 6]
    assert [d.id for d in kb.directions] == list(DESIGN_ROLES)
    for d in kb.directions:
        assert {r.split(".")[1] for r in d.roles} == DESIGN_ROLES[d.id]
    assert len(kb.roles) == 18
    assert len(kb.skills) >= 300
    assert len(kb.archetypes) >= 20


def test_every_role_carries_duties_threshold_fits_tools_and_projects_in_both_languages(kb: Knowledge) -> None:
    for role in kb.roles.values():
        assert role.duties and role.who_fits and role.tools and role.employers
        assert role.threshold.requires
        assert {p.stage for p in role.projects} >= {1, 2, 3, 4}, role.id
        assert re.search(r"[\u4e00-\u9fff]", role.summary.zh) and not re.search(r"[\u4e00-\u9fff]", role.summary.en)


def test_every_skill_has_names_aliases_category_and_effort(kb: Knowledge) -> None:
    for skill in kb.skills.values():
        assert skill.name.zh and skill.name.en and skill.aliases
        assert 2 <= skill.effort_hours <= 1000


def _copy(tmp_path: Path) -> Path:
    dest = tmp_path / "kb"
    shutil.copytree(DATA_DIR, dest)
    return dest


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_broken_reference_names_the_file_and_the_entry(tmp_path: Path) -> None:
    kb_dir = _copy(tmp_path)
    _edit(kb_dir / "roles" / "inference.yaml", "core: [", "core: [cudaa, ")
    with pytest.raises(KnowledgeError) as info:
        load(kb_dir)
    assert any(
        p.startswith("[roles/inference.yaml -> inference.") and "unknown skill 'cudaa'" in p
        for p in info.value.problems
    )


def test_all_problems_are_reported_at_once(tmp_path: Path) -> None:
    kb_dir = _copy(tmp_path)
    _edit(kb_dir / "roles" / "inference.yaml", "core: [", "core: [cudaa, ")
    _edit(kb_dir / "roles" / "apps.yaml", "core: [", "core: [ragg, ")
    with pytest.raises(KnowledgeError) as info:
        load(kb_dir)
    text = "\n".join(info.value.problems)
    assert "cudaa" in text and "ragg" in text


def test_colliding_aliases_are_rejected(tmp_path: Path) -> None:
    kb_dir = _copy(tmp_path)
    _edit(kb_dir / "skills" / "inference.yaml", "aliases: [", "aliases: [pytorch, ")
    with pytest.raises(KnowledgeError) as info:
        load(kb_dir)
    assert any("'pytorch' is also an alias of" in p for p in info.value.problems)


def test_a_role_title_names_one_role_and_is_no_skill_alias(tmp_path: Path) -> None:
    kb_dir = _copy(tmp_path)
    _edit(kb_dir / "roles" / "apps.yaml", "titles: [", "titles: [inference engineer, vllm, ")
    with pytest.raises(KnowledgeError) as info:
        load(kb_dir)
    problems = "\n".join(info.value.problems)
    assert "nference engineer' is also a title of role '" in problems  # named on the second of the two
    assert "'vllm' is also an alias of skill 'vllm'" in problems


def test_a_missing_translation_is_rejected(tmp_path: Path) -> None:
    kb_dir = _copy(tmp_path)
    text = (kb_dir / "directions.yaml").read_text(encoding="utf-8")
    first_zh = re.search(r"^    zh: .+$", text, re.MULTILINE)
    assert first_zh
    (kb_dir / "directions.yaml").write_text(
        text.replace(first_zh.group(0), "    zh: Decides what the model looks like", 1), encoding="utf-8"
    )
    with pytest.raises(KnowledgeError) as info:
        load(kb_dir)
    assert any("zh text has no Chinese" in p for p in info.value.problems)


def test_a_prerequisite_cycle_is_reported_as_a_path(tmp_path: Path, kb: Knowledge) -> None:
    kb_dir = _copy(tmp_path)
    # cuda requires cpp (directly or not); make cpp require cuda
    assert "cpp" in kb.skills["cuda"].prerequisites
    _edit(kb_dir / "skills" / "languages.yaml", "- id: cpp\n", "- id: cpp\n  prerequisites: [cuda]\n")
    text = (kb_dir / "skills" / "languages.yaml").read_text(encoding="utf-8")
    # drop the entry's own prerequisites line if it had one after ours
    block = text.split("- id: cpp\n", 1)[1].split("\n- id:", 1)[0]
    if block.count("prerequisites:") > 1:
        lines = block.split("\n")
        second = [i for i, line in enumerate(lines) if line.strip().startswith("prerequisites:")][1]
        del lines[second]
        text = text.replace(block, "\n".join(lines))
        (kb_dir / "skills" / "languages.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError) as info:
        load(kb_dir)
    assert any("cycle:" in p and "cuda" in p and "cpp" in p for p in info.value.problems)


def test_an_unknown_key_is_a_typo_not_silence(tmp_path: Path) -> None:
    kb_dir = _copy(tmp_path)
    _edit(kb_dir / "skills" / "hardware.yaml", "  effort_hours:", "  efort_hours: 3\n  effort_hours:")
    with pytest.raises(KnowledgeError) as info:
        load(kb_dir)
    assert any("skills/hardware.yaml" in p and "efort_hours" in p for p in info.value.problems)


def test_a_questionnaire_statement_in_an_unknown_group_is_rejected(tmp_path: Path) -> None:
    kb_dir = _copy(tmp_path)
    _edit(kb_dir / "questionnaire.yaml", "    group: research\n", "    group: reserch\n")
    with pytest.raises(KnowledgeError) as info:
        load(kb_dir)
    assert any(p.startswith("[questionnaire.yaml") and "'derive_formulas'" in p for p in info.value.problems)


def test_the_source_article_is_named_in_both_languages(tmp_path: Path) -> None:
    kb_dir = _copy(tmp_path)
    _edit(kb_dir / "meta.yaml", "article:\n", "articel:\n")
    with pytest.raises(KnowledgeError) as info:
        load(kb_dir)
    assert any(p.startswith("[meta.yaml") for p in info.value.problems)
