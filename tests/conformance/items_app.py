"""A small CRUD server shaped like a drf-spectacular API, with switchable faults.

`POST /items/` creates, `GET|PUT|PATCH|DELETE /items/{id}/` act on one item, and the
document (built by `items_document`) lists only the success responses, as drf-spectacular
does. The server is correct by default: bad input 400, a missing key 401, an unknown id
404, an unsupported method 405 with `Allow`, and OPTIONS answering `Allow`. Each name in
`Faults` breaks it one way, so a test can show what `specbind contract` says about it.

It is plain `http.server` rather than ASGI so a fault can drop the connection outright.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.http_server import serving

ITEM_PATH = re.compile(r"^/items/(?P<id>[^/]+)/$")
LIST_ALLOW = "GET, POST, HEAD, OPTIONS"
ITEM_ALLOW = "GET, PUT, PATCH, DELETE, HEAD, OPTIONS"


@dataclass(frozen=True)
class Faults:
    crash_on_unicode: bool = False  # POST /items/ answers 500 to a non-ASCII name
    drop_on_delete: bool = False  # DELETE /items/{id}/ closes the connection, no answer
    forget_items: bool = False  # GET /items/{id}/ answers 404 even for created items
    wrong_allow: bool = False  # OPTIONS /items/{id}/ leaves PATCH out of Allow
    public: bool = False  # no key is checked (for a document without security)


def items_document(*, server_url: str = "/v1", secured: bool = True) -> dict[str, Any]:
    """The OpenAPI document of the server, in drf-spectacular's style."""
    item = {
        "type": "object",
        "properties": {
            "id": {"type": "integer", "readOnly": True},
            "name": {"type": "string", "maxLength": 50},
        },
        "required": ["id", "name"],
    }
    item_request = {
        "type": "object",
        "properties": {"name": {"type": "string", "minLength": 1, "maxLength": 50}},
        "required": ["name"],
        "additionalProperties": False,
    }
    patched = {**item_request, "required": []}
    ref = {"$ref": "#/components/schemas/Item"}
    one = {"200": {"description": "", "content": {"application/json": {"schema": ref}}}}
    id_param = [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}]

    def body(name: str) -> dict[str, Any]:
        schema = {"$ref": f"#/components/schemas/{name}"}
        return {"required": True, "content": {"application/json": {"schema": schema}}}

    document: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": "Items", "version": "1.0.0"},
        "servers": [{"url": server_url}],
        "paths": {
            "/items/": {
                "get": {
                    "operationId": "items_list",
                    "responses": {
                        "200": {
                            "description": "",
                            "content": {
                                "application/json": {"schema": {"type": "array", "items": ref}}
                            },
                        }
                    },
                },
                "post": {
                    "operationId": "items_create",
                    "requestBody": body("ItemRequest"),
                    "responses": {
                        "201": {"description": "", "content": {"application/json": {"schema": ref}}}
                    },
                },
            },
            "/items/{id}/": {
                "parameters": id_param,
                "get": {"operationId": "items_retrieve", "responses": one},
                "put": {
                    "operationId": "items_update",
                    "requestBody": body("ItemRequest"),
                    "responses": one,
                },
                "patch": {
                    "operationId": "items_partial_update",
                    "requestBody": body("PatchedItemRequest"),
                    "responses": one,
                },
                "delete": {
                    "operationId": "items_destroy",
                    "responses": {"204": {"description": "No response body"}},
                },
            },
        },
        "components": {
            "schemas": {"Item": item, "ItemRequest": item_request, "PatchedItemRequest": patched}
        },
    }
    if secured:
        document["components"]["securitySchemes"] = {
            "tokenAuth": {"type": "apiKey", "in": "header", "name": "Authorization"}
        }
        document["security"] = [{"tokenAuth": []}]
    return document


@dataclass
class ItemStore:
    items: dict[int, dict[str, Any]] = field(default_factory=dict)
    next_id: int = 1
    lock: threading.Lock = field(default_factory=threading.Lock)


