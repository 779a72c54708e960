"""Request and response models of the REST API, apart from the core's dataclasses.

The diagnosis response is the JSON contract of DESIGN.md (what
:func:`careermap.report.assessment.to_dict` gives) plus ``text`` (the decoded text the
spans index) and ``document``. The models name the stable keys for the OpenAPI document
and allow extra ones, so a key the core adds passes through.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from careermap.i18n import t
from careermap.ingest.document import Document
from careermap.knowledge.loader import Knowledge
from careermap.knowledge.models import ChoiceConstraint, Direction, Questionnaire, Role

Lang = Literal["zh", "en"]


class In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Out(BaseModel):
    model_config = ConfigDict(extra="allow")


# ---------------------------------------------------------------- requests


class TextRequest(In):
    """A background as text. A file goes as ``multipart/form-data`` (field ``file``) instead."""

    text: str = Field(description="A self-introduction or the text of a résumé.")
    lang: Lang | None = Field(None, description="Answer language; default: the language of the text.")


class DiagnoseRequest(TextRequest):
    """A background as text, and whether to save the assessment. A file goes as ``multipart/form-data``."""

    store: bool = Field(
        False, description="Save the assessment to this server's history (scores and skills, never the text)."
    )


class PlanRequest(DiagnoseRequest):
    """A background and, optionally, the role to plan for and the hours a week."""

    role: str | None = Field(None, description="A role id (inference.engine) or direction (1-6, id); default: best.")
    hours_per_week: int | None = Field(None, ge=1, le=168, description="Study hours a week (default 10).")


class ClassifyRequest(In):
    """One job posting: its body, and its title when there is one (the title weighs in when given)."""

    body: str = Field(description="The text of the posting (duties, requirements, nice to have).")
    title: str | None = Field(None, description="The posting's title (optional).")
    id: str | None = Field(None, description="Your id for the posting, given back as is (default '-').")
    lang: Lang | None = Field(None, description="Language of the names; default: the posting's language.")


class QuizRequest(In):
    """Questionnaire answers (as in an answers file: item id → answer), optionally with a résumé text."""

    answers: dict[str, Any] = Field(description="Item id → answer; GET /api/quiz lists the items.")
    questionnaire: str | None = Field(None, description="The questionnaire version the answers were written for.")
    text: str = Field("", description="A résumé text to assess together with the answers (optional).")
    lang: Lang | None = None


def multipart_schema(*extra: tuple[str, dict[str, Any]]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {
            "file": {"type": "string", "format": "binary", "description": "A résumé file (checked by content)."},
            "text": {"type": "string", "description": "Text, when no file is sent."},
            "lang": {"type": "string", "enum": ["zh", "en"]},
            "store": {"type": "boolean", "description": "Save to this server's history."},
            **dict(extra),
        },
    }


MULTIPART_SCHEMA = multipart_schema()
TEXT_MULTIPART_SCHEMA = {
    **MULTIPART_SCHEMA,
    "properties": {k: v for k, v in MULTIPART_SCHEMA["properties"].items() if k != "store"},
}
PLAN_MULTIPART_SCHEMA = multipart_schema(
    ("role", {"type": "string"}), ("hours_per_week", {"type": "integer", "minimum": 1, "maximum": 168})
)


# ---------------------------------------------------------------- errors


class ErrorBody(Out):
    code: str = Field(examples=["E101"])
    message: str = Field(examples=["the input is empty — give a few sentences about your background"])
    line: str = Field(
        description="The one line a front shows.",
        examples=["error[E101]: the input is empty — give a few sentences about your background"],
    )


class ErrorOut(Out):
    error: ErrorBody


# ---------------------------------------------------------------- diagnosis


class SpanOut(Out):
    text: str
    start: int
    end: int


class ContributionOut(Out):
    kind: str
    key: str
    name: str
    amount: float
    evidence: str
    spans: list[SpanOut] = []


class RequirementOut(Out):
    skill: str
    name: str
    level: str
    status: Literal["met", "partial", "missing"]


class RoleScoreOut(Out):
    id: str
    name: str
    score: float
    readiness: float | None
    threshold: str
    requirements: list[RequirementOut] = []
    contributions: list[ContributionOut] = []


class ThresholdOut(Out):
    level: str
    label: str
    text: str


class DirectionScoreOut(Out):
    number: int
    id: str
    name: str
    score: float = Field(ge=0, le=1)
    readiness: float | None
    threshold: ThresholdOut
    roles: list[RoleScoreOut]
    contributions: list[ContributionOut]


class SkillEvidenceOut(SpanOut):
    section: str = "body"


class SkillOut(Out):
    id: str
    name: str
    level: str
    evidence: list[SkillEvidenceOut]


class MentionEvidenceOut(SpanOut):
    cue: SpanOut | None = Field(default=None, description="The words that decided the status (不会, want to…).")


class MentionOut(Out):
    id: str
    name: str
    status: str = Field(default="", description="lacks, wants, dislikes or heard_of (docs/reading.md).")
    evidence: list[MentionEvidenceOut]


class DocumentOut(Out):
    name: str
    lang: str
    chars: int
    meta: dict[str, str]

    @classmethod
    def of(cls, doc: Document) -> DocumentOut:
        return cls(name=doc.name, lang=doc.lang, chars=len(doc.text), meta=dict(doc.meta))


class DiagnoseResponse(Out):
    lang: Lang
    kb_version: str
    scorer: str
    directions: list[DirectionScoreOut] = Field(description="All six, best first.")
    skills: list[SkillOut]
    negated: list[MentionOut] = []
    interests: list[MentionOut] = []
    dislikes: list[MentionOut] = []
    heard_of: list[MentionOut] = Field(default=[], description="Hearsay, quotes, someone else's skills.")
    advice: str
    text: str = Field(description="The text as read; every span's start/end index it.")
    document: DocumentOut


class PlanRoleOut(Out):
    id: str
    name: str
    score: float
    readiness: float | None


class PlanSkillOut(Out):
    id: str
    name: str
    hours: int


class PlanProjectOut(Out):
    name: str
    description: str


class StageOut(Out):
    name: str
    goal: str
    hours: int
    skills: list[PlanSkillOut]
    projects: list[PlanProjectOut]


class PlanResponse(Out):
    """The plan contract of DESIGN.md."""

    role: PlanRoleOut
    hours_per_week: int
    total_hours: int
    weeks: int
    summary: str
    have: list[Out]
    missing: list[PlanSkillOut]
    stages: list[StageOut]


# ---------------------------------------------------------------- questionnaire


class QuestionnaireOut(Out):
    version: str
    lang: Lang
    title: str
    intro: str
    scale: list[dict[str, Any]]
    items: list[dict[str, Any]]
    constraints: list[dict[str, Any]]

    @classmethod
    def of(cls, q: Questionnaire, lang: Lang) -> QuestionnaireOut:
        constraints: list[dict[str, Any]] = []
        for c in q.constraints:
            entry: dict[str, Any] = {"id": c.id, "kind": c.kind, "name": c.name.get(lang), "text": c.text.get(lang)}
            if isinstance(c, ChoiceConstraint):
                entry["options"] = [{"value": o.value, "label": o.label.get(lang)} for o in c.options]
            else:
                entry |= {
                    "unit": c.unit.get(lang),
                    "min": c.min,
                    "max": c.max,
                    "presets": [{"value": p.value, "label": p.label.get(lang)} for p in c.presets],
                }
            constraints.append(entry)
        return cls(
            version=q.version,
            lang=lang,
            title=q.title.get(lang),
            intro=q.intro.get(lang),
            scale=[{"value": p.value, "label": p.label.get(lang)} for p in q.scale],
            items=[{"id": i.id, "text": i.text.get(lang)} for i in q.items],
            constraints=constraints,
        )


# ---------------------------------------------------------------- knowledge base


class Ref(Out):
    id: str
    name: str


class DirectionInfo(Out):
    number: int
    id: str
    name: str
    nickname: str
    summary: str
    threshold: ThresholdOut
    threshold_points: list[str]
    who_fits: list[str]
    choose_if: str
    outlook: str
    roles: list[Ref]

    @classmethod
    def of(cls, kb: Knowledge, d: Direction, lang: str) -> DirectionInfo:
        return cls(
            number=d.number,
            id=d.id,
            name=d.name.get(lang),
            nickname=d.nickname.get(lang),
            summary=d.summary.get(lang),
            threshold=ThresholdOut(
                level=d.threshold.level.value, label=t(d.threshold.level.value, lang), text=d.threshold.text.get(lang)
            ),
            threshold_points=[x.get(lang) for x in d.threshold_points],
            who_fits=[x.get(lang) for x in d.who_fits],
            choose_if=d.choose_if.get(lang),
            outlook=d.outlook.get(lang),
            roles=[Ref(id=r, name=kb.roles[r].name.get(lang)) for r in d.roles],
        )


class DirectionsOut(Out):
    lang: Lang
    kb_version: str
    directions: list[DirectionInfo]


class RequirementInfo(Out):
    skill: str
    name: str
    level: str


class RoleThresholdOut(ThresholdOut):
    requires: list[RequirementInfo]
    degree: str


class RoleSkillsOut(Out):
    core: list[Ref]
    important: list[Ref]
    useful: list[Ref]


class ProjectInfo(Out):
    id: str
    name: str
    description: str
    stage: int
    skills: list[Ref]


class DirectionRef(Out):
    number: int
    id: str
    name: str


class RoleInfo(Out):
    lang: Lang
    id: str
    name: str
    direction: DirectionRef
    summary: str
    duties: list[str]
    threshold: RoleThresholdOut
    who_fits: list[str]
    skills: RoleSkillsOut
    tools: list[Ref]
    employers: list[str]
    projects: list[ProjectInfo]
    titles: list[str]  # what postings call the role, in both languages (matched in a posting)

    @classmethod
    def of(cls, kb: Knowledge, r: Role, lang: Lang) -> RoleInfo:
        def refs(ids: list[str]) -> list[Ref]:
            return [Ref(id=s, name=kb.skills[s].name.get(lang)) for s in ids]

        d = kb.direction_of(r.id)
        return cls(
            lang=lang,
            id=r.id,
            name=r.name.get(lang),
            direction=DirectionRef(number=d.number, id=d.id, name=d.name.get(lang)),
            summary=r.summary.get(lang),
            duties=[x.get(lang) for x in r.duties],
            threshold=RoleThresholdOut(
                level=r.threshold.level.value,
                label=t(r.threshold.level.value, lang),
                text=r.threshold.text.get(lang),
                requires=[
                    RequirementInfo(skill=q.skill, name=kb.skills[q.skill].name.get(lang), level=q.level.value)
                    for q in r.threshold.requires
                ],
                degree=r.threshold.degree.value,
            ),
            who_fits=[x.get(lang) for x in r.who_fits],
            skills=RoleSkillsOut(
                core=refs(r.skills.core), important=refs(r.skills.important), useful=refs(r.skills.useful)
            ),
            tools=refs(r.tools),
            employers=[e.get(lang) for e in r.employers],
            titles=list(r.titles),
            projects=[
                ProjectInfo(
                    id=p.id,
                    name=p.name.get(lang),
                    description=p.description.get(lang),
                    stage=p.stage,
                    skills=refs(p.skills),
                )
                for p in sorted(r.projects, key=lambda p: p.stage)
            ],
        )


# ---------------------------------------------------------------- jobs


class GapOut(Out):
    """One skill a posting asks for, against the person (the numbers of a role's threshold)."""

    id: str
    name: str
    asked: str = Field(description="required | preferred | duty | title | other")
    weight: float
    need: float
    have: float
    status: Literal["met", "partial", "missing"]
    hours: int


class JobMatchOut(Out):
    id: str
    title: str
    company: str | None
    city: str | None
    direction: int | None
    direction_name: str
    role: str | None
    score: float = Field(ge=0, le=1, description="The weighted share of the posting's skills the person meets.")
    have: list[GapOut]
    missing: list[GapOut]
    years_required: float | None
    years_short: bool
    degree_required: str | None
    degree_short: bool
    salary: str | None
    url: str | None


class JobsMatchResponse(Out):
    """``careermap jobs match --format json`` as ``postings``; ``message`` says why the list is empty."""

    lang: Lang
    stored: int = Field(description="Postings in the store, reposts counted once.")
    postings: list[JobMatchOut] = Field(description="Best first.")
    message: str | None = Field(description="Why there is no posting (nothing stored, nothing met); else null.")


class CountOut(Out):
    name: str
    count: int
    share: float


class DirectionCountOut(CountOut):
    direction: int | None = Field(description="1-6, or null: not a large-model role.")


class RoleCountOut(CountOut):
    role: str


class SkillCountOut(Out):
    skill: str
    name: str
    postings: int
    share: float


class BandOut(Out):
    currency: str
    band: str
    low: float | None
    high: float | None
    count: int


class MonthOut(Out):
    """Postings dated in one month (``YYYY-MM``), by direction: keys ``"1"``..``"6"``, and
    ``"none"`` for postings that are not large-model roles."""

    month: str
    total: int
    by_direction: dict[str, int]


class JobsStatsResponse(Out):
    """``careermap jobs stats --format json``; ``message`` says why it counts nothing."""

    total: int
    distinct: int
    duplicates: int
    with_salary: int
    with_date: int
    filters: dict[str, str]
    by_direction: list[DirectionCountOut]
    by_role: list[RoleCountOut]
    top_skills: dict[str, list[SkillCountOut]] = Field(description="Per direction number.")
    salary_bands: list[BandOut]
    by_month: list[MonthOut]
    message: str | None


class ClassifyEvidenceOut(Out):
    kind: str
    key: str
    name: str
    asked: str
    amount: float
    field: str = Field(description="body or title")
    text: str
    start: int | None
    end: int | None


class ClassifyResponse(Out):
    """The classify object of DESIGN.md, as ``careermap jobs classify --format jsonl`` prints it."""

    id: str
    direction: int | None = Field(ge=1, le=6, description="1-6, or null: not a large-model role.")
    role: str | None
    confidence: float = Field(ge=0, le=1)
    evidence: list[ClassifyEvidenceOut]
    direction_name: str
    role_name: str
    nearest: int
    nearest_role: str
    skills: list[dict[str, Any]]


# ---------------------------------------------------------------- health


class HealthOut(Out):
    status: Literal["ok"]
    version: str
    kb_version: str
    scorer: str
    semantic: bool  # whether diagnoses and classifications add the sentence-encoder signal (serve --semantic)
    directions: int
    roles: int
    skills: int
