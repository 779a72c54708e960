"""Read postings from a file or a folder, row by row, without stopping at a bad row.

Formats: JSON Lines (``.jsonl``/``.ndjson``, or ``-`` for stdin), a JSON array (or an object
holding one), CSV/TSV with a header, and a folder of ``.txt``/``.md``/``.html`` files (one
posting each: the first line or ``<title>`` is the title; Markdown front matter may give the
other fields). Columns are found by the names in ``jobs.yaml -> fields`` unless ``mapping``
says otherwise (``{"title": "job_name"}``).

Bytes become text, HTML becomes the text a reader sees, and a posting's language is told the way
a résumé's are, by :mod:`careermap.ingest`: UTF-8, GBK/GB18030, Big5 and UTF-16 with or without a
byte-order mark; hidden elements, scripts and styles of a page never read. A body field that
holds HTML ("<p>…</p><ul><li>…") is read as its visible text too.

A bad row (no title, an empty body, a salary or date that cannot be read, text in the wrong
encoding, a line that is not JSON) becomes a :class:`RowProblem` with its row number and the
code of its :class:`~careermap.errors.RowError` (E611–E616); the other rows are read. Row
numbers: the line for JSON Lines, the item for a JSON array, the spreadsheet row for CSV (the
header is row 1), the file name for a folder.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from careermap.errors import (
    BinaryInput,
    CareermapError,
    DecodeFailed,
    JobsError,
    RowDate,
    RowEncoding,
    RowError,
    RowNoBody,
    RowNoTitle,
    RowNotRecord,
    RowSalary,
)
from careermap.ingest.document import detect_languages
from careermap.ingest.encoding import decode_lines
from careermap.ingest.limits import DEFAULT as READ_LIMITS
from careermap.ingest.limits import Deadline
from careermap.ingest.markup import html_page, is_markup
from careermap.ingest.structured import load_json, load_yaml
from careermap.jobs.models import FIELDS, Posting, ReadResult, RowProblem
from careermap.jobs.salary import SalaryUnreadable, parse_salary
from careermap.jobs.structure import jobs_data
from careermap.knowledge.loader import Knowledge

DEFAULT_MAX_BYTES = 200 * 1024 * 1024
_TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
_HINT = (
    "give a .jsonl, .json, .csv or .tsv file, or a folder of .txt/.md/.html postings",
    "请提供 .jsonl、.json、.csv 或 .tsv 文件，或一个放着 .txt/.md/.html 岗位的文件夹",
)
# "---", YAML, "---": the YAML opens after the last line break of the spaces after the first "---" (held
# there, atomic), or after the one before it when the closing "---" stands right at that last break.
# The same matches as r"\A---\s*\n(.*?)\n---\s*\n", which, without a closing "---", looked for one from
# each line break of those spaces to the end of the text (a file opening with many blank lines: quadratic)
_FRONT_MATTER = re.compile(r"\A---(?:(?>\s*\n)|\s*\n(?=[^\S\n]*\n---\s*\n))(.*?)\n---\s*\n", re.S)


def parse_mapping(pairs: list[str]) -> dict[str, str]:
    """``["title=job_name", "body=desc"]`` to ``{"title": "job_name", "body": "desc"}``."""
    out: dict[str, str] = {}
    for pair in pairs:
        fld, sep, column = pair.partition("=")
        fld, column = fld.strip().lower(), column.strip()
        if not sep or not column or fld not in FIELDS:
            raise JobsError(
                f"cannot read the mapping '{pair}'",
                f"无法理解字段映射 '{pair}'",
                hint_en=f"write FIELD=COLUMN, FIELD one of {', '.join(FIELDS)} (e.g. --map body=description)",
                hint_zh=f"格式为 字段=列名，字段取 {', '.join(FIELDS)} 之一（如 --map body=description）",
            )
        out[fld] = column
    return out


def read_postings(
    source: str | Path,
    kb: Knowledge,
    *,
    mapping: dict[str, str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    strict_fields: bool = True,
) -> ReadResult:
    """Every posting of ``source`` that can be read, and a problem for each row that cannot.

    With ``strict_fields=False`` a salary or date that cannot be read is dropped instead of
    failing its row (classifying needs neither)."""
    src = str(source)
    path = Path(src)
    if src != "-" and path.is_dir():
        return _read_folder(path, kb, mapping or {}, strict_fields)
    data = _bytes(src, max_bytes)
    suffix = path.suffix.lower() if src != "-" else ".jsonl"
    if suffix in _TEXT_SUFFIXES:
        return _read_files([path], kb, mapping or {}, strict_fields=strict_fields)
    if suffix not in (".csv", ".tsv", ".json", ".jsonl", ".ndjson", ".jsonlines"):
        raise JobsError(
            f"cannot read postings from '{path.name}'",
            f"无法从 '{path.name}' 读取岗位",
            hint_en=_HINT[0],
            hint_zh=_HINT[1],
        )
    text, encoding, bad_lines = _decode(data, "stdin" if src == "-" else path.name, kb)
    if suffix in (".csv", ".tsv"):
        records = _csv_records(text, delimiter="\t" if suffix == ".tsv" else ",")
    elif suffix == ".json":
        records = _json_records(text, src)
    else:
        records = _jsonl_records(text)
    return _collect(records, kb, mapping or {}, encoding, bad_lines, strict_fields)


def read_lines(
    data: bytes,
    kb: Knowledge,
    *,
    mapping: dict[str, str] | None = None,
    columns: dict[str, str] | None = None,
    first_line: int = 1,
    strict_fields: bool = True,
    name: str = "-",
) -> ReadResult:
    """A run of whole lines of a JSON Lines file (a chunk of a file too large to read at once),
    read as :func:`read_postings` reads the file: the same checks and problems, rows numbered from
    ``first_line``, and the columns given (those found in the file's first lines) or else found here;
    ``name`` is the file's, for messages."""
    text, encoding, bad_lines = _decode(data, name, kb)
    read = _collect(_jsonl_records(text), kb, mapping or {}, encoding, bad_lines, strict_fields, columns)
    if first_line != 1:
        shift = first_line - 1
        for p in read.postings:
            p.row = str(int(p.row) + shift)
        read.problems = [replace(x, row=str(int(x.row) + shift)) for x in read.problems]
    return read


def resolve_columns(keys: list[str], kb: Knowledge, mapping: dict[str, str] | None = None) -> dict[str, str]:
    """Field -> the column that holds it, among ``keys`` (a file's column names), as
    :func:`read_postings` finds them; a file with no title or body column is refused."""
    columns = _resolve(keys, kb, mapping or {})
    _check_required(columns, keys)
    return columns


def _bytes(src: str, max_bytes: int) -> bytes:
    if src == "-":
        return sys.stdin.buffer.read(max_bytes + 1)
    from careermap.ingest.files import POSTINGS, read_file  # a folder, a device, a pipe… each named as what it is

    got = read_file(src, limit=max_bytes, expected=POSTINGS)
    if got.size > max_bytes:
        name = Path(src).name
        raise JobsError(
            f"{name} is larger than {max_bytes // (1024 * 1024)} MB",
            f"{name} 超过 {max_bytes // (1024 * 1024)} MB",
            hint_en="split the file and import the parts (re-importing is safe)",
            hint_zh="请拆分文件后分别导入（重复导入是安全的）",
        )
    return got.data


def _decode(data: bytes, name: str, kb: Knowledge, *, html: bool = False) -> tuple[str, str, frozenset[int]]:
    """Text, the encoding, and the (1-based) lines that are not in that encoding
    (:func:`careermap.ingest.encoding.decode_lines`): a file that is UTF-8 but for a few lines
    keeps UTF-8 and reports those lines. Binary data or an encoding no reading fits stops the
    file with the code of its error (E102, E107)."""
    try:
        decoded, bad = decode_lines(data, name, variants=kb.variants, html=html)
    except (BinaryInput, DecodeFailed) as exc:
        raise type(exc)(exc.en, exc.zh, hint_en=_HINT[0], hint_zh=_HINT[1]) from None
    return decoded.text, decoded.encoding, bad


Record = tuple[str, int | None, dict[str, Any] | None, RowError | None]  # row, first line, fields, error


def _not_object() -> RowNotRecord:
    return RowNotRecord("not a JSON object", "不是 JSON 对象")


def _jsonl_records(text: str) -> Iterator[Record]:
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = load_json(line)
        except json.JSONDecodeError as exc:
            yield str(n), n, None, RowNotRecord(f"not valid JSON ({exc.msg})", f"不是有效的 JSON（{exc.msg}）")
            continue
        if not isinstance(obj, dict):
            yield str(n), n, None, _not_object()
            continue
        yield str(n), n, obj, None


def _json_records(text: str, src: str) -> Iterator[Record]:
    try:
        obj = load_json(text)
    except json.JSONDecodeError as exc:
        raise JobsError(
            f"{Path(src).name} is not valid JSON (line {exc.lineno}: {exc.msg})",
            f"{Path(src).name} 不是有效的 JSON（第 {exc.lineno} 行：{exc.msg}）",
            hint_en="fix the file, or save one posting per line as .jsonl so one bad row cannot stop the rest",
            hint_zh="请修正文件，或改存为每行一个岗位的 .jsonl，这样一行出错不影响其他行",
        ) from None
    if isinstance(obj, dict):
        obj = next((v for v in obj.values() if isinstance(v, list)), [obj])
    if not isinstance(obj, list):
        obj = [obj]
    for i, item in enumerate(obj, 1):
        if isinstance(item, dict):
            yield str(i), None, item, None
        else:
            yield str(i), None, None, _not_object()


def _csv_records(text: str, *, delimiter: str) -> Iterator[Record]:
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    for i, row in enumerate(reader, 2):
        if None in row:  # more cells than the header names
            extra = row.pop(None)
            if any(str(x).strip() for x in extra or []):
                yield (
                    str(i),
                    reader.line_num,
                    None,
                    RowNotRecord("more cells than the header has columns", "单元格数多于表头的列数"),
                )
                continue
        if not any((v or "").strip() for v in row.values()):
            continue
        yield str(i), reader.line_num, dict(row), None


def _resolve(keys: list[str], kb: Knowledge, mapping: dict[str, str]) -> dict[str, str]:
    """Field -> the column that holds it."""
    by_fold = {k.strip().lower(): k for k in keys}
    names = jobs_data(kb).fields
    out: dict[str, str] = {}
    for fld in FIELDS:
        if fld in mapping:
            col = by_fold.get(mapping[fld].strip().lower())
            if col is None:
                raise JobsError(
                    f"column '{mapping[fld]}' (mapped to {fld}) is not in the file; columns: {', '.join(keys)}",
                    f"文件中没有列 '{mapping[fld]}'（映射为 {fld}）；现有列：{', '.join(keys)}",
                    hint_en="check the name given to --map",
                    hint_zh="请检查 --map 中的列名",
                )
            out[fld] = col
            continue
        for alias in getattr(names, fld):
            col = by_fold.get(alias.lower())
            if col is not None and col not in out.values():
                out[fld] = col
                break
    return out


def _collect(
    records: Iterator[Record],
    kb: Knowledge,
    mapping: dict[str, str],
    encoding: str,
    bad_lines: frozenset[int],
    strict_fields: bool = True,
    columns: dict[str, str] | None = None,
) -> ReadResult:
    postings: list[Posting] = []
    problems: list[RowProblem] = []
    rows = 0
    recs = list(records)
    if columns is None:
        seen_keys: list[str] = list(dict.fromkeys(k for r in recs if r[2] is not None for k in r[2]))
        columns = _resolve(seen_keys, kb, mapping) if seen_keys else {}
        _check_required(columns, seen_keys)

    def handle(rec: Record) -> None:
        nonlocal rows
        row, line, fields, error = rec
        rows += 1
        if error is not None or fields is None:
            problems.append(RowProblem.of(row, "row", error or RowNotRecord("unreadable row", "无法读取的行")))
            return
        if line is not None and line in bad_lines:
            problems.append(_encoding_problem(row, fields.get(columns.get("id", ""), None)))
            return
        result = _posting(fields, columns, row, kb, strict_fields)
        if isinstance(result, RowProblem):
            problems.append(result)
        else:
            postings.append(result)

    for rec in recs:
        handle(rec)
    return ReadResult(postings, problems, rows, encoding, columns)


def _check_required(columns: dict[str, str], keys: list[str]) -> None:
    missing = [f for f in ("title", "body") if f not in columns]
    if missing and keys:
        raise JobsError(
            f"no column for {' and '.join(missing)}; columns: {', '.join(keys)}",
            f"找不到 {'、'.join(missing)} 对应的列；现有列：{', '.join(keys)}",
            hint_en=f"name the column with --map, e.g. --map {missing[0]}=<column>",
            hint_zh=f"请用 --map 指定列，如 --map {missing[0]}=<列名>",
        )


def _encoding_problem(row: str, pid: Any) -> RowProblem:
    error = RowEncoding("text is not in the file's encoding (wrong encoding)", "文本与文件的编码不一致（编码错误）")
    return RowProblem.of(row, "encoding", error, str(pid) if pid else None)


def _text(value: Any) -> str:
    """A field as text; a NUL (``\\u0000`` in JSON) is no character of a posting and is dropped
    (a PostgreSQL store could not hold it, and both stores keep the same text)."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(_text(v) for v in value)
    return str(value).replace("\x00", "")


def _posting(
    fields: dict[str, Any], columns: dict[str, str], row: str, kb: Knowledge, strict: bool = True
) -> Posting | RowProblem:
    get = {f: _text(fields.get(c)).strip() for f, c in columns.items()}
    pid = get.get("id") or None
    if any("\ufffd" in v for v in get.values()):
        return _encoding_problem(row, pid)
    title, body = get.get("title", ""), get.get("body", "")
    if body and is_markup(body):  # "<p>…</p><ul><li>…": the text a reader of the page sees
        try:
            body = html_page(body, row, deadline=Deadline(READ_LIMITS.timeout, row))[1]
        except CareermapError as exc:
            return RowProblem.of(row, "body", RowNotRecord(exc.en, exc.zh), pid)
    if not title:
        return RowProblem.of(row, "title", RowNoTitle("the title is missing", "缺少职位名称（title）"), pid)
    if not body:
        return RowProblem.of(row, "body", RowNoBody("the body is empty", "正文（body）为空"), pid)
    lang = detect_languages(body)[0]
    salary = None
    if get.get("salary"):
        try:
            salary = parse_salary(get["salary"], kb, lang=lang)
        except SalaryUnreadable:
            if not strict:
                salary = None
            else:
                said = get["salary"][:40]
                return RowProblem.of(
                    row, "salary", RowSalary(f"cannot read the salary '{said}'", f"无法识别薪资 '{said}'"), pid
                )
    day = None
    if get.get("date"):
        day = parse_date(get["date"])
        if day is None and strict:
            said = get["date"][:40]
            return RowProblem.of(row, "date", RowDate(f"cannot read the date '{said}'", f"无法识别日期 '{said}'"), pid)
    given = bool(pid)
    if not pid:
        pid = "p-" + content_hash(title, get.get("company", ""), body)[:16]
    return Posting(
        id=pid,
        title=title,
        body=body,
        company=get.get("company") or None,
        city=get.get("city") or None,
        salary=salary,
        salary_text=get.get("salary") or None,
        date=day,
        url=get.get("url") or None,
        row=row,
        given_id=given,
    )


def content_hash(title: str, company: str, body: str) -> str:
    """The same posting, however it is spaced or cased, hashes the same."""
    norm = "\x1f".join(" ".join(x.split()).lower() for x in (title, company or "", body))
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()


_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?"),
    re.compile(r"^(\d{4})[-/.年](\d{1,2})月?$"),
)


def parse_date(text: str) -> str | None:
    """An ISO date (YYYY-MM-DD, or YYYY-MM when the day is not given) from common forms."""
    t = text.strip()
    try:
        return datetime.fromisoformat(t.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    m = _DATE_PATTERNS[0].match(t)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    m = _DATE_PATTERNS[1].match(t)
    if m and 1 <= int(m[2]) <= 12:
        return f"{int(m[1]):04d}-{int(m[2]):02d}"
    for fmt in ("%b %d, %Y", "%B %d, %Y", "%d %b %Y", "%d %B %Y", "%m/%d/%Y"):
        try:
            return datetime.strptime(t, fmt).date().isoformat()
        except ValueError:
            continue
    return None


# ---------------------------------------------------------------- folders of text files


def _read_folder(path: Path, kb: Knowledge, mapping: dict[str, str], strict_fields: bool = True) -> ReadResult:
    files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in _TEXT_SUFFIXES)
    if not files:
        raise JobsError(
            f"no .txt, .md or .html postings in {path}",
            f"{path} 中没有 .txt、.md 或 .html 岗位文件",
            hint_en="put one posting per file in the folder",
            hint_zh="请每个文件放一个岗位",
        )
    return _read_files(files, kb, mapping, root=path, strict_fields=strict_fields)


def _read_files(
    files: list[Path], kb: Knowledge, mapping: dict[str, str], root: Path | None = None, strict_fields: bool = True
) -> ReadResult:
    postings: list[Posting] = []
    problems: list[RowProblem] = []
    encodings: set[str] = set()
    for f in files:
        name = f.relative_to(root).as_posix() if root else f.name
        page = f.suffix.lower() in (".html", ".htm")
        try:
            text, encoding, bad = _decode(f.read_bytes(), name, kb, html=page)
        except (BinaryInput, DecodeFailed) as exc:  # one file of a folder: its row, and the others are read
            problems.append(RowProblem.of(name, "encoding", RowEncoding(exc.en, exc.zh)))
            continue
        encodings.add(encoding)
        if bad:
            problems.append(_encoding_problem(name, None))
            continue
        fields: dict[str, Any] = {}
        m = _FRONT_MATTER.match(text)
        if m:
            try:
                meta = load_yaml(m.group(1))
                if isinstance(meta, dict):
                    fields.update({str(k): v for k, v in meta.items()})
            except yaml.YAMLError:
                error = RowNotRecord("the front matter is not valid YAML", "文件头信息不是有效的 YAML")
                problems.append(RowProblem.of(name, "row", error))
                continue
            text = text[m.end() :]
        if page:
            try:
                title, body = html_page(text, name, deadline=Deadline(READ_LIMITS.timeout, name))
            except CareermapError as exc:
                problems.append(RowProblem.of(name, "body", RowNotRecord(exc.en, exc.zh)))
                continue
        else:
            lines = text.strip().split("\n", 1)
            title = lines[0].strip().lstrip("#").strip()
            body = lines[1].strip() if len(lines) > 1 else ""
        fields.setdefault("title", title)
        fields.setdefault("body", body)
        columns = _resolve(list(fields), kb, {k: v for k, v in mapping.items() if v in fields})
        result = _posting(fields, columns, name, kb, strict_fields)
        if isinstance(result, RowProblem):
            problems.append(result)
        else:
            postings.append(result)
    return ReadResult(
        postings, problems, len(files), "/".join(sorted(encodings)) or "utf-8", {"title": "title", "body": "body"}
    )
