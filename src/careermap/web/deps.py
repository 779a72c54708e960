"""Dependency aliases the routes declare: ``kb: KnowledgeDep``, ``settings: SettingsDep``, ``lang: PageLangDep``,
``postings: PostingsDep``.

The providers are ``async def``: FastAPI runs a plain ``def`` dependency in a worker thread,
a hop per request that cost more than the lookup itself (measured with benchmarks/bench_web.py).
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Depends, Query, Request

from careermap.api.stores import PostingsSource
from careermap.knowledge.loader import Knowledge
from careermap.web.settings import WebSettings

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")


async def get_knowledge(request: Request) -> Knowledge:
    kb: Knowledge = request.app.state.kb
    return kb


async def get_settings(request: Request) -> WebSettings:
    settings: WebSettings = request.app.state.settings
    return settings


async def get_postings(request: Request) -> PostingsSource:
    postings: PostingsSource = request.app.state.postings
    return postings


def accept_language(header: str | None) -> Lang:
    """The best of zh/en by the browser's ``Accept-Language`` q-values; English when it names neither."""
    best: tuple[float, int, Lang] | None = None
    for position, part in enumerate((header or "").split(",")):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in LANGS and q > 0 and (best is None or (q, -position) > (best[0], best[1])):
            best = (q, -position, primary)
    return best[2] if best else "en"


async def page_lang(request: Request, lang: Annotated[Lang | None, Query(description="zh or en")] = None) -> Lang:
    """``?lang=`` when given, else what the browser asks for."""
    return lang or accept_language(request.headers.get("accept-language"))


async def view_lang(request: Request, lang: Annotated[str | None, Query(include_in_schema=False)] = None) -> Lang:
    """The page's language: ``?lang=`` when it is zh or en, else what the browser asks for. A link
    with another value (``?lang=fr``, an edited address) still opens the page, not an error."""
    if lang == "zh":
        return "zh"
    if lang == "en":
        return "en"
    return accept_language(request.headers.get("accept-language"))


KnowledgeDep = Annotated[Knowledge, Depends(get_knowledge)]
SettingsDep = Annotated[WebSettings, Depends(get_settings)]
PostingsDep = Annotated[PostingsSource, Depends(get_postings)]
PageLangDep = Annotated[Lang, Depends(page_lang)]
ViewLangDep = Annotated[Lang, Depends(view_lang)]  # the page's addresses: an unknown ?lang= is ignored
