# mia: two entry points. `make chat` and `make test` both install everything first (idempotent).
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install chat test bench eval clean

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check torch==2.13.0
	$(BIN)/pip install -q --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

chat: install
	$(BIN)/mia ingest corpus --index default --quiet
	$(BIN)/mia chat --index default

test: install
	$(BIN)/python -m pytest -q -p no:cacheprovider -rs

bench: install
	$(BIN)/python eval/bench_ingest.py --limit 5
	$(BIN)/python eval/bench_answer.py

eval: install
	$(BIN)/mia eval sample --out eval/out/sample

clean:
	rm -rf $(VENV) indexes/*/
