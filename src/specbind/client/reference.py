"""api.md, the client's API reference: renders the operation list the generator hands it.

It takes the generator's own operation views (`specbind.client.views.OperationView`:
name, HTTP method and path, parameters, body and return types) and the model class
names, and never reads the document itself. One section per tag, one per method: its
`METHOD /path`, summary, parameters, body and return type, model names linked to the
model reference (`models.md`, which `specbind docs` builds beside it from the package).

The layout follows the client as it is today (flat methods on `Client`, grouped by
tag); when the client is organised into resources, this function is what to replace.
Every value from the document goes through the Markdown filters of
`specbind.render.text`, so a description cannot inject HTML or links.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from itertools import groupby

from specbind.client.views import OperationView, plain, type_code
from specbind.render.text import markdown

API_REFERENCE = "api.md"
MODELS_PAGE = "models.md"
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def model_anchor(name: str) -> str:
    """The anchor of a model's section in the model reference (its heading's slug)."""
    return name.lower()


def linked_type(annotation: str, model_names: Collection[str]) -> str:
    """A Python type as Markdown, each model name in it a link to the model reference."""
    parts: list[str] = []
    position = 0
    for match in _IDENTIFIER.finditer(annotation):
        if match.group() not in model_names:
            continue
        parts.append(markdown(annotation[position : match.start()]))
        parts.append(f"[{match.group()}]({MODELS_PAGE}#{model_anchor(match.group())})")
        position = match.end()
    parts.append(markdown(annotation[position:]))
    return "".join(parts)


def api_reference(
    title: str, package: str, operations: Sequence[OperationView], model_names: Collection[str]
) -> str:
    """The text of api.md for `operations` (sorted by tag, then name, here)."""
    lines = [
        f"# {markdown(title)}: API reference",
        "",
        f"Every operation of {markdown(package, code=True)}, as a method of `Client` (and, "
        "awaited, of `AsyncClient`), grouped by the document's tags. Models are described "
        f"in the [model reference]({MODELS_PAGE}).",
        "",
    ]
    ordered = sorted(operations, key=lambda op: (op.tag, op.name))
    for tag, group in groupby(ordered, key=lambda op: op.tag):
        lines += [f"## {markdown(tag)}", ""]
        for operation in group:
            lines += _operation_section(operation, model_names)
    return "\n".join(lines).rstrip("\n") + "\n"


def _operation_section(operation: OperationView, model_names: Collection[str]) -> list[str]:
    endpoint = operation.endpoint
    where = {id(p): "path" for p in endpoint.path_parameters}
    where |= {id(p): "query" for p in endpoint.query_parameters}
    where |= {id(p): "header" for p in endpoint.header_parameters}
    lines = [
        f"### {operation.name}",
        "",
        markdown(f"{operation.method} {operation.path}", code=True),
        "",
    ]
    if operation.summary:
        lines += [markdown(operation.summary), ""]
    lines.append(f"- Call: {markdown(f'client.{operation.name}(...)', code=True)}")
    if operation.parameters:
        lines.append("- Parameters:")
        for prop in operation.parameters:
            needed = "required" if prop.required else "optional"
            entry = (
                f"    - {markdown(prop.python_name, code=True)}: "
                f"{linked_type(type_code(prop), model_names)} "
                f"({where.get(id(prop), 'parameter')}, {needed})"
            )
            description = plain(prop.description).strip()
            lines.append(f"{entry}: {markdown(description)}" if description else entry)
    if operation.body_type is not None:
        lines.append(f"- Body: {linked_type(operation.body_type, model_names)}")
    lines += [f"- Returns: {linked_type(operation.return_type, model_names)}", ""]
    return lines
