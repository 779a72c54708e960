"""The job market under ``/api/jobs``: the postings of the store the server was started with
(``careermap serve --db``), matched, summarised, and one posting classified. Each route parses,
calls the public API through :mod:`careermap.web.jobs`, responds with the result model."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from careermap.report.models.jobs import Classification, Matches, Stats
from careermap.web import jobs
from careermap.web.calls import in_worker
from careermap.web.deps import KnowledgeDep, Lang, PageLangDep, PostingsDep, SettingsDep
from careermap.web.inputs import read_given, read_model
from careermap.web.models import TEXT_MULTIPART_SCHEMA, ClassifyRequest, ErrorOut, TextRequest
from careermap.web.routes.api import ERRORS, request_body

router = APIRouter(prefix="/api/jobs", tags=["job market"])

TopQuery = Annotated[int, Query(ge=1, le=200, description="How many postings (best first).")]
DirectionQuery = Annotated[
    str | None, Query(description="1-6, a direction id, or 'none' (postings that are not large-model roles).")
]
CityQuery = Annotated[str | None, Query(description="City contains this text.")]


@router.post(
    "/match",
    response_model=Matches,
    responses={**ERRORS, 404: {"model": ErrorOut, "description": "No such direction (E300)"}},
    openapi_extra=request_body(TextRequest, TEXT_MULTIPART_SCHEMA),
)
async def match(
    request: Request,
    kb: KnowledgeDep,
    settings: SettingsDep,
    postings: PostingsDep,
    top: TopQuery = 10,
    direction: DirectionQuery = None,
    city: CityQuery = None,
    include_non_llm: Annotated[bool, Query(description="Also rank postings that are not large-model roles.")] = False,
) -> Matches:
    """The stored postings ranked for a background (JSON ``{"text": ...}`` or a multipart ``file``, as for
    ``/api/diagnose``), each with the skills you have and the ones it still asks for: the numbers
    ``careermap jobs match --format json`` prints. An empty store answers ``postings: []`` and a ``message``."""
    given = await read_given(request, settings, TextRequest)
    options = {"top": top, "direction": direction, "city": city, "include_non_llm": include_non_llm}
    return await in_worker(request, jobs.match, given, kb, settings, postings, **options)


@router.get("/stats", response_model=Stats, responses={404: {"model": ErrorOut}})
async def stats(
    request: Request,
    kb: KnowledgeDep,
    postings: PostingsDep,
    lang: PageLangDep,
    direction: DirectionQuery = None,
    city: CityQuery = None,
    since: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}$", description="From this month on, YYYY-MM.")] = None,
    top: Annotated[int, Query(ge=1, le=100, description="Skills shown per direction.")] = 10,
) -> Response:
    """Demand in the stored postings: by direction and role, the skills each direction asks for most,
    salary bands, the trend by month (reposts count once) — ``careermap jobs stats --format json``."""
    options = {"direction": direction, "city": city, "since": since, "top": top, "lang": lang}
    body = await in_worker(request, jobs.stats_json, kb, postings, **options)
    return Response(body, media_type="application/json")  # the Stats model's JSON, kept (response_model documents it)


@router.post(
    "/classify",
    response_model=Classification,
    responses=ERRORS,
    openapi_extra=request_body(ClassifyRequest, None),
)
async def classify(
    request: Request,
    kb: KnowledgeDep,
    settings: SettingsDep,
    lang: Annotated[Lang | None, Query(description="zh or en (the body's lang wins)")] = None,
) -> Classification:
    """One posting (``body``, optional ``title``) → its direction (1-6, or null: not a large-model role),
    role, confidence and evidence, as one line of ``careermap jobs classify --format jsonl``. Nothing is stored."""
    posting = await read_model(request, ClassifyRequest)
    options = {"body": posting.body, "title": posting.title, "id": posting.id, "lang": posting.lang or lang}
    return await in_worker(request, jobs.classify, kb, settings, **options)
