"""Reconstruct the API's OpenAPI document from the vendor's openapi-generator Python SDK.

Usage: python scripts/reconstruct_from_sdk.py VERSION [--project DIR] [--from-file PATH]
       [--force]

Downloads `iblai==VERSION` with `pip download --no-deps` (or reads the wheel/sdist given
with --from-file), reads its source with `ast` (never installs or imports it), writes an
OpenAPI 3.0.3 document (JSON) and stores it like `specbind fetch` does: under
spec/<api>/<VERSION>-ai-plus/openapi.json with a manifest entry (method `reconstructed`,
the package, version and sha256 of the archive) and NOTES.md beside it. What the SDK
loses and how each thing is recovered is listed in NOTES (see `NOTES_TEMPLATE`).
Exit 0 stored, 2 bad input (spec/ untouched).
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sdk_archive import PACKAGE, SdkError, SdkSource, obtain

from specbind.config import load_config
from specbind.errors import SpecbindError
from specbind.openapi.document import load_document, parse_document
from specbind.openapi.store import SpecStore, sha256
from specbind.openapi.validate import validate_document

VERSION_SUFFIX = "-ai-plus"
REF = "#/components/schemas/"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# drf-spectacular's ChoiceField description: "help text\n\n* `value` - Label\n* ..."; the SDK
# joins the lines with spaces, so the list is the tail of items "* `v` - label".
ENUM_ITEM = re.compile(r"(?:^|\s)\* `((?:[^`]|``)*)` - ")
# drf-spectacular's DecimalField (COERCE_DECIMAL_TO_STRING) pattern.
DECIMAL_PATTERN = re.compile(r"^\^-\?\\d\{0,\d+\}(?:\(\?:\\\.\\d\{0,\d+\}\)\?)?\$$")
SCALARS: dict[str, dict[str, Any]] = {
    "StrictStr": {"type": "string"},
    "str": {"type": "string"},
    "StrictInt": {"type": "integer"},
    "int": {"type": "integer"},
    "StrictBool": {"type": "boolean"},
    "bool": {"type": "boolean"},
    "StrictFloat": {"type": "number"},
    "float": {"type": "number"},
    "Decimal": {"type": "number"},
    "datetime": {"type": "string", "format": "date-time"},
    "date": {"type": "string", "format": "date"},
    "UUID": {"type": "string", "format": "uuid"},
    "bytearray": {"type": "string", "format": "binary"},
    "bytes": {"type": "string", "format": "binary"},
    "StrictBytes": {"type": "string", "format": "binary"},
    "Any": {},
    "object": {},
}
FIELD_CONSTRAINTS = {
    "ge": "minimum",
    "le": "maximum",
    "gt": "minimum",
    "lt": "maximum",
    "multiple_of": "multipleOf",
    "pattern": "pattern",
}


class ReconstructionError(Exception):
    """The SDK's source has a shape this reader does not know: names file and place."""


# -- reading annotations -----------------------------------------------------------------


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return ast.unparse(node)


def _args(node: ast.Subscript) -> list[ast.expr]:
    return list(node.slice.elts) if isinstance(node.slice, ast.Tuple) else [node.slice]


def _field_kwargs(node: ast.expr) -> dict[str, Any] | None:
    """`Field(a=1, ...)` as a dict of literal values, else None."""
    if isinstance(node, ast.Call) and _name(node.func) == "Field":
        out: dict[str, Any] = {}
        for kw in node.keywords:
            if kw.arg is not None:
                out[kw.arg] = ast.literal_eval(kw.value)
        if node.args:
            out["default"] = ast.literal_eval(node.args[0])
        return out
    return None


@dataclass
class Typed:
    """A schema read from an annotation, with what the annotation says besides the type."""

    schema: dict[str, Any]
    optional: bool = False  # Optional[...]: None accepted
    description: str | None = None


def _constrain(schema: dict[str, Any], kwargs: dict[str, Any]) -> None:
    target = schema
    if "allOf" in schema or "$ref" in schema:
        return
    is_array = target.get("type") == "array"
    for key, value in kwargs.items():
        if key in ("min_length", "max_length"):
            prefix = "Items" if is_array else "Length"
            target[("min" if key == "min_length" else "max") + prefix] = value
        elif key in FIELD_CONSTRAINTS:
            target[FIELD_CONSTRAINTS[key]] = value
            if key in ("gt", "lt"):
                target["exclusiveMinimum" if key == "gt" else "exclusiveMaximum"] = True


def read_type(node: ast.expr, where: str) -> Typed:
    """An SDK annotation as a JSON schema (openapi-generator's mapping, read backwards)."""
    if isinstance(node, ast.Constant) and node.value is None:
        return Typed({}, optional=True)
    if isinstance(node, ast.Name | ast.Attribute | ast.Constant):
        name = _name(node)
        if name in SCALARS:
            return Typed(dict(SCALARS[name]))
        if re.fullmatch(r"[A-Z][A-Za-z0-9_]*", name):
            return Typed({"$ref": REF + name})
        raise ReconstructionError(f"{where}: unknown type {name!r}")
    if not isinstance(node, ast.Subscript):
        raise ReconstructionError(f"{where}: unknown annotation {ast.unparse(node)!r}")
    head = _name(node.value)
    args = _args(node)
    if head == "Optional":
        inner = read_type(args[0], where)
        inner.optional = True
        return inner
    if head == "Annotated":
        inner = read_type(args[0], where)
        for extra in args[1:]:
            kwargs = _field_kwargs(extra)
            if kwargs is None:
                continue
            if "description" in kwargs:
                inner.description = kwargs.pop("description")
            kwargs.pop("strict", None)
            kwargs.pop("default", None)
            _constrain(inner.schema, kwargs)
        return inner
    if head in ("List", "Set", "list", "set"):
        items = read_type(args[0], where)
        schema: dict[str, Any] = {"type": "array", "items": _nullable(items)}
        if head.lower() == "set":
            schema["uniqueItems"] = True
        return Typed(schema)
    if head in ("Dict", "dict"):
        values = read_type(args[1], where)
        return Typed({"type": "object", "additionalProperties": _nullable(values)})
    if head == "Union":
        members = [read_type(a, where) for a in args]
        optional = any(m.optional for m in members)
        kinds = [m.schema for m in members if m.schema or not m.optional]
        types = {k.get("type") for k in kinds}
        if types == {"number", "integer"}:
            merged: dict[str, Any] = {"type": "number"}
            for k in kinds:
                merged.update({x: v for x, v in k.items() if x != "type"})
            return Typed(merged, optional=optional)
        if any(k.get("format") == "binary" for k in kinds):
            # Union[StrictBytes, StrictStr, Tuple[StrictStr, StrictBytes]]: a file
            return Typed({"type": "string", "format": "binary"}, optional=optional)
        return Typed({"oneOf": kinds}, optional=optional)
    if head == "Tuple":
        return Typed({"type": "string", "format": "binary"})
    if head == "Literal":
        return Typed({"type": "string", "enum": [ast.literal_eval(a) for a in args]})
    raise ReconstructionError(f"{where}: unknown annotation {ast.unparse(node)!r}")


