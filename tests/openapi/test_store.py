"""SpecStore.store: a document, the files beside it and its manifest entry go together."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from specbind.config import Config
from specbind.errors import SpecbindError
from specbind.openapi.store import ManifestEntry, SpecStore
from tests.conftest import tree_snapshot

DOCUMENT = json.dumps(
    {"openapi": "3.0.3", "info": {"title": "t", "version": "7.0.0"}, "paths": {}}
).encode()


def _store_beside(store: SpecStore, beside: dict[str, bytes]) -> tuple[Path, ManifestEntry]:
    """DOCUMENT stored as 7.0.0 with the files `beside` it."""
    return store.store(
        "7.0.0",
        DOCUMENT,
        "openapi.json",
        source="somewhere",
        obtained="2026-01-01T00:00:00Z",
        method="reconstructed",
        beside=beside,
    )


def test_files_beside_the_document_are_written_with_it(project: Config) -> None:
    store = SpecStore(project)
    path, entry = _store_beside(store, {"NOTES.md": b"# how\n"})
    assert (path.parent / "NOTES.md").read_bytes() == b"# how\n"
    assert store.entry("7.0.0") == entry
    assert store.hash_problems() == []


@pytest.mark.parametrize("name", ["openapi.yaml", "../NOTES.md", "sub/NOTES.md"])
def test_a_file_beside_may_not_be_a_document_or_leave_the_folder(
    project: Config, name: str
) -> None:
    store = SpecStore(project)
    before = tree_snapshot(project.spec_dir)
    with pytest.raises(SpecbindError, match="beside the document"):
        _store_beside(store, {name: b"x"})
    assert tree_snapshot(project.spec_dir) == before
