"""Regenerating from unchanged inputs rewrites nothing; any change regenerates."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from specbind.config import Config
from specbind.freshness import RECORD_FILE, read_record
from tests.conftest import REPO, tree_snapshot
from tests.conftest import run_specbind as specbind


@pytest.mark.slow
def test_unchanged_regeneration_is_skipped_and_a_hand_edit_is_undone(
    project: Config, tmp_path: Path
) -> None:
    shutil.copytree(REPO / "templates", project.templates_dir)
    out = tmp_path / "out"
    first = specbind("generate", "--out", str(out), cwd=project.root)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "generated client" in first.stdout
    before = tree_snapshot(out)
    assert RECORD_FILE in {Path(name).name for name in before}
    client_record = read_record(out / "client")
    assert client_record is not None
    assert client_record.operations == 3
    inode = (out / "client" / "pyproject.toml").stat().st_ino

    second = specbind("generate", "--out", str(out), cwd=project.root)
    assert second.returncode == 0, second.stdout + second.stderr
    assert second.stdout.count("up to date") == 2
    assert tree_snapshot(out) == before
    # nothing was rewritten: the same file, not an identical copy swapped in
    assert (out / "client" / "pyproject.toml").stat().st_ino == inode

    (out / "client" / "README.md").write_text("edited by hand\n")
    third = specbind("generate", "client", "--out", str(out), cwd=project.root)
    assert third.returncode == 0, third.stdout + third.stderr
    assert "generated client" in third.stdout
    assert tree_snapshot(out) == before


@pytest.mark.slow
def test_a_template_change_regenerates(project: Config, tmp_path: Path) -> None:
    shutil.copytree(REPO / "templates", project.templates_dir)
    out = tmp_path / "out"
    assert specbind("generate", "server", "--out", str(out), cwd=project.root).returncode == 0
    before = read_record(out / "server")
    template = project.templates_dir / "server" / "README.md.jinja"
    template.write_text(template.read_text() + "\nRegenerated after a template change.\n")
    again = specbind("generate", "server", "--out", str(out), cwd=project.root)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "generated server" in again.stdout
    assert "Regenerated after a template change." in (out / "server" / "README.md").read_text()
    after = read_record(out / "server")
    assert before is not None and after is not None
    assert after.inputs != before.inputs
