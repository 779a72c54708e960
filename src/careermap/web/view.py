"""What the page shows for one diagnosis, computed from the result (no scoring here).

:func:`result_view` turns a :class:`~careermap.report.models.diagnosis.Diagnosis` and the text
it indexes into the pieces the template lays out: the radar chart, the ranked directions, the
best roles with their threshold check, the text cut into highlighted runs, and for every
highlighted key the scores it moved. ``sections`` names the template parts in page order; the
route and jobs features add theirs (``_plan.html``, ``_jobs.html``) by appending to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from markupsafe import Markup, escape

from careermap.i18n import STRINGS, t
from careermap.report.highlight import Run, runs
from careermap.report.models.diagnosis import Diagnosis, DirectionScore, RoleScore
from careermap.report.models.jobs import Matches
from careermap.report.models.plan import Route
from careermap.report.radar import Series, radar_svg

# what a highlighted key is, strongest meaning first: a negation overrides the skill it names
MARK_ORDER = ("negated", "dislike", "interest", "skill", "background", "trait")


@dataclass(frozen=True, slots=True)
class Move:
    """One score a piece of evidence moved: a direction's, and its best role's when that moved too."""

    direction: str
    number: int
    amount: float
    role: str = ""
    role_amount: float = 0.0


@dataclass(slots=True)
class Card:
    """What a click on a highlighted word shows."""

    key: str  # "skill:cuda"
    kind: str
    name: str
    detail: str = ""
    moves: list[Move] = field(default_factory=list)

    @property
    def dom_id(self) -> str:
        return "k-" + self.key.replace(":", "-").replace(".", "-")


@dataclass(slots=True)
class Mark:
    run: Run
    kind: str  # the strongest kind among the run's keys, "" for plain text
    cards: list[Card]

    @property
    def title(self) -> str:
        parts = []
        for c in self.cards:
            moved = ", ".join(f"{m.direction} {m.amount:+.2f}" for m in c.moves[:3])
            parts.append(f"{c.name}" + (f" → {moved}" if moved else ""))
        return " · ".join(parts)


@dataclass(frozen=True, slots=True)
class BestRole:
    """A role among the best three of all directions, with the direction it belongs to."""

    role: RoleScore
    direction: DirectionScore


@dataclass(slots=True)
class ResultView:
    data: Diagnosis
    text: str
    radar: str
    top: DirectionScore
    ranked: list[DirectionScore]
    best_roles: list[BestRole]
    marks: list[Mark]
    cards: list[Card]
    kinds: list[str]
    plan: Route | None = None
    jobs: Matches | None = None  # the matching postings and the demand, when the store holds any
    jobs_error: str | None = None
    sections: list[str] = field(default_factory=list)


def pct(x: float | None) -> str:
    return "—" if x is None else f"{round(x * 100)}%"


def bar(value: float, kind: str) -> Markup:
    """A thin horizontal bar as SVG (attributes, not inline styles: the CSP forbids those)."""
    width = f"{max(0.0, min(1.0, value)) * 100:.1f}"
    return Markup(
        f'<svg class="bar bar-{escape(kind)}" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">'
        f'<rect class="bar-bg" width="100" height="6" rx="3"/><rect class="bar-fg" width="{width}" height="6" rx="3"/>'
        "</svg>"
    )


def link(url: str | None) -> str | None:
    """A posting's address as a link only when it is a web address (never ``javascript:`` or ``data:``)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def kind_label(kind: str, lang: str) -> str:
    key = f"web_legend_{kind}"
    return t(key if key in STRINGS else kind, lang)


def radar(data: Diagnosis) -> str:
    lang = data.lang
    by_number = sorted(data.directions, key=lambda d: d.number)
    fit = Series(t("fit", lang), [d.score for d in by_number])
    ready = Series(t("readiness", lang), [d.readiness or 0.0 for d in by_number], dashed=True)
    return radar_svg(
        [f"{d.number} {d.name}" for d in by_number],
        [fit, ready],
        notes=[f"{pct(d.score)} · {pct(d.readiness)}" for d in by_number],
        title=t("web_radar", lang),
        wrap_width=16 if lang == "en" else 12,
        keys=[str(d.number) for d in by_number],  # a phone shows the numbers the ranked list beside it shows
    )


