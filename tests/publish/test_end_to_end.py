"""The whole publishing workflow on the real generated packages.

Build and check both packages, publish them to a real pypiserver with a password,
install the client by name and version from that index into a fresh virtualenv, and
run its README's example for every operation of the current spec against
`specbind mock`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

from specbind.config import Config, load_config
from specbind.openapi.document import load_document
from specbind.openapi.store import SpecStore
from specbind.openapi.validate import iter_operations
from specbind.publish import publish_packages
from tests.conftest import REPO
from tests.http_server import free_port, server_process
from tests.publish.conftest import PASSWORD, IndexServer

_EXAMPLE = re.compile(r"^### `(?P<operation>[\w.]+)`\n.*?```python\n(?P<code>.*?)```", re.M | re.S)
# The README examples run against the mock after installing from the index, and what each
# one's `result` is (None: the call returns nothing). The README has one example per
# operation (1,368 at 4.202.2; each in its own interpreter would take minutes): these
# run, the others are counted.
RESULT_TYPES = {
    "core.rbac.groups.destroy": "None",
    "core.rbac.groups.partial_update": "RbacGroup",
    "core.rbac.mentor_access.list": "list",
}


@pytest.fixture
def mock_url(tmp_path: Path) -> Iterator[str]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [
        sys.executable,
        "-m",
        "specbind",
        "mock",
        "--port",
        str(port),
        "--project",
        str(REPO),
    ]
    with server_process(command, f"{url}/openapi.json", tmp_path / "mock.log", cwd=tmp_path):
        yield url


def configured_index() -> str:
    """The index pip is set up to use here, for the client's own dependencies."""
    if value := os.environ.get("PIP_INDEX_URL"):
        return value
    found = subprocess.run(
        [sys.executable, "-m", "pip", "config", "get", "global.index-url"],
        capture_output=True,
        text=True,
        check=False,
    )
    return found.stdout.strip() if found.returncode == 0 else "https://pypi.org/simple"


def copy_project(project_root: Path) -> Config:
    """A copy of this project (config, spec/, generated/) to build and publish from."""
    project_root.mkdir()
    shutil.copy(REPO / "pyproject.toml", project_root / "pyproject.toml")
    shutil.copytree(REPO / "spec", project_root / "spec")
    shutil.copytree(REPO / "generated", project_root / "generated")
    return load_config(project_root)


def lowest_versions(project: Path) -> list[str]:
    """`name==lower bound` for every dependency of a generated project (all have one)."""
    dependencies = tomllib.loads((project / "pyproject.toml").read_text())["project"]
    pins = []
    for line in dependencies["dependencies"]:
        requirement = Requirement(line)
        lower = [s.version for s in requirement.specifier if s.operator == ">="]
        assert lower, f"{line}: no lower bound"
        pins.append(f"{requirement.name}=={lower[0]}")
    return pins


def readme_examples(config: Config) -> dict[str, str]:
    readme = (config.client_output / "README.md").read_text(encoding="utf-8")
    return {m["operation"]: m["code"] for m in _EXAMPLE.finditer(readme)}


@pytest.mark.slow
def test_publish_install_from_the_index_and_call_every_operation(
    index: IndexServer, mock_url: str, tmp_path: Path
) -> None:
    config = copy_project(tmp_path / "project")
    env = {**os.environ, **index.env}
    env.pop("SOURCE_DATE_EPOCH", None)
    report, result = publish_packages(config, index.url, out_dir=tmp_path / "dist", env=env)
    assert report is not None
    assert report.errors == []
    assert result.uploaded
    names = {(f.name, f.version) for f in result.files}
    client = next(p.project for p in report.packages if p.project.target == "client")
    server = next(p.project for p in report.packages if p.project.target == "server")
    assert names == {
        (config.client_distribution, client.version),
        (config.server_distribution, server.version),
    }
    assert client.spec_version == config.spec_version
    assert sorted(p.name for p in index.packages.iterdir()) == sorted(f.name for f in report.files)

    pins = lowest_versions(config.client_output)
    constraints = tmp_path / "lowest.txt"
    constraints.write_text("\n".join(pins) + "\n")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    install = subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--index-url",
            index.authenticated_simple_url,
            "--extra-index-url",
            configured_index(),
            # the lowest versions the package allows: the rest of the suite runs the
            # newest, so both ends of every dependency range are exercised
            "--constraint",
            str(constraints),
            f"{config.client_distribution}=={client.version}",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    shown = subprocess.run(
        [str(python), "-c", f"import {config.client_package} as p; print(p.__file__)"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert str(venv) in shown.stdout  # the installed copy, not the working tree's
    frozen = subprocess.run(
        [str(python), "-m", "pip", "freeze"], capture_output=True, text=True, check=True
    )
    installed = dict(line.lower().split("==", 1) for line in frozen.stdout.splitlines())
    for pin in pins:
        name, version = pin.lower().split("==")
        assert Version(installed[name]) == Version(version), frozen.stdout

    versions = subprocess.run(
        [
            str(python),
            "-c",
            f"import {config.client_package} as p; print(p.__version__, p.__spec_version__)",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert versions.stdout.split() == [client.version, config.spec_version]

    spec = load_document(SpecStore(config).path_for(config.spec_version))
    operations = {op["operationId"] for _, _, op, _ in iter_operations(spec.data)}
    examples = readme_examples(config)
    assert set(RESULT_TYPES) <= set(examples)
    assert len(examples) == len(operations)
    call_env = {
        "PATH": os.environ.get("PATH", ""),
        config.api_key_env: "publish-test-key",
        config.base_url_env: mock_url,
    }
    for operation, code in sorted((name, examples[name]) for name in RESULT_TYPES):
        script = code + "\nprint(type(locals().get('result')).__name__ if 'result' in locals() "
        script += "else 'None')\n"
        run = subprocess.run(
            [str(python), "-c", script],
            capture_output=True,
            text=True,
            env=call_env,
            cwd=tmp_path,
            check=False,
        )
        assert run.returncode == 0, f"{operation}: {run.stdout}{run.stderr}"
        assert run.stdout.strip().splitlines()[-1] == RESULT_TYPES[operation], operation
    assert PASSWORD not in result.output
