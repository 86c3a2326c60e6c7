"""Make a document generator-ready without losing anything.

Request and response views: OpenAPI marks a property readOnly (sent by the server
only) or writeOnly (sent by the client only), but generators give one model per
schema, so a create call would demand the server's read-only fields. Here each
component schema gets the view its uses need:

- used only in request bodies: readOnly properties removed, in place;
- used only in responses: writeOnly properties removed, in place;
- used in both, and the two views differ: the response view keeps the name and a
  request view `<Name>Request` is added; request bodies point at it.

Views follow `$ref`s, so a schema nested in a request body gets its request view too.
"""

from __future__ import annotations

import copy
import math
import re
from collections.abc import Callable, Iterator
from functools import cache
from keyword import iskeyword
from typing import Any, Literal

from openapi_python_client import strings as engine_strings

from specbind.openapi.allof_members import typeless_nullable_members
from specbind.openapi.compositions import (
    allof_annotations,
    any_value_unions,
    enum_members_of_its_type,
    enum_without_null,
    null_typed_unions,
    scalar_allofs,
)
from specbind.openapi.naming import (
    GENERATED_MODULE_NAMES,
    MAX_NAME,
    Namespace,
    constant_case,
    folded,
    has_words,
    pascal_case,
    snake_case,
)
from specbind.openapi.path_items import path_item_refs, path_templates
from specbind.openapi.pointer import escape as pointer_escape
from specbind.openapi.pointer import resolve_pointer
from specbind.openapi.pointer import unescape as pointer_unescape
from specbind.openapi.query_paths import path_query_strings
from specbind.openapi.ref_kinds import schema_refs_to_other_kinds
from specbind.openapi.ref_targets import INLINED_FROM, promote_ref_targets
from specbind.openapi.validate import iter_operations

Context = Literal["request", "response"]
_SCHEMA_PREFIX = "#/components/schemas/"
_HIDDEN: dict[Context, str] = {"request": "readOnly", "response": "writeOnly"}
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA_KEYS = ("items", "additionalProperties", "not", "contains", "unevaluatedProperties")


def _schema_name(ref: Any) -> str | None:
    if isinstance(ref, str) and ref.startswith(_SCHEMA_PREFIX):
        rest = ref[len(_SCHEMA_PREFIX) :]
        return rest if "/" not in rest else None
    return None


def copy_json(node: Any, memo: dict[int, Any] | None = None) -> Any:
    """A deep copy of JSON-like data (dicts, lists, scalars), sharing kept as it was.

    What `copy.deepcopy` gives for such data, several times faster: no per-object type
    dispatch. A dict or list reached twice (a YAML alias) is copied once, so steps that
    change it in place still change it everywhere it appears.
    """
    if memo is None:
        memo = {}
    if isinstance(node, dict):
        done = memo.get(id(node))
        if done is None:
            done = memo[id(node)] = {}
            for key, value in node.items():
                done[key] = copy_json(value, memo) if isinstance(value, (dict, list)) else value
        return done
    if isinstance(node, list):
        done = memo.get(id(node))
        if done is None:
            done = memo[id(node)] = []
            done.extend(
                copy_json(value, memo) if isinstance(value, (dict, list)) else value
                for value in node
            )
        return done
    return copy.deepcopy(node) if not isinstance(node, (str, int, float, bool)) else node


def _children(schema: dict[str, Any], context: Context | None = None) -> Iterator[Any]:
    """Every direct subschema of `schema`; in a context, not the properties it hides."""
    properties = schema.get("properties")
    if isinstance(properties, dict):
        for value in properties.values():
            if context is None or not (
                isinstance(value, dict) and value.get(_HIDDEN[context]) is True
            ):
                yield value
    for key in _SUBSCHEMA_KEYS:
        if isinstance(schema.get(key), dict):
            yield schema[key]
    for key in _SUBSCHEMA_LISTS:
        if isinstance(schema.get(key), list):
            yield from schema[key]


def _direct_refs(schema: Any, context: Context | None = None) -> Iterator[str]:
    """Names of component schemas that `schema` refers to, inline subschemas included.

    In a context, properties hidden there do not count: a readOnly nested object is
    never part of a request.
    """
    if not isinstance(schema, dict):
        return
    name = _schema_name(schema.get("$ref"))
    if name is not None:
        yield name
    for child in _children(schema, context):
        yield from _direct_refs(child, context)


def _hides(schema: Any, context: Context) -> bool:
    """Does this schema itself (not through refs) have a property hidden in `context`?"""
    if not isinstance(schema, dict):
        return False
    properties = schema.get("properties")
    if isinstance(properties, dict) and any(
        isinstance(p, dict) and p.get(_HIDDEN[context]) is True for p in properties.values()
    ):
        return True
    return any(_hides(child, context) for child in _children(schema))


def _media_schemas(container: Any) -> Iterator[dict[str, Any]]:
    """The schema of every media type in a requestBody or response object."""
    if not isinstance(container, dict):
        return
    content = container.get("content")
    if isinstance(content, dict):
        for media in content.values():
            if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                yield media["schema"]


def _resolve(data: dict[str, Any], node: Any, section: str) -> Any:
    """Follow a `#/components/<section>/X` ref on a requestBody or response object."""
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 16:
        prefix = f"#/components/{section}/"
        ref: str = node["$ref"]
        if not ref.startswith(prefix):
            return node
        node = data.get("components", {}).get(section, {}).get(ref[len(prefix) :])
        seen += 1
    return node


def _roots(data: dict[str, Any]) -> dict[Context, list[dict[str, Any]]]:
    """The schemas where each context starts: request bodies and responses."""
    roots: dict[Context, list[dict[str, Any]]] = {"request": [], "response": []}
    for _, _, operation, _ in iter_operations(data):
        roots["request"].extend(
            _media_schemas(_resolve(data, operation.get("requestBody"), "requestBodies"))
        )
        responses = operation.get("responses")
        if isinstance(responses, dict):
            for response in responses.values():
                roots["response"].extend(_media_schemas(_resolve(data, response, "responses")))
    return roots


