"""The store: an embedded SQLite file by default, PostgreSQL for a team, through the same code.

Where: ``--db`` (a path or a SQLAlchemy URL), else ``$CAREERMAP_DB``, else
``careermap.db`` in the platform's user data folder (``~/.local/share/careermap`` on
Linux). SQLite runs in WAL mode with a busy timeout, and every write is one
``BEGIN IMMEDIATE`` transaction, so a second writer waits instead of failing and a crash
mid-write leaves the earlier rows as they were.

PostgreSQL (``postgresql://user:password@host/db``, with ``pip install 'careermap[postgres]'``)
is driven by psycopg 3; a ``postgresql://`` or ``postgres://`` URL is read as
``postgresql+psycopg://``. Each process keeps one pool of connections per store. Every write
is one transaction there too; a server that is down, a login refused or a database that does
not exist is one coded line (:class:`StoreUnreachable`, :class:`StoreLoginRefused`,
:class:`StoreMissing`), with the password never shown.

Schemas are versioned per component (``assessments``, ``postings``…): each component
registers an ordered list of migrations; :func:`migrate` applies the ones not yet recorded
in ``schema_versions``, each in its own transaction, and is safe to run twice, also from
several processes at once (SQLite's write lock, PostgreSQL's advisory lock serialise them).

SQLAlchemy (~0.2 s to import) loads when a store is opened through it. A command that only adds
rows to an existing, up-to-date SQLite file may write them through :func:`quick_sqlite` (the
standard library's driver, set up as the engine's connections are) and fall back to
:func:`open_store` for anything else.
"""

from __future__ import annotations

import os
import re
import stat
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast
from urllib.parse import unquote

from careermap.errors import MissingDependency, StoreError, StoreLoginRefused, StoreMissing, StoreUnreachable

ENV_VAR = "CAREERMAP_DB"
_READ = "careermap_read_only"
# pg_advisory_xact_lock key that serialises migrations across processes (any fixed 64-bit number)
_MIGRATION_LOCK = 0x636D6170_6D696772  # "cmap" "migr"
POSTGRES_EXTRA = "pip install 'careermap[postgres]'"
MEMO_SIZE = 64  # values a store keeps computed (Store.cached)
T = TypeVar("T")
_APPLIED = "SELECT component, MAX(version) FROM schema_versions GROUP BY component"

if TYPE_CHECKING:
    import sqlite3

    from sqlalchemy import Connection, Engine
    from sqlalchemy.engine import URL
    from sqlalchemy.exc import DBAPIError


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


def _named(db: str | Path | None) -> str:
    """What ``db`` names: itself, else ``$CAREERMAP_DB``, else the platform default (a path or a URL)."""
    return str(db) if db else os.environ.get(ENV_VAR) or str(default_path())


def resolve_url(db: str | Path | None = None, *, create_folder: bool = True) -> str:
    """A SQLAlchemy URL from ``db``, the environment, or the platform default."""
    value = _named(db)
    if "://" in value:
        scheme, rest = value.split("://", 1)
        # the libpq form people copy (postgresql://, postgres://) runs on psycopg 3, our extra's driver
        return f"postgresql+psycopg://{rest}" if scheme in ("postgresql", "postgres") else value
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


