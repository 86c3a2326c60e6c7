"""Compare a stored reconstruction with the SDK it came from, operation by operation and
model by model, and print the number of mismatches (it must be 0).

Usage: python scripts/crosscheck_sdk.py VERSION [--project DIR] [--from-file PATH]

The SDK is read again here with `ast`, by code of its own (the reconstruction's reader is
not used): each SDK method and model is turned into plain facts (where each argument
goes, its Python type, required, constraints; each field's wire name, type, required,
readOnly, nullable, enum, pattern, default) and the stored document's operation or schema
is turned into the same facts the other way round (what openapi-generator would have made
of it). The archive must be the one the manifest names (same sha256).
Exit 0 no mismatch, 1 mismatches, 2 bad input.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sdk_archive import PACKAGE, SdkError, SdkSource, obtain

from specbind.config import load_config
from specbind.errors import SpecbindError
from specbind.openapi.document import load_document
from specbind.openapi.store import SpecStore

REF = "#/components/schemas/"
STRICT = {
    "StrictStr": "str", "str": "str", "StrictInt": "int", "int": "int",
    "StrictBool": "bool", "bool": "bool", "StrictFloat": "float", "float": "float",
    "datetime": "datetime", "date": "date", "UUID": "uuid", "bytearray": "binary",
    "bytes": "binary", "StrictBytes": "binary", "Any": "any", "object": "any",
}  # fmt: skip
CONSTRAINT_NAMES = {
    "min_length": "min",
    "max_length": "max",
    "ge": "ge",
    "le": "le",
    "gt": "gt",
    "lt": "lt",
    "multiple_of": "multiple_of",
    "pattern": "pattern",
}


# -- facts from the SDK (Python annotations) --------------------------------------------


@dataclass
class Kind:
    """A type as facts: a name ("str", "list", "ref:X"...), members, constraints, None-able."""

    name: str
    members: tuple[Kind, ...] = ()
    limits: dict[str, Any] = field(default_factory=dict)
    none: bool = False
    description: str | None = None

    def key(self) -> str:
        inner = ",".join(m.key() for m in self.members)
        limits = ",".join(f"{k}={self.limits[k]!r}" for k in sorted(self.limits))
        return f"{self.name}[{inner}]{{{limits}}}"


def _kwargs(call: ast.expr) -> dict[str, Any]:
    if isinstance(call, ast.Call) and ast.unparse(call.func) == "Field":
        return {k.arg: ast.literal_eval(k.value) for k in call.keywords if k.arg}
    return {}


def sdk_kind(node: ast.expr) -> Kind:
    text = ast.unparse(node)
    if isinstance(node, ast.Name):
        if node.id in STRICT:
            return Kind(STRICT[node.id])
        return Kind(f"ref:{node.id}")
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return sdk_kind(ast.parse(node.value, mode="eval").body)
    if not isinstance(node, ast.Subscript):
        raise SdkError(f"cannot read annotation {text}")
    outer = ast.unparse(node.value)
    parts = list(node.slice.elts) if isinstance(node.slice, ast.Tuple) else [node.slice]
    if outer == "Optional":
        kind = sdk_kind(parts[0])
        kind.none = True
        return kind
    if outer == "Annotated":
        kind = sdk_kind(parts[0])
        for extra in parts[1:]:
            kwargs = _kwargs(extra)
            if "description" in kwargs:
                kind.description = kwargs["description"]
            for name, value in kwargs.items():
                if name in CONSTRAINT_NAMES:
                    kind.limits[CONSTRAINT_NAMES[name]] = value
        return kind
    if outer in ("List", "Set"):
        return Kind(outer.lower(), (sdk_kind(parts[0]),))
    if outer == "Dict":
        return Kind("dict", (sdk_kind(parts[1]),))
    if outer == "Union":
        members = [sdk_kind(p) for p in parts]
        names = {m.name for m in members}
        if names == {"float", "int"}:
            merged = Kind("number")
            for m in members:
                merged.limits.update(m.limits)
            return merged
        if "binary" in names or outer == "Tuple":
            return Kind("binary")
        return Kind("union", tuple(members))
    if outer == "Tuple":
        return Kind("binary")
    raise SdkError(f"cannot read annotation {text}")


# -- the same facts from the document (what openapi-generator makes of a schema) --------


def doc_kind(schema: dict[str, Any]) -> Kind:
    if "$ref" in schema:
        return Kind("ref:" + schema["$ref"][len(REF) :])
    if "allOf" in schema and len(schema["allOf"]) == 1:
        kind = doc_kind(schema["allOf"][0])
        kind.none = bool(schema.get("nullable"))
        return kind
    limits: dict[str, Any] = {}
    kind_type = schema.get("type")
    fmt = schema.get("format")
    for key, name in (("minLength", "min"), ("maxLength", "max"), ("minItems", "min"),
                      ("maxItems", "max"), ("multipleOf", "multiple_of")):  # fmt: skip
        if key in schema:
            limits[name] = schema[key]
    if "minimum" in schema:
        limits["gt" if schema.get("exclusiveMinimum") else "ge"] = schema["minimum"]
    if "maximum" in schema:
        limits["lt" if schema.get("exclusiveMaximum") else "le"] = schema["maximum"]
    # openapi-generator moves a string pattern into a field_validator, not the annotation
    none = bool(schema.get("nullable"))
    if kind_type == "string":
        name = {"date-time": "datetime", "date": "date", "uuid": "uuid", "binary": "binary"}.get(
            fmt or "", "str"
        )
        return Kind(name, limits=limits, none=none)
    if kind_type == "integer":
        return Kind("int", limits=limits, none=none)
    if kind_type == "number":
        return Kind("number", limits=limits, none=none)
    if kind_type == "boolean":
        return Kind("bool", none=none)
    if kind_type == "array":
        name = "set" if schema.get("uniqueItems") else "list"
        return Kind(name, (doc_kind(schema["items"]),), limits=limits, none=none)
    if kind_type == "object" and "additionalProperties" in schema and "properties" not in schema:
        extra = schema["additionalProperties"]
        return Kind("dict", (doc_kind(extra if isinstance(extra, dict) else {}),), none=none)
    if "oneOf" in schema:
        return Kind("union", tuple(doc_kind(s) for s in schema["oneOf"]), none=none)
    if kind_type == "object" and "properties" in schema:
        return Kind("inline-object", none=none)
    return Kind("any", none=none)


def response_type(schema: dict[str, Any]) -> str:
    """openapi-generator's `_response_types_map` value for a response schema."""
    if "$ref" in schema:
        return str(schema["$ref"])[len(REF) :]
    kind = schema.get("type")
    if kind == "array":
        return f"List[{response_type(schema['items'])}]"
    if kind == "object" and "properties" not in schema:
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            return f"Dict[str, {response_type(extra) if extra else 'object'}]"
        return "object"
    simple = {"integer": "int", "string": "str", "boolean": "bool", "number": "float"}
    if kind in simple:
        return simple[kind]
    if kind == "object":
        return "<inline>"
    return "object"