def _reachable(schemas: dict[str, Any], starts: list[dict[str, Any]], context: Context) -> set[str]:
    found: set[str] = set()
    stack = [name for start in starts for name in _direct_refs(start, context)]
    while stack:
        name = stack.pop()
        if name in found or name not in schemas:
            continue
        found.add(name)
        stack.extend(_direct_refs(schemas[name], context))
    return found


def _differs(schemas: dict[str, Any], context: Context) -> set[str]:
    """Schemas whose `context` view differs from the schema, through refs too."""
    differs = {name for name, schema in schemas.items() if _hides(schema, context)}
    # Each schema's refs once, not once per pass of the fixed point below.
    refs = {
        name: set(_direct_refs(schema, context))
        for name, schema in schemas.items()
        if name not in differs
    }
    changed = True
    while changed:
        changed = False
        for name in schemas:
            if name not in differs and not refs[name].isdisjoint(differs):
                differs.add(name)
                changed = True
    return differs


def _view(schema: Any, context: Context, rename: dict[str, str]) -> Any:
    """A copy of `schema` without the properties hidden in `context`, refs renamed."""
    if not isinstance(schema, dict):
        return copy_json(schema)
    result: dict[str, Any] = {}
    hidden_names: set[str] = set()
    for key, value in schema.items():
        if key == "$ref":
            name = _schema_name(value)
            result[key] = _SCHEMA_PREFIX + rename[name] if name in rename else value
        elif key == "properties" and isinstance(value, dict):
            kept = {}
            for prop, prop_schema in value.items():
                if isinstance(prop_schema, dict) and prop_schema.get(_HIDDEN[context]) is True:
                    hidden_names.add(prop)
                else:
                    kept[prop] = _view(prop_schema, context, rename)
            result[key] = kept
        elif key in _SUBSCHEMA_KEYS and isinstance(value, dict):
            result[key] = _view(value, context, rename)
        elif key in _SUBSCHEMA_LISTS and isinstance(value, list):
            result[key] = [_view(item, context, rename) for item in value]
        else:
            result[key] = copy_json(value)
    if hidden_names and isinstance(result.get("required"), list):
        required = [name for name in result["required"] if name not in hidden_names]
        if required:
            result["required"] = required
        else:
            del result["required"]
    return result


def _free_name(base: str, taken: set[str]) -> str:
    name, counter = base, 2
    while name in taken:
        name, counter = f"{base}{counter}", counter + 1
    taken.add(name)
    return name


def split_read_write_views(data: dict[str, Any]) -> dict[str, Any]:
    """Give `data` request and response views, as the module explains; returns `data`.

    Changes `data` in place: `normalise` owns its copy, so a second one is not needed.
    """
    result = data
    schemas: dict[str, Any] = result.get("components", {}).get("schemas") or {}
    if not isinstance(schemas, dict):
        return result
    roots = _roots(result)
    used = {context: _reachable(schemas, roots[context], context) for context in roots}
    differs = {context: _differs(schemas, context) for context in roots}

    taken = set(schemas)
    request_names: dict[str, str] = {}
    for name in sorted(used["request"] & used["response"] & differs["request"]):
        request_names[name] = _free_name(f"{name}Request", taken)

    new_schemas: dict[str, Any] = {}
    for name, schema in schemas.items():
        in_request, in_response = name in used["request"], name in used["response"]
        if in_request and not in_response:
            new_schemas[name] = _view(schema, "request", request_names)
        elif in_response:
            new_schemas[name] = (
                _view(schema, "response", {}) if name in differs["response"] else schema
            )
        else:
            new_schemas[name] = schema
        if name in request_names:
            view = _view(schema, "request", request_names)
            view["x-specbind-view-of"] = _SCHEMA_PREFIX + name
            if isinstance(view.get("title"), str):
                # the title kept for the schema names its class; the view's is its own name
                view[TITLE] = view.pop("title")
            new_schemas[request_names[name]] = view
    result["components"]["schemas"] = new_schemas

    def rewrite(container: Any, context: Context, rename: dict[str, str]) -> None:
        content = container.get("content") if isinstance(container, dict) else None
        if isinstance(content, dict):
            for media in content.values():
                if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                    media["schema"] = _view(media["schema"], context, rename)

    for _, _, operation, _ in iter_operations(result):
        body = operation.get("requestBody")
        if isinstance(body, dict) and "$ref" not in body:
            rewrite(body, "request", request_names)
        responses = operation.get("responses")
        if isinstance(responses, dict):
            for response in responses.values():
                if isinstance(response, dict) and "$ref" not in response:
                    rewrite(response, "response", {})
    components = result.get("components", {})
    for body in (components.get("requestBodies") or {}).values():
        rewrite(body, "request", request_names)
    for response in (components.get("responses") or {}).values():
        rewrite(response, "response", {})
    return result


# -- document-level steps: any valid document made generator-ready ---------------------
#
# Each step takes the document (already a private copy) and changes it in place; each
# keeps every operation and records what it changed in an `x-specbind-*` key.

