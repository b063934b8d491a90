# newsclaims -- every target creates .venv on first use; only python3 and make are needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PLUGINS := $(wildcard plugins/*/pyproject.toml)
PLUGIN_DIRS := $(patsubst %/pyproject.toml,%,$(PLUGINS))

.PHONY: demo test lint fuzz bench docs clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The project and every plugin under plugins/, editable.
$(VENV)/.base: $(BIN)/python pyproject.toml $(PLUGINS)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e . $(addprefix -e ,$(PLUGIN_DIRS))
	touch $@

# ... plus the dev extras.
$(VENV)/.dev: $(VENV)/.base
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

demo: $(VENV)/.base
	$(BIN)/newsclaims extract --format text examples/ai_summary_japan_philippines.txt

lint: $(VENV)/.dev
	$(BIN)/ruff check src tests plugins examples
	$(BIN)/ruff format --check src tests plugins examples
	$(BIN)/mypy --strict src

test: lint
	$(BIN)/python -m pytest -q

fuzz: $(VENV)/.dev
	NEWSCLAIMS_FUZZ_SECONDS=$${NEWSCLAIMS_FUZZ_SECONDS:-600} $(BIN)/python -m pytest -q -p no:cacheprovider \
		--hypothesis-profile=fuzz -m fuzz tests

clean:
	rm -rf $(VENV) docs/_build .pytest_cache .mypy_cache .ruff_cache .hypothesis