def _handler(base: str, credential: str, faults: Faults, store: ItemStore) -> type:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _send(self, status: int, data: Any = None, allow: str | None = None) -> None:
            body = b"" if data is None else json.dumps(data).encode()
            self.send_response(status)
            if data is not None:
                self.send_header("Content-Type", "application/json")
            if allow is not None:
                self.send_header("Allow", allow)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _body(self) -> tuple[dict[str, Any] | None, str | None]:
            raw = self.raw
            media = (self.headers.get("Content-Type") or "").split(";")[0].strip()
            if media != "application/json":
                return None, "unsupported content type"
            try:
                data = json.loads(raw or b"null")
            except ValueError:
                return None, "body is not JSON"
            if not isinstance(data, dict):
                return None, "body must be an object"
            return data, None

        def _valid_name(self, data: dict[str, Any], required: bool) -> str | None:
            if set(data) - {"name"}:
                return "unknown field"
            if "name" not in data:
                return "name is required" if required else None
            name = data["name"]
            if not isinstance(name, str) or not 1 <= len(name) <= 50:
                return "name must be a string of 1 to 50 characters"
            return None

        def _route(self, method: str) -> None:
            # Read the whole body first, so an early answer leaves nothing on a kept-alive line.
            self.raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            path = self.path.split("?")[0]
            if not path.startswith(base + "/"):
                self._send(404, {"detail": "Not found."})
                return
            path = path[len(base) :]
            if path == "/items/":
                allow, item_id = LIST_ALLOW, None
            elif match := ITEM_PATH.match(path):
                allow = ITEM_ALLOW
                try:
                    item_id = int(match["id"])
                except ValueError:
                    self._send(404, {"detail": "Not found."})
                    return
            else:
                self._send(404, {"detail": "Not found."})
                return
            if method == "OPTIONS":
                if faults.wrong_allow and item_id is not None:
                    allow = allow.replace("PATCH, ", "")
                self._send(200, {"name": "Items"}, allow=allow)
                return
            if method not in allow.replace(",", " ").split():
                self._send(405, {"detail": f'Method "{method}" not allowed.'}, allow=allow)
                return
            if not faults.public and self.headers.get("Authorization") != credential:
                self._send(401, {"detail": "Invalid token."})
                return
            if item_id is None:
                self._collection(method)
            else:
                self._item(method, item_id)

        def _collection(self, method: str) -> None:
            if method in ("GET", "HEAD"):
                with store.lock:
                    self._send(200, list(store.items.values()))
                return
            data, error = self._body()
            if data is not None:
                error = self._valid_name(data, required=True)
            if error or data is None:
                self._send(400, {"detail": error})
                return
            if faults.crash_on_unicode and not data["name"].isascii():
                self._send(500, {"detail": "UnicodeEncodeError: 'ascii' codec can't encode"})
                return
            with store.lock:
                item = {"id": store.next_id, "name": data["name"]}
                store.items[store.next_id] = item
                store.next_id += 1
            self._send(201, item)

        def _item(self, method: str, item_id: int) -> None:
            if method == "DELETE" and faults.drop_on_delete:
                self.close_connection = True
                self.connection.shutdown(2)  # no status line, no headers: gone
                return
            with store.lock:
                item = store.items.get(item_id)
            if item is None or (method == "GET" and faults.forget_items):
                self._send(404, {"detail": "No Item matches the given query."})
                return
            if method in ("GET", "HEAD"):
                self._send(200, item)
                return
            if method == "DELETE":
                with store.lock:
                    store.items.pop(item_id, None)
                self._send(204)
                return
            data, error = self._body()
            if data is not None:
                error = self._valid_name(data, required=method == "PUT")
            if error or data is None:
                self._send(400, {"detail": error})
                return
            with store.lock:
                item.update(data)
            self._send(200, item)

        def do_GET(self) -> None:
            self._route("GET")

        def do_HEAD(self) -> None:
            self._route("HEAD")

        def do_POST(self) -> None:
            self._route("POST")

        def do_PUT(self) -> None:
            self._route("PUT")

        def do_PATCH(self) -> None:
            self._route("PATCH")

        def do_DELETE(self) -> None:
            self._route("DELETE")

        def do_OPTIONS(self) -> None:
            self._route("OPTIONS")

        def do_TRACE(self) -> None:
            self._route("TRACE")

        def do_QUERY(self) -> None:
            self._route("QUERY")

    return Handler


@contextmanager
def items_server(credential: str, *, base: str = "/v1", faults: Faults = Faults()) -> Iterator[str]:
    """Serve the items API under `base` on 127.0.0.1; yield the host's URL (without `base`)."""
    with serving(_handler(base, credential, faults, ItemStore())) as url:
        yield url
