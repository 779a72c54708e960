"""Redaction masks the personal data itself, never what follows it on the same line (issue 13.5)."""

from __future__ import annotations

import pytest

from careermap.extract.evidence import extract
from careermap.ingest.document import from_text
from careermap.ingest.redact import redact
from careermap.knowledge.loader import Knowledge


@pytest.mark.parametrize(
    ("text", "pii", "kind", "skills"),
    [
        ("地址：南京市鼓楼区中山北路 熟练使用Rust和Redis", "南京市鼓楼区中山北路", "address", {"rust", "redis"}),
        ("住址：广州市天河区体育西路 103 号 擅长 Flink", "广州市天河区体育西路 103 号", "address", {"flink"}),
        ("通信地址：苏州市工业园区星湖街 技能：Go、gRPC", "苏州市工业园区星湖街", "address", {"golang", "grpc"}),
        (
            "Address: 14 Rose Lane, Bristol Proficient in Kotlin and Kafka",
            "14 Rose Lane, Bristol",
            "address",
            {"kotlin", "kafka"},
        ),
        (
            "Address: 3 Pine Avenue Apt 2, Denver CO 80202. Skilled in Terraform",
            "3 Pine Avenue Apt 2, Denver CO 80202",
            "address",
            {"terraform"},
        ),
        (
            "9 Birch Road, Oxford OX1 2JD Rust and Redis for five years",
            "9 Birch Road, Oxford OX1 2JD",
            "address",
            {"rust", "redis"},
        ),
        ("手机：13912345678 熟悉 Spark 和 Hive", "13912345678", "phone", {"spark", "hive"}),
        ("Mobile: +44 20 7946 0958 familiar with Airflow", "+44 20 7946 0958", "phone", {"airflow"}),
        ("邮箱：li.lei@example.net 精通 CUDA", "li.lei@example.net", "email", {"cuda"}),
        ("E-mail: sam@example.com, expert in Kubernetes", "sam@example.com", "email", {"kubernetes"}),
        ("身份证号：440304198506121230 会用 PyTorch", "440304198506121230", "id_number", {"pytorch"}),
        ("ID: 310104199203084561 proficient in Java", "310104199203084561", "id_number", {"java"}),
    ],
)
def test_personal_data_is_masked_and_the_skills_after_it_on_the_same_line_are_read(
    kb: Knowledge, text: str, pii: str, kind: str, skills: set[str]
) -> None:
    doc = from_text(text, kb)
    at = text.index(pii)
    end = at + len(pii)
    assert doc.text[at:end] == "*" * len(pii)
    assert doc.text[:at] == text[:at] and doc.text[end:] == text[end:], doc.text
    assert redact(text, kb).counts == {kind: 1}
    assert skills <= set(extract(doc, kb).skills)


def test_an_address_with_no_recognisable_form_is_masked_up_to_the_first_word_careermap_reads(kb: Knowledge) -> None:
    text = "地址：北京市朝阳区望京SOHO T1 1203 熟悉Go开发"
    masked = "北京市朝阳区望京SOHO T1 1203"
    r = redact(text, kb).text
    assert r == text.replace(masked, "*" * len(masked))


def test_an_address_runs_to_the_end_of_its_field_when_nothing_read_follows(kb: Knowledge) -> None:
    text = "地址：北京市朝阳区望京SOHO塔3 1203室"
    assert redact(text, kb).text == "地址：" + "*" * (len(text) - 3)
    text = "Address: 12 Elm Road, Cambridge CB2 1TN, United Kingdom"
    assert redact(text, kb).text == "Address: " + "*" * (len(text) - 9)


def test_a_street_named_like_a_skill_stays_masked(kb: Knowledge) -> None:
    text = "Address: 12 Spring Street, Boston MA 02108 | Python"
    masked = "12 Spring Street, Boston MA 02108"
    assert redact(text, kb).text == text.replace(masked, "*" * len(masked))
