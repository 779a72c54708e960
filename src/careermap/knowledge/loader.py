"""Load the knowledge base from its YAML files and validate all of it at once.

Problems are collected, not raised one by one: a broken knowledge base reports every
problem with its location, ``[roles/inference.yaml -> inference.engine -> skills.core]
unknown skill 'cudaa'``, and loading fails with :class:`~careermap.errors.KnowledgeError`.

A knowledge base that validates is kept, compiled, in the user's cache folder and read back
from there by the next process until any of its files changes (:mod:`careermap.knowledge.compiled`).
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import pairwise
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from careermap.errors import KnowledgeError, NotFound
from careermap.knowledge import compiled
from careermap.knowledge.lexicon import Lexicon, lexicon_problems
from careermap.knowledge.models import (
    Advice,
    Archetype,
    Degree,
    Direction,
    JobsData,
    Meta,
    NumberConstraint,
    Planning,
    Questionnaire,
    Role,
    Scoring,
    Skill,
    Text,
    ThresholdLevel,
    Trait,
)
from careermap.text.normalize import fold
from careermap.text.scripts import has_han

DATA_DIR = Path(__file__).parent / "data"
ENV_VAR = "CAREERMAP_KB"
M = TypeVar("M", bound=BaseModel)


@dataclass
class Knowledge:
    """The validated map: directions, roles, skills, backgrounds, traits and word lists."""

    version: str
    directions: list[Direction]
    roles: dict[str, Role]
    skills: dict[str, Skill]
    archetypes: dict[str, Archetype]
    traits: dict[str, Trait]
    lexicon: Lexicon
    scoring: Scoring
    advice: Advice
    variants: dict[str, str]
    questionnaire: Questionnaire
    planning: Planning
    jobs: JobsData  # how job postings are read (jobs.yaml)
    article: Text  # the source article's name, as the advice cites it (meta.yaml)
    path: Path
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)
    _compiled: Path | None = field(default=None, repr=False, compare=False)  # its cache entry, if any

    def direction(self, key: str | int) -> Direction:
        for d in self.directions:
            if key in (d.id, d.number, str(d.number)):
                return d
        raise NotFound(
            f"no direction '{key}'",
            f"没有方向 '{key}'",
            hint_en="use a number 1-6 or an id such as 'inference'",
            hint_zh="请用 1-6 的编号或 inference 这样的 id",
        )

    def role(self, role_id: str) -> Role:
        try:
            return self.roles[role_id]
        except KeyError:
            raise NotFound(
                f"no role '{role_id}'",
                f"没有岗位 '{role_id}'",
                hint_en="run `careermap kb search` to list role ids such as 'inference.engine'",
                hint_zh="运行 `careermap kb search` 查看岗位 id，例如 'inference.engine'",
            ) from None

    def direction_of(self, role_id: str) -> Direction:
        return self.direction(role_id.split(".", 1)[0])

    @cached_property
    def role_weights(self) -> dict[str, dict[str, float]]:
        """Per role, each skill's importance weight from the role's tiers."""
        tiers = self.scoring.tiers
        out: dict[str, dict[str, float]] = {}
        for rid, role in self.roles.items():
            weights: dict[str, float] = {}
            for tier in ("useful", "important", "core"):
                for sid in getattr(role.skills, tier):
                    weights[sid] = tiers[tier]
            out[rid] = weights
        return out

    def fold(self, text: str) -> str:
        return fold(text, self.variants)


def default_path() -> Path:
    env = os.environ.get(ENV_VAR)
    return Path(env) if env else DATA_DIR


@cache
def _strict_loader() -> Any:
    """The YAML loader the knowledge base is read with (built once): libyaml's where PyYAML has it (several times
    faster), and a key written twice in one mapping is a problem, not the last one silently kept (a second
    ``senses:`` of one skill would drop the first one's guards)."""
    import yaml  # only when the files are read, not when a compiled copy is

    try:
        from yaml import CSafeLoader as Loader
    except ImportError:  # pragma: no cover - depends on how PyYAML was built
        from yaml import SafeLoader as Loader  # type: ignore[assignment,unused-ignore]

    class Strict(Loader):  # type: ignore[misc,valid-type,unused-ignore]
        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            seen: set[Any] = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=deep)
                if not isinstance(key, str | int):
                    continue
                if key in seen:
                    twice = f"the key '{key}' written twice"
                    raise yaml.constructor.ConstructorError("in a mapping", node.start_mark, twice, key_node.start_mark)
                seen.add(key)
            return super().construct_mapping(node, deep)

    return Strict


