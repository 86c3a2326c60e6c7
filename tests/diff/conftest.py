"""A small project in a temporary directory: its own spec/, generated/ and pyproject.toml."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from specbind.config import Config, load_config, with_spec_version
from specbind.openapi.store import SpecStore
from tests.conftest import REPO
from tests.diff.fake_generator import FAKE_GENERATORS

ITEM = {
    "type": "object",
    "required": ["id", "name"],
    "properties": {"id": {"type": "integer", "readOnly": True}, "name": {"type": "string"}},
}


def old_document() -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "items", "version": "1.0.0"},
        "paths": {
            "/items/{id}": {
                "get": {
                    "operationId": "get_item",
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "integer"},
                        },
                        {"name": "q", "in": "query", "schema": {"type": "string"}},
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Item"}
                                }
                            },
                        }
                    },
                }
            },
            "/items": {
                "post": {
                    "operationId": "create_item",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Item"}}
                        },
                    },
                    "responses": {"201": {"description": "created"}},
                }
            },
        },
        "components": {"schemas": {"Item": ITEM}},
    }


def new_document() -> dict[str, Any]:
    """1.0.0 with breaks: POST /items gone, `q` required, Item.name gone, Item.tag added."""
    doc = copy.deepcopy(old_document())
    doc["info"]["version"] = "1.1.0"
    del doc["paths"]["/items"]
    doc["paths"]["/items/{id}"]["get"]["parameters"][1]["required"] = True
    item = doc["components"]["schemas"]["Item"]
    item["required"] = ["id"]
    item["properties"] = {"id": {"type": "integer"}, "tag": {"type": "string"}}
    return doc


def make_project(root: Path) -> Config:
    root.mkdir(parents=True)
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    (root / "pyproject.toml").write_text(with_spec_version(text, "1.0.0"), encoding="utf-8")
    (root / "spec").mkdir()
    config = load_config(root)
    SpecStore(config).store(
        "1.0.0",
        yaml.safe_dump(old_document(), sort_keys=False).encode(),
        "openapi.yaml",
        source="tests",
        obtained="2026-01-01T00:00:00Z",
        method="reconstructed",
    )
    spec = SpecStore(config).path_for("1.0.0")
    for name, generate in FAKE_GENERATORS.items():
        out = config.client_output if name == "client" else config.server_output
        generate(config, spec, out)
    return config


@pytest.fixture
def small_project(tmp_path: Path) -> Config:
    return make_project(tmp_path / "project")


@pytest.fixture
def new_spec_file(tmp_path: Path) -> Path:
    path = tmp_path / "new.yaml"
    path.write_text(yaml.safe_dump(new_document(), sort_keys=False), encoding="utf-8")
    return path


def replace_generator(name: str, generate: Any) -> dict[str, Any]:
    return {**FAKE_GENERATORS, name: generate}
