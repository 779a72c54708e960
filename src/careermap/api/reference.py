"""``careermap.kb_show``, ``kb_search``, ``kb_validate``, ``directions``, ``questionnaire`` and
``warm_up``: the knowledge base as results, in one language (default: Chinese)."""

from __future__ import annotations

import os

from careermap.api.common import KbArg, knowledge_of
from careermap.report.models import kb as m

__all__ = ["directions", "kb_search", "kb_show", "kb_validate", "questionnaire", "warm_up"]


def _lang(lang: str | None) -> str:
    return lang if lang in ("zh", "en") else "zh"


def kb_show(ident: str, *, lang: str | None = None, kb: KbArg = None) -> m.KbEntry:
    """One entry: a direction (1-6 or id), a role (``inference.engine``), a skill or a background id.

    >>> import careermap
    >>> role = careermap.kb_show("inference.engine", lang="en")
    >>> role.kind, role.direction.number, role.threshold.label
    ('role', 3, 'medium-high')
    """
    from careermap.report.kb import entry

    return entry(knowledge_of(kb), str(ident), _lang(lang))


def kb_search(word: str = "", *, lang: str | None = None, kb: KbArg = None) -> m.SearchResult:
    """Entries whose id, names, aliases or titles contain ``word`` (any language); an empty word
    lists the directions and roles."""
    from careermap.knowledge.search import search
    from careermap.report.kb import search_result

    k, lg = knowledge_of(kb), _lang(lang)
    return search_result(search(k, word, lang=lg), word, lg)


def kb_validate(path: str | os.PathLike[str] | None = None) -> m.Validation:
    """Load and check the knowledge base at ``path`` (default: bundled, or ``$CAREERMAP_KB``): its
    counts when it is valid, else every problem with its file and entry (``ok`` false)."""
    from careermap.errors import KnowledgeError
    from careermap.knowledge.loader import default_path, load
    from careermap.report.kb import invalid, validation

    where = os.fspath(path) if path is not None else str(default_path())
    try:
        return validation(load(where))
    except KnowledgeError as exc:
        return invalid(where, exc.problems)


def directions(*, lang: str | None = None, kb: KbArg = None) -> m.DirectionList:
    """The six directions with their thresholds, who fits, and their roles."""
    from careermap.report.kb import directions as build

    return build(knowledge_of(kb), _lang(lang))


def questionnaire(*, lang: str | None = None, kb: KbArg = None) -> m.QuestionnaireForm:
    """The self-diagnosis questionnaire to answer: statements on an agreement scale, then practical questions."""
    from careermap.report.kb import questionnaire_form

    return questionnaire_form(knowledge_of(kb), _lang(lang))


def warm_up(*, kb: KbArg = None, semantic: bool = False) -> None:
    """Build now what the first diagnosis would build (the matcher; with ``semantic``, the sentence
    encoder, failing here with one line when its extra is missing): what a server does at start."""
    from careermap.score.engine import assess_source

    k = knowledge_of(kb)
    if semantic:
        from careermap.extract.semantic import default_encoder

        default_encoder()
    assess_source("熟悉 Python 和 CUDA, familiar with PyTorch.", kb=k, semantic=semantic)
