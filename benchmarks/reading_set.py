"""The reading development set (``benchmarks/data/reading_dev.yaml``): its schema, its checks
against a knowledge base, and the figures computed from predictions.

A prediction is what ``careermap diagnose --format json`` (or, for a posting,
``careermap jobs classify --format jsonl``) shows for one item, reduced to the fields the
annotations speak about (:func:`reduce_diagnosis`, :func:`reduce_posting`): each skill id
with the list it stands in and its level, the backgrounds, the traits and the best direction.
Only the JSON contract is read, so the same reduction works for any version of careermap,
the code on ``main`` included.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

DATA = Path(__file__).parent / "data" / "reading_dev.yaml"
LANGS = ("zh", "en", "mixed")
CATEGORIES = (
    "negation",
    "negation_list",
    "wish",
    "interest",
    "dislike",
    "hearsay",
    "sense",
    "background",
    "redaction",
    "preference",
    "limiter",
    "plain",
    "proficiency",
    "sections",
    "posting",
)
# the categories whose text must read as it always did
UNCHANGED = ("plain", "proficiency", "sections")
STATUSES = ("has", "lacks", "wants", "heard", "dislikes")
LEVELS = ("basic", "proficient", "expert")
# where a skill stands in the JSON, by status; one skill id stands in one place
PLACES = {"skills": "has", "negated": "lacks", "interests": "wants", "dislikes": "dislikes", "heard_of": "heard"}
# when an older version puts one skill in several places, the user sees the first of these
PRIORITY = ("has", "wants", "dislikes", "lacks", "heard")
KEPT_OUT = ("lacks", "wants", "heard")


class Item(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z]+-\d{2,3}$")
    lang: Literal["zh", "en", "mixed"]
    cat: str
    split: Literal["dev", "held"]
    text: str = Field(min_length=1)
    title: str | None = None
    skills: dict[str, str]
    optional: list[str] = []
    backgrounds: list[str] = []
    prefs: dict[str, Literal["like", "dislike"]] = {}
    accept: list[int] = []

    @field_validator("cat")
    @classmethod
    def _known_category(cls, v: str) -> str:
        if v not in CATEGORIES:
            raise ValueError(f"unknown category '{v}' (one of {', '.join(CATEGORIES)})")
        return v

    @field_validator("skills")
    @classmethod
    def _statuses(cls, v: dict[str, str]) -> dict[str, str]:
        for sid, value in v.items():
            status, _, level = value.partition("/")
            if status not in STATUSES:
                raise ValueError(f"{sid}: unknown status '{status}' (one of {', '.join(STATUSES)})")
            if level and (status != "has" or level not in LEVELS):
                raise ValueError(f"{sid}: a level ({', '.join(LEVELS)}) goes only with has, not '{value}'")
        return v

    @field_validator("accept")
    @classmethod
    def _directions(cls, v: list[int]) -> list[int]:
        if any(d not in range(1, 7) for d in v):
            raise ValueError(f"directions are 1-6, not {v}")
        return v

    def status(self, skill: str) -> str:
        return self.skills[skill].partition("/")[0]

    def level(self, skill: str) -> str | None:
        return self.skills[skill].partition("/")[2] or None


class SetError(ValueError):
    """Every problem of the set file, one per line, each with its location."""


def load(path: Path = DATA) -> list[Item]:
    """The items of ``path``; raises :class:`SetError` listing every problem at once."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    problems: list[str] = []
    items: list[Item] = []
    if not isinstance(raw, list):
        raise SetError(f"[{path.name}] a list of items is expected")
    seen: set[str] = set()
    for n, entry in enumerate(raw):
        where = f"{path.name} -> {entry.get('id', n) if isinstance(entry, dict) else n}"
        try:
            item = Item.model_validate(entry)
        except ValidationError as exc:
            for e in exc.errors():
                loc = " -> ".join(str(x) for x in e["loc"])
                problems.append(f"[{where} -> {loc}] {e['msg']}")
            continue
        if item.id in seen:
            problems.append(f"[{where}] duplicate id")
        seen.add(item.id)
        if item.cat == "posting" and not item.title:
            problems.append(f"[{where}] a posting needs a title")
        both = set(item.skills) & set(item.optional)
        if both:
            problems.append(f"[{where}] annotated and optional at once: {', '.join(sorted(both))}")
        items.append(item)
    if problems:
        raise SetError("\n".join(problems))
    return items


def check_ids(items: Iterable[Item], skills: set[str], archetypes: set[str], traits: set[str]) -> list[str]:
    """Every id an annotation names that the knowledge base does not know, with its location."""
    out = []
    for it in items:
        for sid in [*it.skills, *it.optional]:
            if sid not in skills:
                out.append(f"[{it.id} -> skills] unknown skill '{sid}'")
        out += [f"[{it.id} -> backgrounds] unknown background '{b}'" for b in it.backgrounds if b not in archetypes]
        out += [f"[{it.id} -> prefs] unknown trait '{t}'" for t in it.prefs if t not in traits]
    return out


# ---------------------------------------------------------------- predictions


