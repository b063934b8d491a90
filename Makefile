# newsclaims -- every target creates .venv on first use; only python3 and make are needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check
PLUGINS := $(wildcard plugins/*/pyproject.toml)
PLUGIN_DIRS := $(patsubst %/pyproject.toml,%,$(PLUGINS))

.PHONY: demo test lint fuzz bench docs clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The project and every plugin under plugins/, editable.
$(VENV)/.base: $(BIN)/python pyproject.toml $(PLUGINS)
	$(PIP) -e . $(addprefix -e ,$(PLUGIN_DIRS))
	touch $@

# ... plus the dev extras (test tools and every optional extra that has tests).
$(VENV)/.dev: $(VENV)/.base
	$(PIP) -e '.[dev]'
	touch $@

$(VENV)/.docs: $(VENV)/.dev
	$(PIP) -e '.[docs]'
	touch $@

$(VENV)/.bench: $(VENV)/.dev
	$(PIP) -e '.[bench]'
	touch $@

demo: $(VENV)/.base
	$(BIN)/newsclaims extract --format text examples/ai_summary_japan_philippines.txt

lint: $(VENV)/.dev
	$(BIN)/ruff check src tests plugins examples benchmarks docs
	$(BIN)/ruff format --check src tests plugins examples benchmarks docs
	$(BIN)/mypy --strict src

test: lint
	@sh tools/ensure-browser.sh
	$(BIN)/python -m pytest -q

# Long property-based fuzzing: NEWSCLAIMS_FUZZ_SECONDS (default 600) bounds the whole run;
# it prints the number of examples tried.
fuzz: $(VENV)/.dev
	NEWSCLAIMS_FUZZ_SECONDS=$${NEWSCLAIMS_FUZZ_SECONDS:-600} HYPOTHESIS_PROFILE=fuzz \
		$(BIN)/python -m pytest -q -p no:cacheprovider -m fuzz tests

# Speed, memory and accuracy against the peers, measured in the same run.
bench: $(VENV)/.bench
	$(BIN)/python benchmarks/run.py $(BENCH)

docs: $(VENV)/.docs
	$(BIN)/sphinx-build -W -n -b html docs docs/_build/html

clean:
	rm -rf $(VENV) docs/_build .pytest_cache .mypy_cache .ruff_cache .hypothesis
