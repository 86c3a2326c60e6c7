"""The generated client's resource tree: which operation is `client.<a>.<b>.<method>`.

openai-python's shape: operations are grouped into resources named after the path,
`client.core.rbac.groups.partial_update(...)`, one module per resource under
`resources/`, reached from `Client` through lazily imported accessors.

The rule (README, "Resources and method names"):

- A resource is the path's static segments (`{parameters}` skipped) after the common
  prefix every path shares that is an API marker or a version (`api`, `rest`, `v1`,
  `v2beta`, `2024-01-01`) and after a leading `api` or `rest` of the path's own (a
  document that mixes `/api/...` and `/platforms/...`), each segment snake_cased and
  nested: `PATCH /api/core/rbac/groups/{id}/` is in `core.rbac.groups`. Two versions
  stay apart (`client.v1.users`, `client.v2.users`). A path with no static segment left
  is in the resource named after its first tag (else `default`).
- The method is what remains of the snake_cased operationId after the resource prefix
  (compared with underscores ignored, so `core_lti1p3_...` matches `core/lti/1p3/...`):
  `core_rbac_groups_partial_update` -> `partial_update`. An operationId that does not
  start with the prefix is the method name whole (`list_platform_prompts`); without an
  operationId the method is the DRF action of the HTTP method (`list`/`retrieve`,
  `create`, `update`, `partial_update`, `destroy`, else the method in lower case).
  FastAPI's generated operationIds (the route's name, the path's words, the method:
  `read_flow_flows_id_get` for `GET /api/flows/{id}`) are the route's name (`read_flow`).
- Fallbacks, deterministic: a Python keyword gets `_` appended (`import_`); a name that
  starts with a digit gets `resource_`/`call_` in front; a resource name taken by the
  parent (a client setting such as `timeout`, `with_raw_response`) gets `_resource`
  appended; a method name that two operations share, that a sub-resource or
  `with_raw_response` takes, or that starts with `_`, becomes the whole operationId; a
  clash left after that gets `_2`, `_3`, ... in (path, method) order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from specbind.client.views import OperationView
from specbind.openapi.naming import Namespace, pascal_case, snake_case, snake_words

_MARKER = re.compile(r"^(api|rest|v\d+([a-z]+\d*)?|\d+(\.\d+)*|\d{4}-\d{2}-\d{2})$", re.IGNORECASE)
_DRF_ACTIONS = {
    ("GET", False): "list",
    ("GET", True): "retrieve",
    ("POST", False): "create",
    ("POST", True): "create",
    ("PUT", True): "update",
    ("PUT", False): "update",
    ("PATCH", True): "partial_update",
    ("PATCH", False): "partial_update",
    ("DELETE", True): "destroy",
    ("DELETE", False): "destroy",
}
# The root resource: `Client` and `AsyncClient` derive from it (and its async twin), and
# `ClientWithRawResponse` is its raw twin; it holds the accessors of the top-level resources.
ROOT_CLASS = "ClientResources"
# What every resource class defines besides the operations.
RESOURCE_RESERVED = frozenset({"with_raw_response"})
# What `Client` defines besides its resources.
CLIENT_RESERVED = RESOURCE_RESERVED | frozenset(
    {
        "api_key",
        "auth_headers",
        "auth_prefix",
        "backoff",
        "base_url",
        "close",
        "default_headers",
        "max_backoff",
        "max_retries",
        "retry_non_idempotent",
        "timeout",
    }
)


def attribute_name(text: str, fallback: str) -> str:
    """A snake_case attribute name: a builtin's name is fine (`list`), a keyword is not."""
    return snake_case(text, fallback, attribute=True)


@dataclass
class MethodView:
    """One operation as a method of its resource."""

    name: str
    operation: OperationView

    @property
    def iter_name(self) -> str:
        return f"iter_{self.name}"


