"""`api.md`, the client's API reference (as openai-python's): every resource, every method
with its HTTP method and path, its parameters and body, and what it returns, the model
types linked to their modules.

The rows are computed here from the resource tree (`client.resources`) and the
operation views; `templates/client/api.md.jinja` lays them out. Type expressions are
written from identifiers only (engine type strings of model names and builtins), so the
Markdown they become needs no escaping beyond `|` in table cells; document text (paths,
summaries) goes through the template's `markdown` filter.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from specbind.client.resources import MethodView, ResourceView
from specbind.client.views import plain, type_code

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True)
class ParameterRow:
    name: str
    where: str  # path, query, header or body
    type_markdown: str
    required: bool


@dataclass(frozen=True)
class MethodRow:
    call: str  # `client.core.rbac.groups.partial_update`
    http_method: str
    path: str
    summary: str
    parameters: list[ParameterRow]
    returns_markdown: str
    pages: str  # `iter_list` when the method has a page iterator, else ''


@dataclass(frozen=True)
class ResourceSection:
    dotted: str  # `client.core.rbac.groups`
    module: str  # file of the resource module, relative to the project
    methods: list[MethodRow]


def linked_type(type_string: str, model_files: Mapping[str, str], table: bool = True) -> str:
    """`list[RbacGroup] | Unset` as Markdown: code spans, each model name a link to its
    module (`[`RbacGroup`](pkg/models/rbac_group.py)`)."""
    parts: list[str] = []
    position = 0
    code = ""
    for match in _NAME.finditer(type_string):
        name = match.group(0)
        if name not in model_files:
            continue
        code += type_string[position : match.start()]
        if code:
            parts.append(_code(code, table))
            code = ""
        parts.append(f"[`{name}`]({model_files[name]})")
        position = match.end()
    code += type_string[position:]
    if code:
        parts.append(_code(code, table))
    return "".join(parts)


def _code(text: str, table: bool) -> str:
    return f"`{text.replace('|', chr(92) + '|') if table else text}`"


def _method_row(
    resource: ResourceView, method: MethodView, model_files: Mapping[str, str]
) -> MethodRow:
    op = method.operation
    endpoint = op.endpoint
    where = {id(p): "path" for p in endpoint.path_parameters}
    where |= {id(p): "query" for p in endpoint.query_parameters}
    where |= {id(p): "header" for p in endpoint.header_parameters}
    rows = [
        ParameterRow(
            name=str(prop.python_name),
            where=where.get(id(prop), "body"),
            type_markdown=linked_type(type_code(prop), model_files),
            required=bool(prop.required),
        )
        for prop in op.arguments
    ]
    return MethodRow(
        call=".".join(("client", *resource.path, method.name)),
        http_method=op.method,
        path=op.path,
        summary=op.summary or plain(endpoint.description).strip().split("\n")[0],
        parameters=rows,
        returns_markdown=linked_type(op.return_type, model_files, table=False),
        pages=method.iter_name if op.page is not None else "",
    )


def reference_sections(
    root: ResourceView, package: str, model_modules: Mapping[str, str]
) -> list[ResourceSection]:
    """One section per resource with operations, in tree order.

    `model_modules` maps a model class name to its module name (`rbac_group`).
    """
    model_files = {
        name: f"{package}/models/{module}.py" for name, module in sorted(model_modules.items())
    }
    sections = []
    for resource in root.walk():
        if not resource.methods:
            continue
        methods = sorted(resource.methods, key=lambda m: m.name)
        sections.append(
            ResourceSection(
                dotted=".".join(("client", *resource.path)),
                module=f"{package}/{resource.file}",
                methods=[_method_row(resource, m, model_files) for m in methods],
            )
        )
    return sections