ORIGINAL_OPERATION_ID = "x-specbind-original-operation-id"
ORIGINAL_NAME = "x-specbind-original-name"
ORIGINAL_MEDIA_TYPE = "x-specbind-original-media-type"
DROPPED_DEFAULT = "x-specbind-dropped-default"
TITLE = "x-specbind-title"
DROPPED_MEDIA_TYPES = "x-specbind-dropped-media-types"
UNUSED_SCHEMAS = "x-specbind-unused-schemas"
NULLABLE_AT_USE = "x-specbind-nullable"
UNNAMED_PROPERTIES = "x-specbind-unnamed-properties"
_SCHEMA_WORDS = ("type", "properties", "items", "allOf", "oneOf", "anyOf", "enum", "$ref")
_SCHEMA_WORD_SET = frozenset(_SCHEMA_WORDS)
_NAME_OK = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
# Keys whose values are data, never schemas: anywhere, and inside a schema (a response
# named `default` is not data).
_DATA_KEYS = frozenset({"example", "examples"})
_SCHEMA_DATA_KEYS = frozenset({"default", "enum", "const"})
_SCHEMA_SKIPPED = _DATA_KEYS | _SCHEMA_DATA_KEYS
# Maps from names to schemas: their keys are names, not keywords.
_NAME_MAPS = frozenset(
    {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "schemas"}
)


def ensure_components(data: dict[str, Any]) -> None:
    """`components.schemas` exists as a dict, so later steps need no special case."""
    components = data.get("components")
    if not isinstance(components, dict):
        components = data["components"] = {}
    if not isinstance(components.get("schemas"), dict):
        components["schemas"] = {}


def _engine_snake(text: str) -> str:
    """The operation name openapi-python-client derives (its own rules, not ours)."""
    return engine_strings.snake_case(text)


def unique_operation_ids(data: dict[str, Any]) -> None:
    """Every operation gets an operationId that is unique after sanitising.

    A missing or blank id is made from method and path; an id whose Python name
    (ours or the client engine's) is already taken gets `_2`, `_3`, ... The source's id,
    when there was one, stays in `x-specbind-original-operation-id`.
    """
    ours = Namespace()
    engines: set[str] = set()
    for path, method, operation, _ in iter_operations(data):
        original = operation.get("operationId")
        given = original if isinstance(original, str) else ""
        base = given if has_words(given) else f"{method}_{path}"
        if not _engine_snake(base).isascii() or len(_engine_snake(base)) > MAX_NAME:
            # The engine keeps non-ASCII letters in file names, which Python's imports
            # read in NFKC form (`µ` is imported as `μ`): only ASCII is safe there. A
            # very long id is shortened (`bounded`): it names a file.
            base = snake_case(base)
        name = base
        counter = 2
        while snake_case(name) in ours or _engine_snake(name) in engines or not _engine_snake(name):
            name = f"{snake_case(base)}_{counter}"
            counter += 1
        ours.claim(snake_case(name))
        engines.add(_engine_snake(name))
        if name != original:
            operation["operationId"] = name
            if isinstance(original, str):
                operation[ORIGINAL_OPERATION_ID] = original


ORIGINAL_TAGS = "x-specbind-original-tags"


def ascii_tags(data: dict[str, Any]) -> None:
    """Tags the client engine would turn into a non-ASCII module name, or one too long
    for a file name, get an ASCII one of at most MAX_NAME characters.

    The engine names a module per tag; a file `µ_tag/` is imported as `μ_tag` (Python
    reads identifiers in NFKC form) and is never found. The operation's own tags stay in
    `x-specbind-original-tags` for the server, which publishes them as they were.
    """
    for _, _, operation, _ in iter_operations(data):
        tags = operation.get("tags")
        if not isinstance(tags, list) or all(_module_safe(str(t)) for t in tags):
            continue
        operation[ORIGINAL_TAGS] = list(tags)
        operation["tags"] = [
            t if _module_safe(str(t)) else snake_case(str(t), "default") for t in tags
        ]


def _module_safe(tag: str) -> bool:
    """Does the engine's module name for `tag` import, and fit in a file name?"""
    name = _engine_snake(tag)
    return name.isascii() and len(name) <= MAX_NAME


def _ref_renamer(renames: dict[str, str]) -> Callable[[str], str]:
    escaped = {pointer_escape(old): pointer_escape(new) for old, new in renames.items()}

    def rename(ref: str) -> str:
        if not ref.startswith(_SCHEMA_PREFIX):
            return ref
        head, sep, tail = ref[len(_SCHEMA_PREFIX) :].partition("/")
        if head in escaped:
            return f"{_SCHEMA_PREFIX}{escaped[head]}{sep}{tail}"
        return ref

    return rename


def _rewrite_refs(node: Any, rename: Callable[[str], str]) -> None:
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str):
                current["$ref"] = rename(ref)
            stack.extend(v for v in current.values() if isinstance(v, (dict, list)))
        elif isinstance(current, list):
            stack.extend(v for v in current if isinstance(v, (dict, list)))


def schema_names(data: dict[str, Any]) -> None:
    """Component schema names that are not already PascalCase identifiers (the class
    name both generators give them) are renamed (`foo.Bar` -> `FooBar`, `actions` ->
    `Actions`, `1st` -> `Model1st`, clashes get a number) and every `$ref` follows; the
    source name stays in `x-specbind-original-name`. Names the generated modules already
    use (`File`, `Client`, `UUID`: `GENERATED_MODULE_NAMES`) are taken from the start.
    """
    schemas: dict[str, Any] = data["components"]["schemas"]
    taken = Namespace(GENERATED_MODULE_NAMES)
    keep: set[str] = set()
    for name in schemas:
        if _NAME_OK.match(name) and pascal_case(name) == name and name not in taken:
            taken.claim(pascal_case(name))
            keep.add(name)
    renames: dict[str, str] = {}
    for name in schemas:
        if name not in keep:
            new = taken.claim(pascal_case(name), separator="")
            while new in schemas and new not in renames.values() and new != name:
                new = taken.claim(pascal_case(name), separator="")
            renames[name] = new
    if not renames:
        return
    rebuilt: dict[str, Any] = {}
    for name, schema in schemas.items():
        if name in renames:
            if isinstance(schema, dict):
                schema = {**schema, ORIGINAL_NAME: name}
            rebuilt[renames[name]] = schema
        else:
            rebuilt[name] = schema
    data["components"]["schemas"] = rebuilt
    _rewrite_refs(data, _ref_renamer(renames))


