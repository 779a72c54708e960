"""The ``postings`` component of the store: postings, the skills each asks for, near-duplicates.

Every query that summarises demand runs in SQL (GROUP BY in the database), so stats over a
large corpus never load every row into Python. A re-import writes nothing for a posting
whose text and knowledge-base version are unchanged.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from sqlalchemy import Connection, text

from careermap.store.db import Migration, Store, now_sql, register

COMPONENT = "postings"
T = TypeVar("T")


def _types(conn: Connection) -> dict[str, str]:
    """Column types by dialect: SQLite's REAL and BLOB are PostgreSQL's DOUBLE PRECISION and BYTEA
    (its REAL is 4 bytes). ``rowid`` is SQLite's implicit insertion order, made a column on PostgreSQL
    so ``ORDER BY rowid`` reads the same on both."""
    now = now_sql(conn.dialect.name)
    if conn.dialect.name == "postgresql":
        return {
            "real": "DOUBLE PRECISION",
            "blob": "BYTEA",
            "rowid": "rowid BIGINT GENERATED ALWAYS AS IDENTITY,",
            "now": now,
        }
    return {"real": "REAL", "blob": "BLOB", "rowid": "", "now": now}


def _v1(conn: Connection) -> None:
    types = _types(conn)
    conn.execute(
        text(
            """
            CREATE TABLE postings ({rowid}
                id TEXT PRIMARY KEY,
                content_hash TEXT NOT NULL,
                title TEXT NOT NULL,
                body TEXT NOT NULL,
                company TEXT,
                city TEXT,
                salary_text TEXT,
                salary_low {real},
                salary_high {real},
                salary_currency TEXT,
                salary_period TEXT,
                salary_months {real},
                band_low {real},
                band_high {real},
                posted_on TEXT,
                month TEXT,
                url TEXT,
                lang TEXT,
                direction INTEGER,
                role TEXT,
                confidence {real},
                nearest INTEGER,
                fit {real},
                lm_evidence {real},
                years_required {real},
                degree_required TEXT,
                evidence TEXT,
                dup_of TEXT,
                dup_similarity {real},
                minhash {blob},
                source TEXT,
                source_row TEXT,
                kb_version TEXT NOT NULL,
                scorer TEXT NOT NULL,
                imported_at TEXT NOT NULL DEFAULT {now},
                updated_at TEXT NOT NULL DEFAULT {now}
            )
            """.format(**types)
        )
    )
    for ddl in (
        "CREATE UNIQUE INDEX postings_content ON postings (content_hash)",
        "CREATE INDEX postings_direction ON postings (direction, role)",
        "CREATE INDEX postings_month ON postings (month)",
        "CREATE INDEX postings_city ON postings (city)",
        "CREATE INDEX postings_dup ON postings (dup_of)",
        """CREATE TABLE posting_skills (
               posting_id TEXT NOT NULL REFERENCES postings (id) ON DELETE CASCADE,
               skill TEXT NOT NULL,
               weight {real} NOT NULL,
               kind TEXT NOT NULL,
               level TEXT NOT NULL,
               need {real} NOT NULL,
               PRIMARY KEY (posting_id, skill)
           )""".format(**types),
        "CREATE INDEX posting_skills_skill ON posting_skills (skill, kind)",
    ):
        conn.execute(text(ddl))


def _v2(conn: Connection) -> None:
    conn.execute(text("CREATE TABLE postings_generation (id INTEGER PRIMARY KEY, generation INTEGER NOT NULL)"))
    conn.execute(text("INSERT INTO postings_generation (id, generation) VALUES (1, 0)"))


# what a posting's asks weigh in all (the denominator of a match), kept on the posting by every write
_SKILLS_WEIGHT = "(SELECT coalesce(sum(weight), 0) FROM posting_skills WHERE posting_id = {posting} AND weight > 0)"


def _v3(conn: Connection) -> None:
    conn.execute(text(f"ALTER TABLE postings ADD COLUMN skills_weight {_types(conn)['real']}"))
    conn.execute(text(f"UPDATE postings SET skills_weight = {_SKILLS_WEIGHT.format(posting='postings.id')}"))


# how many asks (skills with a weight) were read from a posting (its match confidence), kept on it too
_ASKS = "(SELECT count(*) FROM posting_skills WHERE posting_id = {posting} AND weight > 0)"


def _v4(conn: Connection) -> None:
    conn.execute(text("ALTER TABLE postings ADD COLUMN asks INTEGER"))
    conn.execute(text(f"UPDATE postings SET asks = {_ASKS.format(posting='postings.id')}"))


register(
    COMPONENT,
    [
        Migration(1, "postings, the skills they ask for, near-duplicate signatures", _v1),
        Migration(2, "a generation number that every write to the postings moves on", _v2),
        Migration(3, "each posting's total skill weight, so matching reads only the skills a person has", _v3),
        Migration(4, "each posting's count of asks read, so matching counts no posting's skills per request", _v4),
    ],
)


def generation(conn: Connection) -> int:
    """A number that changes with every write to the postings (what a server caches is kept until then)."""
    return int(conn.execute(text("SELECT generation FROM postings_generation WHERE id = 1")).scalar_one())


def cached(store: Store, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()`` over the stored postings, kept in this process and given again until a write
    (an import in any process) moves the generation on. ``key`` names what is computed, with its
    arguments; the value is shared by every caller: do not change it."""
    with store.read() as conn:
        now = generation(conn)
    return store.cached(key, now, compute)


