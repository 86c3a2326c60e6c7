"""Shapes openapi-python-client cannot express, rewritten to ones it can, client only.

Each step takes the normalised document the client is generated from (its own copy)
and changes it in place to something the engine accepts with the same meaning on
the wire; what cannot keep its meaning is reported as a warning naming the JSON
pointer. The server and the mock never see these rewrites.

- JSON bodies in several JSON media types (`application/json` and
  `application/scim+json`, as drf-spectacular lists them) would make the engine build
  two models of one name: they share one body, sent as `application/json`; another
  JSON type goes out with `extra_headers={"Content-Type": ...}`.
- A nullable path parameter: a path segment is never null, so the null goes.
- A default the engine cannot hold (an object or array, `"now"` for a date-time) is
  dropped: the argument is optional and the API applies its default; the docstring says
  which default that is.
- A component parameter, request body, response or header that is only a `$ref` to
  another (an alias) becomes a copy of what it names: the engine places no such refs.
- A parameter described by `content` (`application/json` in a query) is a string: the
  text that goes on the wire, with a warning (the engine would leave it out).
- `x-` extensions among paths, responses or components, and 3.1's boolean schemas
  (`true`, `false`), which the engine's document model refuses, become nothing and
  `{}` / `{"not": {}}`.
- Callbacks and webhooks are requests the API makes, not operations the client calls:
  they are left out, with a warning.
"""

from __future__ import annotations

import datetime
import json
import uuid
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import unquote

from specbind.errors import Problem, Severity
from specbind.openapi.normalise import (
    DROPPED_DEFAULT,
    DROPPED_MEDIA_TYPES,
    copy_json,
    iter_schema_dicts,
)
from specbind.openapi.pointer import extend, join_pointer
from specbind.openapi.refs import deref
from specbind.openapi.validate import iter_operations

RULE = "client-rewrite"
JSON = "application/json"


def _warning(message: str, pointer: str) -> Problem:
    return Problem(message=message, pointer=pointer, severity=Severity.WARNING, rule=RULE)


def _is_json(media_type: str) -> bool:
    base = media_type.split(";", 1)[0].strip().lower()
    return base == JSON or (base.startswith("application/") and base.endswith("+json"))


def _request_bodies(data: dict[str, Any]) -> Iterator[tuple[dict[str, Any], str]]:
    for _, _, operation, pointer in iter_operations(data):
        body = operation.get("requestBody")
        if isinstance(body, dict):
            yield body, f"{pointer}/requestBody"
    bodies = (data.get("components") or {}).get("requestBodies") or {}
    for name, body in bodies.items():
        if isinstance(body, dict):
            yield body, join_pointer("components", "requestBodies", name)


def _component(data: dict[str, Any], schema: Any) -> Any:
    """What a schema `$ref`s, one hop (normalising names each media type's inline schema
    apart: `CreateBody` and `CreateBody2` may say the same)."""
    return deref(data, schema, limit=1, section="schemas", on_missing="stop")


def shared_json_bodies(data: dict[str, Any]) -> list[Problem]:
    """One JSON body per request body: `application/json` when listed, else the first."""
    problems: list[Problem] = []
    for body, pointer in _request_bodies(data):
        content = body.get("content")
        if not isinstance(content, dict):
            continue
        json_types = [key for key in content if _is_json(key)]
        if len(json_types) < 2:
            continue
        kept = next((key for key in json_types if key.split(";")[0].strip() == JSON), json_types[0])
        kept_schema = (
            (content[kept] or {}).get("schema") if isinstance(content[kept], dict) else None
        )
        for key in json_types:
            if key == kept:
                continue
            media = content.pop(key)
            schema = media.get("schema") if isinstance(media, dict) else None
            if _component(data, schema) != _component(data, kept_schema):
                problems.append(
                    _warning(
                        f"the {key} body has another schema than the {kept} one; the client "
                        f"sends the {kept} body (its model), never the {key} one",
                        extend(pointer, "content", key),
                    )
                )
        body[DROPPED_MEDIA_TYPES] = [
            *body.get(DROPPED_MEDIA_TYPES, []),
            *(key for key in json_types if key != kept),
        ]
    return problems


