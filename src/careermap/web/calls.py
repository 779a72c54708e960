"""The calls into the core that the API and the page share: a document in, the contract out."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import anyio
import anyio.to_thread
from fastapi import Request

from careermap.api import diagnose
from careermap.errors import LimitExceeded
from careermap.ingest.document import Document
from careermap.knowledge.loader import Knowledge
from careermap.report.assessment import to_dict
from careermap.web.inputs import Given
from careermap.web.settings import WebSettings

T = TypeVar("T")


def diagnosis(given: Given, kb: Knowledge, settings: WebSettings) -> tuple[Document, dict[str, Any]]:
    """Read what was given and diagnose it: the document (its text is what spans index) and the contract."""
    doc = given.document(kb, settings)
    if len(doc.text) > settings.max_text_chars:
        raise LimitExceeded(
            f"the text is {len(doc.text):,} characters, above the {settings.max_text_chars:,} one diagnosis reads",
            f"文本有 {len(doc.text):,} 个字符，超过单次诊断的上限 {settings.max_text_chars:,}",
            hint_en="give the part about your skills, projects and experience",
            hint_zh="请只提供技能、项目和工作经历部分",
        )
    return doc, to_dict(kb, diagnose(doc, kb=kb, lang=given.lang))


async def in_worker(request: Request, fn: Callable[..., T], *args: Any) -> T:
    """Run CPU-bound core work off the event loop, at most ``settings.diagnose_threads`` at a time.

    One process runs Python on one core: more threads than that only contend for the GIL and
    stretch every request's latency; a few keep the loop free for other requests meanwhile.
    """
    threads: int = request.app.state.settings.diagnose_threads
    if threads <= 0:
        return fn(*args)
    limiter: anyio.CapacityLimiter | None = getattr(request.app.state, "limiter", None)
    if limiter is None:  # made on first use: a limiter belongs to the running event loop
        limiter = request.app.state.limiter = anyio.CapacityLimiter(threads)
    return await anyio.to_thread.run_sync(lambda: fn(*args), limiter=limiter)
