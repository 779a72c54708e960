"""What the jobs core returns: postings, import results, classifications, matches, stats."""

from __future__ import annotations

from dataclasses import dataclass, field

from careermap.errors import RowError
from careermap.extract.models import Span
from careermap.score.models import Coverage

FIELDS = ("id", "title", "body", "company", "city", "salary", "date", "url")


@dataclass(frozen=True, slots=True)
class Salary:
    """A salary as written, read into numbers in its own currency and period."""

    text: str
    low: float
    high: float
    currency: str  # CNY, USD, ...
    period: str  # hour | day | month | year
    months: float  # months paid a year ("·14薪": 14)

    def per_year(self, per_year: dict[str, float]) -> tuple[float, float]:
        factor = self.months if self.period == "month" else per_year[self.period]
        return self.low * factor, self.high * factor


@dataclass(slots=True)
class Posting:
    """One posting as imported: the fields, read and checked."""

    id: str
    title: str
    body: str
    company: str | None = None
    city: str | None = None
    salary: Salary | None = None
    salary_text: str | None = None
    date: str | None = None  # ISO date, YYYY-MM-DD
    url: str | None = None
    row: str = ""  # where it came from: "3" (a row number) or a file name
    given_id: bool = False  # the id came from the data, not from the content hash


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A row that could not be imported, with where it is and what is wrong: the message and code
    of a :class:`~careermap.errors.RowError` (``E611`` not a record … ``E616`` a date)."""

    row: str
    field: str
    en: str
    zh: str
    id: str | None = None
    code: str = RowError.code

    @classmethod
    def of(cls, row: str, field: str, error: RowError, pid: str | None = None) -> RowProblem:
        return cls(row, field, error.en, error.zh, pid, error.code)

    def message(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en

    def line(self, lang: str) -> str:
        """One line as every error is shown: ``error[E614]: the body is empty``."""
        return f"{'错误' if lang == 'zh' else 'error'}[{self.code}]: {self.message(lang)}"


@dataclass(slots=True)
class ReadResult:
    """Rows read from a file: the good postings in input order, and the bad rows."""

    postings: list[Posting]
    problems: list[RowProblem]
    rows: int  # rows seen, good and bad
    encoding: str
    columns: dict[str, str]  # field -> column name used


@dataclass(frozen=True, slots=True)
class SkillAsk:
    """A skill a posting asks for: how much it weighs there, and the level asked."""

    skill: str
    weight: float  # the strength extraction gives it (a nice-to-have weighs less)
    kind: str  # required | preferred | duty | title | other
    level: str  # basic | proficient | expert
    need: float  # readiness units (scoring.readiness_levels), as a role's threshold
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    """One reason for a classification: a skill (or background) and the words that show it."""

    kind: str  # skill | background | trait | interest
    key: str
    amount: float
    field: str  # body | title
    span: Span | None
    asked: str = ""  # for skills: required | preferred | duty | title | other


@dataclass(slots=True)
class Classification:
    """A posting's direction and role, or ``direction=None``: not a large-model role."""

    id: str
    direction: int | None
    role: str | None
    confidence: float
    nearest: int  # the best direction even when the answer is null
    nearest_role: str
    fit: float
    large_model_evidence: float
    scores: dict[int, float]
    evidence: list[EvidenceItem]
    asks: list[SkillAsk]
    years: float | None = None
    years_span: Span | None = None
    degree: str | None = None
    degree_span: Span | None = None
    degree_preferred: str | None = None
    lang: str = "en"
    kb_version: str = ""
    scorer: str = ""
    row: str = ""  # where the posting came from in its file


@dataclass(slots=True)
class ImportResult:
    """What an import did, row by row where it matters."""

    source: str
    rows: int
    added: int
    updated: int
    unchanged: int
    same_content: int  # rows whose text is already stored under another id
    problems: list[RowProblem]
    encoding: str
    columns: dict[str, str]
    near_duplicates: int  # new postings found to repeat a stored one
    ids: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Gap(Coverage):
    """One skill of a posting against a person: the numbers a role's threshold uses."""

    skill: str
    kind: str
    weight: float
    need: float
    have: float


@dataclass(slots=True)
class Match:
    """A stored posting ranked for a person."""

    id: str
    title: str
    company: str | None
    city: str | None
    direction: int | None
    role: str | None
    score: float  # weighted share of the posting's skills the person meets, times ``confidence``
    have: list[Gap]
    missing: list[Gap]
    years_required: float | None
    years_short: bool
    degree_required: str | None
    degree_short: bool
    salary_text: str | None = None
    url: str | None = None
    met: float | None = None  # the weighted share met, before the confidence
    asks: int | None = None  # skills read from the posting
    confidence: float = 1.0  # how much of the posting was read: 1 from jobs.yaml's match_confidence_asks


@dataclass(slots=True)
class Cluster:
    """Postings that repeat one another; ``keep`` is the first stored."""

    keep: str
    members: list[str]
    similarity: float  # the lowest similarity of a member to ``keep``


@dataclass(slots=True)
class CountRow:
    key: str | int | None
    count: int
    share: float


@dataclass(slots=True)
class SkillCount:
    skill: str
    postings: int
    share: float  # of the direction's postings


@dataclass(slots=True)
class Band:
    currency: str
    label: str
    low: float | None
    high: float | None
    count: int


@dataclass(slots=True)
class Stats:
    """Demand in the stored postings (near-duplicates counted once)."""

    total: int
    distinct: int
    duplicates: int
    by_direction: list[CountRow]
    by_role: list[CountRow]
    top_skills: dict[int, list[SkillCount]]
    salary_bands: list[Band]
    by_month: list[tuple[str, dict[int | None, int]]]
    with_salary: int
    with_date: int
    filters: dict[str, str] = field(default_factory=dict)
    by_city: list[CountRow] = field(default_factory=list)  # the cities with most postings
    by_employer: list[CountRow] = field(default_factory=list)  # the employers with most postings
