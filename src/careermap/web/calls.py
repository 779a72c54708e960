"""The calls into the core that the API and the page share: what was given in, plain data out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import anyio
import anyio.to_thread
from fastapi import Request

from careermap.api import diagnose
from careermap.errors import StoreError
from careermap.extract.models import Evidence
from careermap.ingest.document import Document
from careermap.ingest.limits import check_chars
from careermap.knowledge.loader import Knowledge
from careermap.report.assessment import to_dict
from careermap.score.models import Assessment
from careermap.web.inputs import Given
from careermap.web.settings import WebSettings

T = TypeVar("T")


@dataclass(slots=True)
class Outcome:
    """One diagnosis as the fronts show it: the text read, the contract, the route, what was stored."""

    doc: Document | None  # None: questionnaire answers alone, no text
    data: dict[str, Any]
    evidence: Evidence | None = None  # what the diagnosis read from ``doc``
    plan: dict[str, Any] | None = None
    stored_id: int | None = None
    store_error: StoreError | None = None


def document(given: Given, kb: Knowledge, settings: WebSettings) -> Document:
    """The text or file given, read within the server's limits."""
    doc = given.document(kb, settings)
    check_chars(doc.text, settings.max_text_chars)
    return doc


def read(given: Given, kb: Knowledge, settings: WebSettings) -> tuple[Document, Assessment]:
    doc = document(given, kb, settings)
    return doc, diagnose(doc, kb=kb, lang=given.lang, semantic=settings.semantic)


def diagnosis(given: Given, kb: Knowledge, settings: WebSettings, *, route: bool = False) -> Outcome:
    """Read and diagnose what was given; with ``route``, also the plan for ``given.role`` (default: the best).

    With questionnaire answers (``given.answers``) the answers are scored too, alone or with the text.
    When the user asked to store it, the assessment (and route) is saved: scores, skill levels and a
    fingerprint of the (redacted) text, never the text. A store that fails does not lose the answer.
    """
    from careermap.plan.roadmap import build_plan
    from careermap.report.plan import plan_to_dict

    if given.answers is not None:
        doc, a, data = questionnaire({"answers": given.answers}, given, kb, settings)
    else:
        doc, a = read(given, kb, settings)
        data = to_dict(kb, a)
    out = Outcome(doc, data, a.evidence)
    p = build_plan(kb, a, role=given.role, hours_per_week=given.hours_per_week) if route else None
    if given.store:
        try:
            out.stored_id = store(kb, a, p, settings.db)
        except StoreError as exc:
            out.store_error = exc
    if p is not None:
        out.plan = plan_to_dict(kb, p, stored_id=out.stored_id)
    return out


def store(kb: Knowledge, a: Assessment, plan: Any, db: str | Path | None) -> int | None:
    from careermap.plan.roadmap import efforts
    from careermap.store.assessments import open_assessments, record_of, save

    hpw = plan.hours_per_week if plan is not None else None
    record = record_of(kb, a, plan=plan, efforts=efforts(kb, a, hours_per_week=hpw))
    return save(open_assessments(db, keep=True), record).id  # one pool per worker, kept


def questionnaire(
    answers: dict[str, Any], given: Given, kb: Knowledge, settings: WebSettings
) -> tuple[Document | None, Assessment, dict[str, Any]]:
    """Questionnaire answers (a mapping as in an answers file), alone or with a résumé: the document
    (None without one), the assessment, and the contract with its ``questionnaire`` key."""
    from careermap.quiz import assess_answers, parse_answers
    from careermap.report.questionnaire import to_dict as quiz_to_dict

    parsed = parse_answers(answers, kb.questionnaire, source="web")
    source = None
    if given.data is not None or given.text.strip():
        source = document(given, kb, settings)  # diagnosed once, with the answers, below
    qa = assess_answers(parsed, kb=kb, source=source, lang=given.lang, semantic=settings.semantic)
    return source, qa.assessment, quiz_to_dict(kb, qa)


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
