from __future__ import annotations

import pytest

from careermap.api import knowledge
from careermap.knowledge.loader import Knowledge


@pytest.fixture(scope="session")
def kb() -> Knowledge:
    return knowledge()


@pytest.fixture(autouse=True)
def _private_database(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test writes to the user's real database: commands that store (diagnose, plan) and
    their subprocesses use a fresh file unless the test passes --db."""
    monkeypatch.setenv("CAREERMAP_DB", str(tmp_path_factory.mktemp("db") / "careermap.db"))
