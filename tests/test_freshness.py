"""The record that lets an unchanged generation be skipped, and what invalidates it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from specbind.config import Config
from specbind.freshness import (
    RECORD_FILE,
    fresh_record,
    inputs_digest,
    listed_files,
    outputs_digest,
    read_record,
    unchanged_generation,
    write_record,
)


def _inputs(tmp_path: Path) -> tuple[Path, Path]:
    spec = tmp_path / "openapi.yaml"
    spec.write_text("openapi: 3.0.3\n")
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "a.jinja").write_text("{{ x }}\n")
    return spec, templates


def test_inputs_digest_follows_spec_templates_config_and_version(
    tmp_path: Path, project: Config
) -> None:
    spec, templates = _inputs(tmp_path)
    first = inputs_digest("client", project, spec, templates)
    assert inputs_digest("client", project, spec, templates) == first
    # the project's location is not an input: the same project elsewhere is the same
    moved = dataclasses.replace(project, root=tmp_path / "elsewhere")
    assert inputs_digest("client", moved, spec, templates) == first
    assert inputs_digest("server", project, spec, templates) != first
    renamed = dataclasses.replace(project, client_package="other_client")
    assert inputs_digest("client", renamed, spec, templates) != first
    (templates / "a.jinja").write_text("{{ y }}\n")
    after_template = inputs_digest("client", project, spec, templates)
    assert after_template != first
    spec.write_text("openapi: 3.1.0\n")
    assert inputs_digest("client", project, spec, templates) not in (first, after_template)


def _project(root: Path) -> Path:
    (root / "pkg").mkdir(parents=True)
    (root / "pkg" / "__init__.py").write_text('"""A package."""\n')
    (root / "README.md").write_text("# pkg\n")
    return root


def test_a_recorded_project_is_fresh_until_it_or_its_inputs_change(tmp_path: Path) -> None:
    project = _project(tmp_path / "out")
    written = write_record(project, "inputs-1", operations=3)
    assert (project / RECORD_FILE).is_file()
    assert read_record(project) == written
    assert fresh_record(project, "inputs-1") == written
    assert written.operations == 3
    assert listed_files(project) == (Path("README.md"), Path("pkg/__init__.py"))
    assert fresh_record(project, "inputs-2") is None

    # caches that tools leave beside the code do not count
    (project / "pkg" / "__pycache__").mkdir()
    (project / "pkg" / "__pycache__" / "x.pyc").write_bytes(b"\0")
    assert fresh_record(project, "inputs-1") == written

    (project / "pkg" / "__init__.py").write_text('"""Edited by hand."""\n')
    assert fresh_record(project, "inputs-1") is None


def test_a_stray_or_missing_file_makes_the_project_stale(tmp_path: Path) -> None:
    project = _project(tmp_path / "out")
    write_record(project, "inputs", operations=1)
    (project / "pkg" / "extra.py").write_text("")
    assert fresh_record(project, "inputs") is None
    (project / "pkg" / "extra.py").unlink()
    assert fresh_record(project, "inputs") is not None
    (project / "README.md").unlink()
    assert fresh_record(project, "inputs") is None


def test_a_missing_or_broken_record_means_regenerate(tmp_path: Path) -> None:
    project = _project(tmp_path / "out")
    assert read_record(project) is None
    assert fresh_record(project, "inputs") is None
    (project / RECORD_FILE).write_text("{not json")
    assert fresh_record(project, "inputs") is None
    (project / RECORD_FILE).write_text('{"inputs": "inputs"}')
    assert fresh_record(project, "inputs") is None


def test_the_record_is_reproducible_and_outside_its_own_digest(tmp_path: Path) -> None:
    one = _project(tmp_path / "one")
    two = _project(tmp_path / "two")
    before = outputs_digest(one)
    write_record(one, "inputs", operations=2)
    write_record(two, "inputs", operations=2)
    assert outputs_digest(one) == before
    assert (one / RECORD_FILE).read_bytes() == (two / RECORD_FILE).read_bytes()


def test_unchanged_generation_reads_the_kinds_templates(tmp_path: Path, project: Config) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text("openapi: 3.0.3\n")
    templates = project.templates_dir / "client"
    templates.mkdir(parents=True)
    (templates / "a.jinja").write_text("{{ x }}\n")
    out = _project(tmp_path / "out")
    write_record(out, inputs_digest("client", project, spec, templates), operations=4)
    record = unchanged_generation("client", project, spec, out)
    assert record is not None
    assert record.operations == 4
    assert unchanged_generation("server", project, spec, out) is None
    (templates / "a.jinja").write_text("{{ y }}\n")
    assert unchanged_generation("client", project, spec, out) is None


def test_a_requested_version_must_be_the_projects(tmp_path: Path) -> None:
    project = _project(tmp_path / "out")
    (project / "pyproject.toml").write_text('[project]\nname = "pkg"\nversion = "4.84.1"\n')
    written = write_record(project, "inputs", operations=1)
    assert fresh_record(project, "inputs") == written
    assert fresh_record(project, "inputs", "4.84.1") == written
    assert fresh_record(project, "inputs", "4.84.2") is None


def test_a_change_to_specbinds_own_code_makes_the_inputs_new(
    tmp_path: Path, project: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edited generator (an editable install between releases) must not be skipped."""
    import specbind.freshness as freshness

    source = tmp_path / "specbind"
    source.mkdir()
    (source / "generate.py").write_text("OPTIONS = 1\n")
    (source / "generate.cpython-311.pyc").write_bytes(b"cache")
    spec, templates = _inputs(tmp_path)
    monkeypatch.setattr(freshness, "TOOLCHAIN_SOURCE", source)
    freshness.toolchain_digest.cache_clear()
    before = inputs_digest("client", project, spec, templates)
    (source / "generate.cpython-311.pyc").write_bytes(b"other cache")
    freshness.toolchain_digest.cache_clear()
    assert inputs_digest("client", project, spec, templates) == before
    (source / "generate.py").write_text("OPTIONS = 2\n")
    freshness.toolchain_digest.cache_clear()
    assert inputs_digest("client", project, spec, templates) != before