@dataclass
class ResourceView:
    """One resource: its methods, its sub-resources and the module it is written to."""

    path: tuple[str, ...]  # attribute names from the client: ("core", "rbac", "groups")
    segment: str = ""  # the path segment it was named from
    words: str = ""  # the words of the segments from the root, joined (`corelti1p3`)
    class_name: str = ""
    methods: list[MethodView] = field(default_factory=list)
    children: list[ResourceView] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path[-1] if self.path else ""

    @property
    def dotted(self) -> str:
        """`Client.core.rbac`: where users reach this resource (the root is `Client`)."""
        return ".".join(("Client", *self.path))

    @property
    def module(self) -> str:
        """The module path inside the package: `resources.core.rbac.groups`."""
        return ".".join(("resources", *self.path))

    @property
    def file(self) -> str:
        """Each resource is a package: its children are modules beside its classes."""
        return "/".join(("resources", *self.path, "__init__.py"))

    @property
    def is_root(self) -> bool:
        return not self.path

    @property
    def root(self) -> str:
        """The relative import prefix of the package root from this resource's module."""
        return "." * (len(self.path) + 2)

    @property
    def exports(self) -> list[str]:
        """The module's `__all__`: the resource classes of both modes, plain and raw."""
        return [
            f"{m.prefix}{self.class_name}{raw}" for m in MODES for raw in ("", "WithRawResponse")
        ]

    @property
    def summary(self) -> str:
        parts = [f"{len(self.methods)} operation{'s' if len(self.methods) != 1 else ''}"]
        if self.children:
            count = len(self.children)
            parts.append(f"{count} sub-resource{'s' if count != 1 else ''}")
        return " and ".join(parts) if self.methods else parts[-1]

    def walk(self) -> list[ResourceView]:
        return [self, *(r for child in self.children for r in child.walk())]

    def imports(self) -> list[str]:
        """What this module's method signatures name (models, the standard library,
        `types`), and nothing else: ruff leaves unused imports in an `__init__.py`."""
        found: set[str] = set()
        type_names = {"UNSET", "Unset"}
        used: set[str] = set()
        for method in self.methods:
            op = method.operation
            text = " ".join([*op.implementation_signature, op.return_type])
            if op.body_fields is not None:
                text += f" {op.body_fields.model}"
                found.add("from typing import Any")  # the engine's `Any` fields import none
                for prop in op.body_fields.properties:
                    lazy = getattr(prop, "get_lazy_imports", None)
                    lines = prop.get_imports(prefix=self.root)
                    for line in [*lines, *(lazy(prefix=self.root) if lazy else ())]:
                        if " types import " in line:
                            type_names.update(
                                n.strip() for n in line.split(" import ")[1].split(",")
                            )
                        else:
                            found.add(line)
            if op.page is not None:
                text += f" {op.page.item_type}"
            used.update(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text))
            for line in op.endpoint.relative_imports:
                if line.startswith("from ...models"):
                    found.add(line.replace("from ...", f"from {self.root}", 1))
                elif line.startswith("from ...types import "):
                    type_names.update(
                        n.strip() for n in line.removeprefix("from ...types import ").split(",")
                    )
                elif not line.startswith("from ."):
                    found.add(line)
            if op.page is not None:
                found.update(op.page.imports(self.root))
        found.add(f"from {self.root}types import {', '.join(sorted(type_names))}")
        found.add("from typing import Any")  # a `schema: {}` response: not in the engine's imports
        return sorted(kept for line in found if (kept := _only_used(line, used)))

    @property
    def body_helpers(self) -> list[str]:
        """The `_operation` functions that build a body from its fields, as used here."""
        return sorted(
            {
                "body_from_fields" if op.body.prop.required else "optional_body_from_fields"
                for method in self.methods
                if (op := method.operation).body_fields is not None and op.body is not None
            }
        )

    @property
    def pages(self) -> bool:
        return any(method.operation.page is not None for method in self.methods)


