"""Real résumé files made at test time — PDF, DOCX, HTML, Markdown, GBK text — read into
documents with their sections, personal data masked, and the same diagnosis whatever the format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx.oxml import parse_xml

from careermap.api import diagnose
from careermap.ingest.document import Document
from careermap.ingest.source import read_source
from careermap.knowledge.loader import Knowledge
from careermap.report.assessment import diagnosis
from tests import resume_files as rf
from tests.conftest import Cli

needs_cjk_font = pytest.mark.skipif(not rf.CJK_FONT.exists(), reason=rf.NO_CJK_FONT)


def section_text(doc: Document, kind: str) -> str:
    return "".join(doc.text[s.start : s.end] for s in doc.sections if s.kind == kind)


def evidence_spans(kb: Knowledge, doc: Document) -> list[dict[str, object]]:
    data = diagnosis(kb, diagnose(doc, kb=kb)).model_dump(mode="json")
    return [e for s in data["skills"] for e in s["evidence"]]


def assert_no_pii(doc: Document) -> None:
    for item in rf.PII:
        assert item not in doc.text
    assert doc.meta["redacted"] == "email:1,phone:1,id_number:1,address:1"


@needs_cjk_font
def test_a_two_column_chinese_pdf_reads_column_by_column_into_sections(tmp_path: Path, kb: Knowledge) -> None:
    doc = read_source(str(rf.write_two_column_pdf(tmp_path / "张三_简历.pdf")), kb)
    assert doc.meta["format"] == "pdf" and doc.meta["pages"] == "1"
    assert [s.kind for s in doc.sections] == ["skills", "education", "experience", "projects"]
    skills = section_text(doc, "skills")
    assert "CUDA、C++：精通" in skills and "Linux：熟悉" in skills
    assert "vLLM" not in skills and "北京大学" not in skills  # the main column did not leak into the sidebar
    experience = section_text(doc, "experience")
    assert experience.startswith("工作经历\n2019-2023 某科技公司 推理引擎工程师\n主导 vLLM")
    assert "TensorRT-LLM" in section_text(doc, "projects")
    assert "北京大学 计算机科学 硕士" in section_text(doc, "education")
    assert_no_pii(doc)
    for e in evidence_spans(kb, doc):
        assert doc.text[e["start"] : e["end"]] == e["text"]  # type: ignore[misc]


def test_a_docx_skills_table_is_read_in_document_order_with_levels(tmp_path: Path, kb: Knowledge) -> None:
    doc = read_source(str(rf.write_docx(tmp_path / "resume.docx")), kb)
    assert doc.meta["format"] == "docx" and doc.meta["tables"] == "1"
    assert [s.kind for s in doc.sections] == ["skills", "experience", "projects", "education"]
    skills = section_text(doc, "skills")
    assert "技能\t程度\nCUDA、C++\t精通\nTensorRT、Triton\t熟练" in skills
    assert doc.text.index("Linux\t熟悉") < doc.text.index("工作经历")  # the table stands where it is in the file
    a = diagnose(doc, kb=kb)
    # the level cell reaches the skill cell beside it ("CUDA、C++ <tab> 精通")
    assert a.evidence.skills["cpp"].level == "expert"
    assert a.evidence.skills["triton_lang"].level == "proficient"
    assert a.evidence.skills["linux"].level == "proficient"
    assert a.evidence.skills["cuda"].hits[0].section == "skills"
    assert_no_pii(doc)


def test_docx_text_boxes_and_tracked_insertions_are_read_once_and_deletions_not(tmp_path: Path, kb: Knowledge) -> None:
    import docx

    path = rf.write_docx(tmp_path / "wps.docx")
    d = docx.Document(str(path))
    ns = (
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml"'
    )
    box = "<w:txbxContent><w:p><w:r><w:t>开源项目：给 Kubernetes 提交过调度器补丁</w:t></w:r></w:p></w:txbxContent>"
    d.paragraphs[-1]._p.addnext(
        parse_xml(
            f"<w:p {ns}><w:r><mc:AlternateContent><mc:Choice Requires='wps'><wps:txbx>{box}</wps:txbx></mc:Choice>"
            f"<mc:Fallback><v:textbox>{box}</v:textbox></mc:Fallback></mc:AlternateContent></w:r>"
            "<w:ins><w:r><w:t>熟悉 Ray</w:t></w:r></w:ins>"
            "<w:del><w:r><w:delText>精通 Haskell</w:delText></w:r></w:del></w:p>"
        )
    )
    d.save(str(path))
    doc = read_source(str(path), kb)
    assert doc.text.count("给 Kubernetes 提交过调度器补丁") == 1
    assert "熟悉 Ray" in doc.text and "Haskell" not in doc.text
    skills = diagnose(doc, kb=kb).evidence.skills
    assert "kubernetes" in skills and "haskell" not in skills


def test_html_reads_visible_text_only(tmp_path: Path, kb: Knowledge) -> None:
    page = tmp_path / "saved-page.html"
    page.write_text(rf.html_page(), encoding="utf-8")
    doc = read_source(str(page), kb)
    assert doc.meta["format"] == "html" and doc.meta["encoding"] == "utf-8"
    for hidden in ("tracking", "document.title", "Erlang", "font-family", "Scala", "简历\n"):
        assert hidden not in doc.text
    assert doc.text.startswith("张三\n电话：")
    assert [s.kind for s in doc.sections] == ["skills", "experience", "projects", "education"]
    skills = diagnose(doc, kb=kb).evidence.skills
    assert {"cuda", "vllm", "tensorrt_llm"} <= set(skills)
    assert not {"rust", "golang", "kubernetes", "haskell", "scala", "erlang"} & set(skills)
    assert_no_pii(doc)


def test_html_entities_tables_and_a_declared_gbk_charset(kb: Knowledge) -> None:
    from careermap.ingest.source import read_document

    page = (
        "<html><head><meta http-equiv='Content-Type' content='text/html; charset=gbk'></head><body>"
        "<h2>专业技能</h2><table><tr><th>技能</th><th>程度</th></tr><tr><td>C&amp;C++</td><td>精通</td></tr>"
        "<tr><td>CUDA</td><td>熟悉</td></tr></table><p>Go&nbsp;&lt;3</p></body></html>"
    )
    doc = read_document(page.encode("gbk"), kb, name="page.html")
    assert doc.meta["encoding"] == "gbk"
    assert doc.text == "专业技能\n技能\t程度\nC&C++\t精通\nCUDA\t熟悉\nGo\xa0<3"


def test_a_gbk_text_file_is_decoded_and_says_so(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "old_resume.txt"
    path.write_bytes(rf.plain_text().encode("gbk"))
    r = cli("diagnose", str(path), "--verbose", "--format", "json", env={"LANG": "C.UTF-8"})
    assert r.returncode == 0, r.stderr
    assert "format=text · encoding=gbk" in r.stderr
    assert "sections=skills,experience,projects,education" in r.stderr
    assert "redacted=email:1,phone:1,id_number:1,address:1" in r.stderr
    data = json.loads(r.stdout)
    assert data["directions"][0]["id"] == "inference"
    for item in rf.PII:
        assert item not in r.stdout and item not in r.stderr


@needs_cjk_font
def test_the_same_resume_as_md_docx_pdf_and_gbk_txt_gets_the_same_diagnosis(
    tmp_path: Path, kb: Knowledge, cli: Cli
) -> None:
    (tmp_path / "cv.md").write_text(rf.markdown(), encoding="utf-8")
    (tmp_path / "cv.txt").write_bytes(rf.plain_text().encode("gbk"))
    rf.write_docx(tmp_path / "cv.docx")
    rf.write_pdf(tmp_path / "cv.pdf")
    results = {}
    for name in ("cv.md", "cv.docx", "cv.pdf", "cv.txt"):
        r = cli("diagnose", str(tmp_path / name), "--format", "json")
        assert r.returncode == 0, (name, r.stderr)
        data = json.loads(r.stdout)
        results[name] = (data["directions"][0]["id"], frozenset(s["id"] for s in data["skills"]))
    assert len(set(results.values())) == 1, results
    top, skills = results["cv.md"]
    assert top == "inference"
    assert {"cuda", "cpp", "tensorrt", "triton_lang", "vllm", "flash_attention", "tensorrt_llm", "linux"} <= skills


def test_redaction_keeps_every_offset_so_spans_slice_what_the_user_gave(tmp_path: Path, kb: Knowledge) -> None:
    given = rf.plain_text()
    path = tmp_path / "cv.txt"
    path.write_text(given, encoding="utf-8")
    doc = read_source(str(path), kb)
    assert len(doc.text) == len(given)
    assert doc.text.splitlines() != given.splitlines() and len(doc.text.splitlines()) == len(given.splitlines())
    assert f"电话：{'*' * len(rf.PHONE)}\n" in doc.text
    spans = evidence_spans(kb, doc)
    assert spans
    for e in spans:
        assert doc.text[e["start"] : e["end"]] == e["text"] == given[e["start"] : e["end"]]  # type: ignore[misc]


def test_an_email_is_not_read_as_a_skill_unless_pii_is_kept(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "cv.md"
    path.write_text(rf.markdown(), encoding="utf-8")
    at = rf.markdown().index(rf.EMAIL)
    inside = range(at, at + len(rf.EMAIL))

    def cuda_starts(*flags: str) -> list[int]:
        r = cli("diagnose", str(path), "--format", "json", *flags)
        assert r.returncode == 0, r.stderr
        cuda = next(s for s in json.loads(r.stdout)["skills"] if s["id"] == "cuda")
        return [e["start"] for e in cuda["evidence"]]

    assert not [s for s in cuda_starts() if s in inside]
    assert [s for s in cuda_starts("--keep-pii") if s in inside]  # "zhangsan.cuda@…" read as CUDA


def test_keep_pii_is_said_in_verbose_output(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "cv.md"
    path.write_text(rf.markdown(), encoding="utf-8")
    r = cli("diagnose", str(path), "--keep-pii", "--verbose", "--format", "json")
    assert r.returncode == 0 and "pii=kept" in r.stderr and "redacted=" not in r.stderr
