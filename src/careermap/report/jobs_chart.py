"""Demand as one picture (PNG/SVG/PDF) with matplotlib: directions, roles, months, salaries.

Chinese labels need a CJK font: the first file found among ``$CAREERMAP_FONT`` and
``jobs.yaml -> chart_fonts`` is registered with ``font_manager.addfont``; with none, the chart
is refused with the package to install (Debian/Ubuntu: ``fonts-wqy-microhei``) rather than
drawn with boxes for every Chinese character.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from careermap.errors import FontMissing, JobsError
from careermap.i18n import t
from careermap.jobs.structure import jobs_data
from careermap.knowledge.loader import Knowledge
from careermap.report.jobs import NOT_LARGE_MODEL
from careermap.report.models.jobs import Stats

FONT_ENV = "CAREERMAP_FONT"
# one colour per direction (1-6) and one for "not a large-model role"
_COLOURS = {1: "#4C72B0", 2: "#DD8452", 3: "#55A868", 4: "#C44E52", 5: "#8172B3", 6: "#937860", None: "#B0B0B0"}
_FORMATS = (".png", ".svg", ".pdf")


def find_font(kb: Knowledge) -> Path:
    """The CJK font file to draw with, or :class:`FontMissing` naming what to install."""
    jobs = jobs_data(kb)
    env = os.environ.get(FONT_ENV)
    candidates = [env] if env else []
    candidates += jobs.chart_fonts
    for c in candidates:
        if c and Path(c).is_file():
            return Path(c)
    looked = ", ".join(candidates)
    raise FontMissing(
        f"no Chinese font for the chart (looked at {looked})",
        f"找不到绘图用的中文字体（查找了 {looked}）",
        hint_en=f"install one: apt-get install {jobs.chart_font_package}, or set {FONT_ENV} to a .ttf/.ttc file",
        hint_zh=f"请安装：apt-get install {jobs.chart_font_package}，或把 {FONT_ENV} 设为一个 .ttf/.ttc 字体文件",
    )


def _pyplot(font: Path) -> Any:
    if "MPLCONFIGDIR" not in os.environ:  # keep matplotlib's cache with careermap's, not in ~/.cache
        from platformdirs import user_cache_dir

        os.environ["MPLCONFIGDIR"] = str(Path(user_cache_dir("careermap", appauthor=False)) / "matplotlib")
    try:
        import matplotlib
    except ImportError:  # pragma: no cover - matplotlib is a declared dependency of the charts extra
        raise JobsError(
            "charts need matplotlib",
            "绘图需要 matplotlib",
            hint_en="pip install 'careermap[charts]'",
            hint_zh="请运行 pip install 'careermap[charts]'",
        ) from None
    matplotlib.use("Agg")
    from matplotlib import font_manager
    from matplotlib import pyplot as plt

    font_manager.fontManager.addfont(str(font))
    name = font_manager.FontProperties(fname=str(font)).get_name()
    plt.rcParams["font.family"] = "sans-serif"
    plt.rcParams["font.sans-serif"] = [name, *plt.rcParams["font.sans-serif"]]
    plt.rcParams["axes.unicode_minus"] = False
    return plt


def render_chart(kb: Knowledge, s: Stats, path: str | Path, *, lang: str = "zh") -> Path:
    """Draw the demand chart of ``s`` (names in ``lang``) to ``path`` (the suffix picks PNG, SVG or PDF)."""
    out = Path(path)
    if out.suffix.lower() not in _FORMATS:
        raise JobsError(
            f"cannot draw a chart as '{out.suffix or out.name}'",
            f"无法生成 '{out.suffix or out.name}' 格式的图",
            hint_en="name the file .png, .svg or .pdf",
            hint_zh="文件名请以 .png、.svg 或 .pdf 结尾",
        )
    plt = _pyplot(find_font(kb))
    fig, axes = plt.subplots(2, 2, figsize=(14, 9.5), dpi=110)
    try:
        _directions(axes[0][0], s, lang)
        _roles(axes[0][1], kb, s, lang)
        _months(axes[1][0], s, lang)
        _salaries(axes[1][1], s, lang)
        title = f"{t('demand_by_direction', lang)} · {t('distinct', lang)} {s.distinct} / {s.total}"
        fig.suptitle(title, fontsize=15)
        fig.tight_layout(rect=(0, 0, 1, 0.96))
        out.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(out)
    finally:
        plt.close(fig)
    return out


def _empty(ax: Any, lang: str) -> None:
    ax.text(0.5, 0.5, t("none", lang), ha="center", va="center", fontsize=14, color="#888888")
    ax.set_axis_off()


def _directions(ax: Any, s: Stats, lang: str) -> None:
    rows = list(reversed(s.by_direction))
    if not rows:
        return _empty(ax, lang)
    labels = [f"{r.direction} {r.name}" if r.direction else r.name for r in rows]
    bars = ax.barh(labels, [r.count for r in rows], color=[_COLOURS.get(r.direction, "#999999") for r in rows])
    for bar, r in zip(bars, rows, strict=True):
        ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, f" {r.count} ({r.share * 100:.0f}%)", va="center")
    ax.set_title(t("demand_by_direction", lang))
    ax.margins(x=0.2)
    return None


def _roles(ax: Any, kb: Knowledge, s: Stats, lang: str, top: int = 12) -> None:
    rows = list(reversed(s.by_role[:top]))
    if not rows:
        return _empty(ax, lang)
    colours = [_COLOURS.get(kb.direction_of(str(r.role)).number, "#999999") for r in rows]
    ax.barh([r.name for r in rows], [r.count for r in rows], color=colours)
    ax.set_title(t("demand_by_role", lang))
    return None


def _months(ax: Any, s: Stats, lang: str) -> None:
    months = s.by_month
    if not months:
        return _empty(ax, lang)
    x = list(range(len(months)))
    bottom = [0] * len(months)
    keys = sorted({k for m in months for k in m.by_direction}, key=lambda k: 99 if k == NOT_LARGE_MODEL else int(k))
    for k in keys:
        values = [m.by_direction.get(k, 0) for m in months]
        number = None if k == NOT_LARGE_MODEL else int(k)
        ax.bar(x, values, bottom=bottom, color=_COLOURS.get(number, "#999999"), label=str(k if number else "-"))
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    step = max(1, len(months) // 12)
    ax.set_xticks(x[::step], [m.month for m in months][::step], rotation=45, ha="right")
    ax.set_title(t("by_month", lang))
    ax.legend(title=t("direction", lang), fontsize=8, ncol=4)
    return None


def _salaries(ax: Any, s: Stats, lang: str) -> None:
    bands = s.salary_bands
    if not bands:
        return _empty(ax, lang)
    labels = [f"{b.currency} {b.band}" for b in bands]
    ax.bar(range(len(bands)), [b.count for b in bands], color="#4C72B0")
    ax.set_xticks(range(len(bands)), labels, rotation=45, ha="right")
    ax.set_title(t("salary_bands", lang))
    return None
