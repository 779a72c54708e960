"""The demand chart: Chinese text is drawn with a CJK font, never as boxes; no font, a clear error."""

from __future__ import annotations

import shutil
import warnings

import pytest
import yaml

from careermap.errors import FontMissing
from careermap.jobs.models import Band, CountRow, SkillCount, Stats
from careermap.knowledge.loader import DATA_DIR, load
from careermap.report.jobs import stats
from careermap.report.jobs_chart import find_font, render_chart
from careermap.report.models.jobs import Stats as StatsResult


def demand(kb=None) -> StatsResult:  # the demand as `careermap jobs stats` reads it, in Chinese
    return stats(kb or load(), counts(), "zh")


def counts() -> Stats:
    return Stats(
        total=12,
        distinct=10,
        duplicates=2,
        by_direction=[CountRow(5, 4, 0.4), CountRow(3, 3, 0.3), CountRow(None, 3, 0.3)],
        by_role=[CountRow("apps.rag", 3, 0.3), CountRow("inference.engine", 3, 0.3), CountRow("apps.agent", 1, 0.1)],
        top_skills={5: [SkillCount("rag", 3, 0.75)], 3: [SkillCount("vllm", 2, 0.67)]},
        salary_bands=[Band("CNY", "30–50K", 30, 50, 2), Band("CNY", "≥80K", 80, None, 1)],
        by_month=[("2025-03", {5: 2, 3: 1}), ("2025-04", {None: 3, 5: 2})],
        with_salary=3,
        with_date=8,
    )


def test_chinese_labels_render_with_a_cjk_font_and_no_missing_glyphs(kb, tmp_path, cjk_font):
    assert cjk_font.is_file() and cjk_font == find_font(kb)
    out = tmp_path / "demand.png"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        render_chart(kb, demand(kb), out, lang="zh")
    missing = [str(w.message) for w in caught if "missing from" in str(w.message)]
    assert missing == [], missing
    assert out.read_bytes()[:4] == b"\x89PNG"


def test_svg_embeds_the_chinese_text(kb, tmp_path, cjk_font):
    out = render_chart(kb, demand(kb), tmp_path / "demand.svg", lang="zh")
    assert out.stat().st_size > 10_000


def test_without_any_cjk_font_the_chart_is_refused_naming_the_package(tmp_path, monkeypatch):
    folder = tmp_path / "kb"
    shutil.copytree(DATA_DIR, folder)
    jobs = yaml.safe_load((folder / "jobs.yaml").read_text(encoding="utf-8"))
    jobs["chart_fonts"] = [str(tmp_path / "no-such-font.ttc")]
    (folder / "jobs.yaml").write_text(yaml.safe_dump(jobs, allow_unicode=True), encoding="utf-8")
    monkeypatch.delenv("CAREERMAP_FONT", raising=False)
    with pytest.raises(FontMissing) as err:
        render_chart(load(folder), demand(), tmp_path / "x.png")
    assert "apt-get install fonts-wqy-microhei" in err.value.line("en")
    assert err.value.code == "E601"
