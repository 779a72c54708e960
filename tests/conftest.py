from __future__ import annotations

import os
from pathlib import Path

import pytest

from careermap.api import knowledge
from careermap.knowledge.loader import Knowledge


@pytest.fixture(scope="session")
def kb() -> Knowledge:
    return knowledge()


def eval_data(name: str) -> Path | None:
    """A file of the external evaluation set (read at run time, never copied): $CAREERMAP_EVAL_DATA,
    else shared/data beside the repository or beside its worktree folder."""
    root = Path(__file__).resolve().parents[1]
    env = os.environ.get("CAREERMAP_EVAL_DATA")
    for folder in ([Path(env)] if env else []) + [
        root.parent / "shared" / "data",
        root.parent.parent / "shared" / "data",
    ]:
        if (folder / name).is_file():
            return folder / name
    return None


@pytest.fixture(autouse=True)
def _private_database(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test writes to the user's real database: commands that store (diagnose, plan) and
    their subprocesses use a fresh file unless the test passes --db."""
    monkeypatch.setenv("CAREERMAP_DB", str(tmp_path_factory.mktemp("db") / "careermap.db"))