def _read_yaml(path: Path, problems: list[str], root: Path) -> Any:
    import yaml

    rel = path.relative_to(root).as_posix()
    try:
        with path.open("rb") as fh:
            return yaml.load(fh, Loader=_strict_loader())
    except FileNotFoundError:
        problems.append(f"[{rel}] file is missing")
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        problems.append(f"[{rel}{where}] not valid YAML: {getattr(exc, 'problem', exc)}")
    except ValueError as exc:  # YAML reads it as a date or an integer that Python cannot build
        problems.append(f"[{rel}] a date that does not exist or an integer too long to read: {str(exc)[:80]}")
    return None


def _parse(model: type[M], raw: Any, where: str, problems: list[str]) -> M | None:
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        for err in exc.errors():
            loc = ".".join(str(p) for p in err["loc"])
            problems.append(f"[{where}{' -> ' + loc if loc else ''}] {err['msg']}")
    return None


def _parse_list(model: type[M], raw: Any, rel: str, problems: list[str]) -> list[M]:
    if not isinstance(raw, list):
        problems.append(f"[{rel}] expected a list of entries")
        return []
    out = []
    for i, item in enumerate(raw):
        key = item.get("id", i) if isinstance(item, dict) else i
        parsed = _parse(model, item, f"{rel} -> {key}", problems)
        if parsed is not None:
            out.append(parsed)
    return out


def load(path: Path | str | None = None, *, cache: bool = True) -> Knowledge:
    """Load and validate the knowledge base at ``path`` (default: the bundled one); with ``cache``
    (and ``CAREERMAP_NO_CACHE`` unset) a copy validated before from the same files is read back
    from the cache folder instead, and one validated now is kept there."""
    root = Path(path) if path else default_path()
    if not root.is_dir():
        raise KnowledgeError([f"[{root}] is not a knowledge-base folder"])
    files = [(file.relative_to(root).as_posix(), file.read_bytes()) for file in sorted(root.rglob("*.yaml"))]
    entry = None
    if cache and compiled.enabled():
        entry = compiled.entry_path(compiled.entry_key(root, files))
        kept = compiled.read_knowledge(entry)
        if kept is not None:
            kept.path = root  # as this caller named it
            return kept
    kb = _validated(root, files)
    if entry is not None:
        compiled.write_knowledge(entry, kb)
    return kb


