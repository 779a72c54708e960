"""A radar (spider) chart as inline SVG: no library, no script, text the browser lays out.

The labels are ``<text>`` elements, so the browser draws them with the system's fonts and
CJK renders wherever a CJK font is installed. Colours come from CSS classes
(``radar-grid``, ``radar-axis``, ``radar-series-0``…), never from inline styles, so the
chart works under a Content-Security-Policy that forbids them. Every label is escaped.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape


@dataclass(frozen=True, slots=True)
class Series:
    """One closed polygon: a name (for the legend and the accessible title) and a value per axis, 0..1."""

    name: str
    values: Sequence[float]
    dashed: bool = False


def wrap(label: str, width: int) -> list[str]:
    """Lines of at most ``width`` characters, broken at spaces; a label without spaces stays whole."""
    lines: list[str] = []
    for word in label.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [label]


def _fmt(x: float) -> str:
    return f"{x:.1f}"


def radar_svg(
    axes: Sequence[str],
    series: Sequence[Series],
    *,
    notes: Sequence[str] = (),
    title: str = "",
    size: int = 640,
    rings: Sequence[float] = (0.25, 0.5, 0.75, 1.0),
    wrap_width: int = 18,
    keys: Sequence[str] = (),
) -> str:
    """The chart as an ``<svg>`` element string.

    ``axes`` are the labels clockwise from the top; ``notes`` (optional, one per axis) is a
    second, smaller line under each label, such as the score. ``keys`` (optional, one per axis)
    are short stand-ins for the labels, such as the number a list beside the chart also shows:
    each is drawn with its note as a ``radar-key`` text, for a stylesheet to show in place of the
    labels where the chart is drawn too small for them to be read (a phone).
    """
    n = len(axes)
    if n < 3:
        raise ValueError("a radar chart needs at least three axes")
    for s in series:
        if len(s.values) != n:
            raise ValueError(f"series {s.name!r} has {len(s.values)} values for {n} axes")
    width, height = size, round(size * 0.76)
    cx, cy = width / 2, height / 2
    radius = height * 0.34

    def point(i: int, r: float) -> tuple[float, float]:
        angle = -math.pi / 2 + 2 * math.pi * i / n
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    def polygon(values: Sequence[float]) -> str:
        pts = (point(i, radius * max(0.0, min(1.0, v))) for i, v in enumerate(values))
        return " ".join(f"{_fmt(x)},{_fmt(y)}" for x, y in pts)

    out = [
        f'<svg class="radar" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg" '
        f'role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    for ring in rings:
        out.append(f'<polygon class="radar-grid" points="{polygon([ring] * n)}"/>')
        x, y = point(0, radius * ring)
        out.append(f'<text class="radar-ring" x="{_fmt(x + 4)}" y="{_fmt(y + 12)}">{round(ring * 100)}%</text>')
    for i in range(n):
        x, y = point(i, radius)
        out.append(f'<line class="radar-axis" x1="{_fmt(cx)}" y1="{_fmt(cy)}" x2="{_fmt(x)}" y2="{_fmt(y)}"/>')
    for k, s in enumerate(series):
        dashed = " radar-dashed" if s.dashed else ""
        out.append(
            f'<polygon class="radar-series radar-series-{k}{dashed}" points="{polygon(s.values)}">'
            f"<title>{escape(s.name)}</title></polygon>"
        )
        for i, v in enumerate(s.values):
            x, y = point(i, radius * max(0.0, min(1.0, v)))
            out.append(f'<circle class="radar-dot radar-series-{k}" cx="{_fmt(x)}" cy="{_fmt(y)}" r="3.5"/>')
    line_height = 17
    for i, label in enumerate(axes):
        x, y = point(i, radius + 22)
        dx = x - cx
        anchor = "middle" if abs(dx) < 1 else "start" if dx > 0 else "end"
        lines = wrap(label, wrap_width)
        extra = [notes[i]] if i < len(notes) and notes[i] else []
        total = len(lines) + len(extra)
        dy = y - cy
        # labels above the centre grow upwards, those below grow downwards, side ones are centred
        top = y - (total - 1) * line_height if dy < -radius * 0.5 else y if dy > radius * 0.5 else y - (total - 1) * 8
        top += 5
        spans = [
            f'<tspan x="{_fmt(x)}" y="{_fmt(top + j * line_height)}">{escape(line)}</tspan>'
            for j, line in enumerate(lines)
        ]
        spans += [
            f'<tspan class="radar-note" x="{_fmt(x)}" y="{_fmt(top + (len(lines) + j) * line_height)}">'
            f"{escape(note)}</tspan>"
            for j, note in enumerate(extra)
        ]
        out.append(f'<text class="radar-label" data-axis="{i}" text-anchor="{anchor}">{"".join(spans)}</text>')
        if i < len(keys):
            out.append(_key(i, keys[i], extra, x, y, anchor, grow=dy / radius))
    out.append("</svg>")
    return "".join(out)


KEY_LINE = 30  # user units between a key and its note: the stylesheet draws them large


def _key(i: int, key: str, notes: list[str], x: float, y: float, anchor: str, *, grow: float) -> str:
    """A key and its note at an axis's end, growing away from the centre like the label it stands for."""
    total = 1 + len(notes)
    top = y - (total - 1) * KEY_LINE if grow < -0.5 else y + 14 if grow > 0.5 else y - (total - 1) * KEY_LINE / 2 + 8
    spans = [f'<tspan x="{_fmt(x)}" y="{_fmt(top)}">{escape(key)}</tspan>']
    spans += [
        f'<tspan class="radar-note" x="{_fmt(x)}" y="{_fmt(top + (j + 1) * KEY_LINE)}">{escape(note)}</tspan>'
        for j, note in enumerate(notes)
    ]
    return f'<text class="radar-key" data-axis="{i}" text-anchor="{anchor}">{"".join(spans)}</text>'
