"""OpenAPI 3.0/3.1 validation, plus the problems code generators trip on.

The structural check is the OpenAPI JSON Schema (the files openapi-spec-validator ships,
read directly: importing that package costs 0.1-0.2 s of start-up, mostly modules the
check never uses); the semantic checks are ours, because they must name the JSON pointer and
line, and must keep going where a resolver would stop at the first unresolved `$ref`.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from specbind.errors import Problem, Severity
from specbind.openapi.document import Document
from specbind.openapi.pointer import join_pointer, located_objects, resolve_pointer
from specbind.openapi.query_paths import query_string_problems
from specbind.openapi.ref_kinds import ref_kind_problem
from specbind.openapi.refs import deref

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TEMPLATE = re.compile(r"{([^{}]*)}")
_MESSAGE_LIMIT = 200


def document_kind_problems(doc: Document) -> list[Problem]:
    """Is this an OpenAPI 3.0/3.1 document at all? Later checks assume it is."""
    data = doc.data
    if "swagger" in data:
        return [
            doc.problem(
                f"this is a Swagger {data['swagger']} document; specbind reads OpenAPI 3.0 and "
                "3.1 (convert it first, e.g. with swagger2openapi)",
                "/swagger",
                rule="not-openapi-3",
            )
        ]
    if "openapi" not in data:
        return [
            doc.problem(
                "not an OpenAPI document: there is no top-level 'openapi' field",
                "",
                rule="not-openapi",
            )
        ]
    version = str(data["openapi"])
    if not re.match(r"^3\.[01]\.\d+", version):
        return [
            doc.problem(
                f"unsupported OpenAPI version {version!r}; specbind reads 3.0.x and 3.1.x",
                "/openapi",
                rule="not-openapi-3",
            )
        ]
    return []


def validate_document(doc: Document) -> list[Problem]:
    """Every problem found, errors and warnings, in document order of discovery."""
    kind = document_kind_problems(doc)
    if kind:
        return kind
    semantic = [
        *_reference_problems(doc),
        *_operation_problems(doc),
        *query_string_problems(doc),
    ]
    flagged = {p.pointer for p in semantic}
    structural = [p for p in _structural_problems(doc) if p.pointer not in flagged]
    return structural + semantic


def _structural_problems(doc: Document) -> Iterator[Problem]:
    validator = _schema_validator("3.1" if doc.openapi_version.startswith("3.1") else "3.0")
    for message, path in validator(doc.data):
        pointer = join_pointer(*(str(token) for token in path))
        yield doc.problem(_short_message(message), pointer, rule="schema")


_SchemaErrors = Iterator[tuple[str, list[str | int]]]


@cache
def _schema_validator(version: str) -> Any:
    """A function yielding (message, instance path) for each error against the OpenAPI schema.

    Like openapi-spec-validator's default backend: jsonschema-rs when it is installed (a
    dependency of schemathesis; ten times faster on large documents), else jsonschema.
    """
    schema = json.loads(_schema_path(version).read_text(encoding="utf-8"))
    try:
        import jsonschema_rs
    except ImportError:  # pragma: no cover - schemathesis brings it
        from jsonschema.validators import validator_for

        python_validator = validator_for(schema)(schema)

        def python_errors(data: Any) -> _SchemaErrors:
            for error in python_validator.iter_errors(data):
                yield str(error.message), list(error.absolute_path)

        return python_errors
    rust_validator = jsonschema_rs.validator_cls_for(schema)(schema)

    def rust_errors(data: Any) -> _SchemaErrors:
        for error in rust_validator.iter_errors(data):
            error = _deepest(error)
            yield str(error), list(error.instance_path)

    return rust_errors


def _deepest(error: Any) -> Any:
    """The error that says what is wrong: "not valid under any of the schemas listed in
    'oneOf'" at a schema names no place inside it; of the failed alternatives' errors,
    the one deepest in the document does (`.../properties/timecode/pattern`: 0 is not a
    string), followed down while it goes deeper."""
    while True:
        branches = getattr(error.kind, "context", None) or []
        errors = [sub for branch in branches for sub in branch]
        if not errors:
            return error
        deepest = max(errors, key=lambda sub: len(sub.instance_path))
        if len(deepest.instance_path) <= len(error.instance_path):
            return error
        error = deepest


def _schema_path(version: str) -> Path:
    """openapi-spec-validator's copy of the OpenAPI `version` JSON Schema, found unimported."""
    spec = importlib.util.find_spec("openapi_spec_validator")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("openapi-spec-validator is not installed")
    package = Path(next(iter(spec.submodule_search_locations)))
    return package / "resources" / "schemas" / f"v{version}" / "schema.json"


def _short_message(message: str) -> str:
    first = message.strip().splitlines()[0] if message.strip() else "invalid"
    if len(first) > _MESSAGE_LIMIT and " is not " in first:
        first = "the value" + first[first.index(" is not ") :]
    if len(first) > _MESSAGE_LIMIT:
        first = first[: _MESSAGE_LIMIT - 3] + "..."
    return first


def iter_refs(node: Any, pointer: str = "") -> Iterator[tuple[str, str]]:
    """(pointer of the object holding `$ref`, the reference) for every `$ref` in `node`."""
    for holder, here in located_objects(node, pointer):
        if isinstance(ref := holder.get("$ref"), str):
            yield here, ref