def _validated(root: Path, files: list[tuple[str, bytes]]) -> Knowledge:
    problems: list[str] = []
    digest = hashlib.sha256()
    for rel, data in files:
        digest.update(rel.encode())
        digest.update(data)

    meta = _parse(Meta, _read_yaml(root / "meta.yaml", problems, root), "meta.yaml", problems)
    directions = _parse_list(
        Direction, _read_yaml(root / "directions.yaml", problems, root), "directions.yaml", problems
    )
    roles: list[tuple[str, Role]] = []
    for file in sorted((root / "roles").glob("*.yaml")):
        rel = file.relative_to(root).as_posix()
        roles += [(rel, r) for r in _parse_list(Role, _read_yaml(file, problems, root), rel, problems)]
    skills: list[tuple[str, Skill]] = []
    for file in sorted((root / "skills").glob("*.yaml")):
        rel = file.relative_to(root).as_posix()
        skills += [(rel, s) for s in _parse_list(Skill, _read_yaml(file, problems, root), rel, problems)]
    archetypes = _parse_list(
        Archetype, _read_yaml(root / "archetypes.yaml", problems, root), "archetypes.yaml", problems
    )
    traits = _parse_list(Trait, _read_yaml(root / "traits.yaml", problems, root), "traits.yaml", problems)
    lexicon = _parse(Lexicon, _read_yaml(root / "lexicon.yaml", problems, root), "lexicon.yaml", problems)
    scoring = _parse(Scoring, _read_yaml(root / "scoring.yaml", problems, root), "scoring.yaml", problems)
    advice = _parse(Advice, _read_yaml(root / "advice.yaml", problems, root), "advice.yaml", problems)
    jobs = _parse(JobsData, _read_yaml(root / "jobs.yaml", problems, root), "jobs.yaml", problems)
    questionnaire = _parse(
        Questionnaire, _read_yaml(root / "questionnaire.yaml", problems, root), "questionnaire.yaml", problems
    )
    planning = _parse(Planning, _read_yaml(root / "plan.yaml", problems, root), "plan.yaml", problems)
    variants_raw = (_read_yaml(root / "variants.yaml", problems, root) or {}).get("hant_to_hans", "")
    variants = _parse_variants(variants_raw, problems)

    kb = Knowledge(
        version=f"{meta.version if meta else '0'}+{digest.hexdigest()[:10]}",
        directions=sorted(directions, key=lambda d: d.number),
        roles={r.id: r for _, r in roles},
        skills={s.id: s for _, s in skills},
        archetypes={a.id: a for a in archetypes},
        traits={t.id: t for t in traits},
        lexicon=lexicon,  # type: ignore[arg-type]
        scoring=scoring,  # type: ignore[arg-type]
        advice=advice,  # type: ignore[arg-type]
        variants=variants,
        questionnaire=questionnaire,  # type: ignore[arg-type]
        planning=planning,  # type: ignore[arg-type]
        jobs=jobs,  # type: ignore[arg-type]
        article=meta.article if meta else Text(zh="原文", en="the source article"),
        path=root,
    )
    for kind, ids in (
        ("skill", [s.id for _, s in skills]),
        ("role", [r.id for _, r in roles]),
        ("archetype", [a.id for a in archetypes]),
        ("trait", [t.id for t in traits]),
    ):
        problems += [f"[{kind}s -> {dup}] {kind} id defined twice" for dup in sorted(_dupes(ids))]
    if lexicon is not None:
        problems += lexicon_problems(lexicon)
    if planning is not None:
        problems += _validate_planning(kb, planning)
    if lexicon is not None and scoring is not None:
        problems += validate(
            kb, role_files=dict((r.id, f) for f, r in roles), skill_files=dict((s.id, f) for f, s in skills)
        )
    if jobs is not None and scoring is not None:
        problems += _validate_jobs(kb, jobs)
    if questionnaire is not None:
        problems += validate_questionnaire(kb)
    if problems:
        raise KnowledgeError(problems)
    return kb


# scoring.yaml numbers a posting may read differently: extraction-level ones, and how much a
# named role counts (a posting names the role it hires for; a person mostly names a wish)
_POSTING_SCORING = (
    "repeat_bonus",
    "repeat_bonus_cap",
    "years_bonus_per_year",
    "years_bonus_cap",
    "weak",
    "strength_cap",
    "role_title_weight",
    "role_title_cap",
    "topic_trait_weight",
)


