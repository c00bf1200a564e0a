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

# The browser suite mostly waits on Chromium and the app, the rest is pure Python: run side by side,
# one per core, the whole suite takes about the longer of the two. The browser report prints after
# the other; either failing fails the target.
test: $(VENV)/.dev
	@log=$$(mktemp); \
	$(PY) -m pytest tests/browser > $$log 2>&1 & browser=$$!; \
	$(PY) -m pytest --ignore=tests/browser; rest=$$?; \
	wait $$browser; browsed=$$?; \
	echo "---- browser tests (run alongside the above) ----"; cat $$log; rm -f $$log; \
	test $$rest -eq 0 && test $$browsed -eq 0

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
