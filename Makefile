# `make run` serves the app; `make test` runs every test. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run test fuzz bench load screenshots clean

$(VENV)/.runtime: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

run: $(VENV)/.runtime
	$(VENV)/bin/flask --app app run --host 127.0.0.1 --port 5000

test: $(VENV)/.dev
	$(PY) -m pytest

# The long suites: each prints its figures (see BENCHMARKS.md for one run's).
fuzz: $(VENV)/.dev
	HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest -q tests/fuzz

bench: $(VENV)/.dev
	$(PY) -m tools.bench

load: $(VENV)/.dev
	$(PY) -m tools.load --seconds 60 --connections 64

screenshots: $(VENV)/.dev
	$(PY) -m tools.screenshots screenshots

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
