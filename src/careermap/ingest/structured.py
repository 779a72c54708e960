"""YAML and JSON that a user wrote (an answers file, a posting's front matter or JSON row, a request
body), read so that a value Python cannot build stays the text it was written as.

The standard loaders raise a bare ``ValueError`` from deep inside for two kinds of value, which
then surfaced as an internal error:

- an integer of more digits than Python converts (``sys.get_int_max_str_digits()``, 4,300 by
  default: the guard against quadratic conversion), in YAML or JSON;
- a YAML date that does not exist (``2025-13-45``, ``2025-02-30``).

Here both stay strings, so the caller's own check names the field and the value, as it does for
any other wrong value: an answer out of range, a posting date that cannot be read, a request field
that is not a whole number. Syntax errors and nesting too deep still raise as before
(``yaml.YAMLError``, ``json.JSONDecodeError``, ``RecursionError``).
"""

from __future__ import annotations

import json
import sys
from typing import Any

import yaml


def _int_or_text(digits: str) -> int | str:
    """A JSON integer, or its text when it has more digits than Python converts."""
    limit = sys.get_int_max_str_digits()
    if limit and len(digits) - digits.startswith("-") > limit:
        return digits
    return int(digits)


def load_json(data: str | bytes) -> Any:
    """``json.loads`` with integers too long to convert kept as text."""
    return json.loads(data, parse_int=_int_or_text)


class _Loader(yaml.SafeLoader):
    """The safe loader, keeping an integer too long to convert or a date that does not exist as text."""


def _scalar_or_text(tag: str) -> Any:
    build = yaml.SafeLoader.yaml_constructors[tag]

    def construct(loader: _Loader, node: yaml.ScalarNode) -> Any:
        try:
            return build(loader, node)
        except ValueError:  # too many digits, or month 13 / day 30 of February
            return loader.construct_scalar(node)

    return construct


for _tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:timestamp"):
    _Loader.add_constructor(_tag, _scalar_or_text(_tag))


def load_yaml(text: str) -> Any:
    """``yaml.safe_load`` with an integer too long to convert or a date that does not exist kept as text."""
    return yaml.load(text, Loader=_Loader)
