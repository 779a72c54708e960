"""The calls into the public API that the REST API and the page share: what was given in, results out."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import anyio
import anyio.to_thread
from fastapi import Request

from careermap import diagnose, score_questionnaire
from careermap.api.records import DbArg
from careermap.ingest.document import Document
from careermap.ingest.limits import check_chars
from careermap.knowledge.loader import Knowledge
from careermap.report.models.diagnosis import Diagnosis
from careermap.web.inputs import Given
from careermap.web.settings import WebSettings

T = TypeVar("T")


def document(given: Given, kb: Knowledge, settings: WebSettings) -> Document:
    """The text or file given, read within the server's limits."""
    doc = given.document(kb, settings)
    check_chars(doc.text, settings.max_text_chars)
    return doc


def diagnosis(given: Given, kb: Knowledge, settings: WebSettings, *, route: bool = False) -> Diagnosis:
    """Read and diagnose what was given; with ``route``, also the route to ``given.role`` (default: the best).

    With questionnaire answers (``given.answers``) the answers are scored too, alone or with the text.
    When the user asked to store it, the assessment (and route) is saved: scores, skill levels and a
    fingerprint of the (redacted) text, never the text. A store that fails does not lose the answer.
    """
    if given.answers is not None:
        # a form's questionnaire may be partly answered: what was answered is scored (the page says how much)
        return questionnaire({"answers": given.answers}, given, kb, settings, route=route, partial=True)
    return diagnose(
        document(given, kb, settings),
        lang=given.lang,
        kb=kb,
        semantic=settings.semantic,
        route=route,
        role=given.role,
        hours_per_week=given.hours_per_week,
        store=given.store,
        db=saving_to(given, settings),
    )


def questionnaire(
    raw: dict[str, object],
    given: Given,
    kb: Knowledge,
    settings: WebSettings,
    *,
    route: bool = False,
    partial: bool = False,
) -> Diagnosis:
    """Questionnaire answers (a mapping shaped like an answers file), alone or with the résumé given:
    the diagnosis with its ``questionnaire`` part (and the route, stored, as :func:`diagnosis` says).
    ``partial``: unanswered items contribute nothing (the page's form) instead of being an error (the API)."""
    from careermap.api.answers import parse_answers

    answers = parse_answers(raw, source="web", partial=partial, kb=kb)  # bad answers fail first
    has_text = given.data is not None or bool(given.text.strip())
    return score_questionnaire(
        answers,
        source=document(given, kb, settings) if has_text else None,  # diagnosed once, with the answers
        lang=given.lang,
        kb=kb,
        semantic=settings.semantic,
        route=route,
        role=given.role,
        hours_per_week=given.hours_per_week,
        store=given.store,
        db=saving_to(given, settings),
    )


def saving_to(given: Given, settings: WebSettings) -> DbArg:
    """Where a ticked "save" goes: the one store this worker keeps open for the server's database (a
    pool of connections for every request, not a database opened per save); nothing is opened unasked."""
    if not given.store:
        return settings.db
    from careermap.api.stores import saving_store
    from careermap.errors import StoreError

    try:
        return saving_store(settings.db)
    except StoreError:  # the save then fails where it is reported, beside the diagnosis it does not lose
        return settings.db


async def in_worker(request: Request, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run CPU-bound core work off the event loop, at most ``settings.diagnose_threads`` at a time.

    One process runs Python on one core: more threads than that only contend for the GIL and
    stretch every request's latency; a few keep the loop free for other requests meanwhile.
    """
    threads: int = request.app.state.settings.diagnose_threads
    if threads <= 0:
        return fn(*args, **kwargs)
    limiter: anyio.CapacityLimiter | None = getattr(request.app.state, "limiter", None)
    if limiter is None:  # made on first use: a limiter belongs to the running event loop
        limiter = request.app.state.limiter = anyio.CapacityLimiter(threads)
    return await anyio.to_thread.run_sync(lambda: fn(*args, **kwargs), limiter=limiter)
