"""Document text never becomes code: one payload in every slot a generator copies into
source, generated into a client and a server, every module imported in a subprocess.

Each slot's text ends every kind of Python string (`"`, `'`, `\"\"\"`, `'''`), a comment
(a newline), an f-string field (`{...}`) and a Jinja expression (`{{ }}`), each followed
by `__import__("pathlib").Path(<tmp>/<slot>).touch()`. The test passes when every module
imports, no slot's file exists afterwards, and each slot's unique token reached the
generated code (so the slot was really rendered, as data).

`test_every_template_value_goes_through_a_literal_filter` keeps it that way: a `{{ }}`
added to a template must use a literal filter or be listed below as a value we compute
and prove to be an identifier or code.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from specbind.client import generate_client
from specbind.config import Config
from specbind.server import generate_server
from tests.conftest import REPO, scratch_config


def _spelled(text: str) -> str:
    """A Python expression for `text` without a quote: `bytes((112, 97)).decode()`."""
    return f"bytes({tuple(text.encode())}).decode()"


# How a payload breaks out of the place it is pasted into: "mixed" tries every way at
# once (raw, it is a syntax error), each other style is valid Python in exactly one
# place, so pasted raw there it would run.
STYLES = ("mixed", "double-quote", "single-quote", "docstring", "f-string", "comment")


def payload(token: str, mark: Path, style: str, short: bool, quote_free: bool) -> str:
    """Text that runs `touch mark` when pasted raw into Python source, carrying `token` so
    the test can find where it landed. `short`: one line without braces or controls (a
    path template, a module or a file name); `quote_free`: without quotes or backslashes."""
    touch = f'__import__("pathlib").Path({str(mark)!r}).touch()'
    if quote_free:  # spelled without quotes or backslashes: a default that fits its schema
        touch = f"__import__({_spelled('pathlib')}).Path({_spelled(str(mark))}).touch()"
        return f"{token} {{{touch}}} {{{{ 7*7 }}}}\n{touch}\n# \x1b[31m end"
    if style == "double-quote" or (short and style in ("f-string", "comment")):
        return f'{token}"; {touch}; _ = "'
    if style == "single-quote":
        return f"{token}'; {touch}; _ = '"
    if style == "docstring":
        return f'{token}"""; {touch}; _ = """'
    if style == "f-string":
        return f"{token} {{{touch}}}"
    if style == "comment":
        return f"{token}\n{touch}\n#"
    if short:
        return f'{token} "; {touch}; _ = " \'; {touch}; _ = \' """ \\'
    return (
        f'{token} "; {touch}; _ = " \'; {touch}; _ = \' """; {touch}; _ = """ '
        f"'''; {touch}; _ = ''' \\ \\N{{BULLET}} {{{touch}}} {{{{ 7*7 }}}} {{% raw %}} "
        f"\x1b[31m \x00 \u2028 \u202e ``` <b>|</b>\n{touch}\n# end"
    )


@dataclass(frozen=True)
class Slot:
    """One place in the document that reaches generated code."""

    id: str
    # puts the slot's text into the document
    put: Callable[[dict[str, Any], str], None]
    # the generated packages whose source must hold the slot's token
    sides: tuple[str, ...] = ("client", "server")
    # the packages where the whole text must be a string value at run time, unchanged
    exact: tuple[str, ...] = ()
    # the text must survive a URL path, a module name or a path template: a shorter one
    short: bool = False
    # no quotes or backslashes (a default with them is dropped, see `odd_defaults`)
    quote_free: bool = False