def _validate_jobs(kb: Knowledge, jobs: JobsData) -> list[str]:
    """jobs.yaml: skills exist, every posting section has a weight, salary tables agree."""
    problems: list[str] = []
    for field_name in ("skills", "context_skills"):
        for i, sid in enumerate(getattr(jobs.large_model, field_name)):
            if sid not in kb.skills:
                problems.append(f"[jobs.yaml -> large_model.{field_name} -> {i}] unknown skill '{sid}'")
    if jobs.large_model.strong_fit < jobs.large_model.min_fit:
        problems.append("[jobs.yaml -> large_model.strong_fit] must not be below min_fit")
    for kind in [*type(jobs.sections).model_fields, "title"]:
        if kind not in kb.scoring.sections:
            problems.append(f"[scoring.yaml -> sections] posting section '{kind}' (jobs.yaml) has no weight")
    for name, value in jobs.scoring.items():
        if name not in _POSTING_SCORING:
            allowed = ", ".join(_POSTING_SCORING)
            problems.append(f"[jobs.yaml -> scoring -> {name}] not a number a posting may change ({allowed})")
        elif value < 0:
            problems.append(f"[jobs.yaml -> scoring -> {name}] must not be negative")
    for level in ("expert", "proficient", "mentioned", "basic"):
        if level not in jobs.asked_level:
            problems.append(f"[jobs.yaml -> asked_level] no level asked for '{level}' mentions")
    sal = jobs.salary
    for where, codes in (
        ("default_currency", sal.default_currency.values()),
        ("default_period", sal.default_period.keys()),
        ("bands", sal.bands.keys()),
    ):
        for code in codes:
            if code not in sal.currencies:
                problems.append(f"[jobs.yaml -> salary.{where}] unknown currency '{code}'")
    for word in sal.multiplier_period:
        if word not in sal.multipliers:
            problems.append(f"[jobs.yaml -> salary.multiplier_period] '{word}' is not a multiplier")
    for code in sal.currencies:
        if code not in sal.default_period:
            problems.append(f"[jobs.yaml -> salary.default_period] no period for currency '{code}'")
    for code, band in sal.bands.items():
        if band.edges != sorted(set(band.edges)):
            problems.append(f"[jobs.yaml -> salary.bands -> {code} -> edges] edges must rise strictly")
    return problems


def _parse_variants(raw: str, problems: list[str]) -> dict[str, str]:
    chars = "".join(raw.split())
    if len(chars) % 2:
        problems.append("[variants.yaml -> hant_to_hans] needs pairs of characters (traditional, simplified)")
        return {}
    return {chars[i]: chars[i + 1] for i in range(0, len(chars), 2)}


def _dupes(ids: Iterable[str]) -> set[str]:
    seen: set[str] = set()
    dup: set[str] = set()
    for i in ids:
        (dup if i in seen else seen).add(i)
    return dup


def _texts(obj: Any, loc: str) -> Iterable[tuple[str, Text]]:
    """Every bilingual text inside a model, with its location."""
    if isinstance(obj, Text):
        yield loc, obj
    elif isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            yield from _texts(getattr(obj, name), f"{loc}.{name}" if loc else name)
    elif isinstance(obj, list):
        for i, item in enumerate(obj):
            yield from _texts(item, f"{loc}.{i}")


