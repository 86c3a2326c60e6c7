"""The generated packages are ruff-clean and pass `mypy --strict`, checked as a user would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.client.conftest import GeneratedClient


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def packages(
    v359: GeneratedClient, v484: GeneratedClient, pages: GeneratedClient
) -> list[GeneratedClient]:
    return [v359, v484, pages]


def test_generated_packages_are_ruff_clean(packages: list[GeneratedClient]) -> None:
    for generated in packages:
        project = generated.generation.out_dir
        check = _run([sys.executable, "-m", "ruff", "check", "--no-cache", "."], project)
        assert check.returncode == 0, check.stdout + check.stderr
        formatted = _run(
            [sys.executable, "-m", "ruff", "format", "--check", "--no-cache", "."], project
        )
        assert formatted.returncode == 0, formatted.stdout + formatted.stderr


def test_generated_packages_pass_mypy_strict(
    packages: list[GeneratedClient], tmp_path: Path
) -> None:
    for generated in packages:
        project = generated.generation.out_dir
        result = _run(
            [
                sys.executable,
                "-m",
                "mypy",
                "--strict",
                "--cache-dir",
                str(tmp_path / "mypy-cache"),
                "--config-file",
                str(project / "pyproject.toml"),
                generated.generation.package,
            ],
            project,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert "Success: no issues found" in result.stdout