def _operation(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["paths"]["/items/{item_id}"]["get"]


def _post(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["paths"]["/items"]["post"]


def _item(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["components"]["schemas"]["Item"]


def _server_url(doc: dict[str, Any], text: str) -> None:
    doc["servers"][0]["url"] += "/" + text


def _server_variable(doc: dict[str, Any], text: str) -> None:
    doc["servers"][0]["url"] += "/{v}"
    doc["servers"][0]["variables"] = {"v": {"default": text, "enum": [text]}}


def _security_header(doc: dict[str, Any], text: str) -> None:
    doc["components"]["securitySchemes"]["ApiKey"]["name"] = text


def _security_scheme_name(doc: dict[str, Any], text: str) -> None:
    schemes = doc["components"]["securitySchemes"]
    schemes[text] = schemes.pop("ApiKey")
    doc["security"] = [{text: []}]


def _security_description(doc: dict[str, Any], text: str) -> None:
    doc["components"]["securitySchemes"]["ApiKey"]["description"] = text


def _parameter(location: str) -> Callable[[dict[str, Any], str], None]:
    def put(doc: dict[str, Any], text: str) -> None:
        _operation(doc)["parameters"].append(
            {"name": text, "in": location, "required": False, "schema": {"type": "string"}}
        )

    return put


def _parameter_description(doc: dict[str, Any], text: str) -> None:
    _operation(doc)["parameters"][0]["description"] = text


def _enum_value(doc: dict[str, Any], text: str) -> None:
    _item(doc)["properties"]["kind"]["enum"].append(text)


def _query_enum_value(doc: dict[str, Any], text: str) -> None:
    _operation(doc)["parameters"].append(
        {"name": "mode", "in": "query", "schema": {"type": "string", "enum": ["plain", text]}}
    )


def _property_default(name: str) -> Callable[[dict[str, Any], str], None]:
    def put(doc: dict[str, Any], text: str) -> None:
        _item(doc)["properties"][name] = {"type": "string", "default": text}

    return put


def _parameter_default(name: str) -> Callable[[dict[str, Any], str], None]:
    def put(doc: dict[str, Any], text: str) -> None:
        _operation(doc)["parameters"].append(
            {"name": name, "in": "query", "schema": {"type": "string", "default": text}}
        )

    return put


def _property_example(doc: dict[str, Any], text: str) -> None:
    _item(doc)["properties"]["label"]["example"] = text


def _schema_example(doc: dict[str, Any], text: str) -> None:
    _item(doc)["example"] = {"label": text}


def _parameter_example(doc: dict[str, Any], text: str) -> None:
    _operation(doc)["parameters"][0]["example"] = text


def _title(doc: dict[str, Any], text: str) -> None:
    doc["info"]["title"] = text


def _description(doc: dict[str, Any], text: str) -> None:
    doc["info"]["description"] = text


def _version(doc: dict[str, Any], text: str) -> None:
    doc["info"]["version"] = text


def _schema_title(doc: dict[str, Any], text: str) -> None:
    _item(doc)["title"] = text


def _schema_description(doc: dict[str, Any], text: str) -> None:
    _item(doc)["description"] = text


def _property_description(doc: dict[str, Any], text: str) -> None:
    _item(doc)["properties"]["label"]["description"] = text


def _property_name(doc: dict[str, Any], text: str) -> None:
    _item(doc)["properties"][text] = {"type": "string"}


def _pattern(doc: dict[str, Any], text: str) -> None:
    token = re.match(r"[a-z-]*", text).group()  # letters and hyphens: a literal regex
    _item(doc)["properties"]["label"]["pattern"] = token + re.escape(text[len(token) :])


def _tag(doc: dict[str, Any], text: str) -> None:
    _operation(doc)["tags"] = [text]
    _post(doc)["tags"] = [text]


def _summary(doc: dict[str, Any], text: str) -> None:
    _operation(doc)["summary"] = text


def _operation_description(doc: dict[str, Any], text: str) -> None:
    _post(doc)["description"] = text


def _response_description(doc: dict[str, Any], text: str) -> None:
    _operation(doc)["responses"]["200"]["description"] = text


def _operation_id(doc: dict[str, Any], text: str) -> None:
    _operation(doc)["operationId"] = text


def _content_type(doc: dict[str, Any], text: str) -> None:
    body = _post(doc)["requestBody"]["content"]
    quoted = text.replace("\\", "\\\\").replace('"', '\\"')
    body[f'application/merge-patch+json; p="{quoted}"'] = body.pop("application/json")


def _path(doc: dict[str, Any], text: str) -> None:
    doc["paths"]["/" + text] = {
        "get": {
            "operationId": "pathSlot",
            "responses": {"204": {"description": "nothing"}},
        }
    }


SLOTS = [
    Slot("server-url", _server_url, sides=("client",), exact=("client",)),
    Slot("server-variable", _server_variable, sides=("client",), exact=("client",)),
    Slot(
        "security-header-name",
        _security_header,
        sides=("client", "server"),
        exact=("client", "server"),
    ),
    Slot("security-description", _security_description, sides=("server",), exact=("server",)),
    Slot(
        "query-parameter-name",
        _parameter("query"),
        sides=("client", "server"),
        exact=("client", "server"),
    ),
    Slot(
        "header-parameter-name",
        _parameter("header"),
        sides=("client", "server"),
        exact=("client", "server"),
    ),
    Slot(
        "parameter-description",
        _parameter_description,
        sides=("server",),  # the client engine reads a path parameter's schema only
        exact=("server",),
    ),
    Slot("parameter-example", _parameter_example, sides=()),
    # dropped by the normalising pass (quotes), so it reaches no code ...
    Slot("parameter-default", _parameter_default("sort"), sides=()),
    # ... while one without quotes or backslashes is a real default
    Slot(
        "parameter-default-kept",
        _parameter_default("order"),
        sides=("client",),  # the server stubs take no parameter defaults
        exact=("client",),
        quote_free=True,
    ),
    Slot("enum-value", _enum_value, sides=("client", "server"), exact=("client", "server")),
    Slot(
        "query-enum-value",
        _query_enum_value,
        sides=("client", "server"),
        exact=("client", "server"),
    ),
    Slot("property-default", _property_default("colour"), sides=()),
    Slot(
        "property-default-kept",
        _property_default("shade"),
        sides=("client", "server"),
        exact=("client", "server"),
        quote_free=True,
    ),
    Slot("property-example", _property_example, sides=("client", "server")),
    Slot("schema-example", _schema_example, sides=("client",)),
    Slot("property-name", _property_name, sides=("client", "server"), exact=("client", "server")),
    Slot("property-description", _property_description, sides=("client", "server")),
    Slot("property-pattern", _pattern, sides=("client", "server")),
    Slot("info-title", _title, sides=("client", "server"), exact=("server",)),
    Slot("info-description", _description, sides=("server",), exact=("server",)),
    Slot("info-version", _version, sides=()),  # the project's spec version is used instead
    Slot("schema-title", _schema_title, sides=()),  # moved aside: see `schema_titles`
    Slot("schema-description", _schema_description, sides=("client", "server")),
    Slot("summary", _summary, sides=("client", "server"), exact=("server",)),
    Slot(
        "operation-description",
        _operation_description,
        sides=("client", "server"),
        exact=("server",),
    ),
    Slot("response-description", _response_description, sides=("server",), exact=("server",)),
    Slot("content-type", _content_type, sides=("client",), short=True),
    Slot("tag", _tag, sides=("server",), exact=("server",), short=True),
    Slot(
        "operation-id",
        _operation_id,
        sides=("client", "server"),
        exact=("client", "server"),
        short=True,
    ),
    Slot("path", _path, sides=("client", "server"), exact=("client", "server"), short=True),
    Slot("security-scheme-name", _security_scheme_name, sides=("server",), exact=("server",)),
]


def _document() -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "Hostile", "version": "1.0.0"},
        "servers": [{"url": "https://api.example/v1"}],
        "security": [{"ApiKey": []}],
        "paths": {
            "/items/{item_id}": {
                "get": {
                    "operationId": "getItem",
                    "parameters": [
                        {
                            "name": "item_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "the item",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Item"}
                                }
                            },
                        }
                    },
                }
            },
            "/items": {
                "post": {
                    "operationId": "createItem",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Item"}}
                        },
                    },
                    "responses": {"204": {"description": "created"}},
                }
            },
        },
        "components": {
            "securitySchemes": {"ApiKey": {"type": "apiKey", "in": "header", "name": "X-Key"}},
            "schemas": {
                "Item": {
                    "type": "object",
                    "required": ["label"],
                    "properties": {
                        "label": {"type": "string"},
                        "kind": {"type": "string", "enum": ["a", "b"]},
                    },
                }
            },
        },
    }


