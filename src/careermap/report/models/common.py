"""What every result model shares: the base class, spans into the user's text, references by id."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Lang = Literal["zh", "en"]


def absent(value: object) -> bool:
    """``Field(exclude_if=absent)``: a key that is left out of the JSON when it holds nothing."""
    return value is None


class Result(BaseModel):
    """Base of every result: plain data, dumped as the JSON contract (``model_dump(mode="json")``).

    Schemas are built on first use (``defer_build``), so a command pays only for what it shows.
    """

    model_config = ConfigDict(defer_build=True, serialize_by_alias=True, validate_by_name=True)


class Span(Result):
    """Words of the user's text: ``text == source[start:end]`` (the text as read, after decoding)."""

    model_config = ConfigDict(frozen=True)  # one span may stand in several places of a result

    text: str
    start: int
    end: int


class Ref(Result):
    """An entry of the knowledge base by id, named in the result's language."""

    id: str
    name: str


class DirectionRef(Result):
    number: int = Field(ge=1, le=6)
    id: str
    name: str


class Threshold(Result):
    """A threshold (门槛): its level (``very_high`` … ``low``), the level's label, and what it means."""

    level: str
    label: str
    text: str


class DocumentInfo(Result):
    """How the input was read: its name, language, length and reading details (format, encoding, pages…)."""

    name: str
    lang: str
    chars: int
    meta: dict[str, str]
