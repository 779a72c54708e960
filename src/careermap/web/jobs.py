"""The jobs calls the API and the page share, over the store the server was started with.

The same core functions as ``careermap jobs match|stats|classify`` and the same renderers
(:mod:`careermap.report.jobs`), so the page, the API and the CLI show the same numbers.

The store is opened on first need and never created: a server that only reads postings does
not write a database the user did not ask for (saving an assessment, when ticked, is what
creates it). No database, or one without postings, answers as an empty store.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import astuple, dataclass
from typing import Any

from careermap.api import encoder
from careermap.errors import EmptyInput, StoreError
from careermap.extract.models import Evidence
from careermap.i18n import t
from careermap.ingest.document import Document
from careermap.ingest.limits import check_chars
from careermap.jobs.models import CountRow
from careermap.knowledge.loader import Knowledge
from careermap.store.db import Store
from careermap.store.postings import Filters, cached
from careermap.web.calls import Outcome, diagnosis, document
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


def stored_count(store: Store) -> int:
    """Postings stored, reposts counted once."""
    return demand(store)[0]


def demand(store: Store) -> tuple[int, list[CountRow]]:
    """Postings stored (reposts once) and how many each direction has: one GROUP BY, kept until an
    import changes the postings (every match and every page asks for it)."""
    from careermap.jobs.stats import direction_demand

    return cached(store, ("direction_demand",), lambda: direction_demand(store))


# ---------------------------------------------------------------- match


@dataclass(slots=True)
class Matched:
    """Stored postings ranked for one person: ``careermap jobs match --format json`` and a message
    when the list is empty (nothing stored, or nothing the person meets at all)."""

    lang: str
    stored: int
    postings: list[dict[str, Any]]
    message: str | None


def match(given: Given, kb: Knowledge, settings: WebSettings, source: PostingsSource, **options: Any) -> Matched:
    """Read what was given (text or file, as for a diagnosis) and rank the stored postings for it."""
    doc = document(given, kb, settings)
    return match_document(doc, given.lang or doc.lang, kb, source, **options)


def match_document(
    doc: Document, lang: str, kb: Knowledge, source: PostingsSource, *, top: int = 10, filters: Filters | None = None
) -> Matched:
    with readable(source) as store:
        return _match(store, doc, lang, kb, top=top, filters=filters, stored=stored_count(store))


def _match(
    store: Store,
    doc: Document,
    lang: str,
    kb: Knowledge,
    *,
    top: int,
    filters: Filters | None,
    stored: int,
    evidence: Evidence | None = None,
) -> Matched:
    from careermap.jobs.match import match_person
    from careermap.report.jobs import match_dict

    if not stored:
        return Matched(lang, 0, [], t("web_jobs_none_stored", lang))
    found = match_person(doc, store=store, kb=kb, top=top, filters=filters, evidence=evidence)
    message = None if found else t("web_jobs_no_match", lang).format(n=stored)
    return Matched(lang, stored, [match_dict(kb, m, lang) for m in found], message)


# ---------------------------------------------------------------- stats


def stats(kb: Knowledge, source: PostingsSource, *, lang: str, filters: Filters, top: int = 10) -> dict[str, Any]:
    """``careermap jobs stats --format json``, plus ``message`` when it counts nothing."""
    from careermap.jobs.stats import demand_stats
    from careermap.report.jobs import stats_dict

    def compute(store: Store) -> dict[str, Any]:
        message = None
        s = demand_stats(store, kb=kb, filters=filters, top=top)
        if not s.total:
            stored = stored_count(store)
            message = t("web_jobs_filtered_out", lang).format(n=stored) if stored else t("web_jobs_none_stored", lang)
        return {**stats_dict(kb, s, lang), "message": message}

    with readable(source) as store:  # computed once per import: the same answer until the postings change
        return cached(store, ("stats", kb.version, lang, astuple(filters), top), lambda: compute(store))


# ---------------------------------------------------------------- classify


def classify(
    kb: Knowledge, settings: WebSettings, *, body: str, title: str | None, posting_id: str | None, lang: str | None
) -> dict[str, Any]:
    """One posting (body, optional title) → the DESIGN.md classify object, as one line of
    ``careermap jobs classify --format jsonl`` gives it."""
    from careermap.jobs.corpus import classify_posting
    from careermap.jobs.models import Posting
    from careermap.report.jobs import classification_dict

    body, title = body.strip(), (title or "").strip()
    if not body:
        raise EmptyInput(
            "the posting body is empty",
            "岗位正文（body）为空",
            hint_en='send {"body": "..."} with the text of the posting, and "title" if you have it',
            hint_zh='请发送 {"body": "..."}（岗位正文），有标题可加上 "title"',
        )
    check_chars(body, settings.max_text_chars)
    posting = Posting(id=posting_id or "-", title=title, body=body)
    c = classify_posting(posting, kb, use_title=bool(title), encoder=encoder() if settings.semantic else None)
    return classification_dict(kb, c, lang=lang)


# ---------------------------------------------------------------- the page


@dataclass(slots=True)
class JobsView:
    """The page's "matching postings" section: the best postings for the person, and the demand
    by direction in the whole store (its shares, reposts counted once)."""

    matched: Matched
    demand: list[dict[str, Any]]
    distinct: int


def page_outcome(
    given: Given, kb: Knowledge, settings: WebSettings, source: PostingsSource
) -> tuple[Outcome, JobsView | None, StoreError | None]:
    """What the page shows for a submitted form, computed in one go (one wait for a worker thread, not
    two): the diagnosis with its route, then the matching postings (:func:`page_section`). A store that
    fails there does not lose the diagnosis: its error comes back beside it."""
    out = diagnosis(given, kb, settings, route=True)
    try:
        return out, page_section(out.doc, out.data["lang"], kb, source, out.evidence), None
    except StoreError as exc:
        return out, None, exc


def page_section(
    doc: Document | None, lang: str, kb: Knowledge, source: PostingsSource, evidence: Evidence | None = None
) -> JobsView | None:
    """The section, or None when there is nothing to show it for: no text (answers alone) or no
    postings stored. The postings are those ``careermap jobs match --top 10`` lists; the demand is
    one GROUP BY over the store (not the whole of ``jobs stats``: this runs on every diagnosis).
    ``evidence``: what the diagnosis already read from ``doc``, so the text is not read twice."""
    from careermap.report.jobs import direction_rows

    if doc is None or not doc.text.strip():
        return None
    store = source.store()
    if store is None:
        return None
    distinct, rows = demand(store)
    rows = list(rows)  # sorted below: the kept list stays as it was
    if not distinct:
        return None
    only_llm = Filters(large_model_only=True)
    matched = _match(store, doc, lang, kb, top=10, filters=only_llm, stored=distinct, evidence=evidence)
    rows.sort(key=lambda r: (r.key is None, -r.count, r.key or 0))  # not a large-model role: last
    return JobsView(matched, direction_rows(kb, rows, lang), distinct)
