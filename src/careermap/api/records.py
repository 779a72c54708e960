"""The history service: assessments kept over time, for every front.

``careermap diagnose`` and ``plan`` (and the page, when the user ticks "save") store what they
assessed through :func:`remember`; ``careermap history`` and ``diff`` read it back through
:func:`history` and :func:`diff`. A stored assessment holds scores, skill levels and a fingerprint
of the (redacted) text, never the text. Reading never creates a database that is not there.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeAlias, TypeGuard

from careermap.api.common import KbArg, knowledge_of, lang_of

if TYPE_CHECKING:  # the store (SQLAlchemy) loads when something is stored or read, not before
    from careermap.knowledge.loader import Knowledge
    from careermap.planning.models import Plan
    from careermap.report.models.history import History, Progress
    from careermap.score.models import Assessment
    from careermap.store.db import Store

DbArg: TypeAlias = "str | os.PathLike[str] | Store | None"
"""A database: a file, a SQLAlchemy URL, or None for ``$CAREERMAP_DB``, else the user data folder;
or an open :class:`~careermap.store.db.Store` (a server worker keeps one), used and left open."""


def remember(kb: Knowledge, a: Assessment, *, plan: Plan | None = None, db: DbArg = None) -> int:
    """Store ``a`` (and the route ``plan``, with every role's hours at this point); returns its id.

    Raises :class:`~careermap.errors.StoreError` when the database cannot be opened or written.
    """
    from careermap.planning.roadmap import efforts
    from careermap.store.assessments import record_of, save, save_quick

    hpw = plan.hours_per_week if plan else None
    record = record_of(kb, a, plan=plan, efforts=efforts(kb, a, hours_per_week=hpw))
    saved = None if _given(db) else save_quick(_path(db), record)  # an existing SQLite file: no SQLAlchemy
    if saved is None:
        with _opened(db) as store:
            saved = save(store, record)
    assert saved.id is not None
    return saved.id


def _given(db: DbArg) -> TypeGuard[Store]:
    from careermap.store.db import Store

    return isinstance(db, Store)


def _path(db: DbArg) -> str | None:
    assert not _given(db), "an open store has no path"
    return os.fspath(db) if db is not None else None  # type: ignore[arg-type]


def exists(db: DbArg = None) -> bool:
    """Whether the database is there to read (a server database always counts as there)."""
    from careermap.store.db import resolve_url, sqlite_file

    if _given(db):
        return True
    file = sqlite_file(resolve_url(_path(db), create_folder=False))
    return file is None or file.exists()


@contextmanager
def _opened(db: DbArg) -> Iterator[Store]:
    """The store ``db`` names, open for one call (a given ``Store`` is used and left open)."""
    if _given(db):
        yield db
        return
    from careermap.store.assessments import open_assessments

    store = open_assessments(_path(db))
    try:
        yield store
    finally:
        store.close()


def history(*, limit: int = 20, lang: str | None = None, kb: KbArg = None, db: DbArg = None) -> History:
    """Stored assessments, newest first (none when there is no database yet).

    ``lang``: the language of the names (default: that of the newest assessment, else ``$LANG``'s).
    """
    from careermap.report.plan_history import history as build
    from careermap.store import assessments

    k = knowledge_of(kb)
    records = []
    if exists(db):
        with _opened(db) as store:
            records = assessments.history(store, limit=limit)
    return build(k, records, lang_of(lang, records[0].lang if records else None))


def diff(
    old: int | None = None, new: int | None = None, *, lang: str | None = None, kb: KbArg = None, db: DbArg = None
) -> Progress:
    """What changed between two stored assessments: skills, fit and readiness, hours left on the routes.

    Default: the newest against the latest earlier one that differs in input or knowledge base.
    Raises :class:`~careermap.errors.NotFound` when there is nothing (or only one) to compare.
    """
    from careermap.report.plan_history import progress
    from careermap.store.progress import compare, nothing_stored

    k = knowledge_of(kb)
    if not exists(db):
        raise nothing_stored()
    with _opened(db) as store:
        found = compare(store, old, new)
    return progress(k, found, lang_of(lang, found.newer.lang))
