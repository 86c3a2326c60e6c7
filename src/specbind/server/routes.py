"""What each operation becomes on the server: one typed FastAPI route.

Everything a template needs is computed here, from the normalised document: the
handler's Python names, each parameter's annotation and its FastAPI marker with the
document's constraints, the body and response types, the success status. The mock uses
the same views, so the generated app and the mock agree on every name.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass
from typing import Any

from specbind.errors import SpecbindError
from specbind.openapi.naming import Namespace, folded, pascal_case, snake_case, spell_operators
from specbind.openapi.normalise import (
    DROPPED_MEDIA_TYPES,
    ORIGINAL_MEDIA_TYPE,
    ORIGINAL_OPERATION_ID,
)
from specbind.openapi.pointer import extend
from specbind.openapi.refs import component_name, deref
from specbind.openapi.validate import iter_operations
from specbind.render.text import python_literal

_LOCATIONS = {"path": "Path", "query": "Query", "header": "Header", "cookie": "Cookie"}
_PRIMITIVES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
# FastAPI marker keyword -> OpenAPI keyword, for the constraints FastAPI enforces.
_CONSTRAINTS = (
    ("min_length", "minLength"),
    ("max_length", "maxLength"),
    ("pattern", "pattern"),
    ("ge", "minimum"),
    ("le", "maximum"),
)
# Names a handler already uses for itself.
_RESERVED = frozenset({"api", "body", "request", "response", "self"})


@dataclass(frozen=True)
class ParameterRoute:
    """One path, query, header or cookie parameter of a handler."""

    name: str
    python_name: str
    location: str
    required: bool
    annotation: str
    marker: str
    # The type a text value is read as before an enum of numbers checks it (`int`):
    # `Literal[0, 1]` alone refuses the text "1" that every query string carries.
    reader: str | None = None


@dataclass(frozen=True)
class BodyRoute:
    """The JSON request body: its model and whether it must be sent."""

    python_name: str
    annotation: str
    required: bool
    schema: dict[str, Any]
    # Media types of a body that is not JSON: handed to the implementation as bytes.
    raw_media_types: tuple[str, ...] = ()

    @property
    def raw(self) -> bool:
        return bool(self.raw_media_types)

    @property
    def refuses_null(self) -> bool:
        """Optional, yet not nullable: FastAPI alone would take `null` for 'left out'."""
        return not self.raw and not self.required and not self.annotation.endswith("| None")


@dataclass(frozen=True)
class OperationRoute:
    """One operation as a handler, an interface method and a mock answer.

    `operation_id` is the normalised id the Python names come from; `published_id` is
    the source document's, which the app's openapi.json and its 501 bodies show.
    """

    operation_id: str
    method: str
    path: str
    pointer: str
    tag: str
    summary: str | None
    description: str | None
    parameters: tuple[ParameterRoute, ...]
    body: BodyRoute | None
    status_code: int
    response_annotation: str | None
    response_schema: dict[str, Any] | None
    response_description: str
    response_codes: tuple[str, ...]
    secured: bool
    published_id: str = ""

    @property
    def python_name(self) -> str:
        return snake_case(self.operation_id, "operation")

    @property
    def has_body(self) -> bool:
        return self.response_annotation is not None

    @property
    def declares_validation_error(self) -> bool:
        return any(code in self.response_codes for code in ("422", "4XX", "default"))


@dataclass(frozen=True)
class TagRoutes:
    """One tag: its router module, its interface class and its operations."""

    tag: str
    module: str
    interface: str
    dependency: str
    operations: tuple[OperationRoute, ...]

    @property
    def secured(self) -> bool:
        return any(operation.secured for operation in self.operations)

    @property
    def secured_dependency(self) -> str:
        """The dependency of the secured operations: the key check, then `dependency`."""
        return f"secured_{self.dependency}"


def python_identifier(name: str) -> str:
    """A parameter's wire name as a Python name (`page-size` -> `page_size`), spelled as
    Python reads it (`ﬁle` -> `file`; `class` in fullwidth letters -> `class_`)."""
    text = folded(name)
    if not text.isidentifier():
        text = snake_case(spell_operators(name), "value")
    return f"{text}_" if keyword.iskeyword(text) else text


def type_annotation(schema: Any, models: set[str], pointer: str) -> str:
    """The Python type of a body or response schema, naming the generated models."""
    if not isinstance(schema, dict) or not schema:
        return "Any"
    ref = schema.get("$ref")
    if isinstance(ref, str):
        name = component_name(ref)
        if name is None or name not in models:
            raise SpecbindError(
                f"#{pointer}: {ref!r} has no generated model (inline or unsupported schema)"
            )
        return f"models.{name}"  # qualified: a model may be called Query, Response, ...
    kind = schema.get("type")
    nullable = schema.get("nullable") is True
    if isinstance(kind, list):
        nullable = nullable or "null" in kind
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else None
    if kind == "array":
        inner = type_annotation(schema.get("items"), models, extend(pointer, "items"))
        text = f"list[{inner}]"
    elif kind in _PRIMITIVES:
        text = _PRIMITIVES[kind]
    elif kind == "object" and not schema.get("properties"):
        extra = schema.get("additionalProperties")
        value = (
            type_annotation(extra, models, extend(pointer, "additionalProperties"))
            if isinstance(extra, dict)
            else "Any"
        )
        text = f"dict[str, {value}]"
    elif kind == "object" or schema.get("properties"):
        raise SpecbindError(
            f"#{pointer}: an inline object schema in a body or response has no model; "
            "move it to #/components/schemas"
        )
    else:
        return "Any"
    return f"{text} | None" if nullable else text


def _parameter(
    data: dict[str, Any], raw: Any, pointer: str, names: Namespace
) -> ParameterRoute | None:
    param = deref(data, raw, pointer=pointer)
    if not isinstance(param, dict) or param.get("in") not in _LOCATIONS:
        raise SpecbindError(f"#{pointer}: a parameter needs `in` (path, query, header or cookie)")
    name, location = str(param["name"]), str(param["in"])
    if location == "header" and name.lower() in {"authorization", "accept", "content-type"}:
        return None
    schema = deref(data, param.get("schema") or {}, pointer=extend(pointer, "schema"))
    required = location == "path" or param.get("required") is True
    annotation = _parameter_annotation(schema, extend(pointer, "schema"))
    python_name = names.claim(python_identifier(name))
    arguments: list[str] = []
    if python_name != name:
        arguments.append(f"alias={python_literal(name)}")
    for keyword_name, openapi_name in _CONSTRAINTS:
        if isinstance(schema, dict) and openapi_name in schema:
            arguments.append(f"{keyword_name}={python_literal(schema[openapi_name])}")
    if isinstance(schema, dict) and "exclusiveMinimum" in schema:
        arguments.append(_exclusive(schema, "exclusiveMinimum", "minimum", "gt"))
    if isinstance(schema, dict) and "exclusiveMaximum" in schema:
        arguments.append(_exclusive(schema, "exclusiveMaximum", "maximum", "lt"))
    arguments = [a for a in arguments if a]
    if param.get("description"):
        arguments.append(f"description={python_literal(str(param['description']))}")
    if param.get("deprecated") is True:
        arguments.append("deprecated=True")
    if not required:
        annotation = f"{annotation} | None"
    marker = f"{_LOCATIONS[location]}({', '.join(arguments)})"
    return ParameterRoute(
        name, python_name, location, required, annotation, marker, _enum_reader(schema)
    )


def _enum_reader(schema: Any) -> str | None:
    """`int` (or `float`) for an enum of numbers, whose text must be read as one first."""
    values = schema.get("enum") if isinstance(schema, dict) else None
    if not isinstance(values, list):
        return None
    numbers = [v for v in values if v is not None]
    if not numbers or any(isinstance(v, bool) or not isinstance(v, int | float) for v in numbers):
        return None
    return "int" if all(isinstance(v, int) for v in numbers) else "float"


def _exclusive(schema: dict[str, Any], key: str, bound: str, keyword_name: str) -> str:
    value = schema[key]
    if value is True and bound in schema:  # OpenAPI 3.0: a flag on minimum/maximum
        return f"{keyword_name}={python_literal(schema[bound])}"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{keyword_name}={python_literal(value)}"
    return ""


def _parameter_annotation(schema: Any, pointer: str) -> str:
    if not isinstance(schema, dict):
        return "str"
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        values = ", ".join(python_literal(v) for v in schema["enum"] if v is not None)
        return f"Literal[{values}]"
    kind = schema.get("type", "string")
    if isinstance(kind, list):  # OpenAPI 3.1: ["integer", "null"]
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else "string"
    if kind == "array":
        return f"list[{_parameter_annotation(schema.get('items') or {}, extend(pointer, 'items'))}]"
    if kind == "object" or kind not in _PRIMITIVES:
        # FastAPI reads no object parameters (deepObject, form-exploded): the implementation
        # gets the raw text, as it gets the raw bytes of a body that is not JSON.
        return "str"
    return _PRIMITIVES[kind]


def _json_schema(content: Any) -> tuple[bool, dict[str, Any] | None]:
    """(has a JSON media type, its schema) for a requestBody or response `content`."""
    if not isinstance(content, dict):
        return False, None
    for media_type, media in content.items():
        if media_type == "application/json" or media_type.endswith("+json"):
            schema = media.get("schema") if isinstance(media, dict) else None
            return True, schema if isinstance(schema, dict) else {}
    return False, None


def _source_media_types(request_body: dict[str, Any]) -> tuple[str, ...]:
    """The media types the source document gave a body, before the normalising pass."""
    found: list[str] = []
    for key, media in (request_body.get("content") or {}).items():
        original = media.get(ORIGINAL_MEDIA_TYPE) if isinstance(media, dict) else None
        found.append(str(original) if isinstance(original, str) else str(key))
    found.extend(str(m) for m in request_body.get(DROPPED_MEDIA_TYPES) or [])
    return tuple(dict.fromkeys(found))


def _success(
    data: dict[str, Any], operation: dict[str, Any], pointer: str
) -> tuple[int, dict[str, Any] | None, str]:
    """The documented 2xx status the handler answers with, its JSON schema, its description."""
    responses = operation.get("responses") or {}
    codes = sorted(c for c in responses if str(c).isdigit() and str(c).startswith("2"))
    if not codes:
        return 200, None, ""
    code = codes[0]
    response = deref(data, responses[code], pointer=extend(pointer, "responses", code))
    _, schema = _json_schema(response.get("content") if isinstance(response, dict) else None)
    description = str(response.get("description", "")) if isinstance(response, dict) else ""
    if int(code) == 204:
        schema = None
    return int(code), schema, description


def _security_used(data: dict[str, Any], operation: dict[str, Any]) -> bool:
    requirements = operation.get("security", data.get("security"))
    return isinstance(requirements, list) and any(bool(r) for r in requirements)


def operation_routes(data: dict[str, Any], models: set[str]) -> list[OperationRoute]:
    """Every operation of the normalised document, in document order."""
    routes: list[OperationRoute] = []
    for path, method, operation, pointer in iter_operations(data):
        operation_id = operation.get("operationId")
        if not isinstance(operation_id, str) or not operation_id:
            raise SpecbindError(f"#{pointer}: the operation has no operationId to name it")
        names = Namespace(_RESERVED)
        path_pointer = pointer[: pointer.rfind("/")]
        declared = [
            *(
                (raw, extend(path_pointer, "parameters", i))
                for i, raw in enumerate((data["paths"][path] or {}).get("parameters") or [])
            ),
            *(
                (raw, extend(pointer, "parameters", i))
                for i, raw in enumerate(operation.get("parameters") or [])
            ),
        ]
        by_key: dict[tuple[str, str], tuple[Any, str]] = {}
        for raw, where in declared:  # an operation's parameter overrides the path's
            param = deref(data, raw, pointer=where)
            if isinstance(param, dict):
                by_key[(str(param.get("name")), str(param.get("in")))] = (raw, where)
        # Path parameters claim their names first: FastAPI takes a handler argument named
        # like a template name for that path parameter (Warwick's path and query `scheme`).
        ranked = sorted(by_key.items(), key=lambda item: item[0][1] != "path")
        parameters = [
            p
            for _, (raw, where) in ranked
            if (p := _parameter(data, raw, where, names)) is not None
        ]
        parameters.sort(key=lambda p: ("path", "query", "header", "cookie").index(p.location))
        body = None
        request_body = deref(
            data, operation.get("requestBody"), pointer=extend(pointer, "requestBody")
        )
        if isinstance(request_body, dict):
            has_json, schema = _json_schema(request_body.get("content"))
            required = request_body.get("required") is True
            if has_json and schema is not None:
                where = extend(pointer, "requestBody", "content", "application/json", "schema")
                body = BodyRoute("body", type_annotation(schema, models, where), required, schema)
            else:
                media_types = _source_media_types(request_body)
                body = BodyRoute("body", "bytes", required, {}, media_types or ("*/*",))
        status, response_schema, response_description = _success(data, operation, pointer)
        response_annotation = (
            type_annotation(response_schema, models, extend(pointer, "responses", str(status)))
            if response_schema is not None
            else None
        )
        tags = operation.get("tags") or ["default"]  # as the document says them
        routes.append(
            OperationRoute(
                operation_id=operation_id,
                method=method,
                path=path,
                pointer=pointer,
                tag=str(tags[0]),
                summary=operation.get("summary"),
                description=operation.get("description"),
                parameters=tuple(parameters),
                body=body,
                status_code=status,
                response_annotation=response_annotation,
                response_schema=response_schema,
                response_description=response_description,
                response_codes=tuple(str(c) for c in (operation.get("responses") or {})),
                secured=_security_used(data, operation),
                published_id=str(operation.get(ORIGINAL_OPERATION_ID, operation_id)),
            )
        )
    return routes


def tag_routes(routes: list[OperationRoute]) -> list[TagRoutes]:
    """Operations grouped by their first tag, tags in order of first appearance."""
    grouped: dict[str, list[OperationRoute]] = {}
    for route in routes:
        grouped.setdefault(route.tag, []).append(route)
    modules = Namespace({"app", "interfaces", "models", "security", "errors"})
    classes = Namespace()
    result = []
    for tag, operations in grouped.items():
        module = modules.claim(snake_case(tag, "default"))
        interface = classes.claim(f"{pascal_case(tag, 'Default')}Api", "")
        result.append(TagRoutes(tag, module, interface, f"{module}_api", tuple(operations)))
    return result


def digit_paths(routes: list[OperationRoute]) -> dict[str, str]:
    """Paths that match the same URLs as another (`/users/{user_id}/` beside
    `/users/{username}/`), with each integer path parameter written `{user_id:int}`.

    Routing tries such a path first and on digits only, as Django's `<int:user_id>` does,
    so the other path is reachable for every URL that is not a number.
    """
    shapes: dict[str, set[str]] = {}
    for route in routes:
        shapes.setdefault(re.sub(r"\{[^}]*\}", "{}", route.path), set()).add(route.path)
    found: dict[str, str] = {}
    for route in routes:
        if len(shapes[re.sub(r"\{[^}]*\}", "{}", route.path)]) < 2:
            continue
        path = route.path
        for param in route.parameters:
            if param.location == "path" and param.annotation == "int":
                path = path.replace("{" + param.name + "}", "{" + param.name + ":int}")
        if path != route.path:
            found[route.path] = path
    return found