# ---------------------------------------------------------------------------------------
# generation, once for every slot (one document carries them all)

IMPORT_EVERYTHING = """
import importlib, json, pkgutil, sys
from enum import Enum
from dataclasses import fields, is_dataclass

project, package, texts = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
sys.path.insert(0, project)
root = importlib.import_module(package)
names = [package] + [m.name for m in pkgutil.walk_packages(root.__path__, package + ".")]
modules = [importlib.import_module(name) for name in names]

found = set()
seen = set()

def walk(value, depth=0):
    if depth > 12 or id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, str):
        found.add(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            walk(key, depth + 1)
            walk(item, depth + 1)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            walk(item, depth + 1)
    elif callable(value) and getattr(value, "__module__", "").startswith(package):
        walk(getattr(value, "__defaults__", None), depth + 1)  # parameter defaults
        walk(getattr(value, "__kwdefaults__", None), depth + 1)
        if isinstance(value, type):
            for item in list(vars(value).values()):
                walk(item, depth + 1)
            for attribute in getattr(value, "__attrs_attrs__", ()):  # the models' defaults
                walk(attribute.default, depth + 1)
            if issubclass(value, Enum):
                for member in value:
                    walk(member.value, depth + 1)
    elif isinstance(value, Enum):
        walk(value.value, depth + 1)
    elif is_dataclass(value) and not isinstance(value, type):
        for field in fields(value):
            walk(getattr(value, field.name), depth + 1)
    elif isinstance(getattr(value, "routes", None), list):  # a FastAPI app or router
        for route in value.routes:
            for name in ("path", "operation_id", "summary", "description", "tags",
                         "response_description", "openapi_extra"):
                walk(getattr(route, name, None), depth + 1)
            dependant = getattr(route, "dependant", None)
            for param in getattr(dependant, "query_params", []) + getattr(
                dependant, "header_params", []
            ):
                walk(param.alias, depth + 1)

for module in modules:
    walk(vars(module))
    create_app = getattr(module, "create_app", None)
    if callable(create_app) and module.__name__.endswith(".app"):
        app = create_app()
        walk(app)
        walk(app.openapi())
print(json.dumps({"modules": names, "exact": [t for t in texts if any(t in s for s in found)]}))
"""


