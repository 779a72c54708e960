"""The same checks on either back end: a SQLite file path or a PostgreSQL URL from the ``store_db`` fixture."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

from careermap.store.db import resolve_url, sqlite_file


def query(db: str | Path, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    """Rows of ``sql`` read straight from the database, past careermap's own code."""
    engine = create_engine(resolve_url(db, create_folder=False))
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql), params)]
    finally:
        engine.dispose()


def is_sqlite(db: str | Path) -> bool:
    return sqlite_file(resolve_url(db, create_folder=False)) is not None


def intact(db: str | Path) -> bool:
    """SQLite's own integrity check on a file (a PostgreSQL server keeps its pages itself)."""
    file = sqlite_file(resolve_url(db, create_folder=False))
    if file is None:
        return True
    with sqlite3.connect(file) as conn:
        return bool(conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
