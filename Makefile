# Two commands do all set-up on a fresh machine (see README.md):
#   make run    — create .venv, install careermap, diagnose a bundled example on the embedded defaults
#   make test   — install the test extras and system packages the tests need, run the test suite
#   make docs   — write the real output of every example back into README.md and docs/ (then review the diff)
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: run test docs bench lint clean

$(BIN)/careermap: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e .
	@touch $@

$(VENV)/.test-deps: $(BIN)/careermap
	$(BIN)/pip install -q -e '.[test]'
	@touch $@

run: $(BIN)/careermap
	$(BIN)/careermap diagnose examples/zh-java-backend.md

test: $(VENV)/.test-deps
	./scripts/system-deps
	$(BIN)/python -m pytest

docs: $(VENV)/.test-deps
	$(BIN)/python -m pytest -q -p no:cacheprovider tests/test_docs.py --update-docs

bench: $(VENV)/.test-deps
	$(BIN)/python benchmarks/bench_accuracy.py
	$(BIN)/python benchmarks/bench_speed.py
	$(BIN)/python benchmarks/bench_web.py
	$(BIN)/python benchmarks/bench_web_jobs.py
	$(BIN)/python benchmarks/bench_quiz.py
	$(BIN)/python benchmarks/bench_ingest.py
	$(BIN)/python benchmarks/bench_plan.py
	$(BIN)/pip install -q -e '.[bench]'
	$(BIN)/python benchmarks/bench_jobs.py
	$(BIN)/python benchmarks/bench_jobs_speed.py
	$(BIN)/python benchmarks/bench_batch.py

lint: $(BIN)/careermap
	$(BIN)/pip install -q -e '.[dev]'
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
