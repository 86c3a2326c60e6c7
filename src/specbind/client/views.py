"""What the client templates lay out, computed here from the document and the engine.

openapi-python-client parses the document into endpoints and properties (its types,
its model classes, its construct/transform macros). These views add what it does not
know: the raw schemas to validate against, idempotency, pagination, docstrings and
README examples. Templates only arrange these values.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import jinja2
from openapi_python_client.parser.bodies import Body
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol as Property
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.responses import Response
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonCode

from specbind.client.bodies import BodyFields, BodySending, body_fields, body_sending
from specbind.client.examples import argument_example
from specbind.client.pagination import PageShape, page_shape
from specbind.client.parameters import OPTION_NAMES
from specbind.client.schemas import trim_schema
from specbind.errors import SpecbindError
from specbind.openapi.naming import Namespace
from specbind.openapi.normalise import ORIGINAL_OPERATION_ID
from specbind.openapi.pointer import join_pointer
from specbind.openapi.refs import deref
from specbind.openapi.validate import iter_operations
from specbind.render.text import docstring, python_literal

IDEMPOTENT_METHODS = ("GET", "HEAD", "PUT", "DELETE", "OPTIONS")
# Keyword arguments every operation method takes besides the operation's own.
DOC_WIDTH = 88
_ONE_LINE = 1_000_000  # `docstring` width that never wraps
_CLASS_USE = re.compile(r"\b([A-Z][A-Za-z0-9_]*)[.(]")


def plain(value: UntrustedString | PythonCode | str | None) -> str:
    """The text inside the engine's wrappers."""
    if value is None:
        return ""
    if isinstance(value, UntrustedString):
        return value.get_untrusted_value()
    if isinstance(value, PythonCode):
        return value.as_unembedded_code()
    return str(value)


def type_code(prop: Property) -> str:
    return plain(prop.get_type_string())


@dataclass(frozen=True)
class SuccessResponse:
    """One documented 2xx answer: the statuses it covers and how to build its value."""

    low: int
    high: int
    prop: Property | None  # None: no body (204)
    constructs: bool  # the engine has a construct macro for this property's kind
    schema: Any  # the trimmed schema the body is checked against (None: not checked)
    reads: str  # how the client reads the body: "json", "text", "bytes" or "none"

    @property
    def schema_literal(self) -> str:
        return python_literal(self.schema)


@dataclass(frozen=True)
class PageView:
    """How to walk the pages of a list operation."""

    shape: PageShape
    item: Property
    item_type: str
    constructs: bool

    def imports(self, prefix: str) -> list[str]:
        """The imports the item type needs, relative to a module `prefix` dots deep."""
        found = set(self.item.get_imports(prefix=prefix))
        lazy = getattr(self.item, "get_lazy_imports", None)
        if lazy is not None:  # models import their own module lazily
            found.update(lazy(prefix=prefix))
        return sorted(line for line in found if line.startswith("from ."))

    @property
    def items_literal(self) -> str:
        return python_literal(self.shape.items)

    @property
    def next_literal(self) -> str:
        return python_literal(self.shape.next)


