from __future__ import annotations

import pytest

from careermap.api import knowledge
from careermap.knowledge.loader import Knowledge


@pytest.fixture(scope="session")
def kb() -> Knowledge:
    return knowledge()
