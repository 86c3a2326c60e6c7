"""The server generated for both stored spec versions, once per session, with its mock.

Each version's package is imported under its own alias so both coexist. Requests for
an operation are built from its parameter and body schemas, so every operation of
every stored version is called the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from specbind.config import Config, load_config
from specbind.openapi.document import load_document
from specbind.openapi.normalise import normalise
from specbind.openapi.store import SpecStore
from specbind.server.mock import MockServer, build_mock
from specbind.server.routes import OperationRoute
from specbind.server.synthesis import ValueSynthesiser

REPO = Path(__file__).resolve().parents[2]
VERSIONS = ("3.59.0-ai-plus", "4.84.1-ai-plus")
KEY = "test-key"
AUTH = {"Authorization": f"Api-Token {KEY}"}


@dataclass
class Served:
    """One stored version: its document, its mock and a client for the mock app."""

    version: str
    spec_path: Path
    data: dict[str, Any]
    mock: MockServer
    client: TestClient

    @property
    def routes(self) -> list[OperationRoute]:
        return self.mock.answers.routes

    def route(self, operation_id: str) -> OperationRoute:
        return next(r for r in self.routes if r.operation_id == operation_id)


@pytest.fixture(scope="session")
def config() -> Config:
    return load_config(REPO)


@pytest.fixture(scope="session")
def served(config: Config, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Served]]:
    result: dict[str, Served] = {}
    for version in VERSIONS:
        spec = SpecStore(config).resolve(version)
        work = tmp_path_factory.mktemp(f"server-{version}")
        mock = build_mock(config, spec, work, seed=7)
        data = normalise(load_document(spec.path).data)
        result[version] = Served(version, spec.path, data, mock, TestClient(mock.app))
    yield result
    for item in result.values():
        item.client.close()


def all_operations() -> list[tuple[str, str]]:
    """(version, operationId) of every operation of both stored documents."""
    config = load_config(REPO)
    found = []
    for version in VERSIONS:
        data = load_document(SpecStore(config).resolve(version).path).data
        for item in data["paths"].values():
            for operation in item.values():
                if isinstance(operation, dict) and "operationId" in operation:
                    found.append((version, operation["operationId"]))
    return found


@dataclass(frozen=True)
class Call:
    method: str
    url: str
    params: dict[str, Any]
    json: Any

    def send(self, client: TestClient, headers: dict[str, str] | None = None) -> Any:
        kwargs: dict[str, Any] = {"params": self.params, "headers": headers or {}}
        if self.json is not None:
            kwargs["json"] = self.json
        return client.request(self.method.upper(), self.url, **kwargs)


def valid_call(served: Served, route: OperationRoute, seed: int = 1) -> Call:
    """A request that satisfies every documented constraint of `route`."""
    synthesiser = ValueSynthesiser(served.data, seed)
    operation = served.data["paths"][route.path][route.method]
    values = {
        p["name"]: synthesiser.value(p.get("schema") or {}) for p in operation.get("parameters", [])
    }
    url = route.path
    params = {}
    for param in route.parameters:
        if param.location == "path":
            url = url.replace("{" + param.name + "}", str(values[param.name]))
        elif param.location == "query":
            params[param.name] = values[param.name]
    body = synthesiser.value(route.body.schema) if route.body is not None else None
    return Call(route.method, url, params, body)
