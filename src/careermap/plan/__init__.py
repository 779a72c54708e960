"""From an assessment to a route: gap analysis, a staged roadmap, closest roles, progress.

>>> from careermap.api import diagnose, knowledge
>>> from careermap.plan import build_plan
>>> kb = knowledge()
>>> plan = build_plan(kb, diagnose("5年Java后端，熟悉Spring Cloud和Redis", kb=kb), hours_per_week=8)
>>> plan.total_hours == sum(stage.hours for stage in plan.stages)
True

``careermap.plan.progress`` (what changed between two stored assessments) needs the store
and is imported on its own.
"""

from careermap.plan.models import Gap, GapSkill, Plan, RoleEffort, Stage, Transfer
from careermap.plan.roadmap import build_plan, efforts

__all__ = ["Gap", "GapSkill", "Plan", "RoleEffort", "Stage", "Transfer", "build_plan", "efforts"]