def iter_schema_dicts(node: Any) -> Iterator[dict[str, Any]]:
    """Every dict of the document that can be a schema (data values and examples skipped).

    Name-to-schema maps (`properties`, `components.schemas`, ...) are stepped through,
    not yielded: a property named `readOnly` or `enum` is not a keyword.
    """
    stack: list[Any] = [node]
    pop, push = stack.pop, stack.append
    while stack:
        current = pop()
        if isinstance(current, dict):
            yield current
            skipped = _SCHEMA_SKIPPED if not _SCHEMA_WORD_SET.isdisjoint(current) else _DATA_KEYS
            for key, value in current.items():
                if not isinstance(value, (dict, list)) or key in skipped:
                    continue
                if isinstance(key, str) and key.startswith("x-"):
                    continue
                if key in _NAME_MAPS and isinstance(value, dict):
                    for item in value.values():
                        if isinstance(item, (dict, list)):
                            push(item)
                else:
                    push(value)
        elif isinstance(current, list):
            for item in current:
                if isinstance(item, (dict, list)):
                    push(item)


def _engine_enum_keys(values: list[str]) -> list[str]:
    """The member names openapi-python-client would give a string enum by default."""
    keys = [v.upper() if v and v[0].isalpha() else f"VALUE_{i}" for i, v in enumerate(values)]
    return [_engine_snake(key).upper() for key in keys]


def enum_member_names(data: dict[str, Any]) -> None:
    """String enums whose default member names clash or are not identifiers get
    `x-enum-varnames` (both generators honour it); the values stay as they are.
    """
    for schema in iter_schema_dicts(data):
        values = schema.get("enum")
        if not isinstance(values, list) or "x-enum-varnames" in schema:
            continue
        strings = [v for v in values if v is not None]
        if not strings or not all(isinstance(v, str) for v in strings):
            continue
        keys = _engine_enum_keys(strings)
        fine = len(set(keys)) == len(keys) and all(
            key.isidentifier() and key.isascii() and not iskeyword(key) for key in keys
        )
        if fine:
            continue
        members = Namespace()
        schema["x-enum-varnames"] = [members.claim(constant_case(v)) for v in strings]
        if len(strings) != len(values):
            schema["enum"] = [*strings, None]


_TYPE_CHECKS: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: (
        (isinstance(v, int) and not isinstance(v, bool))
        or (isinstance(v, float) and math.isfinite(v) and v.is_integer())
    ),
    "number": lambda v: (
        isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
    ),
    "boolean": lambda v: isinstance(v, bool),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
    "null": lambda v: v is None,
}


def _default_fits(schema: dict[str, Any], value: Any) -> bool:
    kind = schema.get("type")
    kinds = [kind] if isinstance(kind, str) else kind if isinstance(kind, list) else []
    if value is None and (schema.get("nullable") is True or "null" in kinds):
        return True
    known = [k for k in kinds if k in _TYPE_CHECKS]
    if known and not any(_TYPE_CHECKS[k](value) for k in known):
        return False
    # The client engine writes a string default through `remove_string_escapes`, which
    # doubles backslashes and escapes quotes: such a default would send other text.
    if isinstance(value, str) and engine_strings.remove_string_escapes(value) != value:
        return False
    enum = schema.get("enum")
    if not isinstance(enum, list):
        return True
    if value not in enum:
        return False
    # The client engine finds an enum default by its escaped literal: a value that
    # escaping changes (a backslash, a quote, a control character) is never found.
    return not isinstance(value, str) or engine_strings.in_double_quote_literal(value) == value


def odd_defaults(data: dict[str, Any]) -> None:
    """A default its own schema rejects (`"inf"` for an integer, a value outside the enum),
    or a string default with quotes or backslashes (the client engine would write other
    text), cannot become a Python default; it moves to `x-specbind-dropped-default`, and
    the parameter or property is simply optional.
    """
    variables = {id(v) for v in _server_variables(data)}
    for schema in iter_schema_dicts(data):
        if (
            "default" in schema
            and id(schema) not in variables
            and not _default_fits(schema, schema["default"])
        ):
            schema[DROPPED_DEFAULT] = schema.pop("default")


def _server_variables(data: dict[str, Any]) -> Iterator[Any]:
    """The server variable objects (their `default` is a required URL part, not a schema's)."""
    items = [data, *((data.get("paths") or {}).values())]
    holders = [*items]
    for item in items[1:]:
        if isinstance(item, dict):
            holders.extend(op for op in item.values() if isinstance(op, dict))
    for holder in holders:
        servers = holder.get("servers") if isinstance(holder, dict) else None
        for server in servers if isinstance(servers, list) else []:
            variables = server.get("variables") if isinstance(server, dict) else None
            if isinstance(variables, dict):
                yield from variables.values()


_WILDCARDS = ("*/*", "application/*")


def _readable_response(media_type: str) -> bool:
    """Media types the client engine can read a response as (JSON, text or bytes)."""
    base = media_type.split(";", 1)[0].strip().lower()
    return (
        base in ("application/json", "application/octet-stream")
        or base.startswith("text/")
        or base.endswith("+json")
    )


def _rename_media(content: dict[str, Any], old: str, new: str) -> None:
    media = content.pop(old)
    content[new] = {**media, ORIGINAL_MEDIA_TYPE: old} if isinstance(media, dict) else media


