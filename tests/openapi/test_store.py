"""SpecStore: storing a document with the files beside it and its manifest entry, together;
resolving what the user named into one SpecRef."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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


def test_a_stored_document_is_resolved_with_its_folder_as_version(project: Config) -> None:
    store = SpecStore(project)
    current = store.resolve(None)
    assert (current.version, current.stored) == (project.spec_version, True)
    assert current.path == store.path_for(project.spec_version)
    # the same file named by its path is the same stored version
    by_path = store.resolve(str(current.path))
    assert (by_path.version, by_path.path) == (project.spec_version, current.path.resolve())


def test_a_file_outside_spec_is_loose(project: Config, tmp_path: Path) -> None:
    """A digit-named folder elsewhere says nothing about the document's version."""
    loose = tmp_path / "9.9.9" / "openapi.json"
    loose.parent.mkdir()
    loose.write_bytes(DOCUMENT)
    found = SpecStore(project).resolve(str(loose))
    assert (found.path, found.version, found.stored) == (loose.resolve(), None, False)


def test_a_spec_ref_reads_and_normalises_its_document_once(
    project: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    import specbind.openapi.normalise as normalising

    calls: list[int] = []
    real = normalising.normalise

    def counted(data: dict[str, Any]) -> dict[str, Any]:
        calls.append(1)
        return real(data)

    monkeypatch.setattr(normalising, "normalise", counted)
    ref = SpecStore(project).resolve(None)
    assert ref.normalised is ref.normalised
    assert ref.document is ref.document
    assert calls == [1]
    assert ref.normalised["info"]["version"] == project.spec_version
