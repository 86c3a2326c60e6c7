"""Schemas named like what generated modules import (`File`, `Client`, `UUID`, ...).

Netlify has a schema `file`: its model class `File` clashed with the `File` every
endpoint module imports from `types`, and ruff failed with F811. Such component names
are renamed by the normalising pass; the generated client and server are ruff-clean and
import, and every PascalCase name a generated module imports or defines at top level is
one the pass reserves.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from specbind.client import generate_client
from specbind.config import Config
from specbind.openapi.naming import GENERATED_MODULE_NAMES
from specbind.openapi.normalise import ORIGINAL_NAME, normalise
from specbind.server import generate_server
from tests.conftest import imported, scratch_config

NAMES = ("file", "File", "Unset", "UNSET", "UUID", "Client", "AsyncClient", "Operation", "Any")


def _document() -> dict[str, Any]:
    schemas = {
        name: {"type": "object", "properties": {"id": {"type": "string", "format": "uuid"}}}
        for name in NAMES
    }
    paths: dict[str, Any] = {}
    for index, name in enumerate(NAMES):
        paths[f"/things/{index}"] = {
            "post": {
                "operationId": f"make-{index}",
                "parameters": [
                    {"in": "query", "name": "at", "schema": {"type": "string", "format": "date"}}
                ],
                "requestBody": {
                    "content": {
                        "application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}
                    }
                },
                "responses": {
                    "200": {
                        "description": "made",
                        "content": {
                            "application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}
                        },
                    }
                },
            }
        }
    paths["/upload"] = {
        "put": {
            "operationId": "upload",
            "requestBody": {
                "content": {
                    "multipart/form-data": {
                        "schema": {
                            "type": "object",
                            "properties": {"data": {"type": "string", "format": "binary"}},
                        }
                    }
                }
            },
            "responses": {"204": {"description": "stored"}},
        }
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": "reserved", "version": "1.0.0"},
        "servers": [{"url": "https://reserved.example.com"}],
        "paths": paths,
        "components": {"schemas": schemas},
    }


def test_component_names_generated_modules_use_are_renamed() -> None:
    schemas = normalise(_document())["components"]["schemas"]
    kept = set(schemas) & GENERATED_MODULE_NAMES
    assert kept == set()
    originals = sorted(s[ORIGINAL_NAME] for s in schemas.values() if ORIGINAL_NAME in s)
    assert originals == sorted(NAMES)


@pytest.fixture(scope="module")
def projects(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Config]:
    root = tmp_path_factory.mktemp("reserved")
    source = root / "reserved.yaml"
    source.write_text(yaml.safe_dump(_document()))
    config = scratch_config(root, "reserved")
    assert generate_client(config, source, config.client_output).operation_count == 10
    assert generate_server(config, source, config.server_output).operation_count == 10
    sys.path[:0] = [str(config.client_output), str(config.server_output)]
    try:
        yield config
    finally:
        sys.path[:] = [p for p in sys.path if not p.startswith(str(root))]
        for name in [m for m in sys.modules if m.split(".")[0].startswith("reserved_")]:
            del sys.modules[name]


def test_client_and_server_are_ruff_clean_and_import(projects: Config) -> None:
    for project, package in (
        (projects.client_output, projects.client_package),
        (projects.server_output, projects.server_package),
    ):
        run = subprocess.run(
            [sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "concise"],
            cwd=project,
            capture_output=True,
            text=True,
            check=False,
        )
        assert run.returncode == 0, run.stdout
        root = importlib.import_module(package)
        for module in pkgutil.walk_packages(root.__path__, f"{package}."):
            importlib.import_module(module.name)


def _top_level_names(tree: ast.Module) -> Iterator[str]:
    for node in tree.body:
        if isinstance(node, ast.ImportFrom | ast.Import):
            for alias in node.names:
                yield (alias.asname or alias.name).split(".")[0]
        elif isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            yield node.name


def _imports_models(tree: ast.Module) -> bool:
    return any(
        isinstance(node, ast.ImportFrom) and "models" in (node.module or "").split(".")
        for node in tree.body
    )


def test_every_name_beside_a_model_class_is_reserved(projects: Config) -> None:
    """What a module that holds or imports model classes imports or defines itself may
    not be the name of a model. (The base exception, `<Api>Error`, is the one name that
    depends on the configuration, not the document: left to the API's owner.)"""
    package_dir = projects.client_output / projects.client_package
    found: set[str] = set()
    model_classes: set[str] = set()
    for path in package_dir.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        in_models = path.parent.name == "models"
        if in_models:
            model_classes |= {n.name for n in tree.body if isinstance(n, ast.ClassDef)}
        if in_models or _imports_models(tree):
            found |= {n for n in _top_level_names(tree) if n[:1].isupper()}
    # resource classes are named per document around the model names (client/resources.py)
    resources = {n for n in found if re.fullmatch(r"(Async)?\w+Resource\d*(WithRawResponse)?", n)}
    unreserved = sorted(
        found - model_classes - resources - GENERATED_MODULE_NAMES - {"ReservedError"}
    )
    assert unreserved == [], " ".join(unreserved)


def test_a_schema_named_like_the_clients_base_error_keeps_its_name(tmp_path: Path) -> None:
    """The base exception is `<Api>Error`: a model of that name wins, the exception moves."""
    document = {
        "openapi": "3.0.3",
        "info": {"title": "shop", "version": "1.0.0"},
        "servers": [{"url": "https://shop.example.com"}],
        "paths": {
            "/orders": {
                "get": {
                    "operationId": "list-orders",
                    "responses": {
                        "200": {
                            "description": "the last error",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/ShopError"}
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {"ShopError": {"type": "object", "properties": {"code": {"type": "string"}}}}
        },
    }
    source = tmp_path / "shop.yaml"
    source.write_text(yaml.safe_dump(document))
    config = scratch_config(tmp_path, "shop")
    generate_client(config, source, config.client_output)
    run = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "concise"],
        cwd=config.client_output,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout
    with imported(config.client_output, config.client_package) as package:
        models = importlib.import_module(f"{config.client_package}.models")
        assert models.ShopError.__module__.endswith("models.shop_error")
        assert issubclass(package.ShopApiError, Exception)
        assert issubclass(package.APIError, package.ShopApiError)
