"""The engine's endpoint copies, made cheap, change nothing it generates."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from openapi_python_client.strings import PythonIdentifier

import specbind.client.generate as client_generate
from specbind.client import generate_client
from specbind.client.engine import endpoint_copy
from tests.conftest import REPO, scratch_config, tree_snapshot

DOCUMENTS = [
    REPO / "tests" / "client" / "fixtures" / "colliding_parameters.yaml",
    REPO / "tests" / "client" / "fixtures" / "media.yaml",
    REPO / "tests" / "client" / "fixtures" / "pages.yaml",
    REPO / "tests" / "corpus" / "fixtures" / "openai.json",
    REPO / "tests" / "hostile" / "hostile.yaml",
    REPO / "spec" / "ibl-data-manager" / "4.84.1-ai-plus" / "openapi.yaml",
]


def _endpoint(tmp_path: Path) -> object:
    """A parsed endpoint with query and path parameters, a response and a body."""
    captured: list[object] = []
    original = client_generate.operation_views

    def capture(data: object, collections: dict[str, object], *args: object) -> object:
        for collection in collections.values():
            captured.extend(collection.endpoints)  # type: ignore[attr-defined]
        return original(data, collections, *args)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(client_generate, "operation_views", capture)
        config = scratch_config(tmp_path, "pages")
        generate_client(config, DOCUMENTS[2], config.client_output)
    return next(e for e in captured if e.query_parameters and e.responses.patterns)  # type: ignore[attr-defined]


def test_a_copy_shares_nothing_a_build_step_changes(tmp_path: Path) -> None:
    endpoint = _endpoint(tmp_path)
    before = (
        [p.python_name for p in endpoint.query_parameters],  # type: ignore[attr-defined]
        len(endpoint.responses.patterns),  # type: ignore[attr-defined]
        set(endpoint.relative_imports),  # type: ignore[attr-defined]
        list(endpoint.errors),  # type: ignore[attr-defined]
    )
    copied = endpoint_copy(endpoint)  # type: ignore[arg-type]
    # what the engine's set_python_name does to a parameter whose name clashes
    object.__setattr__(copied.query_parameters[0], "python_name", PythonIdentifier("renamed", ""))
    copied.query_parameters.append(copied.query_parameters[0])
    copied.responses.patterns.append(copied.responses.patterns[0])
    copied.relative_imports.add("import os")
    copied.errors.append("an error")  # type: ignore[arg-type]
    after = (
        [p.python_name for p in endpoint.query_parameters],  # type: ignore[attr-defined]
        len(endpoint.responses.patterns),  # type: ignore[attr-defined]
        set(endpoint.relative_imports),  # type: ignore[attr-defined]
        list(endpoint.errors),  # type: ignore[attr-defined]
    )
    assert after == before
    assert copied.query_parameters[0].python_name == "renamed"


@pytest.mark.parametrize("document", DOCUMENTS, ids=[d.name for d in DOCUMENTS])
def test_the_generated_client_is_the_same_with_deep_copies(
    tmp_path: Path, document: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = scratch_config(tmp_path, "same")
    cheap = generate_client(config, document, tmp_path / "cheap")
    monkeypatch.setattr(client_generate, "cheap_endpoint_copies", contextlib.nullcontext)
    deep = generate_client(config, document, tmp_path / "deep")
    assert cheap.operation_count == deep.operation_count
    assert tree_snapshot(tmp_path / "cheap") == tree_snapshot(tmp_path / "deep")
