"""The api layer: the public functions ``careermap.<verb>`` (one per command) and the history service.

- :mod:`~careermap.api.diagnosis` — ``diagnose``, ``score_questionnaire``, ``plan``, ``assess``
- :mod:`~careermap.api.records` — the history service: ``remember``, ``history``, ``diff``
- :mod:`~careermap.api.market` — ``classify``, ``classify_posting``, ``import_postings``,
  ``list_postings``, ``stats``, ``match``, ``dups``
- :mod:`~careermap.api.reference` — ``kb_show``, ``kb_search``, ``kb_validate``, ``directions``,
  ``questionnaire``, ``warm_up``

Use them as ``careermap.diagnose`` and so on; the fronts (CLI, web) do, and nothing below this
layer imports it. Three older names of this module keep their old meaning for scripts written
against it: ``careermap.api.diagnose`` is the engine, :func:`careermap.assess` (an
``Assessment``, not the ``Diagnosis`` that ``careermap.diagnose`` returns);
``careermap.api.knowledge`` is :func:`careermap.default_knowledge`; ``careermap.api.encoder`` is
:func:`careermap.extract.semantic.default_encoder`.
"""

from __future__ import annotations

from typing import Any

_OLDER_NAMES = {
    "diagnose": ("careermap.score.engine", "assess_source"),
    "knowledge": ("careermap.knowledge.default", "default_knowledge"),
    "encoder": ("careermap.extract.semantic", "default_encoder"),
}


def __getattr__(name: str) -> Any:
    if name not in _OLDER_NAMES:
        raise AttributeError(f"module 'careermap.api' has no attribute {name!r}")
    import importlib

    module, attr = _OLDER_NAMES[name]
    return getattr(importlib.import_module(module), attr)
