"""Six answer sets, each expressing one of the article's archetypes strongly, through the real CLI:
the top direction is the one the article names ("自我诊断：你的技术基因在哪里")."""

from __future__ import annotations

import pytest

from tests.conftest import Cli
from tests.quizutil import ANSWERS, cli_json

CASES = [
    ("math_brain", {"training"}),  # 数学脑 → 方向 1
    ("low_level_fan", {"infra", "inference"}),  # 底层控 → 方向 2 & 3
    ("product_person", {"apps"}),  # 产品控 → 方向 5
    ("data_person", {"data"}),  # 数据 → 方向 4
    ("inference_craft", {"inference"}),  # 极致性能 → 方向 3
    ("security_reader", {"safety"}),  # 找茬 → 方向 6
]


@pytest.mark.parametrize(("name", "expected"), CASES, ids=[c[0] for c in CASES])
def test_archetype_answers_put_the_articles_direction_first(name: str, expected: set[str], cli: Cli) -> None:
    data = cli_json(cli, "quiz", "--answers", str(ANSWERS / f"{name}.yaml"))
    top = data["directions"][0]
    assert top["id"] in expected, [(d["id"], d["score"]) for d in data["directions"]]
    # the lead is earned by answers, and said so: every contribution but the head start that
    # easier paths get comes from the questionnaire
    assert top["score"] > data["directions"][len(expected)]["score"]
    own = [c for c in top["contributions"] if c["kind"] != "threshold"]
    assert own and {c["source"] for c in own} == {"answers"}
    split = next(s for s in data["questionnaire"]["sources"] if s["direction"] == top["id"])
    assert split["text"] == 0 and split["answers"] > 0.8 * top["score"]
    # a strongly expressed archetype is not flagged as inconsistent
    assert not [n for n in data["questionnaire"]["consistency"] if n["kind"] == "contradiction"]


def test_each_archetype_is_the_only_one_that_ranks_its_direction_first(cli: Cli) -> None:
    tops = {}
    for name, _ in CASES:
        tops[name] = cli_json(cli, "quiz", "--answers", str(ANSWERS / f"{name}.yaml"))["directions"][0]["id"]
    assert len({tops[n] for n in ("math_brain", "product_person", "data_person", "security_reader")}) == 4
    assert tops["inference_craft"] == "inference"
