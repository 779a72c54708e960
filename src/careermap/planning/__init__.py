"""From an assessment to a route: gap analysis, a staged roadmap, closest roles.

>>> from careermap import assess, default_knowledge
>>> from careermap.planning import build_plan
>>> kb = default_knowledge()
>>> plan = build_plan(kb, assess("5年Java后端，熟悉Spring Cloud和Redis", kb=kb), hours_per_week=8)
>>> plan.total_hours == sum(stage.hours for stage in plan.stages)
True

What changed between two stored assessments is the store's (:mod:`careermap.store.progress`):
the plan layer never reads the store.
"""

from careermap.planning.models import Gap, GapSkill, Plan, RoleEffort, Stage, Transfer
from careermap.planning.roadmap import build_plan, efforts

__all__ = ["Gap", "GapSkill", "Plan", "RoleEffort", "Stage", "Transfer", "build_plan", "efforts"]
