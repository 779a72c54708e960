"""The REST API under ``/api``: each route parses, calls the core, responds."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import JSONResponse

from careermap import __version__
from careermap.report.markdown import render_dict
from careermap.web.calls import Outcome, diagnosis, in_worker, questionnaire
from careermap.web.deps import KnowledgeDep, PageLangDep, SettingsDep
from careermap.web.inputs import Given, read_given, read_model
from careermap.web.models import (
    MULTIPART_SCHEMA,
    PLAN_MULTIPART_SCHEMA,
    DiagnoseRequest,
    DiagnoseResponse,
    DirectionInfo,
    DirectionsOut,
    DocumentOut,
    ErrorOut,
    HealthOut,
    PlanRequest,
    PlanResponse,
    QuestionnaireOut,
    QuizRequest,
    RoleInfo,
)

router = APIRouter(prefix="/api")

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut, "description": what}
    for code, what in {
        400: "Malformed request (E109): the body is not valid JSON or a field has the wrong shape",
        413: "Too large (E103)",
        415: "Not a readable type (E102, E104)",
        422: "The input cannot be diagnosed (E101 empty, …)",
    }.items()
}


@router.get("/health", response_model=HealthOut, tags=["meta"])
async def health(kb: KnowledgeDep, settings: SettingsDep) -> HealthOut:
    """Whether the server is up, and which knowledge base and scorer answer (``semantic``: with the
    optional sentence-encoder signal, ``careermap serve --semantic``); ``worker`` is the process id of
    the server process that answered, one of ``workers`` (``careermap serve --workers``)."""
    return HealthOut(
        status="ok",
        version=__version__,
        kb_version=kb.version,
        scorer=kb.scoring.scorer,
        semantic=settings.semantic,
        directions=len(kb.directions),
        roles=len(kb.roles),
        skills=len(kb.skills),
        workers=settings.workers,
        worker=os.getpid(),
    )


@router.get("/kb/directions", response_model=DirectionsOut, tags=["knowledge base"])
async def directions(kb: KnowledgeDep, lang: PageLangDep) -> DirectionsOut:
    """The six directions with their thresholds and roles (``?lang=``, else the browser's language)."""
    return DirectionsOut(
        lang=lang, kb_version=kb.version, directions=[DirectionInfo.of(kb, d, lang) for d in kb.directions]
    )


@router.get(
    "/kb/roles/{role_id}", response_model=RoleInfo, responses={404: {"model": ErrorOut}}, tags=["knowledge base"]
)
async def role(role_id: str, kb: KnowledgeDep, lang: PageLangDep) -> RoleInfo:
    """One role: duties, threshold, who fits, skills by tier, portfolio projects. Ids look like ``inference.engine``."""
    return RoleInfo.of(kb, kb.role(role_id), lang)


def request_body(model: type[Any], multipart: dict[str, Any] | None) -> dict[str, Any]:
    content: dict[str, Any] = {"application/json": {"schema": model.model_json_schema()}}
    if multipart is not None:
        content["multipart/form-data"] = {"schema": multipart}
    return {"requestBody": {"required": True, "content": content}}


FormatQuery = Annotated[Literal["json", "md"], Query(description="json (the contract) or md")]
DownloadQuery = Annotated[bool, Query(description="answer as a file to save")]


def answer(data: dict[str, Any], fmt: str, download: bool, name: str, markdown: Callable[[dict[str, Any]], str]) -> Any:
    if fmt == "md":
        disposition = {"content-disposition": f'attachment; filename="{name}.md"'} if download else {}
        return Response(markdown(data), media_type="text/markdown; charset=utf-8", headers=disposition)
    if download:
        return Response(
            json.dumps(data, ensure_ascii=False, indent=2),
            media_type="application/json",
            headers={"content-disposition": f'attachment; filename="{name}.json"'},
        )
    return JSONResponse(data)  # the route's documented model holds it (a test checks every answer)


def _stored(out: Outcome, lang: str | None) -> dict[str, Any]:
    if out.store_error is not None:
        return {"stored_id": None, "store_error": out.store_error.line(lang or out.data["lang"])}
    return {"stored_id": out.stored_id} if out.stored_id is not None else {}


@router.post(
    "/diagnose",
    response_model=None,
    responses={
        **ERRORS,
        200: {"model": DiagnoseResponse, "content": {"text/markdown": {"schema": {"type": "string"}}}},
    },
    tags=["diagnosis"],
    openapi_extra=request_body(DiagnoseRequest, MULTIPART_SCHEMA),
)
async def diagnose(
    request: Request,
    kb: KnowledgeDep,
    settings: SettingsDep,
    format: FormatQuery = "json",
    download: DownloadQuery = False,
) -> Any:
    """Rank the six directions for a background: JSON ``{"text": ...}`` or a multipart ``file``.

    Answers the JSON contract (directions best first, skills with spans) plus ``text``, the text
    the spans index, and ``document``; ``?format=md`` answers the Markdown report instead.
    ``store: true`` saves the assessment to this server's history (``stored_id``).
    """
    given = (await read_given(request, settings)).without_answers()  # answers go to /api/quiz
    out = await in_worker(request, diagnosis, given, kb, settings)
    assert out.doc is not None
    data = {
        **out.data,
        "text": out.doc.text,
        "document": DocumentOut.of(out.doc).model_dump(),
        **_stored(out, given.lang),
    }
    return answer(data, format, download, f"careermap-{data['directions'][0]['id']}", render_dict)


@router.post(
    "/plan",
    response_model=None,
    responses={**ERRORS, 200: {"model": PlanResponse, "content": {"text/markdown": {"schema": {"type": "string"}}}}},
    tags=["diagnosis"],
    openapi_extra=request_body(PlanRequest, PLAN_MULTIPART_SCHEMA),
)
async def plan(
    request: Request,
    kb: KnowledgeDep,
    settings: SettingsDep,
    format: FormatQuery = "json",
    download: DownloadQuery = False,
) -> Any:
    """The route to a role (``role``: an id such as ``inference.engine`` or a direction; default the best fit):
    the skills you have and miss, staged with hours and portfolio projects, at ``hours_per_week``."""
    from careermap.report.plan_markdown import render_plan

    given = (await read_given(request, settings, PlanRequest)).without_answers()
    out = await in_worker(request, diagnosis, given, kb, settings, route=True)
    assert out.plan is not None
    data = {**out.plan, **_stored(out, given.lang)}
    return answer(data, format, download, f"careermap-route-{data['role']['id']}", render_plan)


@router.get("/quiz", response_model=QuestionnaireOut, tags=["questionnaire"])
async def quiz_items(kb: KnowledgeDep, lang: PageLangDep) -> QuestionnaireOut:
    """The self-diagnosis questionnaire: statements on an agreement scale, then practical questions."""
    return QuestionnaireOut.of(kb.questionnaire, lang)


@router.post(
    "/quiz",
    response_model=None,
    responses={**ERRORS, 200: {"model": DiagnoseResponse}},
    tags=["questionnaire"],
    openapi_extra=request_body(QuizRequest, None),
)
async def quiz(request: Request, kb: KnowledgeDep, settings: SettingsDep) -> Any:
    """Score questionnaire answers (item id → answer), alone or with a résumé ``text``: the diagnose
    contract plus ``questionnaire`` (each answer, what it fed, notes on inconsistent answers)."""
    body = await read_model(request, QuizRequest)
    raw = {"answers": body.answers, **({"questionnaire": body.questionnaire} if body.questionnaire else {})}
    given = Given(text=body.text, lang=body.lang)
    doc, _, data = await in_worker(request, questionnaire, raw, given, kb, settings)
    return JSONResponse({**data, **({"text": doc.text} if doc is not None else {})})
