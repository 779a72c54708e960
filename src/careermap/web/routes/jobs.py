"""The job market under ``/api/jobs``: the postings of the store the server was started with
(``careermap serve --db``), matched, summarised, and one posting classified. Each route parses,
calls :mod:`careermap.web.jobs` (the core functions of ``careermap jobs``), responds."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from careermap.jobs.corpus import filters
from careermap.web import jobs
from careermap.web.calls import in_worker
from careermap.web.deps import KnowledgeDep, Lang, PageLangDep, PostingsDep, SettingsDep
from careermap.web.inputs import read_given, read_model
from careermap.web.models import (
    TEXT_MULTIPART_SCHEMA,
    ClassifyRequest,
    ClassifyResponse,
    ErrorOut,
    JobsMatchResponse,
    JobsStatsResponse,
    TextRequest,
)
from careermap.web.routes.api import ERRORS, request_body

router = APIRouter(prefix="/api/jobs", tags=["job market"])

TopQuery = Annotated[int, Query(ge=1, le=200, description="How many postings (best first).")]
DirectionQuery = Annotated[
    str | None, Query(description="1-6, a direction id, or 'none' (postings that are not large-model roles).")
]
CityQuery = Annotated[str | None, Query(description="City contains this text.")]


@router.post(
    "/match",
    response_model=JobsMatchResponse,
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
) -> Any:
    """The stored postings ranked for a background (JSON ``{"text": ...}`` or a multipart ``file``, as for
    ``/api/diagnose``), each with the skills you have and the ones it still asks for: the numbers
    ``careermap jobs match --format json`` prints. An empty store answers ``postings: []`` and a ``message``."""
    given = await read_given(request, settings, TextRequest)
    f = filters(kb, direction, city=city, large_model_only=not include_non_llm)
    out = await in_worker(request, jobs.match, given, kb, settings, postings, top=top, filters=f)
    return JSONResponse({"lang": out.lang, "stored": out.stored, "postings": out.postings, "message": out.message})


@router.get("/stats", response_model=JobsStatsResponse, responses={404: {"model": ErrorOut}})
async def stats(
    request: Request,
    kb: KnowledgeDep,
    postings: PostingsDep,
    lang: PageLangDep,
    direction: DirectionQuery = None,
    city: CityQuery = None,
    since: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}$", description="From this month on, YYYY-MM.")] = None,
    top: Annotated[int, Query(ge=1, le=100, description="Skills shown per direction.")] = 10,
) -> Any:
    """Demand in the stored postings: by direction and role, the skills each direction asks for most,
    salary bands, the trend by month (reposts count once) — ``careermap jobs stats --format json``."""
    f = filters(kb, direction, city=city, since=since)
    return JSONResponse(await in_worker(request, jobs.stats, kb, postings, lang=lang, filters=f, top=top))


@router.post(
    "/classify",
    response_model=ClassifyResponse,
    responses=ERRORS,
    openapi_extra=request_body(ClassifyRequest, None),
)
async def classify(
    request: Request,
    kb: KnowledgeDep,
    settings: SettingsDep,
    lang: Annotated[Lang | None, Query(description="zh or en (the body's lang wins)")] = None,
) -> Any:
    """One posting (``body``, optional ``title``) → its direction (1-6, or null: not a large-model role),
    role, confidence and evidence, as one line of ``careermap jobs classify --format jsonl``. Nothing is stored."""
    posting = await read_model(request, ClassifyRequest)
    out = await in_worker(
        request,
        jobs.classify,
        kb,
        settings,
        body=posting.body,
        title=posting.title,
        posting_id=posting.id,
        lang=posting.lang or lang,
    )
    return JSONResponse(out)
