"""`specbind upgrade --check` and the bump workflow `specbind ci init` writes.

The workflow's own shell steps are run here, in order, in a scratch git project against a
loopback server that serves a newer document; `gh` is a recording stand-in on PATH.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from specbind.ci import WORKFLOW_PATHS, render_workflow
from specbind.config import with_spec_version
from tests.conftest import REPO, tree_snapshot
from tests.http_server import Reply, ScriptedServer, scripted_server

V484 = "4.84.1-ai-plus"
NEWER = "4.85.0-ai-plus"
SPECBIND = Path(sys.executable).parent / "specbind"


def _newer_document() -> bytes:
    document: dict[str, Any] = yaml.safe_load(
        (REPO / "spec" / "ibl-data-manager" / V484 / "openapi.yaml").read_text(encoding="utf-8")
    )
    document["info"]["version"] = NEWER
    document["paths"]["/api/core/rbac/roles/"] = {
        "get": {
            "operationId": "core_rbac_roles_list",
            "tags": ["core"],
            "responses": {"200": {"description": "ok"}},
        }
    }
    return json.dumps(document).encode("utf-8")


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with scripted_server() as running:
        yield running


def _git(root: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A copy of this project on the seed document, generated, in its own git repository,
    with a bare `origin`."""
    root = tmp_path / "project"
    root.mkdir()
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    (root / "pyproject.toml").write_text(with_spec_version(text, V484), encoding="utf-8")
    shutil.copytree(REPO / "spec", root / "spec")
    shutil.copytree(REPO / "templates", root / "templates")
    subprocess.run([str(SPECBIND), "generate", "--project", str(root)], check=True)
    # the project's own make targets, standing in for this repository's
    (root / "Makefile").write_text(
        f"setup:\n\tln -sfn {Path(sys.executable).parent.parent} .venv\n"
        "test:\n\t.venv/bin/specbind check\n",
        encoding="utf-8",
    )
    (root / ".gitignore").write_text(".venv\n", encoding="utf-8")
    _git(root, "init", "-q", "-b", "main")
    _git(root, "add", "-A")
    _git(root, "commit", "-qm", "start")
    origin = tmp_path / "origin.git"
    subprocess.run(["git", "init", "-q", "--bare", str(origin)], check=True)
    _git(root, "remote", "add", "origin", str(origin))
    return root


def _recording_gh(bin_dir: Path, record: Path) -> None:
    bin_dir.mkdir()
    gh = bin_dir / "gh"
    gh.write_text(
        "#!/usr/bin/env python3\n"
        "import json, sys\n"
        "args = sys.argv[1:]\n"
        "body = open(args[args.index('--body-file') + 1]).read()\n"
        f"open({str(record)!r}, 'w').write(json.dumps({{'args': args, 'body': body}}))\n",
        encoding="utf-8",
    )
    gh.chmod(gh.stat().st_mode | stat.S_IEXEC)


