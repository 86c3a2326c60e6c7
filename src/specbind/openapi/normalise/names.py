"""Component schema names that are class names, and titles that name nothing.

Both generators name a component's class after the component: a name that is not a
PascalCase identifier is renamed (every `$ref` follows), and a `title`, which the
client engine would take as a class name, moves aside so no two classes are named alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from specbind.openapi.naming import GENERATED_MODULE_NAMES, Namespace, pascal_case
from specbind.openapi.normalise.markers import ORIGINAL_NAME, TITLE
from specbind.openapi.normalise.walk import iter_schema_dicts, looks_like_schema, rewrite_refs
from specbind.openapi.pointer import escape as pointer_escape
from specbind.openapi.refs import SCHEMA_PREFIX

_NAME_OK = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


def _ref_renamer(renames: dict[str, str]) -> Callable[[str], str]:
    escaped = {pointer_escape(old): pointer_escape(new) for old, new in renames.items()}

    def rename(ref: str) -> str:
        if not ref.startswith(SCHEMA_PREFIX):
            return ref
        head, sep, tail = ref[len(SCHEMA_PREFIX) :].partition("/")
        if head in escaped:
            return f"{SCHEMA_PREFIX}{escaped[head]}{sep}{tail}"
        return ref

    return rename


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
    rewrite_refs(data, _ref_renamer(renames))


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
        if isinstance(title, str) and id(node) not in keep and looks_like_schema(node):
            node[TITLE] = node.pop("title")
