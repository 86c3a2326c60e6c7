"""The generator as a stage: what it writes, that it is repeatable, and that failure is atomic."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from specbind.client import generate_client
from specbind.config import Config
from specbind.errors import SpecbindError
from tests.client.conftest import PAGES_DOCUMENT, REPO, GeneratedClient
from tests.conftest import run_specbind, tree_snapshot

RUNTIME = ("_client.py", "_exceptions.py", "_pagination.py", "_response.py", "_retry.py")


def _pages_config(config: Config) -> Config:
    return dataclasses.replace(config, spec_version="9.1.0-test")


def test_generation_writes_a_complete_package_project(pages: GeneratedClient) -> None:
    generation = pages.generation
    files = {path.as_posix() for path in generation.files}
    package = generation.package
    assert generation.operation_count == 3
    assert {"pyproject.toml", "README.md", f"{package}/py.typed", f"{package}/__init__.py"} <= files
    assert {f"{package}/{name}" for name in RUNTIME} <= files
    assert f"{package}/models/thing_request.py" in files
    assert f"{package}/api/catalog/catalog_things_create.py" in files
    # the engine's own client and errors modules are replaced by the runtime
    assert f"{package}/client.py" not in files and f"{package}/errors.py" not in files
    assert not any(".ruff_cache" in name for name in files)


def test_package_metadata_carries_both_versions(pages: GeneratedClient) -> None:
    out = pages.generation.out_dir
    project = tomllib.loads((out / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == "ibl-client-pages"
    assert project["version"] == "9.1.0"
    assert pages.package.__version__ == "9.1.0"
    assert pages.package.__spec_version__ == "9.1.0-test"


def test_an_upgrade_can_give_a_higher_package_version(repo_config: Config, tmp_path: Path) -> None:
    generation = generate_client(
        _pages_config(repo_config), PAGES_DOCUMENT, tmp_path / "client", package_version="10.0.0"
    )
    out = generation.out_dir
    project = tomllib.loads((out / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    init = (out / repo_config.client_package / "__init__.py").read_text(encoding="utf-8")
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert project["version"] == "10.0.0"
    assert '__version__ = "10.0.0"' in init
    assert '__spec_version__ = "9.1.0-test"' in init
    assert "package version `10.0.0`" in readme


def test_readme_has_an_example_for_every_operation(pages: GeneratedClient) -> None:
    readme = (pages.generation.out_dir / "README.md").read_text(encoding="utf-8")
    assert "client.catalog.things.list()" in readme
    assert 'client.catalog.things.create(body=ThingRequest(name="name"))' in readme
    assert "from ibl_client_pages.models import ThingRequest" in readme
    assert 'client.credentials.orgs.issuers.list(org="org")' in readme
    assert "for item in client.catalog.things.iter_list(): ..." in readme
    assert "`Authorization: Api-Token <key>`" in readme


def test_regeneration_is_byte_identical(repo_config: Config, tmp_path: Path) -> None:
    config = _pages_config(repo_config)
    generate_client(config, PAGES_DOCUMENT, tmp_path / "first")
    generate_client(config, PAGES_DOCUMENT, tmp_path / "second")
    first, second = tree_snapshot(tmp_path / "first"), tree_snapshot(tmp_path / "second")
    assert first == second
    assert len(first) > 20


def _broken_templates(config: Config, tmp_path: Path, name: str, text: str | None) -> Config:
    templates = tmp_path / "templates"
    shutil.copytree(config.templates_dir / "client", templates / "client")
    if text is None:
        (templates / "client" / name).unlink()
    else:
        (templates / "client" / name).write_text(text, encoding="utf-8")
    return dataclasses.replace(config, templates_dir=templates)


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("_exceptions.py.jinja", None, "missing client template(s): _exceptions.py"),
        (
            "_client.py.jinja",
            "ok\n{% if %}\n",
            "_client.py.jinja:2: template syntax error",
        ),
        (
            "endpoint_module.py.jinja",
            "{{ nothing.here() }}\n",
            "a client template failed to render",
        ),
    ],
)
def test_a_broken_template_leaves_the_output_untouched(
    repo_config: Config, tmp_path: Path, name: str, text: str | None, message: str
) -> None:
    config = _pages_config(repo_config)
    out = tmp_path / "out" / "client"
    generate_client(config, PAGES_DOCUMENT, out)
    before = tree_snapshot(out)
    broken = _broken_templates(config, tmp_path, name, text)
    with pytest.raises(SpecbindError) as caught:
        generate_client(broken, PAGES_DOCUMENT, out)
    assert message in str(caught.value)
    assert tree_snapshot(out) == before
    assert sorted(p.name for p in out.parent.iterdir()) == ["client"]


def test_an_invalid_document_leaves_the_output_untouched(
    repo_config: Config, tmp_path: Path
) -> None:
    config = _pages_config(repo_config)
    out = tmp_path / "client"
    generate_client(config, PAGES_DOCUMENT, out)
    before = tree_snapshot(out)
    broken = tmp_path / "broken.yaml"
    text = PAGES_DOCUMENT.read_text(encoding="utf-8")
    broken.write_text(
        text.replace('"#/components/schemas/Thing"', '"#/components/schemas/Nope"', 1)
    )
    with pytest.raises(SpecbindError) as caught:
        generate_client(config, broken, out)
    assert "no client generated" in str(caught.value)
    assert "#/components/schemas/Nope" in str(caught.value)
    assert "broken.yaml:" in str(caught.value)
    assert tree_snapshot(out) == before


_SEARCH = "        - in: query\n          name: search\n"


def _pages_variant(path: Path, parameters: str = "", paths: str = "") -> Path:
    """PAGES_DOCUMENT written to `path` with `parameters` (YAML lines) before the things
    list's `search` parameter and `paths` (YAML lines) after its last path."""
    text = PAGES_DOCUMENT.read_text(encoding="utf-8")
    assert _SEARCH in text and "\ncomponents:\n" in text
    text = text.replace(_SEARCH, parameters + _SEARCH, 1)
    path.write_text(text.replace("\ncomponents:\n", f"\n{paths}components:\n", 1), "utf-8")
    return path


