"""scripts/reconstruct_from_sdk.py and crosscheck_sdk.py on a tiny openapi-generator-shaped
SDK built here (no network), plus one slow run on the real iblai wheel from PyPI."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import httpx
import pytest
from crosscheck_sdk import main as crosscheck_main
from reconstruct_from_sdk import main as reconstruct_main
from reconstruct_from_sdk import reconstruct
from sdk_archive import obtain

from specbind.config import Config
from specbind.openapi.document import load_document
from specbind.openapi.store import SpecStore
from specbind.openapi.validate import validate_document
from tests.conftest import tree_snapshot
from tests.scripts.fake_sdk import sdk_files, write_sdist, write_wheel

REF = "#/components/schemas/"
ALL_BODIES = [
    "application/json",
    "application/scim+json",
    "application/x-www-form-urlencoded",
    "multipart/form-data",
]


@pytest.fixture
def wheel(tmp_path: Path) -> Path:
    return write_wheel(tmp_path / "iblsdk-1.2.3-py3-none-any.whl", sdk_files())


@pytest.fixture
def document(wheel: Path) -> dict[str, Any]:
    return reconstruct(obtain("iblai", "1.2.3", wheel)).document


def _op(document: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    operation: dict[str, Any] = document["paths"][path][method]
    return operation


def test_operations_keep_method_path_operation_id_tag_and_security(
    document: dict[str, Any],
) -> None:
    found = {
        (method, path): op["operationId"]
        for path, item in document["paths"].items()
        for method, op in item.items()
    }
    assert found == {
        ("get", "/api/things/"): "things_list",
        ("get", "/api/things/count/"): "things_count_retrieve",
        ("get", "/api/things/{id}/"): "things_retrieve",
        ("patch", "/api/things/{id}/"): "things_partial_update",
        # drf-spectacular's collision suffix `_2`, snake-cased to `2` by the generator
        ("get", "/api/things/by-key/{key}/"): "things_retrieve_2",
        ("post", "/api/things/{id}/upload/"): "things_upload_create",
    }
    patch = _op(document, "patch", "/api/things/{id}/")
    assert patch["tags"] == ["things"]
    assert patch["summary"] == "Partially update a thing"
    assert patch["description"] == "Changes some fields.  Others stay."
    assert patch["security"] == [{"PlatformApiKeyAuthentication": []}]
    assert _op(document, "get", "/api/things/")["security"] == []
    assert "summary" not in _op(document, "get", "/api/things/")
    assert document["tags"] == [{"name": "things"}]
    assert document["components"]["securitySchemes"] == {
        "PlatformApiKeyAuthentication": {"type": "apiKey", "in": "header", "name": "Authorization"}
    }
    assert document["info"] == {
        "title": "ibl-data-manager",
        "version": "1.2.3-ai-plus",
        "description": "API for tests",
    }
    assert document["servers"] == [{"url": "https://things.example"}]


def test_parameters_keep_location_wire_name_type_constraints_and_enum(
    document: dict[str, Any],
) -> None:
    parameters = _op(document, "get", "/api/things/")["parameters"]
    assert parameters == [
        {
            "in": "query",
            "name": "format",
            "schema": {"type": "string", "enum": ["json", "csv"]},
            "description": "Format  * `json` - json * `csv` - csv",
        },
        {
            "in": "query",
            "name": "ids",
            "schema": {"type": "array", "items": {"type": "integer"}},
            "description": "Only these",
        },
        {"in": "query", "name": "page", "schema": {"type": "integer", "minimum": 1}},
        {"in": "header", "name": "X-Trace", "schema": {"type": "string"}},
        {"in": "query", "name": "since", "schema": {"type": "string", "format": "date-time"}},
    ]
    assert _op(document, "patch", "/api/things/{id}/")["parameters"] == [
        {
            "in": "path",
            "name": "id",
            "schema": {"type": "integer"},
            "description": "A unique integer value identifying this thing.",
            "required": True,
        }
    ]


def test_bodies_and_responses(document: dict[str, Any]) -> None:
    patch = _op(document, "patch", "/api/things/{id}/")
    assert list(patch["requestBody"]["content"]) == ALL_BODIES
    assert all(
        media == {"schema": {"$ref": REF + "PatchedThing"}}
        for media in patch["requestBody"]["content"].values()
    )
    assert "required" not in patch["requestBody"]
    assert patch["responses"] == {
        "200": {
            "description": "",
            "content": {"application/json": {"schema": {"$ref": REF + "Thing"}}},
        },
        "404": {"description": ""},
    }
    listed = _op(document, "get", "/api/things/")["responses"]["200"]
    assert listed["content"]["application/json"]["schema"] == {
        "type": "array",
        "items": {"$ref": REF + "Thing"},
    }
    upload = _op(document, "post", "/api/things/{id}/upload/")["requestBody"]
    assert list(upload["content"]) == ["multipart/form-data", "application/x-www-form-urlencoded"]
    assert upload["required"] is True
    assert upload["content"]["multipart/form-data"]["schema"] == {
        "type": "object",
        "properties": {
            "file": {"type": "string", "format": "binary"},
            "label": {"type": "string"},
        },
        "required": ["file"],
    }
    # an inline schema the generator named after the operation is inline again
    count = _op(document, "get", "/api/things/count/")["responses"]["200"]
    assert count["content"]["application/json"]["schema"] == {
        "type": "object",
        "properties": {"count": {"type": "integer"}},
    }
    assert "ThingsCountRetrieve200Response" not in document["components"]["schemas"]


def test_models_keep_wire_names_required_read_only_nullable_enums_and_constraints(
    document: dict[str, Any],
) -> None:
    schemas = document["components"]["schemas"]
    assert sorted(schemas) == ["Owner", "PatchedThing", "StatusEnum", "Thing"]
    thing = schemas["Thing"]
    assert thing["description"] == "A thing."
    assert thing["required"] == ["createdAt", "id", "name", "note", "price"]
    properties = thing["properties"]
    assert list(properties) == [
        "id", "name", "price", "status", "note", "kind", "labels", "owner", "createdAt", "extras",
    ]  # fmt: skip
    assert properties["id"] == {"type": "integer", "readOnly": True}
    assert properties["name"] == {"type": "string", "maxLength": 50, "description": "Its name"}
    assert properties["price"] == {
        "type": "string",
        "pattern": r"^-?\d{0,8}(?:\.\d{0,2})?$",
        "format": "decimal",
    }
    assert properties["status"] == {"$ref": REF + "StatusEnum"}
    assert properties["note"] == {"type": "string", "nullable": True}
    assert properties["kind"] == {
        "type": "string",
        "enum": ["plain", "fancy", ""],
        "default": "plain",
    }
    assert properties["owner"] == {
        "allOf": [{"$ref": REF + "Owner"}],
        "readOnly": True,
        "nullable": True,
    }
    assert properties["createdAt"] == {"type": "string", "format": "date-time", "readOnly": True}
    # the generator's "{Model}_{prop}_value" model for inline map values is inline again
    assert properties["extras"] == {
        "type": "object",
        "additionalProperties": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
    }
    assert schemas["PatchedThing"]["properties"]["labels"] == {
        "type": "array",
        "items": {"type": "string"},
        "maxItems": 3,
    }
    assert "description" not in schemas["PatchedThing"]
    assert schemas["Owner"]["properties"]["score"] == {
        "type": "number",
        "maximum": 10,
        "minimum": 0,
    }
    assert schemas["StatusEnum"] == {
        "type": "string",
        "enum": ["new", "done"],
        "description": "* `new` - New * `done` - Done",
    }


def test_an_sdist_reads_the_same_as_the_wheel(tmp_path: Path, document: dict[str, Any]) -> None:
    sdist = write_sdist(tmp_path / "iblsdk-1.2.3.tar.gz", sdk_files())
    assert reconstruct(obtain("iblai", "1.2.3", sdist)).document == document


def test_stored_with_provenance_notes_and_crosschecked(
    project: Config, wheel: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["1.2.3", "--project", str(project.root), "--from-file", str(wheel)]
    assert reconstruct_main(args) == 0
    assert "stored" in capsys.readouterr().out
    store = SpecStore(project)
    path = store.path_for("1.2.3-ai-plus")
    assert path.name == "openapi.json"
    entry = store.entry("1.2.3-ai-plus")
    assert entry is not None
    assert entry.method == "reconstructed"
    assert "pypi:iblai==1.2.3" in entry.source
    assert obtain("iblai", "1.2.3", wheel).sha256 in entry.source
    assert store.hash_problems() == []
    errors = [p for p in validate_document(load_document(path)) if p.severity == "error"]
    assert errors == []
    notes = (path.parent / "NOTES.md").read_text()
    for heading in ("## What the SDK loses", "## How each thing is recovered"):
        assert heading in notes
    for loss in ("writeOnly", "Examples", "Parameter patterns", "Tag spelling", "no auth"):
        assert loss in notes
    assert "`things_retrieve2` -> `things_retrieve_2`" in notes
    # the seeds' operations are not in this fake SDK: listed as differences
    assert "## Compared with the seed document 4.84.1-ai-plus" in notes
    assert "PATCH /api/core/rbac/groups/{id}/: in the seed, not in the SDK" in notes

    # the same archive again: nothing changes, not even the manifest's date
    manifest = project.manifest_path.read_bytes()
    assert reconstruct_main(args) == 0
    assert project.manifest_path.read_bytes() == manifest
    capsys.readouterr()

    check = ["1.2.3", "--project", str(project.root), "--from-file", str(wheel)]
    assert crosscheck_main(check) == 0
    assert capsys.readouterr().out.strip().endswith("mismatches: 0")

    # a stored document that no longer says what the SDK says is counted
    data = json.loads(path.read_text())
    data["components"]["schemas"]["Thing"]["properties"]["note"].pop("nullable")
    data["paths"]["/api/things/"]["get"]["parameters"][2]["schema"]["minimum"] = 2
    path.write_text(json.dumps(data))
    assert crosscheck_main(check) == 1
    out = capsys.readouterr().out
    assert "Thing.note: nullable differs" in out
    assert "things_list(page)" in out
    assert out.strip().endswith("mismatches: 2")


def _fails(args: list[str], capsys: pytest.CaptureFixture[str], project: Config) -> str:
    before = tree_snapshot(project.spec_dir)
    assert reconstruct_main(args) == 2
    assert tree_snapshot(project.spec_dir) == before
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    return err


def test_a_package_that_is_not_an_openapi_generator_sdk_is_refused(
    project: Config, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = write_wheel(tmp_path / "other-1.0-py3-none-any.whl", {"other/__init__.py": "x = 1\n"})
    err = _fails(
        ["1.2.3", "--project", str(project.root), "--from-file", str(other)], capsys, project
    )
    assert "not an openapi-generator Python SDK" in err
    assert "other-1.0-py3-none-any.whl" in err


def test_a_broken_archive_is_refused(
    project: Config, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "iblsdk-1.2.3-py3-none-any.whl"
    broken.write_bytes(b"not a zip")
    err = _fails(
        ["1.2.3", "--project", str(project.root), "--from-file", str(broken)], capsys, project
    )
    assert "not a readable wheel or sdist" in err


def test_an_sdk_shape_this_reader_does_not_know_names_the_place(
    project: Config, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = sdk_files()
    files["iblsdk/models/owner.py"] = files["iblsdk/models/owner.py"].replace(
        "id: StrictInt = ", "id: Callable[[int], int] = "
    )
    odd = write_wheel(tmp_path / "iblsdk-1.2.3-py3-none-any.whl", files)
    err = _fails(
        ["1.2.3", "--project", str(project.root), "--from-file", str(odd)], capsys, project
    )
    assert "models/owner.py:Owner.id" in err


def test_a_version_the_sdk_does_not_say_is_refused(
    project: Config, wheel: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = _fails(
        ["9.9.9", "--project", str(project.root), "--from-file", str(wheel)], capsys, project
    )
    assert "'1.2.3-ai-plus', expected '9.9.9-ai-plus'" in err


def test_a_version_already_stored_with_other_content_is_refused(
    project: Config, tmp_path: Path, wheel: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        reconstruct_main(["1.2.3", "--project", str(project.root), "--from-file", str(wheel)]) == 0
    )
    files = sdk_files()
    files["iblsdk/models/owner.py"] = files["iblsdk/models/owner.py"].replace("user ID", "User ID")
    (tmp_path / "changed").mkdir()
    changed = write_wheel(tmp_path / "changed" / "iblsdk-1.2.3-py3-none-any.whl", files)
    args = ["1.2.3", "--project", str(project.root), "--from-file", str(changed)]
    err = _fails(args, capsys, project)
    assert "already stored" in err
    assert "with different content" in err


def test_a_failed_pip_download_is_one_line_and_changes_nothing(
    project: Config,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    empty = tmp_path / "no-packages"
    empty.mkdir()
    monkeypatch.setenv("PIP_CONFIG_FILE", os.devnull)
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    monkeypatch.setenv("PIP_FIND_LINKS", str(empty))
    err = _fails(["1.2.3", "--project", str(project.root)], capsys, project)
    assert "pip download iblai==1.2.3 failed" in err


def _pypi_reachable() -> bool:
    try:
        return httpx.get("https://pypi.org/simple/iblai/", timeout=5).status_code == 200
    except httpx.HTTPError:
        return False


@pytest.mark.slow
def test_the_real_sdk_reconstructs_to_the_stored_document(project: Config) -> None:
    if not _pypi_reachable():
        pytest.skip("PyPI (https://pypi.org/simple/iblai/) is not reachable from here")
    stored = SpecStore(project).path_for("4.202.2-ai-plus").read_bytes()
    assert reconstruct_main(["4.202.2", "--project", str(project.root)]) == 0
    assert SpecStore(project).path_for("4.202.2-ai-plus").read_bytes() == stored
    assert crosscheck_main(["4.202.2", "--project", str(project.root)]) == 0