def media_types(data: dict[str, Any]) -> None:
    """Bodies in media types no generator handles, made into ones that say the same.

    - Only `*/*` (or `application/*`): JSON when the schema describes structured data,
      bytes otherwise; both are what the wildcard allows.
    - A wildcard beside specific types: the specific ones are kept, the wildcard is
      listed in `x-specbind-dropped-media-types`.
    - A response in no readable type (`application/pdf`, `image/png`): read as bytes.
    The source's media type is kept in `x-specbind-original-media-type`.
    """
    containers: list[tuple[Any, bool]] = []
    for _, _, operation, _ in iter_operations(data):
        if isinstance(operation.get("responses"), dict):
            containers.extend((r, True) for r in operation["responses"].values())
        containers.append((operation.get("requestBody"), False))
    containers.extend((r, True) for r in (data["components"].get("responses") or {}).values())
    bodies = data["components"].get("requestBodies") or {}
    containers.extend((b, False) for b in bodies.values())
    for container, is_response in containers:
        content = container.get("content") if isinstance(container, dict) else None
        if not isinstance(content, dict) or not content:
            continue
        wildcards = [key for key in content if key in _WILDCARDS]
        if wildcards and len(wildcards) == len(content):
            media = content[wildcards[0]]
            schema = media.get("schema") if isinstance(media, dict) else None
            binary = not isinstance(schema, dict) or schema.get("format") == "binary"
            target = "application/octet-stream" if binary else "application/json"
            _rename_media(content, wildcards[0], target)
            for extra in wildcards[1:]:
                del content[extra]
        elif wildcards:
            for key in wildcards:
                del content[key]
            container[DROPPED_MEDIA_TYPES] = wildcards
        if is_response and not any(_readable_response(key) for key in content):
            _rename_media(content, next(iter(content)), "application/octet-stream")


OCTET_STREAM = "application/octet-stream"
_STRUCTURED_REQUESTS = (
    "application/json",
    "application/x-www-form-urlencoded",
    "multipart/form-data",
)


def _structured_request(media_type: str) -> bool:
    """Request media types the client engine builds from the schema: JSON and forms.

    Spelled as the engine reads them: a key in other case (`Application/JSON`) is not one.
    """
    base = media_type.split(";", 1)[0].strip()
    return base in _STRUCTURED_REQUESTS or (
        base.startswith("application/") and base.endswith("+json")
    )


def _raw_body_schema(data: dict[str, Any], schema: Any) -> dict[str, Any]:
    """What a body sent as it is can be: text (`str`) when the schema is a string that is
    not binary, else bytes; the description stays."""
    target = schema
    for _ in range(16):
        name = _schema_name(target.get("$ref")) if isinstance(target, dict) else None
        if name is None:
            break
        target = data["components"]["schemas"].get(name)
    kind = target.get("type") if isinstance(target, dict) else None
    kinds = [k for k in (kind if isinstance(kind, list) else [kind]) if k != "null"]
    text = kinds == ["string"] and isinstance(target, dict) and target.get("format") != "binary"
    result: dict[str, Any] = {"type": "string"} if text else {"type": "string", "format": "binary"}
    for source in (schema, target):
        if isinstance(source, dict) and isinstance(source.get("description"), str):
            result["description"] = source["description"]
            break
    return result


def request_media_types(data: dict[str, Any]) -> None:
    """Request bodies that are neither JSON nor a form are sent as they are: text or bytes.

    The client engine drops an operation whose body is `image/jpeg` or `text/plain`; it
    sends `application/octet-stream` bodies as given. So the first such media type of a
    body becomes `application/octet-stream` (the source's type kept in
    `x-specbind-original-media-type`, which the client sends as Content-Type and the
    server publishes); further ones are listed in `x-specbind-dropped-media-types`. Its
    schema becomes a string (text) or a binary string (bytes): the body is passed as it
    goes on the wire, never serialised from a model.
    """
    containers = [operation.get("requestBody") for _, _, operation, _ in iter_operations(data)]
    containers.extend((data["components"].get("requestBodies") or {}).values())
    for container in containers:
        if not isinstance(container, dict) or not isinstance(container.get("content"), dict):
            continue
        content: dict[str, Any] = container["content"]
        raw = [key for key in content if not _structured_request(key)]
        if not raw:
            continue
        kept = OCTET_STREAM if OCTET_STREAM in content else raw[0]
        media = content[kept] if isinstance(content[kept], dict) else {}
        content[kept] = {**media, "schema": _raw_body_schema(data, media.get("schema"))}
        if kept != OCTET_STREAM:
            _rename_media(content, kept, OCTET_STREAM)
        dropped = [key for key in raw if key != kept]
        for key in dropped:
            del content[key]
        if dropped:
            container[DROPPED_MEDIA_TYPES] = [*container.get(DROPPED_MEDIA_TYPES, []), *dropped]


def _deep_ref_target(data: dict[str, Any], ref: str) -> Any:
    """What a `#/components/schemas/A/properties/b`-style ref points at, or None."""
    try:
        return resolve_pointer(data, ref)
    except (KeyError, ValueError):
        return None


def inline_deep_refs(data: dict[str, Any]) -> None:
    """A `$ref` into the inside of a component schema (`#/components/schemas/A/properties/b`)
    is replaced by a copy of its target: generators only know whole components.
    """
    for _ in range(32):
        changed = False
        for node in iter_schema_dicts(data):
            ref = node.get("$ref")
            if not (isinstance(ref, str) and ref.startswith(_SCHEMA_PREFIX)):
                continue
            if "/" not in ref[len(_SCHEMA_PREFIX) :]:
                continue
            target = _deep_ref_target(data, ref)
            if not isinstance(target, dict) or target is node:
                continue
            del node["$ref"]
            for key, value in copy_json(target).items():
                node.setdefault(key, value)
            node[INLINED_FROM] = ref
            changed = True
        if not changed:
            return


