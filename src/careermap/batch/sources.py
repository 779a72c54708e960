"""What a batch reads: a file, a folder or a glob, listed as input files in a fixed order, and
each file cut into chunks that one worker handles at a time (bounded memory on any size).

A chunk is the unit both engines pass to :mod:`careermap.batch.rows`:

* ``lines`` — whole lines of a JSON Lines file, as bytes, with the number of the first line
  (a file of any size streams; the columns are the ones found in its first chunk);
* ``records`` — rows of a Parquet file as dicts, numbered from 1 in the file;
* ``file`` — a whole file of another format (CSV/TSV, a JSON array, one .txt/.md/.html posting,
  a résumé for ``batch diagnose``), read as the one-record commands read it;
* ``postings`` — on the local engine, a CSV/TSV or JSON array file is read whole in the parent
  (as ``jobs classify`` reads it) and its postings are handed out in chunks.
"""

from __future__ import annotations

import glob
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from careermap.errors import JobsError

LINES = "lines"
RECORDS = "records"
FILE = "file"
POSTINGS = "postings"  # a CSV/TSV file or a JSON array read whole, handed out in chunks of postings

POSTING_SUFFIXES = {
    ".jsonl": LINES,
    ".ndjson": LINES,
    ".jsonlines": LINES,
    ".parquet": RECORDS,
    ".csv": FILE,
    ".tsv": FILE,
    ".json": FILE,
    ".txt": FILE,
    ".md": FILE,
    ".markdown": FILE,
    ".html": FILE,
    ".htm": FILE,
}
# batch diagnose: a folder of résumés in any format diagnose reads, or records of {id, text}
RESUME_SUFFIXES = {
    ".jsonl": LINES,
    ".ndjson": LINES,
    ".parquet": RECORDS,
    ".txt": FILE,
    ".md": FILE,
    ".markdown": FILE,
    ".html": FILE,
    ".htm": FILE,
    ".pdf": FILE,
    ".docx": FILE,
}


@dataclass(frozen=True, slots=True)
class InputFile:
    """One file of the input: where it is, the name rows carry (relative to the folder given)."""

    path: str
    name: str
    kind: str  # lines | records | file


@dataclass(slots=True)
class Chunk:
    """A piece of one input file: the ``number``-th chunk of file ``file`` (both from 0)."""

    file: int
    number: int
    source: str  # the file's name as rows carry it
    kind: str
    lines: bytes = b""
    first_line: int = 1
    records: list[dict[str, Any]] = field(default_factory=list)
    first_row: int = 1
    path: str = ""  # for kind "file"
    size: int = 0  # bytes this chunk covers (progress)
    read: Any = None  # for kind "postings": a ReadResult, part of a file already read

    @property
    def key(self) -> str:
        return f"{self.file:05d}-{self.number:05d}"


def list_inputs(src: str, *, suffixes: dict[str, str]) -> list[InputFile]:
    """The files ``src`` names, sorted: the file itself, every file of a folder (recursively,
    hidden and ``_``-prefixed names skipped as Spark skips them), or the matches of a glob."""
    path = Path(src)
    if path.is_file():
        return [_input(path, path.name, suffixes, given=True)]
    if path.is_dir():
        files = sorted(
            p
            for p in path.rglob("*")
            if p.is_file()
            and p.suffix.lower() in suffixes
            and not any(part.startswith((".", "_")) for part in p.relative_to(path).parts)
        )
        if not files:
            raise _nothing(src, suffixes)
        return [_input(p, p.relative_to(path).as_posix(), suffixes) for p in files]
    if glob.has_magic(src):
        matches = sorted(Path(m) for m in glob.glob(src, recursive=True) if Path(m).is_file())
        files = [m for m in matches if m.suffix.lower() in suffixes]
        if not files:
            raise _nothing(src, suffixes)
        return [_input(p, str(p), suffixes) for p in files]
    raise JobsError(
        f"no such file or folder: {src}",
        f"文件或文件夹不存在：{src}",
        hint_en="check the path (a file, a folder or a glob such as 'data/*.jsonl')",
        hint_zh="请检查路径（文件、文件夹或通配符，如 'data/*.jsonl'）",
    )


def _input(path: Path, name: str, suffixes: dict[str, str], *, given: bool = False) -> InputFile:
    kind = suffixes.get(path.suffix.lower())
    if kind is None:
        raise JobsError(
            f"cannot read '{path.name}' in a batch",
            f"批处理无法读取 '{path.name}'",
            hint_en=f"give {', '.join(sorted(suffixes))} files, a folder of them or a glob",
            hint_zh=f"请提供 {'、'.join(sorted(suffixes))} 文件、其所在文件夹或通配符",
        )
    return InputFile(str(path), name, kind)


def _nothing(src: str, suffixes: dict[str, str]) -> JobsError:
    return JobsError(
        f"no file to read in {src}",
        f"{src} 中没有可读取的文件",
        hint_en=f"the batch reads {', '.join(sorted(suffixes))} files",
        hint_zh=f"批处理读取 {'、'.join(sorted(suffixes))} 文件",
    )


def chunks(files: list[InputFile], *, size: int) -> Iterator[Chunk]:
    """Every chunk of every file, in input order: ``size`` lines or records at most."""
    for i, f in enumerate(files):
        if f.kind == LINES:
            yield from _line_chunks(i, f, size)
        elif f.kind == RECORDS:
            yield from _record_chunks(i, f, size)
        else:
            yield Chunk(i, 0, f.name, FILE, path=f.path, size=Path(f.path).stat().st_size)


def _line_chunks(i: int, f: InputFile, size: int) -> Iterator[Chunk]:
    number, first, lines = 0, 1, []
    with open(f.path, "rb") as fh:
        for line in fh:
            lines.append(line)
            if len(lines) >= size:
                data = b"".join(lines)
                yield Chunk(i, number, f.name, LINES, lines=data, first_line=first, size=len(data))
                number, first, lines = number + 1, first + len(lines), []
    if lines or number == 0:
        data = b"".join(lines)
        yield Chunk(i, number, f.name, LINES, lines=data, first_line=first, size=len(data))


def _record_chunks(i: int, f: InputFile, size: int) -> Iterator[Chunk]:
    pq = parquet()
    handle = pq.ParquetFile(f.path)
    first, number = 1, 0
    for batch in handle.iter_batches(batch_size=size):
        records = batch.to_pylist()
        yield Chunk(i, number, f.name, RECORDS, records=records, first_row=first, size=batch.nbytes)
        first += len(records)
        number += 1
    if number == 0:
        yield Chunk(i, 0, f.name, RECORDS, records=[], first_row=1)


HEAD_LINES = 1000  # a JSON Lines file's columns are found in its first lines (both engines)


def head_lines(path: str, n: int = HEAD_LINES) -> bytes:
    """The first ``n`` lines of a file."""
    out = []
    with open(path, "rb") as fh:
        for line in fh:
            out.append(line)
            if len(out) >= n:
                break
    return b"".join(out)


def total_bytes(files: list[InputFile]) -> int:
    return sum(Path(f.path).stat().st_size for f in files)


def parquet() -> Any:
    """``pyarrow.parquet``, or the install command when the extra is missing."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        from careermap.errors import MissingDependency

        raise MissingDependency(
            "Parquet needs pyarrow",
            "Parquet 需要 pyarrow",
            hint_en="pip install 'careermap[batch]' (or --format jsonl)",
            hint_zh="请运行 pip install 'careermap[batch]'（或用 --format jsonl）",
        ) from None
    return pq
