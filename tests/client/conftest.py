"""Generated clients, built once per session, each under its own package name.

Three documents are generated: both stored spec versions and our pagination/runtime
fixture. Each gets a distinct import name so all three can be imported side by side.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from specbind.client import ClientGeneration, generate_client
from specbind.config import Config, load_config
from specbind.openapi.store import SpecStore
from tests.client.recording_server import RecordingServer, recording_server

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"
PAGES_DOCUMENT = FIXTURES / "pages.yaml"
API_KEY = "test-key-123"


@dataclass(frozen=True)
class GeneratedClient:
    """One generated package, imported."""

    generation: ClientGeneration
    package: ModuleType
    spec_path: Path

    def module(self, name: str) -> ModuleType:
        return importlib.import_module(f"{self.package.__name__}.{name}")

    def operation(self, method: str, path: str) -> Any:
        """The operation module for `method path`, found through its declared OPERATION."""
        api = Path(self.package.__file__ or "").parent / "api"
        for file in sorted(api.rglob("*.py")):
            if file.name == "__init__.py":
                continue
            dotted = ".".join(file.relative_to(api.parent).with_suffix("").parts)
            module = self.module(dotted)
            operation = module.OPERATION
            if operation.method == method and operation.path == path:
                return module
        raise AssertionError(f"no generated operation for {method} {path}")


def _generate(config: Config, spec_path: Path, root: Path, package: str) -> GeneratedClient:
    chosen = dataclasses.replace(config, client_package=package)
    out = root / package
    generation = generate_client(chosen, spec_path, out)
    sys.path.insert(0, str(out))
    return GeneratedClient(generation, importlib.import_module(package), spec_path)


@pytest.fixture(scope="session")
def repo_config() -> Config:
    return load_config(REPO)


@pytest.fixture(scope="session")
def generated_root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("generated-clients")
    yield root
    sys.path[:] = [entry for entry in sys.path if not entry.startswith(str(root))]


def _stored(config: Config, version: str, root: Path, package: str) -> GeneratedClient:
    chosen = dataclasses.replace(config, spec_version=version)
    return _generate(chosen, SpecStore(config).path_for(version), root, package)


@pytest.fixture(scope="session")
def v359(repo_config: Config, generated_root: Path) -> GeneratedClient:
    """The client of the stored 3.59.0-ai-plus document."""
    return _stored(repo_config, "3.59.0-ai-plus", generated_root, "ibl_client_v3_59")


@pytest.fixture(scope="session")
def v484(repo_config: Config, generated_root: Path) -> GeneratedClient:
    """The client of the stored 4.84.1-ai-plus document."""
    return _stored(repo_config, "4.84.1-ai-plus", generated_root, "ibl_client_v4_84")


@pytest.fixture(scope="session")
def pages(repo_config: Config, generated_root: Path) -> GeneratedClient:
    """The client of our fixture document with both page shapes, a GET and a POST."""
    chosen = dataclasses.replace(repo_config, spec_version="9.1.0-test")
    return _generate(chosen, PAGES_DOCUMENT, generated_root, "ibl_client_pages")


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    with recording_server() as running:
        yield running


def call_path(client: Any, name: str) -> str:
    """Where the operation whose module is `api/<tag>/<name>.py` is on a client:
    `core.rbac.groups.partial_update`, found by walking the resources (their accessors
    are cached properties) to the method that sends that module's `OPERATION`."""
    found = _find(client, f"_{name}", ())
    if found is None:
        raise AssertionError(f"no method of {type(client).__name__} sends {name}")
    return ".".join(found)


def _find(node: Any, alias: str, path: tuple[str, ...]) -> tuple[str, ...] | None:
    cls = type(node)
    for attribute in sorted(dir(cls)):
        if attribute.startswith("_") or attribute == "with_raw_response":
            continue
        member = getattr(cls, attribute)
        if isinstance(member, functools.cached_property):
            found = _find(getattr(node, attribute), alias, (*path, attribute))
            if found is not None:
                return found
        elif callable(member) and not attribute.startswith("iter_"):
            code = getattr(member, "__code__", None)
            if code is not None and alias in code.co_names:
                return (*path, attribute)
    return None


def resolve(node: Any, path: str) -> Any:
    """`resolve(client, "core.rbac.groups.partial_update")`: the object at that path."""
    for part in path.split("."):
        node = getattr(node, part)
    return node


def operation_method(client: Any, name: str) -> Any:
    """The client's method for the operation module `name` (see `call_path`)."""
    return resolve(client, call_path(client, name))


def raw_method(client: Any, name: str) -> Any:
    """The same method under `client.with_raw_response`."""
    return resolve(client.with_raw_response, call_path(client, name))
