"""Near-duplicate postings: the same posting re-posted by agencies with small edits.

MinHash signatures over character shingles of the normalised text (datasketch), candidates
from MinHash LSH, then the exact Jaccard similarity of the two shingle sets must reach the
threshold, so LSH's estimate never merges two postings on its own. Settings are in
``jobs.yaml -> dedup``.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Callable, Iterable

import numpy as np

from careermap.jobs.models import Cluster

_TOKEN = re.compile(r"[a-z0-9]+|[^\W\d_a-z]", re.I)
SEED = 1
SCHEME = "affine32"  # datasketch 2 permutation scheme; stored signatures are read back with it


def tokens(text: str) -> list[str]:
    """Latin words and numbers, and single CJK characters, after NFKC and lower case:
    re-spacing and re-punctuating a posting does not change it."""
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).lower())


def shingles(text: str, k: int) -> set[str]:
    """Runs of ``k`` tokens: ``k`` words of English, ``k`` characters of Chinese."""
    t = tokens(text)
    if len(t) <= k:
        return {" ".join(t)} if t else set()
    return {" ".join(t[i : i + k]) for i in range(len(t) - k + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


class NearDuplicates:
    """An index of postings that finds, for a new text, the stored texts it repeats.

    ``text_of`` gives the text of a stored key when a candidate must be verified and its
    shingles are not in memory (postings loaded from the store by signature only).
    """

    def __init__(
        self,
        *,
        shingle: int,
        num_perm: int,
        threshold: float,
        lsh_threshold: float,
        text_of: Callable[[str], str | None] | None = None,
    ) -> None:
        from datasketch import MinHash, MinHashLSH

        self.shingle = shingle
        self.num_perm = num_perm
        self.threshold = threshold
        self.text_of = text_of
        # LSH only proposes candidates (set below the threshold for recall); the exact check decides
        self._lsh = MinHashLSH(threshold=lsh_threshold, num_perm=num_perm)
        self._shingles: dict[str, set[str]] = {}
        self._keys: set[str] = set()
        # drawing the permutations costs milliseconds: once per index, then copied for each text
        self._empty = MinHash(num_perm=num_perm, seed=SEED, hashfunc=zlib.crc32, scheme=SCHEME)

    def signature(self, text: str, sh: set[str] | None = None) -> np.ndarray:
        """The MinHash signature (``num_perm`` hash values) of a text."""
        m = self._empty.copy()
        m.update_batch([s.encode("utf-8") for s in (sh if sh is not None else shingles(text, self.shingle))])
        return np.array(m.hashvalues)

    def _minhash(self, values: np.ndarray):  # type: ignore[no-untyped-def]
        from datasketch import LeanMinHash

        return LeanMinHash(seed=SEED, hashvalues=values, scheme=SCHEME)

    def add(
        self, key: str, *, text: str | None = None, signature: np.ndarray | None = None, sh: set[str] | None = None
    ) -> np.ndarray:
        """Index ``key`` by its text, or by a stored signature (with its shingles ``sh`` when known,
        e.g. computed elsewhere by :meth:`prepare`); returns the signature."""
        if key in self._keys:
            return signature if signature is not None else self.signature(text or "")
        if signature is None:
            sh, signature = self.prepare(text or "")
        if sh is not None:
            self._shingles[key] = sh
        self._lsh.insert(key, self._minhash(signature))
        self._keys.add(key)
        return signature

    def prepare(self, text: str) -> tuple[set[str], np.ndarray]:
        """A text's shingles and signature: the costly part of :meth:`query` and :meth:`add`, which
        other processes can do and hand over."""
        sh = shingles(text, self.shingle)
        return sh, self.signature("", sh)

    def query(
        self, text: str = "", *, exclude: str | None = None, prepared: tuple[set[str], np.ndarray] | None = None
    ) -> list[tuple[str, float]]:
        """Stored keys whose text repeats ``text`` (exact Jaccard >= threshold), most similar first;
        ``prepared``: the text's shingles and signature from :meth:`prepare`, instead of the text."""
        sh, signature = prepared if prepared is not None else self.prepare(text)
        found = []
        for key in self._lsh.query(self._minhash(signature)):
            if key == exclude:
                continue
            other = self._shingles.get(key)
            if other is None and self.text_of is not None:
                stored = self.text_of(key)
                if stored is not None:
                    other = self._shingles[key] = shingles(stored, self.shingle)
            if other is None:
                continue
            sim = jaccard(sh, other)
            if sim >= self.threshold:
                found.append((key, round(sim, 4)))
        found.sort(key=lambda x: (-x[1], x[0]))
        return found


def find_clusters(
    items: Iterable[tuple[str, str]], *, shingle: int, num_perm: int, threshold: float, lsh_threshold: float
) -> tuple[list[Cluster], dict[str, str]]:
    """Group texts that repeat one another; the first of each group (input order) is kept.

    Returns the clusters (groups of two or more) and, for every repeat, the key it repeats.
    """
    index = NearDuplicates(shingle=shingle, num_perm=num_perm, threshold=threshold, lsh_threshold=lsh_threshold)
    root: dict[str, str] = {}
    sims: dict[str, float] = {}
    for key, text in items:
        hits = index.query(text)
        if hits:
            other, sim = hits[0]
            root[key] = root.get(other, other)
            sims[key] = sim
        index.add(key, text=text)
    groups: dict[str, list[str]] = {}
    for key, keep in root.items():
        groups.setdefault(keep, [keep]).append(key)
    clusters = [Cluster(keep, members, min(sims[m] for m in members if m != keep)) for keep, members in groups.items()]
    return clusters, root