def reduce_diagnosis(data: Mapping[str, Any]) -> dict[str, Any]:
    """What ``diagnose --format json`` shows, reduced to what the annotations speak about."""
    places: dict[str, list[str]] = defaultdict(list)
    levels: dict[str, str] = {}
    for key, status in PLACES.items():
        for entry in data.get(key) or []:
            places[entry["id"]].append(status)
            if status == "has":
                levels[entry["id"]] = entry.get("level", "mentioned")
    skills = {}
    for sid, where in places.items():
        status = min(where, key=PRIORITY.index)
        skills[sid] = {"status": status, "level": levels.get(sid), "places": len(set(where))}
    traits = {}
    for t in data.get("traits") or []:
        if t.get("source", "text") == "text":
            traits[t["id"]] = "like" if t["polarity"] > 0 else "dislike"
    directions = data.get("directions") or []
    return {
        "skills": skills,
        "backgrounds": [b["id"] for b in data.get("backgrounds") or []],
        "traits": traits,
        "top": directions[0]["number"] if directions else None,
    }


def reduce_posting(data: Mapping[str, Any]) -> dict[str, Any]:
    """What ``jobs classify --format jsonl`` shows of one posting: the skills it asks for."""
    skills = {s["id"]: {"status": "has", "level": None, "places": 1} for s in data.get("skills") or []}
    return {"skills": skills, "backgrounds": [], "traits": {}, "top": data.get("direction")}


# ---------------------------------------------------------------- figures


@dataclass
class Tally:
    """Counts behind the figures of one group of items."""

    items: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    status_ok: int = 0
    level_n: int = 0
    level_ok: int = 0
    kept_n: int = 0
    kept_ok: int = 0
    bg_n: int = 0
    bg_ok: int = 0
    pref_n: int = 0
    pref_ok: int = 0
    pref_fp: int = 0
    top_n: int = 0
    top_ok: int = 0
    places: int = 0  # skill ids shown in more than one place
    errors: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            if name == "errors":
                self.errors += other.errors
            else:
                setattr(self, name, getattr(self, name) + getattr(other, name))

    @staticmethod
    def ratio(num: int, den: int) -> float | None:
        return num / den if den else None

    @property
    def precision(self) -> float | None:
        return self.ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return self.ratio(self.tp, self.tp + self.fn)

    @property
    def status(self) -> float | None:
        return self.ratio(self.status_ok, self.tp)

    @property
    def level(self) -> float | None:
        return self.ratio(self.level_ok, self.level_n)

    @property
    def kept_out(self) -> float | None:
        return self.ratio(self.kept_ok, self.kept_n)


def score_item(item: Item, pred: Mapping[str, Any]) -> Tally:
    """Compare one item's annotations with its prediction."""
    t = Tally(items=1)
    got: Mapping[str, Mapping[str, Any]] = pred["skills"]
    optional = set(item.optional)
    for sid, p in got.items():
        if p.get("places", 1) > 1:
            t.places += 1
        if sid not in item.skills and sid not in optional:
            t.fp += 1
            t.errors.append(f"{item.id}: read {sid} ({p['status']}), not in the text")
    for sid in item.skills:
        want, level = item.status(sid), item.level(sid)
        p = got.get(sid)
        if want in KEPT_OUT:
            t.kept_n += 1
            t.kept_ok += p is None or p["status"] != "has"
        if item.cat == "posting" and want != "has":
            # a posting shows only what it asks for: what it does not ask for can only be kept out
            if p is not None:
                t.errors.append(f"{item.id}: {sid} read as an ask, annotated {want}")
            continue
        if p is None:
            t.fn += 1
            t.errors.append(f"{item.id}: missed {sid} ({want})")
            continue
        t.tp += 1
        if p["status"] == want:
            t.status_ok += 1
        else:
            t.errors.append(f"{item.id}: {sid} read as {p['status']}, annotated {want}")
        if level and p["status"] == "has":
            t.level_n += 1
            t.level_ok += p["level"] == level
            if p["level"] != level:
                t.errors.append(f"{item.id}: {sid} level {p['level']}, annotated {level}")
    found = set(pred.get("backgrounds") or [])
    for b in item.backgrounds:
        t.bg_n += 1
        t.bg_ok += b in found
        if b not in found:
            t.errors.append(f"{item.id}: background {b} not found (got {sorted(found) or 'none'})")
    traits: Mapping[str, str] = pred.get("traits") or {}
    for trait, polarity in item.prefs.items():
        t.pref_n += 1
        t.pref_ok += traits.get(trait) == polarity
        if traits.get(trait) != polarity:
            t.errors.append(f"{item.id}: preference {trait} {polarity} read as {traits.get(trait, 'nothing')}")
    for trait, polarity in traits.items():
        if item.prefs.get(trait) != polarity and trait not in item.prefs:
            t.pref_fp += 1
            t.errors.append(f"{item.id}: read a preference {trait} {polarity} the text does not state")
    if item.accept:
        t.top_n += 1
        t.top_ok += pred.get("top") in item.accept
        if pred.get("top") not in item.accept:
            t.errors.append(f"{item.id}: best direction {pred.get('top')}, an advisor accepts {item.accept}")
    return t


def tally(items: Iterable[Item], preds: Mapping[str, Mapping[str, Any]], key: Any) -> dict[Any, Tally]:
    """Tallies grouped by ``key(item)`` (a tuple or a string); items without a prediction are skipped."""
    out: dict[Any, Tally] = defaultdict(Tally)
    for it in items:
        if it.id in preds:
            out[key(it)].add(score_item(it, preds[it.id]))
    return dict(out)


def counts(items: Iterable[Item]) -> Counter[tuple[str, str]]:
    return Counter((it.cat, it.split) for it in items)
