# The whole set-up is `make run` or `make test`: each builds .venv on first use, with the exact versions in
# requirements.lock (within the ranges of pyproject.toml), and rebuilds it from scratch when either file changes.
# `make lock` regenerates requirements.lock: the newest versions pyproject.toml allows, from a fresh venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCK := requirements.lock

.PHONY: run test lint bench validate clean lock

$(STAMP): pyproject.toml $(LOCK)
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --constraint $(LOCK) -e '.[dev]'
	$(BIN)/python -m pip check
	touch $@

lock:
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(PYTHON) -m venv "$$tmp/venv" && \
	"$$tmp/venv/bin/python" -m pip install --quiet --upgrade pip && \
	"$$tmp/venv/bin/python" -m pip install --quiet -e '.[dev]' && \
	{ echo "# Exact versions \`make\` installs (pip install --constraint $(LOCK) -e '.[dev]'). Regenerate: make lock"; \
	  "$$tmp/venv/bin/python" -m pip freeze --exclude-editable; } > "$$tmp/lock" && \
	mv "$$tmp/lock" $(LOCK)

run: $(STAMP)
	$(BIN)/python -m bot

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports

validate: $(STAMP)
	$(BIN)/python -m bot validate

test: lint validate
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python -m tests.bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
