"""Fixtures shared by the whole suite."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from specbind.config import Config, load_config

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True, scope="session")
def _template_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Compiled templates go to a directory of the run's own, not the user's cache."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SPECBIND_CACHE_DIR", str(tmp_path_factory.mktemp("specbind-cache")))
        yield


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture
def project(tmp_path: Path) -> Config:
    """A copy of this project's config and spec/ in a temporary directory."""
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    if (REPO / "spec").is_dir():
        shutil.copytree(REPO / "spec", tmp_path / "spec")
    else:
        (tmp_path / "spec").mkdir()
    return load_config(tmp_path)


def tree_snapshot(root: Path) -> dict[str, bytes]:
    """Every file under `root` with its bytes: compare two to prove nothing changed."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }
