"""Fixtures shared by the whole suite."""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

import pytest

from specbind.config import Config, load_config

REPO = Path(__file__).resolve().parents[1]


def run_specbind(
    *args: str, cwd: Path | None = None, timeout: float = 300, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`specbind <args>` in its own Python, as a user runs it (from `cwd`, in `env`)."""
    return subprocess.run(
        [sys.executable, "-m", "specbind", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture(autouse=True, scope="session")
def _template_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Compiled templates go to a directory of the run's own, not the user's cache."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SPECBIND_CACHE_DIR", str(tmp_path_factory.mktemp("specbind-cache")))
        yield


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


# The small stored document tests generate from (3 operations); the project itself is on
# the whole API, which takes tens of seconds to generate.
SEED_VERSION = "4.84.1-ai-plus"


@pytest.fixture
def project(tmp_path: Path) -> Config:
    """A copy of this project's config and spec/ in a temporary directory, its current
    version the seed document's."""
    from specbind.config import with_spec_version

    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(with_spec_version(text, SEED_VERSION), "utf-8")
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


def scratch_config(root: Path, api: str) -> Config:
    """A project in `root` that renders with this repository's templates; its packages
    are `<api>_client` and `<api>_server` (api: lower-case words joined by '-')."""
    stem = api.replace("-", "_")
    return Config(
        root=root,
        api=api,
        spec_version="1.0.0",
        spec_dir=root / "spec",
        templates_dir=REPO / "templates",
        output_dir=root / "generated",
        client_package=f"{stem}_client",
        server_package=f"{stem}_server",
    )


@contextmanager
def imported(project: Path, package: str) -> Iterator[ModuleType]:
    """`package` imported from the generated `project`, forgotten again afterwards."""
    sys.path.insert(0, str(project))
    try:
        yield importlib.import_module(package)
    finally:
        sys.path.remove(str(project))
        for name in [m for m in sys.modules if m.split(".")[0] == package]:
            del sys.modules[name]


class RecordedProgress:
    """A `specbind.progress.Progress` that remembers what it was told."""

    def __init__(self) -> None:
        self.steps: list[tuple[str, int | None]] = []
        self.advanced = 0

    def stage(self, name: str, total: int | None = None) -> None:
        self.steps.append((name, total))

    def advance(self, n: int = 1) -> None:
        self.advanced += n