def cards_of(data: Diagnosis) -> dict[str, Card]:
    lang = data.lang
    cards: dict[str, Card] = {}
    for s in data.skills:
        cards[f"skill:{s.id}"] = Card(f"skill:{s.id}", "skill", s.name, f"{t(s.level, lang)}")
    for b in data.backgrounds:
        cards[f"background:{b.id}"] = Card(f"background:{b.id}", "background", b.name)
    for group, kind in ((data.interests, "interest"), (data.dislikes, "dislike"), (data.negated, "negated")):
        for m in group:
            cards[f"{kind}:{m.id}"] = Card(f"{kind}:{m.id}", kind, m.name)
    for tr in data.traits:
        cards[f"trait:{tr.id}"] = Card(f"trait:{tr.id}", "trait", tr.name)
    for d in data.directions:
        role_amounts: dict[str, tuple[str, float]] = {}
        for role in d.roles[:1]:
            for c in role.contributions:
                role_amounts[f"{c.kind}:{c.key}"] = (role.name, c.amount)
        for c in d.contributions:
            card = cards.get(f"{c.kind}:{c.key}")
            if card is not None and abs(c.amount) >= 5e-4:
                role_name, role_amount = role_amounts.get(card.key, ("", 0.0))
                card.moves.append(Move(d.name, d.number, c.amount, role_name, role_amount))
    for card in cards.values():
        card.moves.sort(key=lambda m: -abs(m.amount))
    return cards


def marks_of(data: Diagnosis, text: str, cards: dict[str, Card]) -> list[Mark]:
    spans: list[tuple[int, int, str]] = []
    for s in data.skills:
        spans += [(e.start, e.end, f"skill:{s.id}") for e in s.evidence]
    for b in data.backgrounds:
        spans += [(e.start, e.end, f"background:{b.id}") for e in b.evidence]
    for group, kind in ((data.interests, "interest"), (data.dislikes, "dislike"), (data.negated, "negated")):
        for m in group:
            spans += [(e.start, e.end, f"{kind}:{m.id}") for e in m.evidence]
    for tr in data.traits:
        if tr.evidence:
            spans.append((tr.evidence.start, tr.evidence.end, f"trait:{tr.id}"))
    out = []
    for run in runs(text, spans):
        run_cards = [cards[k] for k in run.keys if k in cards]
        kinds = [c.kind for c in run_cards]
        kind = next((k for k in MARK_ORDER if k in kinds), "")
        out.append(Mark(run, kind, run_cards))
    return out


def best_roles(data: Diagnosis, n: int = 3) -> list[BestRole]:
    roles = [BestRole(r, d) for d in data.directions for r in d.roles]
    return sorted(roles, key=lambda r: -r.role.score)[:n]


def result_view(
    data: Diagnosis,
    text: str,
    plan: Route | None = None,
    *,
    jobs: Matches | None = None,
    jobs_error: str | None = None,
) -> ResultView:
    cards = cards_of(data)
    marks = marks_of(data, text, cards)
    shown = {c.key for m in marks for c in m.cards}
    kinds = [k for k in MARK_ORDER if any(m.kind == k for m in marks)]
    return ResultView(
        data=data,
        text=text,
        radar=radar(data),
        top=data.directions[0],
        ranked=data.directions,
        best_roles=best_roles(data),
        marks=marks,
        cards=[c for c in cards.values() if c.key in shown],
        kinds=kinds,
        plan=plan,
        jobs=jobs,
        jobs_error=jobs_error,
        sections=[
            "summary",
            "directions",
            "roles",
            *(["plan"] if plan else []),
            *(["jobs"] if jobs is not None or jobs_error else []),
            *(["evidence"] if text.strip() else []),  # answers alone: no text to mark
            "download",
        ],
    )
