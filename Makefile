# Two commands matter (see README):  make run   and   make test
# Both create a local virtual environment in .venv on first use.

# Prefer Python 3.12+ (immune to the PySide6 6.12 refcount bug); 3.11 is
# supported too, with PySide6 pinned below 6.12 by pyproject.toml.
PYTHON ?= $(shell for p in python3.12 python3.13 python3.14 python3 python; do \
	  if command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then \
	    command -v $$p; break; fi; done)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
CORPUS ?= seeds

.PHONY: run test extract bench lint clean venv

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.11 or newer is required" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,bench]'
	@touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(PY) -m viewer $(CORPUS)

extract: $(STAMP)
	$(PY) -m viewer extract $(CORPUS) --format table

test: $(STAMP)
	bash tools/ensure-system-deps.sh
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) benchmarks/eval_dates.py
	$(PY) benchmarks/eval_dates.py --gold tests/data/heldout_gold.json --corpus tests/data/heldout
	$(PY) benchmarks/eval_merge.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
