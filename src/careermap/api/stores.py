"""The stores a long-running front keeps open across requests (the web server's workers).

:class:`PostingsSource` reads the postings of the server's database, opened on first need and never
created; :func:`saving_store` is the one store a worker keeps for the assessments users ask to save;
:func:`check_server` tells at start-up, in one line, that a team's database server cannot be used.
The public functions (``careermap.match``, ``stats``, ``remember`` through ``diagnose``…) take these
stores as their ``db``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from careermap.store.db import Store

__all__ = ["PostingsSource", "check_server", "kept", "readable", "saving_store"]

COMPONENT = "postings"
T = TypeVar("T")


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


def kept(store: Store, key: tuple[Hashable, ...], compute: Callable[[], T]) -> T:
    """``compute()``, kept in this process for ``store`` until a write to its postings (an import, in any
    process): an answer that only changes with the postings is not computed again for every request."""
    from careermap.store.postings import cached

    return cached(store, key, compute)


def saving_store(db: str | Path | None) -> Store:
    """The one store this process keeps open for saving assessments to ``db`` (created and migrated on
    first use; a server's workers never close it). Raises :class:`~careermap.errors.StoreError`."""
    from careermap.store.assessments import open_assessments

    return open_assessments(db, keep=True)


def check_server(db: str | Path | None = None) -> None:
    """Connect once to the database server ``db`` names and raise its one-line
    :class:`~careermap.errors.StoreError` if it cannot be used; a SQLite file is not checked (nor made)."""
    from careermap.store.db import check_server as check

    check(db)
