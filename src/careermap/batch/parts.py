"""The output folder of a batch: part files, the errors part, a manifest, and resuming.

::

    OUT/
      part-00000-00000.parquet    rows of chunk 0 of input file 0 (or .jsonl with --format jsonl)
      part-00000-00001.parquet    …
      _errors/part-00000-00000.parquet   rows that could not be read: file, row, reason (en, zh)
      _manifest.json              what was asked (command, inputs, options, knowledge-base version)
      _SUCCESS                    written last, when every part is complete

A part is written to a temporary name and renamed when complete, so a part that exists is
complete; a rerun with the same manifest skips those (resuming), and a rerun that asks for
something else refuses to mix the two. Readers that skip ``_``-prefixed names (Spark, pyarrow,
DuckDB globs on ``*.parquet``) see the rows only.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from careermap.errors import JobsError

MANIFEST = "_manifest.json"
SUCCESS = "_SUCCESS"
ERRORS = "_errors"
FORMATS = ("parquet", "jsonl")

_SKILL = [("id", "string"), ("asked", "string"), ("level", "string"), ("weight", "double")]
_PERSON_SKILL = [
    ("id", "string"),
    ("status", "string"),
    ("level", "string"),
    ("grade", "string"),
    ("strength", "double"),
]
_DIRECTION = [
    ("number", "int"),
    ("id", "string"),
    ("score", "double"),
    ("readiness", "double"),
    ("role", "string"),
    ("role_score", "double"),
]

# column -> type: "string", "int", "double", or a list of (field, type) for a list of structs
Columns = list[tuple[str, Any]]

POSTING_COLUMNS: Columns = [
    ("id", "string"),
    ("source", "string"),
    ("row", "string"),
    ("title", "string"),
    ("company", "string"),
    ("city", "string"),
    ("date", "string"),
    ("month", "string"),
    ("lang", "string"),
    ("direction", "int"),
    ("role", "string"),
    ("confidence", "double"),
    ("nearest", "int"),
    ("fit", "double"),
    ("skills", _SKILL),
    ("salary_text", "string"),
    ("salary_currency", "string"),
    ("salary_low", "double"),
    ("salary_high", "double"),
    ("band_low", "double"),
    ("band_high", "double"),
    ("years_required", "double"),
    ("degree_required", "string"),
    ("evidence", "string"),
    ("dup_of", "string"),
    ("dup_similarity", "double"),
    ("kb_version", "string"),
    ("scorer", "string"),
]
PERSON_COLUMNS: Columns = [
    ("id", "string"),
    ("source", "string"),
    ("row", "string"),
    ("lang", "string"),
    ("direction", "int"),
    ("direction_id", "string"),
    ("role", "string"),
    ("score", "double"),
    ("readiness", "double"),
    ("directions", _DIRECTION),
    ("skills", _PERSON_SKILL),
    ("years", "double"),
    ("degree", "string"),
    ("read", "string"),
    ("kb_version", "string"),
    ("scorer", "string"),
]
ERROR_COLUMNS: Columns = [
    ("source", "string"),
    ("row", "string"),
    ("id", "string"),
    ("field", "string"),
    ("code", "string"),
    ("message_en", "string"),
    ("message_zh", "string"),
]


def arrow_schema(columns: Columns) -> Any:
    import pyarrow as pa

    simple = {"string": pa.string(), "int": pa.int32(), "double": pa.float64()}

    def typ(t: Any) -> Any:
        if isinstance(t, list):
            return pa.list_(pa.struct([(n, simple[s]) for n, s in t]))
        return simple[t]

    return pa.schema([(name, typ(t)) for name, t in columns])


def prepare(out: Path, manifest: dict[str, Any], *, overwrite: bool) -> set[str]:
    """Make ``out`` ready and return the keys of the parts already complete there (to skip).

    A folder written by another command, other inputs or other options is refused unless
    ``overwrite``; then its parts are removed first."""
    path = out / MANIFEST
    if out.exists() and not out.is_dir():
        raise _out_error(
            out, "is a file, not a folder", "是文件而不是文件夹", "give a folder for OUT", "OUT 请给一个文件夹"
        )
    if path.is_file():
        old = json.loads(path.read_text(encoding="utf-8"))
        if old != manifest:
            if not overwrite:
                raise _out_error(
                    out,
                    "holds the output of another run (other inputs or options)",
                    "存有另一次运行（输入或选项不同）的结果",
                    "give another folder, or --overwrite to replace it",
                    "请换一个文件夹，或用 --overwrite 覆盖",
                )
            clear(out)
    elif out.is_dir() and any(out.iterdir()):
        if not overwrite:
            raise _out_error(
                out,
                "is not empty",
                "不是空文件夹",
                "give an empty or new folder, or --overwrite",
                "请给空文件夹或新文件夹，或用 --overwrite",
            )
        clear(out)
    (out / ERRORS).mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    fmt = manifest["format"]
    return {p.name[len("part-") : -len(fmt) - 1] for p in out.glob(f"part-*.{fmt}")}


def clear(out: Path) -> None:
    for p in sorted(out.rglob("*"), reverse=True):
        if p.is_dir():
            p.rmdir()
        else:
            p.unlink()


def _out_error(out: Path, en: str, zh: str, hint_en: str, hint_zh: str) -> JobsError:
    return JobsError(f"{out} {en}", f"{out} {zh}", hint_en=hint_en, hint_zh=hint_zh)


def write_part(out: Path, key: str, rows: list[dict[str, Any]], columns: Columns, fmt: str) -> Path:
    """Write one part atomically (a temporary name, then a rename)."""
    final = out / f"part-{key}.{fmt}"
    tmp = out / f".part-{key}.{fmt}.tmp"
    if fmt == "jsonl":
        with open(tmp, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    else:
        import pyarrow as pa

        from careermap.batch.sources import parquet

        table = pa.Table.from_pylist(rows, schema=arrow_schema(columns))
        parquet().write_table(table, tmp, compression="zstd")
    os.replace(tmp, final)
    return final


def finish(out: Path) -> None:
    (out / SUCCESS).write_text("", encoding="utf-8")


def is_complete(out: Path) -> bool:
    return (out / SUCCESS).is_file()


def read_manifest(out: Path) -> dict[str, Any]:
    path = out / MANIFEST
    if not path.is_file():
        raise JobsError(
            f"{out} is not a batch output folder (no {MANIFEST})",
            f"{out} 不是批处理的输出文件夹（没有 {MANIFEST}）",
            hint_en="give the OUT folder of `careermap batch classify`",
            hint_zh="请给出 `careermap batch classify` 的输出文件夹",
        )
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data
