"""Text in any common encoding, résumé headings as people write them, and what redaction
masks and leaves alone."""

from __future__ import annotations

import pytest

from careermap.errors import BinaryInput
from careermap.ingest.document import find_sections, from_text
from careermap.ingest.redact import id_checksum_ok, redact
from careermap.ingest.source import read_document
from careermap.knowledge.loader import Knowledge

RESUME_ZH = "专业技能\n熟悉 CUDA 与 C++，了解 Triton\n工作经历\n负责推理服务优化"
RESUME_TW = "專業技能\n熟悉 CUDA 與 C++，了解 Triton\n工作經歷\n負責推理服務優化"


@pytest.mark.parametrize(
    ("text", "codec", "reported"),
    [
        (RESUME_ZH, "utf-8", "utf-8"),
        (RESUME_ZH, "utf-8-sig", "utf-8 (BOM)"),
        (RESUME_ZH, "utf-16", "utf-16-le (BOM)"),
        (RESUME_ZH, "utf-16-le", "utf-16-le"),
        (RESUME_ZH, "utf-16-be", "utf-16-be"),
        (RESUME_ZH, "gbk", "gbk"),
        (RESUME_ZH + "，𠀀", "gb18030", "gb18030"),
        (RESUME_TW, "big5", "big5"),
        ("熟悉Java", "gbk", "gbk"),  # short: decodes as Big5 too, but reads as common Chinese only in GBK
        ("熟悉Java", "big5", "big5"),
        ("Skills: Python, CUDA. Résumé of José Müller, Zürich", "cp1252", "cp1252"),
    ],
)
def test_encodings_are_detected_and_reported(kb: Knowledge, text: str, codec: str, reported: str) -> None:
    doc = read_document(text.encode(codec), kb, name="cv.txt")
    assert doc.text == text
    assert doc.meta["encoding"] == reported


def test_binary_bytes_are_refused_not_guessed(kb: Knowledge) -> None:
    with pytest.raises(BinaryInput):
        read_document(bytes(range(256)) * 4, kb, name="blob.bin")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("专业技能", "skills"),
        ("## Skills", "skills"),
        ("**WORK EXPERIENCE**", "experience"),
        ("二、工作经历", "experience"),
        ("3. Projects", "projects"),
        ("（四）教育背景", "education"),
        ("教 育 背 景", "education"),
        ("专业技能 Skills", "skills"),
        ("项目经历 / Projects", "projects"),
        ("【个人简介】", "summary"),
        ("Skills: Python, CUDA", "skills"),
        ("专业技能\tPython、CUDA", "skills"),
        ("Technical Skills", "skills"),
    ],
)
def test_headings_as_people_write_them(kb: Knowledge, line: str, kind: str) -> None:
    sections = find_sections(f"{line}\n内容一行\n", kb)
    assert [s.kind for s in sections] == [kind]
    assert sections[0].start == 0


@pytest.mark.parametrize(
    "line",
    [
        "熟悉 Python experience",
        "技能 Python",
        "项目经历很丰富，做过很多项目和系统，涉及推理和训练",
        "Skills and Education matter",
    ],
)
def test_sentences_that_mention_a_heading_word_are_not_headings(kb: Knowledge, line: str) -> None:
    assert find_sections(f"{line}\n", kb) == ()


def test_sections_span_to_the_next_heading(kb: Knowledge) -> None:
    text = "张三\n专业技能\nCUDA\n工作经历\n某公司\n教育背景\n硕士\n"
    doc = from_text(text, kb)
    assert [(s.kind, text[s.start : s.end]) for s in doc.sections] == [
        ("skills", "专业技能\nCUDA\n"),
        ("experience", "工作经历\n某公司\n"),
        ("education", "教育背景\n硕士\n"),
    ]
    assert doc.section_at(0) == "body" and doc.section_at(text.index("CUDA")) == "skills"


