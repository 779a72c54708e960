"""The store: an embedded SQLite file by default, any SQLAlchemy URL if asked.

Where: ``--db`` (a path or a SQLAlchemy URL), else ``$CAREERMAP_DB``, else
``careermap.db`` in the platform's user data folder (``~/.local/share/careermap`` on
Linux). SQLite runs in WAL mode with a busy timeout, and every write is one
``BEGIN IMMEDIATE`` transaction, so a second writer waits instead of failing and a crash
mid-write leaves the earlier rows as they were.

Schemas are versioned per component (``assessments``, ``postings``…): each component
registers an ordered list of migrations; :func:`migrate` applies the ones not yet recorded
in ``schema_versions``, each in its own transaction, and is safe to run twice.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from careermap.errors import StoreError

ENV_VAR = "CAREERMAP_DB"
_READ = "careermap_read_only"


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Connection], None]


# component -> its migrations, in order; modules register theirs on import
MIGRATIONS: dict[str, list[Migration]] = {}


def register(component: str, migrations: list[Migration]) -> None:
    versions = [m.version for m in migrations]
    if versions != list(range(1, len(migrations) + 1)):
        raise ValueError(f"migrations of {component} must be numbered 1..n, got {versions}")
    MIGRATIONS[component] = migrations


def default_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("careermap", appauthor=False)) / "careermap.db"


def resolve_url(db: str | Path | None = None, *, create_folder: bool = True) -> str:
    """A SQLAlchemy URL from ``db``, the environment, or the platform default."""
    value = str(db) if db else os.environ.get(ENV_VAR) or str(default_path())
    if "://" in value:
        return value
    path = Path(value).expanduser()
    if not create_folder:
        return f"sqlite:///{path}"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        blocker = next((p for p in path.parents if p.exists() and not p.is_dir()), None)
        reason_en = f"{blocker} is a file, not a folder" if blocker else exc.strerror
        reason_zh = f"{blocker} 是文件，不是目录" if blocker else exc.strerror
        raise StoreError(
            f"cannot create the folder for the database {path}: {reason_en}",
            f"无法创建数据库所在目录 {path}：{reason_zh}",
            hint_en="pass --db with a writable path, or set CAREERMAP_DB",
            hint_zh="请用 --db 指定可写路径，或设置 CAREERMAP_DB",
        ) from None
    return f"sqlite:///{path}"


class Store:
    """An open database with migrated schemas."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        try:
            self.engine: Engine = create_engine(url, future=True)
        except (SQLAlchemyError, ImportError) as exc:
            raise StoreError(
                f"cannot open database {shown(url)}: {exc}",
                f"无法打开数据库 {shown(url)}：{exc}",
                hint_en="check the --db URL and that its driver is installed",
                hint_zh="请检查 --db 地址以及对应驱动是否已安装",
            ) from None
        if self.is_sqlite:
            _sqlite_transactions(self.engine)

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction that writes; on any error nothing of it is kept."""
        try:
            with self.engine.begin() as conn:
                yield conn
        except DBAPIError as exc:
            raise _store_error(self.url, exc) from None

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for reading; on SQLite it never takes the write lock."""
        try:
            with self.engine.connect() as conn:
                conn.execution_options(**{_READ: True})
                yield conn
        except DBAPIError as exc:
            raise _store_error(self.url, exc) from None

    def close(self) -> None:
        self.engine.dispose()


def shown(url: str) -> str:
    """The URL as a message shows it: a password in it is written as ***."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return url
    return url if parsed.password is None else parsed.render_as_string(hide_password=True)


def _store_error(url: str, exc: DBAPIError) -> StoreError:
    reason = str(exc.orig).splitlines()[0] if exc.orig else str(exc).splitlines()[0]
    url = shown(url)
    if "readonly" in reason or "read-only" in reason:
        return StoreError(
            f"database {url} cannot be written: {reason}",
            f"数据库 {url} 无法写入：{reason}",
            hint_en="check the file's and its folder's permissions, or pass --db with a writable file",
            hint_zh="请检查该文件及其目录的写权限，或用 --db 指定可写的文件",
        )
    if "unable to open" in reason:
        return StoreError(
            f"database {url} cannot be opened: {reason}",
            f"数据库 {url} 无法打开：{reason}",
            hint_en="check that its folder exists and can be written, or pass --db with another path",
            hint_zh="请确认其所在目录存在且可写，或用 --db 指定其他路径",
        )
    if url.startswith("sqlite"):
        hint_en = (
            "check the file is a careermap database and not used by a crashed program; data already stored is kept"
        )
        hint_zh = "请确认这是 careermap 的数据库且未被异常程序占用；已保存的数据不会丢失"
    else:
        hint_en = "check that the database server is running and the --db URL (host, port, name, user) is right"
        hint_zh = "请确认数据库服务已启动，且 --db 地址（主机、端口、库名、用户）正确"
    return StoreError(
        f"database {url} failed: {reason}", f"数据库 {url} 出错：{reason}", hint_en=hint_en, hint_zh=hint_zh
    )


def _sqlite_transactions(engine: Engine) -> None:
    """Take transaction control from pysqlite so writes start with BEGIN IMMEDIATE."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout = 30000")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):  # type: ignore[no-untyped-def]
        # a reader starts a deferred transaction (WAL: it never waits for a writer)
        conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(_READ) else "BEGIN IMMEDIATE")


