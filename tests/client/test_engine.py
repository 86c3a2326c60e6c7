"""openapi-python-client is the pinned version, and only `specbind.client.engine` reaches
past its public API."""

from __future__ import annotations

import importlib.metadata
import tomllib
from pathlib import Path

import specbind
from specbind.client.engine import ENGINE_DISTRIBUTION, ENGINE_VERSION

SRC = Path(specbind.__file__).parent
ENGINE_MODULE = SRC / "client" / "engine.py"
REPO = SRC.parents[1]
# What reaching past the engine's public API looks like in source.
PRIVATE_CONTACT = (
    "._create_package(",
    "._build_metadata(",
    "._build_models(",
    "._build_api(",
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
