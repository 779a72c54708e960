"""Text in, :class:`~careermap.score.models.Assessment` out: read, extract, score — the engine every
front and the questionnaire share.

>>> from careermap.score.engine import assess_source
>>> assess_source("5年Java后端，熟悉Spring Cloud，最近用LangChain做了知识库问答").top.id
'apps'

The public ``careermap.diagnose`` turns the assessment into the result users see
(:class:`careermap.report.models.diagnosis.Diagnosis`); ``careermap.assess`` is this function, for
scripts that want the engine's own objects (evidence, contributions with their spans).
"""

from __future__ import annotations

from careermap.extract.evidence import extract
from careermap.extract.models import ConstraintSignal, TraitSignal
from careermap.ingest.document import Document, from_text
from careermap.knowledge.default import default_knowledge
from careermap.knowledge.loader import Knowledge
from careermap.score.models import Assessment
from careermap.score.scorer import assess


def assess_source(
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
    kb = kb or default_knowledge()
    doc = source if isinstance(source, Document) else from_text(source, kb)
    ev = extract(doc, kb)
    if semantic:
        from careermap.extract.semantic import default_encoder, semantic_evidence

        ev.semantic = semantic_evidence(doc, kb, default_encoder())
    return assess(kb, ev, lang=lang, source=doc.name, extra_traits=traits, constraints=constraints)
