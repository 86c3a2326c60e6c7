"""`specbind ci init`: a scheduled job that proposes each new spec version as a pull request.

The job asks `specbind upgrade --check URL` whether the document at URL is newer (exit 10),
and only then runs the upgrade, the project's tests, and opens a pull (merge) request whose
body is the upgrade's Markdown report: breaking changes first, the Python-API breaks, the
old and new versions. The same shell steps serve GitHub Actions and GitLab CI; the files
are built as data and written as YAML, so the URL and branch names stay values.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml

from specbind.errors import SpecbindError
from specbind.fsutil import write_file_atomic

System = Literal["github", "gitlab"]
WORKFLOW_PATHS: dict[System, str] = {
    "github": ".github/workflows/specbind-upgrade.yml",
    "gitlab": ".gitlab/specbind-upgrade.gitlab-ci.yml",
}
DEFAULT_SCHEDULE = "17 6 * * 1"  # Mondays 06:17 UTC
REPORT = "specbind-upgrade.md"

# Each step is plain POSIX shell with `set -eu`; the variables are the job's environment:
# SPEC_URL (the document), BASE_BRANCH, and the system's own (GITHUB_OUTPUT, GH_TOKEN...).
CHECK_STEP = """\
set +e
.venv/bin/specbind upgrade --check "$SPEC_URL"
code=$?
set -e
case "$code" in
  0) echo "available=false" >> "$STEP_OUTPUT" ;;
  10) echo "available=true" >> "$STEP_OUTPUT" ;;
  *) exit "$code" ;;
esac
"""
UPGRADE_STEP = """\
set -eu
.venv/bin/specbind upgrade "$SPEC_URL" --report "$RUNNER_TEMP/specbind-upgrade.md"
"""
TEST_STEP = "make test\n"
PROPOSE_STEP = """\
set -eu
version=$(sed -n 's/^spec-version = "\\(.*\\)"$/\\1/p' pyproject.toml)
branch="specbind/upgrade-$version"
git config user.name "specbind"
git config user.email "specbind@users.noreply.localhost"
git checkout -b "$branch"
git add -A spec generated pyproject.toml
git commit -m "Upgrade the API document to $version"
git push --force origin "$branch"
"""
GITHUB_PR = (
    'gh pr create --base "$BASE_BRANCH" --head "$branch" '
    '--title "Upgrade the API document to $version" '
    '--body-file "$RUNNER_TEMP/specbind-upgrade.md"\n'
)
GITLAB_MR = (
    'glab mr create --target-branch "$BASE_BRANCH" --source-branch "$branch" '
    '--title "Upgrade the API document to $version" '
    '--description "$(cat "$RUNNER_TEMP/specbind-upgrade.md")" --yes\n'
)


@dataclass(frozen=True)
class Workflow:
    system: System
    path: Path
    text: str


def _literal_blocks(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


class _Dumper(yaml.SafeDumper):
    """Multi-line strings (the shell steps) as literal blocks, readable in review."""


_Dumper.add_representer(str, _literal_blocks)


def github_workflow(url: str, schedule: str, base: str) -> dict[str, Any]:
    return {
        "name": "specbind upgrade",
        "on": {"schedule": [{"cron": schedule}], "workflow_dispatch": {}},
        "permissions": {"contents": "write", "pull-requests": "write"},
        "jobs": {
            "upgrade": {
                "runs-on": "ubuntu-latest",
                "env": {"SPEC_URL": url, "BASE_BRANCH": base},
                "steps": [
                    {"uses": "actions/checkout@v4"},
                    {"uses": "actions/setup-python@v5", "with": {"python-version": "3.11"}},
                    {"name": "Set up the project", "run": "make setup\n"},
                    {
                        "name": "Is a newer spec version available?",
                        "id": "check",
                        "run": 'STEP_OUTPUT="$GITHUB_OUTPUT"\n' + CHECK_STEP,
                    },
                    *[
                        {
                            "name": name,
                            "if": "steps.check.outputs.available == 'true'",
                            **({"env": {"GH_TOKEN": "${{ github.token }}"}} if pr else {}),
                            "run": run,
                        }
                        for name, run, pr in (
                            ("Upgrade and regenerate", UPGRADE_STEP, False),
                            ("Test the new bindings", TEST_STEP, False),
                            ("Open a pull request", PROPOSE_STEP + GITHUB_PR, True),
                        )
                    ],
                ],
            }
        },
    }


def gitlab_job(url: str, base: str) -> dict[str, Any]:
    script = "\n".join(
        [
            "export RUNNER_TEMP=$(mktemp -d) STEP_OUTPUT=$(mktemp)",
            "make setup",
            CHECK_STEP.rstrip("\n"),
            'if grep -q "available=true" "$STEP_OUTPUT"; then',
            UPGRADE_STEP.rstrip("\n"),
            TEST_STEP.rstrip("\n"),
            PROPOSE_STEP.rstrip("\n"),
            GITLAB_MR.rstrip("\n"),
            "fi",
        ]
    )
    return {
        "specbind-upgrade": {
            "image": "python:3.11",
            "rules": [{"if": '$CI_PIPELINE_SOURCE == "schedule"'}],
            "variables": {"SPEC_URL": url, "BASE_BRANCH": base},
            "script": [script + "\n"],
        }
    }


def render_workflow(system: System, url: str, schedule: str, base: str) -> str:
    if not url.startswith(("http://", "https://")):
        raise SpecbindError(f"--url must be an http(s) URL of the API document, not {url!r}")
    if len(schedule.split()) != 5:
        raise SpecbindError(f"--schedule must be a five-field cron expression, not {schedule!r}")
    data = github_workflow(url, schedule, base) if system == "github" else gitlab_job(url, base)
    header = "# Written by `specbind ci init`: proposes each new spec version as a " + (
        "pull request.\n" if system == "github" else "merge request.\n"
    )
    if system == "gitlab":
        header += (
            f"# Include it from .gitlab-ci.yml (include: {{local: {WORKFLOW_PATHS['gitlab']}}})\n"
            f"# and add a pipeline schedule ({schedule}) in the project's CI/CD settings.\n"
        )
    body = yaml.dump(data, Dumper=_Dumper, sort_keys=False, width=100, allow_unicode=True)
    return header + body


def init_workflow(
    root: Path, system: System, url: str, schedule: str, base: str, force: bool
) -> Workflow:
    """Write the job file under `root`; an existing one is kept unless `force`."""
    path = root / WORKFLOW_PATHS[system]
    text = render_workflow(system, url, schedule, base)
    if path.exists() and not force and path.read_text(encoding="utf-8") != text:
        raise SpecbindError(f"{path} exists already; pass --force to replace it")
    path.parent.mkdir(parents=True, exist_ok=True)
    write_file_atomic(path, text.encode("utf-8"))
    return Workflow(system, path, text)
