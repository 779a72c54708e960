"""Whatever bytes arrive, the ingest layer returns a Document or raises careermap's own error."""

from __future__ import annotations

import functools
import io
import os
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careermap.api import knowledge
from careermap.errors import CareermapError
from careermap.ingest.document import Document
from careermap.ingest.limits import Limits
from careermap.ingest.source import read_document
from tests import resume_files as rf

PREFIXES = [
    b"",
    b"%PDF-1.4\n",
    b"PK\x03\x04",
    b"PK\x05\x06",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff",
    b"<!DOCTYPE html><html><body>",
    b"<meta charset=gbk><p>",
    b"\x89PNG\r\n\x1a\n",
    b"# \xe7\xae\x80\xe5\x8e\x86\n",
]


@functools.cache
def real_files() -> tuple[bytes, ...]:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        docx = rf.write_docx(Path(tmp) / "cv.docx").read_bytes()
        pdf = rf.write_scanned_pdf(Path(tmp) / "scan.pdf", pages=1).read_bytes()
        if rf.CJK_FONT.exists():
            pdf = rf.write_pdf(Path(tmp) / "cv.pdf").read_bytes()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", "<w:document xmlns:w='x'><w:body><w:p/></w:body></w:document>")
    return docx, pdf, buf.getvalue(), rf.html_page().encode("utf-8"), rf.plain_text().encode("gbk")


@st.composite
def inputs(draw: st.DrawFn) -> bytes:
    how = draw(st.sampled_from(["random", "prefixed", "mutated", "cut"]))
    if how == "random":
        return draw(st.binary(max_size=2048))
    if how == "prefixed":
        return draw(st.sampled_from(PREFIXES)) + draw(st.binary(max_size=2048))
    base = bytearray(draw(st.sampled_from(real_files())))
    if how == "cut":
        return bytes(base[: draw(st.integers(0, len(base)))])
    for _ in range(draw(st.integers(1, 8))):  # overwrite a few bytes anywhere
        at = draw(st.integers(0, len(base) - 1))
        base[at] = draw(st.integers(0, 255))
    return bytes(base)


EXAMPLES = int(os.environ.get("INGEST_EXAMPLES", "400"))  # INGEST_EXAMPLES=20000 for a longer hunt


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=inputs(), keep_pii=st.booleans())
def test_any_bytes_give_a_document_or_a_careermap_error(data: bytes, keep_pii: bool) -> None:
    try:
        doc = read_document(data, knowledge(), name="input", limits=Limits(timeout=10), keep_pii=keep_pii)
    except CareermapError as exc:
        line = exc.line()
        assert line.startswith("error[E1") and "\n" not in line
        return
    assert isinstance(doc, Document) and doc.text.strip()
    for s in doc.sections:
        assert 0 <= s.start < s.end <= len(doc.text)
