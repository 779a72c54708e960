"""``careermap jobs …``: imports, classifications, stored postings, demand, matches, near-duplicates.

A classification is the classify object of DESIGN.md: ``{"id", "direction": 1-6 or null, "role",
"confidence", "evidence"}`` plus more keys; ``direction`` null means "not a large-model role".
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from careermap.report.models.common import Lang, Result

Status = Literal["met", "partial", "missing"]


class RowError(Result):
    code: str = Field(description="E611 not a record … E616 a date (see careermap.errors.RowError)")
    field: str
    message: str


class RowProblem(Result):
    """A row that could not be read, where it is and what is wrong (in the file's row order)."""

    row: str
    code: str = Field(description="E611 not a record … E616 a date (see careermap.errors.RowError)")
    field: str
    id: str | None
    message: str


class ImportReport(Result):
    """What ``careermap jobs import`` did; bad rows are listed and the rest imported."""

    source: str
    rows: int
    added: int
    updated: int
    unchanged: int
    same_content: int = Field(description="Rows whose text is already stored (or repeated in the file).")
    near_duplicates: int
    encoding: str
    columns: dict[str, str] = Field(description="Field -> the column it was read from.")
    problems: list[RowProblem]


class PostingEvidence(Result):
    """One reason for a classification: a skill (or background, employer…) and the words that show it."""

    kind: str
    key: str
    name: str
    asked: str
    amount: float
    field: str = Field(description="body or title")
    text: str
    start: int | None
    end: int | None


class Ask(Result):
    """A skill a posting asks for, how much it weighs there and the level asked."""

    id: str
    asked: str = Field(description="required | preferred | duty | title | other")
    level: str
    weight: float
    need: float


class Classification(Result):
    """One posting's direction (1-6, or null: not a large-model role), role, confidence and evidence."""

    id: str
    direction: int | None = Field(ge=1, le=6, description="1-6, or null: not a large-model role.")
    role: str | None
    confidence: float = Field(ge=0, le=1)
    evidence: list[PostingEvidence]
    direction_name: str
    role_name: str
    nearest: int = Field(description="The best direction even when the answer is null.")
    nearest_role: str
    fit: float
    large_model_evidence: float
    scores: dict[str, float] = Field(description="Direction number -> fit.")
    years_required: float | None
    degree_required: str | None
    degree_preferred: str | None
    skills: list[Ask]
    row: str
    lang: str
    kb_version: str
    scorer: str


class Unreadable(Result):
    """A row of a classified file that could not be read: null direction, and the error."""

    id: str | None
    direction: None = None
    role: None = None
    confidence: float = 0.0
    evidence: list[PostingEvidence] = Field(default_factory=list)
    row: str
    error: RowError


class Classified(Result):
    """What ``careermap jobs classify`` prints: every row of the file in input order."""

    source: str
    encoding: str
    items: list[Classification | Unreadable]


class PostingRow(Result):
    """A stored posting as ``careermap jobs list`` shows it."""

    id: str
    title: str
    company: str | None
    city: str | None
    direction: int | None
    direction_name: str
    role: str | None
    role_name: str
    confidence: float | None
    salary_text: str | None
    posted_on: str | None
    url: str | None
    dup_of: str | None
    years_required: float | None
    degree_required: str | None


class PostingList(Result):
    total: int = Field(description="Postings matching the filters in all.")
    postings: list[PostingRow] = Field(description="Newest first, at most the limit.")


class DirectionCount(Result):
    direction: int | None = Field(description="1-6, or null: not a large-model role.")
    name: str
    count: int
    share: float


class RoleCount(Result):
    role: str
    name: str
    count: int
    share: float


class SkillCount(Result):
    skill: str
    name: str
    postings: int
    share: float


class Band(Result):
    currency: str
    band: str
    low: float | None
    high: float | None
    count: int


class Month(Result):
    """Postings dated in one month (``YYYY-MM``), by direction: keys ``"1"``..``"6"``, and
    ``"none"`` for postings that are not large-model roles."""

    month: str
    total: int
    by_direction: dict[str, int]


class CityCount(Result):
    city: str
    count: int
    share: float


class EmployerCount(Result):
    employer: str
    count: int
    share: float


class Stats(Result):
    """What ``careermap jobs stats`` shows: demand in the stored postings (reposts count once)."""

    total: int
    distinct: int
    duplicates: int
    with_salary: int
    with_date: int
    filters: dict[str, str]
    by_direction: list[DirectionCount]
    by_role: list[RoleCount]
    top_skills: dict[str, list[SkillCount]] = Field(description="Per direction number.")
    by_city: list[CityCount] = Field(default=[], description="The cities with most postings.")
    by_employer: list[EmployerCount] = Field(default=[], description="The employers with most postings.")
    salary_bands: list[Band]
    by_month: list[Month]
    message: str | None = Field(None, description="Why it counts nothing (nothing stored, all filtered out).")


class Gap(Result):
    """One skill a posting asks for, against the person (the numbers of a role's threshold)."""

    id: str
    name: str
    asked: str = Field(description="required | preferred | duty | title | other")
    weight: float
    need: float
    have: float
    status: Status
    hours: int


class Match(Result):
    id: str
    title: str
    company: str | None
    city: str | None
    direction: int | None
    direction_name: str
    role: str | None
    score: float = Field(
        ge=0, le=1, description="The weighted share of the posting's skills the person meets, times `confidence`."
    )
    have: list[Gap]
    missing: list[Gap]
    years_required: float | None
    years_short: bool
    degree_required: str | None
    degree_short: bool
    salary: str | None
    url: str | None
    met: float | None = Field(
        default=None, ge=0, le=1, description="The weighted share of the posting's skills the person meets."
    )
    asks: int | None = Field(default=None, ge=0, description="How many skills (asks) were read from the posting.")
    confidence: float = Field(
        default=1.0,
        ge=0,
        le=1,
        description="How much of the posting was read: below 1 when fewer asks were read than"
        " jobs.yaml -> match_confidence_asks; `score` is multiplied by it.",
    )
    low_confidence: bool = Field(default=False, description="True when `confidence` is below 1 (few asks read).")


class Matches(Result):
    """What ``careermap jobs match`` shows: stored postings ranked for a person, best first."""

    lang: Lang
    stored: int = Field(description="Postings in the store, reposts counted once.")
    postings: list[Match] = Field(description="Best first.")
    message: str | None = Field(description="Why there is no posting (nothing stored, nothing met); else null.")
    demand: list[DirectionCount] = Field(
        default_factory=list,
        exclude=True,
        description="The store's postings by direction, most first (not in the JSON).",
    )


class Cluster(Result):
    keep: str
    members: list[str]
    similarity: float = Field(description="The lowest similarity of a member to the kept posting.")


class Duplicates(Result):
    """What ``careermap jobs dups`` shows: each kept posting and its reposts."""

    clusters: list[Cluster]
