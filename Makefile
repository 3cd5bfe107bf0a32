# The two commands: `make demo` (whole pipeline on DuckDB) and `make test` (every check).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
export DBT_PROFILES_DIR ?= $(CURDIR)

.PHONY: setup demo test lint sqllint bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dbt,dev]"
	test -f profiles.yml || cp profiles.example.yml profiles.yml
	touch $@

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Models are linted against an empty throwaway warehouse, never the demo's: the result must
# not depend on which tables exist (an existing incremental table renders another branch).
LINT_WAREHOUSE := target/sqllint.duckdb
SQLLINT_MODELS ?= models
SQLLINT_PROCESSES ?= 2
sqllint: setup
	$(BIN)/sqlfluff lint macros --templater jinja
	mkdir -p target && rm -f $(LINT_WAREHOUSE) $(LINT_WAREHOUSE).wal
	DUCKDB_PATH=$(LINT_WAREHOUSE) DBT_TARGET=duckdb $(BIN)/sqlfluff lint --processes $(SQLLINT_PROCESSES) $(SQLLINT_MODELS)

# Two workers, one per core: dbt runs in-process, so one worker leaves a core idle while it
# renders Jinja. Tests that share a build stay on one worker (tests/conftest.py).
PYTEST_WORKERS ?= 2
test: setup lint
	$(BIN)/analytics validate
	$(BIN)/analytics generate --check
	$(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadgroup
	$(MAKE) sqllint

demo: setup
	$(BIN)/analytics demo

bench: setup
	$(BIN)/python -m generators.bench

clean:
	rm -rf $(VENV) target logs *.duckdb
