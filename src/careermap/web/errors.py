"""The project's errors as HTTP answers: a status and ``{"error": {"code", "message", "line"}}``.

Every :class:`~careermap.errors.CareermapError` is the user's or the setup's problem and gets
a 4xx/5xx status with its one line; nothing the core raises on purpose is a bare 500.
Requests FastAPI itself cannot parse (a query value of the wrong type, an unknown path)
get the same shape. A bug is a 500 with one line too, never a traceback.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from careermap import errors as E
from careermap.web.deps import accept_language

log = logging.getLogger("careermap.web")

STATUS: tuple[tuple[type[E.CareermapError], int], ...] = (
    (E.MalformedRequest, 400),
    (E.InputTooLarge, 413),
    (E.UnsupportedFormat, 415),
    (E.BinaryInput, 415),
    (E.InputError, 422),
    (E.NotFound, 404),
    (E.AnswersError, 422),
    (E.JobsError, 422),
    (E.StoreError, 503),
    (E.MissingDependency, 501),
    (E.KnowledgeError, 500),
)


def status_of(exc: E.CareermapError) -> int:
    return next((code for kind, code in STATUS if isinstance(exc, kind)), 400)


def request_lang(request: Request) -> str:
    lang = request.query_params.get("lang")
    if lang in ("zh", "en"):
        return lang
    return accept_language(request.headers.get("accept-language"))


def error_json(exc: E.CareermapError, lang: str) -> dict[str, dict[str, str]]:
    return {"error": {"code": exc.code, "message": exc.message(lang), "line": exc.line(lang)}}


def _respond(request: Request, exc: E.CareermapError, status: int) -> JSONResponse:
    return JSONResponse(error_json(exc, request_lang(request)), status_code=status)


async def on_careermap_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, E.CareermapError)
    return _respond(request, exc, status_of(exc))


async def on_validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid request"}
    where = ".".join(str(x) for x in first.get("loc", ()))
    err = E.MalformedRequest(
        f"{where}: {first.get('msg', 'invalid')}",
        f"{where}：{first.get('msg', 'invalid')}",
        hint_en="see the API docs at /docs",
        hint_zh="请查看 /docs 中的 API 文档",
    )
    return _respond(request, err, 422)


async def on_http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 404:
        err: E.CareermapError = E.NotFound(
            f"no such address: {request.url.path}",
            f"没有这个地址：{request.url.path}",
            hint_en="the page is at / and the API docs at /docs",
            hint_zh="页面在 /，API 文档在 /docs",
        )
    else:
        err = E.MalformedRequest(str(exc.detail), str(exc.detail), hint_en="see the API docs at /docs")
    return _respond(request, err, exc.status_code)


async def on_bug(request: Request, exc: Exception) -> JSONResponse:
    log.exception("internal error on %s %s", request.method, request.url.path)
    line = f"error[E999]: internal error ({type(exc).__name__}) — please report it; the server log has the details"
    return JSONResponse({"error": {"code": "E999", "message": line[12:], "line": line}}, status_code=500)


def install(app: FastAPI) -> None:
    app.add_exception_handler(E.CareermapError, on_careermap_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.add_exception_handler(Exception, on_bug)