def validate(kb: Knowledge, *, role_files: dict[str, str], skill_files: dict[str, str]) -> list[str]:
    """Cross-file checks: references resolve, translations exist, aliases do not collide."""
    problems: list[str] = []
    skills, roles = kb.skills, kb.roles

    numbers = [d.number for d in kb.directions]
    if sorted(numbers) != list(range(1, 7)):
        problems.append(f"[directions.yaml] needs directions numbered 1-6 exactly once, found {numbers}")

    def check_skill(where: str, sid: str) -> None:
        if sid not in skills:
            problems.append(f"[{where}] unknown skill '{sid}'")

    # directions and roles
    listed_roles: set[str] = set()
    for d in kb.directions:
        for rid in d.roles:
            listed_roles.add(rid)
            if rid not in roles:
                problems.append(f"[directions.yaml -> {d.id} -> roles] unknown role '{rid}'")
            elif not rid.startswith(d.id + "."):
                problems.append(f"[directions.yaml -> {d.id} -> roles] role '{rid}' belongs to another direction")
    for rid, role in roles.items():
        where = f"{role_files[rid]} -> {rid}"
        if rid not in listed_roles:
            problems.append(f"[{where}] role is not listed under any direction")
        tiers = role.skills
        for tier in ("core", "important", "useful"):
            for sid in getattr(tiers, tier):
                check_skill(f"{where} -> skills.{tier}", sid)
        for dup in _dupes(tiers.core + tiers.important + tiers.useful):
            problems.append(f"[{where} -> skills] skill '{dup}' appears in more than one tier")
        for req in role.threshold.requires:
            check_skill(f"{where} -> threshold.requires", req.skill)
        for sid in role.tools:
            check_skill(f"{where} -> tools", sid)
        for trait in role.traits:
            if trait not in kb.traits:
                problems.append(f"[{where} -> traits] unknown trait '{trait}'")
        for proj in role.projects:
            for sid in proj.skills:
                check_skill(f"{where} -> projects.{proj.id}", sid)

    # skills
    for sid, skill in skills.items():
        where = f"{skill_files[sid]} -> {sid}"
        for pre in skill.prerequisites:
            if pre == sid:
                problems.append(f"[{where} -> prerequisites] a skill cannot require itself")
            else:
                check_skill(f"{where} -> prerequisites", pre)
        if skill.context_aliases and not skill.cues:
            problems.append(f"[{where}] context_aliases need cues")
        problems += _sense_problems(kb, where, skill)
    problems += _cycles(kb)
    problems += _alias_collisions(kb, skill_files)
    problems += _title_collisions(kb, role_files)
    problems += _background_words(kb)

    # archetypes
    for aid, arch in kb.archetypes.items():
        where = f"archetypes.yaml -> {aid}"
        for sid in list(arch.signals) + arch.transferable:
            check_skill(where, sid)
        for rid in arch.affinities:
            if rid not in roles:
                problems.append(f"[{where} -> affinities] unknown role '{rid}'")

    # translations: every Chinese prose text must be Chinese
    for owner, file_of, items in (
        ("directions.yaml", None, [(d.id, d) for d in kb.directions]),
        ("roles", role_files, list(roles.items())),
        ("skills", skill_files, list(skills.items())),
        ("archetypes.yaml", None, list(kb.archetypes.items())),
        ("traits.yaml", None, list(kb.traits.items())),
    ):
        for key, item in items:
            fname = file_of[key] if file_of else owner
            for loc, text in _texts(item, ""):
                if loc == "name" and isinstance(item, Skill):
                    problems += _skill_name(f"{fname} -> {key} -> name", item)
                    continue
                if not has_han(text.zh):
                    problems.append(f"[{fname} -> {key} -> {loc}] zh text has no Chinese: {text.zh[:40]!r}")
                if has_han(text.en):
                    problems.append(f"[{fname} -> {key} -> {loc}] en text contains Chinese: {text.en[:40]!r}")
    return problems


_PHRASE_WORD = re.compile(r"(?<![\w.+#-])[a-z]{3,}(?![\w.+#-])")


def _skill_name(where: str, skill: Skill) -> list[str]:
    """A skill's English name is never written in Chinese. Its Chinese name may stay in Latin letters
    only as a product name kept as it is ("PyTorch", "scikit-learn"): the English name or one of the
    skill's own aliases, and not an English phrase ("Probability theory": several words, one of them
    an ordinary lower-case word). A single English word kept in both languages ("Calculus") cannot
    be told from a product name ("Rust", "Helm") by its letters and passes."""
    problems: list[str] = []
    zh, en = skill.name.zh, skill.name.en
    if has_han(en):
        problems.append(f"[{where}.en] the English name is written in Chinese: {en[:40]!r}")
    if not has_han(zh):
        kept = {en.casefold(), *(a.casefold() for a in skill.aliases + skill.context_aliases)}
        if len(zh.split()) > 1 and _PHRASE_WORD.search(zh):
            problems.append(f"[{where}.zh] the Chinese name is an English phrase left untranslated: {zh[:40]!r}")
        elif zh.casefold() not in kept:
            problems.append(
                f"[{where}.zh] the Chinese name has no Chinese and is neither the English name nor an alias "
                f"(a product name kept as it is): {zh[:40]!r}"
            )
    return problems


