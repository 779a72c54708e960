"""The compiled knowledge base: validated once, read back from a real cache folder, rebuilt when a
file changes or the cache file is damaged, safe when two processes build it at once."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import careermap
from careermap.api import diagnose
from careermap.extract import matcher as matcher_module
from careermap.extract.matcher import matcher_for
from careermap.knowledge import compiled, loader
from careermap.knowledge.loader import DATA_DIR, load

TEXT = "5年Java后端，熟悉Spring Cloud，最近用LangChain做了知识库问答，想转大模型推理优化"


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(compiled.CACHE_ENV, str(folder))
    monkeypatch.delenv(compiled.OFF_ENV, raising=False)
    return folder


def _entries(cache: Path) -> list[Path]:
    return sorted(cache.glob("kb-*")) if cache.exists() else []


def _no_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the knowledge base was validated again instead of read from the cache")

    monkeypatch.setattr(loader, "_validated", refuse)


def test_the_second_load_reads_the_cache_and_answers_the_same(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = load()
    (entry,) = _entries(cache)
    assert (entry / "knowledge.pickle").is_file()
    fresh = careermap.diagnose(TEXT, kb=first).model_dump(mode="json")
    assert (entry / "matcher.pickle").is_file()  # the automaton, compiled by the first diagnosis
    _no_validation(monkeypatch)
    monkeypatch.setattr(matcher_module.Matcher, "__init__", lambda *a: pytest.fail("the matcher was compiled again"))
    second = load()
    assert second.version == first.version and second.roles == first.roles and second.lexicon == first.lexicon
    assert careermap.diagnose(TEXT, kb=second).model_dump(mode="json") == fresh


def test_a_changed_file_gets_a_new_entry(cache: Path, tmp_path: Path) -> None:
    folder = tmp_path / "kb"
    shutil.copytree(DATA_DIR, folder)
    before = load(folder)
    skills = folder / "skills" / "languages.yaml"
    text = skills.read_text(encoding="utf-8")
    skills.write_text(text.replace("aliases: [", "aliases: [kotlinx, ", 1), encoding="utf-8")
    after = load(folder)
    assert after.version != before.version and len(_entries(cache)) == 2
    changed = next(s for s in after.skills.values() if "kotlinx" in s.aliases)
    assert "kotlinx" in {h.alias for h in diagnose("会 kotlinx", kb=after).evidence.skills[changed.id].hits}


def test_a_kb_folder_gets_its_own_entry(cache: Path, tmp_path: Path) -> None:
    folder = tmp_path / "my-kb"
    shutil.copytree(DATA_DIR, folder)
    bundled, own = load(), load(folder)
    assert len(_entries(cache)) == 2
    assert (bundled.path, own.path) == (DATA_DIR, folder)
    assert load(folder).path == folder  # read back from its own entry


@pytest.mark.parametrize("damage", ["truncated", "flipped", "empty", "not ours"])
def test_a_damaged_cache_file_is_rebuilt_never_trusted(
    cache: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    load()
    (entry,) = _entries(cache)
    kept = entry / "knowledge.pickle"
    data = kept.read_bytes()
    broken = {
        "truncated": data[: len(data) // 2],
        "flipped": data[:-100] + bytes([data[-100] ^ 0xFF]) + data[-99:],
        "empty": b"",
        "not ours": b"\x80\x04K\x01.",  # a valid pickle, but no header
    }[damage]
    kept.write_bytes(broken)
    assert compiled.read_knowledge(entry) is None
    kb = load()  # validated again, and the file written whole
    assert len(kb.roles) == 18
    assert kept.read_bytes() == data
    _no_validation(monkeypatch)
    assert load().version == kb.version


def test_a_damaged_matcher_is_compiled_again(cache: Path) -> None:
    kb = load()
    matcher_for(kb)
    (entry,) = _entries(cache)
    part = entry / "matcher.pickle"
    part.write_bytes(part.read_bytes()[:1000])
    again = load()
    assert again._cache.get("matcher") is None
    assert matcher_for(again).size == matcher_for(kb).size
    assert compiled._read(part) is not None  # rewritten whole


def test_the_cache_can_be_turned_off_and_an_unwritable_one_only_costs_time(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(compiled.OFF_ENV, "1")
    assert len(load().roles) == 18 and not _entries(cache)
    monkeypatch.delenv(compiled.OFF_ENV)
    assert len(load(cache=False).roles) == 18 and not _entries(cache)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv(compiled.CACHE_ENV, str(blocked / "cache"))
    kb = load()
    assert len(kb.roles) == 18 and matcher_for(kb).size > 1000


_BUILD = """
import json, sys, time
from pathlib import Path
start = float(sys.argv[1])
while time.time() < start:  # both processes start building at the same moment
    time.sleep(0.005)
from careermap.knowledge.loader import load
from careermap.extract.matcher import matcher_for
import careermap
from careermap.api import diagnose
kb = load(Path(sys.argv[2]))
a = diagnose("熟悉 CUDA 和 Triton，写过 vLLM 的算子", kb=kb)
print(json.dumps({"version": kb.version, "skills": len(kb.skills), "matcher": matcher_for(kb).size,
                  "top": a.top.id, "found": sorted(a.evidence.skills)}))
"""


@pytest.mark.slow
def test_two_processes_building_at_once_both_get_a_valid_knowledge_base(cache: Path, tmp_path: Path) -> None:
    folder = tmp_path / "kb"
    shutil.copytree(DATA_DIR, folder)
    env = {**os.environ, compiled.CACHE_ENV: str(cache)}
    start = str(time.time() + 3)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _BUILD, start, str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
        )
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err.decode() for _, err in outs]
    results = [json.loads(out) for out, _ in outs]
    assert results[0] == results[1] and results[0]["top"] == "inference" and "cuda" in results[0]["found"]
    (entry,) = _entries(cache)
    assert sorted(p.name for p in entry.iterdir()) == ["knowledge.pickle", "matcher.pickle"]  # no temporary left
    assert compiled.read_knowledge(entry) is not None and compiled._read(entry / "matcher.pickle") is not None
    third = subprocess.run(
        [sys.executable, "-c", _BUILD, "0", str(folder)], capture_output=True, env=env, check=True, timeout=120
    )
    assert json.loads(third.stdout) == results[0]