def _needs_model(schema: Any) -> bool:
    """An inline object with properties (or a composition): it needs a named model."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return False
    return bool(schema.get("properties")) or any(
        isinstance(schema.get(key), list) for key in ("allOf", "oneOf", "anyOf")
    )


def _hoist(data: dict[str, Any], holder: dict[str, Any], key: str, base: str) -> None:
    """Move `holder[key]` (or the items of an array there) into components under `base`."""
    schemas: dict[str, Any] = data["components"]["schemas"]
    schema = holder.get(key)
    if isinstance(schema, dict) and schema.get("type") == "array" and "$ref" not in schema:
        if _needs_model(schema.get("items")):
            _hoist(data, schema, "items", f"{base}Item")
        return
    if not _needs_model(schema):
        return
    name = _free_name(pascal_case(base), set(schemas))
    schemas[name] = schema
    holder[key] = {"$ref": _SCHEMA_PREFIX + name}


def name_inline_schemas(data: dict[str, Any]) -> None:
    """Inline object schemas of request bodies and responses become named components
    (`<OperationId>Body`, `<OperationId>Response`, `<OperationId>Response404`, ...).
    """

    def media_holders(container: Any) -> Iterator[tuple[str, dict[str, Any]]]:
        content = container.get("content") if isinstance(container, dict) else None
        if isinstance(content, dict):
            for media_type, media in sorted(content.items()):
                if isinstance(media, dict):
                    yield media_type, media

    def hoist_all(container: Any, base: str) -> None:
        for index, (_, media) in enumerate(media_holders(container)):
            _hoist(data, media, "schema", base if index == 0 else f"{base}{index + 1}")

    for _, _, operation, _ in iter_operations(data):
        stem = pascal_case(str(operation.get("operationId", "")), fallback="Operation")
        body = operation.get("requestBody")
        if isinstance(body, dict) and "$ref" not in body:
            hoist_all(body, f"{stem}Body")
        responses = operation.get("responses")
        if isinstance(responses, dict):
            for status, response in responses.items():
                if isinstance(response, dict) and "$ref" not in response:
                    suffix = "" if str(status) in {"200", "201"} else pascal_case(str(status))
                    hoist_all(response, f"{stem}Response{suffix}")
    components = data["components"]
    for name, body in (components.get("requestBodies") or {}).items():
        hoist_all(body, f"{name}Body")
    for name, response in (components.get("responses") or {}).items():
        hoist_all(response, f"{name}Response")


def schema_titles(data: dict[str, Any]) -> None:
    """A schema `title` names the client engine's class for it, so two schemas titled
    alike (Stripe's list responses, GitHub's `Simple User` and its nullable twin) would
    clash. Titles move to `x-specbind-title`; classes are named after component names
    and properties, which are unique. A title equal to its component's name stays.
    """
    schemas: dict[str, Any] = data["components"]["schemas"]
    keep = {
        id(schema)
        for name, schema in schemas.items()
        if isinstance(schema, dict) and pascal_case(str(schema.get("title", ""))) == name
    }
    for node in iter_schema_dicts(data):
        title = node.get("title")
        if isinstance(title, str) and id(node) not in keep and _looks_like_schema(node):
            node[TITLE] = node.pop("title")


def _looks_like_schema(node: dict[str, Any]) -> bool:
    return not _SCHEMA_WORD_SET.isdisjoint(node)


def _is_inline_enum(node: Any) -> bool:
    return (
        isinstance(node, dict)
        and "$ref" not in node
        and isinstance(node.get("enum"), list)
        and any(value is not None for value in node["enum"])
    )


def _is_inline_object(node: Any) -> bool:
    """A plain inline object model (properties or `type: object`, no composition): the
    engine makes a class of it named after parent and property, and makes it twice,
    clashing, when two allOf members or union members hold one each under the same
    property (Box's `options`, Vercel's unions) or an allOf refers to its parent
    (DigitalOcean's node pool `labels`)."""
    return (
        isinstance(node, dict)
        and "$ref" not in node
        and (bool(node.get("properties")) or node.get("type") == "object")
        and not any(key in node for key in ("allOf", "oneOf", "anyOf"))
    )


def _hoist_enums(schemas: dict[str, Any], node: Any, hint: str) -> None:
    """Replace every inline enum, every inline object model at any depth, and every inline
    object that is a member of a union, under `node` by a `$ref` to a new component
    named from `hint` and the path to it (`ProjectFeature` + `state` ->
    `ProjectFeatureState2` if `ProjectFeatureState` is taken; `CopilotSpaceCollaborator`
    + first anyOf member -> `...Option1`; `MetadataTemplate` + `fields` items ->
    `MetadataTemplateFieldsItem`). allOf members themselves stay inline: the engine
    merges them into one class.
    """
    if not isinstance(node, dict):
        return

    def visit(
        holder: dict[str, Any] | list[Any], key: Any, name: str, union: bool, part: bool = False
    ) -> None:
        child = holder[key]
        if _is_nullable_model(child) and (_needs_model(child) or _is_inline_object(child)):
            new = _free_name(pascal_case(name, fallback="Model"), set(schemas))
            schemas[new] = {**child, "nullable": False}
            holder[key] = {"anyOf": [{"$ref": _SCHEMA_PREFIX + new}, {"type": "null"}]}
            _hoist_enums(schemas, schemas[new], new)
        elif (
            _is_inline_enum(child)
            or (union and _needs_model(child))
            or (not part and _is_inline_object(child))
        ):
            new = _free_name(pascal_case(name, fallback="Enum"), set(schemas))
            schemas[new] = child
            # The use keeps what says which side sends it: views read it there.
            flags = {k: child[k] for k in ("readOnly", "writeOnly") if child.get(k) is True}
            holder[key] = {"$ref": _SCHEMA_PREFIX + new, **flags}
            _hoist_enums(schemas, child, new)
        else:
            _hoist_enums(schemas, child, name)

    properties = node.get("properties")
    if isinstance(properties, dict):
        for prop in list(properties):
            visit(properties, prop, f"{hint} {prop}", False)
    for key in _SUBSCHEMA_KEYS:
        if isinstance(node.get(key), dict):
            visit(node, key, f"{hint} item" if key == "items" else f"{hint} {key}", False)
    for key in _SUBSCHEMA_LISTS:
        members = node.get(key)
        if isinstance(members, list):
            for index in range(len(members)):
                visit(
                    members,
                    index,
                    f"{hint} option {index + 1}",
                    key in ("anyOf", "oneOf"),
                    part=key == "allOf",
                )


def name_inline_enums(data: dict[str, Any]) -> None:
    """Inline enums and inline union members become components named after where they
    sit. The client engine names an inline enum `<Parent><Property>` and refuses two of
    that name with other values (Jira's `ProjectFeature.state` vs the
    `ProjectFeatureState` schema), and cannot read an inline `allOf` inside a union
    (GitHub's `copilot-space-collaborator`) or a nullable one (GitHub's installation
    `account`); a component each is one class each, shared by both generators. A
    nullable inline model becomes `anyOf: [$ref, {type: null}]`, as `nullable_models`
    does for components.
    """
    schemas: dict[str, Any] = data["components"]["schemas"]
    for name in list(schemas):
        _hoist_enums(schemas, schemas[name], name)
    for _, _, operation, _ in iter_operations(data):
        stem = str(operation.get("operationId", ""))
        for parameter in operation.get("parameters") or []:
            if isinstance(parameter, dict) and isinstance(parameter.get("schema"), dict):
                label = f"{stem} {parameter.get('name', '')}"
                if _is_inline_enum(parameter["schema"]):
                    new = _free_name(pascal_case(label, fallback="Enum"), set(schemas))
                    schemas[new] = parameter["schema"]
                    parameter["schema"] = {"$ref": _SCHEMA_PREFIX + new}
                else:
                    _hoist_enums(schemas, parameter["schema"], label)


def _component_of(ref: str) -> str | None:
    """`#/components/schemas/A~1b/properties/c` -> `A/b`: the component a ref is in."""
    if not ref.startswith(_SCHEMA_PREFIX):
        return None
    return pointer_unescape(ref[len(_SCHEMA_PREFIX) :].split("/", 1)[0])


def _other_components(data: dict[str, Any]) -> dict[str, Any]:
    """Parameters, bodies, responses, headers, ...: every component section but schemas."""
    return {k: v for k, v in data["components"].items() if k != "schemas"}


def _ref_values(node: Any) -> Iterator[str]:
    """Every `$ref` string under `node` (`iter_refs` without building each pointer)."""
    stack: list[Any] = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str):
                yield ref
            stack.extend(v for v in current.values() if isinstance(v, (dict, list)))
        elif isinstance(current, list):
            stack.extend(v for v in current if isinstance(v, (dict, list)))