@dataclass(frozen=True)
class Generated:
    config: Config
    marks: Path
    texts: dict[str, str]  # slot id -> the text put into it
    # package side -> (imported module names, slot texts found unchanged at run time)
    imported: dict[str, tuple[list[str], list[str]]]


def _apply(doc: dict[str, Any], marks: Path, style: str) -> dict[str, str]:
    texts = {}
    for slot in SLOTS:
        token = f"specbind-slot-{slot.id}"
        text = payload(token, marks / slot.id, style, slot.short, slot.quote_free)
        slot.put(doc, text)
        texts[slot.id] = text
    return texts


@pytest.fixture(scope="module", params=STYLES)
def generated(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Generated]:
    style: str = request.param
    root = tmp_path_factory.mktemp(f"injection-{style}")
    marks = Path(tempfile.mkdtemp(prefix="sb"))  # short: the mark path is part of names
    try:
        doc = _document()
        texts = _apply(doc, marks, style)
        spec = root / "openapi.json"
        spec.write_text(json.dumps(doc), encoding="utf-8")
        config = scratch_config(root, "hostile")
        generate_client(config, spec, config.client_output)
        generate_server(config, spec, config.server_output)
        imported = {}
        for side, project, package in (
            ("client", config.client_output, config.client_package),
            ("server", config.server_output, config.server_package),
        ):
            result = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    IMPORT_EVERYTHING,
                    str(project),
                    package,
                    json.dumps(list(texts.values())),
                ],
                capture_output=True,
                text=True,
                cwd=root,
                timeout=120,
                check=False,
            )
            assert result.returncode == 0, f"{package} does not import:\n{result.stderr[-3000:]}"
            answer = json.loads(result.stdout.splitlines()[-1])
            imported[side] = (answer["modules"], answer["exact"])
        yield Generated(config, marks, texts, imported)
    finally:
        shutil.rmtree(marks, ignore_errors=True)


