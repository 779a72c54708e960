"""Ingest cost per page beside the raw library call, reading order of two-column PDFs, and
(if the evaluation set is present) whether real profiles keep their diagnosis as PDF/DOCX.

    python benchmarks/bench_ingest.py                 # 30 pages, best of 5
    python benchmarks/bench_ingest.py --pages 100 --repeat 7 --profiles 60

1. Time per page. The same generated résumé pages as PDF (reportlab + WenQuanYi Micro Hei)
   and DOCX (python-docx, a page break and a skills table per page) are read by
   - the raw library alone: ``pypdf.PdfReader(...).pages[i].extract_text()`` for every page;
     ``docx.Document(...)`` then every paragraph's ``.text`` and every table cell's ``.text``;
   - ``careermap.ingest.source.read_document``: type sniffing, zip-bomb checks, the body walk,
     redaction, sections and language — everything before extraction;
   best of ``--repeat`` runs each, in the same process, so the ratio is the cost careermap adds.
2. Reading order. A two-column page (sidebar + main column) drawn column by column and
   line by line; for pypdf plain, pypdf layout and pdfplumber (when installed): does the
   sidebar come out whole, before the main column?
3. Format fidelity (evaluation only, ../shared/data/profiles.jsonl): each real profile is
   diagnosed as text, then as a wrapped PDF and as a DOCX; the share with the same top
   direction and the mean Jaccard of the skill sets.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))

from tests import resume_files as rf  # noqa: E402

from careermap.api import diagnose, knowledge  # noqa: E402
from careermap.ingest.limits import Limits  # noqa: E402
from careermap.ingest.source import read_document  # noqa: E402

SHARED = next(
    (p / "shared" / "data" / "profiles.jsonl" for p in HERE.parents if (p / "shared" / "data").is_dir()),
    Path("/work/shared/data/profiles.jsonl"),
)
LINES = [
    "专业技能：精通 CUDA 与 C++，熟悉 TensorRT、Triton，了解 Megatron-LM 与 DeepSpeed",
    "工作经历：2019-2023 某科技公司 推理引擎工程师，主导 vLLM 推理服务性能优化",
    "首字延迟从 800 毫秒降到 300 毫秒，吞吐提升 3 倍，服务日均 2000 万次请求",
    "项目经历：基于 TensorRT-LLM 部署 Qwen 模型，显存占用降低 40%，INT8 量化精度损失小于 1%",
    "Built a RAG pipeline with LangChain and Milvus; evaluated with RAGAS; Kubernetes on 64 GPUs",
]


def best_of(fns: list[Callable[[], object]], repeat: int) -> list[float]:
    """The best time of each function, runs interleaved so that drift in machine load hits all alike."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(repeat):
        for fn, ts in zip(fns, times, strict=True):
            t0 = time.perf_counter()
            fn()
            ts.append(time.perf_counter() - t0)
    return [min(ts) for ts in times]