def _nullable(typed: Typed) -> dict[str, Any]:
    schema = dict(typed.schema)
    if typed.optional and schema:
        return _with(schema, nullable=True)
    return schema


def _with(schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """Siblings of a $ref go beside an allOf (drf-spectacular's shape for readOnly refs)."""
    extra = {k: v for k, v in extra.items() if v is not None and v is not False}
    if not extra:
        return schema
    if "$ref" in schema:
        return {"allOf": [schema], **extra}
    return {**schema, **extra}


def split_enum(description: str | None) -> tuple[str | None, list[str]]:
    """drf-spectacular's "text * `a` - A * `b` - B" -> ("text", ["a", "b"])."""
    if not description:
        return description, []
    matches = list(ENUM_ITEM.finditer(description))
    if not matches:
        return description, []
    values = [m.group(1) for m in matches]
    return description, values


def _enum_typed(values: list[str], schema: dict[str, Any]) -> list[Any]:
    kind = schema.get("type")
    if kind == "integer":
        return [int(v) for v in values if re.fullmatch(r"-?\d+", v)]
    if kind == "number":
        return [float(v) for v in values]
    if kind == "boolean":
        return [v == "true" for v in values]
    return values


# -- models ------------------------------------------------------------------------------


def _class(tree: ast.Module, path: str) -> ast.ClassDef:
    classes = [n for n in tree.body if isinstance(n, ast.ClassDef)]
    if len(classes) != 1:
        raise ReconstructionError(f"{path}: expected one class, found {len(classes)}")
    return classes[0]


def _model_description(cls: ast.ClassDef) -> str | None:
    doc = ast.get_docstring(cls)
    if doc is None or doc.strip() == cls.name:
        return None
    return " ".join(doc.split("\n")).strip() or None


def _method(cls: ast.ClassDef, name: str) -> ast.FunctionDef | None:
    return next((n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name == name), None)


def _read_only(cls: ast.ClassDef) -> set[str]:
    to_dict = _method(cls, "to_dict")
    out: set[str] = set()
    if to_dict is None:
        return out
    for node in ast.walk(to_dict):
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id == "excluded_fields"
            and isinstance(node.value, ast.Call)
            and node.value.args
        ):
            out |= set(ast.literal_eval(node.value.args[0]))
    return out


def _nullable_wire_names(cls: ast.ClassDef) -> set[str]:
    """`if self.x is None and "x" in self.model_fields_set: _dict['wire'] = None`."""
    to_dict = _method(cls, "to_dict")
    out: set[str] = set()
    if to_dict is None:
        return out
    for node in ast.walk(to_dict):
        if (
            isinstance(node, ast.If)
            and "model_fields_set" in ast.unparse(node.test)
            and len(node.body) == 1
            and isinstance(node.body[0], ast.Assign)
        ):
            target = node.body[0].targets[0]
            if isinstance(target, ast.Subscript) and isinstance(target.slice, ast.Constant):
                out.add(str(target.slice.value))
    return out


def _validators(cls: ast.ClassDef) -> dict[str, dict[str, Any]]:
    """field_validator bodies: enum sets and regular expressions, by Python field name."""
    out: dict[str, dict[str, Any]] = {}
    for node in cls.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        for deco in node.decorator_list:
            if not (isinstance(deco, ast.Call) and _name(deco.func) == "field_validator"):
                continue
            name = ast.literal_eval(deco.args[0])
            info = out.setdefault(name, {})
            info["each"] = any(isinstance(n, ast.For) for n in ast.walk(node))
            for call in ast.walk(node):
                if not isinstance(call, ast.Call):
                    continue
                func = ast.unparse(call.func)
                if func == "set" and call.args and isinstance(call.args[0], ast.List):
                    info["enum"] = ast.literal_eval(call.args[0])
                elif func == "re.match" and call.args:
                    info["pattern"] = ast.literal_eval(call.args[0])
    return out


def read_model(path: str, text: str) -> tuple[str, dict[str, Any]]:
    tree = ast.parse(text, filename=path)
    cls = _class(tree, path)
    bases = [_name(b) for b in cls.bases]
    description = _model_description(cls)
    if "Enum" in bases:
        values = [
            ast.literal_eval(n.value)
            for n in cls.body
            if isinstance(n, ast.Assign) and isinstance(n.value, ast.Constant)
        ]
        if "int" in bases:
            schema: dict[str, Any] = {"type": "integer", "enum": values}
        elif "str" in bases:
            schema = {"type": "string", "enum": values}
        elif not values:
            schema = {"enum": [None]}  # drf-spectacular's NullEnum
        else:
            schema = {"enum": values}
        if description:
            schema["description"] = description
        return cls.name, schema
    if any(isinstance(n, ast.AnnAssign) and _name(n.target) == "one_of_schemas" for n in cls.body):
        return cls.name, _read_union_model(cls, path, "oneOf", description)
    if any(isinstance(n, ast.AnnAssign) and _name(n.target) == "any_of_schemas" for n in cls.body):
        return cls.name, _read_union_model(cls, path, "anyOf", description)
    return cls.name, _read_object_model(cls, path, description)