def _sources(project: Path) -> str:
    return "\n".join(f.read_text(encoding="utf-8") for f in sorted(project.rglob("*.py")))


def test_every_module_of_client_and_server_imports(generated: Generated) -> None:
    client_modules, _ = generated.imported["client"]
    server_modules, _ = generated.imported["server"]
    assert "hostile_client._client" in client_modules
    assert "hostile_client._fast_check" in client_modules
    assert "hostile_server.security" in server_modules
    assert len(client_modules) > 10 and len(server_modules) > 5


@pytest.mark.parametrize("slot", SLOTS, ids=[slot.id for slot in SLOTS])
def test_slot_text_stays_data(generated: Generated, slot: Slot) -> None:
    mark = generated.marks / slot.id
    assert not mark.exists(), f"the {slot.id} text ran as code"
    token = f"specbind-slot-{slot.id}"
    projects = {"client": generated.config.client_output, "server": generated.config.server_output}
    for side in slot.sides:
        assert token in _sources(projects[side]), f"{slot.id} never reached the {side}"
    for side in slot.exact:
        exact = generated.imported[side][1]
        assert generated.texts[slot.id] in exact, f"{slot.id} changed on its way into the {side}"


# ---------------------------------------------------------------------------------------
# every template value: a literal filter, or a value we compute as an identifier or code

