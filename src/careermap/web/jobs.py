"""The job market over the store the server was started with, for the API and the page.

The same public functions as ``careermap jobs match|stats|classify`` (:mod:`careermap.api.market`),
so the page, the API and the CLI show the same numbers.

The store (:class:`~careermap.api.stores.PostingsSource`) is opened on first need and never
created: a server that only reads postings does not write a database the user did not ask for
(saving an assessment, when ticked, is what creates it). No database, or one without postings,
answers as an empty store.
"""

from __future__ import annotations

from typing import Any

import careermap
from careermap.api.stores import PostingsSource, kept, readable
from careermap.errors import StoreError
from careermap.knowledge.loader import Knowledge
from careermap.report.models.diagnosis import Diagnosis
from careermap.report.models.jobs import Classification, Matches, Stats
from careermap.web.calls import diagnosis, document
from careermap.web.inputs import Given
from careermap.web.settings import WebSettings


def match(given: Given, kb: Knowledge, settings: WebSettings, source: PostingsSource, **options: Any) -> Matches:
    """Read what was given (text or file, as for a diagnosis) and rank the stored postings for it."""
    doc = document(given, kb, settings)
    with readable(source) as store:
        return careermap.match(doc, lang=given.lang, kb=kb, db=store, **options)


def stats(kb: Knowledge, source: PostingsSource, **options: Any) -> Stats:
    """``careermap jobs stats --format json`` over the server's store (``message``: why it counts nothing)."""
    with readable(source) as store:
        return careermap.stats(kb=kb, db=store, **options)


def stats_json(kb: Knowledge, source: PostingsSource, **options: Any) -> bytes:
    """:func:`stats` as the JSON the route answers (the bytes FastAPI makes of the model), kept until a
    write to the postings (an import, in any process) as the stats themselves are: the same answer is
    not copied, validated and serialised again for every request."""
    with readable(source) as store:
        key = ("stats json", kb.version, *sorted(options.items()))
        return kept(store, key, lambda: careermap.stats(kb=kb, db=store, **options).model_dump_json().encode())


def classify(kb: Knowledge, settings: WebSettings, **options: Any) -> Classification:
    """One posting → the DESIGN.md classify object, as one line of ``careermap jobs classify --format jsonl``."""
    return careermap.classify_posting(kb=kb, semantic=settings.semantic, max_chars=settings.max_text_chars, **options)


def page_section(result: Diagnosis, kb: Knowledge, source: PostingsSource) -> Matches | None:
    """The page's "matching postings" section: the postings ``careermap jobs match --top 10`` lists for
    the person just diagnosed (their skills are not read again), and the store's demand by direction.
    None when there is nothing to show it for: no text (answers alone) or no postings stored."""
    if not (result.text or "").strip():
        return None
    store = source.store()
    if store is None:
        return None
    found = careermap.match(result, top=10, kb=kb, db=store)
    return found if found.stored else None


def page_outcome(
    given: Given, kb: Knowledge, settings: WebSettings, source: PostingsSource
) -> tuple[Diagnosis, Matches | None, StoreError | None]:
    """What the page shows for a submitted form, computed in one go (one wait for a worker thread, not
    two): the diagnosis with its route, then the matching postings (:func:`page_section`). A store that
    fails there does not lose the diagnosis: its error comes back beside it."""
    out = diagnosis(given, kb, settings, route=True)
    try:
        return out, page_section(out, kb, source), None
    except StoreError as exc:
        return out, None, exc