def _only_used(line: str, used: set[str]) -> str:
    """`from x import a, b` keeping the names in `used` ('' when none is); `import m`
    when `m` is."""
    if line.startswith("import "):
        return line if line.removeprefix("import ").strip() in used else ""
    module, _, names = line.partition(" import ")
    kept = [n.strip() for n in names.split(",") if n.strip().split(" as ")[-1] in used]
    return f"{module} import {', '.join(kept)}" if kept else ""


def _static_segments(path: str) -> list[str]:
    return [s for s in path.strip("/").split("/") if s and not s.startswith("{")]


def resource_segments(path: str, skip: int) -> list[str]:
    """The static segments that name a path's resource: after the `skip` common leading
    segments, and after a leading `api` or `rest` of its own."""
    segments = path.strip("/").split("/")[skip:]
    while segments and segments[0].lower() in ("api", "rest"):
        segments = segments[1:]
    return _static_segments("/".join(segments))


def common_prefix(paths: Sequence[str]) -> int:
    """How many leading segments every path shares that are API markers or versions."""
    split = [path.strip("/").split("/") for path in paths]
    count = 0
    while split and all(len(s) > count + 1 for s in split):
        segment = split[0][count]
        if not _MARKER.match(segment) or any(s[count] != segment for s in split):
            break
        count += 1
    return count


def method_name(
    operation_id: str, resource_words: str, method: str, item: bool, path: str = ""
) -> str:
    """The operationId after the resource prefix (see the module docstring);
    `resource_words` is the resource's path words joined without separators."""
    if not operation_id:
        return _DRF_ACTIONS.get((method, item), method.lower())
    snake = _route_name(attribute_name(operation_id, "call"), path, method)
    prefix = resource_words
    consumed, index = 0, 0
    while index < len(snake) and consumed < len(prefix):
        if snake[index] != "_":
            if snake[index] != prefix[consumed]:
                return snake
            consumed += 1
        index += 1
    if consumed < len(prefix) or index >= len(snake) or snake[index] != "_":
        return snake
    return attribute_name(snake[index + 1 :], "call")


def _route_name(snake: str, path: str, method: str) -> str:
    """FastAPI's generated operationId is the route's name, then the path's words and the
    method (`read_flow_flows_id_get` for `GET /api/flows/{id}`): the route's name alone,
    when the operationId ends with the method after the words of a tail of the path
    (compared with underscores ignored) and a name is left before them."""
    suffix = f"_{method.lower()}"
    if not path or not snake.endswith(suffix):
        return snake
    stem = snake[: -len(suffix)]
    segments = [re.sub(r"[^a-z0-9]", "", segment.lower()) for segment in path.split("/")]
    for start in range(len(segments)):
        tail = "".join(segments[start:])
        index, consumed = len(stem) - 1, len(tail)
        while index >= 0 and consumed > 0:
            if stem[index] != "_":
                if stem[index] != tail[consumed - 1]:
                    break
                consumed -= 1
            index -= 1
        if tail and consumed == 0:
            if index > 0 and stem[index] == "_":
                return attribute_name(stem[:index].rstrip("_"), "call")
            if index < 0:
                return snake  # all of it is the path's words: not a route's name
    return snake


