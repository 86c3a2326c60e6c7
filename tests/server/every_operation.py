"""Every operation of a generated server, called on the app with no implementation.

The generated app promises, for each operation: 501 naming it when the implementation
does not answer it, 401 without a key when it is secured, and 422 to a request that is
malformed (a body that is not JSON, a required parameter left out, a number that is
not one). `check_every_operation` generates the server for a document, starts its app
and asks each operation all three, returning what answered otherwise.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi.testclient import TestClient

from specbind.config import Config
from specbind.openapi.document import load_document
from specbind.openapi.normalise import normalise
from specbind.openapi.pointer import resolve_pointer
from specbind.server import generate_server
from specbind.server.mock import load_package
from specbind.server.routes import OperationRoute, operation_routes
from specbind.server.synthesis import ValueSynthesiser

KEY = "every-operation-key"
_NUMERIC = ("int", "float", "bool")


@dataclass(frozen=True)
class Request:
    method: str
    url: str
    params: dict[str, Any]
    headers: dict[str, str]
    content: bytes | None = None

    def send(self, client: TestClient, key: str | None = None) -> Any:
        headers = dict(self.headers)
        if key is not None:
            headers["Authorization"] = f"Api-Token {key}"
        return client.request(
            self.method.upper(), self.url, params=self.params, headers=headers, content=self.content
        )


@dataclass
class EveryOperation:
    """What the app answered; `wrong` lists each answer that broke the promise."""

    operations: int = 0
    unimplemented: int = 0  # answered 501 naming the operation
    refused_without_key: int = 0  # secured, answered 401 without a key
    secured: int = 0
    malformed_refused: int = 0  # answered 422 to a malformed request
    malformable: int = 0  # operations a request can get wrong at all
    wrong: list[str] = field(default_factory=list)


def _parameter_schemas(data: dict[str, Any], route: OperationRoute) -> dict[tuple[str, str], Any]:
    """(name, in) -> schema of each parameter of `route`, path-level ones included."""
    item = data["paths"][route.path]
    found: dict[tuple[str, str], Any] = {}
    for raw in [*(item.get("parameters") or []), *(item[route.method].get("parameters") or [])]:
        param = raw
        while isinstance(param, dict) and "$ref" in param:
            param = resolve_pointer(data, param["$ref"])
        found[(str(param["name"]), str(param["in"]))] = param.get("schema") or {}
    return found


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def valid_request(data: dict[str, Any], route: OperationRoute, seed: int = 1) -> Request:
    """A request meeting every documented constraint of `route`'s parameters and body."""
    synthesiser = ValueSynthesiser(data, f"{seed}:{route.operation_id}")
    schemas = _parameter_schemas(data, route)
    url, params, headers, cookies = route.path, {}, {}, []
    for param in route.parameters:
        value = synthesiser.value(schemas.get((param.name, param.location), {}))
        if param.location == "path":
            url = url.replace("{" + param.name + "}", quote(_text(value), safe=""))
        elif param.location == "query":
            if isinstance(value, list):
                params[param.name] = [_text(v) for v in value]
            else:
                params[param.name] = _text(value) if not isinstance(value, dict) else "{}"
        elif param.location == "header":
            headers[param.name] = _text(value)
        else:
            cookies.append(f"{param.name}={quote(_text(value), safe='')}")
    if cookies:
        headers["Cookie"] = "; ".join(cookies)
    content = None
    if route.body is not None and route.body.raw:
        headers["Content-Type"] = route.body.raw_media_types[0].replace("*/*", "text/plain")
        content = b"raw body"
    elif route.body is not None:
        headers["Content-Type"] = "application/json"
        content = json.dumps(synthesiser.value(route.body.schema)).encode()
    return Request(route.method, url, params, headers, content)


def malformed_request(route: OperationRoute, valid: Request) -> Request | None:
    """`valid` made malformed in one way the app must refuse with 422; None if none exists."""
    if route.body is not None and not route.body.raw:
        return Request(valid.method, valid.url, valid.params, valid.headers, b"{not json")
    for param in route.parameters:
        if param.required and param.location == "query":
            params = {k: v for k, v in valid.params.items() if k != param.name}
            return Request(valid.method, valid.url, params, valid.headers, valid.content)
        if param.required and param.location == "header":
            headers = {k: v for k, v in valid.headers.items() if k != param.name}
            return Request(valid.method, valid.url, valid.params, headers, valid.content)
    for param in route.parameters:
        if param.location == "query" and param.annotation.split(" ")[0] in _NUMERIC:
            params = {**valid.params, param.name: "not-a-number"}
            return Request(valid.method, valid.url, params, valid.headers, valid.content)
    return None


def check_every_operation(config: Config, spec_path: Path, out_dir: Path) -> EveryOperation:
    """Generate the server for `spec_path` into `out_dir`, start its app, ask every operation."""
    generation = generate_server(config, spec_path, out_dir)
    digest = hashlib.sha256(str(out_dir.resolve()).encode()).hexdigest()[:12]
    package = load_package(out_dir, generation.package, f"_every_operation_{digest}")
    models = {
        name
        for name, value in vars(package.models).items()
        if isinstance(value, type) and value.__module__ == package.models.__name__
    }
    data = normalise(load_document(spec_path).data)
    routes = operation_routes(data, models)
    result = EveryOperation(operations=len(routes))
    with TestClient(package.create_app(api_keys=[KEY])) as client:
        for route in routes:
            where = f"{route.method.upper()} {route.path} ({route.published_id})"
            valid = valid_request(data, route)
            answer = valid.send(client, KEY)
            if answer.status_code == 501 and answer.json()["operation_id"] == route.published_id:
                result.unimplemented += 1
            else:
                result.wrong.append(f"{where}: {answer.status_code} {answer.text[:300]}")
            if route.secured:
                result.secured += 1
                keyless = valid.send(client)
                if keyless.status_code == 401:
                    result.refused_without_key += 1
                else:
                    result.wrong.append(f"{where} without a key: {keyless.status_code}")
            malformed = malformed_request(route, valid)
            if malformed is None:
                continue
            result.malformable += 1
            refused = malformed.send(client, KEY)
            if refused.status_code == 422 and isinstance(refused.json().get("detail"), list):
                result.malformed_refused += 1
            else:
                result.wrong.append(
                    f"{where} malformed: {refused.status_code} {refused.text[:300]}"
                )
    return result
