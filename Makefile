# newsflow: the two commands of the README are `make run` and `make test`.
# Each target installs uv (from PyPI, into .newsflow/bootstrap) when it is not on PATH, then syncs the locked env.
SHELL := /bin/bash
PYTHON ?= python3
BOOTSTRAP := .newsflow/bootstrap
UV := $(shell command -v uv 2>/dev/null || echo $(BOOTSTRAP)/bin/uv)
RUN := $(UV) run --frozen

.PHONY: run stop status test bench lint sync clean help

help:
	@echo "make run    start embedded Postgres + Airflow 3 and backfill the demo corpus"
	@echo "make stop   stop everything 'make run' started"
	@echo "make test   run the test suite (DATABASE_URL to use an existing Postgres)"
	@echo "make bench  run the benchmarks (ARGS=\"--only dedup\" for one; python -m benchmarks --help)"
	@echo "make lint   ruff + mypy"

$(BOOTSTRAP)/bin/uv:
	@mkdir -p .newsflow
	$(PYTHON) -m venv $(BOOTSTRAP)
	$(BOOTSTRAP)/bin/python -m pip install --quiet --disable-pip-version-check uv

.venv/.synced: uv.lock pyproject.toml | $(UV)
	$(UV) sync --frozen
	@touch $@

sync: .venv/.synced

run: sync
	$(RUN) python -m newsflow.devstack up

stop: sync
	$(RUN) python -m newsflow.devstack down

status: sync
	$(RUN) python -m newsflow.devstack status

test: sync
	$(RUN) pytest

bench: sync
	$(RUN) python -m benchmarks $(ARGS)

lint: sync
	$(RUN) ruff check src dags plugins tests benchmarks
	$(RUN) mypy

clean: stop
	rm -rf .newsflow