def resource_tree(operations: Sequence[OperationView], model_names: set[str]) -> ResourceView:
    """The root resource (the client itself, path `()`) holding every operation.

    Sets each operation's `call_path` (`core.rbac.groups.partial_update`).
    """
    skip = common_prefix([op.path for op in operations])
    root = ResourceView(path=())
    placed: list[tuple[OperationView, ResourceView]] = []
    for op in sorted(operations, key=lambda o: (o.path, o.method)):
        segments = resource_segments(op.path, skip)
        if not segments:
            tag = op.endpoint.tags[0] if op.endpoint.tags else "default"
            segments = [str(tag)]
        node = root
        for segment in segments:
            name = attribute_name(segment, "resource")
            found = next((c for c in node.children if c.segment == segment), None)
            if found is None:
                words = node.words + snake_words(segment)
                found = ResourceView(path=(*node.path, name), segment=segment, words=words)
                node.children.append(found)
            node = found
        placed.append((op, node))
    _name_children(root, CLIENT_RESERVED)
    _name_methods(placed)
    root.class_name = ROOT_CLASS
    taken = set(model_names) | _class_names(ROOT_CLASS)
    for resource in root.walk()[1:]:
        # the class, its async twin and both raw-response classes: none may be a model's name
        stem, counter = pascal_case("_".join(resource.path)) + "Resource", 1
        candidate = stem
        while _class_names(candidate) & taken:
            counter += 1
            candidate = f"{stem}{counter}"
        resource.class_name = candidate
        taken |= _class_names(candidate)
    return root


def _class_names(name: str) -> set[str]:
    return {f"{mode.prefix}{name}{raw}" for mode in MODES for raw in ("", "WithRawResponse")}


def _name_children(node: ResourceView, reserved: frozenset[str]) -> None:
    taken = set(reserved)
    for child in sorted(node.children, key=lambda c: c.segment):
        name = child.path[-1]
        if name in taken:
            name = f"{name}_resource"
        names = Namespace(taken)
        name = names.claim(name)
        taken.add(name)
        _rename(child, (*node.path, name))
        _name_children(child, RESOURCE_RESERVED)
    node.children.sort(key=lambda c: c.name)


def _rename(node: ResourceView, path: tuple[str, ...]) -> None:
    node.path = path
    for child in node.children:
        _rename(child, (*path, child.path[-1]))


def _name_methods(placed: list[tuple[OperationView, ResourceView]]) -> None:
    wanted: dict[int, list[tuple[OperationView, str]]] = {}
    nodes: dict[int, ResourceView] = {}
    for op, node in placed:
        item = op.path.rstrip("/").endswith("}")
        name = method_name(op.operation_id_given, node.words, op.method, item, op.path)
        wanted.setdefault(id(node), []).append((op, name))
        nodes[id(node)] = node
    for key, entries in wanted.items():
        node = nodes[key]
        counts: dict[str, int] = {}
        for _, name in entries:
            counts[name] = counts.get(name, 0) + 1
        taken = {child.name for child in node.children} | RESOURCE_RESERVED
        names = Namespace(taken)
        for op, name in entries:
            clashes = counts[name] > 1 or name in taken or name.startswith("_")
            if clashes:
                name = attribute_name(op.operation_id_given or op.name, "call")
            chosen = names.claim(name)
            if op.page is not None:
                while f"iter_{chosen}" in names:
                    chosen = names.claim(name)
                names.claim(f"iter_{chosen}")
            node.methods.append(MethodView(name=chosen, operation=op))
            op.call_path = ".".join((*node.path, chosen))


@dataclass(frozen=True)
class Mode:
    """What differs between the sync and the async client: one template renders both."""

    prefix: str  # class-name prefix: "" or "Async"
    async_: str  # "" or "async "
    await_: str  # "" or "await "
    http_client: str
    iterator: str
    raw: str  # the raw-response wrapper
    close: str  # the httpx client's close method
    sleep: str
    enter: str
    exit: str


MODES = (
    Mode(
        prefix="",
        async_="",
        await_="",
        http_client="httpx.Client",
        iterator="Iterator",
        raw="to_raw_response",
        close="close",
        sleep="time.sleep",
        enter="__enter__",
        exit="__exit__",
    ),
    Mode(
        prefix="Async",
        async_="async ",
        await_="await ",
        http_client="httpx.AsyncClient",
        iterator="AsyncIterator",
        raw="async_to_raw_response",
        close="aclose",
        sleep="_async_sleep",
        enter="__aenter__",
        exit="__aexit__",
    ),
)