@dataclass
class OperationView:
    """Everything a template needs about one operation."""

    endpoint: Endpoint
    operation_id: str  # as the document spells it (before any renaming for Python)
    name: str  # function, module and method name
    tag: str  # api/<tag>/ directory
    method: str  # upper case
    path: str
    idempotent: bool
    parameters: Sequence[Property]
    body_type: str | None
    return_type: str
    successes: list[SuccessResponse]
    body_schema: Any  # trimmed; None when the body is not checked
    parameter_schemas: dict[str, Any]  # trimmed, by `in.name`
    doc_lines: list[str]
    example: str
    sending: BodySending | None = None
    page: PageView | None = None
    example_imports: list[str] = field(default_factory=list)
    operation_id_given: str = ""  # the document's operationId ('' when it has none)
    call_path: str = ""  # `core.rbac.groups.partial_update`, set by `resources.resource_tree`
    # A flat object body's fields, which the method also takes as keyword arguments.
    body_fields: BodyFields | None = None

    @property
    def iter_call_path(self) -> str:
        """`core.things.iter_list`: the method walking every page of `call_path`."""
        head, _, name = self.call_path.rpartition(".")
        return f"{head}.iter_{name}" if head else f"iter_{name}"

    @property
    def example_result(self) -> str:
        return "" if self.return_type == "None" else "result = "

    @property
    def body_schema_literal(self) -> str:
        return python_literal(self.body_schema)

    @property
    def parameter_schemas_literal(self) -> str:
        return python_literal(self.parameter_schemas)

    @property
    def checked_schemas(self) -> list[Any]:
        """Every schema the client checks a value of this operation against."""
        found = [*self.parameter_schemas.values(), self.body_schema]
        found += [success.schema for success in self.successes]
        return [schema for schema in found if schema is not None]

    @property
    def operation_id_literal(self) -> str:
        return python_literal(self.operation_id)

    @property
    def path_literal(self) -> str:
        return python_literal(self.path)

    @property
    def success_types(self) -> list[str]:
        return [type_code(s.prop) if s.prop is not None else "None" for s in self.successes]

    @property
    def body(self) -> Body | None:
        return _chosen_body(self.endpoint)

    @property
    def arguments(self) -> list[Property]:
        body = self.body
        return [*self.parameters, *([body.prop] if body is not None else [])]

    @property
    def signature(self) -> list[str]:
        """`name: type` or `name: type | Unset = UNSET`, in the engine's spelling."""
        return [plain(prop.to_string()) for prop in self.arguments]

    @property
    def fields_signature(self) -> list[str]:
        """The overload that takes the body's fields as keywords instead of `body=`."""
        fields = self.body_fields.fields if self.body_fields is not None else ()
        return [
            *(plain(p.to_string()) for p in self.parameters),
            *(f.overload_line for f in fields),
        ]

    @property
    def implementation_signature(self) -> list[str]:
        """Both ways at once: `body=` and every field may each be left out."""
        body = self.body
        if self.body_fields is None or body is None:
            return self.signature
        body_line = f"body: {self.body_type}" + (" | Unset" if body.prop.required else "")
        return [
            *(plain(p.to_string()) for p in self.parameters),
            f"{body_line} = UNSET",
            *(f.implementation_line for f in self.body_fields.fields),
        ]

    @property
    def call_arguments(self) -> list[str]:
        return [f"{prop.python_name}={prop.python_name}" for prop in self.arguments]

    @property
    def module_alias(self) -> str:
        return f"_{self.name}"

    @property
    def summary(self) -> str:
        """The first line of the spec's summary or description ('' when it has neither)."""
        text = plain(self.endpoint.summary).strip() or plain(self.endpoint.description).strip()
        first_paragraph = re.split(r"\n\s*\n", text, maxsplit=1)[0]
        return " ".join(first_paragraph.split())


def _chosen_body(endpoint: Endpoint) -> Body | None:
    """The body the client sends: JSON when offered (DRF documents also list form and
    multipart encodings of the same schema), else the first one."""
    if not endpoint.bodies:
        return None
    return next((b for b in endpoint.bodies if b.body_type == "json"), endpoint.bodies[0])


def _json_schema(data: dict[str, Any], container: Any, section: str) -> Any:
    """The JSON schema of a requestBody or response, or None when it has no JSON body."""
    resolved = deref(data, container, section=section, on_missing="none")
    content = resolved.get("content") if isinstance(resolved, dict) else None
    if not isinstance(content, dict):
        return None
    for media_type, media in content.items():
        is_json = media_type.split(";")[0].strip().endswith("json")
        if is_json and isinstance(media, dict) and "schema" in media:
            return media["schema"]
    return None