_PLAN_SLOTS = {
    "route": {"role", "n", "hours", "hpw", "weeks"},
    "covers_core": {"role", "n", "hours", "hpw", "weeks"},
    "nothing_left": {"role"},
    "shortened": {"saved", "full"},
    "transferable": {"skills", "background"},
    "closest": {"role", "hours"},
}


def _validate_planning(kb: Knowledge, planning: Planning) -> list[str]:
    """plan.yaml: tiers named right, stages numbered 1..n, every project's stage exists, slots known."""
    problems: list[str] = []
    tiers = {"core", "important", "useful"}
    if set(planning.need) != tiers | {"prerequisite"}:
        problems.append(
            f"[plan.yaml -> need] needs exactly core, important, useful, prerequisite; got {sorted(planning.need)}"
        )
    for tier in planning.route_tiers:
        if tier not in tiers:
            problems.append(f"[plan.yaml -> route_tiers] unknown tier '{tier}'")
    numbers = [s.number for s in planning.stages]
    if numbers != list(range(1, len(numbers) + 1)):
        problems.append(f"[plan.yaml -> stages] stages must be numbered 1..n in order, got {numbers}")
    if planning.min_stages > len(numbers):
        problems.append(f"[plan.yaml -> min_stages] {planning.min_stages} is more than the {len(numbers)} stages")
    if planning.role_skills_from_stage not in numbers:
        problems.append(f"[plan.yaml -> role_skills_from_stage] {planning.role_skills_from_stage} is not a stage")
    for rid, role in kb.roles.items():
        for proj in role.projects:
            if proj.stage not in numbers:
                problems.append(
                    f"[roles -> {rid} -> projects.{proj.id}] stage {proj.stage} is not a stage of plan.yaml"
                )
    for i, stage in enumerate(planning.stages):
        for loc, text in (("name", stage.name), ("goal", stage.goal)):
            problems += _check_text(f"plan.yaml -> stages.{i}.{loc}", text, {"role"})
    for key, slots in _PLAN_SLOTS.items():
        problems += _check_text(f"plan.yaml -> texts.{key}", getattr(planning.texts, key), slots)
    return problems


def _check_text(where: str, text: Text, slots: set[str]) -> list[str]:
    problems: list[str] = []
    if not has_han(text.zh):
        problems.append(f"[{where}] zh text has no Chinese: {text.zh[:40]!r}")
    if has_han(text.en):
        problems.append(f"[{where}] en text contains Chinese: {text.en[:40]!r}")
    for lang in ("zh", "en"):
        used = set(re.findall(r"{(\w*)}", getattr(text, lang)))
        for slot in sorted(used - slots):
            problems.append(f"[{where}.{lang}] unknown slot {{{slot}}}; known: {', '.join(sorted(slots))}")
    return problems


_ON_VALUES = {"threshold": {v.value for v in ThresholdLevel}, "degree": {v.value for v in Degree}}