def make_pdf(pages: int) -> bytes:
    buf = io.BytesIO()
    c = rf._pdf_canvas(buf)
    for p in range(pages):
        for i in range(45):
            c.drawString(40, 805 - i * 17, f"{p + 1}.{i + 1} " + LINES[i % len(LINES)][:48])
        c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(pages: int) -> bytes:
    import docx
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    for p in range(pages):
        d.add_heading(f"第 {p + 1} 页 专业技能", level=2)
        table = d.add_table(rows=0, cols=2)
        for skill, level in rf.SKILLS:
            row = table.add_row()
            row.cells[0].text, row.cells[1].text = skill, level
        for i in range(36):
            d.add_paragraph(LINES[i % len(LINES)])
        d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def raw_pypdf(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def raw_docx(data: bytes) -> str:
    import docx

    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    parts += [c.text for t in d.tables for r in t.rows for c in r.cells]
    return "\n".join(parts)


def timing(pages: int, repeat: int) -> None:
    kb = knowledge()
    limits = Limits(max_pages=max(pages, 50), timeout=600)
    pdf, docx_bytes = make_pdf(pages), make_docx(pages)
    rows = []
    for fmt, data, raw, raw_name in (
        ("PDF", pdf, raw_pypdf, "pypdf extract_text"),
        ("DOCX", docx_bytes, raw_docx, "python-docx paragraphs+tables"),
    ):
        doc = read_document(data, kb, name=f"bench.{fmt.lower()}", limits=limits)
        t_raw, t_cm = best_of(
            [
                lambda raw=raw, data=data: raw(data),
                lambda data=data, fmt=fmt: read_document(data, kb, name=f"bench.{fmt.lower()}", limits=limits),
            ],
            repeat,
        )
        rows.append((fmt, len(data), len(doc.text), raw_name, t_raw, t_cm))
    print(f"1. ingest time per page ({pages} pages, best of {repeat} interleaved runs; same process, same files)")
    head = ("format", "file", "chars", "raw library call", "raw ms/pg", "careermap", "ratio")
    print("   {:<6} {:>9} {:>7}  {:<30} {:>9} {:>9} {:>6}".format(*head))
    for fmt, size, chars, raw_name, t_raw, t_cm in rows:
        print(
            f"   {fmt:<6} {size / 1024:>7.0f}KB {chars:>7}  {raw_name:<30} {t_raw * 1000 / pages:>9.2f} "
            f"{t_cm * 1000 / pages:>9.2f} {t_cm / t_raw:>5.2f}x"
        )


def two_column(order: str) -> bytes:
    buf = io.BytesIO()
    c = rf._pdf_canvas(buf)
    left = ["专业技能", *rf.skill_lines(), "教育背景", *rf.EDUCATION]
    right = ["工作经历", *rf.EXPERIENCE, "项目经历", *rf.PROJECTS]
    right += [""] * (len(left) - len(right))
    if order == "column by column":
        ops = [(40, i, t) for i, t in enumerate(left)] + [(300, i, t) for i, t in enumerate(right)]
    else:
        ops = [op for i in range(len(left)) for op in ((40, i, left[i]), (300, i, right[i]))]
    for x, i, t in ops:
        if t:
            c.drawString(x, 800 - i * 16, t)
    c.showPage()
    c.save()
    return buf.getvalue()


def sidebar_whole(text: str) -> bool:
    """The sidebar (skills … education) comes out as a block, before the main column."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    want = ["专业技能", *rf.skill_lines(), "教育背景", *rf.EDUCATION]
    return lines[: len(want)] == want


def reading_order() -> None:
    from pypdf import PdfReader

    extractors: list[tuple[str, Callable[[bytes], str]]] = [
        ("pypdf plain (careermap)", lambda b: PdfReader(io.BytesIO(b)).pages[0].extract_text()),
        ("pypdf layout", lambda b: PdfReader(io.BytesIO(b)).pages[0].extract_text(extraction_mode="layout")),
    ]
    try:
        import pdfplumber

        def plumber(b: bytes) -> str:
            with pdfplumber.open(io.BytesIO(b)) as pdf:
                return pdf.pages[0].extract_text() or ""

        extractors.append(("pdfplumber extract_text", plumber))
    except ImportError:
        print("   (pdfplumber not installed: `pip install pdfplumber` to compare it)")
    print("2. two-column reading order: sidebar comes out whole and first?")
    orders = ("column by column", "line by line")
    print(f"   {'extractor':<26}" + "".join(f"{o:>20}" for o in orders))
    pdfs = {o: two_column(o) for o in orders}
    for name, fn in extractors:
        print(f"   {name:<26}" + "".join(f"{'yes' if sidebar_whole(fn(pdfs[o])) else 'no':>20}" for o in orders))


def fidelity(limit: int) -> None:
    if not SHARED.exists():
        print(f"3. format fidelity: {SHARED} not found, skipped")
        return
    import docx
    from reportlab.lib.utils import simpleSplit

    kb = knowledge()
    rows = []
    for line in SHARED.open(encoding="utf-8"):
        r = json.loads(line)
        base = diagnose(r["text"], kb=kb)
        if len(base.evidence.skills) >= 3:  # a profile with something to find
            rows.append((r["text"], base))
        if len(rows) == limit:
            break
    same = {"pdf": 0, "docx": 0}
    exact = {"pdf": 0, "docx": 0}
    jac: dict[str, list[float]] = {"pdf": [], "docx": []}
    for text, base in rows:
        base_skills = set(base.evidence.skills)
        with tempfile.TemporaryDirectory() as tmp:
            c = rf._pdf_canvas(Path(tmp) / "p.pdf")
            y = 800.0
            for para in text.splitlines():
                for line in simpleSplit(para, "wqy", 10, 500) or [""]:
                    if y < 40:
                        c.showPage()
                        c.setFont("wqy", 10)
                        y = 800.0
                    c.drawString(40, y, line)
                    y -= 13
            c.showPage()
            c.save()
            d = docx.Document()
            for para in text.splitlines():
                d.add_paragraph(para)
            d.save(str(Path(tmp) / "p.docx"))
            for fmt in ("pdf", "docx"):
                data = (Path(tmp) / f"p.{fmt}").read_bytes()
                doc = read_document(data, kb, name=f"p.{fmt}", limits=Limits(max_pages=500))
                a = diagnose(doc, kb=kb)
                same[fmt] += a.top.id == base.top.id
                got = set(a.evidence.skills)
                exact[fmt] += got == base_skills
                jac[fmt].append(len(got & base_skills) / len(got | base_skills))
    n = len(rows)
    print(f"3. format fidelity on {n} real profiles with 3+ skills (evaluation set), against the text itself")
    for fmt in ("pdf", "docx"):
        print(
            f"   {fmt:<5} same top direction {same[fmt]}/{n}, same skill set {exact[fmt]}/{n}, "
            f"skill-set Jaccard mean {statistics.mean(jac[fmt]):.3f}, min {min(jac[fmt]):.3f}"
        )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profiles", type=int, default=40, help="real profiles for the fidelity check (0: skip)")
    args = parser.parse_args()
    if not rf.CJK_FONT.exists():
        print(rf.NO_CJK_FONT)
        return 1
    knowledge()
    timing(args.pages, args.repeat)
    reading_order()
    if args.profiles:
        fidelity(args.profiles)
    return 0


if __name__ == "__main__":
    from results import recording

    with recording("ingest"):
        sys.exit(main())
