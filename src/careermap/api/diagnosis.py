"""``careermap.diagnose``, ``score_questionnaire``, ``plan`` and ``assess``: a background (and
questionnaire answers) to a diagnosis and a route, stored on request through the history service."""

from __future__ import annotations

from typing import TYPE_CHECKING

from careermap.api import records
from careermap.api.common import AnswersArg, KbArg, Source, answers_of, knowledge_of, read
from careermap.errors import StoreError
from careermap.ingest.document import Document
from careermap.ingest.limits import Limits
from careermap.knowledge.loader import Knowledge
from careermap.report.models.diagnosis import Diagnosis
from careermap.report.models.plan import Route
from careermap.score.engine import assess_source as assess

if TYPE_CHECKING:
    from careermap.quiz.models import Answers

__all__ = ["assess", "diagnose", "plan", "score_questionnaire"]


def diagnose(
    source: Source,
    *,
    answers: AnswersArg | None = None,
    lang: str | None = None,
    kb: KbArg = None,
    semantic: bool = False,
    limits: Limits | None = None,
    keep_pii: bool = False,
    route: bool = False,
    role: str | None = None,
    hours_per_week: int | None = None,
    store: bool = False,
    db: records.DbArg = None,
) -> Diagnosis:
    """Rank the six directions and eighteen roles for a background, with the evidence from its words.

    >>> import careermap
    >>> d = careermap.diagnose("5年Java后端，熟悉Spring Cloud，最近用LangChain做了知识库问答")
    >>> d.top.id, d.lang
    ('apps', 'zh')

    ``source``: text, a file path (``Path``; ``Path("-")`` reads stdin), a file's bytes, or a read
    ``Document``; a file is read within ``limits`` and personal data is masked unless ``keep_pii``.
    ``answers``: questionnaire answers scored together with the text (the result gains ``questionnaire``).
    ``lang``: the answer's language (default: the text's). ``semantic`` adds the optional
    sentence-encoder signal (``careermap[semantic]``). ``route=True`` also plans the route to ``role``
    (a role id or direction; default the best fit) at ``hours_per_week`` (result ``route``).
    ``store=True`` keeps the assessment in the history (``stored_id``; a failure to store is
    ``store_error``, and the result is still returned).
    """
    k = knowledge_of(kb)
    given = answers_of(answers, k) if answers is not None else None  # a bad answers file fails first
    doc = read(source, k, limits=limits, keep_pii=keep_pii)
    return _diagnose(k, doc, given, lang, semantic, route, role, hours_per_week, store, db)


def score_questionnaire(
    answers: AnswersArg,
    *,
    source: Source | None = None,
    lang: str | None = None,
    kb: KbArg = None,
    semantic: bool = False,
    limits: Limits | None = None,
    keep_pii: bool = False,
    route: bool = False,
    role: str | None = None,
    hours_per_week: int | None = None,
    store: bool = False,
    db: records.DbArg = None,
) -> Diagnosis:
    """Score questionnaire answers, alone or with a résumé ``source``: the diagnosis plus its
    ``questionnaire`` part (each answer, the trait profile, constraints, consistency notes, and per
    direction how much came from the résumé and how much from the answers).

    Without a résumé, fit comes from the answers alone and readiness is not measured
    (``questionnaire.readiness_measured`` is false). Options as for :func:`diagnose`.
    """
    k = knowledge_of(kb)
    given = answers_of(answers, k)
    doc = read(source, k, limits=limits, keep_pii=keep_pii) if source is not None else None
    return _diagnose(k, doc, given, lang, semantic, route, role, hours_per_week, store, db)


def plan(
    source: Source,
    *,
    role: str | None = None,
    hours_per_week: int | None = None,
    lang: str | None = None,
    kb: KbArg = None,
    semantic: bool = False,
    limits: Limits | None = None,
    keep_pii: bool = False,
    store: bool = False,
    db: records.DbArg = None,
) -> Route:
    """The route to a role: the skills the background has and misses, staged with hours and
    portfolio projects, at ``hours_per_week`` (default 10).

    >>> import careermap
    >>> r = careermap.plan("5年Java后端，熟悉Spring Cloud和Redis", role="apps.rag", hours_per_week=8)
    >>> r.role.id, r.total_hours == sum(stage.hours for stage in r.stages)
    ('apps.rag', True)

    ``role``: a role id (``inference.engine``) or a direction (1-6 or id: its best role for this
    person); default: the best fit. Other options as for :func:`diagnose`; ``stored_id`` is null
    unless ``store=True`` kept it.
    """
    d = diagnose(
        source,
        lang=lang,
        kb=kb,
        semantic=semantic,
        limits=limits,
        keep_pii=keep_pii,
        route=True,
        role=role,
        hours_per_week=hours_per_week,
        store=store,
        db=db,
    )
    assert d.route is not None
    return d.route


def _diagnose(
    kb: Knowledge,
    doc: Document | None,
    answers: Answers | None,
    lang: str | None,
    semantic: bool,
    route: bool,
    role: str | None,
    hours_per_week: int | None,
    store: bool,
    db: records.DbArg,
) -> Diagnosis:
    if answers is not None:
        from careermap.quiz.scoring import assess_answers
        from careermap.report import questionnaire

        qa = assess_answers(answers, kb=kb, source=doc, lang=lang, semantic=semantic)
        a = qa.assessment
        result = questionnaire.diagnosis(kb, qa, doc=doc)
    else:
        from careermap.report import assessment

        assert doc is not None
        a = assess(doc, kb=kb, lang=lang, semantic=semantic)
        result = assessment.diagnosis(kb, a, doc=doc)
    p = None
    if route:
        from careermap.planning.roadmap import build_plan

        p = build_plan(kb, a, role=role, hours_per_week=hours_per_week)
    if store:
        try:
            result.stored_id = records.remember(kb, a, plan=p, db=db)
        except StoreError as exc:
            result.store_error = exc.line(result.lang)
            result._store_failure = exc
    if p is not None:
        from careermap.report.plan import route as route_of

        result.route = route_of(kb, p, stored_id=result.stored_id)
        result.route.store_error = result.store_error
        result.route._store_failure = result._store_failure
    return result
