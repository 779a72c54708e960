"""Classification through the person engine, and "not a large-model role" as an answer."""

from __future__ import annotations

import pytest

from careermap.extract.evidence import extract
from careermap.jobs.classify import classify_text, posting_knowledge
from careermap.jobs.structure import posting_document
from careermap.score.scorer import direction_fits, profile_of
from tests.jobs_samples import DATA_ZH, INFERENCE_ZH, NOT_LLM_EN, NOT_LLM_ZH, RAG_EN, SAFETY_EN


@pytest.mark.parametrize(
    ("text", "direction", "role"),
    [
        (INFERENCE_ZH, 3, "inference.engine"),
        (RAG_EN, 5, "apps.rag"),
        (SAFETY_EN, 6, "safety.redteam"),
        (DATA_ZH, 4, "data.pipeline"),
    ],
)
def test_postings_land_in_their_direction_and_role(kb, text, direction, role):
    c = classify_text(text, kb)
    assert (c.direction, c.role) == (direction, role)
    assert 0 < c.confidence <= 1


@pytest.mark.parametrize("text", [NOT_LLM_ZH, NOT_LLM_EN])
def test_a_job_outside_the_six_directions_is_not_a_large_model_role(kb, text):
    c = classify_text(text, kb)
    assert c.direction is None and c.role is None
    assert c.confidence > 0.5  # sure about it: nothing large-model in the text


def test_a_backend_job_that_mentions_no_model_work_is_not_a_large_model_role(kb):
    text = (
        "岗位职责\n负责电商订单系统的后端开发，使用 Java、Spring Boot、MySQL 和 Redis。\n"
        "任职要求\n3年以上 Java 开发经验"
    )
    assert classify_text(text, kb).direction is None


def test_the_answer_is_the_engine_answer_for_a_person_with_those_skills(kb):
    """One engine: the posting's direction is the best direction of its own evidence."""
    c = classify_text(INFERENCE_ZH, kb)
    pkb = posting_knowledge(kb)  # the same data, with jobs.yaml's few posting numbers
    profile = profile_of(pkb, extract(posting_document(INFERENCE_ZH, pkb), pkb))
    profile.backgrounds = []
    fits = direction_fits(pkb, profile)
    assert c.nearest == fits[0].number
    assert c.scores == {f.number: f.score for f in fits}


def test_evidence_points_at_the_words_of_the_body(kb):
    c = classify_text(RAG_EN, kb)
    assert c.evidence
    for e in c.evidence:
        assert e.span is not None and RAG_EN[e.span.start : e.span.end] == e.span.text


def test_the_level_asked_becomes_the_need_a_role_threshold_uses(kb):
    c = classify_text(INFERENCE_ZH, kb)
    cuda = next(a for a in c.asks if a.skill == "cuda")
    assert cuda.level == "expert"  # 精通 CUDA
    assert cuda.need == kb.scoring.readiness_levels["expert"]


# written for these tests: an infrastructure team of an ML lab that never names a large-model technique
ML_CLUSTER_EN = """In this role, you will:
- Operate the Kubernetes clusters and the Slurm scheduler our machine learning researchers run on
- Build quota and resource scheduling systems so that research jobs start fast
- Improve cluster management tooling, fault tolerance and monitoring

You might thrive if you:
- Have run large Kubernetes clusters in production
- Know Slurm, cluster management and resource scheduling well
"""
SHOP_CLUSTER_EN = ML_CLUSTER_EN.replace("our machine learning researchers", "our online shop's services")


def test_machine_learning_work_that_fits_a_role_strongly_is_a_large_model_role(kb):
    c = classify_text(ML_CLUSTER_EN, kb)
    assert (c.direction, c.role) == (2, "infra.scheduling")
    assert c.large_model_evidence < kb.jobs.large_model.min_evidence  # no large-model technique named


def test_the_same_cluster_work_for_a_web_shop_is_not_a_large_model_role(kb):
    c = classify_text(SHOP_CLUSTER_EN, kb)
    assert c.direction is None and c.nearest == 2


def test_the_topic_a_posting_keeps_returning_to_outweighs_a_list_of_tools_named_once(kb):
    text = (
        "In this role, you will:\n"
        "- Own LLM inference optimization for our serving fleet\n"
        "- Cut inference latency with continuous batching and KV cache reuse\n"
        "- Profile LLM inference end to end and fix what is slow\n"
        "- Make LLM inference cheaper on every GPU we run\n"
        "Requirements:\n"
        "- Familiarity with Kubernetes, Slurm, Prometheus, Terraform, Ansible and Docker\n"
    )
    c = classify_text(text, kb)
    assert c.direction == 3
    assert c.asks[0].skill == "llm_inference" and c.asks[0].weight == 1.0  # weights stay 0..1


ROLE_NAMED_EN = """About the role
We are hiring a Red Team Engineer for our Safeguards team.
Responsibilities
- Build evaluation pipelines in Python and ship them to production.
- Work with Kubernetes and Kafka on our data platform.
"""


def test_the_role_a_posting_hires_for_counts_with_the_words_that_name_it(kb):
    c = classify_text(ROLE_NAMED_EN, kb)
    assert (c.direction, c.role) == (6, "safety.redteam")
    named = [e for e in c.evidence if e.kind == "role_title"]
    assert named and named[0].key == "safety.redteam" and named[0].amount == max(e.amount for e in c.evidence)
    assert [ROLE_NAMED_EN[e.span.start : e.span.end] for e in named] == ["Red Team Engineer"]
    # without the sentence that names the role, the same tools say something else
    rest = ROLE_NAMED_EN.replace("We are hiring a Red Team Engineer for our Safeguards team.\n", "")
    assert classify_text(rest, kb).role != "safety.redteam"


def test_a_person_naming_a_role_is_read_from_their_skills_not_the_name(kb):
    """A person names the role they want far more often than one they held: no weight."""
    from careermap.api import diagnose
    from careermap.ingest.document import from_text

    a = diagnose(from_text("想转大模型推理工程师。会 Java 和 Spring，做过 MySQL 调优。", kb), kb=kb)
    kinds = {c.kind for d in a.directions for r in d.roles for c in r.contributions}
    assert "role_title" not in kinds


LAB_DATACENTRE_EN = """About the role
Anthropic is building the compute for its research. You will run our data centres at scale.
Responsibilities
- Operate Kubernetes and Slurm clusters of servers: cluster management and resource scheduling.
- Own capacity planning, fault tolerance and on-call for the fleet.
Requirements
- 5+ years of SRE or HPC operations; Linux, Python, Terraform.
"""


def test_a_lab_infrastructure_job_is_a_large_model_role_because_of_who_is_hiring(kb):
    c = classify_text(LAB_DATACENTRE_EN, kb)
    assert c.direction == 2
    named = [e for e in c.evidence if e.kind == "employer"]
    assert [(e.key, e.amount, LAB_DATACENTRE_EN[e.span.start : e.span.end]) for e in named] == [
        ("Anthropic", 0.0, "Anthropic")
    ]
    # the same job at a company outside the large-model business is not one
    elsewhere = classify_text(LAB_DATACENTRE_EN.replace("Anthropic", "A logistics company"), kb)
    assert elsewhere.direction is None and elsewhere.nearest == 2
    assert not [e for e in elsewhere.evidence if e.kind == "employer"]
    # a lab named in what the posting asks of you is a vendor, not who is hiring
    vendor = LAB_DATACENTRE_EN.replace("Anthropic", "A logistics company") + "- Experience with OpenAI tools\n"
    assert classify_text(vendor, kb).direction is None