def validate_questionnaire(kb: Knowledge) -> list[str]:
    """Every item maps to known traits, every trait is asked about, ids are unique, the scale
    runs 1..n with rising polarity, and constraint amounts key on real levels or degrees."""
    q = kb.questionnaire
    where = "questionnaire.yaml"
    problems: list[str] = []
    values = [p.value for p in q.scale]
    if values != list(range(1, len(values) + 1)):
        problems.append(f"[{where} -> scale] values must run 1, 2, 3 ... in order, found {values}")
    polarities = [p.polarity for p in q.scale]
    if any(b <= a for a, b in pairwise(polarities)):
        problems.append(f"[{where} -> scale] polarity must rise with the value, found {polarities}")
    for dup in sorted(_dupes(q.item_ids())):
        problems.append(f"[{where} -> {dup}] item id defined twice")
    asked: dict[str, float] = {}
    for item in q.items:
        for trait, weight in item.traits.items():
            if trait not in kb.traits:
                problems.append(f"[{where} -> {item.id} -> traits] unknown trait '{trait}'")
            elif weight == 0:
                problems.append(f"[{where} -> {item.id} -> traits] weight of '{trait}' is 0; leave the trait out")
            else:
                asked[trait] = max(asked.get(trait, 0.0), weight)
    for trait in kb.traits:
        if asked.get(trait, 0.0) < q.consistency.min_weight:
            problems.append(f"[{where} -> items] no item asks about trait '{trait}' (weight >= min_weight)")
    records: list[str] = []
    for c in q.constraints:
        allowed = _ON_VALUES[c.applies_to]
        if isinstance(c, NumberConstraint):
            if c.min >= c.max:
                problems.append(f"[{where} -> {c.id}] min must be below max")
            for p in c.presets:
                if not c.min <= p.value <= c.max:
                    problems.append(f"[{where} -> {c.id} -> presets] {p.value} is outside {c.min}..{c.max}")
            amount_maps = [(f"bands.{b.id}", b.amounts) for b in c.bands]
            if c.records:
                records.append(c.records)
        else:
            for dup in sorted(_dupes(o.value for o in c.options)):
                problems.append(f"[{where} -> {c.id} -> options] option '{dup}' defined twice")
            amount_maps = [(f"options.{o.value}", o.amounts) for o in c.options]
            for o in c.options:
                if o.amounts and o.note is None:
                    problems.append(f"[{where} -> {c.id} -> options.{o.value}] an option with amounts needs a note")
        for loc, amounts in amount_maps:
            for key in amounts:
                if key not in allowed:
                    known = ", ".join(sorted(allowed))
                    problems.append(f"[{where} -> {c.id} -> {loc}] '{key}' is not a {c.applies_to} value ({known})")
    for dup in sorted(_dupes(records)):
        problems.append(f"[{where} -> constraints] more than one item records '{dup}'")
    for loc, text in _texts(q, ""):
        if not has_han(text.zh):
            problems.append(f"[{where} -> {loc}] zh text has no Chinese: {text.zh[:40]!r}")
        if has_han(text.en):
            problems.append(f"[{where} -> {loc}] en text contains Chinese: {text.en[:40]!r}")
    return problems


def _cycles(kb: Knowledge) -> list[str]:
    """Report every prerequisite cycle once, as a path a human can follow."""
    state: dict[str, int] = {}
    found: list[str] = []
    seen_cycles: set[frozenset[str]] = set()

    def visit(sid: str, stack: list[str]) -> None:
        state[sid] = 1
        stack.append(sid)
        for pre in kb.skills[sid].prerequisites:
            if pre not in kb.skills:
                continue
            if state.get(pre) == 1:
                cycle = [*stack[stack.index(pre) :], pre]
                key = frozenset(cycle)
                if key not in seen_cycles:
                    seen_cycles.add(key)
                    found.append(f"[skills -> {sid} -> prerequisites] cycle: {' -> '.join(cycle)}")
            elif pre not in state:
                visit(pre, stack)
        stack.pop()
        state[sid] = 2

    for sid in kb.skills:
        if sid not in state:
            visit(sid, [])
    return found


def _title_collisions(kb: Knowledge, role_files: dict[str, str]) -> list[str]:
    """A role title names one role, and is neither a skill's alias nor a background's title."""
    taken = {kb.fold(a).strip(): f"an alias of skill '{sid}'" for sid, s in kb.skills.items() for a in s.aliases}
    for aid, arch in kb.archetypes.items():
        taken |= {kb.fold(t).strip(): f"a title of background '{aid}'" for t in arch.titles}
    problems: list[str] = []
    for rid, role in kb.roles.items():
        for title in role.titles:
            form = kb.fold(title).strip()
            if not form:
                problems.append(f"[{role_files[rid]} -> {rid} -> titles] an empty title")
                continue
            other = taken.setdefault(form, f"a title of role '{rid}'")
            if other != f"a title of role '{rid}'":
                problems.append(f"[{role_files[rid]} -> {rid} -> titles] '{title}' is also {other}")
    return problems


