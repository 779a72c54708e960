"""The self-diagnosis questionnaire: find a "technical gene" when there is no résumé to read.

Answers (from a file, a web form or the interactive flow) become trait and constraint
signals for the one scorer, alone or together with a résumé::

    >>> from careermap.quiz import assess_answers, read_answers
    >>> from careermap import default_knowledge
    >>> kb = default_knowledge()
    >>> qa = assess_answers(read_answers("my.yaml", kb.questionnaire), kb=kb)  # doctest: +SKIP
    >>> qa.assessment.top.id, [n.kind for n in qa.notes]  # doctest: +SKIP
    ('training', [])
"""

from careermap.quiz.answers import dump_answers, parse_answers, read_answers, template
from careermap.quiz.models import Answers, ConsistencyNote, QuizAssessment
from careermap.quiz.scoring import assess_answers, consistency, trait_values
from careermap.quiz.session import Session

__all__ = [
    "Answers",
    "ConsistencyNote",
    "QuizAssessment",
    "Session",
    "assess_answers",
    "consistency",
    "dump_answers",
    "parse_answers",
    "read_answers",
    "template",
    "trait_values",
]