@pytest.mark.parametrize(
    ("text", "masked", "kind"),
    [
        ("手机：13812345678。", "13812345678", "phone"),
        ("Tel +86 138 1234 5678 ok", "+86 138 1234 5678", "phone"),
        ("座机 010-62751234 转", "010-62751234", "phone"),
        ("call (415) 555-0100 now", "(415) 555-0100", "phone"),
        ("or +44 20 7946 0958.", "+44 20 7946 0958", "phone"),
        ("邮箱zhang.san+cv@mail.example.com。", "zhang.san+cv@mail.example.com", "email"),
        ("身份证号：11010519491231002X，", "11010519491231002X", "id_number"),
        ("住址：上海市徐汇区长乐路123弄45号 | 电话", "上海市徐汇区长乐路123弄45号", "address"),
        ("家住北京市海淀区中关村大街27号院3号楼2单元501室。", "北京市海淀区中关村大街27号院3号楼2单元501室", "address"),
        ("公司位于阳光花园3栋2单元501室", "阳光花园3栋2单元501室", "address"),
        (
            "Lives at 88 Main Street, Apt 4B, Springfield, IL 62704.",
            "88 Main Street, Apt 4B, Springfield, IL 62704",
            "address",
        ),
        ("Address: 1600 Amphitheatre Pkwy, Mountain View", "1600 Amphitheatre Pkwy, Mountain View", "address"),
    ],
)
def test_personal_data_is_masked_in_place(kb: Knowledge, text: str, masked: str, kind: str) -> None:
    r = redact(text, kb)
    at = text.index(masked)
    assert r.text[at : at + len(masked)] == "*" * len(masked)
    assert r.text[:at] == text[:at] and r.text[at + len(masked) :] == text[at + len(masked) :]
    assert r.counts == {kind: 1}


@pytest.mark.parametrize(
    "text",
    [
        "2019.07-2023.06 某公司；2019-2023 在职",
        "QPS 从 1200 提升到 30000，延迟降低 40%，Qwen2.5-72B 推理",
        "192.168.1.100 集群，版本 1.2.3，订单号 110105194912310021",  # 18 digits with a wrong check digit
        "现居：北京  期望城市：上海",  # a city is not an address
        "Wall Street experience; led 3 Data Teams; 熟悉 Spring Boot 3",
        "ping 8.8.8.8; 2024-01-15; 128 GPUs x 8 nodes",
    ],
)
def test_ordinary_numbers_and_places_stay(kb: Knowledge, text: str) -> None:
    assert redact(text, kb).text == text


def test_id_check_character() -> None:
    assert id_checksum_ok("11010519491231002X")
    assert not id_checksum_ok("110105194912310021")


def test_redaction_keeps_lines_and_is_on_by_default(kb: Knowledge) -> None:
    text = "电话：138-1234-5678\n邮箱：a.b@c.com\n熟悉 CUDA"
    doc = from_text(text, kb)
    assert doc.text == "电话：*************\n邮箱：*********\n熟悉 CUDA"
    assert doc.meta["redacted"] == "email:1,phone:1"
    kept = from_text(text, kb, keep_pii=True)
    assert kept.text == text and kept.meta["pii"] == "kept"


def test_a_skill_proven_in_a_project_section_outweighs_one_in_a_wish_list(kb: Knowledge) -> None:
    from careermap.extract.evidence import extract

    project = extract(from_text("项目经历\n用 CUDA 写 GEMM 算子，吞吐提升 3 倍", kb), kb).skills["cuda"]
    listed = extract(from_text("专业技能\nCUDA", kb), kb).skills["cuda"]
    wished = extract(from_text("求职意向\n希望从事 CUDA 相关工作", kb), kb)
    assert project.hits[0].section == "projects" and listed.hits[0].section == "skills"
    assert project.strength > listed.strength
    assert "cuda" not in wished.skills and "cuda" in wished.interests
