"""`specbind generate server`: the package project, its stability and its quality."""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from specbind.cli import app as cli
from specbind.config import Config
from specbind.errors import SpecbindError
from specbind.openapi.store import SpecStore
from specbind.server import generate_server
from specbind.server.mock import load_package
from specbind.server.routes import operation_routes
from tests.conftest import tree_snapshot
from tests.server.conftest import REPO, VERSIONS, Served

PACKAGE = "ibl_data_manager_server"


def _generate(config: Config, version: str, out: Path) -> Path:
    chosen = dataclasses.replace(config, spec_version=version)
    generate_server(chosen, SpecStore(config).resolve(version), out)
    return out


def _files(root: Path) -> dict[str, bytes]:
    return {k: v for k, v in tree_snapshot(root).items() if "__pycache__" not in k}


def test_package_project_layout_and_metadata(config: Config, tmp_path: Path) -> None:
    out = tmp_path / "server"
    chosen = dataclasses.replace(config, spec_version="3.59.0-ai-plus")
    result = generate_server(chosen, SpecStore(config).resolve("3.59.0-ai-plus"), out)
    assert result.operation_count == 3
    assert result.package == PACKAGE
    assert [p.as_posix() for p in result.files] == [
        ".specbind-stamp.json",
        "README.md",
        f"{PACKAGE}/__init__.py",
        f"{PACKAGE}/_routing.py",
        f"{PACKAGE}/app.py",
        f"{PACKAGE}/bodies.py",
        f"{PACKAGE}/interfaces.py",
        f"{PACKAGE}/models.py",
        f"{PACKAGE}/py.typed",
        f"{PACKAGE}/routers/__init__.py",
        f"{PACKAGE}/routers/credentials.py",
        f"{PACKAGE}/security.py",
        "pyproject.toml",
    ]
    project = tomllib.loads((out / "pyproject.toml").read_text())["project"]
    assert (project["name"], project["version"]) == ("ibl-data-manager-server", "3.59.0")
    assert project["license"] == "MIT"
    assert "Typing :: Typed" in project["classifiers"]
    assert project["urls"]["Documentation"] == "https://docs.ibl.ai/"
    init = (out / PACKAGE / "__init__.py").read_text()
    assert '__spec_version__ = "3.59.0-ai-plus"' in init
    assert '__version__ = "3.59.0"' in init
    models = (out / PACKAGE / "models.py").read_text()
    assert "class Issuer(BaseModel):" in models
    assert "class IssuerRequest(BaseModel):" in models  # the request view, no readOnly fields
    request_view = models[models.index("class IssuerRequest") :].split("\nclass ", 1)[0]
    assert "entityId" in request_view and "signatories" not in request_view
    readme = (out / "README.md").read_text()
    assert "| PUT | `/api/credentials/orgs/{org}/users/{user_id}/issuers/{entity_id}` |" in readme


def test_regeneration_is_byte_identical(config: Config, tmp_path: Path) -> None:
    first = _files(_generate(config, "4.84.1-ai-plus", tmp_path / "a" / "server"))
    second = _files(_generate(config, "4.84.1-ai-plus", tmp_path / "a" / "server"))
    assert first == second
    elsewhere = _files(_generate(config, "4.84.1-ai-plus", tmp_path / "b" / "server"))
    assert elsewhere == first


def test_committed_generated_server_is_what_the_generator_writes(
    config: Config, tmp_path: Path
) -> None:
    fresh = _files(_generate(config, config.spec_version, tmp_path / "server"))
    assert _files(config.server_output) == fresh


def test_a_broken_template_leaves_the_output_untouched(config: Config, tmp_path: Path) -> None:
    out = _generate(config, "4.84.1-ai-plus", tmp_path / "server")
    before = _files(out)
    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    broken = templates / "server" / "app.py.jinja"
    broken.write_text(broken.read_text() + "\n{% for x in %}\n")
    bad = dataclasses.replace(config, templates_dir=templates, spec_version="4.84.1-ai-plus")
    with pytest.raises(SpecbindError, match=r"app\.py\.jinja:\d+: template syntax error"):
        generate_server(bad, SpecStore(config).resolve("4.84.1-ai-plus"), out)
    assert _files(out) == before
    assert not list(tmp_path.glob(".server.staging.*"))


def test_missing_template_is_named(config: Config, tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    (templates / "server" / "security.py.jinja").unlink()
    bad = dataclasses.replace(config, templates_dir=templates)
    with pytest.raises(SpecbindError, match=r"missing server template\(s\): security\.py"):
        generate_server(bad, SpecStore(config).resolve(None), tmp_path / "server")


def test_an_inline_object_body_without_a_model_is_refused_with_its_pointer() -> None:
    data = {
        "openapi": "3.0.3",
        "paths": {
            "/things/": {
                "post": {
                    "operationId": "things_create",
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {"type": "object", "properties": {"a": {}}}
                            }
                        }
                    },
                    "responses": {"204": {"description": "done"}},
                }
            }
        },
    }
    with pytest.raises(
        SpecbindError,
        match=r"#/paths/~1things~1/post/requestBody/content/application~1json/schema: "
        "an inline object schema",
    ):
        operation_routes(data, set())


