"""openapi-python-client is the pinned version, and only `specbind.client.engine` reaches
past its public API."""

from __future__ import annotations

import importlib.metadata
import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

import specbind
import specbind.client.generate as client_generate
from specbind.client import generate_client
from specbind.client.engine import ENGINE_DISTRIBUTION, ENGINE_VERSION
from tests.conftest import scratch_config, tree_snapshot

SRC = Path(specbind.__file__).parent
ENGINE_MODULE = SRC / "client" / "engine.py"
REPO = SRC.parents[1]
# What reaching past the engine's public API looks like in source.
PRIVATE_CONTACT = (
    "._create_package(",
    "._build_metadata(",
    "._get_errors(",
    "UntrustedString.__format__",
    "parser import openapi",
    '"deepcopy"',
)


def test_the_installed_engine_is_the_version_its_internals_were_read_against() -> None:
    assert importlib.metadata.version(ENGINE_DISTRIBUTION) == ENGINE_VERSION


def test_pyproject_pins_the_engine_to_that_version() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    requirements = [r.replace(" ", "") for r in project["project"]["dependencies"]]
    assert f"{ENGINE_DISTRIBUTION}=={ENGINE_VERSION}" in requirements


def test_only_the_engine_module_reaches_past_the_engines_public_api() -> None:
    found = {
        f"{path.relative_to(SRC)}: {needle}"
        for path in SRC.rglob("*.py")
        if path != ENGINE_MODULE
        for needle in PRIVATE_CONTACT
        if needle in path.read_text(encoding="utf-8")
    }
    assert found == set()
    engine = ENGINE_MODULE.read_text(encoding="utf-8")
    assert all(needle in engine for needle in PRIVATE_CONTACT)


def _models_document() -> dict[str, Any]:
    """Models (one nesting another), a string enum and an integer enum."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "Shares", "version": "1"},
        "servers": [{"url": "https://api.example.com"}],
        "paths": {
            f"/things/{index}": {
                "get": {
                    "operationId": f"get_thing_{index}",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": ref}}},
                        }
                    },
                }
            }
            for index, ref in enumerate(f"#/components/schemas/Thing{i}" for i in range(3))
        },
        "components": {
            "schemas": {
                **{
                    f"Thing{index}": {
                        "type": "object",
                        "properties": {
                            "name": {"type": "string"},
                            "colour": {"$ref": "#/components/schemas/Colour"},
                            "size": {"$ref": "#/components/schemas/Size"},
                            "part": {"$ref": "#/components/schemas/Part"},
                        },
                    }
                    for index in range(3)
                },
                "Part": {"type": "object", "properties": {"id": {"type": "integer"}}},
                "Colour": {"type": "string", "enum": ["red", "green"]},
                "Size": {"type": "integer", "enum": [1, 2, 3]},
            }
        },
    }


def test_shares_write_what_the_engines_own_model_and_api_builds_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = tmp_path / "shares.json"
    document.write_text(json.dumps(_models_document()), encoding="utf-8")
    config = scratch_config(tmp_path, "shares")
    # each process renders half of the model and of the operation modules
    monkeypatch.setattr(client_generate, "_share_here", lambda *_: 0.5)
    shared = generate_client(config, document, tmp_path / "shared")

    def engine_models(project: Any, positions: object = None, *, listing: bool = True) -> None:
        if listing:  # the engine's own, every model at once, here
            project._build_models()

    def engine_api(project: Any) -> None:  # the engine's own, every operation at once
        project._build_api()
        for replaced in ("client.py", "errors.py"):  # our runtime has its own
            (project.package_dir / replaced).unlink()

    monkeypatch.setattr(client_generate, "build_models", engine_models)
    monkeypatch.setattr(client_generate, "start_operations", engine_api)
    monkeypatch.setattr(client_generate, "build_operations", lambda *_: None)
    engine = generate_client(config, document, tmp_path / "engine")
    assert shared.operation_count == engine.operation_count == 3
    package = tmp_path / "shared" / "shares_client"
    assert {p.name for p in (package / "models").glob("*.py")} >= {"colour.py", "size.py"}
    assert len(list((package / "api").rglob("get_thing_*.py"))) == 3
    assert tree_snapshot(tmp_path / "shared") == tree_snapshot(tmp_path / "engine")


@pytest.mark.parametrize(
    ("operations", "models", "runtime", "share"),
    [
        (144, 1281, 100, 0.53),  # hetzner.cloud's size: about half each
        (324, 122, 80, 0.55),  # trello's: mostly operations, shared all the same
        (0, 500, 0, 0.5),  # models alone: half each
        (2, 4, 1000, 1.0),  # a big runtime: every module here
        (0, 0, 10, 1.0),  # nothing to share
    ],
)
def test_the_modules_are_shared_so_both_processes_finish_together(
    operations: int, models: int, runtime: int, share: float
) -> None:
    assert round(client_generate._share_here(operations, models, runtime), 2) == share


@pytest.mark.parametrize(
    ("total", "count", "here"),
    [
        (10, 5, [1, 3, 5, 7, 9]),
        (10, 3, [3, 6, 9]),
        (4, 0, []),
        (4, 4, [0, 1, 2, 3]),
        (0, 0, []),
    ],
)
def test_a_share_is_spread_over_the_models_and_enums(
    total: int, count: int, here: list[int]
) -> None:
    """The engine lists its models before its enums, which render far faster: each
    process gets the same mix."""
    mine, others = client_generate._shares(total, count)
    assert mine == here
    assert sorted(mine + others) == list(range(total))