def shown(url: str) -> str:
    """``url`` as it may be printed: the password replaced by ``***``, the rest as the user wrote it."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return unquote(make_url(url).render_as_string(hide_password=True))
    except ArgumentError:
        return url


class Store:
    """An open database with migrated schemas; one engine (a pool of connections) per store."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError, SQLAlchemyError

        self.url = url
        self.shown = shown(url)
        try:
            parsed: URL = make_url(url)
        except ArgumentError:
            raise StoreError(
                f"{self.shown} is not a database path or URL",
                f"{self.shown} 不是数据库路径或 URL",
                hint_en="pass --db a file path, or a URL such as postgresql://user:password@host/careermap",
                hint_zh="--db 应为文件路径，或形如 postgresql://用户:密码@主机/careermap 的 URL",
            ) from None
        self.dialect = parsed.get_backend_name()
        self.is_sqlite = self.dialect == "sqlite"
        self.is_postgres = self.dialect == "postgresql"
        options: dict[str, object] = {}
        if self.is_postgres:
            # connections a worker keeps open; a dropped one (server restart) is replaced, not reported
            options = {"pool_size": 4, "max_overflow": 8, "pool_pre_ping": True, "pool_recycle": 1800}
            options["connect_args"] = {"connect_timeout": 10, "application_name": "careermap"}
        try:
            self.engine: Engine = create_engine(url, **options)
        except ImportError as exc:
            if self.is_postgres:
                raise MissingDependency(
                    "a PostgreSQL store needs psycopg 3",
                    "PostgreSQL 数据库需要 psycopg 3",
                    hint_en=POSTGRES_EXTRA,
                    hint_zh=POSTGRES_EXTRA,
                ) from None
            raise StoreError(
                f"cannot open database {self.shown}: the driver {exc.name} is not installed",
                f"无法打开数据库 {self.shown}：未安装驱动 {exc.name}",
                hint_en="install the driver, or use a file path or postgresql:// URL",
                hint_zh="请安装该驱动，或改用文件路径或 postgresql:// 地址",
            ) from None
        except SQLAlchemyError as exc:
            raise StoreError(
                f"cannot open database {self.shown}: {exc}",
                f"无法打开数据库 {self.shown}：{exc}",
                hint_en="check the --db URL and that its driver is installed",
                hint_zh="请检查 --db 地址以及对应驱动是否已安装",
            ) from None
        if self.is_sqlite:
            _sqlite_transactions(self.engine)
        self._memo: OrderedDict[Hashable, tuple[Hashable, Any]] = OrderedDict()
        self._memo_lock = threading.Lock()

    def cached(self, key: Hashable, version: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, kept in this process under ``key`` while ``version`` (what the data it reads
        was when it was computed) stays the same; the most recent values are kept (``MEMO_SIZE``).
        Threads may compute the same value at once; each gets a correct one."""
        with self._memo_lock:
            hit = self._memo.get(key)
            if hit is not None and hit[0] == version:
                self._memo.move_to_end(key)
                return cast(T, hit[1])
        value = compute()
        with self._memo_lock:
            self._memo[key] = (version, value)
            self._memo.move_to_end(key)
            while len(self._memo) > MEMO_SIZE:
                self._memo.popitem(last=False)
        return value

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction that writes; on any error nothing of it is kept."""
        from sqlalchemy.exc import DBAPIError

        with self._connection() as conn:
            try:
                with conn.begin():
                    yield conn
            except DBAPIError as exc:
                raise store_error(self, exc) from None

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for reading; on SQLite it never takes the write lock."""
        from sqlalchemy.exc import DBAPIError

        with self._connection() as conn:
            conn.execution_options(**{_READ: True})
            try:
                yield conn
            except DBAPIError as exc:
                raise store_error(self, exc) from None

    @contextmanager
    def _connection(self) -> Iterator[Connection]:
        """A connection from the pool; one that cannot be opened is :func:`connect_error`'s line."""
        from sqlalchemy.exc import DBAPIError

        try:
            conn = self.engine.connect()
        except DBAPIError as exc:
            raise connect_error(self, exc) from None
        with conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()


def _reason(exc: DBAPIError) -> str:
    full = str(exc.orig) if exc.orig is not None else str(exc)
    return full.strip().splitlines()[0] if full.strip() else type(exc).__name__


def store_error(store: Store, exc: DBAPIError) -> StoreError:
    """The one line for a statement that failed on an open connection."""
    reason = _reason(exc)
    kept_en, kept_zh = "data already stored is kept", "已保存的数据不会丢失"
    if store.is_sqlite and ("readonly" in reason or "read-only" in reason):
        return StoreError(
            f"database {store.shown} cannot be written: {reason}",
            f"数据库 {store.shown} 无法写入：{reason}",
            hint_en="check the file's and its folder's permissions, or pass --db with a writable file",
            hint_zh="请检查该文件及其目录的写权限，或用 --db 指定可写的文件",
        )
    if store.is_sqlite and "unable to open" in reason:
        return StoreError(
            f"database {store.shown} cannot be opened: {reason}",
            f"数据库 {store.shown} 无法打开：{reason}",
            hint_en="check that its folder exists and can be written, or pass --db with another path",
            hint_zh="请确认其所在目录存在且可写，或用 --db 指定其他路径",
        )
    if store.is_sqlite:
        hint_en = f"check the file is a careermap database and not used by a crashed program; {kept_en}"
        hint_zh = f"请确认这是 careermap 的数据库且未被异常程序占用；{kept_zh}"
    else:
        hint_en = f"check the database server and that the --db URL names careermap's database; {kept_en}"
        hint_zh = f"请检查数据库服务器，并确认 --db 地址指向 careermap 的数据库；{kept_zh}"
    return StoreError(
        f"database {store.shown} failed: {reason}",
        f"数据库 {store.shown} 出错：{reason}",
        hint_en=hint_en,
        hint_zh=hint_zh,
    )


def connect_error(store: Store, exc: DBAPIError) -> StoreError:
    """The one line for a connection that could not be opened. On PostgreSQL a login refused and a
    missing database are told apart from a server that cannot be reached; each says what to check."""
    if not store.is_postgres:
        return store_error(store, exc)
    full = str(exc.orig) if exc.orig is not None else str(exc)
    # libpq: 'connection to server on socket "…" failed: FATAL:  password authentication failed for user "x"'
    reason = _reason(exc).rsplit("failed: ", 1)[-1].removeprefix("FATAL:").strip()
    where = store.shown
    refused = (
        "authentication failed" in full,
        "no password supplied" in full,
        'role "' in full and "does not exist" in full,
    )
    if any(refused):
        return StoreLoginRefused(
            f"PostgreSQL refused the login to {where}: {reason}",
            f"PostgreSQL 拒绝登录 {where}：{reason}",
            hint_en="check the user name and password in the --db URL (or $CAREERMAP_DB)",
            hint_zh="请检查 --db 地址（或 $CAREERMAP_DB）中的用户名与密码",
        )
    if re.search(r'database ".*" does not exist', full):
        return StoreMissing(
            f"the PostgreSQL database of {where} does not exist: {reason}",
            f"PostgreSQL 数据库不存在 {where}：{reason}",
            hint_en="create it first (createdb careermap, or CREATE DATABASE careermap), or fix the name in --db",
            hint_zh="请先创建它（createdb careermap 或 CREATE DATABASE careermap），或改正 --db 中的库名",
        )
    return StoreUnreachable(
        f"cannot reach the PostgreSQL server of {where}: {reason}",
        f"无法连接 PostgreSQL 服务器 {where}：{reason}",
        hint_en="check the server is running and the host, port or socket folder in --db; nothing was stored",
        hint_zh="请确认服务器已启动，并检查 --db 中的主机、端口或套接字目录；本次未写入任何数据",
    )


def _sqlite_transactions(engine: Engine) -> None:
    """Take transaction control from pysqlite so writes start with BEGIN IMMEDIATE."""
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        _sqlite_setup(dbapi_conn)

    @event.listens_for(engine, "begin")
    def _begin(conn):  # type: ignore[no-untyped-def]
        # a reader starts a deferred transaction (WAL: it never waits for a writer)
        conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(_READ) else "BEGIN IMMEDIATE")