def _used_schemas(data: dict[str, Any], starts: list[Any]) -> set[str]:
    """Component schemas `starts` use, directly or through other components."""
    schemas: dict[str, Any] = data["components"]["schemas"]
    names: set[str] = set()
    stack: list[Any] = list(starts)
    while stack:
        node = stack.pop()
        for ref in _ref_values(node):
            name = _component_of(ref)
            if name is not None and name not in names and name in schemas:
                names.add(name)
                stack.append(schemas[name])
    return names


def unused_schemas(data: dict[str, Any]) -> None:
    """Component schemas only webhooks use (GitHub's webhook payloads, under
    `x-webhooks`) are not part of the API the bindings call or serve; they are set aside
    under `components.x-specbind-unused-schemas` so a generator never fails on them.
    Nothing an operation uses is touched.
    """
    schemas: dict[str, Any] = data["components"]["schemas"]
    hooks = [data.get(key) for key in ("webhooks", "x-webhooks") if isinstance(data.get(key), dict)]
    if not hooks:
        return
    used = _used_schemas(data, [data.get("paths") or {}, _other_components(data)])
    only_hooks = _used_schemas(data, hooks) - used
    unused = {name: schema for name, schema in schemas.items() if name in only_hooks}
    if unused:
        data["components"]["schemas"] = {n: s for n, s in schemas.items() if n not in unused}
        data["components"][UNUSED_SCHEMAS] = unused


def _is_nullable_model(schema: Any) -> bool:
    if not isinstance(schema, dict) or schema.get("nullable") is not True:
        return False
    return schema.get("type") == "object" or any(
        key in schema for key in ("properties", "allOf", "oneOf", "anyOf")
    )


def nullable_models(data: dict[str, Any]) -> None:
    """One canonical form for a nullable model: the component itself is not nullable,
    and each `$ref` to it becomes `anyOf: [$ref, {type: null}]`. The client engine
    otherwise makes a second class (`<Name>Type0`) per nullable component and clashes
    on the classes nested in it (GitHub's `integration` and `nullable-integration`).
    """
    schemas: dict[str, Any] = data["components"]["schemas"]
    nullable = {name for name, schema in schemas.items() if _is_nullable_model(schema)}
    if not nullable:
        return
    for name in nullable:
        schemas[name]["nullable"] = False
        schemas[name][NULLABLE_AT_USE] = True

    def wrap(node: Any) -> Any:
        if (
            isinstance(node, dict)
            and set(node) == {"$ref"}
            and _schema_name(node["$ref"]) in nullable
        ):
            return {"anyOf": [node, {"type": "null"}]}
        return node

    for node in list(iter_schema_dicts(data)):
        for key, value in list(node.items()):
            if key == "$ref" or (isinstance(key, str) and key.startswith("x-")):
                continue
            if key in _NAME_MAPS and isinstance(value, dict):
                for name, item in list(value.items()):
                    value[name] = wrap(item)
            elif isinstance(value, dict):
                node[key] = wrap(value)
            elif isinstance(value, list) and key in ("allOf",):
                continue
            elif isinstance(value, list):
                node[key] = [wrap(item) for item in value]