@dataclass(slots=True)
class Stored:
    id: str
    content_hash: str
    kb_version: str
    scorer: str


def stored_by_ids(conn: Connection, ids: list[str]) -> dict[str, Stored]:
    out: dict[str, Stored] = {}
    for chunk in _chunks(ids):
        params = {f"i{n}": v for n, v in enumerate(chunk)}
        rows = conn.execute(
            text(f"SELECT id, content_hash, kb_version, scorer FROM postings WHERE id IN ({_marks(params)})"), params
        )
        for r in rows:
            out[r.id] = Stored(r.id, r.content_hash, r.kb_version, r.scorer)
    return out


def ids_by_hash(conn: Connection, hashes: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for chunk in _chunks(hashes):
        params = {f"h{n}": v for n, v in enumerate(chunk)}
        rows = conn.execute(
            text(f"SELECT id, content_hash FROM postings WHERE content_hash IN ({_marks(params)})"), params
        )
        out.update({r.content_hash: r.id for r in rows})
    return out


def _chunks(values: list[str], size: int = 500) -> Iterator[list[str]]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


def _marks(params: dict[str, Any]) -> str:
    return ", ".join(f":{k}" for k in params)


_COLUMNS = (
    "id, content_hash, title, body, company, city, salary_text, salary_low, salary_high, salary_currency,"
    " salary_period, salary_months, band_low, band_high, posted_on, month, url, lang, direction, role,"
    " confidence, nearest, fit, lm_evidence, years_required, degree_required, evidence, dup_of, dup_similarity,"
    " minhash, source, source_row, kb_version, scorer"
)


def upsert(conn: Connection, row: dict[str, Any], skills: list[dict[str, Any]]) -> None:
    """Insert or replace one posting and the skills it asks for (the import keeps it first seen)."""
    names = [c.strip() for c in _COLUMNS.split(",")]
    updates = ", ".join(f"{c} = excluded.{c}" for c in names if c != "id")
    conn.execute(
        text(
            f"INSERT INTO postings ({_COLUMNS}) VALUES ({', '.join(':' + c for c in names)}) "
            f"ON CONFLICT (id) DO UPDATE SET {updates}, updated_at = {now_sql(conn.dialect.name)}"
        ),
        row,
    )
    conn.execute(text("DELETE FROM posting_skills WHERE posting_id = :id"), {"id": row["id"]})
    conn.execute(text("UPDATE postings_generation SET generation = generation + 1 WHERE id = 1"))
    if skills:
        conn.execute(
            text(
                "INSERT INTO posting_skills (posting_id, skill, weight, kind, level, need)"
                " VALUES (:posting_id, :skill, :weight, :kind, :level, :need)"
            ),
            skills,
        )
    conn.execute(
        text(
            f"UPDATE postings SET skills_weight = {_SKILLS_WEIGHT.format(posting=':id')},"
            f" asks = {_ASKS.format(posting=':id')} WHERE id = :id"
        ),
        {"id": row["id"]},
    )


def signatures(conn: Connection) -> Iterator[tuple[str, bytes]]:
    """(id, MinHash signature) of every stored posting that is not itself a repeat."""
    rows = conn.execute(
        text("SELECT id, minhash FROM postings WHERE dup_of IS NULL AND minhash IS NOT NULL ORDER BY rowid")
    )
    for r in rows:
        yield r.id, r.minhash


def body_of(conn: Connection, pid: str) -> str | None:
    return conn.execute(text("SELECT body FROM postings WHERE id = :id"), {"id": pid}).scalar()


def duplicate_groups(conn: Connection) -> list[tuple[str, str, float]]:
    """(kept id, repeat id, similarity) for every stored repeat, grouped by the kept posting."""
    rows = conn.execute(
        text("SELECT dup_of, id, dup_similarity FROM postings WHERE dup_of IS NOT NULL ORDER BY dup_of, rowid")
    )
    return [(r.dup_of, r.id, r.dup_similarity or 0.0) for r in rows]


# ---------------------------------------------------------------- reading back


@dataclass(slots=True)
class Filters:
    direction: int | None = None
    no_direction: bool = False  # only postings that are not large-model roles
    large_model_only: bool = False  # only postings in one of the six directions
    role: str | None = None
    city: str | None = None
    company: str | None = None
    query: str | None = None
    since: str | None = None  # YYYY-MM
    include_duplicates: bool = False

    def where(self) -> tuple[str, dict[str, Any]]:
        parts: list[str] = ["1 = 1"]
        params: dict[str, Any] = {}
        if not self.include_duplicates:
            parts.append("p.dup_of IS NULL")
        if self.direction is not None:
            parts.append("p.direction = :direction")
            params["direction"] = self.direction
        if self.no_direction:
            parts.append("p.direction IS NULL")
        if self.large_model_only:
            parts.append("p.direction IS NOT NULL")
        if self.role:
            parts.append("p.role = :role")
            params["role"] = self.role
        if self.city:
            parts.append("lower(p.city) LIKE :city")
            params["city"] = f"%{self.city.lower()}%"
        if self.company:
            parts.append("lower(p.company) LIKE :company")
            params["company"] = f"%{self.company.lower()}%"
        if self.query:
            parts.append("(lower(p.title) LIKE :q OR lower(p.body) LIKE :q)")
            params["q"] = f"%{self.query.lower()}%"
        if self.since:
            parts.append("p.month >= :since")
            params["since"] = self.since
        return " AND ".join(parts), params


def list_rows(store: Store, filters: Filters, *, limit: int, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    where, params = filters.where()
    with store.read() as conn:
        total = conn.execute(text(f"SELECT count(*) FROM postings p WHERE {where}"), params).scalar() or 0
        rows = conn.execute(
            text(
                f"SELECT {_LISTED} FROM postings p WHERE {where}"
                " ORDER BY p.posted_on IS NULL, p.posted_on DESC, p.rowid LIMIT :limit OFFSET :offset"
            ),
            {**params, "limit": limit, "offset": offset},
        )
        return int(total), [dict(r._mapping) for r in rows]


_LISTED = (
    "id, title, company, city, direction, role, confidence, salary_text, posted_on, url, dup_of,"
    " years_required, degree_required"
)


def listed_rows(store: Store, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The columns a list shows (no body, evidence or signature) of the postings ``ids``, by id, in one query."""
    out: dict[str, dict[str, Any]] = {}
    with store.read() as conn:
        for chunk in _chunks(ids):
            params = {f"i{n}": v for n, v in enumerate(chunk)}
            rows = conn.execute(text(f"SELECT {_LISTED} FROM postings WHERE id IN ({_marks(params)})"), params)
            out.update({r.id: dict(r._mapping) for r in rows})
    return out


def listed_with_skills(store: Store, ids: list[str]) -> dict[str, tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Each of ``ids``: its :func:`listed_rows` row and its :func:`skills_of` asks, kept in this process
    per posting until a write (an import, in any process) moves the generation on: matches list the
    same postings again and again. A posting not stored is left out. Shared: do not change them."""
    kept: dict[str, tuple[dict[str, Any], list[dict[str, Any]]]] = cached(store, ("listed postings",), dict)
    missing = [i for i in dict.fromkeys(ids) if i not in kept]
    if missing:
        rows, skills = listed_rows(store, missing), skills_of(store, missing)
        kept.update({i: (rows[i], skills[i]) for i in missing if i in rows})
    return {i: kept[i] for i in ids if i in kept}


def get_row(store: Store, pid: str) -> dict[str, Any] | None:
    with store.read() as conn:
        r = conn.execute(text(f"SELECT {_COLUMNS} FROM postings WHERE id = :id"), {"id": pid}).first()
        return dict(r._mapping) if r else None


def count_by(store: Store, filters: Filters, column: str) -> list[tuple[Any, int]]:
    if column not in ("direction", "role", "city", "company"):
        raise ValueError(column)
    where, params = filters.where()
    with store.read() as conn:
        rows = conn.execute(
            text(f"SELECT p.{column} AS k, count(*) AS n FROM postings p WHERE {where} GROUP BY p.{column}"),
            params,
        )
        # ties are ordered here, not in SQL: engines disagree on where NULL sorts
        # (SQLite first, PostgreSQL and DuckDB last), and every engine must print the same list
        return sorted(((r.k, int(r.n)) for r in rows), key=lambda kn: (-kn[1], kn[0] is None, kn[0] or ""))


def totals(store: Store, filters: Filters) -> dict[str, int]:
    where, params = filters.where()
    dup_filters = replace(filters, include_duplicates=True)
    all_where, all_params = dup_filters.where()
    with store.read() as conn:
        distinct = conn.execute(text(f"SELECT count(*) FROM postings p WHERE {where}"), params).scalar() or 0
        everything = conn.execute(text(f"SELECT count(*) FROM postings p WHERE {all_where}"), all_params).scalar() or 0
        salary = (
            conn.execute(
                text(f"SELECT count(*) FROM postings p WHERE {where} AND p.salary_low IS NOT NULL"), params
            ).scalar()
            or 0
        )
        dated = (
            conn.execute(
                text(f"SELECT count(*) FROM postings p WHERE {where} AND p.month IS NOT NULL"), params
            ).scalar()
            or 0
        )
    return {"total": int(everything), "distinct": int(distinct), "with_salary": int(salary), "with_date": int(dated)}


def top_skills(
    store: Store, filters: Filters, *, kinds: tuple[str, ...], per_direction: int
) -> list[tuple[int, str, int, int]]:
    """(direction, skill, postings asking for it, postings of the direction), best first per direction."""
    where, params = filters.where()
    kind_params = {f"k{n}": k for n, k in enumerate(kinds)}
    sql = f"""
        WITH d AS (SELECT p.direction, count(*) AS n FROM postings p WHERE {where} AND p.direction IS NOT NULL
                   GROUP BY p.direction),
             s AS (SELECT p.direction, ps.skill, count(*) AS n
                   FROM postings p JOIN posting_skills ps ON ps.posting_id = p.id
                   WHERE {where} AND p.direction IS NOT NULL AND ps.kind IN ({_marks(kind_params)})
                   GROUP BY p.direction, ps.skill),
             r AS (SELECT s.direction, s.skill, s.n, d.n AS total,
                          row_number() OVER (PARTITION BY s.direction ORDER BY s.n DESC, s.skill) AS rank
                   FROM s JOIN d ON d.direction = s.direction)
        SELECT direction, skill, n, total FROM r WHERE rank <= :per ORDER BY direction, rank
    """
    with store.read() as conn:
        rows = conn.execute(text(sql), {**params, **kind_params, "per": per_direction})
        return [(int(r.direction), r.skill, int(r.n), int(r.total)) for r in rows]


def salary_bands(store: Store, filters: Filters, bands: dict[str, list[float]]) -> list[tuple[str, int, int]]:
    """(currency, band index, postings) by the midpoint of each salary in its band unit;
    band i holds midpoints below edge i, the last band those at or above the last edge."""
    where, params = filters.where()
    out: list[tuple[str, int, int]] = []
    with store.read() as conn:
        for currency, edges in bands.items():
            cases = " ".join(f"WHEN mid < {float(e)!r} THEN {i}" for i, e in enumerate(edges))
            sql = f"""
                SELECT band, count(*) AS n FROM (
                    SELECT CASE {cases} ELSE {len(edges)} END AS band
                    FROM (SELECT (p.band_low + p.band_high) / 2.0 AS mid FROM postings p
                          WHERE {where} AND p.salary_currency = :cur AND p.band_low IS NOT NULL) m
                ) b GROUP BY band ORDER BY band
            """
            for r in conn.execute(text(sql), {**params, "cur": currency}):
                out.append((currency, int(r.band), int(r.n)))
    return out


def by_month(store: Store, filters: Filters) -> list[tuple[str, int | None, int]]:
    where, params = filters.where()
    with store.read() as conn:
        rows = conn.execute(
            text(
                f"SELECT p.month AS m, p.direction AS d, count(*) AS n FROM postings p"
                f" WHERE {where} AND p.month IS NOT NULL GROUP BY p.month, p.direction ORDER BY p.month, p.direction"
            ),
            params,
        )
        return [(r.m, r.d, int(r.n)) for r in rows]


def match_scores(
    store: Store,
    filters: Filters,
    have: dict[str, float],
    *,
    limit: int,
    min_weight: float = 0.0,
    confidence: list[float] | None = None,
    floor: float = 0.0,
) -> list[tuple[str, float, float, int, float]]:
    """(posting id, score, total weight, asks read, share met) ranked by score: the weighted share
    of each posting's skills the person meets, sum(weight * min(1, have / need)) / max(sum(weight),
    min_weight), times the posting's confidence, in SQL; postings scoring below ``floor`` are left out.

    ``confidence[n]``: the confidence of a posting from which ``n`` asks were read (skills with a
    weight); a posting with ``len(confidence)`` asks or more is read in full (confidence 1).

    The person's skills travel as a ``VALUES`` list in the query itself, so matching only reads (no
    temporary table, no write lock: many server workers match at once). The query starts from those
    skills (the skill index finds the postings that ask for any) and divides by each posting's total
    weight kept on it (``skills_weight``), with the confidence of its count of asks kept on it too
    (``asks``), so it reads only the asks a person meets, not the store (counting each met posting's
    asks per request was three quarters of the query's time)."""
    if not have:
        return []  # nothing met: every score would be 0
    where, params = filters.where()
    least, greatest = ("least", "greatest") if store.is_postgres else ("min", "max")
    mine = {f"s{n}": skill for n, skill in enumerate(have)}
    levels = {f"h{n}": float(level) for n, level in enumerate(have.values())}
    values = ", ".join(f"(:s{n}, :h{n})" for n in range(len(have)))
    levels_of = list(confidence or [])
    sure = {f"c{n}": float(c) for n, c in enumerate(levels_of)}
    cases = " ".join(f"WHEN {n} THEN :c{n}" for n in range(len(levels_of)))
    conf = f"CASE p.asks {cases} ELSE 1.0 END" if cases else "1.0"
    sql = f"""
        WITH me (skill, have) AS (VALUES {values}),
             met AS (
                SELECT ps.posting_id AS id, sum(ps.weight * {least}(1.0, me.have / ps.need)) AS got
                FROM me JOIN posting_skills ps ON ps.skill = me.skill
                WHERE ps.weight > 0
                GROUP BY ps.posting_id
             ),
             scored AS (
                SELECT met.id AS id, met.got / {greatest}(p.skills_weight, :min_weight) AS share,
                       p.skills_weight AS total, p.asks AS n, {conf} AS conf
                FROM met JOIN postings p ON p.id = met.id
                WHERE {where}
             )
        SELECT id, share * conf AS score, total, n, share FROM scored
        WHERE share * conf > 0 AND share * conf >= :floor
        ORDER BY score DESC, total DESC, id
        LIMIT :limit
    """
    args = {**params, **mine, **levels, **sure, "limit": limit, "min_weight": min_weight, "floor": floor}
    with store.read() as conn:
        rows = conn.execute(text(sql), args)
        return [(r.id, float(r.score), float(r.total), int(r.n), float(r.share)) for r in rows]


def skills_of(store: Store, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
    with store.read() as conn:
        for chunk in _chunks(ids):
            params = {f"i{n}": v for n, v in enumerate(chunk)}
            rows = conn.execute(
                text(
                    "SELECT posting_id, skill, weight, kind, level, need FROM posting_skills"
                    f" WHERE posting_id IN ({_marks(params)}) ORDER BY weight DESC, skill"
                ),
                params,
            )
            for r in rows:
                out[r.posting_id].append(dict(r._mapping))
    return out


def evidence_json(items: list[dict[str, Any]]) -> str:
    return json.dumps(items, ensure_ascii=False, separators=(",", ":"))
