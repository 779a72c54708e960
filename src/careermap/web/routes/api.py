"""The REST API under ``/api``: each route parses, calls the public API, responds with its result model."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Annotated, Any, Literal, TypeVar

from fastapi import APIRouter, Query, Request, Response

import careermap
from careermap import __version__
from careermap.report.markdown import render
from careermap.report.models.diagnosis import Diagnosis
from careermap.report.models.kb import (
    BackgroundInfo,
    DirectionInfo,
    DirectionList,
    QuestionnaireForm,
    RoleInfo,
    SkillInfo,
)
from careermap.report.models.plan import Route
from careermap.web.calls import diagnosis, in_worker, questionnaire
from careermap.web.deps import KnowledgeDep, PageLangDep, SettingsDep
from careermap.web.inputs import Given, read_given, read_model
from careermap.web.models import (
    MULTIPART_SCHEMA,
    PLAN_MULTIPART_SCHEMA,
    DiagnoseRequest,
    ErrorOut,
    HealthOut,
    PlanRequest,
    QuizRequest,
)

router = APIRouter(prefix="/api")
R = TypeVar("R", Diagnosis, Route)

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut, "description": what}
    for code, what in {
        400: "Malformed request (E109): the body is not valid JSON or a field has the wrong shape",
        413: "Too large (E103)",
        415: "Not a readable type (E102, E104)",
        422: "The input cannot be diagnosed (E101 empty, …)",
    }.items()
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorOut, "description": "No such entry (E300)"}}
MARKDOWN: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/markdown": {"schema": {"type": "string"}}}, "description": "The result (JSON or Markdown)"}
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


@router.get("/kb/directions", response_model=DirectionList, tags=["knowledge base"])
async def directions(kb: KnowledgeDep, lang: PageLangDep) -> DirectionList:
    """The six directions with their thresholds and roles (``?lang=``, else the browser's language)."""
    return careermap.directions(lang=lang, kb=kb)


@router.get("/kb/directions/{ident}", response_model=DirectionInfo, responses=NOT_FOUND, tags=["knowledge base"])
async def direction(ident: str, kb: KnowledgeDep, lang: PageLangDep) -> DirectionInfo:
    """One direction, by number (1-6) or id: what ``careermap kb show 3 --format json`` prints."""
    return _entry(careermap.kb_show(ident, lang=lang, kb=kb), DirectionInfo, ident)


@router.get("/kb/roles/{role_id}", response_model=RoleInfo, responses=NOT_FOUND, tags=["knowledge base"])
async def role(role_id: str, kb: KnowledgeDep, lang: PageLangDep) -> RoleInfo:
    """One role: duties, threshold, who fits, skills by tier, portfolio projects. Ids look like ``inference.engine``
    (``careermap kb show inference.engine --format json``)."""
    kb.role(role_id)  # an unknown role is one E300 line naming the role
    return _entry(careermap.kb_show(role_id, lang=lang, kb=kb), RoleInfo, role_id)


@router.get("/kb/skills/{skill_id}", response_model=SkillInfo, responses=NOT_FOUND, tags=["knowledge base"])
async def skill(skill_id: str, kb: KnowledgeDep, lang: PageLangDep) -> SkillInfo:
    """One skill: category, description, aliases, prerequisites, effort (``careermap kb show cuda --format json``)."""
    return _entry(careermap.kb_show(skill_id, lang=lang, kb=kb), SkillInfo, skill_id)


@router.get(
    "/kb/backgrounds/{background_id}", response_model=BackgroundInfo, responses=NOT_FOUND, tags=["knowledge base"]
)
async def background(background_id: str, kb: KnowledgeDep, lang: PageLangDep) -> BackgroundInfo:
    """One background (a past role such as ``java_backend``): what it brings, and the roles it leads to."""
    return _entry(careermap.kb_show(background_id, lang=lang, kb=kb), BackgroundInfo, background_id)


E = TypeVar("E", DirectionInfo, RoleInfo, SkillInfo, BackgroundInfo)


def _entry(found: object, kind: type[E], ident: str) -> E:
    if not isinstance(found, kind):
        what = kind.model_fields["kind"].default
        raise careermap.NotFound(
            f"no {what} '{ident}'",
            f"没有 {what} '{ident}'",
            hint_en="run `careermap kb search WORD` to find ids",
            hint_zh="运行 `careermap kb search 关键词` 查找 id",
        )
    return found


def request_body(model: type[Any], multipart: dict[str, Any] | None) -> dict[str, Any]:
    content: dict[str, Any] = {"application/json": {"schema": model.model_json_schema()}}
    if multipart is not None:
        content["multipart/form-data"] = {"schema": multipart}
    return {"requestBody": {"required": True, "content": content}}


FormatQuery = Annotated[Literal["json", "md"], Query(description="json (the contract) or md")]
DownloadQuery = Annotated[bool, Query(description="answer as a file to save")]


def answer(result: R, fmt: str, download: bool, name: str, markdown: Callable[[R], str]) -> R | Response:
    """The result as the route's model (FastAPI validates and serializes it), or as a file to save."""
    if fmt == "md":
        disposition = {"content-disposition": f'attachment; filename="{name}.md"'} if download else {}
        return Response(markdown(result), media_type="text/markdown; charset=utf-8", headers=disposition)
    if download:
        return Response(
            result.model_dump_json(indent=2),
            media_type="application/json",
            headers={"content-disposition": f'attachment; filename="{name}.json"'},
        )
    return result


@router.post(
    "/diagnose",
    response_model=Diagnosis,
    responses={**ERRORS, **MARKDOWN},
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
    result = await in_worker(request, diagnosis, given, kb, settings)
    return answer(result, format, download, f"careermap-{result.top.id}", render)


@router.post(
    "/plan",
    response_model=Route,
    responses={**ERRORS, **MARKDOWN},
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
    result = await in_worker(request, diagnosis, given, kb, settings, route=True)
    assert result.route is not None
    return answer(result.route, format, download, f"careermap-route-{result.route.role.id}", render_plan)


@router.get("/quiz", response_model=QuestionnaireForm, tags=["questionnaire"])
async def quiz_items(kb: KnowledgeDep, lang: PageLangDep) -> QuestionnaireForm:
    """The self-diagnosis questionnaire: statements on an agreement scale, then practical questions."""
    return careermap.questionnaire(lang=lang, kb=kb)


@router.post(
    "/quiz",
    response_model=Diagnosis,
    responses=ERRORS,
    tags=["questionnaire"],
    openapi_extra=request_body(QuizRequest, None),
)
async def quiz(request: Request, kb: KnowledgeDep, settings: SettingsDep) -> Diagnosis:
    """Score questionnaire answers (item id → answer), alone or with a résumé ``text``: the diagnose
    contract plus ``questionnaire`` (each answer, what it fed, notes on inconsistent answers)."""
    body = await read_model(request, QuizRequest)
    raw = {"answers": body.answers, **({"questionnaire": body.questionnaire} if body.questionnaire else {})}
    given = Given(text=body.text, lang=body.lang)
    return await in_worker(request, questionnaire, raw, given, kb, settings)