def _run_steps(workflow: dict[str, Any], root: Path, env: dict[str, str]) -> list[str]:
    """Run the job's `run` steps as GitHub would (skipping `uses`), honouring `if`."""
    job = workflow["jobs"]["upgrade"]
    outputs = root.parent / "step-outputs"
    outputs.write_text("", encoding="utf-8")  # a new run, new outputs
    ran: list[str] = []
    for step in job["steps"]:
        if "run" not in step:
            continue
        condition = step.get("if")
        if condition is not None:
            assert condition == "steps.check.outputs.available == 'true'"
            if "available=true" not in outputs.read_text(encoding="utf-8"):
                continue
        result = subprocess.run(
            ["bash", "-e", "-c", step["run"]],
            cwd=root,
            env={**env, **job["env"], "GITHUB_OUTPUT": str(outputs)},
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, f"{step.get('name')}: {result.stdout}{result.stderr}"
        ran.append(step.get("name", ""))
    return ran


def test_the_github_workflow_proposes_a_new_version_as_a_pull_request(
    repository: Path, server: ScriptedServer, tmp_path: Path
) -> None:
    url = server.add("/api/schema/", Reply(200, _newer_document()))
    made = subprocess.run(
        [str(SPECBIND), "ci", "init", "--github", "--url", url, "--project", str(repository)],
        capture_output=True,
        text=True,
    )
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == f"wrote {WORKFLOW_PATHS['github']}"
    workflow = yaml.safe_load((repository / WORKFLOW_PATHS["github"]).read_text(encoding="utf-8"))
    _git(repository, "add", "-A")
    _git(repository, "commit", "-qm", "the bump workflow")

    record = tmp_path / "gh.json"
    _recording_gh(tmp_path / "bin", record)
    runner_temp = tmp_path / "runner-temp"
    runner_temp.mkdir()
    env = {
        **os.environ,
        "PATH": f"{tmp_path / 'bin'}:{os.environ['PATH']}",
        "RUNNER_TEMP": str(runner_temp),
    }
    ran = _run_steps(workflow, repository, env)
    assert ran == [
        "Set up the project",
        "Is a newer spec version available?",
        "Upgrade and regenerate",
        "Test the new bindings",
        "Open a pull request",
    ]
    branch = f"specbind/upgrade-{NEWER}"
    assert branch in _git(repository, "ls-remote", "--heads", "origin")
    proposed = json.loads(record.read_text(encoding="utf-8"))
    assert proposed["args"][:6] == ["pr", "create", "--base", "main", "--head", branch]
    body = proposed["body"]
    assert body.startswith(f"upgraded ibl-data-manager {V484} -> {NEWER}; packages ")
    assert "(minor)" in body.splitlines()[0]
    assert "### Non-breaking changes (1)" in body
    assert "core_rbac_roles_list" in body
    assert "### Python API breaks in the generated client (0)" in body

    # the next scheduled run finds the project up to date and changes nothing
    _git(repository, "checkout", "-q", "main")
    _git(repository, "merge", "-q", branch)
    before = tree_snapshot(repository / "spec")
    record.unlink()
    assert _run_steps(workflow, repository, env) == [
        "Set up the project",
        "Is a newer spec version available?",
    ]
    assert not record.exists()
    assert tree_snapshot(repository / "spec") == before


def _check(project: Path, source: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SPECBIND), "upgrade", "--check", source, "--project", str(project)],
        capture_output=True,
        text=True,
    )


def test_upgrade_check_exits_10_for_a_newer_version_and_changes_nothing(
    repository: Path, server: ScriptedServer
) -> None:
    before = tree_snapshot(repository)
    newer = _check(repository, server.add("/new.json", Reply(200, _newer_document())))
    assert newer.returncode == 10, newer.stderr
    assert newer.stdout.strip() == f"ibl-data-manager {NEWER} is available (current {V484})"
    same = REPO / "spec" / "ibl-data-manager" / V484 / "openapi.yaml"
    current = _check(repository, str(same))
    assert current.returncode == 0, current.stderr
    assert current.stdout.strip() == f"ibl-data-manager {V484} is current"
    older = REPO / "spec" / "ibl-data-manager" / "3.59.0-ai-plus" / "openapi.yaml"
    went_back = _check(repository, str(older))
    assert went_back.returncode == 0
    assert f"serves 3.59.0-ai-plus, older than the current {V484}" in went_back.stdout
    assert tree_snapshot(repository) == before


@pytest.mark.parametrize("system", ["github", "gitlab"])
def test_the_workflow_files_are_valid_for_their_ci_system(system: str, tmp_path: Path) -> None:
    text = render_workflow(system, "https://api.example/schema/", "17 6 * * 1", "main")  # type: ignore[arg-type]
    path = tmp_path / "workflow.yml"
    path.write_text(text, encoding="utf-8")
    schema = {"github": "vendor.github-workflows", "gitlab": "vendor.gitlab-ci"}[system]
    checked = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, str(path)],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_url_that_is_no_url_and_a_bad_schedule_are_refused() -> None:
    from specbind.errors import SpecbindError

    with pytest.raises(SpecbindError, match="--url must be an http"):
        render_workflow("github", "$(rm -rf /)", "17 6 * * 1", "main")
    with pytest.raises(SpecbindError, match="five-field cron"):
        render_workflow("github", "https://a.example/", "daily", "main")