def _parameters(data: dict[str, Any]) -> Iterator[tuple[dict[str, Any], str]]:
    """Every parameter object and its pointer: in operations, path items and components."""
    for _, _, operation, pointer in iter_operations(data):
        for index, parameter in enumerate(operation.get("parameters") or []):
            if isinstance(parameter, dict):
                yield parameter, extend(pointer, "parameters", index)
    for path, item in (data.get("paths") or {}).items():
        if isinstance(item, dict):
            for index, parameter in enumerate(item.get("parameters") or []):
                if isinstance(parameter, dict):
                    yield parameter, join_pointer("paths", path, "parameters", index)
    components = (data.get("components") or {}).get("parameters") or {}
    for name, parameter in components.items():
        if isinstance(parameter, dict):
            yield parameter, join_pointer("components", "parameters", name)


def _is_null(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") in ("null", ["null"])


def _without_null(schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` accepting what it accepted except null."""
    result = {key: value for key, value in schema.items() if key != "nullable"}
    kind = result.get("type")
    if isinstance(kind, list) and "null" in kind:
        kinds = [k for k in kind if k != "null"]
        result["type"] = kinds[0] if len(kinds) == 1 else kinds
    if isinstance(result.get("enum"), list) and None in result["enum"]:
        result["enum"] = [value for value in result["enum"] if value is not None]
    for key in ("anyOf", "oneOf"):
        members = result.get(key)
        if not isinstance(members, list) or not any(_is_null(m) for m in members):
            continue
        kept = [m for m in members if not _is_null(m)]
        if len(kept) == 1 and isinstance(kept[0], dict):
            del result[key]
            if "$ref" in kept[0]:
                return {**{k: v for k, v in result.items() if k == "description"}, **kept[0]}
            result = {**kept[0], **result}
        else:
            result[key] = kept
    return result


def nullable_path_parameters(data: dict[str, Any]) -> list[Problem]:
    """A path parameter is never None: its schema loses the null (and it is required)."""
    for parameter, _ in _parameters(data):
        if parameter.get("in") != "path":
            continue
        parameter["required"] = True
        schema = parameter.get("schema")
        if isinstance(schema, dict):
            parameter["schema"] = _without_null(schema)
    return []


def content_parameters(data: dict[str, Any]) -> list[Problem]:
    """A parameter given by `content` (a media type, not a schema) is passed as the text
    that goes on the wire: the engine would leave it out of the method."""
    problems: list[Problem] = []
    for parameter, pointer in _parameters(data):
        content = parameter.get("content")
        if "schema" in parameter or not isinstance(content, dict) or not content:
            continue
        media_type = next(iter(content))
        del parameter["content"]
        parameter["schema"] = {
            "type": "string",
            "description": f"The value as {media_type} text (serialised by the caller).",
        }
        problems.append(
            _warning(
                f"parameter {parameter.get('name')!r} is described by its media type "
                f"({media_type}), not a schema; the client takes it as the text that goes on "
                "the wire (str)",
                pointer,
            )
        )
    return problems


def _holds(schema: dict[str, Any], value: Any) -> bool:
    """Can the client engine write `value` as this schema's Python default?"""
    if isinstance(value, dict | list):
        return False
    if not isinstance(value, str):
        return True
    checks: dict[str, Callable[[str], object]] = {
        "date-time": datetime.datetime.fromisoformat,
        "date": datetime.date.fromisoformat,
        "uuid": uuid.UUID,
    }
    check = checks.get(str(schema.get("format")))
    if check is None:
        return True
    try:
        check(value)
    except ValueError:
        return False
    return True


def _named_entries(data: dict[str, Any]) -> set[int]:
    """The maps whose keys are names, not schema keywords (an operation's responses, a
    components section, a response's headers and links): a `default` response there
    is no schema's default (AGCO's `responses: {"200": ..., default: ...}`)."""
    maps: list[Any] = [operation.get("responses") for _, _, operation, _ in iter_operations(data)]
    components = data.get("components")
    responses: list[Any] = []
    for entries in maps:
        responses.extend(entries.values() if isinstance(entries, dict) else ())
    if isinstance(components, dict):
        maps.extend(components.values())
        section = components.get("responses")
        responses.extend(section.values() if isinstance(section, dict) else ())
    for response in responses:
        if isinstance(response, dict):
            maps.extend(response.get(key) for key in ("headers", "links", "content"))
    return {id(entries) for entries in maps if isinstance(entries, dict)}


def engine_defaults(data: dict[str, Any]) -> list[Problem]:
    """Defaults the engine cannot hold become no default; the description names them."""
    named = _named_entries(data)
    for schema in iter_schema_dicts(data):
        if id(schema) in named:
            continue
        if "default" in schema and not _holds(schema, schema["default"]):
            schema[DROPPED_DEFAULT] = schema.pop("default")
        if DROPPED_DEFAULT in schema:
            note = (
                f"Default: {json.dumps(schema[DROPPED_DEFAULT], ensure_ascii=False)} "
                "(applied by the API when the value is left out)."
            )
            description = schema.get("description")
            if not (isinstance(description, str) and note in description):
                schema["description"] = (
                    f"{description.rstrip()}\n\n{note}" if isinstance(description, str) else note
                )
    return []


def left_out_callbacks(data: dict[str, Any]) -> list[Problem]:
    """Callbacks and webhooks leave the client's document, each with a warning."""
    problems: list[Problem] = []
    for _, _, operation, pointer in iter_operations(data):
        if "callbacks" in operation:
            del operation["callbacks"]
            problems.append(
                _warning(
                    "callbacks are requests the API makes, not operations the client calls; "
                    "they are left out of the client",
                    f"{pointer}/callbacks",
                )
            )
    if "webhooks" in data:
        del data["webhooks"]
        problems.append(
            _warning(
                "webhooks are requests the API makes, not operations the client calls; "
                "they are left out of the client",
                "/webhooks",
            )
        )
    return problems


_ALIASED = ("parameters", "requestBodies", "responses", "headers")


def component_aliases(data: dict[str, Any]) -> list[Problem]:
    """Components that only `$ref` another component become a copy of its target."""
    components = data.get("components") or {}
    for section in _ALIASED:
        entries = components.get(section)
        if not isinstance(entries, dict):
            continue
        for name, entry in list(entries.items()):
            target = deref(data, entry, section=section, on_missing="none")
            if target is not entry and isinstance(target, dict) and "$ref" not in target:
                entries[name] = copy_json(target)
    return []


_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_SLOTS = ("items", "not", "contains", "propertyNames", "if", "then", "else")


def _schema(value: Any) -> Any:
    """A boolean schema as the engine can read it: `true` any value, `false` none."""
    if value is True:
        return {}
    if value is False:
        return {"not": {}}
    return value


def boolean_schemas(data: dict[str, Any]) -> list[Problem]:
    """OpenAPI 3.1 allows `true` and `false` as schemas; the engine reads only objects."""
    for schema in iter_schema_dicts(data):
        for key in _SCHEMA_MAPS:
            members = schema.get(key)
            if isinstance(members, dict):
                for name, member in members.items():
                    members[name] = _schema(member)
        for key in _SCHEMA_LISTS:
            if isinstance(schema.get(key), list):
                schema[key] = [_schema(member) for member in schema[key]]
        for key in _SCHEMA_SLOTS:
            if key in schema and isinstance(schema[key], bool):
                schema[key] = _schema(schema[key])
        if isinstance(schema.get("schema"), bool):  # a parameter's or media type's
            schema["schema"] = _schema(schema["schema"])
    components = (data.get("components") or {}).get("schemas")
    if isinstance(components, dict):
        for name, member in components.items():
            components[name] = _schema(member)
    return []


def engine_extensions(data: dict[str, Any]) -> list[Problem]:
    """`x-` extensions where the engine expects only entries (paths, responses, the
    components' maps) go: the engine would refuse the document over them. A component
    the document refers to is an entry, whatever its name (Open Banking's parameter
    `x-fapi-financial-id-Param`): it stays."""
    maps: list[Any] = [data.get("paths")]
    maps.extend(operation.get("responses") for _, _, operation, _ in iter_operations(data))
    components = data.get("components")
    sections = list(components.values()) if isinstance(components, dict) else []
    referred = _referred_components(data) if sections else set()
    section_ids = {id(section) for section in sections}
    for entries in [*maps, *sections]:
        if isinstance(entries, dict):
            for key in [k for k in entries if isinstance(k, str) and k.startswith("x-")]:
                if id(entries) not in section_ids or key not in referred:
                    del entries[key]
    return []


def _referred_components(data: dict[str, Any]) -> set[str]:
    """Names of components some local `$ref` of the document names."""
    names: set[str] = set()
    for schema in iter_schema_dicts(data):
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            names.add(unquote(ref.split("/")[3].replace("~1", "/").replace("~0", "~")))
    return names


STEPS: tuple[Callable[[dict[str, Any]], list[Problem]], ...] = (
    left_out_callbacks,
    engine_extensions,
    boolean_schemas,
    component_aliases,
    content_parameters,
    shared_json_bodies,
    nullable_path_parameters,
    engine_defaults,
)


def client_rewrites(data: dict[str, Any]) -> list[Problem]:
    """Apply every rewrite to `data` in place; the warnings for what lost meaning."""
    problems: list[Problem] = []
    for step in STEPS:
        problems.extend(step(data))
    return problems