def _sqlite_setup(dbapi_conn: sqlite3.Connection) -> None:
    """Every SQLite connection: no implicit transactions (each write is one ``BEGIN IMMEDIATE``),
    a second writer waits, WAL, foreign keys."""
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout = 30000")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.close()


def quick_sqlite(db: str | Path | None, components: list[str]) -> sqlite3.Connection | None:
    """The store ``db`` names (else ``$CAREERMAP_DB``, else the default) through the standard
    library's sqlite3, set up as the engine's connections are, when it is the path of an existing
    SQLite file whose schemas are up to date for ``components``: a command that adds a row (every
    run after the first) then need not import SQLAlchemy. None otherwise (a URL, a new or older
    database, a file that cannot be read…): :func:`open_store` opens, migrates and reports errors.

    Start each write with ``BEGIN IMMEDIATE``; on any ``sqlite3.Error`` roll back and go through
    :func:`open_store`, which says what is wrong in its one line (or succeeds)."""
    import sqlite3

    value = _named(db)
    if "://" in value or "?" in value or "#" in value:  # a URL, or a path SQLAlchemy would read otherwise
        return None
    path = Path(value).expanduser()
    if not path.is_file() or not all(c in MIGRATIONS for c in components):
        return None
    conn = None
    try:
        conn = sqlite3.connect(path)
        _sqlite_setup(conn)
        current = {c: int(v) for c, v in conn.execute(_APPLIED).fetchall()}
    except sqlite3.Error:
        if conn is not None:
            conn.close()
        return None
    if any(current.get(c, 0) < len(MIGRATIONS[c]) for c in components):
        conn.close()
        return None
    return conn