LITERAL_FILTERS = re.compile(r"\|\s*(python_literal|docstring|comment|toml_string|markdown)\b")
# `{{ }}` expressions without a literal filter, and why each is not document text
# written raw. A new one fails the test below until it gets a filter or a line here.
COMPUTED = {
    # configuration, validated by specbind.config (package and api names, env names)
    "app.package": "config: a package name",
    "client.package": "config: a package name",
    "client.distribution": "config: a distribution name",
    "client.api_key_env": "config: an environment variable name",
    "client.base_url_env": "config: an environment variable name",
    "client.timeout_env": "config: an environment variable name",
    "client.max_retries_env": "config: an environment variable name",
    "client.base_error": "pascal_case of the configured api name",
    # Python identifiers the generators compute (engine PythonIdentifier / ClassName,
    # specbind.openapi.naming, checked by operation_views)
    "op.name": "identifier",
    "op.module_alias": "identifier",
    "method.operation.tag": "identifier (the engine's module name)",
    "method.operation.name": "identifier",
    "method.operation.module_alias": "identifier",
    # the resource tree (client/resources.py: attribute_name, pascal_case, Namespace)
    "method.name": "identifier",
    "method.iter_name": "identifier",
    "child.name": "identifier",
    "child.class_name": "identifier",
    "resource.class_name": "identifier",
    "resource.dotted": "identifiers joined by dots",
    "resource.summary": "counts of operations and sub-resources",
    "root": "a run of dots (relative import prefix)",
    "op.call_path": "identifiers joined by dots",
    "op.iter_call_path": "identifiers joined by dots",
    "first.call_path": "identifiers joined by dots",
    # api.md (client/reference.py: identifiers, file paths made of them, type markup)
    "section.dotted": "identifiers joined by dots",
    "section.module": "a file path of identifiers",
    "row.call": "identifiers joined by dots",
    "row.pages": "identifier",
    "parameter.name": "identifier",
    "parameter.where": "path, query, header or body",
    "parameter.type_markdown": "reference.linked_type: code spans of a type expression",
    "row.returns_markdown": "reference.linked_type: code spans of a type expression",
    '"yes" if parameter.required else "no"': "a fixed word",
    # sync/async differences (client/resources.py MODES, fixed code)
    "mode.prefix": "'' or 'Async'",
    "mode.async_": "'' or 'async '",
    "mode.await_": "'' or 'await '",
    "mode.close": "a method name",
    "mode.enter": "a method name",
    "mode.exit": "a method name",
    "mode.http_client": "an httpx class",
    "mode.iterator": "a typing name",
    "mode.raw": "a function name",
    "mode.sleep": "a function name",
    "op.python_name": "identifier",
    "op.body.python_name": "identifier",
    "op.body.prop.python_name": "identifier",
    "prop.python_name": "identifier",
    "property.python_name": "identifier",
    "parameter.python_name": "identifier",
    "enum.class_info.name": "identifier (engine ClassName)",
    "key": "enum member name (engine-sanitised identifier)",
    "tag.interface": "identifier",
    "tag.dependency": "identifier",
    "tag.secured_dependency": "identifier",
    "tag.module": "identifier",
    'tags | map(attribute="module") | join(", ")': "identifiers",
    'interface_names | join(", ")': "identifiers",
    'interface_names | join(" | ")': "identifiers",
    "interface_names[0]": "identifier",
    "security.reader": "a FastAPI class name chosen by the generator",
    "op.method": "an HTTP method from the fixed set",
    "op.method | upper": "an HTTP method from the fixed set",
    "op.status_code": "an int",
    "success.low": "an int",
    "success.high": "an int",
    # code the generators build, its document values already through python_literal
    "client.schemas_literal": "python_literal",
    "client.fast_checks.source": "code from client/fast_checks.py, values via python_literal",
    "op.body_schema_literal": "python_literal",
    "op.parameter_schemas_literal": "python_literal",
    "op.operation_id_literal": "python_literal",
    "op.path_literal": "python_literal",
    "op.page.items_literal": "python_literal",
    "op.page.next_literal": "python_literal",
    "success.schema_literal": "python_literal",
    "sending.content_type_literal": "python_literal",
    "sending.payload": "an identifier and a method call",
    '"body_from_fields" if op.body.prop.required else "optional_body_from_fields"': (
        "a runtime function name"
    ),
    "op.body_fields.model": "identifier (engine ClassName)",
    "op.body_fields.required_literal": "python_literal",
    "field.argument": "identifier (a body field's engine python_name, maybe body_-prefixed)",
    "helper": "a runtime function name (ResourceView.body_helpers)",
    "model_class": "identifier (engine ClassName, generate.lazy_models)",
    "model_module": "identifier (engine module name, generate.lazy_models)",
    "lines[0]": "op.doc_lines, escaped by docstring in views._doc_lines",
    "line": "import lines and README example lines built from identifiers",
    "relative": "the engine's import lines",
    "argument": "the engine's typed signature (PythonCode)",
    "arg": "a parameter declaration built with python_literal (server.routes)",
    "call_arguments[op.operation_id]": "name=name pairs",
    "op.example": "README example call: identifiers and literals",
    "op.example_result": "'result = ' or ''",
    "op.return_type": "a type expression of model names",
    "op.page.item_type": "a type expression of model names",
    "type_string": "a type expression of model names",
    "op.response_annotation": "a type expression of model names",
    'op.response_annotation if op.has_body else "Response"': "a type expression",
    'op.response_annotation or "None"': "a type expression",
    "source": "a variable name passed by the engine's macros",
    # macros that render other templates (checked where they are defined)
    "signature(op.signature)": "macro over the engine's typed signature",
    "signature(op.fields_signature)": "macro over typed declarations of identifiers",
    "signature(op.implementation_signature)": "macro over typed declarations of identifiers",
    "fields_body(op)": "macro",
    "call(op)": "macro",
    "docstring(op.doc_lines)": "macro over escaped lines",
    "body_to_kwarg(op.body)": "engine macro",
    "header_params(endpoint) | indent(4)": "engine macro",
    "query_params(endpoint) | indent(4)": "engine macro",
    "send_body(op) | indent(4)": "macro",
    'prop_template.construct(prop, "data")': "engine macro",
    "build_value(success.prop, success.constructs, op.success_types[loop.index0]) | indent(8)": (
        "macro"
    ),
    "build_value(success.prop, success.constructs, op.success_types[loop.index0]) | indent(4)": (
        "macro"
    ),
    "build_value(op.page.item, op.page.constructs, op.page.item_type) | indent(4)": "macro",
    "engine.construct(property, source)": "engine macro",
    "engine.transform(property, source, destination, declare_type, skip_unset)": "engine macro",
    "destination": "engine's Python variable name",
    "property.get_type_string(json=True) | as_unembedded_code": "engine's type annotation",
    "_converted(property, source, destination, False, True) | indent(4)": "macro",
    "_converted(property, source, destination, declare_type, skip_unset)": "macro",
    "engine.instance_check(inner_property, source)": "engine macro",
    "engine.multipart(property, source, destination)": "engine macro",
}
EXPRESSION = re.compile(r"{{-?\s*(.*?)\s*-?}}", re.DOTALL)


