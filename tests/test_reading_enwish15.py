"""Round enwish15 (issue 13): English and mixed wishes, interests and dislikes read by STRUCTURE, as families of cue
words (``lexicon.yaml -> families``, each opening joined to each ending): a first-person conditional or hypothetical
modal before a word of wanting, a plan of learning said as the future, the next job sought, a question of how to get
into a field, a verb of attraction with the field as its subject and its negation, a predicate of appeal, a liking
denied, and families of dislike words; and, in scope.py, a try wished for ("might give Rust a go"), a thing added to
one's list, a joined clause of the writer doing it that keeps it had ("Rust excites me and I've written it daily"), and
a condition put to the reader that is no interest ("If you're excited about Kafka, apply"). Each rule is tested both
ways: a case it must change (CHANGED: read otherwise than by the code before) and a near twin that must read as before
(UNCHANGED). Examples are not from the round's set (benchmarks/data/reading_enwish15.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from careermap.errors import KnowledgeError
from careermap.knowledge.lexicon import CueFamily
from careermap.knowledge.loader import DATA_DIR, Knowledge, load

from .test_reading_status import ev, status

CHANGED = [
    # a wish said as a feeling on a condition, as what it would be, as a price one would pay, as a picture of oneself
    ("I'd be delighted to contribute to Flink.", {"flink": "wants"}),
    ("Would be stoked to work with Ray.", {"ray": "wants"}),
    ("It'd be amazing to work on JAX.", {"jax": "wants"}),
    ("I'd give my right arm to work on TensorRT.", {"tensorrt": "wants"}),
    ("I can picture myself working on robotics.", {"robotics": "wants"}),
    # a plan of learning said as the future; the next job sought
    ("I'll learn Scala over the summer.", {"scala": "wants"}),
    ("I'm about to start learning Kotlin.", {"kotlin": "wants"}),
    ("Ideally my next role involves Flink.", {"flink": "wants"}),
    ("Aspiring MLOps engineer.", {"mlops": "wants"}),
    # a chance, an exposure, a time looked forward to
    ("I'd love the chance to work with Terraform.", {"terraform": "wants"}),
    ("Can't wait to start exploring Elasticsearch.", {"elasticsearch": "wants"}),
    ("Open to picking up Scala.", {"scala": "wants"}),
    # a question of how to get into a field
    ("How can I start with Rust?", {"rust": "wants"}),
    ("Any good book recommendations for Kubernetes?", {"kubernetes": "wants"}),
    ("What should I know before diving into CUDA?", {"cuda": "wants"}),
    # a verb of attraction with the field as its subject; a field that draws the writer; a predicate of appeal
    ("Rust has always appealed to me.", {"rust": "wants"}),
    ("Computer graphics really speaks to me.", {"computer_graphics": "wants"}),
    ("Robotics has been a lifelong passion of mine.", {"robotics": "wants"}),
    ("Distributed systems are an area that speaks to me.", {"distributed_systems": "wants"}),
    ("Red teaming sounds like so much fun.", {"red_teaming": "wants"}),
    # the negation of attraction, a liking denied, patience gone, dislike words of the work
    ("Hadoop never really appealed to me.", {"hadoop": "dislikes"}),
    ("Hadoop? Ugh.", {"hadoop": "dislikes"}),
    ("Angular doesn't excite me.", {"angular": "dislikes"}),
    ("Never been a fan of MATLAB.", {"matlab": "dislikes"}),
    ("Not super into Angular.", {"angular": "dislikes"}),
    ("I don't particularly enjoy writing Terraform.", {"terraform": "dislikes"}),
    ("I have no patience for PHP.", {"php": "dislikes"}),
    ("I've had my fill of Hive.", {"hive": "dislikes"}),
    ("MATLAB leaves me cold.", {"matlab": "dislikes"}),
    ("Writing CSS feels like a waste of my time.", {"html_css": "dislikes"}),
    ("Hyperparameter tuning is pure drudgery.", {"hyperparameter_tuning": "dislikes"}),
    ("Meh on Angular.", {"angular": "dislikes"}),
    ("PHP? Ugh.", {"php": "dislikes"}),
    ("Please don't put me on Hadoop work.", {"hadoop": "dislikes"}),
    ("Webpack makes me want to tear my hair out.", {"frontend_engineering": "dislikes"}),
    ("I find Helm charts a chore.", {"helm": "dislikes"}),
    ("I find Rust captivating.", {"rust": "wants"}),
    ("Not into Angular.", {"angular": "dislikes"}),
    # mixed
    ("写 Java 让我很 drained。", {"java": "dislikes"}),
    ("How do I 入门 Verilog？", {"verilog": "wants"}),
    ("Flink 对我有吸引力。", {"flink": "wants"}),
    ("Any book suggestions for Kubernetes?", {"kubernetes": "wants"}),
    ("Gonna give Terraform a shot.", {"terraform": "wants"}),
    ("Might give Rust a go this winter.", {"rust": "wants"}),
    ("Just added Flink to my roadmap.", {"flink": "wants"}),
    ("Seeking opportunities in robotics.", {"robotics": "wants"}),
    ("Planning a side project in Rust.", {"rust": "wants"}),
    ("Kotlin is my dream language.", {"kotlin": "wants"}),
    ("Robotics has been a lifelong interest.", {"robotics": "wants"}),
    ("I wish I could work with Terraform.", {"terraform": "wants"}),
    ("Flink would be a great addition to my toolkit.", {"flink": "wants"}),
    # an attraction or a dislike word, then the writer doing it in a joined clause: had (a claim elsewhere keeps it)
    ("Python has always fascinated me and I've written it daily for ten years.", {"python": "has"}),
    ("Rust excites me and I've written it daily for five years.", {"rust": "has"}),
    ("Kafka is a drag, but I run it every day.", {"kafka": "has"}),
    # what a wish goes on with is had, and a relative clause of work done claims what it follows
    ("Would love to keep working on Kubernetes, which I've run for three years.", {"kubernetes": "has"}),
    ("Would love to keep working on Kubernetes.", {"kubernetes": "has"}),
    # a condition put to the reader (a posting's): no interest of the writer's
    ("If you're excited about Kafka at scale, we encourage you to apply.", {"kafka": "has"}),
]

UNCHANGED = [
    # an attraction or a dislike word with a wish, not a doing, after it: still wanted, still disliked
    ("Rust excites me and I want to learn it.", {"rust": "wants"}),
    ("Kafka is a drag, but I have to live with it.", {"kafka": "dislikes"}),
    # a feeling about work done, an offer, a cover letter's words: the writer's own
    ("I was thrilled to ship our Flink migration last year.", {"flink": "has"}),
    ("I'd be glad to walk you through the Terraform modules I wrote.", {"terraform": "has"}),
    ("I'd be excited to bring my six years of Kafka experience to your team.", {"kafka": "has"}),
    ("I look forward to working with your team on Kafka pipelines.", {"kafka": "has"}),
    ("I could see the latency drop after I rewrote the service in Rust.", {"rust": "has"}),
    # a time or a plan that is no wish of learning
    ("Our future Kafka cluster runs on hardware I specced.", {"kafka": "has"}),
    ("How to learn Rust fast: a guide I wrote after five years of it.", {"rust": "has"}),
    # a liking, an attraction or a dislike word beside what the writer does
    ("I love Rust and use it daily.", {"rust": "has"}),
    ("Rust didn't appeal to me at first, but now I write it daily.", {"rust": "has"}),
    ("Not much of a Java fan, but I've written it for a decade.", {"java": "has"}),
    ("Meh weather today; spent it tuning Kafka.", {"kafka": "has"}),
    ("I'm over the moon that our Kafka migration shipped.", {"kafka": "has"}),
    ("Sick of waiting on builds, I rewrote our Jenkins pipelines.", {"ci_cd": "has"}),
    ("I'd rather use Go than Java for services.", {"golang": "has"}),
    ("这个岗位很有吸引力，我做了三年 Kafka。", {"kafka": "has"}),
    ("我写了一份 Kafka 的入门教程，给新同事用。", {"kafka": "has"}),
    ("Gave Terraform a shot last year and shipped our whole stack with it.", {"terraform": "has"}),
    ("I'll look into the Kafka lag tomorrow.", {"kafka": "has"}),
    ("Our Kafka platform is really interesting work.", {"kafka": "has"}),
    ("I have a passion for Python and have used it for eight years.", {"python": "has"}),
    # a posting's ask of its reader, a word of the market, a hope about an event, a tool a thing was taken with
    ("We're looking for an engineer with a real passion for Kafka.", {"kafka": "has"}),
    ("Fingers crossed the Kafka upgrade goes smoothly tonight.", {"kafka": "has"}),
    ("The measurements were taken with Prometheus.", {"monitoring": "has"}),
    ("Always looking for opportunities to improve our Kafka pipelines.", {"kafka": "has"}),
    ("Any tips welcome: I've run MySQL in production for years.", {"mysql": "has"}),
    # a past problem solved, a cover letter's formula, "I'd" that is "I had", the next job told of, a handover
    ("Debugging our Kafka consumers was a headache, but we fixed it in a week.", {"kafka": "has"}),
    ("I look forward to using Kafka in your team, having run it for five years.", {"kafka": "has"}),
    ("At some point I'd migrated all services to Kubernetes.", {"kubernetes": "has"}),
    ("My next job was at Google, where I built Kafka pipelines.", {"kafka": "has"}),
    ("Happy to hand off the Jenkins setup I built.", {"ci_cd": "has"}),
    # 'currently learning X' stays has (basic), by the project's convention
    ("Currently learning Kotlin.", {"kotlin": "has"}),
    ("I know Docker well. Not Kubernetes though.", {"docker": "has", "kubernetes": "lacks"}),
    ("If building Kafka pipelines at scale sounds exciting, we would love to hear from you.", {"kafka": "has"}),
    ("If building a fast, reliable product on Kafka sounds exciting, we'd love to hear from you.", {"kafka": "has"}),
    # a condition opens the sentence, the writer's own interest comes after it
    ("If I'm honest, I'm fascinated by Rust.", {"rust": "wants"}),
]


@pytest.mark.parametrize(("text", "expected"), CHANGED + UNCHANGED)
def test_wishes_interests_and_dislikes_by_family(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    assert {sid: got.get(sid) for sid in expected} == expected, got


def test_a_trait_beside_ones_kind_of_fun_is_liked_and_beside_a_dislike_word_disliked(kb: Knowledge) -> None:
    """A trait's topic beside "my kind of fun" (a like) is liked ("Hunting jailbreaks sounds like my kind of fun"),
    beside a dislike word disliked ("Dealing with customers all day is draining")."""
    liked = {(t.trait, t.polarity > 0) for t in ev(kb, "Finding jailbreaks is my kind of fun.").traits}
    assert ("adversarial_eval", True) in liked
    disliked = {(t.trait, t.polarity > 0) for t in ev(kb, "Talking to customers all day is draining.").traits}
    assert ("product_users", False) in disliked


def test_a_family_is_each_opening_with_each_ending() -> None:
    fam = CueFamily(into="aspiration", heads=["i'd be", "would be"], tails=["thrilled to", ""])
    assert fam.words() == ["i'd be thrilled to", "i'd be", "would be thrilled to", "would be"]
    assert CueFamily(into="interest", heads=["很有", "对 it 很"], tails=["吸引力", "curious"]).words() == [
        "很有吸引力",
        "很有 curious",
        "对 it 很吸引力",
        "对 it 很 curious",
    ]


def test_the_families_of_the_lexicon_are_in_the_parts_they_name(kb: Knowledge) -> None:
    lex = kb.lexicon
    assert lex.families
    for fam in lex.families:
        part = getattr(lex, fam.into)
        assert set(fam.words()) <= set(part), fam.into


def test_a_family_naming_no_part_is_a_problem_with_its_place(tmp_path: Path) -> None:
    import shutil

    dest = tmp_path / "kb"
    shutil.copytree(DATA_DIR, dest)
    lexicon = dest / "lexicon.yaml"
    text = lexicon.read_text(encoding="utf-8")
    old = "families:\n  # a wish said as a feeling on a condition"
    assert old in text
    lexicon.write_text(text.replace(old, "families:\n  - {into: wishes, heads: [a], tails: [b]}\n  #", 1), "utf-8")
    with pytest.raises(KnowledgeError) as info:
        load(dest)
    assert "families.0.into" in "\n".join(info.value.problems)
