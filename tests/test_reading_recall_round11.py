"""Short tool names kept as context aliases (Go, React, Spring, Helm, Ray: a cue or another skill nearby) are the
tool where they stand alone in Chinese prose, right after the writer's doing written with a capital, or open their
sentence before a question mark and the writer's answer (``lexicon.yaml -> names_alone, name_before, name_answers``);
their everyday senses stay out (issue 13, recall).

Examples here are written for these tests, not taken from any benchmark set."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge
from tests.test_reading_status import status


@pytest.mark.parametrize(
    ("text", "skill", "place"),
    [
        # alone in Chinese prose
        ("Go 还在摸索", "golang", "has"),
        ("React 写久了", "react", "has"),
        ("Spring 那套早就玩腻了", "spring", "dislikes"),
        ("Helm 这东西真难用", "helm", "has"),
        ("平时主要写 React", "react", "has"),
        ("Ray 还没上手", "ray", "lacks"),
        # right after the writer's doing, written with a capital
        ("Always meant to learn Go, never did.", "golang", "lacks"),  # a past wish that came to nothing (round 13)
        ("I do React at work.", "react", "has"),
        ("I use Helm.", "helm", "has"),
        ("I learned Ray last year.", "ray", "has"),
        ("I'm decent at React.", "react", "has"),
        # opening the sentence before a question mark and the writer's answer, or the writer's words after it
        ("Ray? never touched it", "ray", "lacks"),
        ("Spring? a little.", "spring", "has"),
        ("React？天天写", "react", "has"),
        ("Helm I've used a bit.", "helm", "has"),
    ],
)
def test_short_tool_names_read_as_the_tool(kb: Knowledge, text: str, skill: str, place: str) -> None:
    assert status(kb, text).get(skill) == place


@pytest.mark.parametrize(
    "text",
    [
        "go for it",
        "Let's go!",
        "Go? Sure, let's go.",
        "a ray of hope",
        "spring break",
        "In spring we hiked.",
        "春天 Spring 来了",
        "react to the news",
        "How did they react?",
        "The helm of the ship.",
        "Ray? I know him.",
        "Ray, I used to sit next to him.",
        "Ray I met at the conference.",
        "Ray is my manager.",
        "同事 Ray 说我可以试试",
        "Ray 说下周开会",
        "等 Ray 回来再说",
    ],
)
def test_everyday_senses_stay_out(kb: Knowledge, text: str) -> None:
    assert not {"golang", "react", "spring", "helm", "ray"} & set(status(kb, text))
