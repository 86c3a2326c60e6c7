"""The last resort: what the client engine still cannot read is typed as raw JSON.

openapi-python-client reports a schema it cannot parse (and leaves that model out) and
an operation it cannot parse (and leaves the operation out). specbind never drops an
operation: the engine's complaint names the place, that place is degraded in the copy
of the document the engine reads, and the engine parses again.

- a component schema -> `{}` (`Any`): the value is the raw JSON;
- an operation: first the part its complaint is about, then the others, one per round:
  its request body -> raw JSON (`Any`), its responses -> raw JSON, its parameters that
  are not scalars (or arrays of them) -> strings (all of them when each is). An
  operation that still fails after all three stops the run, naming it.

Each degradation is a warning naming the JSON pointer of what was degraded. Refs the
engine cannot follow after an earlier failure (`Could not find reference in parsed
models or enums`) are usually that failure's echo: schemas are degraded first, and
operations only in a round where no schema failed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client import schema as oai
from pydantic import ValidationError

from specbind.errors import Problem, Severity, SpecbindError
from specbind.openapi.pointer import extend, join_pointer, resolve_pointer, split_pointer
from specbind.openapi.refs import deref

RULE = "client-degraded"
RAW_JSON: dict[str, Any] = {}
_SCHEMAS = "/components/schemas/"


@dataclass
class EngineFailure:
    """One complaint of the engine, located."""

    pointer: str  # /components/schemas/X or /paths/~1a/get, "" when unknown
    message: str


def document_failures(data: dict[str, Any]) -> list[EngineFailure]:
    """Why the engine's document model refuses `data`: each error at the outermost schema
    it is inside (a schema can be typed raw JSON), else where it is."""
    try:
        oai.OpenAPI.model_validate(data)
    except ValidationError as exc:
        return [_located(data, error["loc"], error["msg"]) for error in exc.errors()]
    return []


def _located(data: dict[str, Any], loc: tuple[Any, ...], message: str) -> EngineFailure:
    node: Any = data
    tokens: list[str | int] = []
    token: str | int
    for item in loc:  # pydantic adds model names (`Schema`, `Reference`) between keys
        if isinstance(node, dict) and str(item) in node:
            node, token = node[str(item)], str(item)
        elif isinstance(node, list) and isinstance(item, int) and 0 <= item < len(node):
            node, token = node[item], item
        else:
            continue
        tokens.append(token)
        if (tokens[:2] == ["components", "schemas"] and len(tokens) == 3) or token == "schema":
            return EngineFailure(join_pointer(*tokens), message)
    return EngineFailure(join_pointer(*tokens), message)


def _warning(message: str, pointer: str) -> Problem:
    return Problem(message=message, pointer=pointer, severity=Severity.WARNING, rule=RULE)


def _raw_body(data: dict[str, Any], operation: dict[str, Any], pointer: str) -> list[Problem]:
    body = deref(data, operation.get("requestBody"), on_missing="none")
    if not isinstance(body, dict) or not isinstance(body.get("content"), dict):
        return []
    content = body["content"]
    json_types = [key for key in content if key.split(";")[0].strip().lower().endswith("json")]
    if json_types:
        kept = {key: {"schema": RAW_JSON} for key in json_types[:1]}
    else:
        kept = {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
    operation["requestBody"] = {**body, "content": kept}
    shown = json_types[0] if json_types else "bytes"
    return [
        _warning(
            f"the client engine cannot read this request body; the client sends it as raw "
            f"{'JSON (Any)' if json_types else 'bytes'} ({shown})",
            extend(pointer, "requestBody"),
        )
    ]


def _raw_responses(data: dict[str, Any], operation: dict[str, Any], pointer: str) -> list[Problem]:
    responses = operation.get("responses")
    if not isinstance(responses, dict):
        return []
    problems: list[Problem] = []
    for status, raw in list(responses.items()):
        response = deref(data, raw, on_missing="none")
        content = response.get("content") if isinstance(response, dict) else None
        if not isinstance(content, dict) or not content:
            continue
        responses[status] = {
            **response,
            "content": {
                key: {"schema": RAW_JSON}
                if key.split(";")[0].strip().lower().endswith("json")
                else media
                for key, media in content.items()
            },
        }
        problems.append(
            _warning(
                "the client engine cannot read this response; the client returns its body "
                "as raw JSON (Any)",
                extend(pointer, "responses", status),
            )
        )
    return problems


def _string_parameters(
    data: dict[str, Any], operation: dict[str, Any], pointer: str
) -> list[Problem]:
    item = resolve_pointer(data, join_pointer(*split_pointer(pointer)[:2]))
    own = [deref(data, p, on_missing="none") for p in operation.get("parameters") or []]
    keys = {(p.get("in"), p.get("name")) for p in own if isinstance(p, dict)}
    shared = [
        p
        for p in (deref(data, raw, on_missing="none") for raw in (item.get("parameters") or []))
        if isinstance(p, dict) and (p.get("in"), p.get("name")) not in keys
    ]
    parameters = [p for p in [*own, *shared] if isinstance(p, dict)]
    odd = [p for p in parameters if not _plain(data, p.get("schema"))] or parameters
    if not odd:
        return []
    operation["parameters"] = [
        {**p, "schema": {"type": "string"}} if any(p is o for o in odd) else p for p in parameters
    ]
    return [
        _warning(
            f"the client engine cannot read the {p.get('in')} parameter {p.get('name')!r}; "
            "the client takes it as the text that goes on the wire (str)",
            extend(pointer, "parameters"),
        )
        for p in odd
    ]


_SCALARS = ("string", "integer", "number", "boolean")


def _plain(data: dict[str, Any], schema: Any, depth: int = 0) -> bool:
    """A scalar, or an array of scalars: what every parameter location takes."""
    schema = deref(data, schema, on_missing="none")
    if not isinstance(schema, dict) or any(k in schema for k in ("allOf", "anyOf", "oneOf")):
        return False
    kind = schema.get("type")
    if kind == "array" and depth == 0:
        return _plain(data, schema.get("items"), 1)
    return kind in _SCALARS


Step = Callable[[dict[str, Any], dict[str, Any], str], list[Problem]]
_STEPS: dict[str, Step] = {
    "body": _raw_body,
    "responses": _raw_responses,
    "parameters": _string_parameters,
}


def _is_schema(pointer: str) -> bool:
    tokens = split_pointer(pointer)
    return (tokens[:2] == ["components", "schemas"] and len(tokens) == 3) or (
        bool(tokens) and tokens[-1] == "schema"
    )


def _first_step(message: str) -> str:
    text = message.lower()
    if "response" in text:
        return "responses"
    if "parameter" in text or "path templating" in text or "not allowed in" in text:
        return "parameters"
    return "body"


@dataclass
class Degrader:
    """The degradations made so far, over the rounds of one run."""

    source: str
    applied: dict[str, list[str]] = field(default_factory=dict)  # operation -> steps
    warnings: list[Problem] = field(default_factory=list)

    def degrade(self, data: dict[str, Any], failures: list[EngineFailure]) -> None:
        """Degrade, in `data`, what `failures` are about; refuse what cannot be."""
        schemas = [f for f in failures if _is_schema(f.pointer)]
        if schemas:
            for failure in {f.pointer: f for f in schemas}.values():
                self._raw_schema(data, failure)
            return
        unplaced = [f for f in failures if not f.pointer.startswith("/paths/")]
        if unplaced:
            self._refuse(unplaced[0])
        for failure in {f.pointer: f for f in failures}.values():
            self._next_step(data, failure)

    def _raw_schema(self, data: dict[str, Any], failure: EngineFailure) -> None:
        tokens = split_pointer(failure.pointer)
        holder = resolve_pointer(data, join_pointer(*tokens[:-1]))
        current = holder.get(tokens[-1]) if isinstance(holder, dict) else None
        if not isinstance(holder, dict) or current == RAW_JSON:
            self._refuse(failure)
        description = current.get("description") if isinstance(current, dict) else None
        holder[tokens[-1]] = {"description": description} if isinstance(description, str) else {}
        self.warnings.append(
            _warning(
                f"the client engine cannot read this schema ({_short(failure.message)}); the "
                "client types it as raw JSON (Any)",
                failure.pointer,
            )
        )

    def _next_step(self, data: dict[str, Any], failure: EngineFailure) -> None:
        """Degrade the next part of the operation that has something to degrade."""
        done = self.applied.setdefault(failure.pointer, [])
        try:
            operation = resolve_pointer(data, failure.pointer)
        except (KeyError, ValueError):
            operation = None
        if not isinstance(operation, dict):
            self._refuse(failure)
            return
        for step in [_first_step(failure.message), *_STEPS]:
            if step in done:
                continue
            done.append(step)
            problems = _STEPS[step](data, operation, failure.pointer)
            if problems:
                self.warnings.extend(
                    _warning(f"{p.message} ({_short(failure.message)})", p.pointer)
                    for p in problems
                )
                return
        self._refuse(failure)

    def _refuse(self, failure: EngineFailure) -> None:
        place = f"#{failure.pointer}" if failure.pointer else "the document"
        raise SpecbindError(
            f"{self.source}: openapi-python-client cannot read {place}, even with what it "
            "cannot type given as raw JSON",
            [Problem(failure.message, failure.pointer, self.source, rule="client-engine")],
        )


_ENGINE_REPR = re.compile(r"\s*<openapi_python_client\.[^>]*>")


def _short(message: str, limit: int = 160) -> str:
    """The engine's message on one line, without the reprs it leaves in some."""
    text = " ".join(_ENGINE_REPR.sub("", message).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."