def _sense_problems(kb: Knowledge, where: str, skill: Skill) -> list[str]:
    """A guard names an alias of its skill, has words to look for, and its two sentences hold the alias."""
    problems: list[str] = []
    forms = {kb.fold(a).strip() for a in (*skill.aliases, *skill.context_aliases)}
    for i, sense in enumerate(skill.senses):
        at = f"[{where} -> senses -> {i}]"
        alias = kb.fold(sense.alias).strip()
        if alias not in forms:
            problems.append(f"{at} '{sense.alias}' is not an alias of '{skill.id}'")
        if not (sense.need or sense.avoid or sense.families or sense.spelled or sense.technical):
            problems.append(
                f"{at} a guard needs words that must (need, technical) or must not (avoid, families) stand near"
                f" '{sense.alias}', or the other sense's spellings (spelled)"
            )
        for name in sense.families:
            if name not in kb.lexicon.sense_families:
                problems.append(f"{at} families: no family '{name}' in lexicon.yaml -> sense_families")
            elif any(kb.fold(w).strip() == alias for w in kb.lexicon.sense_families[name]):
                problems.append(f"{at} families: '{name}' holds the alias '{sense.alias}' itself")
        if sense.technical and not kb.lexicon.technical:
            problems.append(f"{at} technical: lexicon.yaml has no technical words")
        for word in sense.spelled:
            if kb.fold(word).strip() != alias or word == word.lower():
                problems.append(f"{at} spelled: '{word}' is not '{sense.alias}' written with other capitals")
        for kind, words in (("need", sense.need), ("avoid", sense.avoid)):
            for word in words:
                form = kb.fold(word).strip()
                if not form or form == alias:
                    problems.append(f"{at} {kind}: '{word}' is empty or the alias itself")
        for kind, text in (("means", sense.means), ("other", sense.other)):
            if alias not in kb.fold(text):
                problems.append(f"{at} {kind}: the sentence does not hold '{sense.alias}'")
    return problems


def _background_words(kb: Knowledge) -> list[str]:
    """A background's title or field word names one background; a field word needs the words of a
    self-description (lexicon.yaml -> self_description) to be read at all."""
    owner: dict[str, str] = {}
    problems: list[str] = []
    for aid, arch in kb.archetypes.items():
        for kind, words in (("titles", arch.titles), ("fields", arch.fields)):
            for word in words:
                form = kb.fold(word).strip()
                if not form:
                    problems.append(f"[archetypes.yaml -> {aid} -> {kind}] an empty word")
                    continue
                other = owner.setdefault(form, aid)
                if other != aid:
                    problems.append(f"[archetypes.yaml -> {aid} -> {kind}] '{word}' also names background '{other}'")
    described = kb.lexicon.self_description
    if any(a.fields for a in kb.archetypes.values()) and not (described.before or described.after):
        problems.append("[lexicon.yaml -> self_description] fields of backgrounds need the words of a self-description")
    return problems


def _alias_collisions(kb: Knowledge, skill_files: dict[str, str]) -> list[str]:
    owner: dict[str, str] = {}
    problems: list[str] = []
    for sid, skill in kb.skills.items():
        forms = {kb.fold(a) for a in skill.aliases} | {"@" + a for a in skill.context_aliases}
        for form in sorted(forms):
            other = owner.setdefault(form, sid)
            if other != sid:
                problems.append(
                    f"[{skill_files[sid]} -> {sid} -> aliases] '{form.lstrip('@')}' is also an alias of '{other}'"
                )
    return problems