def _read_union_model(
    cls: ast.ClassDef, path: str, keyword: str, description: str | None
) -> dict[str, Any]:
    members: list[dict[str, Any]] = []
    for node in cls.body:
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and re.fullmatch(r"(oneof|anyof)_schema_\d+_validator", node.target.id)
        ):
            members.append(read_type(node.annotation, f"{path}:{node.target.id}").schema)
    schema: dict[str, Any] = {keyword: members}
    if description:
        schema["description"] = description
    return schema


def _read_object_model(cls: ast.ClassDef, path: str, description: str | None) -> dict[str, Any]:
    read_only = _read_only(cls)
    nullable = _nullable_wire_names(cls)
    validators = _validators(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    additional = False
    for node in cls.body:
        if not isinstance(node, ast.AnnAssign) or not isinstance(node.target, ast.Name):
            continue
        py_name = node.target.id
        if py_name.startswith("__") or _name(node.annotation).startswith("ClassVar"):
            continue
        if ast.unparse(node.annotation).startswith("ClassVar"):
            continue
        if py_name == "additional_properties":
            additional = True
            continue
        where = f"{path}:{cls.name}.{py_name}"
        typed = read_type(node.annotation, where)
        kwargs = _field_kwargs(node.value) if node.value is not None else None
        has_default = node.value is not None and (kwargs is None or "default" in kwargs)
        default: Any = None
        if kwargs is not None:
            default = kwargs.get("default")
            description_kw = kwargs.get("description")
            if description_kw is not None:
                typed.description = description_kw
            _constrain(typed.schema, {k: v for k, v in kwargs.items() if k in FIELD_CONSTRAINTS})
        elif node.value is not None:
            default = ast.literal_eval(node.value)
        wire = kwargs.get("alias", py_name) if kwargs else py_name
        schema = dict(typed.schema)
        check = validators.get(py_name, {})
        target = schema["items"] if check.get("each") and "items" in schema else schema
        if "enum" in check:
            target["enum"] = check["enum"]
        if "pattern" in check:
            target["pattern"] = check["pattern"]
            if DECIMAL_PATTERN.match(check["pattern"]) and target.get("type") == "string":
                target["format"] = "decimal"
        schema = _with(
            schema,
            readOnly=wire in read_only,
            nullable=wire in nullable,
            description=typed.description,
        )
        if default is not None:
            schema["default"] = default
        properties[wire] = schema
        if not has_default:
            required.append(wire)
    out: dict[str, Any] = {"type": "object"}
    if description:
        out["description"] = description
    out["properties"] = properties
    if additional:
        out["additionalProperties"] = {}
    if required:
        out["required"] = sorted(required)
    return out


# -- operations --------------------------------------------------------------------------


@dataclass
class Operation:
    method: str
    path: str
    operation_id: str
    tags: list[str]
    body: dict[str, Any] = field(default_factory=dict)


def _call_kwargs(node: ast.Call) -> dict[str, ast.expr]:
    return {kw.arg: kw.value for kw in node.keywords if kw.arg is not None}


def _string_list(node: ast.expr) -> list[str]:
    return [str(ast.literal_eval(e)) for e in node.elts] if isinstance(node, ast.List) else []


@dataclass
class Wire:
    """Where the serializer puts one Python argument."""

    location: str  # path, query, header, cookie, form, body
    name: str


def _serializer_facts(fn: ast.FunctionDef) -> dict[str, Any]:
    facts: dict[str, Any] = {"wires": {}, "accept": [], "content": [], "auth": []}
    wires: dict[str, Wire] = facts["wires"]
    for node in ast.walk(fn):
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Subscript):
            target = node.targets[0]
            container = _name(target.value)
            key = target.slice
            if isinstance(key, ast.Constant) and isinstance(node.value, ast.Name):
                location = {
                    "_path_params": "path",
                    "_header_params": "header",
                    "_files": "form",
                    "_cookie_params": "cookie",
                }.get(container)
                if location:
                    wires[node.value.id] = Wire(location, str(key.value))
        elif isinstance(node, ast.Assign) and _name(node.targets[0]) == "_body_params":
            if isinstance(node.value, ast.Name):
                wires[node.value.id] = Wire("body", "")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = _name(node.func.value)
            if node.func.attr == "append" and owner in ("_query_params", "_form_params"):
                arg = node.args[0]
                if isinstance(arg, ast.Tuple) and isinstance(arg.elts[0], ast.Constant):
                    value = arg.elts[1]
                    names = [n.id for n in ast.walk(value) if isinstance(n, ast.Name)]
                    python = next((n for n in names if n != "self"), None)
                    if python is not None and python not in wires:
                        location = "query" if owner == "_query_params" else "form"
                        wires[python] = Wire(location, str(arg.elts[0].value))
            elif node.func.attr == "select_header_accept" and node.args:
                facts["accept"] = _string_list(node.args[0])
            elif node.func.attr == "select_header_content_type" and node.args:
                facts["content"] = _string_list(node.args[0])
            elif node.func.attr == "param_serialize":
                kwargs = _call_kwargs(node)
                facts["method"] = str(ast.literal_eval(kwargs["method"])).lower()
                facts["path"] = str(ast.literal_eval(kwargs["resource_path"]))
        elif isinstance(node, ast.AnnAssign) and _name(node.target) == "_auth_settings":
            facts["auth"] = _string_list(node.value) if node.value is not None else []
    return facts


def _response_map(fn: ast.FunctionDef) -> dict[str, str | None]:
    for node in ast.walk(fn):
        if (
            isinstance(node, ast.AnnAssign)
            and _name(node.target) == "_response_types_map"
            and node.value is not None
        ):
            return dict(ast.literal_eval(node.value))
    raise ReconstructionError(f"{fn.name}: no _response_types_map")


def _docstring_parts(fn: ast.FunctionDef) -> tuple[str | None, str | None]:
    """openapi-generator writes `summary or operationId`, a blank line, then the notes."""
    doc = ast.get_docstring(fn) or ""
    head, _, rest = doc.partition("\n")
    summary = None if head.strip() == fn.name else head.strip() or None
    notes = rest.split(":param ")[0].split(":return:")[0].strip()
    return summary, (notes or None)


