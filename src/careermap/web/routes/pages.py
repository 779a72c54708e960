"""The page (``/``) and the offline API docs (``/docs``): server-rendered, escaped by Jinja."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

import careermap
from careermap import __version__
from careermap.errors import CareermapError
from careermap.i18n import t
from careermap.knowledge.loader import Knowledge
from careermap.report.markdown import render
from careermap.web import jobs
from careermap.web.calls import diagnosis, in_worker
from careermap.web.deps import KnowledgeDep, Lang, PostingsDep, SettingsDep, ViewLangDep
from careermap.web.errors import request_lang, status_of
from careermap.web.inputs import Given, read_form
from careermap.web.routes.api import FormatQuery, answer
from careermap.web.settings import WebSettings
from careermap.web.uploads import ACCEPTED, mb
from careermap.web.view import bar, kind_label, link, pct, result_view
from careermap.web.wording import page_line

router = APIRouter(include_in_schema=False)


def _page(request: Request, lang: Lang, settings: WebSettings, status: int = 200, **context: Any) -> HTMLResponse:
    kb = request.app.state.kb
    answers = context.get("answers") or {}
    response: HTMLResponse = request.app.state.templates.TemplateResponse(
        request,
        "index.html",
        {
            "quiz_html": _quiz_html(request, lang, answers),
            "lang": lang,
            "other": "en" if lang == "zh" else "zh",
            "L": lambda key: t(key, lang),
            "kind_label": lambda kind: kind_label(kind, lang),
            "pct": pct,
            "bar": bar,
            "link": link,
            "accept": ",".join(ACCEPTED),
            "file_hint": t("web_file_hint", lang).format(
                formats=" / ".join(ACCEPTED), mb=mb(settings.max_upload_bytes)
            ),
            "kb_version": kb.version,
            "scorer": kb.scoring.scorer,
            "version": __version__,
            "role_groups": [
                (d.number, d.name.get(lang), [(r, kb.roles[r].name.get(lang)) for r in d.roles]) for d in kb.directions
            ],
            "result": None,
            "error": None,
            "given_text": "",
            "chosen_role": "",
            "answers": {},
            "stored_id": None,
            "store_error": None,
            "store": False,
            "read_note": None,
            "answered": len(answers),
            "quiz_total": len(kb.questionnaire.item_ids()),
            **context,
        },
        status_code=status,
    )
    return response


def _quiz_html(request: Request, lang: Lang, answers: dict[str, Any]) -> Markup:
    """The form's questionnaire with the ``answers`` given; unanswered, it is the same for every visitor
    in a language: made once per language and kept (a third of the page's rendering)."""
    kb: Knowledge = request.app.state.kb
    kept: dict[tuple[str, Lang], Any] = request.app.state.pages
    if not answers and ("quiz", lang) in kept:
        return Markup(kept["quiz", lang])
    quiz = careermap.questionnaire(lang=lang, kb=kb)
    html = Markup(
        request.app.state.templates.get_template("_quiz.html").render(
            L=lambda key: t(key, lang),
            quiz=quiz,
            quiz_groups=quiz_groups(kb, quiz, lang),
            answers=answers,
            answered=len(answers),
            quiz_total=len(kb.questionnaire.item_ids()),
        )
    )
    if not answers:
        kept["quiz", lang] = html
    return html


def quiz_groups(kb: Knowledge, quiz: Any, lang: Lang) -> list[tuple[str, list[Any]]]:
    """The questionnaire's statements in their groups (name, the form's items), each numbered from 1 on
    the page; the practical questions follow as the last group."""
    form = {item.id: item for item in quiz.items}
    out = [
        (group.name.get(lang) if group else t("web_quiz_statements", lang), [form[i.id] for i in items])
        for group, items in kb.questionnaire.grouped()
    ]
    return [(name, items) for name, items in out if items]


def error_page(request: Request, exc: CareermapError, status: int) -> HTMLResponse:
    """The page with ``exc``'s one line where the result would be (a refused or unreadable request,
    an unknown address): a person who used the page never sees raw JSON."""
    lang = request_lang(request)
    settings: WebSettings = request.app.state.settings
    page_lang: Lang = "zh" if lang == "zh" else "en"
    return _page(request, page_lang, settings, status, error=page_line(exc, page_lang, request.app.state.kb))


@router.get("/", response_class=HTMLResponse)
async def index(request: Request, lang: ViewLangDep, settings: SettingsDep) -> HTMLResponse:
    """The empty form: the same for every visitor in a language (the knowledge base and the server's
    settings make it), so it is made once per language and kept."""
    kept: dict[tuple[str, Lang], Any] = request.app.state.pages
    if ("index", lang) not in kept:
        kept["index", lang] = bytes(_page(request, lang, settings).body)
    return HTMLResponse(kept["index", lang])


@router.post("/", response_class=HTMLResponse)
async def submit(
    request: Request, kb: KnowledgeDep, settings: SettingsDep, postings: PostingsDep, lang: ViewLangDep
) -> HTMLResponse:
    """The form: a file or pasted text, diagnosed in the page's language; an error shows as its one line."""
    given = Given()
    try:
        given = await read_form(request, settings)
        lang = given.lang or lang
        # the diagnosis, the route and the matching postings in one turn of a worker thread (not two queues)
        work = (given.with_lang(lang), kb, settings, postings)
        out, section, failed = await in_worker(request, jobs.page_outcome, *work)
    except CareermapError as exc:
        both = given.data is not None and bool(given.text.strip())
        return _page(
            request,
            lang,
            settings,
            status_of(exc),
            error=page_line(exc, lang, kb),
            read_note=t("web_kept_text", lang) if both else None,  # the file failed; what was typed is not lost
            given_text=given.text,
            store=given.store,
            answers=given.answers or {},
        )
    jobs_error = f"{t('web_jobs_failed', lang)}: {page_line(failed, lang, kb)}" if failed else None
    failure = out.store_failure
    if out.questionnaire is not None and not out.questionnaire.resume:  # the next step in the page's words
        steps = kb.questionnaire.messages
        out.advice = out.advice.replace(steps.next_step.get(lang), steps.next_step_page.get(lang))
    # a file and pasted text: the file was read; the text stays in its box, and the page says so
    both = given.data is not None and bool(given.text.strip())
    return _page(
        request,
        lang,
        settings,
        result=result_view(out, out.text or "", out.route, jobs=section, jobs_error=jobs_error),
        read_note=t("web_read_file", lang).format(name=given.filename) if both else None,
        given_text=given.text if both or out.text is None else out.text,
        answers=given.answers or {},
        chosen_role=given.role or "",
        stored_id=out.stored_id,
        store_error=page_line(failure, lang, kb) if failure else None,
        store=given.store and out.stored_id is None,  # saved once: unticked, so a language switch saves nothing twice
    )


@router.post("/download")
async def download(
    request: Request, kb: KnowledgeDep, settings: SettingsDep, lang: ViewLangDep, format: FormatQuery = "json"
) -> Any:
    """The page's result as a file: the same form as ``/`` (text, answers), answered as Markdown or JSON."""
    given = await read_form(request, settings)
    out = await in_worker(request, diagnosis, replace(given.with_lang(given.lang or lang), store=False), kb, settings)
    return answer(out, format, True, f"careermap-{out.top.id}", render)


@router.get("/docs", response_class=HTMLResponse)
async def docs(request: Request) -> HTMLResponse:
    """Swagger UI from this server's own static files (no CDN): works offline."""
    response: HTMLResponse = request.app.state.templates.TemplateResponse(request, "docs.html", {})
    return response