def test_a_parameter_the_engine_would_drop_becomes_a_string(
    repo_config: Config, tmp_path: Path
) -> None:
    config = _pages_config(repo_config)
    document = _pages_variant(
        tmp_path / "cookie.yaml",
        parameters="        - in: header\n          name: X-Filter\n          schema:\n"
        "            type: object\n            properties: {a: {type: string}}\n",
    )
    generation = generate_client(config, document, tmp_path / "client")
    assert generation.operation_count == 3
    (warning,) = [w for w in generation.warnings if w.rule == "client-degraded"]
    assert warning.pointer == "/paths/~1api~1catalog~1things~1/get/parameters"
    assert warning.message.startswith(
        "the client engine cannot read the header parameter 'X-Filter'; the client takes it "
        "as the text that goes on the wire (str) ("
    )
    assert "is not allowed in header" in warning.message
    module = next((tmp_path / "client").rglob("catalog_things_list.py")).read_text(encoding="utf-8")
    assert "x_filter: str | Unset = UNSET" in module


def test_cli_generate_client_writes_under_out(repo_config: Config, tmp_path: Path) -> None:
    result = run_specbind(
        "generate", "client", "--spec", str(PAGES_DOCUMENT), "--out", str(tmp_path),
        "--project", str(REPO),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "generated client for ibl-data-manager" in result.stdout
    assert "3 operation(s)" in result.stdout
    assert (tmp_path / "client" / repo_config.client_package / "_client.py").is_file()
    assert not (tmp_path / "server").exists()


def test_cli_generate_rejects_an_unknown_target() -> None:
    result = run_specbind("generate", "docs", "--project", str(REPO))
    assert result.returncode == 2
    assert "generate takes client or server" in result.stderr


def test_json_is_chosen_among_several_body_encodings(repo_config: Config, tmp_path: Path) -> None:
    document = tmp_path / "encodings.yaml"
    text = PAGES_DOCUMENT.read_text(encoding="utf-8")
    json_body = (
        "          application/json:\n"
        "            schema:\n"
        '              $ref: "#/components/schemas/Thing"\n'
    )
    assert json_body in text
    others = json_body.replace("application/json", "application/x-www-form-urlencoded")
    others += json_body.replace("application/json", "multipart/form-data")
    document.write_text(text.replace(json_body, json_body + others, 1), encoding="utf-8")
    out = tmp_path / "client"
    generate_client(_pages_config(repo_config), document, out)
    module = out / repo_config.client_package / "api" / "catalog" / "catalog_things_create.py"
    source = module.read_text(encoding="utf-8")
    assert '_kwargs["json"] = body.to_dict()' in source
    assert "body: ThingRequest," in source
    assert '_kwargs["data"]' not in source and '_kwargs["files"]' not in source


def test_committed_client_matches_a_fresh_generation(repo_config: Config, tmp_path: Path) -> None:
    """generated/client is exactly what `specbind generate client` writes for the current spec."""
    from specbind.generation import compare_trees
    from specbind.openapi.store import SpecStore

    committed = repo_config.client_output
    assert (committed / "pyproject.toml").is_file(), "run `specbind generate client`"
    spec_path = SpecStore(repo_config).path_for(repo_config.spec_version)
    generate_client(repo_config, spec_path, tmp_path / "client")
    report = compare_trees(tmp_path / "client", committed)
    assert (report.differing, report.missing, report.extra) == ([], [], [])


def test_parameter_types_from_the_standard_library_are_imported(
    repo_config: Config, tmp_path: Path
) -> None:
    # Asana's `start_at` (date-time), DigitalOcean's uuid parameters and binary answers:
    # the client module annotated them without importing `datetime`, `UUID` or `File`.
    config = _pages_config(repo_config)
    document = _pages_variant(
        tmp_path / "typed.yaml",
        parameters="        - in: query\n          name: since\n          schema:\n"
        "            type: string\n            format: date-time\n"
        "        - in: query\n          name: owner\n          schema:\n"
        "            type: string\n            format: uuid\n",
        paths="  /api/export/:\n    get:\n      operationId: export_get\n      responses:\n"
        "        '200':\n          description: the export\n          content:\n"
        "            application/octet-stream:\n              schema:\n"
        "                type: string\n                format: binary\n",
    )
    generate_client(config, document, tmp_path / "client")
    resources = tmp_path / "client" / config.client_package / "resources"
    things = (resources / "catalog" / "things" / "__init__.py").read_text()
    assert "since: datetime.datetime | Unset" in things and "\nimport datetime\n" in things
    assert "owner: UUID | Unset" in things and "\nfrom uuid import UUID\n" in things
    export = (resources / "export" / "__init__.py").read_text()
    assert ") -> File:" in export and re.search(r"\nfrom \.\.\.types import [^\n]*\bFile\b", export)
    lint = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "--quiet", "."],
        cwd=tmp_path / "client",
        capture_output=True,
        text=True,
        check=False,
    )
    assert lint.returncode == 0, lint.stdout


def test_a_union_that_converts_nothing_is_read_as_it_comes(v484: GeneratedClient) -> None:
    """`username: None | str | Unset` needs no parse function per field and call."""
    models = v484.module("models")
    source = Path(v484.module("models.rbac_user").__file__ or "").read_text()
    assert 'username = d.pop("username", UNSET)' in source
    assert "def _parse_username" not in source
    assert models.RbacUser.from_dict({"id": 1, "username": None}).username is None
    assert models.RbacUser.from_dict({"id": 1, "username": "ann"}).username == "ann"
    assert isinstance(models.RbacUser.from_dict({"id": 1}).email, v484.module("types").Unset)