def response_schema(type_name: str, where: str) -> dict[str, Any]:
    """`_response_types_map` values: "Model", "List[Model]", "Dict[str, object]", "int"..."""
    node = ast.parse(type_name, mode="eval").body
    return _nullable(read_type(node, where))


def _parameter_schema(typed: Typed) -> tuple[dict[str, Any], str | None]:
    schema = dict(typed.schema)
    description, values = split_enum(typed.description)
    if values:
        target = schema["items"] if schema.get("type") == "array" else schema
        target["enum"] = _enum_typed(values, target)
    return schema, description


def read_api_module(path: str, text: str) -> list[tuple[Operation, dict[str, Any]]]:
    tree = ast.parse(text, filename=path)
    cls = _class(tree, path)
    tag_class = cls.name
    functions = {n.name: n for n in cls.body if isinstance(n, ast.FunctionDef)}
    out: list[tuple[Operation, dict[str, Any]]] = []
    for name, fn in functions.items():
        serializer = functions.get(f"_{name}_serialize")
        if name.startswith("_") or serializer is None:
            continue
        where = f"{path}:{tag_class}.{name}"
        facts = _serializer_facts(serializer)
        summary, notes = _docstring_parts(fn)
        operation: dict[str, Any] = {"operationId": name}
        if summary:
            operation["summary"] = summary
        if notes:
            operation["description"] = notes
        parameters: list[dict[str, Any]] = []
        form: dict[str, Any] = {}
        form_required: list[str] = []
        body: dict[str, Any] | None = None
        arguments = fn.args.args[1:]
        defaults = [None] * (len(arguments) - len(fn.args.defaults)) + list(fn.args.defaults)
        for arg, default in zip(arguments, defaults, strict=True):
            if arg.arg.startswith("_"):
                continue
            wire = facts["wires"].get(arg.arg)
            if wire is None:
                raise ReconstructionError(f"{where}: argument {arg.arg!r} is never sent")
            if arg.annotation is None:
                raise ReconstructionError(f"{where}: argument {arg.arg!r} has no type")
            typed = read_type(arg.annotation, f"{where}({arg.arg})")
            required = default is None
            if wire.location == "body":
                body = {"schema": typed.schema, "required": required}
                if typed.description:
                    body["description"] = typed.description
            elif wire.location == "form":
                schema, description = _parameter_schema(typed)
                form[wire.name] = _with(schema, description=description)
                if required:
                    form_required.append(wire.name)
            else:
                schema, description = _parameter_schema(typed)
                parameter: dict[str, Any] = {"in": wire.location, "name": wire.name}
                parameter["schema"] = schema
                if description:
                    parameter["description"] = description
                if required or wire.location == "path":
                    parameter["required"] = True
                parameters.append(parameter)
        if parameters:
            operation["parameters"] = parameters
        operation["tags"] = []
        content_types = facts["content"]
        if form:
            body_schema: dict[str, Any] = {"type": "object", "properties": form}
            if form_required:
                body_schema["required"] = form_required
            body = {"schema": body_schema, "required": bool(form_required)}
        if body is not None:
            request: dict[str, Any] = {
                "content": {ct: {"schema": body["schema"]} for ct in content_types}
            }
            if body.get("description"):
                request["description"] = body["description"]
            if body["required"]:
                request["required"] = True
            operation["requestBody"] = request
        elif content_types:
            # a form body whose schema has no writable property: openapi-generator keeps
            # the content types and no argument; the schema's name and shape are lost
            operation["requestBody"] = {
                "content": {ct: {"schema": {"type": "object"}} for ct in content_types}
            }
        operation["security"] = [{scheme: []} for scheme in facts["auth"]]
        responses: dict[str, Any] = {}
        for status, type_name in _response_map(fn).items():
            response: dict[str, Any] = {"description": ""}
            if type_name is not None:
                schema = response_schema(type_name, f"{where} response {status}")
                response["content"] = {ct: {"schema": schema} for ct in facts["accept"]}
            responses[status] = response
        operation["responses"] = responses
        if "DeprecationWarning" in ast.unparse(fn):
            operation["deprecated"] = True
        out.append(
            (Operation(facts["method"], facts["path"], name, [tag_class], operation), operation)
        )
    return out


# -- the document ------------------------------------------------------------------------


