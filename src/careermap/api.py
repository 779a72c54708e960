"""The public Python API: what the CLI, the web front and scripts call.

>>> from careermap import diagnose
>>> a = diagnose("5年Java后端，熟悉Spring Cloud，最近用LangChain做了知识库问答")
>>> a.top.id
'apps'
"""

from __future__ import annotations

from careermap.extract.evidence import extract
from careermap.extract.models import ConstraintSignal, TraitSignal
from careermap.extract.semantic import Encoder
from careermap.ingest.document import Document, from_text
from careermap.knowledge.loader import Knowledge, load
from careermap.score.models import Assessment
from careermap.score.scorer import assess

_DEFAULT: Knowledge | None = None


def knowledge() -> Knowledge:
    """The bundled (or ``$CAREERMAP_KB``) knowledge base, loaded once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load()
    return _DEFAULT


def diagnose(
    source: str | Document,
    *,
    kb: Knowledge | None = None,
    lang: str | None = None,
    traits: list[TraitSignal] | None = None,
    constraints: list[ConstraintSignal] | None = None,
    semantic: bool = False,
) -> Assessment:
    """Rank the six directions and eighteen roles for a background text or document.

    ``traits`` and ``constraints`` (from questionnaire answers, see :mod:`careermap.quiz`)
    add named contributions with their own source, apart from what the text shows.
    ``semantic=True`` adds the optional sentence-encoder signal (``careermap[semantic]``).
    """
    kb = kb or knowledge()
    doc = source if isinstance(source, Document) else from_text(source, kb)
    ev = extract(doc, kb)
    if semantic:
        from careermap.extract.semantic import semantic_evidence

        ev.semantic = semantic_evidence(doc, kb, encoder())
    return assess(kb, ev, lang=lang, source=doc.name, extra_traits=traits, constraints=constraints)


_ENCODER: Encoder | None = None


def encoder() -> Encoder:
    """The optional sentence encoder, loaded once per process."""
    global _ENCODER
    if _ENCODER is None:
        from careermap.extract.semantic import load_encoder

        _ENCODER = load_encoder()
    return _ENCODER
