"""careermap — 大模型职业地图: which large-model career direction is your way in.

One function per command, each with keyword-only options and a typed result (a pydantic model
whose ``model_dump(mode="json")`` is what ``--format json`` prints)::

    >>> import careermap
    >>> d = careermap.diagnose("5年Java后端，熟悉Spring Cloud，最近用LangChain做了知识库问答")
    >>> d.top.id, d.top.roles[0].id
    ('apps', 'apps.rag')

=========================  ==========================================  ==========================
function                   command                                     result
=========================  ==========================================  ==========================
``diagnose``               ``careermap diagnose``                      ``Diagnosis``
``score_questionnaire``    ``careermap quiz`` / ``diagnose --answers``  ``Diagnosis``
``plan``                   ``careermap plan``                          ``Route``
``history``, ``diff``      ``careermap history``, ``diff``             ``History``, ``Progress``
``classify``               ``careermap jobs classify``                 ``Classified``
``classify_posting``       ``/api/jobs/classify`` (one posting)        ``Classification``
``import_postings``        ``careermap jobs import``                   ``ImportReport``
``list_postings``          ``careermap jobs list``                     ``PostingList``
``stats``                  ``careermap jobs stats``                    ``Stats``
``match``                  ``careermap jobs match``                    ``Matches``
``dups``                   ``careermap jobs dups``                     ``Duplicates``
``kb_show``, ``kb_search``  ``careermap kb show``, ``kb search``       ``KbEntry``, ``SearchResult``
``kb_validate``            ``careermap kb validate``                   ``Validation``
``directions``             ``/api/kb/directions``                      ``DirectionList``
``questionnaire``          ``/api/quiz`` (the items)                   ``QuestionnaireForm``
=========================  ==========================================  ==========================

``assess`` is the engine underneath ``diagnose`` (its own objects: evidence, contributions with
spans); ``default_knowledge`` and ``load`` give the knowledge base; ``warm_up`` builds what the
first call would. Errors are one tree (see :mod:`careermap.errors`)::

    CareermapError
    ├── InputError         E1xx  the text or file given cannot be read (empty, binary, too large…)
    ├── KnowledgeError     E2xx  the knowledge base does not validate (``problems`` lists all)
    ├── NotFound           E3xx  an id or stored record that does not exist
    ├── StoreError         E4xx  the database cannot be opened or written
    ├── AnswersError       E5xx  questionnaire answers are missing, unknown or out of range
    ├── JobsError          E6xx  a postings file or corpus problem (FontMissing: no CJK font)
    ├── MissingDependency  E7xx  an optional extra is not installed (the hint names it)
    └── ServeError         E8xx  the web server cannot start

Everything loads on first use (PEP 562): ``import careermap`` imports nothing heavy, and no
function takes a subpackage's name: ``careermap.knowledge`` is the knowledge layer, and the route
layer is ``careermap.planning``, so that ``careermap.plan`` is the function.
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # not typing's: importing typing costs more than the rest of ``import careermap``
__version__ = "0.1.0"

# public name -> the module that defines it
_EXPORTS: dict[str, str] = {
    # commands
    "diagnose": "careermap.api.diagnosis",
    "score_questionnaire": "careermap.api.diagnosis",
    "plan": "careermap.api.diagnosis",
    "assess": "careermap.api.diagnosis",
    "history": "careermap.api.records",
    "diff": "careermap.api.records",
    "classify": "careermap.api.market",
    "classify_posting": "careermap.api.market",
    "import_postings": "careermap.api.market",
    "list_postings": "careermap.api.market",
    "stats": "careermap.api.market",
    "match": "careermap.api.market",
    "dups": "careermap.api.market",
    "kb_show": "careermap.api.reference",
    "kb_search": "careermap.api.reference",
    "kb_validate": "careermap.api.reference",
    "directions": "careermap.api.reference",
    "questionnaire": "careermap.api.reference",
    "warm_up": "careermap.api.reference",
    # the knowledge base
    "default_knowledge": "careermap.knowledge.default",
    "load": "careermap.knowledge.loader",
    "Knowledge": "careermap.knowledge.loader",
    # results
    "Diagnosis": "careermap.report.models.diagnosis",
    "Route": "careermap.report.models.plan",
    "History": "careermap.report.models.history",
    "Progress": "careermap.report.models.history",
    "Classified": "careermap.report.models.jobs",
    "Classification": "careermap.report.models.jobs",
    "ImportReport": "careermap.report.models.jobs",
    "PostingList": "careermap.report.models.jobs",
    "Stats": "careermap.report.models.jobs",
    "Matches": "careermap.report.models.jobs",
    "Duplicates": "careermap.report.models.jobs",
    "KbEntry": "careermap.report.models.kb",
    "SearchResult": "careermap.report.models.kb",
    "Validation": "careermap.report.models.kb",
    "DirectionList": "careermap.report.models.kb",
    "QuestionnaireForm": "careermap.report.models.kb",
    # errors
    "CareermapError": "careermap.errors",
    "InputError": "careermap.errors",
    "KnowledgeError": "careermap.errors",
    "NotFound": "careermap.errors",
    "StoreError": "careermap.errors",
    "AnswersError": "careermap.errors",
    "JobsError": "careermap.errors",
    "MissingDependency": "careermap.errors",
    "ServeError": "careermap.errors",
}

__all__ = [
    "AnswersError",
    "CareermapError",
    "Classification",
    "Classified",
    "Diagnosis",
    "DirectionList",
    "Duplicates",
    "History",
    "ImportReport",
    "InputError",
    "JobsError",
    "KbEntry",
    "Knowledge",
    "KnowledgeError",
    "Matches",
    "MissingDependency",
    "NotFound",
    "PostingList",
    "Progress",
    "QuestionnaireForm",
    "Route",
    "SearchResult",
    "ServeError",
    "Stats",
    "StoreError",
    "Validation",
    "assess",
    "classify",
    "classify_posting",
    "default_knowledge",
    "diagnose",
    "diff",
    "directions",
    "dups",
    "history",
    "import_postings",
    "kb_search",
    "kb_show",
    "kb_validate",
    "list_postings",
    "load",
    "match",
    "plan",
    "questionnaire",
    "score_questionnaire",
    "stats",
    "warm_up",
]

if TYPE_CHECKING:
    from typing import Any

    from careermap.api.diagnosis import assess, diagnose, plan, score_questionnaire
    from careermap.api.market import classify, classify_posting, dups, import_postings, list_postings, match, stats
    from careermap.api.records import diff, history
    from careermap.api.reference import directions, kb_search, kb_show, kb_validate, questionnaire, warm_up
    from careermap.errors import (
        AnswersError,
        CareermapError,
        InputError,
        JobsError,
        KnowledgeError,
        MissingDependency,
        NotFound,
        ServeError,
        StoreError,
    )
    from careermap.knowledge.default import default_knowledge
    from careermap.knowledge.loader import Knowledge, load
    from careermap.report.models.diagnosis import Diagnosis
    from careermap.report.models.history import History, Progress
    from careermap.report.models.jobs import (
        Classification,
        Classified,
        Duplicates,
        ImportReport,
        Matches,
        PostingList,
        Stats,
    )
    from careermap.report.models.kb import DirectionList, KbEntry, QuestionnaireForm, SearchResult, Validation
    from careermap.report.models.plan import Route


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'careermap' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # once loaded, a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
