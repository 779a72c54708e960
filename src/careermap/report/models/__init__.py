"""The one typed contract: a pydantic model for every result a user sees.

The report layer builds them (:mod:`careermap.report.assessment`, :mod:`~careermap.report.plan`,
:mod:`~careermap.report.plan_history`, :mod:`~careermap.report.jobs`, :mod:`~careermap.report.kb`);
the terminal, Markdown, JSON and the page read them, and the REST API declares them as its
``response_model``, so ``/openapi.json`` shows what is sent. Models only: no fastapi here.

- :mod:`~careermap.report.models.common` — spans, references, the document read
- :mod:`~careermap.report.models.diagnosis` — ``diagnose`` and the questionnaire (the JSON contract of DESIGN.md)
- :mod:`~careermap.report.models.plan` — ``plan``: the route to a role
- :mod:`~careermap.report.models.history` — ``history`` and ``diff``
- :mod:`~careermap.report.models.jobs` — ``jobs import|classify|list|stats|match|dups``
- :mod:`~careermap.report.models.kb` — ``kb show|search|validate``, the questionnaire's items

Nothing is imported here: each front loads only the models it shows.
"""