def _raw_operations(data: dict[str, Any]) -> dict[tuple[str, str], tuple[dict[str, Any], str]]:
    found: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
    paths = data.get("paths") or {}
    for path, method, operation, pointer in iter_operations(data):
        item = paths.get(path) or {}
        merged = dict(operation)
        shared = [p for p in item.get("parameters") or [] if isinstance(p, dict)]
        if shared:
            own = [
                deref(data, p, section="parameters", on_missing="none")
                for p in operation.get("parameters") or []
            ]
            keys = {(p.get("in"), p.get("name")) for p in own if isinstance(p, dict)}
            inherited = [
                p
                for p in (deref(data, s, section="parameters", on_missing="none") for s in shared)
                if isinstance(p, dict) and (p.get("in"), p.get("name")) not in keys
            ]
            merged["parameters"] = [*inherited, *(operation.get("parameters") or [])]
        found[(method.lower(), path)] = (merged, pointer)
    return found


def _parameter_schemas(data: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = {}
    for raw in operation.get("parameters") or []:
        parameter = deref(data, raw, section="parameters", on_missing="none")
        if isinstance(parameter, dict) and isinstance(parameter.get("schema"), dict):
            key = f"{parameter.get('in')}.{parameter.get('name')}"
            schemas[key] = trim_schema(parameter["schema"])
    return schemas


def _doc_lines(endpoint: Endpoint, parameters: Sequence[Property], return_type: str) -> list[str]:
    """The method docstring: the spec's summary and description, then Args and Returns,
    each piece of text escaped by `docstring` (the lines go inside `\"\"\"...\"\"\"` as they are).
    """
    text = "\n\n".join(
        part
        for part in (plain(endpoint.summary).strip(), plain(endpoint.description).strip())
        if part
    )
    lines = docstring(text, DOC_WIDTH).split("\n") if text else []
    while lines and not lines[-1]:
        lines.pop()
    if not lines:
        lines = [docstring(f"{endpoint.method.upper()} {plain(endpoint.path)}", _ONE_LINE)]
    where = {id(p): "path" for p in endpoint.path_parameters}
    where |= {id(p): "query" for p in endpoint.query_parameters}
    where |= {id(p): "header" for p in endpoint.header_parameters}
    where |= {id(p): "cookie" for p in endpoint.cookie_parameters}
    if parameters:
        lines += ["", "Args:"]
        for prop in parameters:
            description = docstring(" ".join(plain(prop.description).split()), _ONE_LINE)
            kind = f"{docstring(type_code(prop), _ONE_LINE)}, {where.get(id(prop), 'request body')}"
            entry = f"{prop.python_name} ({kind})" + (f": {description}" if description else "")
            lines += textwrap.wrap(
                entry,
                DOC_WIDTH,
                initial_indent="    ",
                subsequent_indent="        ",
                break_long_words=False,
                break_on_hyphens=False,
            ) or [f"    {entry}"]
    lines += ["", "Returns:", f"    {docstring(return_type, _ONE_LINE)}"]
    return lines


def _success_responses(
    data: dict[str, Any], endpoint: Endpoint, raw: dict[str, Any]
) -> list[SuccessResponse]:
    raw_responses = raw.get("responses") or {}
    found: list[SuccessResponse] = []
    for response in endpoint.responses.patterns:
        code_range = response.status_code.range
        if code_range is None or code_range[1] < 200 or code_range[0] > 299:
            continue
        found.append(_success(data, response, raw_responses, code_range))
    return found


def _success(
    data: dict[str, Any],
    response: Response,
    raw_responses: dict[str, Any],
    code_range: tuple[int, int],
) -> SuccessResponse:
    pattern = response.status_code.pattern
    schema = _json_schema(data, raw_responses.get(pattern), "responses")
    prop: Property | None = response.prop
    raw = deref(data, raw_responses.get(pattern), section="responses", on_missing="none")
    has_content = isinstance(raw, dict) and bool(raw.get("content"))
    if prop is not None and (type_code(prop) == "None" or not has_content):
        prop = None
    return SuccessResponse(
        low=max(code_range[0], 200),
        high=min(code_range[1], 299),
        prop=prop,
        constructs=prop is not None and _constructs(prop),
        schema=trim_schema(schema) if schema is not None else None,
        reads=_reads(raw.get("content") if prop is not None and isinstance(raw, dict) else None),
    )


def _reads(content: Any) -> str:
    """How a response body in these media types is read: JSON when one is offered, else
    text for `text/*`, else bytes (the normalising pass left no other kind); "none"
    without a body."""
    if not isinstance(content, dict) or not content:
        return "none"
    media_types = [str(key).split(";")[0].strip().lower() for key in content]
    if any(media.endswith("json") for media in media_types):
        return "json"
    if any(media.startswith("text/") for media in media_types):
        return "text"
    return "bytes"


# The engine's property templates without a `construct` macro: JSON gives these values
# as they are (a bare `42`, `true` or `1.5` response is returned as the Python value).
_AS_IS_TEMPLATES = (
    None,
    "any_property.py.jinja",
    "int_property.py.jinja",
    "float_property.py.jinja",
    "boolean_property.py.jinja",
)


def _constructs(prop: Property) -> bool:
    """Does the engine build this kind of value (models, lists, unions, dates, ...)?"""
    return prop.template not in _AS_IS_TEMPLATES and not (
        isinstance(prop, ListProperty) and prop.inner_property.template in _AS_IS_TEMPLATES
    )


def _child(
    prop: Property | None, name: str, models: Mapping[str, ModelProperty]
) -> Property | None:
    """The engine property for JSON property `name` inside a model (or nullable model).

    A model a property refers to may be a copy made before the engine read its
    properties; the engine's own model of that class (in `models`) has them.
    """
    if isinstance(prop, UnionProperty):
        found = [p for p in prop.inner_properties if isinstance(p, ModelProperty)]
        prop = found[0] if len(found) == 1 else None
    if not isinstance(prop, ModelProperty):
        return None
    if prop.required_properties is None and prop.optional_properties is None:
        prop = models.get(str(prop.class_info.name), prop)
    for child in (prop.required_properties or []) + (prop.optional_properties or []):
        if plain(child.name) == name:
            return child
    return None


def _page_view(
    data: dict[str, Any],
    successes: list[SuccessResponse],
    raw: dict[str, Any],
    method: str,
    models: Mapping[str, ModelProperty],
) -> PageView | None:
    if method != "GET" or len(successes) != 1 or successes[0].prop is None:
        return None
    responses = raw.get("responses") or {}
    schema = next(
        (
            _json_schema(data, responses[code], "responses")
            for code in sorted(responses)
            if code.startswith("2")
        ),
        None,
    )
    shape = page_shape(data, schema)
    if shape is None:
        return None
    node: Property | None = successes[0].prop
    for name in shape.items:
        node = _child(node, name, models)
    if not isinstance(node, ListProperty):
        return None
    item = node.inner_property
    return PageView(shape=shape, item=item, item_type=type_code(item), constructs=_constructs(item))


def _return_type(successes: list[SuccessResponse]) -> str:
    types: list[str] = []
    for success in successes:
        name = type_code(success.prop) if success.prop is not None else "None"
        if name not in types:
            types.append(name)
    if "Any" in types:
        return "Any"
    return " | ".join(types) if types else "None"


def operation_views(
    data: dict[str, Any],
    collections: dict[Any, Any],
    package: str,
    model_names: set[str],
    models: Mapping[str, ModelProperty] | None = None,
) -> list[OperationView]:
    """One view per engine endpoint, sorted by name so output order never depends on dicts."""
    raw_operations = _raw_operations(data)
    views: list[OperationView] = []
    for tag, collection in collections.items():
        for endpoint in collection.endpoints:
            key = (endpoint.method.lower(), plain(endpoint.path))
            raw, pointer = raw_operations.get(key, ({}, join_pointer("paths", key[1], key[0])))
            view = _operation_view(data, str(tag), endpoint, raw, pointer, models or {})
            used = sorted(set(_CLASS_USE.findall(view.example)) & model_names)
            standard = [m for m in ("datetime", "io") if f"{m}." in view.example]
            view.example_imports = [
                *(f"import {module}" for module in standard),
                *([""] if standard else []),
                f"from {package} import Client",
                *([f"from {package}.models import {', '.join(used)}"] if used else []),
                *([f"from {package}.types import File"] if "File(payload=" in view.example else []),
            ]
            views.append(view)
    views.sort(key=lambda view: view.name)
    names = Namespace()
    for view in views:
        if view.name in names:
            raise SpecbindError(
                f"#/paths: two operations would both be called {view.name!r} in the client's "
                "operation modules; give one of them another operationId"
            )
        names.claim(view.name)
    return views


def _operation_view(
    data: dict[str, Any],
    tag: str,
    endpoint: Endpoint,
    raw: dict[str, Any],
    pointer: str,
    models: Mapping[str, ModelProperty],
) -> OperationView:
    parameters = [
        *endpoint.path_parameters,
        *endpoint.query_parameters,
        *endpoint.header_parameters,
        *endpoint.cookie_parameters,
    ]
    for prop in parameters:
        if prop.python_name in OPTION_NAMES or prop.python_name == "body":
            raise SpecbindError(
                f"#{pointer}: parameter {plain(prop.name)!r} becomes the Python name "
                f"{prop.python_name!r}, which every client method already uses for its "
                "request options; rename the parameter or give it a class override"
            )
    body = _chosen_body(endpoint)
    method = endpoint.method.upper()
    successes = _success_responses(data, endpoint, raw)
    return_type = _return_type(successes)
    body_schema = _json_schema(data, raw.get("requestBody"), "requestBodies")
    arguments = [*parameters, *([body.prop] if body is not None else [])]
    view = OperationView(
        endpoint=endpoint,
        operation_id=str(raw.get(ORIGINAL_OPERATION_ID) or raw.get("operationId") or endpoint.name),
        operation_id_given=str(raw.get("operationId") or ""),
        name=str(endpoint.name),
        tag=tag,
        method=method,
        path=plain(endpoint.path),
        idempotent=method in IDEMPOTENT_METHODS,
        parameters=parameters,
        body_type=type_code(body.prop) if body is not None else None,
        return_type=return_type,
        successes=successes,
        body_schema=trim_schema(body_schema)
        if body_schema is not None and body is not None and body.body_type == "json"
        else None,
        parameter_schemas=_parameter_schemas(data, raw),
        doc_lines=_doc_lines(endpoint, arguments, return_type),
        example=", ".join(
            f"{prop.python_name}={argument_example(prop)}"
            for prop in arguments
            if prop.required or (body is not None and prop is body.prop)
        ),
        sending=body_sending(
            body, deref(data, raw.get("requestBody"), section="requestBodies", on_missing="none")
        )
        if body is not None
        else None,
    )
    view.page = _page_view(data, successes, raw, method, models)
    if body is not None:
        model = body.prop
        if isinstance(model, ModelProperty) and model.required_properties is None:
            model = models.get(str(model.class_info.name), model)
        taken = {str(p.python_name) for p in parameters} | OPTION_NAMES
        view.body_fields = body_fields(body, model, taken)
        if view.body_fields is not None:
            names = ", ".join(view.body_fields.names)
            # before the blank line that precedes "Returns:" and its one line
            at = len(view.doc_lines) - 3
            view.doc_lines[at:at] = textwrap.wrap(
                docstring(f"Or the body's fields as keywords instead of body=: {names}", _ONE_LINE),
                DOC_WIDTH,
                initial_indent="    ",
                subsequent_indent="        ",
                break_long_words=False,
            )
    return view


def union_passes_through(env: jinja2.Environment, prop: Property) -> bool:
    """Does no member of the union `prop` convert its value (`None | str | Unset`)?

    Then the engine's per-field parse function returns its input whatever it is, and
    reading the value as it comes does the same without a function built per call.
    """
    if not isinstance(prop, UnionProperty):
        return False
    for inner in prop.inner_properties:
        template = getattr(inner, "template", None)
        if template is None:
            continue
        module = env.get_template(f"property_templates/{template}").module
        if getattr(module, "construct", None) is not None:
            return False
    return True