def applied(store: Store) -> dict[str, int]:
    """The newest schema version recorded per component ({} for a new database).

    A file that is not a database (or cannot be read) raises :class:`StoreError`: it is never
    taken for an empty store."""
    from sqlalchemy import inspect, text

    with store.read() as conn:
        if not inspect(conn).has_table("schema_versions"):
            return {}
        rows = conn.execute(text(_APPLIED)).all()
    return {c: int(v) for c, v in rows}


def migrate(store: Store, components: list[str] | None = None) -> dict[str, int]:
    """Bring each component's schema to its newest version; returns the versions.

    An up-to-date database is only read (no write lock is taken), so opening the store
    costs one query. Each pending migration runs in its own write transaction and is
    re-checked inside it, so two processes migrating at once apply it exactly once (on SQLite the
    write lock, on PostgreSQL an advisory lock held for each transaction, make them take turns).
    """
    from sqlalchemy import text

    wanted = components or sorted(MIGRATIONS)
    current = applied(store)
    if all(current.get(c, 0) >= len(MIGRATIONS[c]) for c in wanted):
        return {c: len(MIGRATIONS[c]) for c in wanted}
    with store.write() as conn:
        _one_at_a_time(store, conn)
        conn.execute(
            text(
                "CREATE TABLE IF NOT EXISTS schema_versions ("
                " component TEXT NOT NULL, version INTEGER NOT NULL, description TEXT NOT NULL,"
                f" applied_at TEXT NOT NULL DEFAULT {now_sql(store.dialect)}, PRIMARY KEY (component, version))"
            )
        )
    out: dict[str, int] = {}
    for component in wanted:
        for m in MIGRATIONS[component]:
            with store.write() as conn:
                _one_at_a_time(store, conn)
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


def now_sql(dialect: str) -> str:
    """SQL for the time now as text, ``YYYY-MM-DD HH:MM:SS`` in UTC on every back end (SQLite's
    CURRENT_TIMESTAMP; PostgreSQL's would carry fractions and a zone)."""
    if dialect == "postgresql":
        return "(to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'))"
    return "CURRENT_TIMESTAMP"


def _one_at_a_time(store: Store, conn: Connection) -> None:
    """Make concurrent migrations wait for each other until this transaction ends. SQLite's
    ``BEGIN IMMEDIATE`` already does; PostgreSQL would otherwise let two processes create the same
    table at once (one fails on its catalogue's unique index)."""
    if store.is_postgres:
        from sqlalchemy import text

        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL (None for other databases or an in-memory one)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if not parsed.drivername.startswith("sqlite") or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def check_server(db: str | Path | None = None) -> None:
    """Connect once to the database server ``db`` names (``--db``, else ``$CAREERMAP_DB``) and raise its
    one-line error if it cannot be used (down, login refused, no such database); nothing is created.
    A SQLite file named with ``--db`` is checked to be one (a folder, a device or a pipe there is this
    line too); a file that is not there yet is made when something is first saved."""
    url = resolve_url(db, create_folder=False)
    if db:
        check_file(url)
    store = Store(url)
    try:
        if not store.is_sqlite:
            applied(store)
    finally:
        store.close()


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


_kept: dict[tuple[str, tuple[str, ...]], Store] = {}
_kept_lock = threading.Lock()


def kept_store(db: str | Path | None = None, *, components: list[str]) -> Store:
    """The store at ``db``, opened and migrated once in this process and kept open: a server worker
    answers every request from one pool of connections instead of opening the database each time.
    Do not close it; a process that forks or spawns workers opens its own in each."""
    key = (resolve_url(db), tuple(sorted(components)))
    with _kept_lock:
        store = _kept.get(key)
        if store is None:
            store = _kept[key] = open_store(db, components=components)
        return store
