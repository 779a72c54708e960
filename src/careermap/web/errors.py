"""The project's errors as HTTP answers: a status and ``{"error": {"code", "message", "line"}}``
under ``/api``; the page itself, with the line where a result would be, everywhere else.

Every :class:`~careermap.errors.CareermapError` is the user's or the setup's problem and gets
a 4xx/5xx status with its one line; nothing the core raises on purpose is a bare 500.
Requests FastAPI itself cannot parse (a query value of the wrong type, an unknown path)
get the same shape. A bug is a 500 with one line too, never a traceback. A person who used
the page never sees raw JSON: :func:`respond` answers a page address with the page
(the renderer :func:`install` was given), an API address with JSON.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from careermap import errors as E
from careermap.web.deps import accept_language

log = logging.getLogger("careermap.web")

STATUS: tuple[tuple[type[E.CareermapError], int], ...] = (
    (E.HostNotServed, 403),
    (E.CrossSiteRequest, 403),
    (E.UsageError, 400),
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


PageRenderer = Callable[[Request, E.CareermapError, int], Response]
JSON_PREFIXES = ("/api/", "/api", "/static/", "/openapi.json")


def wants_json(request: Request) -> bool:
    """An API, asset or schema address answers JSON; the page's addresses answer the page."""
    path = request.url.path
    return path == "/api" or path.startswith(JSON_PREFIXES)


def respond(request: Request, exc: E.CareermapError, status: int | None = None) -> Response:
    """The answer for ``exc``: the page with its line for a page address, else the JSON error."""
    status = status or status_of(exc)
    render: PageRenderer | None = getattr(request.app.state, "error_page", None)
    if render is not None and not wants_json(request):
        try:
            return render(request, exc, status)
        except Exception:  # the page itself failed to render: the line still reaches the person
            log.exception("the error page failed to render for %s %s", request.method, request.url.path)
    return JSONResponse(error_json(exc, request_lang(request)), status_code=status)


async def on_careermap_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, E.CareermapError)
    return respond(request, exc, status_of(exc))


async def on_validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid request"}
    where = ".".join(str(x) for x in first.get("loc", ()))
    err = E.MalformedRequest(
        f"{where}: {first.get('msg', 'invalid')}",
        f"{where}：{first.get('msg', 'invalid')}",
        hint_en="see the API docs at /docs",
        hint_zh="请查看 /docs 中的 API 文档",
    )
    return respond(request, err, 422)


async def on_http_error(request: Request, exc: Exception) -> Response:
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
    return respond(request, err, exc.status_code)


class InternalError(E.CareermapError):
    code = "E999"


async def on_bug(request: Request, exc: Exception) -> Response:
    log.exception("internal error on %s %s", request.method, request.url.path)
    bug = InternalError(
        f"internal error ({type(exc).__name__})",
        f"内部错误（{type(exc).__name__}）",
        hint_en="please report it; the server log has the details",
        hint_zh="请报告此问题；服务器日志中有详细信息",
    )
    if not wants_json(request) and getattr(request.app.state, "error_page", None) is not None:
        return respond(request, bug, 500)
    line = bug.line("en")
    return JSONResponse({"error": {"code": "E999", "message": line[12:], "line": line}}, status_code=500)


def install(app: FastAPI, *, page: PageRenderer | None = None) -> None:
    """The handlers; ``page`` renders the page with an error (None: JSON everywhere)."""
    app.state.error_page = page
    app.add_exception_handler(E.CareermapError, on_careermap_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.add_exception_handler(Exception, on_bug)