def _reference_problems(doc: Document) -> Iterator[Problem]:
    """Unresolved, external and circular `$ref`s. External ones (a URL, or a file path
    such as `other.yaml#/A` or `/etc/passwd`) are reported as they are written: no file
    named in a document is ever opened or looked at."""
    seen: list[tuple[str, str]] = sorted(iter_refs(doc.data))
    local: dict[str, str] = {}
    for holder, ref in seen:
        where = f"{holder}/$ref"
        target, _, fragment = ref.partition("#")
        if target:
            kind = "a URL" if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", target) else "a file"
            if _in_data(holder):  # an example or extension value: data, never followed
                yield doc.problem(
                    f"external reference {ref!r} (to {kind}) in an example or extension "
                    "is not followed",
                    where,
                    severity=Severity.WARNING,
                    rule="external-ref",
                )
                continue
            yield doc.problem(
                f"external reference {ref!r} (to {kind}) is not supported: specbind reads "
                "one self-contained document; bundle the references into it first",
                where,
                rule="external-ref",
            )
            continue
        try:
            resolve_pointer(doc.data, f"#{fragment}")
        except ValueError:
            yield doc.problem(f"malformed $ref {ref!r}", where, rule="unresolved-ref")
        except KeyError as missing:
            yield doc.problem(
                f"unresolved $ref {ref!r}: {missing.args[0]!r} does not exist",
                where,
                rule="unresolved-ref",
            )
        else:
            local[holder] = fragment
            if (wrong_kind := ref_kind_problem(doc, holder, ref)) is not None:
                yield wrong_kind
    yield from _circular_refs(doc, local)


def _in_data(pointer: str) -> bool:
    """Is `pointer` inside an example or an `x-` extension, where a `$ref` is only data?"""
    tokens = pointer.split("/")[1:]
    return any(
        (token in ("example", "examples") or token.startswith("x-"))
        and (index == 0 or tokens[index - 1] != "properties")  # a property's name
        for index, token in enumerate(tokens)
    )


def _circular_refs(doc: Document, local: dict[str, str]) -> Iterator[Problem]:
    """`$ref` chains that lead back to where they started (`A: {$ref: B}`, `B: {$ref: A}`):
    nothing is ever at their end. A schema that refers to itself from inside (a tree's
    `children`) is not one of them."""
    reported: set[str] = set()
    for start in local:
        chain = [start]
        here = local[start]
        while here in local and here not in chain and len(chain) <= len(local):
            chain.append(here)
            here = local[here]
        if here not in chain or here in reported:
            continue
        loop = chain[chain.index(here) :]
        reported.update(loop)
        yield doc.problem(
            f"circular $ref: {' -> '.join(f'#{p}' for p in [*loop, here])}; a $ref must "
            "lead to a value, not back to itself",
            f"{min(loop)}/$ref",
            rule="circular-ref",
        )


def iter_operations(data: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], str]]:
    """(path, method, operation, pointer) for every operation of the document."""
    paths = data.get("paths")
    if not isinstance(paths, dict):
        return
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield path, method, operation, join_pointer("paths", path, method)


def _parameters(
    data: dict[str, Any], params: Any, pointer: str
) -> Iterator[tuple[dict[str, Any], str]]:
    if not isinstance(params, list):
        return
    for index, raw in enumerate(params):
        param = deref(data, raw, on_missing="none")  # other checks report the ref
        if isinstance(param, dict):
            yield param, f"{pointer}/{index}"


def _operation_problems(doc: Document) -> Iterator[Problem]:
    data = doc.data
    operation_ids: dict[str, str] = {}
    paths: dict[str, Any] = data["paths"] if isinstance(data.get("paths"), dict) else {}
    for path, method, operation, pointer in iter_operations(data):
        op_id = operation.get("operationId")
        if isinstance(op_id, str):
            if op_id in operation_ids:
                first = operation_ids[op_id]
                yield doc.problem(
                    f"duplicate operationId {op_id!r}: also used at {first} (line "
                    f"{doc.line(first)})",
                    f"{pointer}/operationId",
                    rule="duplicate-operation-id",
                )
            else:
                operation_ids[op_id] = f"{pointer}/operationId"
        elif op_id is None:
            yield doc.problem(
                f"{method.upper()} {path} has no operationId; a name will be derived from "
                "its method and path",
                pointer,
                severity=Severity.WARNING,
                rule="missing-operation-id",
            )

        declared: dict[str, tuple[dict[str, Any], str]] = {}
        item_pointer = join_pointer("paths", path)
        for param, where in _parameters(
            data, paths[path].get("parameters"), f"{item_pointer}/parameters"
        ):
            if param.get("in") == "path":
                declared[str(param.get("name"))] = (param, where)
        for param, where in _parameters(data, operation.get("parameters"), f"{pointer}/parameters"):
            if param.get("in") == "path":
                declared[str(param.get("name"))] = (param, where)

        template = _TEMPLATE.findall(path.split("?", 1)[0])  # a query string: query_paths
        for name in template:
            if name not in declared:
                yield doc.problem(
                    f"path template {path!r} uses {{{name}}} but {method.upper()} declares no "
                    f"path parameter {name!r}; generated code uses the template's names",
                    pointer,
                    severity=Severity.WARNING,
                    rule="undeclared-path-parameter",
                )
        for name, (param, where) in declared.items():
            if name not in template:
                yield doc.problem(
                    f"path parameter {name!r} is declared but {path!r} has no {{{name}}}; "
                    "generated code uses the template's names (it takes an undeclared one, "
                    "or is left out)",
                    where,
                    severity=Severity.WARNING,
                    rule="unused-path-parameter",
                )
            if param.get("required") is not True:
                yield doc.problem(
                    f"path parameter {name!r} must be declared with required: true; "
                    "generated code requires it",
                    where,
                    severity=Severity.WARNING,
                    rule="path-parameter-not-required",
                )