def _camel(snake: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[_\W]+", snake) if part)


def _tag_spelling(api_class: str, paths: list[str]) -> str:
    """The API class is the camel-cased tag; its spelling is taken from the paths' segments.

    openapi-generator capitalises each word and keeps the other letters as they are, so
    a word in capitals inside the class name (`FallbackLLMApi`) was in capitals in the tag.
    """
    stem = re.sub(r"Api$", "", api_class)
    wanted = stem.lower()
    counts: dict[str, int] = {}
    for path in paths:
        for segment in path.strip("/").split("/"):
            if re.sub(r"[^a-z0-9]", "", segment.lower()) == wanted:
                counts[segment] = counts.get(segment, 0) + 1
    if not counts:
        return re.sub(r"(?<!^)(?=[A-Z])", "-", stem).lower()
    segment = max(sorted(counts), key=lambda s: counts[s])
    letters = iter(c for c in stem)
    spelled = []
    for word in re.split(r"([^A-Za-z0-9]+)", segment):
        if not word or not word[0].isalnum():
            spelled.append(word)
            continue
        original = "".join(next(letters) for _ in word)
        keep_case = len(original) > 1 and original[1:].isupper()
        spelled.append(original.upper() if keep_case else word)
    return "".join(spelled)


def _info(source: SdkSource) -> dict[str, Any]:
    text = source.files.get("configuration.py", "")
    doc = ast.get_docstring(ast.parse(text)) or ""
    lines = [ln.strip() for ln in doc.splitlines()]
    title = lines[0] if lines else source.package
    version_line = next((ln for ln in lines if ln.startswith("The version of the OpenAPI")), "")
    version = version_line.split(":", 1)[1].strip() if ":" in version_line else source.version
    description_lines = []
    for ln in lines[1:]:
        if ln.startswith(("The version of the OpenAPI", "Contact:")):
            break
        description_lines.append(ln)
    info: dict[str, Any] = {"title": title, "version": version}
    description = " ".join(x for x in description_lines if x).strip()
    if description:
        info["description"] = description
    return info


def _servers(source: SdkSource) -> list[dict[str, Any]]:
    tree = ast.parse(source.files.get("configuration.py", ""))
    servers: list[dict[str, Any]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == "get_host_settings":
            for ret in ast.walk(node):
                if isinstance(ret, ast.Return) and isinstance(ret.value, ast.List):
                    for item in ast.literal_eval(ret.value):
                        server = {"url": item["url"]}
                        if item.get("description") not in (None, "No description provided"):
                            server["description"] = item["description"]
                        servers.append(server)
    return servers


def _security_schemes(source: SdkSource) -> dict[str, Any]:
    tree = ast.parse(source.files.get("configuration.py", ""))
    schemes: dict[str, Any] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == "auth_settings":
            for assign in ast.walk(node):
                if not (
                    isinstance(assign, ast.Assign)
                    and isinstance(assign.targets[0], ast.Subscript)
                    and isinstance(assign.value, ast.Dict)
                ):
                    continue
                name = str(ast.literal_eval(assign.targets[0].slice))
                values = {
                    str(ast.literal_eval(k)): v
                    for k, v in zip(assign.value.keys, assign.value.values, strict=True)
                    if k is not None
                }
                kind = ast.literal_eval(values["type"])
                if kind == "api_key":
                    schemes[name] = {
                        "type": "apiKey",
                        "in": ast.literal_eval(values["in"]),
                        "name": ast.literal_eval(values["key"]),
                    }
                elif kind == "basic":
                    schemes[name] = {"type": "http", "scheme": "basic"}
                elif kind == "bearer":
                    schemes[name] = {"type": "http", "scheme": "bearer"}
                    if "format" in values:
                        schemes[name]["bearerFormat"] = ast.literal_eval(values["format"])
                else:
                    schemes[name] = {"type": "oauth2", "flows": {}}
    return schemes


@dataclass
class Reconstruction:
    document: dict[str, Any]
    notes: list[str]  # per-document findings for NOTES.md
    inlined: list[str]


def _refs(value: Any) -> list[str]:
    found: list[str] = []
    if isinstance(value, dict):
        ref = value.get("$ref")
        if isinstance(ref, str):
            found.append(ref[len(REF) :])
        for child in value.values():
            found.extend(_refs(child))
    elif isinstance(value, list):
        for child in value:
            found.extend(_refs(child))
    return found


def reconstruct(source: SdkSource) -> Reconstruction:
    schemas: dict[str, Any] = {}
    for module in source.model_modules():
        name, schema = read_model(module, source.files[module])
        schemas[name] = schema
    by_key: dict[tuple[str, str], tuple[Operation, dict[str, Any]]] = {}
    class_paths: dict[str, list[str]] = {}
    duplicates = 0
    for module in source.api_modules():
        for operation, body in read_api_module(module, source.files[module]):
            key = (operation.path, operation.method)
            class_paths.setdefault(operation.tags[0], []).append(operation.path)
            if key in by_key:
                duplicates += 1
                known, _known_body = by_key[key]
                if known.operation_id != operation.operation_id:
                    raise ReconstructionError(
                        f"{module}: {operation.method.upper()} {operation.path} is "
                        f"{operation.operation_id} here and {known.operation_id} elsewhere"
                    )
                known.tags.extend(operation.tags)
                continue
            by_key[key] = (operation, body)
    tag_names = {cls: _tag_spelling(cls, paths) for cls, paths in class_paths.items()}
    renamed = _collision_suffixes([op for op, _ in by_key.values()])
    for operation, body in by_key.values():
        body["operationId"] = operation.operation_id = renamed.get(
            operation.operation_id, operation.operation_id
        )
    paths: dict[str, dict[str, Any]] = {}
    for path, method in sorted(by_key, key=lambda k: (k[0], HTTP_METHODS.index(k[1]))):
        operation, body = by_key[(path, method)]
        body["tags"] = [tag_names[t] for t in operation.tags]
        paths.setdefault(path, {})[method] = body
    # openapi-generator names inline schemas after the operation ("{opId}_request",
    # "{opId}_{status}_response") and reuses the first name for identical inline schemas
    # elsewhere: each was inline in the document, so every use gets the schema back.
    patterns: set[str] = set()
    for path_item in paths.values():
        for operation_body in path_item.values():
            camel = _camel(operation_body["operationId"])
            patterns.add(camel + "Request")
            patterns.update(f"{camel}{status}Response" for status in operation_body["responses"])
    from_components = set(_refs(schemas))
    inlined = sorted(n for n in patterns & set(schemas) if n not in from_components)
    paths = _replace_refs(paths, {name: schemas[name] for name in inlined})
    for name in inlined:
        del schemas[name]
    # the same for a property's inline map values or array items ("{Model}_{prop}_value",
    # "{Model}_{prop}_inner", reused for identical ones) that no path refers to
    in_properties = sorted(_property_inline_names(schemas) - set(_refs(paths)))
    inline_map = {name: schemas.pop(name) for name in in_properties}
    schemas = _replace_refs(schemas, inline_map)
    inlined = sorted([*inlined, *in_properties])
    document: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": _info(source),
        "paths": paths,
        "components": {
            "schemas": dict(sorted(schemas.items())),
            "securitySchemes": _security_schemes(source),
        },
        "servers": _servers(source),
        "tags": [{"name": t} for t in sorted(set(tag_names.values()))],
    }
    if not document["servers"]:
        del document["servers"]
    notes = [
        f"{len(by_key)} operations from {sum(len(v) for v in class_paths.values())} SDK "
        f"methods ({duplicates} listed under a second tag's class as well)",
        f"{len(schemas)} schemas from {len(source.model_modules())} model modules "
        f"({len(inlined)} inline schemas put back: {', '.join(inlined)})",
        f"{len(renamed)} operationIds got drf-spectacular's collision suffix back: "
        + ", ".join(f"`{old}` -> `{new}`" for old, new in sorted(renamed.items())),
    ]
    return Reconstruction(document, notes, inlined)


def _collision_suffixes(operations: list[Operation]) -> dict[str, str]:
    """drf-spectacular resolves colliding operationIds with suffixes `_2`, `_3`...;
    openapi-generator's snake-casing turns `x_retrieve_2` into `x_retrieve2`. A method name
    ending in a number >= 2 whose stem is another operation's id gets its `_` back."""
    names = {op.operation_id for op in operations}
    out: dict[str, str] = {}
    for name in names:
        match = re.fullmatch(r"(.*[a-z])(\d+)", name)
        if match and int(match.group(2)) >= 2 and match.group(1) in names:
            out[name] = f"{match.group(1)}_{match.group(2)}"
    return out


def _property_inline_names(schemas: dict[str, Any]) -> set[str]:
    found: set[str] = set()
    for owner, schema in schemas.items():
        for prop, value in (schema.get("properties") or {}).items():
            for key, suffix in (("additionalProperties", "Value"), ("items", "Inner")):
                name = owner + _camel(prop) + suffix
                if value.get(key) == {"$ref": REF + name} and name != owner:
                    found.add(name)
    return found


def _replace_refs(value: Any, inline: dict[str, Any]) -> Any:
    if isinstance(value, dict):
        ref = value.get("$ref")
        if isinstance(ref, str) and ref[len(REF) :] in inline and len(value) == 1:
            return json.loads(json.dumps(inline[ref[len(REF) :]]))
        return {k: _replace_refs(v, inline) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace_refs(v, inline) for v in value]
    return value


# -- storing -----------------------------------------------------------------------------


def store_reconstruction(
    project: Path, source: SdkSource, result: Reconstruction, *, force: bool = False
) -> Path:
    """Validate, then write document, NOTES.md and manifest entry together (or nothing)."""
    config = load_config(project)
    store = SpecStore(config)
    raw = (json.dumps(result.document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    doc = parse_document(raw, f"{PACKAGE}=={source.version}", "json")
    errors = [str(p) for p in validate_document(doc) if p.severity.value == "error"]
    if errors:
        raise SdkError(
            f"{PACKAGE}=={source.version}: the reconstruction is not a valid document "
            f"({len(errors)} errors; first: {errors[0]})"
        )
    version = str(result.document["info"]["version"])
    notes_text = render_notes(source, result, _seeds(store, version))
    source_text = (
        f"pypi:{PACKAGE}=={source.version} ({source.archive_name}, "
        f"sha256 {source.sha256}), read by scripts/reconstruct_from_sdk.py"
    )
    known = store.entry(version)
    if known is not None and known.source == source_text and known.sha256 == sha256(raw):
        obtained = known.obtained  # the same archive read the same way: nothing new
    else:
        obtained = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    path, _entry = store.store(
        version,
        raw,
        "openapi.json",
        source=source_text,
        obtained=obtained,
        method="reconstructed",
        beside={"NOTES.md": notes_text.encode("utf-8")},
        force=force,
    )
    return path


LOSSES = """\
## What the SDK loses (not guessed: absent or generic in this document)

- **Descriptions' newlines.** openapi-generator joins every description's lines with
  spaces (drf-spectacular's "text\\n\\n* `a` - A" becomes "text  * `a` - A"); the text
  is kept as the SDK has it. Operation summaries are kept; an operation whose summary
  equals its operationId has none.
- **writeOnly.** The SDK's models do not mark write-only fields; none is marked here (a
  write-only field reads as a plain, possibly required, property).
- **Examples** (request and response examples, `example` on schemas): none survive.
- **Response descriptions** ("Group deleted successfully"): every response has
  `description: ""` (drf-spectacular's own default).
- **Discriminators and allOf composition.** The generator flattens allOf into one model and
  drops discriminators; models here are the flattened objects. oneOf/anyOf survive only as
  a model with `actual_instance`; a property that was `oneOf: [XEnum, BlankEnum, NullEnum]`
  (a nullable choice field) reaches the SDK as a plain string, so its enum is lost there
  (the enum components themselves are kept, possibly unreferenced: listed below).
- **Most formats.** Only what the Python types carry survives: date, date-time, uuid,
  binary (and `decimal`, recovered below). uri, email, int32/int64, double, etc. are lost.
- **Parameter patterns** (path parameters' regexes): the SDK types them `str`; none is
  written. Model field patterns survive (field validators).
- **Tag spelling** and tag descriptions: an API class `AiMentorApi` stands for the tag; the
  spelling is recovered from the paths (see below), descriptions are lost.
- **Which operations have no auth.** drf-spectacular writes `security: [{Scheme: []}, {}]`
  for optional authentication; the SDK lists only the named schemes, so optional and
  required authentication look the same here. An operation whose SDK method has no auth
  settings gets `security: []`.
- **The security scheme's description** (e.g. the `Api-Token` prefix) and any bearer
  format.
- **Component names of form bodies.** A body whose first content type is multipart or
  urlencoded reaches the SDK as separate form arguments: the body here is an inline object
  of those fields (its component name, readOnly fields, nullability and descriptions of
  the properties beyond the argument's are lost).
- **Order of paths, methods, properties' required order**: paths are sorted, methods in
  HTTP order, `required` lists sorted; parameters keep the SDK serializer's order.
- **Operation ids that the generator changed**: openapi-generator snake-cases ids and
  renames ones that clash with Python keywords; drf-spectacular's generated ids are
  already snake_case, so the method name is taken as the operationId (but see the
  collision suffixes below). Ids set by hand in camelCase (the SCIM views' `retrieveGroup`
  style, if any) cannot be told from snake_case ones: they are written snake_case.
- **Free-form objects**: the generator types both `{type: object}` and `{type: object,
  additionalProperties: {}}` as `Dict[str, object]` (written here as the latter), and an
  untyped schema `{}` as `object` / `Any` (written as `{}`).
- **Defaults and constraints on body/response wrappers**, `deprecated` on parameters and
  schemas, `externalDocs`, `x-` extensions, and servers' trailing slashes.
"""

RULES = """\
## How each thing is recovered (all read with `ast`, nothing imported)

- **Operations**: each API class method with a `_<name>_serialize` twin. Method and path
  from `param_serialize(method=..., resource_path=...)`; operationId = the method name;
  summary = the docstring's first line unless it is the method name; description = the
  docstring text before `:param`. An operation listed in two API classes (two tags) is
  one operation with both tags.
- **operationId collision suffixes**: drf-spectacular resolves colliding ids with `_2`,
  `_3`...; the generator's snake-casing drops the underscore (`x_retrieve_2` ->
  `x_retrieve2`). A method name ending in a number >= 2 whose stem is itself an operation's
  id gets the underscore back.
- **Tags**: one per API class; the spelling is the path segment that equals the class name
  without `Api` when letters and digits are compared (`AiMentorApi` -> `ai-mentor`); a
  word in capitals inside the class name stays in capitals (`FallbackLLMApi` ->
  `fallback-LLM`), since the generator only capitalises words' first letters. Whether
  the first letters were capitals, and the separators, are a guess from the paths.
- **Parameters**: the serializer says where each argument goes (`_path_params[...]`,
  `_query_params.append((name, ...))`, `_header_params[...]`, `_form_params`, `_files`,
  `_body_params`) and under which wire name; the signature gives the type, Field(...)
  constraints and description; an argument without a default is required.
- **Enum parameters**: drf-spectacular lists a choice parameter's values in its
  description ("* `value` - label"); each listed value becomes an `enum` entry (typed as
  the parameter's type; for arrays on the items).
- **Request bodies**: the body argument's type; content types are the SDK's
  `select_header_content_type([...])` list, in order, each with the same schema;
  `required` when the argument has no default. Form arguments make an inline object.
- **Responses**: `_response_types_map`: status -> model (`None`: no body); the media types
  are the `select_header_accept([...])` list.
- **Inline schemas**: models named `<OperationId>Request` or `<OperationId><status>Response`
  (openapi-generator's names for inline schemas, reused for identical ones) are put back
  inline wherever they are used, unless a component refers to them. Likewise models named
  `<Model><Property>Value` / `<Model><Property>Inner` (the generator's names for a
  property's inline map values / array items) that no path refers to.
- **Models**: fields in order; wire name = `Field(alias=...)` or the field name; required =
  no default; readOnly = the `excluded_fields` of `to_dict`; nullable = the "set to None if
  ... (nullable)" branch of `to_dict`; defaults from `Field(default=...)` / `= value`;
  constraints from Field(...) and Annotated (max_length/min_length -> maxLength/minLength
  or maxItems/minItems, ge/le/gt/lt -> minimum/maximum (exclusive), multiple_of, pattern);
  enum values and patterns from `field_validator`s. A `$ref` with readOnly, nullable or a
  description is written as drf-spectacular does: `allOf: [$ref]` beside them.
- **Decimal strings**: a string field whose pattern is drf-spectacular's DecimalField regex
  (`^-?\\d{0,N}(?:\\.\\d{0,M})?$`) gets `format: decimal`.
- **Enums**: `class X(str, Enum)` -> string enum, `(int, Enum)` -> integer enum, an empty
  `Enum` -> `enum: [null]` (NullEnum); the class docstring is the description.
- **Types**: StrictStr -> string, StrictInt -> integer, StrictBool -> boolean,
  Union[StrictFloat, StrictInt] -> number, date/datetime/UUID -> string with that format,
  bytes/StrictBytes/file unions -> string/binary, List/Set -> array (Set: uniqueItems),
  Dict[str, X] -> object with additionalProperties, Any/object -> `{}`.
- **Security**: `Configuration.auth_settings()` (api_key -> apiKey in/name; basic/bearer ->
  http); each operation's `_auth_settings` list.
- **info and servers**: the module docstring of configuration.py (title, description,
  document version) and `get_host_settings()`.
"""


def _schema_summary(document: dict[str, Any], schema: Any) -> Any:
    """A comparable digest of a schema, following refs one level into components."""
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema:
        return {"$ref": schema["$ref"].rsplit("/", 1)[-1]}
    keep = ("type", "format", "enum", "nullable", "readOnly", "writeOnly", "maxLength",
            "minLength", "pattern", "items", "allOf", "required", "minimum", "maximum")  # fmt: skip
    out = {k: _schema_summary(document, schema[k]) for k in keep if k in schema}
    if "allOf" in out:
        out["allOf"] = [_schema_summary(document, s) for s in schema["allOf"]]
    if "properties" in schema:
        out["properties"] = {
            name: _schema_summary(document, prop) for name, prop in schema["properties"].items()
        }
    return out


def _diff(path: str, old: Any, new: Any, out: list[str]) -> None:
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(set(old) | set(new), key=str):
            inner = f"{path}{'' if path.endswith(' ') else '/'}{key}"
            if key not in new:
                out.append(f"`{inner}`: seed {json.dumps(old[key])[:120]}, SDK: absent")
            elif key not in old:
                out.append(f"`{inner}`: seed: absent, SDK {json.dumps(new[key])[:120]}")
            else:
                _diff(inner, old[key], new[key], out)
    elif old != new:
        out.append(f"`{path}`: seed {json.dumps(old)[:120]}, SDK {json.dumps(new)[:120]}")


def compare_with_seed(seed: dict[str, Any], document: dict[str, Any]) -> list[str]:
    """Differences in the seed's operations and the schemas they use."""
    out: list[str] = []
    seen: set[str] = set()

    def shape(path: str) -> str:
        return re.sub(r"\{[^}]*\}", "{}", path.rstrip("/"))

    by_shape = {shape(p): p for p in document["paths"]}
    for path, item in seed.get("paths", {}).items():
        for method, operation in item.items():
            if method not in HTTP_METHODS:
                continue
            where = f"{method.upper()} {path}"
            mine_path = by_shape.get(shape(path))
            mine = document["paths"].get(mine_path or "", {}).get(method)
            if mine is None:
                out.append(f"{where}: in the seed, not in the SDK")
                continue
            if mine_path != path:
                out.append(f"{where}: the SDK's path is `{mine_path}`")

            def digest(op: dict[str, Any], doc: dict[str, Any]) -> dict[str, Any]:
                return {
                    "operationId": op.get("operationId"),
                    "parameters": {
                        f"{p['in']}:{p['name']}": {
                            "required": p.get("required", False),
                            "schema": _schema_summary(doc, p.get("schema")),
                        }
                        for p in op.get("parameters", [])
                    },
                    "requestBody": {
                        ct: _schema_summary(doc, m.get("schema"))
                        for ct, m in op.get("requestBody", {}).get("content", {}).items()
                    },
                    "responses": {
                        status: {
                            ct: _schema_summary(doc, m.get("schema"))
                            for ct, m in r.get("content", {}).items()
                        }
                        for status, r in op.get("responses", {}).items()
                    },
                    "security": op.get("security"),
                }

            _diff(where + " ", digest(operation, seed), digest(mine, document), out)
            seen |= set(_refs(operation))
    seed_schemas = seed.get("components", {}).get("schemas", {})
    mine_schemas = document["components"]["schemas"]
    todo = sorted(seen)
    while todo:
        name = todo.pop()
        for child in _refs(seed_schemas.get(name, {})):
            if child not in seen:
                seen.add(child)
                todo.append(child)
    for name in sorted(seen):
        if name not in mine_schemas:
            out.append(f"schema `{name}`: in the seed, not in the SDK")
            continue
        _diff(
            f"schema {name} ",
            _schema_summary(seed, seed_schemas.get(name, {})),
            _schema_summary(document, mine_schemas[name]),
            out,
        )
    return out


def _unreferenced(document: dict[str, Any]) -> list[str]:
    used = set(_refs(document["paths"]))
    schemas = document["components"]["schemas"]
    todo = list(used)
    while todo:
        for child in _refs(schemas.get(todo.pop(), {})):
            if child not in used:
                used.add(child)
                todo.append(child)
    return sorted(set(schemas) - used)


def render_notes(
    source: SdkSource, result: Reconstruction, seeds: dict[str, dict[str, Any]]
) -> str:
    document = result.document
    version = document["info"]["version"]
    operations = [
        (path, method, op) for path, item in document["paths"].items()
        for method, op in item.items()
    ]  # fmt: skip
    no_auth = sorted(op["operationId"] for _p, _m, op in operations if op["security"] == [])
    form_bodies = sorted(
        op["operationId"]
        for _p, _m, op in operations
        if "requestBody" in op
        and next(iter(op["requestBody"]["content"])) in (
            "multipart/form-data", "application/x-www-form-urlencoded"
        )
    )  # fmt: skip
    lines = [
        f"# ibl-data-manager {version}: reconstructed from the vendor's Python SDK",
        "",
        f"Source: PyPI package `{source.package}=={source.version}`, archive "
        f"`{source.archive_name}`, sha256 `{source.sha256}`. The SDK was generated by",
        "openapi-generator (python, pydantic v2) from the API's drf-spectacular document; the",
        "document here is that document read back from the SDK's source with `ast` by",
        "`scripts/reconstruct_from_sdk.py` (nothing installed or imported), checked by",
        "`scripts/crosscheck_sdk.py` against the SDK (0 mismatches), and recorded in",
        "`spec/manifest.json` with method `reconstructed`.",
        "",
        "## This document",
        "",
        *[f"- {note}." for note in result.notes],
        f"- {len(document['paths'])} paths, {len(operations)} operations, "
        f"{len(document['components']['schemas'])} schemas, {len(document['tags'])} tags.",
        f"- {len(no_auth)} operations without auth settings in the SDK (`security: []`): "
        + (", ".join(f"`{n}`" for n in no_auth) or "none")
        + ".",
        f"- {len(form_bodies)} operations whose body reached the SDK as form arguments "
        "(inline object here): " + (", ".join(f"`{n}`" for n in form_bodies) or "none") + ".",
        "- Components no path refers to (kept: drf-spectacular emits them, e.g. the enums of "
        "nullable choice fields): "
        + (", ".join(f"`{n}`" for n in _unreferenced(document)) or "none")
        + ".",
        "",
        LOSSES,
        RULES,
    ]
    for seed_version, seed in sorted(seeds.items()):
        differences = compare_with_seed(seed, document)
        lines += [
            f"## Compared with the seed document {seed_version}",
            "",
            f"The seed's operations and the schemas they use, beside this document's "
            f"({len(differences)} differences; descriptions and examples not compared):",
            "",
            *[f"- {d}" for d in differences],
            "",
        ]
    return "\n".join(lines).rstrip() + "\n"


def _seeds(store: SpecStore, own_version: str) -> dict[str, dict[str, Any]]:
    """The other stored documents that did not come from the SDK (the seed pages)."""
    out: dict[str, dict[str, Any]] = {}
    for entry in store.entries():
        if entry.api != store.config.api or entry.version == own_version:
            continue
        if entry.source.startswith("pypi:"):
            continue
        path = store.root / entry.file
        if path.is_file():
            out[entry.version] = load_document(path).data
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("version", help="the SDK's version, e.g. 4.202.2")
    parser.add_argument("--project", type=Path, default=Path.cwd())
    parser.add_argument("--from-file", type=Path, default=None, help="a wheel or sdist")
    parser.add_argument(
        "--force", action="store_true", help="replace a stored document with other content"
    )
    args = parser.parse_args(argv)
    try:
        source = obtain(PACKAGE, args.version, args.from_file)
        result = reconstruct(source)
        expected = args.version + VERSION_SUFFIX
        if result.document["info"]["version"] != expected:
            raise SdkError(
                f"{source.archive_name}: the SDK says document version "
                f"{result.document['info']['version']!r}, expected {expected!r}"
            )
        path = store_reconstruction(args.project, source, result, force=args.force)
    except (SdkError, ReconstructionError, SpecbindError, SyntaxError) as exc:
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        print(f"error: {message}", file=sys.stderr)
        return 2
    document = result.document
    operations = sum(len(item) for item in document["paths"].values())
    print(
        f"stored {path}: {len(document['paths'])} paths, {operations} operations, "
        f"{len(document['components']['schemas'])} schemas, {len(document['tags'])} tags"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