# -- comparing -----------------------------------------------------------------------------


@dataclass
class Report:
    mismatches: list[str] = field(default_factory=list)
    operations: int = 0
    models: int = 0

    def check(self, ok: bool, where: str, what: str) -> None:
        if not ok:
            self.mismatches.append(f"{where}: {what}")


def _snake_id(operation_id: str) -> str:
    """openapi-generator's method name for a drf-spectacular id: `x_2` -> `x2`."""
    return re.sub(r"_(\d+)$", r"\1", operation_id)


def _camel(text: str) -> str:
    return "".join(p[:1].upper() + p[1:] for p in re.split(r"[^A-Za-z0-9]+", text) if p)


def _schema(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"][len(REF) :]]
    return schema


def _kinds_match(sdk: Kind, doc: Kind, inline_ok: set[str]) -> bool:
    """Equal facts; an SDK model that is inline in the document matches any inline schema
    there (the model itself is compared with that schema in check_models)."""
    if sdk.name.startswith("ref:") and sdk.name[4:] in inline_ok:
        return not doc.name.startswith("ref:")
    if (sdk.name, sdk.limits, sdk.none) != (doc.name, doc.limits, doc.none):
        return False
    if len(sdk.members) != len(doc.members):
        return False
    return all(_kinds_match(a, b, inline_ok) for a, b in zip(sdk.members, doc.members, strict=True))


def _same_kind(report: Report, where: str, sdk: Kind, doc: Kind, inline_ok: set[str]) -> None:
    report.check(_kinds_match(sdk, doc, inline_ok), where, f"SDK {sdk.key()}, document {doc.key()}")


def _calls(fn: ast.FunctionDef, attr: str) -> list[ast.Call]:
    return [
        n
        for n in ast.walk(fn)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == attr
    ]


def _literal_list(call: ast.Call) -> list[str]:
    return [str(x) for x in ast.literal_eval(call.args[0])] if call.args else []


def _sent_as(serializer: ast.FunctionDef) -> dict[str, tuple[str, str]]:
    """Python argument -> (where, wire name), read from the serializer's statements."""
    text = ast.unparse(serializer)
    out: dict[str, tuple[str, str]] = {}
    for where, pattern in (
        ("path", r"_path_params\['([^']+)'\] = (\w+)"),
        ("header", r"_header_params\['([^']+)'\] = (\w+)\n"),
        ("query", r"_query_params\.append\(\('([^']+)', (\w+)\)\)"),
        ("form", r"_form_params\.append\(\('([^']+)', (\w+)\)\)"),
        ("form", r"_files\['([^']+)'\] = (\w+)"),
    ):
        for wire, python in re.findall(pattern, text):
            out.setdefault(python, (where, wire))
    for python in re.findall(r"_body_params = (\w+)", text):
        if python != "None":
            out[python] = ("body", "")
    return out


def check_operations(source: SdkSource, document: dict[str, Any], report: Report) -> None:
    seen: set[tuple[str, str]] = set()
    inline_names = {n for n in _model_names(source) if n not in document["components"]["schemas"]}
    for module in sorted(p for p in source.files if re.fullmatch(r"api/\w+_api\.py", p)):
        tree = ast.parse(source.files[module])
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            fns = {f.name: f for f in cls.body if isinstance(f, ast.FunctionDef)}
            for name, fn in fns.items():
                serializer = fns.get(f"_{name}_serialize")
                if serializer is None:
                    continue
                where = f"{module} {name}"
                call = _calls(serializer, "param_serialize")[0]
                kw = {k.arg: ast.literal_eval(k.value) for k in call.keywords if k.arg in
                      ("method", "resource_path")}  # fmt: skip
                method, path = kw["method"].lower(), kw["resource_path"]
                operation = document["paths"].get(path, {}).get(method)
                if operation is None:
                    report.check(False, where, f"{method.upper()} {path} not in the document")
                    continue
                if (method, path) not in seen:
                    report.operations += 1
                seen.add((method, path))
                _check_operation(
                    report, where, cls.name, fn, serializer, operation, document, inline_names
                )
    total = sum(
        1 for item in document["paths"].values() for m in item if m in ("get", "put", "post",
        "delete", "patch", "options", "head", "trace")
    )  # fmt: skip
    report.check(total == len(seen), "document", f"{total} operations, SDK {len(seen)}")


def _check_operation(
    report: Report,
    where: str,
    class_name: str,
    fn: ast.FunctionDef,
    serializer: ast.FunctionDef,
    operation: dict[str, Any],
    document: dict[str, Any],
    inline_names: set[str],
) -> None:
    report.check(
        _snake_id(operation["operationId"]) == fn.name,
        where,
        f"operationId {operation['operationId']!r}",
    )
    report.check(
        any(_camel(tag) + "Api" == class_name for tag in operation.get("tags", [])),
        where,
        f"tags {operation.get('tags')} do not include {class_name}",
    )
    lines = (ast.get_docstring(fn) or "").split("\n")
    prose = []
    for line in lines[1:]:
        if line.startswith(":"):
            break
        prose.append(line)
    summary = None if lines[0].strip() == fn.name else lines[0].strip() or None
    report.check(operation.get("summary") == summary, where, "summary differs")
    description = "\n".join(prose).strip() or None
    report.check(operation.get("description") == description, where, "description differs")
    sent = _sent_as(serializer)
    args = fn.args.args[1:]
    defaults = [None] * (len(args) - len(fn.args.defaults)) + list(fn.args.defaults)
    given = {
        a.arg: (a, d) for a, d in zip(args, defaults, strict=True) if not a.arg.startswith("_")
    }
    parameters = {(p["in"], p["name"]): p for p in operation.get("parameters", [])}
    body = operation.get("requestBody")
    form_fields: dict[str, Any] = {}
    if body:
        first = next(iter(body["content"].values()))["schema"]
        form_types = ("multipart/form-data", "application/x-www-form-urlencoded")
        if "properties" in first and next(iter(body["content"])) in form_types:
            form_fields = first["properties"]
    used_parameters: set[tuple[str, str]] = set()
    used_form: set[str] = set()
    for python, (arg, default) in given.items():
        location, wire = sent.get(python, ("?", python))
        assert arg.annotation is not None
        kind = sdk_kind(arg.annotation)
        required = default is None
        at = f"{where}({python})"
        if location == "body":
            report.check(body is not None, at, "SDK body, document has none")
            if body is None:
                continue
            report.check(bool(body.get("required")) == required, at, "body required differs")
            for content_type, media in body["content"].items():
                _same_kind(report, f"{at} {content_type}", _bare(kind), doc_kind(media["schema"]),
                           inline_names)  # fmt: skip
            continue
        if location == "form":
            prop = form_fields.get(wire)
            report.check(prop is not None, at, f"form field {wire!r} not in the document")
            if prop is None:
                continue
            used_form.add(wire)
            _same_kind(report, at, _bare(kind), doc_kind(prop), inline_names)
            continue
        parameter = parameters.get((location, wire))
        report.check(parameter is not None, at, f"{location} parameter {wire!r} not in document")
        if parameter is None:
            continue
        used_parameters.add((location, wire))
        report.check(bool(parameter.get("required")) == required, at, "required differs")
        report.check(
            (parameter.get("description") or None) == kind.description,
            at,
            f"description {parameter.get('description')!r}, SDK {kind.description!r}",
        )
        schema = parameter["schema"]
        enum = (schema.get("items") or {}).get("enum") or schema.get("enum") or []
        for value in enum:
            report.check(
                f"`{value if not isinstance(value, bool) else str(value).lower()}`"
                in (kind.description or ""),
                at,
                f"enum value {value!r} not listed in the SDK's description",
            )
        doc = doc_kind(schema)
        _same_kind(report, at, _bare(kind), doc, inline_names)
    report.check(
        set(parameters) == used_parameters,
        where,
        f"document parameters without an SDK argument: {sorted(set(parameters) - used_parameters)}",
    )
    report.check(
        set(form_fields) == used_form,
        where,
        f"form fields without an SDK argument: {sorted(set(form_fields) - used_form)}",
    )
    content = _calls(serializer, "select_header_content_type")
    sdk_content = _literal_list(content[0]) if content else []
    report.check(
        list((body or {}).get("content", {})) == sdk_content,
        where,
        f"content types {list((body or {}).get('content', {}))}, SDK {sdk_content}",
    )
    accept = _calls(serializer, "select_header_accept")
    sdk_accept = _literal_list(accept[0]) if accept else []
    auth = re.search(r"_auth_settings: List\[str\] = (\[[^\]]*\])", ast.unparse(serializer))
    sdk_auth = ast.literal_eval(auth.group(1)) if auth else []
    doc_auth = [name for item in operation.get("security", []) for name in item]
    report.check(doc_auth == sdk_auth, where, f"security {doc_auth}, SDK {sdk_auth}")
    types_map: dict[str, str | None] = {}
    for node in ast.walk(fn):
        if isinstance(node, ast.AnnAssign) and ast.unparse(node.target) == "_response_types_map":
            assert node.value is not None
            types_map = ast.literal_eval(node.value)
    responses = operation["responses"]
    report.check(
        set(responses) == set(types_map),
        where,
        f"response statuses {sorted(responses)}, SDK {sorted(types_map)}",
    )
    for status, expected in types_map.items():
        response = responses.get(status, {})
        content = response.get("content", {})
        if expected is None:
            report.check(not content, f"{where} {status}", "document has a body, SDK none")
            continue
        report.check(list(content) == sdk_accept, f"{where} {status}", f"media {list(content)}")
        for media in content.values():
            actual = response_type(media["schema"])
            ok = actual == expected or (actual == "<inline>" and expected in inline_names)
            report.check(ok, f"{where} {status}", f"response {actual}, SDK {expected}")


def _bare(kind: Kind) -> Kind:
    """A parameter's Optional only says it may be left out: compare the type alone."""
    return Kind(kind.name, kind.members, kind.limits, False)


def _model_names(source: SdkSource) -> set[str]:
    names: set[str] = set()
    for path, text in source.files.items():
        if re.fullmatch(r"models/\w+\.py", path) and path != "models/__init__.py":
            match = re.search(r"^class (\w+)\(", text, re.M)
            if match:
                names.add(match.group(1))
    return names


def _inline_schemas(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Inline request/response objects by the name openapi-generator gives them."""
    out: dict[str, dict[str, Any]] = {}
    for item in document["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            stem = _camel(_snake_id(operation["operationId"]))
            for media in operation.get("requestBody", {}).get("content", {}).values():
                out.setdefault(stem + "Request", media["schema"])
            for status, response in operation["responses"].items():
                for media in response.get("content", {}).values():
                    out.setdefault(f"{stem}{status}Response", media["schema"])
    for owner, schema in document["components"]["schemas"].items():
        for prop, value in (schema.get("properties") or {}).items():
            inner = value.get("additionalProperties")
            if isinstance(inner, dict) and inner and "$ref" not in inner:
                out.setdefault(owner + _camel(prop) + "Value", inner)
            items = value.get("items")
            if isinstance(items, dict) and ("properties" in items or "oneOf" in items):
                out.setdefault(owner + _camel(prop) + "Inner", items)
    return {
        k: v
        for k, v in out.items()
        if "$ref" not in v and ("properties" in v or "oneOf" in v or "anyOf" in v)
    }


def check_models(source: SdkSource, document: dict[str, Any], report: Report) -> None:
    schemas = document["components"]["schemas"]
    inline = _inline_schemas(document)
    names = _model_names(source)
    for path in sorted(p for p in source.files if re.fullmatch(r"models/\w+\.py", p)):
        if path == "models/__init__.py":
            continue
        tree = ast.parse(source.files[path])
        cls = next(n for n in tree.body if isinstance(n, ast.ClassDef))
        schema = schemas.get(cls.name) or inline.get(cls.name)
        if schema is None:
            report.check(False, path, f"{cls.name} is neither a component nor inline")
            continue
        report.models += 1
        _check_model(report, path, cls, source.files[path], schema, names - set(schemas))
    extra = sorted(set(schemas) - names)
    report.check(not extra, "components", f"schemas without an SDK model: {extra}")


def _check_model(
    report: Report, where: str, cls: ast.ClassDef, text: str, schema: dict[str, Any],
    names: set[str],
) -> None:  # fmt: skip
    bases = {ast.unparse(b) for b in cls.bases}
    if bases & {"Enum", "str, Enum", "int, Enum"} or any(b.endswith("Enum") for b in bases):
        values = [
            ast.literal_eval(n.value)
            for n in cls.body
            if isinstance(n, ast.Assign) and isinstance(n.value, ast.Constant)
        ]
        expected = values or [None]
        report.check(schema.get("enum") == expected, where, f"enum {schema.get('enum')}")
        return
    if "one_of_schemas" in text or "any_of_schemas" in text:
        key = "oneOf" if "one_of_schemas" in text else "anyOf"
        count = len(re.findall(r"^\s+(?:oneof|anyof)_schema_\d+_validator:", text, re.M))
        report.check(len(schema.get(key, [])) == count, where, f"{key} members")
        return
    properties = schema.get("properties", {})
    required = set(schema.get("required", []))
    excluded = re.search(r"excluded_fields: Set\[str\] = set\(\[(.*?)\]\)", text, re.S)
    read_only = set(ast.literal_eval(f"[{excluded.group(1)}]")) if excluded else set()
    nullable = set(re.findall(r"model_fields_set:\n\s+_dict\['([^']+)'\] = None", text))
    enums: dict[str, list[Any]] = {}
    patterns: dict[str, str] = {}
    for fn in (n for n in cls.body if isinstance(n, ast.FunctionDef)):
        body = ast.unparse(fn)
        target = re.search(r"@field_validator\('(\w+)'\)", body)
        if not target:
            continue
        listed = re.search(r"not in set\((\[.*?\])\)", body)
        if listed:
            enums[target.group(1)] = ast.literal_eval(listed.group(1))
        regex = re.search(r"re\.match\((r?['\"].*?['\"]), value\)", body)
        if regex:
            patterns[target.group(1)] = ast.literal_eval(regex.group(1))
    fields = 0
    for node in cls.body:
        if not (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)):
            continue
        python = node.target.id
        annotation = ast.unparse(node.annotation)
        if annotation.startswith("ClassVar") or python == "additional_properties":
            continue
        fields += 1
        kwargs = _kwargs(node.value) if node.value is not None else {}
        wire = kwargs.get("alias", python)
        at = f"{where} {cls.name}.{wire}"
        prop = properties.get(wire)
        if prop is None:
            report.check(False, at, "not a property in the document")
            continue
        has_default = node.value is not None and (
            not isinstance(node.value, ast.Call) or "default" in kwargs
        )
        report.check((wire in required) == (not has_default), at, "required differs")
        report.check(bool(prop.get("readOnly")) == (wire in read_only), at, "readOnly differs")
        report.check(bool(prop.get("nullable")) == (wire in nullable), at, "nullable differs")
        kind = sdk_kind(node.annotation)
        for name, value in kwargs.items():
            if name in CONSTRAINT_NAMES:
                kind.limits[CONSTRAINT_NAMES[name]] = value
        description = kwargs.get("description", kind.description)
        report.check(prop.get("description") == description, at, "description differs")
        default = kwargs.get("default") if isinstance(node.value, ast.Call) else (
            ast.literal_eval(node.value) if node.value is not None else None
        )  # fmt: skip
        report.check(prop.get("default") == default, at, f"default {prop.get('default')!r}")
        doc = doc_kind(prop)
        inner = prop.get("items", prop) if python in enums and "items" in prop else prop
        inner = inner["allOf"][0] if "allOf" in inner else inner
        report.check(inner.get("enum") == enums.get(python), at, f"enum {inner.get('enum')}")
        report.check(inner.get("pattern") == patterns.get(python), at, "pattern differs")
        if patterns.get(python, "").startswith("^-?\\d{0,"):
            report.check(inner.get("format") == "decimal", at, "decimal format missing")
        sdk = Kind(kind.name, kind.members, kind.limits, False)
        doc.none = False
        _same_kind(report, at, sdk, doc, names)
    report.check(fields == len(properties), where, f"{len(properties)} properties, SDK {fields}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("version")
    parser.add_argument("--project", type=Path, default=Path.cwd())
    parser.add_argument("--from-file", type=Path, default=None)
    parser.add_argument("--show", type=int, default=40, help="mismatches to print")
    args = parser.parse_args(argv)
    try:
        store = SpecStore(load_config(args.project))
        version = f"{args.version}-ai-plus"
        entry = store.entry(version)
        if entry is None:
            raise SdkError(f"{version} is not stored under {store.config.api_spec_dir}")
        document = load_document(store.path_for(version)).data
        source = obtain(PACKAGE, args.version, args.from_file)
        if source.sha256 not in entry.source:
            raise SdkError(
                f"{source.archive_name}: sha256 {source.sha256} is not the archive the "
                f"manifest names for {version} ({entry.source})"
            )
        report = Report()
        check_operations(source, document, report)
        check_models(source, document, report)
    except (SdkError, SpecbindError, SyntaxError, KeyError) as exc:
        print(f"error: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}",
              file=sys.stderr)  # fmt: skip
        return 2
    for line in report.mismatches[: args.show]:
        print(line)
    if len(report.mismatches) > args.show:
        print(f"... and {len(report.mismatches) - args.show} more")
    print(
        f"{version}: {report.operations} operations, {report.models} models compared with "
        f"{PACKAGE}=={args.version}; mismatches: {len(report.mismatches)}"
    )
    return 0 if not report.mismatches else 1


if __name__ == "__main__":
    raise SystemExit(main())
