# thredfi-python: every target installs what it needs (.venv from pyproject.toml, node_modules
# from package-lock.json) on first use. Run `make help` for the list.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
VENV_STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed

.DEFAULT_GOAL := help
.PHONY: help demo test pytest lint typecheck bundle check-bundle generate check-generated coverage bench bench-quick soak api-changes update-spec clean

help:
	@echo "make demo             run examples/fake_flow.py: a chained flow on the in-memory fake Thredfi (no credentials)"
	@echo "make test             the whole suite: lint, types, spec/generation drift, pytest"
	@echo "make bundle           bundle openapi/fragments into openapi/thredfi.yaml"
	@echo "make generate         regenerate generated/thredfi_api from openapi/thredfi.yaml"
	@echo "make check-generated  fail if generated/ differs from a fresh generation"
	@echo "make coverage         rewrite docs/coverage.md from the spec"
	@echo "make bench            benchmarks (make bench-quick: under a minute)"
	@echo "make soak             10,000 calls at concurrency 100 against a fault-injecting server (asyncio, trio, threads)"
	@echo "make update-spec      refresh openapi/fragments from the docs site (SOURCE=url)"
	@echo "make api-changes      API change report vs BASE (default origin/main); fails on an unbumped break"

$(VENV_STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

$(NODE_STAMP): package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

demo: $(VENV_STAMP)
	$(PY) examples/fake_flow.py

bundle: $(VENV_STAMP)
	$(PY) scripts/bundle_spec.py openapi/fragments openapi/thredfi.yaml

check-bundle: $(VENV_STAMP)
	$(PY) scripts/bundle_spec.py --check openapi/fragments openapi/thredfi.yaml

generate: $(VENV_STAMP)
	$(PY) scripts/generate.py

check-generated: $(VENV_STAMP)
	$(PY) scripts/generate.py --check

coverage: $(VENV_STAMP)
	$(PY) scripts/coverage_table.py

bench: $(VENV_STAMP)
	$(PY) scripts/redis_server.py --ensure
	$(PY) scripts/bench.py

bench-quick: $(VENV_STAMP)
	$(PY) scripts/redis_server.py --ensure
	$(PY) scripts/bench.py --quick

# docs/reliability.md: what each check means and the figures of one run
SOAK_CALLS ?= 10000
SOAK_CONCURRENCY ?= 100
soak: $(VENV_STAMP)
	$(PY) scripts/soak.py --calls $(SOAK_CALLS) --concurrency $(SOAK_CONCURRENCY) --loops asyncio,trio,threads

BASE ?= origin/main
api-changes: $(VENV_STAMP)
	$(PY) scripts/api_changes --git $(BASE) --griffe $(BASE) --check-version $(BASE)

SOURCE ?= https://docs.thredfi.com
update-spec: $(VENV_STAMP)
	$(PY) scripts/update_spec.py --source $(SOURCE)

lint: $(VENV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(VENV_STAMP)
	$(BIN)/mypy --strict overlay examples scripts tests/typing
	$(BIN)/mypy generated

# pytest exits 5 when it collected no test: for this suite that is a failure, said plainly.
# redis-server (Debian's package) is installed here when missing: the token store's tests start one.
pytest: $(VENV_STAMP) $(NODE_STAMP)
	@$(PY) scripts/redis_server.py --ensure >/dev/null
	@$(BIN)/pytest; status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests: failing"; exit 1; fi; exit $$status

test: lint typecheck check-bundle check-generated pytest

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache
