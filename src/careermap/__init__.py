"""careermap — 大模型职业地图: which large-model career direction is your way in."""

from careermap.api import diagnose, knowledge
from careermap.errors import CareermapError
from careermap.knowledge.loader import Knowledge, load

__all__ = ["CareermapError", "Knowledge", "diagnose", "knowledge", "load"]
__version__ = "0.1.0"
