"""Stated preferences in English as well as Chinese, with the same weight (issue 13.6): what a
person enjoys or is tired of moves them the same way whichever language they write in."""

from __future__ import annotations

import pytest

from careermap.api import diagnose
from careermap.extract.evidence import extract
from careermap.ingest.document import from_text
from careermap.knowledge.loader import Knowledge
from careermap.score.models import Assessment


def traits(kb: Knowledge, text: str) -> dict[str, float]:
    return {s.trait: s.polarity for s in extract(from_text(text, kb), kb).traits}


def trait_weights(kb: Knowledge, a: Assessment) -> dict[tuple[str, str], float]:
    """Each trait contribution before a role's fit is squashed into 0..1 (``raw / (raw + saturation)``
    scales every part of a fit alike, so the raw part is ``amount * saturation / (1 - fit)``)."""
    sat = kb.scoring.saturation
    return {
        (r.role, c.key): c.amount * sat / (1 - r.score)
        for d in a.directions
        for r in d.roles
        for c in r.contributions
        if c.kind == "trait"
    }


PAIRS = [
    (
        "我最享受的就是一点点压低接口延迟",
        "The part I enjoy most is shaving latency off an API",
        "performance_craft",
        1.0,
    ),
    ("实在不想再碰数学推导了", "I'd rather not touch mathematical derivations again", "math_research", -1.0),
    ("业务需求改来改去，早就厌倦了", "I'm tired of ever-changing business requirements", "product_users", -1.0),
    (
        "把一堆脏数据整理干净特别有成就感",
        "Turning a pile of messy data into something clean is deeply satisfying",
        "data_craft",
        1.0,
    ),
    (
        "调板子、折腾硬件是我最大的乐趣",
        "Bringing up boards and fiddling with hardware is my favourite part of the week",
        "systems_hardware",
        1.0,
    ),
    ("写测试用例让我犯困", "Writing test cases all afternoon puts me to sleep", "adversarial_eval", -1.0),
]


@pytest.mark.parametrize(("zh", "en", "trait", "polarity"), PAIRS)
def test_a_preference_reads_the_same_in_both_languages(
    kb: Knowledge, zh: str, en: str, trait: str, polarity: float
) -> None:
    assert traits(kb, zh).get(trait) == polarity
    assert traits(kb, en).get(trait) == polarity
    zh_parts, en_parts = trait_weights(kb, diagnose(zh)), trait_weights(kb, diagnose(en))
    mine = {k for k in zh_parts if k[1] == trait}
    assert mine and mine == {k for k in en_parts if k[1] == trait}
    assert all(abs(zh_parts[k] - en_parts[k]) < 1e-3 for k in mine)


@pytest.mark.parametrize(
    ("base", "said"),
    [
        ("Five years of Java backend work with Spring and MySQL.", " I'm tired of writing business logic and CRUD."),
        ("五年 Java 后端，熟悉 Spring 和 MySQL。", "写业务逻辑和 CRUD 早就写腻了。"),
    ],
)
def test_a_stated_dislike_moves_the_person(base: str, said: str) -> None:
    def apps(a: Assessment) -> float:
        return next(d.score for d in a.directions if d.id == "apps")

    assert apps(diagnose(base + said)) < apps(diagnose(base))


def test_a_contrast_word_keeps_a_like_and_a_dislike_apart(kb: Knowledge) -> None:
    found = traits(kb, "I love squeezing latency out of kernels, but reading papers puts me to sleep.")
    assert found == {"performance_craft": 1.0, "math_research": -1.0}
    found = traits(kb, "喜欢抠性能，但是一看论文就犯困")
    assert found == {"performance_craft": 1.0, "math_research": -1.0}


def test_a_postings_enjoy_is_no_persons_taste(kb: Knowledge) -> None:
    from careermap.jobs.classify import posting_knowledge
    from careermap.jobs.structure import posting_document

    pk = posting_knowledge(kb)
    doc = posting_document("You will love working closely with customers on performance.", pk)
    assert extract(doc, pk).traits == []
