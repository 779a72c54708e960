"""The compiled knowledge base: validated once, then read back from the user's cache folder.

Reading and validating the YAML files and compiling the matcher's automaton takes most of a
short command's time; both depend only on the files and on careermap itself. So the first
:func:`~careermap.knowledge.loader.load` of a folder writes what it validated to a cache entry,
and each later process reads it back in a few milliseconds::

    <cache>/kb-<key>/knowledge.pickle     the validated Knowledge
    <cache>/kb-<key>/<part>.pickle        a compiled part (the matcher's automaton …), written by
                                          the first process that builds it (:func:`part`)

``<cache>`` is ``$CAREERMAP_CACHE_DIR``, else the platform's user cache folder
(``~/.cache/careermap`` on Linux). ``<key>`` is a hash of everything the entry depends on: the
names and bytes of every ``*.yaml`` file of the folder, the folder itself (a ``--kb`` folder gets
its own entry), careermap's version and the source of the modules that build what is kept
(a development install changes code without changing its version), and the versions of Python,
pydantic and pyahocorasick. Any file that changes makes a new key, so a stale entry is never read;
old entries are left for the user to delete (each is a few megabytes).

Every file starts with a header — a magic line, the payload's length and its SHA-256 — and is
read only when all three agree: a truncated or corrupt file is rebuilt, never trusted. Files are
written to a temporary name and renamed into place, so two processes building at once each
write a whole file and either one's is valid. A cache folder that cannot be written only costs
the time of validating again. ``CAREERMAP_NO_CACHE=1`` (or ``load(path, cache=False)``) turns
the cache off.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import struct
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from careermap.knowledge.loader import Knowledge

CACHE_ENV = "CAREERMAP_CACHE_DIR"
OFF_ENV = "CAREERMAP_NO_CACHE"
MAGIC = b"careermap compiled knowledge 1\n"
_HEADER = struct.Struct(">Q32s")  # payload length, SHA-256 of the payload
KNOWLEDGE = "knowledge"
# the modules whose output an entry holds: a change to any of them is a new key
_SOURCES = (
    "knowledge/compiled.py",
    "knowledge/lexicon.py",
    "knowledge/loader.py",
    "knowledge/models.py",
    "text/normalize.py",
    "extract/matcher.py",
)
T = TypeVar("T")


def enabled() -> bool:
    """Whether the cache is on (``CAREERMAP_NO_CACHE`` unset, empty or ``0``)."""
    return os.environ.get(OFF_ENV, "").strip().lower() in ("", "0", "false", "no", "off")


def cache_dir() -> Path:
    """Where careermap keeps what it can rebuild: ``$CAREERMAP_CACHE_DIR``, else the user cache folder."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("careermap", appauthor=False))


def _code_digest() -> bytes:
    import ahocorasick
    import pydantic

    root = Path(__file__).resolve().parents[1]
    h = hashlib.sha256()
    # the package is always imported before its modules (read, not imported: the root imports every layer)
    version = getattr(sys.modules.get("careermap"), "__version__", "")
    h.update(f"{version}|{sys.version}|{pydantic.VERSION}|{getattr(ahocorasick, '__version__', '')}".encode())
    for rel in _SOURCES:
        try:
            h.update((root / rel).read_bytes())
        except OSError:  # pragma: no cover - an installed careermap has all its sources
            h.update(rel.encode())
    return h.digest()


def entry_key(root: Path, files: Iterable[tuple[str, bytes]]) -> str:
    """The key of a knowledge-base folder's entry: its place, its files (relative name and bytes),
    and the code that compiles them."""
    h = hashlib.sha256(_code_digest())
    h.update(str(root.resolve()).encode())
    for rel, data in files:
        h.update(b"\0" + rel.encode() + b"\0" + hashlib.sha256(data).digest())
    return h.hexdigest()[:24]


def entry_path(key: str) -> Path:
    return cache_dir() / f"kb-{key}"


def _read(path: Path) -> Any | None:
    """The object in ``path`` if its header holds (magic, length, checksum); else ``None``."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = len(MAGIC) + _HEADER.size
    if len(data) < head or not data.startswith(MAGIC):
        return None
    length, digest = _HEADER.unpack_from(data, len(MAGIC))
    payload = memoryview(data)[head:]
    if len(payload) != length or hashlib.sha256(payload).digest() != digest:
        return None
    collecting = gc.isenabled()
    gc.disable()  # unpickling makes thousands of objects, none of them garbage: no cycle collection (~20% faster)
    try:
        return pickle.loads(payload)
    except Exception:  # a file from an incompatible build: rebuilt like a corrupt one
        return None
    finally:
        if collecting:
            gc.enable()


def _write(path: Path, obj: object) -> None:
    """Write ``obj`` whole under a temporary name, then rename it into place (atomic on POSIX and
    Windows); a folder that cannot be written is left alone."""
    import tempfile  # only when writing (it pulls in shutil, bz2, lzma…)

    try:
        payload = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(MAGIC + _HEADER.pack(len(payload), hashlib.sha256(payload).digest()))
                fh.write(payload)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, pickle.PicklingError):
        pass


def read_knowledge(entry: Path) -> Knowledge | None:
    """The validated knowledge base kept in ``entry``, if it is there and whole."""
    from careermap.knowledge.loader import Knowledge

    kb = _read(entry / f"{KNOWLEDGE}.pickle")
    if not isinstance(kb, Knowledge):
        return None
    kb._compiled = entry
    return kb


def write_knowledge(entry: Path, kb: Knowledge) -> None:
    """Keep ``kb`` (validated, without what was built from it) in ``entry``."""
    state = kb._cache, kb._compiled
    kb._cache, kb._compiled = {}, None
    try:
        _write(entry / f"{KNOWLEDGE}.pickle", kb)
    finally:
        kb._cache, kb._compiled = state
    kb._compiled = entry


def part(kb: Knowledge, name: str, build: Callable[[Knowledge], T], kind: type[T]) -> T:
    """The compiled part ``name`` of ``kb`` (an automaton, a table): kept with ``kb`` in memory;
    else read from its cache entry; else built by ``build(kb)`` and written to the entry for the
    processes that follow. ``build`` must depend on the knowledge-base files alone."""
    got = kb._cache.get(name)
    if isinstance(got, kind):
        return got
    entry = kb._compiled
    found = _read(entry / f"{name}.pickle") if entry is not None else None
    if isinstance(found, kind):
        got = found
    else:
        got = build(kb)
        if entry is not None:
            _write(entry / f"{name}.pickle", got)
    kb._cache[name] = got
    return got
