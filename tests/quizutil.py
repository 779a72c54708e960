"""Helpers shared by the questionnaire tests: the persona answer files and the command's JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from tests.conftest import Cli

ANSWERS = Path(__file__).parent / "data" / "answers"


def persona(name: str) -> dict[str, Any]:
    """A persona's answers file as a mapping (tests/data/answers/<name>.yaml)."""
    return yaml.safe_load((ANSWERS / f"{name}.yaml").read_text(encoding="utf-8"))


def write(tmp: Path, raw: dict[str, Any] | str, name: str = "answers.yaml") -> Path:
    path = tmp / name
    text = raw if isinstance(raw, str) else yaml.safe_dump(raw, allow_unicode=True, sort_keys=False)
    path.write_text(text, encoding="utf-8")
    return path


def cli_json(cli: Cli, *args: str) -> dict[str, Any]:
    """``careermap ARGS --format json`` through the ``cli`` fixture, parsed (the command must succeed)."""
    proc = cli(*args, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)  # type: ignore[no-any-return]
