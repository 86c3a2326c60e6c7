"""`specbind build` and `specbind publish` as a user runs them: output and exit statuses."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from specbind.cli import app
from specbind.config import Config
from tests.publish.conftest import PASSWORD, IndexServer, write_demo_project
from tests.publish.test_upload import WRONG_PASSWORD, index_files


def run(args: list[str], env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(app, args, env=env)
    return result.exit_code, result.output


@pytest.mark.slow
def test_build_then_publish_dry_run_publish_and_refusals(
    project: Config, index: IndexServer, tmp_path: Path
) -> None:
    """A project whose generated/client is a small complete package, through every exit."""
    demo = write_demo_project(
        tmp_path / "made", name=project.client_distribution, spec_version="4.84.1-ai-plus"
    )
    shutil.copytree(demo.directory, project.client_output)
    dist = tmp_path / "dist"
    common = ["--project", str(project.root), "--out", str(dist)]

    code, output = run(["build", "client", "--no-isolation", *common])
    assert code == 0, output
    assert "ibl-data-manager-client 1.0.0 (spec 4.84.1-ai-plus):" in output
    assert f"{dist / 'ibl_data_manager_client-1.0.0-py3-none-any.whl'}  sha256 " in output
    assert "built and checked: twine check --strict, wheel contents, metadata" in output

    publish = ["publish", "client", "--repository-url", index.url, "--skip-build", *common]
    code, output = run([*publish, "--dry-run"], env=index.env)
    assert code == 0, output
    assert f"would upload (dry run) to {index.url}:" in output
    assert "ibl-data-manager-client 1.0.0" in output
    assert index_files(index) == []

    code, output = run(publish, env=index.env)
    assert code == 0, output
    assert "published 2 file(s)" in output
    assert PASSWORD not in output
    assert len(index_files(index)) == 2

    code, output = run(publish, env=index.env)
    assert code == 1, output
    assert "refused: the index at" in output
    assert "already has ibl-data-manager-client 1.0.0" in output

    wrong = {"TWINE_USERNAME": index.username, "TWINE_PASSWORD": WRONG_PASSWORD}
    code, output = run(publish, env=wrong)
    assert code == 2, output
    assert "refused the credentials from TWINE_USERNAME/TWINE_PASSWORD (HTTP 403)" in output
    assert WRONG_PASSWORD not in output
    assert PASSWORD not in output


def test_publish_without_built_files_says_to_build(project: Config, tmp_path: Path) -> None:
    demo = write_demo_project(tmp_path / "made", name=project.client_distribution)
    shutil.copytree(demo.directory, project.client_output)
    code, output = run(
        [
            "publish",
            "client",
            "--repository-url",
            "http://127.0.0.1:9/",
            "--skip-build",
            "--project",
            str(project.root),
            "--out",
            str(tmp_path / "empty"),
        ]
    )
    assert code == 2
    assert "no built sdist and wheel of ibl-data-manager-client 1.0.0" in output
    assert "run `specbind build` (or drop --skip-build)" in output


def test_build_of_an_unknown_target_is_refused(project: Config) -> None:
    code, output = run(["build", "docs", "--project", str(project.root)])
    assert code == 2
    assert "takes client or server (or nothing, for both), not 'docs'" in output


def test_publish_refuses_files_that_fail_a_check(project: Config, tmp_path: Path) -> None:
    bare = (
        '[build-system]\nrequires = ["setuptools>=77"]\nbuild-backend = "setuptools.build_meta"\n'
        '[project]\nname = "{name}"\nversion = "{version}"\ndescription = "spec {spec_version}"\n'
        'readme = "README.md"\nrequires-python = ">=3.11"\n'
    )
    demo = write_demo_project(
        tmp_path / "made",
        name=project.client_distribution,
        spec_version="4.84.1-ai-plus",
        pyproject=bare,
    )
    shutil.copytree(demo.directory, project.client_output)
    code, output = run(
        [
            "publish",
            "client",
            "--repository-url",
            "http://127.0.0.1:9/",
            "--dry-run",
            "--no-isolation",
            "--project",
            str(project.root),
            "--out",
            str(tmp_path / "dist"),
        ]
    )
    assert code == 1, output
    assert "not publishing: the built distributions have 3 problem(s)" in output
    assert "METADATA has no license" in output
    assert "METADATA has no Project-URL" in output
    assert "METADATA has no classifier 'Typing :: Typed'" in output
    assert "would upload" not in output