def test_routes_carry_constraints_aliases_and_status(served: dict[str, Served]) -> None:
    routes = {r.operation_id: r for r in served["4.84.1-ai-plus"].routes}
    destroy = routes["core_rbac_groups_destroy"]
    assert [
        (p.name, p.location, p.required, p.annotation, p.marker) for p in destroy.parameters
    ] == [
        (
            "id",
            "path",
            True,
            "int",
            'Path(description="A unique integer value identifying this RBAC Group.")',
        ),
        (
            "platform_key",
            "query",
            True,
            "str",
            'Query(min_length=1, description="platform key for authorization check")',
        ),
    ]
    assert (destroy.status_code, destroy.response_annotation) == (204, None)
    listing = routes["core_rbac_mentor_access_list"]
    assert listing.response_annotation == "list[models.MentorAccessPolicy]"
    assert routes["core_rbac_groups_partial_update"].body is not None
    data = {
        "openapi": "3.0.3",
        "paths": {
            "/x": {
                "get": {
                    "operationId": "x",
                    "parameters": [
                        {
                            "in": "query",
                            "name": "page-size",
                            "schema": {"type": "integer", "minimum": 1},
                        },
                        {"in": "query", "name": "class", "schema": {"enum": ["a", "b"]}},
                        {"in": "query", "name": "filter", "schema": {"type": "object"}},
                    ],
                    "responses": {
                        "200": {
                            "description": "",
                            "content": {
                                "application/json": {"schema": {"type": "string", "nullable": True}}
                            },
                        }
                    },
                }
            }
        },
    }
    [route] = operation_routes(data, set())
    assert [(p.python_name, p.annotation, p.marker) for p in route.parameters] == [
        ("page_size", "int | None", 'Query(alias="page-size", ge=1)'),
        ("class_", 'Literal["a", "b"] | None', 'Query(alias="class")'),
        ("filter", "str | None", "Query()"),  # FastAPI reads no objects: the raw text
    ]
    assert route.response_annotation == "str | None"


@pytest.mark.parametrize("version", VERSIONS)
def test_generated_package_is_ruff_clean_and_type_checks(
    config: Config, tmp_path: Path, version: str
) -> None:
    out = _generate(config, version, tmp_path / "server")
    ruff = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "."],
        cwd=out,
        capture_output=True,
        text=True,
    )
    assert ruff.returncode == 0, ruff.stdout + ruff.stderr
    formatted = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "--no-cache", "."],
        cwd=out,
        capture_output=True,
        text=True,
    )
    assert formatted.returncode == 0, formatted.stdout
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", PACKAGE],
        cwd=out,
        capture_output=True,
        text=True,
    )
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr


def test_cli_generate_server_writes_out_dir(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "generate",
            "server",
            "--spec",
            "3.59.0-ai-plus",
            "--out",
            str(tmp_path),
            "--project",
            str(REPO),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "generated server for ibl-data-manager 3.59.0-ai-plus: 3 operation(s)" in result.output
    assert (tmp_path / "server" / PACKAGE / "routers" / "credentials.py").is_file()


def test_the_implementation_survives_regeneration_and_is_used(
    config: Config, tmp_path: Path
) -> None:
    """server_impl/ sits beside generated/; regenerating rewrites only generated/server."""
    generated = tmp_path / "generated" / "server"
    _generate(config, config.spec_version, generated)
    implementation = tmp_path / "server_impl"
    shutil.copytree(REPO / "server_impl", implementation)
    before = tree_snapshot(implementation)
    (generated / PACKAGE / "app.py").write_text("raise SystemExit('hand edit')\n")
    _generate(config, config.spec_version, generated)
    assert "hand edit" not in (generated / PACKAGE / "app.py").read_text()
    assert tree_snapshot(implementation) == before
    code = (
        "from fastapi.testclient import TestClient\n"
        "from ibl_data_manager_impl import app\n"
        "c = TestClient(app)\n"
        "h = {'Authorization': 'Api-Token k'}\n"
        "print(c.get('/api/core/rbac/mentor-access/', params={'mentor_id': 1,"
        " 'platform_key': 'p'}, headers=h).status_code)\n"
        "print(c.delete('/api/core/rbac/groups/4/', params={'platform_key': 'p'},"
        " headers=h).status_code)\n"
        "print(c.patch('/api/core/rbac/groups/4/', json={}, headers=h).json()['operation_id'])\n"
    )
    env = {
        **os.environ,
        "PYTHONPATH": f"{generated}{os.pathsep}{implementation}",
        "IBL_DATA_MANAGER_SERVER_API_KEYS": "k",
    }
    run = subprocess.run(
        [sys.executable, "-W", "ignore", "-c", code], env=env, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["200", "204", "core_rbac_groups_partial_update"]


def test_the_implementation_type_checks_against_the_generated_package(config: Config) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "ibl_data_manager_impl"],
        cwd=REPO / "server_impl",
        env={**os.environ, "MYPYPATH": str(config.server_output)},
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout


def test_a_loaded_package_serves_its_own_version(config: Config, tmp_path: Path) -> None:
    out = _generate(config, "3.59.0-ai-plus", tmp_path / "server")
    package = load_package(out, PACKAGE, "_test_loaded_server_3590")
    assert package.__spec_version__ == "3.59.0-ai-plus"
    client = TestClient(package.create_app())
    assert client.get("/openapi.json").json()["info"]["version"] == "3.59.0-ai-plus"


def test_an_upgrade_s_package_version_is_written_everywhere(config: Config, tmp_path: Path) -> None:
    chosen = dataclasses.replace(config, spec_version="4.84.1-ai-plus")
    out = tmp_path / "server"
    generate_server(
        chosen, SpecStore(config).resolve("4.84.1-ai-plus"), out, package_version="5.0.0"
    )
    assert tomllib.loads((out / "pyproject.toml").read_text())["project"]["version"] == "5.0.0"
    init = (out / PACKAGE / "__init__.py").read_text()
    assert '__version__ = "5.0.0"' in init
    assert '__spec_version__ = "4.84.1-ai-plus"' in init
    assert "(package version `5.0.0`)" in (out / "README.md").read_text()


def test_cli_mock_with_an_unknown_version_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["mock", "--spec", "9.9.9", "--project", str(REPO)])
    assert result.exit_code == 2
    assert "9.9.9" in result.output
