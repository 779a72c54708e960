"""The REST API under ``/api``: each route parses, calls the core, responds."""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import JSONResponse

from careermap import __version__
from careermap.report.markdown import render_dict
from careermap.web.calls import diagnosis, in_worker
from careermap.web.deps import KnowledgeDep, PageLangDep, SettingsDep
from careermap.web.inputs import read_given
from careermap.web.models import (
    MULTIPART_SCHEMA,
    DiagnoseRequest,
    DiagnoseResponse,
    DirectionInfo,
    DirectionsOut,
    DocumentOut,
    ErrorOut,
    HealthOut,
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
async def health(kb: KnowledgeDep) -> HealthOut:
    """Whether the server is up, and which knowledge base and scorer answer."""
    return HealthOut(
        status="ok",
        version=__version__,
        kb_version=kb.version,
        scorer=kb.scoring.scorer,
        directions=len(kb.directions),
        roles=len(kb.roles),
        skills=len(kb.skills),
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


@router.post(
    "/diagnose",
    response_model=None,
    responses={
        **ERRORS,
        200: {"model": DiagnoseResponse, "content": {"text/markdown": {"schema": {"type": "string"}}}},
    },
    tags=["diagnosis"],
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": DiagnoseRequest.model_json_schema()},
                "multipart/form-data": {"schema": MULTIPART_SCHEMA},
            },
        }
    },
)
async def diagnose(
    request: Request,
    kb: KnowledgeDep,
    settings: SettingsDep,
    format: Annotated[Literal["json", "md"], Query(description="json (the contract) or md")] = "json",
    download: Annotated[bool, Query(description="answer as a file to save")] = False,
) -> Any:
    """Rank the six directions for a background: JSON ``{"text": ...}`` or a multipart ``file``.

    Answers the JSON contract (directions best first, skills with spans) plus ``text``, the text
    the spans index, and ``document``; ``?format=md`` answers the Markdown report instead.
    """
    given = await read_given(request, settings)
    doc, data = await in_worker(request, diagnosis, given, kb, settings)
    name = f"careermap-{data['directions'][0]['id']}"
    if format == "md":
        disposition = {"content-disposition": f'attachment; filename="{name}.md"'} if download else {}
        return Response(render_dict(data), media_type="text/markdown; charset=utf-8", headers=disposition)
    body = {**data, "text": doc.text, "document": DocumentOut.of(doc).model_dump()}
    if download:
        return Response(
            json.dumps(body, ensure_ascii=False, indent=2),
            media_type="application/json",
            headers={"content-disposition": f'attachment; filename="{name}.json"'},
        )
    return JSONResponse(body)  # DiagnoseResponse documents it; a test holds every answer to it