def applied(store: Store) -> dict[str, int]:
    """The newest schema version recorded per component ({} for a new database).

    A file that is not a database (or cannot be read) raises :class:`StoreError`: it is never
    taken for an empty store."""
    try:
        with store.engine.connect() as conn:
            conn.execution_options(**{_READ: True})
            if not inspect(conn).has_table("schema_versions"):
                return {}
            rows = conn.execute(text("SELECT component, MAX(version) FROM schema_versions GROUP BY component")).all()
    except DBAPIError as exc:
        raise _store_error(store.url, exc) from None
    return {c: int(v) for c, v in rows}


def migrate(store: Store, components: list[str] | None = None) -> dict[str, int]:
    """Bring each component's schema to its newest version; returns the versions.

    An up-to-date database is only read (no write lock is taken), so opening the store
    costs one query. Each pending migration runs in its own write transaction and is
    re-checked inside it, so two processes migrating at once apply it exactly once.
    """
    wanted = components or sorted(MIGRATIONS)
    current = applied(store)
    if all(current.get(c, 0) >= len(MIGRATIONS[c]) for c in wanted):
        return {c: len(MIGRATIONS[c]) for c in wanted}
    with store.write() as conn:
        conn.execute(
            text(
                "CREATE TABLE IF NOT EXISTS schema_versions ("
                " component TEXT NOT NULL, version INTEGER NOT NULL, description TEXT NOT NULL,"
                " applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP, PRIMARY KEY (component, version))"
            )
        )
    out: dict[str, int] = {}
    for component in wanted:
        for m in MIGRATIONS[component]:
            with store.write() as conn:
                done = conn.execute(
                    text("SELECT 1 FROM schema_versions WHERE component = :c AND version = :v"),
                    {"c": component, "v": m.version},
                ).first()
                if done:
                    continue
                m.apply(conn)
                conn.execute(
                    text("INSERT INTO schema_versions (component, version, description) VALUES (:c, :v, :d)"),
                    {"c": component, "v": m.version, "d": m.description},
                )
        out[component] = len(MIGRATIONS[component])
    return out


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL (None for other databases or an in-memory one)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if not parsed.drivername.startswith("sqlite") or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _not_a_database(path: Path, what_en: str, what_zh: str) -> StoreError:
    return StoreError(
        f"the database {path} is {what_en}, not a database file",
        f"数据库 {path} 是{what_zh}，不是数据库文件",
        hint_en="pass --db with the path of a database file (it is created if it does not exist)",
        hint_zh="请用 --db 指定数据库文件的路径（不存在时会自动创建）",
    )


def check_file(url: str) -> Path | None:
    """The SQLite file behind ``url`` when it exists and is a regular file; None when there is none
    (or the URL is not a SQLite file). A folder, device or pipe in its place is a :class:`StoreError`."""
    file = sqlite_file(url)
    if file is None:
        return None
    try:
        info = file.stat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(
            f"cannot open the database {file}: {exc.strerror}",
            f"无法打开数据库 {file}：{exc.strerror}",
            hint_en="pass --db with a readable path, or set CAREERMAP_DB",
            hint_zh="请用 --db 指定可读取的路径，或设置 CAREERMAP_DB",
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise _not_a_database(file, "a folder", "文件夹")
    if not stat.S_ISREG(info.st_mode):
        raise _not_a_database(file, "a device or a pipe", "设备或管道")
    return file


def open_store(db: str | Path | None = None, *, components: list[str] | None = None, create: bool = True) -> Store:
    """Open (creating if needed) and migrate the store at ``db``.

    With ``create=False`` (the commands that only read) a SQLite file that does not exist is never
    made: the answer is an empty store in memory, so the same queries give empty results."""
    url = resolve_url(db, create_folder=create)
    if check_file(url) is None and sqlite_file(url) is not None and not create:
        url = "sqlite://"
    store = Store(url)
    try:
        migrate(store, components)
    except BaseException:
        store.close()
        raise
    return store