@cache
def _engine_field_names(name: str) -> frozenset[str]:
    """The engine's attribute names for a property, as Python reads them (`ﬁle` is
    `file`); cached: the same names recur across thousands of schemas, and the engine's
    conversion is slow."""
    return frozenset(
        {
            folded(str(engine_strings.PythonIdentifier(name, "field_"))),
            folded(str(engine_strings.PythonIdentifier(name, "field_", skip_snake_case=True))),
        }
    )


def property_name_clashes(data: dict[str, Any]) -> None:
    """Two properties whose Python names clash in the client engine (`+1` and `-1` both
    become `field_1`; `ﬁle` and `file` are one name to Python) cannot both be
    attributes: the later one is moved out of `properties` (kept under
    `x-specbind-unnamed-properties`) and the model accepts additional properties, so its
    value still travels, in `additional_properties`.
    """
    for schema in iter_schema_dicts(data):
        properties = schema.get("properties")
        if not isinstance(properties, dict) or len(properties) < 2:
            continue
        seen: set[str] = set()
        moved: dict[str, Any] = {}
        for name in list(properties):
            names = _engine_field_names(str(name))
            if names <= seen or (len(names) == 1 and names & seen):
                moved[name] = properties.pop(name)
            seen |= names
        if not moved:
            continue
        schema[UNNAMED_PROPERTIES] = moved
        if schema.get("additionalProperties") is False:
            schema["additionalProperties"] = True
        if isinstance(schema.get("required"), list):
            kept = [n for n in schema["required"] if n not in moved]
            if kept:
                schema["required"] = kept
            else:
                del schema["required"]


def schema_shapes(data: dict[str, Any]) -> None:
    """Shapes JSON Schema allows and the client engine rejects, said the long way:
    an array without `items` gets `items: {}` (anything), and a boolean schema where a
    property or `items` goes (3.1) becomes `{}` (true) or `{"not": {}}` (false).
    """
    for schema in list(iter_schema_dicts(data)):
        kind = schema.get("type")
        kinds = kind if isinstance(kind, list) else [kind]
        if "array" in kinds and "items" not in schema and "prefixItems" not in schema:
            schema["items"] = {}
        if isinstance(schema.get("items"), bool):
            schema["items"] = {} if schema["items"] else {"not": {}}
        properties = schema.get("properties")
        if isinstance(properties, dict) and _looks_like_schema(schema):
            for name, value in list(properties.items()):
                if isinstance(value, bool):
                    properties[name] = {} if value else {"not": {}}


def _nullable(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    return schema.get("nullable") is True or (isinstance(kind, list) and "null" in kind)


def _allof_properties(schemas: dict[str, Any], members: list[Any]) -> Iterator[dict[str, Any]]:
    """The `properties` of every member, through refs and nested allOfs (Asana's
    `TaskCompact` is itself an allOf)."""
    stack, seen = list(members), 0
    while stack and seen < 256:
        member, seen = stack.pop(), seen + 1
        if not isinstance(member, dict):
            continue
        if isinstance(member.get("$ref"), str):
            stack.append(schemas.get(_schema_name(member["$ref"]) or ""))
            continue
        if isinstance(member.get("properties"), dict):
            yield member["properties"]
        if isinstance(member.get("allOf"), list):
            stack.extend(member["allOf"])


def allof_nullability(data: dict[str, Any]) -> None:
    """In an `allOf`, a property nullable in one member and not in another can only be
    non-null (a value must satisfy every member); the inline member says so too, since
    the client engine refuses to merge `None | str` with `str` (GitHub's installation
    `account`, an allOf of user and enterprise).
    """
    schemas: dict[str, Any] = data["components"]["schemas"]
    for schema in list(iter_schema_dicts(data)):
        members = schema.get("allOf")
        if not isinstance(members, list) or len(members) < 2:
            continue
        strict: set[str] = set()
        for found in _allof_properties(schemas, members):
            strict |= {n for n, p in found.items() if isinstance(p, dict) and not _nullable(p)}
        for member in members:
            own = member.get("properties") if isinstance(member, dict) else None
            if not isinstance(own, dict) or "$ref" in member:
                continue
            for name in strict & set(own):
                prop = own[name]
                if _nullable(prop):
                    prop["nullable"] = False
                    if isinstance(prop.get("type"), list):
                        prop["type"] = [k for k in prop["type"] if k != "null"] or prop["type"]


DOCUMENT_STEPS: tuple[Callable[[dict[str, Any]], None], ...] = (
    ensure_components,
    path_item_refs,
    path_query_strings,
    path_templates,
    schema_refs_to_other_kinds,
    promote_ref_targets,
    schema_shapes,
    unique_operation_ids,
    ascii_tags,
    schema_names,
    schema_titles,
    inline_deep_refs,
    typeless_nullable_members,
    allof_annotations,
    scalar_allofs,
    enum_without_null,
    enum_members_of_its_type,
    null_typed_unions,
    any_value_unions,
    name_inline_schemas,
    name_inline_enums,
    nullable_models,
    allof_nullability,
    property_name_clashes,
    enum_member_names,
    odd_defaults,
    media_types,
    request_media_types,
)


def normalise(data: dict[str, Any]) -> dict[str, Any]:
    """The generator-ready copy of a document; `data` itself is never modified."""
    result = copy_json(data)
    for step in DOCUMENT_STEPS:
        step(result)
    result = split_read_write_views(result)
    unused_schemas(result)
    return result
