"""The job market over the store the server was started with, for the API and the page.

The same public functions as ``careermap jobs match|stats|classify`` (:mod:`careermap.api.market`),
so the page, the API and the CLI show the same numbers.

The store is opened on first need and never created: a server that only reads postings does
not write a database the user did not ask for (saving an assessment, when ticked, is what
creates it). No database, or one without postings, answers as an empty store.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import careermap
from careermap.errors import StoreError
from careermap.knowledge.loader import Knowledge
from careermap.report.models.diagnosis import Diagnosis
from careermap.report.models.jobs import Classification, Matches, Stats
from careermap.store.db import Store
from careermap.web.calls import diagnosis, document
from careermap.web.inputs import Given
from careermap.web.settings import WebSettings

COMPONENT = "postings"


class PostingsSource:
    """The postings of the server's database (``--db``, else ``$CAREERMAP_DB``, else the user's file).

    :meth:`store` is None while the database file does not exist or holds no postings tables;
    it is looked for again at each call, so postings imported while the server runs are seen.
    Once found, the open store is kept (one engine, a pool of connections, for every request).
    """

    def __init__(self, db: str | None) -> None:
        self.db = db
        self._store: Store | None = None
        self._ready = False
        self._lock = threading.Lock()

    def store(self) -> Store | None:
        import careermap.store.postings  # noqa: F401  (registers the component)
        from careermap.store.db import Store, applied, migrate, resolve_url, sqlite_file

        if self._ready:
            return self._store
        with self._lock:
            if self._store is None:
                url = resolve_url(self.db, create_folder=False)
                file = sqlite_file(url)
                if file is not None and not file.is_file():
                    return None
                self._store = Store(url)
            if COMPONENT not in applied(self._store):
                return None
            migrate(self._store, [COMPONENT])  # a newer schema than the file has; no-op when current
            self._ready = True
            return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store, self._ready = None, False


@contextmanager
def readable(source: PostingsSource) -> Iterator[Store]:
    """The server's postings store, or an empty one in memory when there is none yet, so an empty
    store answers through the same core functions (an empty list, zero counts) as a full one.
    The in-memory store lives on this thread's one connection: use it within one call."""
    from careermap.store.db import open_store

    found = source.store()
    if found is not None:
        yield found
        return
    empty = open_store("sqlite://", components=[COMPONENT])
    try:
        yield empty
    finally:
        empty.close()


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
    from careermap.store.postings import cached

    with readable(source) as store:
        key = ("stats json", kb.version, *sorted(options.items()))
        return cached(store, key, lambda: careermap.stats(kb=kb, db=store, **options).model_dump_json().encode())


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
