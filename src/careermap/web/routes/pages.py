"""The page (``/``) and the offline API docs (``/docs``): server-rendered, escaped by Jinja."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from careermap import __version__
from careermap.errors import CareermapError
from careermap.i18n import t
from careermap.web.calls import diagnosis, in_worker
from careermap.web.deps import KnowledgeDep, Lang, PageLangDep, SettingsDep
from careermap.web.errors import status_of
from careermap.web.inputs import read_form
from careermap.web.settings import WebSettings
from careermap.web.uploads import ACCEPTED, mb
from careermap.web.view import bar, kind_label, pct, result_view

router = APIRouter(include_in_schema=False)


def _page(request: Request, lang: Lang, settings: WebSettings, status: int = 200, **context: Any) -> HTMLResponse:
    kb = request.app.state.kb
    response: HTMLResponse = request.app.state.templates.TemplateResponse(
        request,
        "index.html",
        {
            "lang": lang,
            "other": "en" if lang == "zh" else "zh",
            "L": lambda key: t(key, lang),
            "kind_label": lambda kind: kind_label(kind, lang),
            "pct": pct,
            "bar": bar,
            "accept": ",".join(ACCEPTED),
            "file_hint": t("web_file_hint", lang).format(
                formats=" / ".join(ACCEPTED), mb=mb(settings.max_upload_bytes)
            ),
            "kb_version": kb.version,
            "scorer": kb.scoring.scorer,
            "version": __version__,
            "result": None,
            "error": None,
            "given_text": "",
            **context,
        },
        status_code=status,
    )
    return response


@router.get("/", response_class=HTMLResponse)
async def index(request: Request, lang: PageLangDep, settings: SettingsDep) -> HTMLResponse:
    return _page(request, lang, settings)


@router.post("/", response_class=HTMLResponse)
async def submit(request: Request, kb: KnowledgeDep, settings: SettingsDep, lang: PageLangDep) -> HTMLResponse:
    """The form: a file or pasted text, diagnosed in the page's language; an error shows as its one line."""
    text = ""
    try:
        given = await read_form(request, settings)
        lang = given.lang or lang
        text = given.text
        doc, data = await in_worker(request, diagnosis, given.with_lang(lang), kb, settings)
    except CareermapError as exc:
        return _page(request, lang, settings, status_of(exc), error=exc.line(lang), given_text=text)
    return _page(request, lang, settings, result=result_view(data, doc.text), given_text=doc.text)


@router.get("/docs", response_class=HTMLResponse)
async def docs(request: Request) -> HTMLResponse:
    """Swagger UI from this server's own static files (no CDN): works offline."""
    response: HTMLResponse = request.app.state.templates.TemplateResponse(request, "docs.html", {})
    return response
