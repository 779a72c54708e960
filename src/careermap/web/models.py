"""The REST API's own models: requests, the error envelope and the health answer.

Every result a route answers is a model of the one contract (:mod:`careermap.report.models`),
declared as the route's ``response_model``, so ``/openapi.json`` shows what is sent; nothing
here mirrors it.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

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
    workers: int = Field(ge=1, description="Server processes answering on this port (serve --workers).")
    worker: int = Field(description="The process id of the worker that answered this request.")
