"""Demand in a ``batch classify`` folder, by the queries ``careermap jobs stats`` runs on the store.

The part files are shown to a SQL engine as the two tables the store's queries read —
``postings`` and ``posting_skills`` — and :func:`careermap.store.demand.demand_stats` runs unchanged
on them: DuckDB on the local engine, Spark SQL on the Spark engine. The same tables come out
(reposts counted once: a row with ``dup_of`` is a repeat) and the same renderers draw them.
"""

from __future__ import annotations

import re
from collections import namedtuple
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, cast

from careermap.batch import parts
from careermap.errors import JobsError, MissingDependency
from careermap.jobs.models import Stats
from careermap.knowledge.loader import Knowledge
from careermap.store.postings import Filters

Query = Callable[[str, dict[str, Any]], list[Any]]

# The key is the row's place (file and row): unique even where a posting id repeats.
POSTINGS_VIEW = (
    "SELECT concat(source, '#', {row}) AS id, direction, role, city, company, title, CAST(NULL AS VARCHAR) AS body,"
    " month, salary_low, band_low, band_high, salary_currency, dup_of FROM parts"
)


class _Result(list[Any]):
    def scalar(self) -> Any:
        return self[0][0] if self else None


class _Connection:
    def __init__(self, query: Query) -> None:
        self._query = query

    def execute(self, statement: Any, parameters: dict[str, Any] | None = None) -> _Result:
        return _Result(self._query(str(statement), parameters or {}))


class QueryStore:
    """A read-only stand-in for :class:`careermap.store.db.Store`: the postings queries only open
    ``read()`` and ``execute(text, params)`` on it, so they run on any SQL engine that has the two tables."""

    def __init__(self, query: Query) -> None:
        self._query = query

    @contextmanager
    def read(self) -> Iterator[_Connection]:
        yield _Connection(self._query)


def demand_stats(
    out: str,
    *,
    kb: Knowledge,
    engine: str = "local",
    master: str | None = None,
    filters: Filters | None = None,
    top: int = 10,
) -> Stats:
    """Demand in the folder ``out`` written by ``batch classify`` (either engine)."""
    from careermap.store.db import Store
    from careermap.store.demand import demand_stats as stats_of

    fmt = _format(out)
    query = _spark_query(out, fmt, master) if engine == "spark" else _duckdb_query(out, fmt)
    return stats_of(cast(Store, QueryStore(query)), kb=kb, filters=filters, top=top)


def _format(out: str) -> str:
    if "://" in out and not out.startswith("file:"):
        return "parquet"  # a remote folder: Spark reads it (only the Spark engine gets here usefully)
    from pathlib import Path

    manifest = parts.read_manifest(Path(out.removeprefix("file:")))
    if manifest.get("command") != "classify":
        raise JobsError(
            f"{out} holds `batch {manifest.get('command')}` output, not classified postings",
            f"{out} 存放的是 `batch {manifest.get('command')}` 的结果，不是岗位分类结果",
            hint_en="give the OUT folder of `careermap batch classify`",
            hint_zh="请给出 `careermap batch classify` 的输出文件夹",
        )
    return str(manifest["format"])


def _duckdb_type(t: Any) -> str:
    simple = {"string": "VARCHAR", "int": "INTEGER", "double": "DOUBLE"}
    if isinstance(t, list):
        return "STRUCT(" + ", ".join(f'"{n}" {simple[s]}' for n, s in t) + ")[]"
    return simple[t]


def _duckdb_query(out: str, fmt: str) -> Query:
    try:
        import duckdb
    except ImportError:
        raise MissingDependency(
            "batch stats needs DuckDB on the local engine",
            "本地引擎的 batch stats 需要 DuckDB",
            hint_en="pip install 'careermap[batch]', or --engine spark",
            hint_zh="请运行 pip install 'careermap[batch]'，或用 --engine spark",
        ) from None
    con = duckdb.connect()
    pattern = f"{out.rstrip('/')}/part-*.{fmt}".replace("'", "''")
    if fmt == "parquet":
        source = f"read_parquet('{pattern}')"
    else:
        columns = ", ".join(f"'{n}': '{_duckdb_type(t)}'" for n, t in parts.POSTING_COLUMNS)
        source = f"read_json('{pattern}', format='newline_delimited', columns={{{columns}}})"
    try:
        con.execute(f"CREATE VIEW parts AS SELECT * FROM {source}")
    except duckdb.IOException:  # no part file: nothing was classified
        con.execute(
            "CREATE VIEW parts AS SELECT * FROM (SELECT "
            + ", ".join(f'CAST(NULL AS {_duckdb_type(t)}) AS "{n}"' for n, t in parts.POSTING_COLUMNS)
            + ") WHERE false"
        )
    con.execute("CREATE VIEW postings AS " + POSTINGS_VIEW.format(row='"row"'))
    con.execute(
        "CREATE VIEW posting_skills AS SELECT concat(source, '#', \"row\") AS posting_id, s.id AS skill,"
        ' s.asked AS kind, s.weight AS weight FROM (SELECT source, "row", unnest(skills) AS s FROM parts)'
    )
    marker = re.compile(r"(?<![:\w]):(\w+)")

    def query(sql: str, params: dict[str, Any]) -> list[Any]:
        cur = con.execute(marker.sub(r"$\1", sql), params)
        Row = namedtuple("Row", [d[0] for d in cur.description], rename=True)  # type: ignore[misc]
        return [Row(*r) for r in cur.fetchall()]

    return query


def _spark_query(out: str, fmt: str, master: str | None) -> Query:
    from careermap.batch.spark import parts_frame, session

    spark = session(master)
    parts_frame(spark, out, fmt).createOrReplaceTempView("parts")
    spark.sql(
        "CREATE OR REPLACE TEMP VIEW postings AS " + POSTINGS_VIEW.format(row="`row`").replace("VARCHAR", "STRING")
    )
    spark.sql(
        "CREATE OR REPLACE TEMP VIEW posting_skills AS SELECT concat(source, '#', `row`) AS posting_id,"
        " s.id AS skill, s.asked AS kind, s.weight AS weight FROM parts LATERAL VIEW explode(skills) e AS s"
    )

    def query(sql: str, params: dict[str, Any]) -> list[Any]:
        return spark.sql(sql, args=params).collect() if params else spark.sql(sql).collect()

    return query
