"""``careermap.classify``, ``import_postings``, ``list_postings``, ``stats``, ``match`` and ``dups``:
the job market, read by the same engine as a person, in a store of postings.

``db`` is a database file or SQLAlchemy URL (created and migrated when missing; default
``$CAREERMAP_DB``, else the user data folder), or an open :class:`~careermap.store.db.Store` (a
server keeps one open). ``direction`` filters take 1-6, an id, or ``"none"`` (postings that are not
large-model roles). Names come in ``lang`` (default: ``$LANG``'s language).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import astuple
from typing import TYPE_CHECKING

from careermap.api.common import KbArg, Source, knowledge_of, lang_of, read
from careermap.errors import EmptyInput
from careermap.ingest.limits import DEFAULT, Limits
from careermap.knowledge.loader import Knowledge
from careermap.report.models import jobs as m
from careermap.report.models.diagnosis import Diagnosis
from careermap.store.db import Store

if TYPE_CHECKING:
    from careermap.extract.semantic import Encoder
    from careermap.jobs.models import CountRow
    from careermap.store.postings import Filters

DbArg = str | os.PathLike[str] | Store | None
MappingArg = Mapping[str, str] | Iterable[str] | None
"""Other column names: ``{"body": "description"}``, or ``["body=description"]`` as ``--map`` gives them."""

__all__ = ["classify", "classify_posting", "dups", "import_postings", "list_postings", "match", "stats"]


@contextmanager
def _opened(db: DbArg, *, create: bool = False) -> Iterator[Store]:
    """The postings store ``db`` names, open for one call (a given ``Store`` stays open). Only an
    import (``create``) makes a database file; reading one that is not there reads an empty store."""
    if isinstance(db, Store):
        yield db
        return
    import careermap.store.postings  # noqa: F401  (registers the component)
    from careermap.store.db import open_store

    store = open_store(os.fspath(db) if db is not None else None, components=["postings"], create=create)
    try:
        yield store
    finally:
        store.close()


def column_mapping(mapping: MappingArg) -> dict[str, str]:
    """``--map`` given as ``field=column`` strings (or a mapping already) → field → column."""
    if mapping is None:
        return {}
    if isinstance(mapping, Mapping):
        return dict(mapping)
    from careermap.jobs.reader import parse_mapping

    return parse_mapping(list(mapping))


def _encoder(semantic: bool) -> Encoder | None:
    if not semantic:
        return None
    from careermap.extract.semantic import default_encoder

    return default_encoder()


def stats_filters(kb: Knowledge, direction: str | int | None, **kw: object) -> Filters:
    """The filters of ``jobs stats|list`` and ``/api/jobs``: ``direction`` 1-6, an id or 'none'; city, since…"""
    from careermap.store.corpus import filters

    return filters(kb, None if direction is None else str(direction), **kw)


def classify(
    source: str | os.PathLike[str],
    *,
    mapping: MappingArg = None,
    use_title: bool = True,
    semantic: bool = False,
    lang: str | None = None,
    kb: KbArg = None,
    progress: Callable[[int, int], None] | None = None,
) -> m.Classified:
    """Every posting of a file (``.jsonl``/``.json``/``.csv``/``.tsv``, a folder of ``.txt``/``.md``/``.html``,
    or ``"-"``), in input order: its direction (1-6, or null: not a large-model role), role, confidence
    and evidence, or why its row could not be read. Nothing is stored.

    ``use_title=False`` classifies from the body alone; ``lang``: the names' language (default: each
    posting's own; a row's problem is in ``$LANG``'s language then). ``progress(done, total)`` is
    called every few hundred postings.
    """
    from careermap.jobs.classify import classify_file
    from careermap.report.jobs import classified

    k = knowledge_of(kb)
    items, encoding = classify_file(
        os.fspath(source),
        kb=k,
        mapping=column_mapping(mapping),
        use_title=use_title,
        encoder=_encoder(semantic),
        progress=progress,
    )
    wanted = lang if lang in ("zh", "en") else None
    return classified(k, items, source=str(source), encoding=encoding, lang=wanted, problem_lang=lang_of(lang))


def classify_posting(
    body: str,
    *,
    title: str | None = None,
    id: str | None = None,
    lang: str | None = None,
    semantic: bool = False,
    max_chars: int = DEFAULT.max_chars,
    kb: KbArg = None,
) -> m.Classification:
    """One posting (its ``body``, and ``title`` when there is one: it weighs in when given), as one line
    of ``careermap jobs classify --format jsonl``; ``id`` is given back as is (default ``-``).

    >>> import careermap
    >>> c = careermap.classify_posting("负责 vLLM 推理服务的性能优化，熟悉 CUDA 与 TensorRT。", title="推理工程师")
    >>> c.direction, c.role
    (3, 'inference.engine')
    """
    from careermap.ingest.limits import check_chars
    from careermap.jobs.classify import classify_posting as classify_one
    from careermap.jobs.models import Posting
    from careermap.report.jobs import classification

    body, heading = body.strip(), (title or "").strip()
    if not body:
        raise EmptyInput(
            "the posting body is empty",
            "岗位正文（body）为空",
            hint_en='send {"body": "..."} with the text of the posting, and "title" if you have it',
            hint_zh='请发送 {"body": "..."}（岗位正文），有标题可加上 "title"',
        )
    check_chars(body, max_chars)
    k = knowledge_of(kb)
    posting = Posting(id=id or "-", title=heading, body=body)
    c = classify_one(posting, k, use_title=bool(heading), encoder=_encoder(semantic))
    return classification(k, c, lang=lang if lang in ("zh", "en") else None)


def import_postings(
    source: str | os.PathLike[str],
    *,
    db: DbArg = None,
    mapping: MappingArg = None,
    semantic: bool = False,
    lang: str | None = None,
    kb: KbArg = None,
    progress: Callable[[int, int], None] | None = None,
) -> m.ImportReport:
    """Import a postings file or folder into ``db``: each new or changed posting classified and checked
    for near-duplicates; bad rows are listed by row number and the rest imported. Safe to run twice."""
    from careermap.report.jobs import import_report
    from careermap.store.corpus import import_postings as run

    k = knowledge_of(kb)
    with _opened(db, create=True) as store:
        result = run(
            os.fspath(source),
            store=store,
            kb=k,
            mapping=column_mapping(mapping),
            progress=progress,
            encoder=_encoder(semantic),
        )
    return import_report(result, lang_of(lang))


def list_postings(
    *,
    direction: str | int | None = None,
    role: str | None = None,
    city: str | None = None,
    company: str | None = None,
    query: str | None = None,
    limit: int = 20,
    offset: int = 0,
    include_duplicates: bool = False,
    lang: str | None = None,
    kb: KbArg = None,
    db: DbArg = None,
) -> m.PostingList:
    """Stored postings, newest first, and how many match in all (``query``: in the title or body;
    ``city``, ``company``: contain the text)."""
    from careermap.report.jobs import posting_list
    from careermap.store.corpus import list_postings as rows_of

    k = knowledge_of(kb)
    f = stats_filters(
        k, direction, role=role, city=city, company=company, query=query, include_duplicates=include_duplicates
    )
    with _opened(db) as store:
        total, rows = rows_of(store, filters=f, limit=limit, offset=offset)
    return posting_list(k, total, rows, lang_of(lang))


def stats(
    *,
    direction: str | int | None = None,
    city: str | None = None,
    since: str | None = None,
    top: int = 10,
    lang: str | None = None,
    kb: KbArg = None,
    db: DbArg = None,
) -> m.Stats:
    """Demand in the stored postings: by direction and role, the skills each direction asks for most
    (``top`` each), salary bands, the trend by month (``since``: ``YYYY-MM``). Reposts count once;
    ``message`` says why nothing is counted."""
    from careermap.i18n import t
    from careermap.report.jobs import stats as build
    from careermap.store.demand import demand_stats

    k, lg = knowledge_of(kb), lang_of(lang)
    f = stats_filters(k, direction, city=city, since=since)

    def compute(store: Store) -> m.Stats:
        message = None
        s = demand_stats(store, kb=k, filters=f, top=top)
        if not s.total:
            stored = _demand(store)[0]
            message = t("web_jobs_filtered_out", lg).format(n=stored) if stored else t("web_jobs_none_stored", lg)
        return build(k, s, lg, message=message)

    from careermap.store.postings import cached

    with _opened(db) as store:  # kept in this process until an import (in any process) changes the postings
        return cached(store, ("stats", k.version, lg, astuple(f), top), lambda: compute(store)).model_copy(deep=True)


def _demand(store: Store) -> tuple[int, list[CountRow]]:
    """Postings stored (reposts once) and how many each direction has: one GROUP BY, kept until an
    import changes the postings (every match and every page asks for it)."""
    from careermap.store.demand import direction_demand
    from careermap.store.postings import cached

    distinct, rows = cached(store, ("direction_demand",), lambda: direction_demand(store))
    return distinct, list(rows)  # a copy: the kept list stays as it was


def match(
    person: Source | Diagnosis,
    *,
    top: int = 10,
    direction: str | int | None = None,
    city: str | None = None,
    include_non_llm: bool = False,
    lang: str | None = None,
    kb: KbArg = None,
    db: DbArg = None,
    limits: Limits | None = None,
    keep_pii: bool = False,
) -> m.Matches:
    """The stored postings ranked for a person, best first, each with the skills the person has and
    the ones it still asks for.

    ``person``: a background (read as for :func:`careermap.diagnose`), or a diagnosis already made
    (its skills are used, nothing is read again). Only large-model roles unless ``include_non_llm``.
    ``lang``: the names' language (default: the person's). ``demand`` counts the store's postings
    by direction; ``message`` says why the list is empty.
    """
    from careermap.report.jobs import matches
    from careermap.store.matching import match_strengths

    k = knowledge_of(kb)
    if isinstance(person, Diagnosis):
        have = {s.id: s.strength for s in person.skills if s.strength > 0}
        years, degree, own = person.years, person.degree, str(person.lang)
    else:
        from careermap.extract.evidence import extract

        doc = read(person, k, limits=limits, keep_pii=keep_pii)
        ev = extract(doc, k)
        have = {sid: se.strength for sid, se in ev.skills.items() if se.strength > 0}
        years, degree, own = ev.years, ev.degree, doc.lang
    lg = lang_of(lang, own)
    f = stats_filters(k, direction, city=city, large_model_only=not include_non_llm)
    with _opened(db) as store:
        stored, demand = _demand(store)
        found = (
            match_strengths(have, years=years, degree=degree, store=store, kb=k, top=top, filters=f) if stored else []
        )
    return matches(k, found, lg, stored=stored, demand=demand)


def dups(*, db: DbArg = None) -> m.Duplicates:
    """Near-duplicate clusters in the store: each kept posting and its reposts."""
    from careermap.report.jobs import duplicates
    from careermap.store.corpus import clusters

    with _opened(db) as store:
        return duplicates(clusters(store))
