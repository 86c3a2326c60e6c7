"""Tiny OpenAPI documents for the rule tests: each builder varies one thing."""

from __future__ import annotations

from typing import Any

Schema = dict[str, Any]
OK = {"description": "ok"}


def document(paths: dict[str, Any], **extra: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
    }
    doc.update(extra)
    return doc


def operations(*pairs: tuple[str, str]) -> dict[str, Any]:
    """A document with one bare operation per (method, path)."""
    paths: dict[str, Any] = {}
    for method, path in pairs:
        op_id = f"{method}_{path.strip('/').replace('/', '_') or 'root'}"
        paths.setdefault(path, {})[method] = {"operationId": op_id, "responses": {"200": OK}}
    return document(paths)


def string(**keywords: Any) -> Schema:
    return {"type": "string", **keywords}


def obj(properties: dict[str, Schema], required: tuple[str, ...] = (), **keywords: Any) -> Schema:
    schema: Schema = {"type": "object", "properties": properties, **keywords}
    if required:
        schema["required"] = list(required)
    return schema


def with_components(doc: dict[str, Any], schemas: dict[str, Schema]) -> dict[str, Any]:
    doc["components"] = {"schemas": schemas}
    return doc


def request(schema: Schema, *, required: bool = True, media: tuple[str, ...] = ()) -> dict:
    """POST /items whose JSON request body is `schema`."""
    content = {m: {"schema": schema} for m in ("application/json", *media)}
    body = {"required": required, "content": content}
    return document(
        {
            "/items": {
                "post": {
                    "operationId": "create_item",
                    "requestBody": body,
                    "responses": {"201": OK},
                }
            }
        }
    )


def no_body() -> dict[str, Any]:
    return document({"/items": {"post": {"operationId": "create_item", "responses": {"201": OK}}}})


def response(schema: Schema, *, media: tuple[str, ...] = ()) -> dict[str, Any]:
    """GET /items whose 200 JSON body is `schema`."""
    content = {m: {"schema": schema} for m in ("application/json", *media)}
    return document(
        {
            "/items": {
                "get": {
                    "operationId": "list_items",
                    "responses": {"200": {"description": "ok", "content": content}},
                }
            }
        }
    )


def statuses(*codes: str) -> dict[str, Any]:
    return document(
        {
            "/items": {
                "get": {
                    "operationId": "list_items",
                    "responses": {code: {"description": code} for code in codes},
                }
            }
        }
    )


def parameters(*params: dict[str, Any], path: str = "/items/{id}") -> dict[str, Any]:
    """GET `path` with its path parameters declared and `params` after them."""
    names = [part[1:-1] for part in path.split("/") if part.startswith("{")]
    declared = [
        {"name": n, "in": "path", "required": True, "schema": {"type": "integer"}} for n in names
    ]
    return document(
        {
            path: {
                "get": {
                    "operationId": "get_item",
                    "parameters": [*declared, *params],
                    "responses": {"200": OK},
                }
            }
        }
    )


def query(name: str = "q", *, required: bool = False, where: str = "query") -> dict[str, Any]:
    return {"name": name, "in": where, "required": required, "schema": {"type": "string"}}


def secured(alternatives: list[dict[str, list[str]]], header: str = "Authorization") -> dict:
    doc = operations(("get", "/items"))
    doc["security"] = alternatives
    doc["components"] = {
        "securitySchemes": {
            "key": {"type": "apiKey", "in": "header", "name": header},
            "bearer": {"type": "http", "scheme": "bearer"},
        }
    }
    return doc


def served(*urls: str) -> dict[str, Any]:
    doc = operations(("get", "/items"))
    doc["servers"] = [{"url": u} for u in urls]
    return doc
