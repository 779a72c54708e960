"""The history service: assessments kept over time, for every front.

``careermap diagnose`` and ``plan`` (and the page, when the user ticks "save") store what they
assessed through :func:`remember`; ``careermap history`` and ``diff`` read it back through
:func:`history` and :func:`diff`. A stored assessment holds scores, skill levels and a fingerprint
of the (redacted) text, never the text. Reading never creates a database that is not there.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from careermap.api.common import KbArg, knowledge_of, lang_of

if TYPE_CHECKING:  # the store (SQLAlchemy) loads when something is stored or read, not before
    from careermap.knowledge.loader import Knowledge
    from careermap.plan.models import Plan
    from careermap.report.models.history import History, Progress
    from careermap.score.models import Assessment
    from careermap.store.db import Store

DbArg = str | os.PathLike[str] | None
"""A database: a file, a SQLAlchemy URL, or None for ``$CAREERMAP_DB``, else the user data folder."""


def remember(kb: Knowledge, a: Assessment, *, plan: Plan | None = None, db: DbArg = None) -> int:
    """Store ``a`` (and the route ``plan``, with every role's hours at this point); returns its id.

    Raises :class:`~careermap.errors.StoreError` when the database cannot be opened or written.
    """
    from careermap.plan.roadmap import efforts
    from careermap.store.assessments import open_assessments, record_of, save

    hpw = plan.hours_per_week if plan else None
    record = record_of(kb, a, plan=plan, efforts=efforts(kb, a, hours_per_week=hpw))
    store = open_assessments(_path(db))
    try:
        stored = save(store, record).id
    finally:
        store.close()
    assert stored is not None
    return stored


def _path(db: DbArg) -> str | None:
    return os.fspath(db) if db is not None else None


def exists(db: DbArg = None) -> bool:
    """Whether the database is there to read (a server database always counts as there)."""
    from careermap.store.db import resolve_url, sqlite_file

    file = sqlite_file(resolve_url(_path(db), create_folder=False))
    return file is None or file.exists()


def _open(db: DbArg) -> Store:
    from careermap.store.assessments import open_assessments

    return open_assessments(_path(db))


def history(*, limit: int = 20, lang: str | None = None, kb: KbArg = None, db: DbArg = None) -> History:
    """Stored assessments, newest first (none when there is no database yet).

    ``lang``: the language of the names (default: that of the newest assessment, else ``$LANG``'s).
    """
    from careermap.report.plan_history import history as build
    from careermap.store import assessments

    k = knowledge_of(kb)
    records = []
    if exists(db):
        store = _open(db)
        try:
            records = assessments.history(store, limit=limit)
        finally:
            store.close()
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
    store = _open(db)
    try:
        found = compare(store, old, new)
    finally:
        store.close()
    return progress(k, found, lang_of(lang, found.newer.lang))