def _template_expressions() -> list[tuple[str, int, str, str]]:
    """(template, line, expression, text before it on its line) for every `{{ }}`."""
    found = []
    for template in sorted((REPO / "templates").rglob("*.jinja")):
        text = template.read_text(encoding="utf-8")
        for match in EXPRESSION.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            before = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
            name = str(template.relative_to(REPO / "templates"))
            found.append((name, line, match.group(1), before))
    return found


def test_every_template_value_goes_through_a_literal_filter() -> None:
    raw = [
        f"{name}:{line}: {{{{ {expression} }}}}"
        for name, line, expression, _ in _template_expressions()
        if not LITERAL_FILTERS.search(expression) and expression not in COMPUTED
    ]
    assert raw == [], "document text must go through a literal filter (render/text.py)"


def _inside_a_string(before: str) -> bool:
    """Does a one-line string literal open before this point of the line (docstrings,
    which name identifiers in prose, aside)?"""
    line = before.replace('"""', "").replace("'''", "")
    return line.count('"') % 2 == 1 or line.count("'") % 2 == 1


def test_no_computed_value_sits_inside_quotes() -> None:
    """Even an identifier is not pasted into a string: a quote right before `{{` means
    the value should have been written by python_literal."""
    quoted = [
        f"{name}:{line}: {{{{ {expression} }}}}"
        for name, line, expression, before in _template_expressions()
        if not LITERAL_FILTERS.search(expression)
        and name.endswith(".py.jinja")
        and _inside_a_string(before)
    ]
    assert quoted == []


def test_the_computed_list_names_only_expressions_that_exist() -> None:
    used = {expression for _, _, expression, _ in _template_expressions()}
    assert sorted(set(COMPUTED) - used) == []


@pytest.mark.parametrize("side", ["client", "server"])
def test_readme_keeps_document_text_inert(generated: Generated, side: str) -> None:
    """No raw terminal escape or invisible control character, no HTML tag, and every code
    fence is one the template opened (a ``` in a title cannot end one)."""
    project = {"client": generated.config.client_output, "server": generated.config.server_output}
    readme = (project[side] / "README.md").read_text(encoding="utf-8")
    assert "specbind-slot-" in readme  # document text is there ...
    raw = sorted({f"U+{ord(c):04X}" for c in readme if c != "\n" and not c.isprintable()})
    assert raw == []  # ... without controls, separators or bidi overrides
    prose = re.sub(r"(`+)(?!`).*?(?<!`)\1(?!`)", "", readme)  # code spans hold it as text
    assert "<b>" not in prose
    fences = [line for line in readme.splitlines() if line.lstrip().startswith("```")]
    assert set(fences) <= {"```", "```python", "```console"}
    assert len(fences) % 2 == 0


# builtins that turn text into code (`re.compile` is an attribute: fine)
COMPILING = frozenset({"exec", "eval", "compile", "__import__"})


def _compiling_lines(project: Path) -> list[str]:
    """Every call of a builtin that runs source, read from the syntax tree (the payload
    text in strings and docstrings is no call)."""
    found = []
    for file in sorted(project.rglob("*.py")):
        tree = ast.parse(file.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else None
                if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                    name = func.attr if func.value.id == "builtins" else None
                if name in COMPILING:
                    found.append(f"{file.relative_to(project)}:{node.lineno}: {name}(")
    return found


@pytest.mark.parametrize("side", ["client", "server"])
def test_generated_packages_compile_no_source(generated: Generated, side: str) -> None:
    """Checks are decided at generation time: the packages never exec, eval or compile."""
    project = {"client": generated.config.client_output, "server": generated.config.server_output}
    assert _compiling_lines(project[side]) == []


@pytest.mark.parametrize("side", ["client", "server"])
def test_committed_packages_compile_no_source(side: str) -> None:
    project = REPO / "generated" / side
    assert any(project.rglob("*.py"))
    assert _compiling_lines(project) == []
