# The whole set-up is `make run` or `make test`: each builds .venv on first use, with the exact versions in
# requirements.lock (within the ranges of pyproject.toml), and rebuilds it from scratch when either file changes.
# `make lock` regenerates requirements.lock: the newest versions pyproject.toml allows, from a fresh venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCK := requirements.lock

.PHONY: help run test lint bench validate clean lock

# `make help` (or `make` alone): every target.
help:
	@echo 'make run       the bot: Telegram if TELEGRAM_BOT_TOKEN is set, else a chat in this terminal'
	@echo 'make test      the whole suite: ruff, mypy, the import contract, the knowledge-base check and pytest'
	@echo 'make validate  checks knowledge/ against the sources in ../shared/sources/ (FILE:LINE: problem)'
	@echo 'make lint      ruff, mypy and lint-imports, as make test runs them'
	@echo 'make bench     speed and memory benchmark, and a load test through a fake Bot API'
	@echo 'make lock      regenerates requirements.lock with the newest versions pyproject.toml allows'
	@echo 'make clean     removes .venv and the caches of pytest, mypy and ruff'
	@echo 'make help      this list; every other command: .venv/bin/python -m bot --help (README.md: Other commands)'

# Quiet on success (one line, then the command's own output); on failure, every step run and everything it printed.
$(STAMP): pyproject.toml $(LOCK)
	@if [ -f $@ ]; then echo "Rebuilding $(VENV): pyproject.toml or $(LOCK) changed (a minute or so)…"; \
	else echo "Setting up $(VENV) (first run, a minute or so)…"; fi
	@rm -rf $(VENV)
	@log=$$(mktemp) && trap 'rm -f "$$log"' EXIT && \
	if ( set -x && \
	     $(PYTHON) -m venv $(VENV) && \
	     $(BIN)/python -m pip install --quiet --upgrade pip && \
	     $(BIN)/python -m pip install --quiet --constraint $(LOCK) -e '.[dev]' && \
	     $(BIN)/python -m pip check ) >"$$log" 2>&1; \
	then touch $@; \
	else status=$$?; cat "$$log" >&2; echo "Setting up $(VENV) failed: the steps run and their output are above." >&2; \
	exit $$status; fi

lock:
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(PYTHON) -m venv "$$tmp/venv" && \
	"$$tmp/venv/bin/python" -m pip install --quiet --upgrade pip && \
	"$$tmp/venv/bin/python" -m pip install --quiet -e '.[dev]' && \
	{ echo "# Exact versions \`make\` installs (pip install --constraint $(LOCK) -e '.[dev]'). Regenerate: make lock"; \
	  "$$tmp/venv/bin/python" -m pip freeze --exclude-editable; } > "$$tmp/lock" && \
	mv "$$tmp/lock" $(LOCK)

run: $(STAMP)
	@$(BIN)/python -m bot

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
