"""`specbind validate` and `fetch` as a user runs them: messages and exit statuses."""

from __future__ import annotations

import json
from pathlib import Path

from specbind.config import Config, load_config
from specbind.openapi.store import SpecStore
from tests.conftest import run_specbind as specbind
from tests.conftest import tree_snapshot
from tests.http_server import Reply, scripted_server
from tests.openapi.test_validate import BROKEN_YAML


def test_validate_stored_documents_and_their_hashes(repo_root: Path) -> None:
    stored = SpecStore(load_config(repo_root))
    run = specbind("validate", cwd=repo_root)
    assert run.returncode == 0, run.stderr
    # the two seed pages and the four versions reconstructed from the vendor's SDK
    assert len(stored.versions()) == len(stored.entries()) == 6
    assert f"{len(stored.versions())} document(s) checked: 0 error(s)" in run.stdout


def test_validate_broken_file_exits_1_naming_line_and_pointer(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(BROKEN_YAML)
    run = specbind("validate", str(path), cwd=tmp_path)
    assert run.returncode == 1
    assert f"{path}:24 #/paths/~1b~1{{y}}/get/operationId: error: [duplicate-operation-id]" in (
        run.stderr
    )
    assert "1 document(s) checked: 3 error(s), 2 warning(s)" in run.stderr


def test_validate_reports_a_tampered_stored_document(project: Config) -> None:
    stored = next(project.api_spec_dir.glob("*/openapi.yaml"))
    stored.write_bytes(stored.read_bytes() + b"# edited by hand\n")
    run = specbind("validate", cwd=project.root)
    assert run.returncode == 1
    assert f"{stored}: error: [manifest-hash-mismatch] sha256" in run.stderr


def test_validate_unknown_version_cannot_run(project: Config) -> None:
    run = specbind("validate", "0.0.0-nope", cwd=project.root)
    assert run.returncode == 2
    assert "no stored document for ibl-data-manager '0.0.0-nope'" in run.stderr


def test_fetch_stores_and_a_failure_exits_2_changing_nothing(project: Config) -> None:
    doc = {"openapi": "3.0.3", "info": {"title": "x", "version": "5.0.0"}, "paths": {}}
    with scripted_server() as server:
        good = server.add("/openapi.json", Reply(200, json.dumps(doc).encode()))
        missing = server.add("/missing.json", Reply(404, b""))
        run = specbind("fetch", good, cwd=project.root)
        assert run.returncode == 0, run.stderr
        assert "stored ibl-data-manager 5.0.0 at spec/ibl-data-manager/5.0.0/openapi.json" in (
            run.stdout
        )
        before = tree_snapshot(project.spec_dir)
        run = specbind("fetch", missing, "--retries", "0", cwd=project.root)
    assert run.returncode == 2
    assert f"error: {missing}: HTTP 404 Not Found" in run.stderr
    assert tree_snapshot(project.spec_dir) == before
