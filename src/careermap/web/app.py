"""The app factory: ``create_app(kb, settings=...)`` gives the FastAPI app that ``careermap serve`` runs.

::

    /                 the page (GET: the form; POST: the form with the result)
    /api/diagnose     POST JSON {"text", "lang"} or a multipart file → the JSON contract (?format=md)
    /api/plan         POST: the route to a role;  /api/quiz  the questionnaire
    /api/jobs/...     the job market in the server's store: match (POST), stats (GET), classify (POST)
    /api/kb/...       the directions, one role
    /api/health       up, and which knowledge base answers
    /docs             Swagger UI served from /static (works offline); /openapi.json
    /static/...       CSS, JS, the vendored Swagger UI — every asset comes from this server
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from careermap import __version__
from careermap.api.stores import PostingsSource
from careermap.errors import CareermapError
from careermap.knowledge.loader import Knowledge
from careermap.web import errors
from careermap.web.routes import api, jobs, pages
from careermap.web.security import ASGIApp, BodyLimit, Hosts, SameOrigin, Scope, SecurityHeaders
from careermap.web.settings import WebSettings
from careermap.web.worker import WorkerHeader

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"

DESCRIPTION = """careermap (大模型职业地图) reads a programmer's background and ranks the six large-model
career directions and their eighteen roles, with the evidence from the person's own words, the
threshold (门槛) of each path against their readiness, and the skills that are missing.
`/api/jobs/...` reads the job postings stored in the server's database (`careermap jobs import`).

Errors answer `{"error": {"code", "message", "line"}}` with a 4xx status; `line` is the one line
to show a person. Nothing is stored unless a request asks for it (`store`).

A POST must come from this server's own page or from a client that is no browser page (curl,
httpx, scripts send no `Origin`); a page of another site is refused (E803, 403), as is a host
name this server does not serve (E802, 403; `careermap serve --allow-host` adds one)."""


def worker_app(kb_path: Path | None, settings: WebSettings) -> FastAPI:
    """The app of one worker process of ``careermap serve --workers N``: each worker loads the knowledge
    base (``kb_path``, else the bundled one) and builds its own app, so nothing is shared between
    processes but the listening socket and the database."""
    from careermap.api import knowledge
    from careermap.knowledge.loader import load

    return create_app(load(kb_path) if kb_path else knowledge(), settings=settings)


def create_app(kb: Knowledge | None = None, *, settings: WebSettings | None = None, warm: bool = True) -> FastAPI:
    """The web app over ``kb`` (default: the bundled knowledge base).

    ``warm`` diagnoses one sentence before returning, so the first visitor does not wait for the
    matcher to be built.
    """
    import careermap

    kb = kb or careermap.default_knowledge()
    settings = settings or WebSettings()
    if settings.semantic and not warm:
        careermap.warm_up(kb=kb, semantic=True)  # a missing extra stops the start with one line, not a request
    if warm:
        careermap.warm_up(kb=kb, semantic=settings.semantic)
    app = FastAPI(
        title="careermap",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.kb = kb
    app.state.settings = settings
    app.state.postings = PostingsSource(settings.db)  # opened on first need, never created
    app.state.templates = Jinja2Templates(directory=TEMPLATES)
    app.state.pages = {}  # what every visitor is shown alike, made once: (part, language) -> HTML
    errors.install(app, page=pages.error_page)
    app.include_router(api.router)
    app.include_router(jobs.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes, promised=settings.max_upload_bytes)
    app.add_middleware(SameOrigin, hosts=Hosts(settings.allow_hosts), respond=_refusal)
    app.add_middleware(SecurityHeaders)  # outside the guard: refusals carry the headers too
    app.add_middleware(WorkerHeader)
    return app


def _refusal(scope: Scope, exc: CareermapError) -> ASGIApp:
    """A refused request's answer, as any error's: the page, or JSON under /api."""
    response: ASGIApp = errors.respond(Request(scope), exc)
    return response
