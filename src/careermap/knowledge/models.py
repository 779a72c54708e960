"""Typed models of the knowledge base.

Every file under ``knowledge/data`` is parsed into these models. They forbid unknown
keys, so a typo in a data file is an error that names the file and the entry, never a
silently ignored field.

No ``from __future__ import annotations`` here: pydantic would compile every annotation string
when the classes are made (a third of this module's import time, measured). The classes build
their validators on first validation only (``defer_build``): a knowledge base read back from the
cache (:mod:`careermap.knowledge.compiled`) is never validated again.
"""

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

Id = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
RoleId = Annotated[str, StringConstraints(pattern=r"^[a-z]+\.[a-z][a-z0-9_]*$")]
Weight = Annotated[float, Field(ge=-1.0, le=1.0)]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Text(Model):
    """A sentence in both product languages."""

    zh: Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]
    en: Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]

    def get(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class ThresholdLevel(StrEnum):
    """The article's words for how hard a path is to enter, lowest first."""

    approachable = "approachable"  # 亲民
    moderate = "moderate"  # 适中
    medium_high = "medium_high"  # 中高
    high = "high"  # 高
    very_high = "very_high"  # 极高


class Proficiency(StrEnum):
    basic = "basic"
    proficient = "proficient"
    expert = "expert"


class Degree(StrEnum):
    none = "none"
    bachelor = "bachelor"
    master = "master"
    phd = "phd"


class SkillCategory(StrEnum):
    language = "language"
    framework = "framework"
    ml = "ml"
    training = "training"
    math = "math"
    distributed = "distributed"
    hardware = "hardware"
    systems = "systems"
    networking = "networking"
    compiler = "compiler"
    inference = "inference"
    data = "data"
    multimodal = "multimodal"
    llm_app = "llm_app"
    backend = "backend"
    database = "database"
    frontend = "frontend"
    devops = "devops"
    security = "security"
    safety = "safety"
    evaluation = "evaluation"
    testing = "testing"
    product = "product"
    domain = "domain"
    research = "research"
    graphics = "graphics"


class Sense(Model):
    """A word-sense guard: one alias of a skill that also means something else ("to spark
    curiosity", a power "transformer", the hospital's "EMR" beside AWS's).

    Near the alias (``lexicon.yaml -> reach.sense`` characters, same sentence) none of ``avoid``
    may stand; with ``need``, one of these must stand there, unless the alias is one of a list of
    skills or right after a cue ("Skills: Shell, Python", "熟悉 Shell"). ``technical``: the alias is an
    everyday word first ("a spark between us", "a birthday bash"), so it needs a word of building software
    or data (``lexicon.yaml -> technical``) or one of ``need`` near, as above. ``spelled``: spellings
    that, written exactly so (capitals kept), name the other sense wherever they stand ("ReAct", the
    agent pattern, beside the React library). ``families`` name lists of ``lexicon.yaml -> sense_families``
    (the power grid, the army, shopping) whose words are read as words of everyday life are (``lexicon.yaml ->
    everyday``): the other sense where nothing near says software; those inside the alias itself say nothing.
    A guard of families and no ``avoid`` words has those walks of life for its only other senses: the everyday
    list is not read for it ("self-driving car technology").
    ``means`` and ``other`` are two sentences, one where the alias names the skill and one where it does not:
    a test reads both for every guard."""

    alias: str = Field(min_length=1)
    need: list[str] = []
    avoid: list[str] = []
    families: list[str] = []
    technical: bool = False
    spelled: list[str] = []
    means: str = Field(min_length=1)
    other: str = Field(min_length=1)


class Skill(Model):
    """One entry of the skill taxonomy.

    ``aliases`` are surface forms matched anywhere with Latin word boundaries.
    ``context_aliases`` are short or common words ("C", "R", "Go", "Ray") that only count
    with the original casing and either a neighbouring skill in a list or one of ``cues``
    nearby. With ``cues_only`` a neighbouring skill is not enough, only a cue is: the word is
    common in prose ("attention to detail", "accelerate adoption", "kernel modules").
    """

    id: Id
    name: Text
    category: SkillCategory
    aliases: list[str] = Field(min_length=1)
    context_aliases: list[str] = []
    cues: list[str] = []
    cues_only: bool = False
    senses: list[Sense] = []
    prerequisites: list[Id] = []
    effort_hours: Annotated[int, Field(ge=2, le=1000)]
    description: Text


class Threshold(Model):
    level: ThresholdLevel
    text: Text


class Requirement(Model):
    """One item a role's threshold asks for, used for readiness."""

    skill: Id
    level: Proficiency = Proficiency.proficient
    weight: Annotated[float, Field(gt=0, le=1)] = 1.0


class RoleThreshold(Threshold):
    requires: list[Requirement] = Field(min_length=2)
    degree: Degree = Degree.none


class RoleSkills(Model):
    core: list[Id] = Field(min_length=3)
    important: list[Id] = []
    useful: list[Id] = []


class Project(Model):
    """A portfolio project that proves a stage of a route to an employer."""

    id: Id
    name: Text
    description: Text
    skills: list[Id] = Field(min_length=1)
    stage: Annotated[int, Field(ge=1, le=6)]


class Role(Model):
    """One of the eighteen roles. ``titles`` are the job titles and team names that name it
    ("大模型推理工程师", "inference engineer", "Inference team"), matched like aliases and unique
    across roles: a posting that says whom it hires or which team it is for names its role."""

    id: RoleId
    name: Text
    summary: Text
    duties: list[Text] = Field(min_length=2)
    threshold: RoleThreshold
    who_fits: list[Text] = Field(min_length=1)
    skills: RoleSkills
    tools: list[Id] = []
    employers: list[Text] = []
    traits: dict[Id, Weight] = {}
    projects: list[Project] = []
    titles: list[str] = []


class Direction(Model):
    number: Annotated[int, Field(ge=1, le=6)]
    id: Id
    name: Text
    nickname: Text
    summary: Text
    threshold: Threshold
    threshold_points: list[Text] = Field(min_length=1)
    who_fits: list[Text] = Field(min_length=1)
    choose_if: Text
    outlook: Text
    roles: list[RoleId] = Field(min_length=1)


class Archetype(Model):
    """A background a programmer arrives with, and where it transfers.

    ``titles`` name it anywhere ("测试工程师", "QA engineer"); ``fields`` are bare words for the
    line of work ("测试", "QA") that name it only in a self-description, right after or before
    one of the lexicon's ``self_description`` words ("我是做测试的", "干了五年运维", "former SRE")."""

    id: Id
    name: Text
    titles: list[str] = []
    fields: list[str] = []
    signals: dict[Id, Annotated[float, Field(gt=0, le=1)]] = Field(min_length=1)
    affinities: dict[RoleId, Annotated[float, Field(gt=0, le=1)]] = Field(min_length=1)
    transferable: list[Id] = []
    leverage: Text


class Trait(Model):
    """A "technical gene" from the article's self-diagnosis: what excites or bores a person.

    ``likes``/``dislikes`` are phrases that state it whole; ``topics`` are words it is about, which
    state it beside a like or dislike word of the lexicon in the same sentence."""

    id: Id
    name: Text
    likes: list[str] = []
    dislikes: list[str] = []
    topics: list[str] = []


class Grade(StrEnum):
    """How strongly a text shows a skill, weakest first."""

    listed = "listed"
    project = "project"
    shipped = "shipped"
    led = "led"


class Meta(Model):
    """``meta.yaml``: the knowledge base's version, where its facts come from, and the name the
    advice gives that source when it cites it ("the article calls this staggered competition")."""

    version: Annotated[str, StringConstraints(min_length=1)]
    source: str
    article: Text


class Advice(Model):
    """Sentence templates of the plain-language advice; ``{name}`` slots are filled in."""

    background: Text
    no_background: Text
    stagger: Text
    readiness_low: Text
    readiness_mid: Text
    readiness_high: Text
    trait_note: Text
    runner_up: Text
    counterfactual: Text
    counterfactual_none: Text
    empty: Text


class Scoring(Model):
    """Every number the scorer uses; the code holds none."""

    scorer: str
    tiers: dict[str, float]
    levels: dict[str, float]
    grades: dict[Grade, float]
    sections: dict[str, float]
    negated: float
    aspiration: float
    weak: float
    repeat_bonus: float
    repeat_bonus_cap: float
    years_bonus_per_year: float
    years_bonus_cap: float
    role_norm_top_k: int
    saturation: float
    archetype_weight: float
    archetype_min_strength: float
    archetype_saturation: float
    archetype_max: int
    trait_weight: float
    constraint_weight: float
    interest_weight: float
    dislike_weight: float
    direction_role_blend: float
    accessibility: dict[ThresholdLevel, float]
    readiness_levels: dict[Proficiency, float]
    degree_gap: float
    semantic_weight: float
    semantic_floor: float
    counterfactual_grade: Grade
    counterfactual_max_skills: int
    strength_cap: Annotated[float, Field(ge=1)] = 1.0
    role_title_weight: Annotated[float, Field(ge=0)] = 0.0
    role_title_cap: Annotated[float, Field(gt=0)] = 2.0
    # a trait stated by one of its topic words beside a like or dislike word ("I enjoy squeezing
    # latency"), against one stated by a whole phrase (1.0); 0 reads none (a posting's "you'll enjoy")
    topic_trait_weight: Annotated[float, Field(ge=0, le=1)] = 1.0


class PostingSections(Model):
    """Headings of a job posting's parts; each kind has a weight in ``scoring.sections``."""

    duties: list[str] = Field(min_length=1)
    requirements: list[str] = Field(min_length=1)
    preferred: list[str] = Field(min_length=1)
    company: list[str] = []
    benefits: list[str] = []


class RequirementCues(Model):
    range: list[str]


class LargeModelRule(Model):
    """When a posting counts as a large-model role at all (else its direction is null): it asks
    for large-model work (``skills`` summing to ``min_evidence``), or, with a strong fit
    (``strong_fit``), for machine-learning work (``context_skills`` summing to ``min_context``)
    or at a company whose business is large models (one of ``employers`` named in the text)."""

    skills: list[Id] = Field(min_length=1)
    min_evidence: Annotated[float, Field(ge=0)]
    min_fit: Annotated[float, Field(ge=0, le=1)]
    context_skills: list[Id] = Field(min_length=1)
    min_context: Annotated[float, Field(gt=0)]
    strong_fit: Annotated[float, Field(ge=0, le=1)]
    employers: list[str] = []


class ImportFields(Model):
    """Column names recognised for each posting field on import, first match wins."""

    id: list[str] = []
    title: list[str] = Field(min_length=1)
    body: list[str] = Field(min_length=1)
    company: list[str] = []
    city: list[str] = []
    salary: list[str] = []
    date: list[str] = []
    url: list[str] = []


class Period(StrEnum):
    hour = "hour"
    day = "day"
    month = "month"
    year = "year"


class SalaryBand(Model):
    period: Period
    unit: Annotated[float, Field(gt=0)]
    suffix: str
    edges: list[Annotated[float, Field(gt=0)]] = Field(min_length=1)


class SalaryRules(Model):
    negotiable: list[str]
    currencies: dict[str, list[str]] = Field(min_length=1)
    default_currency: dict[str, str]
    multipliers: dict[str, Annotated[float, Field(gt=0)]]
    multiplier_period: dict[str, Period] = {}
    periods: dict[Period, list[str]]
    months_marker: list[str]
    default_period: dict[str, Period]
    per_year: dict[Period, Annotated[float, Field(gt=0)]]
    bare_thousands_below: Annotated[float, Field(ge=0)]
    bands: dict[str, SalaryBand]


class DedupRules(Model):
    shingle: Annotated[int, Field(ge=2, le=20)]
    num_perm: Annotated[int, Field(ge=16, le=1024)]
    threshold: Annotated[float, Field(gt=0, le=1)]
    lsh_threshold: Annotated[float, Field(gt=0, le=1)]


class JobsData(Model):
    """How a job posting is read: structure words, the large-model rule, salary, import, dedup."""

    sections: PostingSections
    preferred_inline: list[str] = Field(min_length=1)
    preferred_continues: list[str] = []
    requirement_cues: RequirementCues
    asked_level: dict[str, Proficiency]
    large_model: LargeModelRule
    confidence_margin_power: Annotated[float, Field(gt=0, le=4)]
    read_backgrounds: bool
    scoring: dict[str, float] = {}
    match_min_weight: Annotated[float, Field(ge=0)]
    match_confidence_asks: Annotated[int, Field(ge=1, le=50)]
    match_confidence_power: Annotated[float, Field(gt=0, le=4)]
    match_relevance_floor: Annotated[float, Field(ge=0, lt=1)]
    fields: ImportFields
    salary: SalaryRules
    dedup: DedupRules
    chart_fonts: list[str] = Field(min_length=1)
    chart_font_package: str


class StageTemplate(Model):
    """One stage of a learning route: its place, name and goal (``{role}`` is filled in)."""

    number: Annotated[int, Field(ge=1, le=6)]
    name: Text
    goal: Text


class PlanTexts(Model):
    """Sentence templates of a plan's summary; ``{slots}`` are filled in."""

    route: Text
    covers_core: Text
    nothing_left: Text
    shortened: Text
    transferable: Text
    closest: Text


class Planning(Model):
    """Every number and sentence the route planner uses (``plan.yaml``)."""

    need: dict[str, Proficiency]
    route_tiers: list[str] = Field(min_length=1)
    implied_level: Proficiency
    role_skills_from_stage: Annotated[int, Field(ge=1, le=6)]
    transferable_level: Proficiency
    hours_per_week: Annotated[int, Field(ge=1, le=168)]
    closest_roles: Annotated[int, Field(ge=1, le=18)]
    closest_min_fit_share: Annotated[float, Field(ge=0, le=1)]
    stage_hours: Annotated[int, Field(ge=1)]
    min_stages: Annotated[int, Field(ge=1, le=6)]
    stages: list[StageTemplate] = Field(min_length=3, max_length=6)
    texts: PlanTexts

    def stage(self, number: int) -> StageTemplate:
        return next(s for s in self.stages if s.number == number)


class LikertPoint(Model):
    """One point of the agreement scale and the trait polarity (-1..1) it stands for."""

    value: Annotated[int, Field(ge=1, le=9)]
    label: Text
    polarity: Weight


class QuizGroup(Model):
    """A group the statements are shown in (the page numbers them within it)."""

    id: Id
    name: Text


class QuizItem(Model):
    """A statement answered on the scale; ``traits`` maps it to traits with signed weights.

    A negative weight marks a reverse-keyed item ("math is not my thing").
    """

    id: Id
    group: Id | None = None  # one of the questionnaire's ``groups``; none: shown in one list
    text: Text
    traits: dict[Id, Weight] = Field(min_length=1)


class ConstraintOption(Model):
    """An answer to a practical question and what it does to roles: ``amounts`` maps a
    role's threshold level or usual degree (the constraint's ``applies_to``) to a signed amount."""

    value: Id
    label: Text
    note: Text | None = None
    amounts: dict[str, Weight] = {}


class NumberBand(Model):
    """A range of a number answer (up to ``max`` inclusive) that counts as a constraint."""

    id: Id
    max: Annotated[int, Field(ge=0)]
    note: Text
    amounts: dict[str, Weight]


class NumberPreset(Model):
    value: Annotated[int, Field(ge=0)]
    label: Text


class ChoiceConstraint(Model):
    kind: Literal["choice"]
    id: Id
    name: Text
    text: Text
    applies_to: Literal["threshold", "degree"]
    options: list[ConstraintOption] = Field(min_length=2)


class NumberConstraint(Model):
    kind: Literal["number"]
    id: Id
    name: Text
    text: Text
    unit: Text
    min: Annotated[int, Field(ge=0)]
    max: Annotated[int, Field(ge=1)]
    presets: list[NumberPreset] = Field(min_length=2)
    applies_to: Literal["threshold", "degree"] = "threshold"
    bands: list[NumberBand] = []
    records: Literal["hours_per_week"] | None = None


Constraint = Annotated[ChoiceConstraint | NumberConstraint, Field(discriminator="kind")]


class ConsistencyRules(Model):
    """When answers are pointed out as inconsistent rather than quietly netted out."""

    min_polarity: Annotated[float, Field(gt=0, le=1)]  # both answers at least this strong, opposite signs
    min_weight: Annotated[float, Field(gt=0, le=1)]  # only items that weigh this much on the trait
    neutral_share: Annotated[float, Field(gt=0, le=1)]  # this share of neutral answers says little
    min_top_score: Annotated[float, Field(ge=0, lt=1)]  # a best fit below this: the answers lean nowhere


class QuizMessages(Model):
    """Sentence templates of the questionnaire's notes and advice; ``{name}`` slots are filled in."""

    contradiction: Text
    same_answers: Text
    mostly_neutral: Text
    answers_only: Text  # its {next} slot: next_step (the command line's words) or next_step_page (the page's)
    next_step: Text
    next_step_page: Text
    answers_only_runner_up: Text
    answers_flat: Text
    hours: Text


class Questionnaire(Model):
    """The self-diagnosis questionnaire: statements on an agreement scale, then constraints."""

    version: Annotated[str, StringConstraints(min_length=1)]
    title: Text
    intro: Text
    scale: list[LikertPoint] = Field(min_length=3)
    groups: list[QuizGroup] = []
    items: list[QuizItem] = Field(min_length=1)
    constraints: list[Constraint] = []
    consistency: ConsistencyRules
    messages: QuizMessages

    @model_validator(mode="after")
    def _groups_named(self) -> "Questionnaire":
        known = {g.id for g in self.groups}
        stray = next((i for i in self.items if (i.group in known) != bool(known)), None)
        if stray is not None:
            raise ValueError(f"item '{stray.id}' has group {stray.group!r}: every item names one of {sorted(known)}")
        return self

    def item_ids(self) -> list[str]:
        return [i.id for i in self.items] + [c.id for c in self.constraints]

    def grouped(self) -> list[tuple[QuizGroup | None, list[QuizItem]]]:
        """The statements in their groups, in the order the groups are listed (one unnamed group without)."""
        if not self.groups:
            return [(None, list(self.items))]
        return [(g, [i for i in self.items if i.group == g.id]) for g in self.groups]

    def note(self, key: str) -> Text | None:
        """The short note of a constraint answer keyed ``item:option`` or ``item:band``."""
        cid, _, value = key.partition(":")
        for c in self.constraints:
            if c.id == cid:
                found = c.options if isinstance(c, ChoiceConstraint) else c.bands
                for o in found:
                    if (o.value if isinstance(o, ConstraintOption) else o.id) == value:
                        return o.note
        return None
