"""The Makefile reinstalls the virtualenv only when the dependencies change."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from specbind.config import with_spec_version
from tests.conftest import REPO


def _would_install(project: Path) -> bool:
    run = subprocess.run(
        ["make", "-n", "-C", str(project), "setup"], capture_output=True, text=True, check=True
    )
    return "pip install" in run.stdout


@pytest.fixture
def installed(tmp_path: Path) -> Path:
    """A copy of the Makefile and pyproject.toml whose virtualenv is up to date."""
    shutil.copy(REPO / "Makefile", tmp_path / "Makefile")
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "scripts").mkdir()
    shutil.copy(REPO / "scripts" / "dependency_hash.py", tmp_path / "scripts")
    assert _would_install(tmp_path)  # nothing installed yet
    digest = subprocess.run(
        ["python3", "scripts/dependency_hash.py", "pyproject.toml"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    (tmp_path / ".venv").mkdir()
    (tmp_path / ".venv" / f".installed-{digest}").touch()
    assert not _would_install(tmp_path)
    return tmp_path


def test_a_new_spec_version_does_not_reinstall(installed: Path) -> None:
    pyproject = installed / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(with_spec_version(text, "9.9.9-ai-plus", str(pyproject)), "utf-8")
    assert not _would_install(installed)


def test_a_changed_dependency_reinstalls(installed: Path) -> None:
    pyproject = installed / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(text.replace('"pyyaml>=6"', '"pyyaml>=6.0.2"'), "utf-8")
    assert _would_install(installed)
