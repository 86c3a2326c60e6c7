"""What breaks for user code: the public Python API of two generated packages compared.

The spec-level report says what changed on the wire; this says which lines of a
user's program stop working: a function, class or module gone, a parameter removed
or now required, a model field gone, now required or of another type. Both packages
are read statically with griffe (nothing is imported or run), then walked here:
griffe's own breakage check does not compare annotations or class fields, and those
are most of what a spec change does to generated models.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from specbind.config import Config
from specbind.errors import SpecbindError
from specbind.generation import Generator
from specbind.openapi.specref import SpecRef


@dataclass(frozen=True)
class ApiBreak:
    """One change to the public API that can break code written against the old one."""

    kind: str  # e.g. 'function-removed', 'parameter-added-required', 'field-type-changed'
    path: str  # dotted path of the object, e.g. 'pkg.models.Issuer.name'
    message: str
    old: str | None = None
    new: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "path": self.path,
            "message": self.message,
            "old": self.old,
            "new": self.new,
        }


@dataclass(frozen=True)
class Param:
    name: str
    kind: str  # positional-only, positional or keyword, keyword-only, *args, **kwargs
    required: bool
    annotation: str | None


@dataclass(frozen=True)
class Field:
    annotation: str | None
    required: bool


@dataclass
class Entry:
    """One public object: what callers can rely on about it."""

    kind: str  # module, class, function, attribute, name (a re-exported name)
    params: list[Param] = field(default_factory=list)
    returns: str | None = None
    fields: dict[str, Field] = field(default_factory=dict)


def _text(annotation: Any) -> str | None:
    return None if annotation is None else str(annotation)


def _is_public(name: str) -> bool:
    return not name.startswith("_") or name == "__init__"


def _function_entry(function: Any) -> Entry:
    params = [
        Param(
            name=p.name,
            kind=str(p.kind.value),
            required=bool(p.required),
            annotation=_text(p.annotation),
        )
        for p in function.parameters
        if p.name not in ("self", "cls")
    ]
    return Entry("function", params=params, returns=_text(function.returns))


def _members(obj: Any) -> dict[str, Any]:
    """A class's members with inherited ones (a user calls both alike); else its own."""
    if obj.is_class:
        try:
            return dict(obj.all_members)
        except Exception:  # an unresolvable base class: fall back to what is declared here
            return dict(obj.members)
    return dict(obj.members)


def _is_accessor(attribute: Any) -> bool:
    """A `@cached_property`: how a client reaches its resources (walked, not a field)."""
    return bool(attribute.is_attribute and {"property", "cached"} <= set(attribute.labels))


def _class_entry(cls: Any) -> Entry:
    entry = Entry("class")
    for name, attribute in _members(cls).items():
        if attribute.is_alias and attribute.inherited:
            with contextlib.suppress(Exception):
                attribute = attribute.final_target
        if attribute.is_alias or not attribute.is_attribute or not _is_public(name):
            continue
        if _is_accessor(attribute):
            continue
        entry.fields[name] = Field(
            annotation=_text(attribute.annotation),
            required=attribute.value is None and attribute.annotation is not None,
        )
    return entry


def _declared_all(module: Any) -> set[str] | None:
    """The names a module lists in `__all__`, or None when it lists none (or not literally)."""
    member = module.members.get("__all__")
    if member is None or member.is_alias:
        return None
    try:
        import ast

        value = ast.literal_eval(str(member.value))
    except (ValueError, SyntaxError, TypeError):
        return None
    return {str(name) for name in value} if isinstance(value, (list, tuple, set)) else None


def _exports(module: Any, name: str, member: Any, declared: set[str] | None) -> bool:
    """Whether `name` in `module` is part of the module's public API.

    `__all__`, where a module has one, says so exactly. Without it, what the module
    defines is public, and a name it imports is public only when the module is a package
    `__init__` re-exporting from its own package (`from .models import Issuer`): an
    import inside an ordinary module (`from ..types import UNSET`) is how that module
    works, not something it offers.
    """
    if declared is not None:
        return name in declared
    if not _is_public(name):
        return False
    if not member.is_alias:
        return True
    return bool(module.is_init_module)


class _Walk:
    """One walk of a package's public API: an object reached through several names is
    read once (by the path it is defined at), so the answer cannot depend on which name
    the walk meets first."""

    def __init__(self, root: str, internal: tuple[str, ...], package: Any = None) -> None:
        self.root = root
        self.package = package
        self.internal = tuple(f"{root}.{name}" for name in internal)
        self.found: dict[str, Entry] = {}
        self.canonical: dict[str, str] = {}
        self._active: set[str] = set()

    def module(self, module: Any, prefix: str) -> None:
        declared = _declared_all(module)
        for name, member in module.members.items():
            path = f"{prefix}.{name}"
            if path in self.internal:
                continue
            if not member.is_alias and member.is_module:
                if _is_public(name):
                    self.record(member, path)
                continue
            if not _exports(module, name, member, declared):
                continue
            target = self.target(member)
            if target is not None:
                self.record(target, path)

    def target(self, member: Any) -> Any | None:
        """What a name stands for, within the package; None for names from elsewhere."""
        if not member.is_alias:
            return member
        if not str(member.target_path).startswith(f"{self.root}."):
            return None
        try:
            return member.final_target
        except Exception:  # griffe cannot follow it statically: keep the bare name
            return _Unresolved(str(member.target_path))

    def record(self, obj: Any, path: str) -> None:
        defined_at = str(obj.path)
        self.canonical[path] = defined_at
        if isinstance(obj, _Unresolved):
            self.found[path] = Entry("name")
        elif obj.is_module:
            self.found[path] = Entry("module")
            self.nested(obj, path, defined_at, self.module)
        elif obj.is_class:
            self.found[path] = _class_entry(obj)
            self.nested(obj, path, defined_at, self.members)
        elif obj.is_function:
            self.found[path] = _function_entry(obj)
        elif obj.is_attribute:
            self.found[path] = Entry("attribute", returns=_text(obj.annotation))

    def nested(
        self, obj: Any, path: str, defined_at: str, walk: Callable[[Any, str], None]
    ) -> None:
        if defined_at in self._active:  # a cycle of re-exports: met already on this branch
            return
        self._active.add(defined_at)
        try:
            walk(obj, path)
        finally:
            self._active.discard(defined_at)

    def members(self, cls: Any, prefix: str) -> None:
        """A class's public methods and nested classes (its fields are in its entry)."""
        for name, member in _members(cls).items():
            if not _is_public(name):
                continue
            if member.is_alias:
                if not member.inherited:
                    continue
                try:  # a base class's member, seen from here
                    member = member.final_target
                except Exception:  # its base cannot be resolved statically
                    continue
            if member.is_function or member.is_class:
                self.record(member, f"{prefix}.{name}")
            elif _is_accessor(member) and name != RAW_ACCESSOR:
                target = self.accessed(member)
                if target is not None:
                    self.record(target, f"{prefix}.{name}")

    def accessed(self, accessor: Any) -> Any | None:
        """The class a cached-property accessor returns (`Client.core` -> `CoreResource`),
        when the package defines it: its methods are then reported at
        `Client.core.<method>`, the name users call."""
        annotation = accessor.annotation
        path = str(getattr(annotation, "canonical_path", "") or "")
        if self.package is None or not path.startswith(f"{self.root}."):
            return None
        if path.endswith(RAW_TWIN):
            return None
        try:
            target = self.package[path.removeprefix(f"{self.root}.")]
            return target.final_target if target.is_alias else target
        except Exception:  # griffe cannot follow it statically: leave it out
            return None


# The raw-response twin of every resource (`client.with_raw_response.<resource>`, the
# `...WithRawResponse` classes): the same methods as the resources, so a break there is
# reported once, at the resource.
RAW_ACCESSOR = "with_raw_response"
RAW_TWIN = "WithRawResponse"


@dataclass(frozen=True)
class _Unresolved:
    """A re-exported name whose definition griffe cannot reach."""

    path: str


def package_root(project_dir: Path, package: str) -> Path:
    """The directory holding `package`: the project itself or its `src/`."""
    for candidate in (project_dir, project_dir / "src"):
        if (candidate / package / "__init__.py").is_file():
            return candidate
    raise SpecbindError(
        f"{project_dir}: no Python package {package!r} in it or in its src/ directory"
    )


def public_api(project_dir: Path, package: str, internal: tuple[str, ...] = ()) -> dict[str, Entry]:
    """Every public object of `package` in `project_dir`, by dotted path.

    `internal` names subpackages that are the package's machinery, reached only through
    its public objects (the generated client's `api` modules, called through `Client`).
    """
    return _read(project_dir, package, internal).found


def _read(project_dir: Path, package: str, internal: tuple[str, ...]) -> _Walk:
    import griffe

    root = package_root(project_dir, package)
    try:
        loaded = griffe.load(
            package,
            search_paths=[root],
            allow_inspection=False,
            resolve_aliases=False,
        )
    except (ImportError, OSError, SyntaxError) as exc:
        raise SpecbindError(f"{root / package}: cannot read the package: {exc}") from None
    walk = _Walk(package, internal, loaded)
    walk.found[package] = Entry("module")
    walk.canonical[package] = package
    walk.module(loaded, package)
    return walk


def _compare_functions(path: str, old: Entry, new: Entry) -> list[ApiBreak]:
    breaks: list[ApiBreak] = []
    new_params = {p.name: (i, p) for i, p in enumerate(new.params)}
    old_names = {p.name for p in old.params}
    takes_kwargs = any(p.kind == "variadic keyword" for p in new.params)
    for index, before in enumerate(old.params):
        found = new_params.get(before.name)
        where = f"{path}({before.name})"
        if found is None:
            if not (takes_kwargs and before.kind == "keyword-only"):
                breaks.append(
                    ApiBreak(
                        "parameter-removed",
                        where,
                        f"parameter '{before.name}' was removed",
                        before.annotation,
                        None,
                    )
                )
            continue
        new_index, after = found
        if after.required and not before.required:
            breaks.append(
                ApiBreak(
                    "parameter-became-required", where, f"parameter '{before.name}' is now required"
                )
            )
        positional = ("positional-only", "positional or keyword")
        if before.kind in positional and after.kind in positional and index != new_index:
            breaks.append(
                ApiBreak(
                    "parameter-moved",
                    where,
                    f"positional parameter '{before.name}' moved from {index} to {new_index}",
                    str(index),
                    str(new_index),
                )
            )
        if before.kind != after.kind:
            breaks.append(
                ApiBreak(
                    "parameter-kind-changed",
                    where,
                    f"parameter '{before.name}' changed from {before.kind} to {after.kind}",
                    before.kind,
                    after.kind,
                )
            )
        if before.annotation != after.annotation:
            breaks.append(
                ApiBreak(
                    "parameter-type-changed",
                    where,
                    f"parameter '{before.name}' type changed from {before.annotation} to "
                    f"{after.annotation}",
                    before.annotation,
                    after.annotation,
                )
            )
    for after in new.params:
        if after.name not in old_names and after.required:
            breaks.append(
                ApiBreak(
                    "parameter-added-required",
                    f"{path}({after.name})",
                    f"required parameter '{after.name}' was added",
                    None,
                    after.annotation,
                )
            )
    if old.returns is not None and old.returns != new.returns:
        breaks.append(
            ApiBreak(
                "return-type-changed",
                path,
                f"return type changed from {old.returns} to {new.returns}",
                old.returns,
                new.returns,
            )
        )
    return breaks


def _compare_classes(path: str, old: Entry, new: Entry) -> list[ApiBreak]:
    breaks: list[ApiBreak] = []
    for name, before in old.fields.items():
        after = new.fields.get(name)
        where = f"{path}.{name}"
        if after is None:
            breaks.append(
                ApiBreak(
                    "field-removed", where, f"field '{name}' was removed", before.annotation, None
                )
            )
            continue
        if after.required and not before.required:
            breaks.append(
                ApiBreak("field-became-required", where, f"field '{name}' is now required")
            )
        if before.annotation != after.annotation:
            breaks.append(
                ApiBreak(
                    "field-type-changed",
                    where,
                    f"field '{name}' type changed from {before.annotation} to {after.annotation}",
                    before.annotation,
                    after.annotation,
                )
            )
    for name, after in new.fields.items():
        if name not in old.fields and after.required:
            breaks.append(
                ApiBreak(
                    "field-added-required",
                    f"{path}.{name}",
                    f"required field '{name}' was added",
                    None,
                    after.annotation,
                )
            )
    return breaks


def compare_apis(old: dict[str, Entry], new: dict[str, Entry]) -> list[ApiBreak]:
    """Breaks from `old` to `new`; an object whose parent is gone is not listed again."""
    breaks: list[ApiBreak] = []
    removed: list[str] = []
    for path, before in old.items():
        if any(path.startswith(f"{gone}.") for gone in removed):
            continue
        after = new.get(path)
        if after is None:
            removed.append(path)
            breaks.append(
                ApiBreak(f"{before.kind}-removed", path, f"the {before.kind} was removed")
            )
        elif before.kind != after.kind:
            removed.append(path)
            breaks.append(
                ApiBreak(
                    "kind-changed",
                    path,
                    f"{path} changed from a {before.kind} to a {after.kind}",
                    before.kind,
                    after.kind,
                )
            )
        elif before.kind == "function":
            breaks += _compare_functions(path, before, after)
        elif before.kind == "class":
            breaks += _compare_classes(path, before, after)
        elif before.kind == "attribute" and before.returns != after.returns:
            breaks.append(
                ApiBreak(
                    "attribute-type-changed",
                    path,
                    f"type changed from {before.returns} to {after.returns}",
                    before.returns,
                    after.returns,
                )
            )
    return breaks


def compare_packages(
    old_dir: Path, new_dir: Path, package: str, internal: tuple[str, ...] = ()
) -> list[ApiBreak]:
    """What breaks for code written against `package` in `old_dir` when it uses `new_dir`.

    Each break is reported once, at the shortest name users call it by: an object
    re-exported under several names, and an async twin (`AsyncClient.x` beside
    `Client.x`) changed the same way, are one break.
    """
    old = _read(old_dir, package, internal)
    new = _read(new_dir, package, internal)
    breaks = compare_apis(old.found, new.found)
    return _once(breaks, {**new.canonical, **old.canonical})


_ASYNC_TWIN = re.compile(r"(?<![^.])Async(?=[A-Z])")


def _once(breaks: list[ApiBreak], canonical: dict[str, str]) -> list[ApiBreak]:
    """`breaks` with each change kept once, at its shortest path."""
    chosen: dict[tuple[str, str, str | None, str | None], ApiBreak] = {}
    for item in breaks:
        key = (item.kind, _identity(item.path, canonical), item.old, item.new)
        kept = chosen.get(key)
        if kept is None or (len(item.path), item.path) < (len(kept.path), kept.path):
            chosen[key] = item
    keep = {id(item) for item in chosen.values()}
    return [item for item in breaks if id(item) in keep]


def _identity(path: str, canonical: dict[str, str]) -> str:
    """`path` spelled by where its object is defined, async twins read as their sync one."""
    head, sep, tail = path.partition("(")
    parts = head.split(".")
    for cut in range(len(parts), 0, -1):
        prefix = ".".join(parts[:cut])
        if prefix in canonical:
            head = ".".join([canonical[prefix], *parts[cut:]])
            break
    return _ASYNC_TWIN.sub("", head) + sep + tail


def _client_generator() -> Generator:
    try:
        from specbind.client import generate_client
    except ImportError as exc:
        raise SpecbindError(f"the client generator is not available: {exc}") from None
    return generate_client


def compare_generated_clients(
    config: Config,
    old_spec: SpecRef,
    new_spec: SpecRef,
    generate: Generator | None = None,
) -> list[ApiBreak]:
    """Generate the client from each document into a temporary directory and compare them.

    A stored document has its version; a loose file gets the configured one (it only
    labels the package, the API comes from the document).
    """
    generator = generate if generate is not None else _client_generator()
    with tempfile.TemporaryDirectory(prefix="specbind-pyapi-") as scratch:
        outputs: list[Path] = []
        for label, spec in (("old", old_spec), ("new", new_spec)):
            out = Path(scratch) / label
            version = spec.version or config.spec_version
            generator(dataclasses.replace(config, spec_version=version), spec, out)
            outputs.append(out)
        return compare_clients(outputs[0], outputs[1], config.client_package)


def compare_clients(old_dir: Path, new_dir: Path, package: str) -> list[ApiBreak]:
    """`compare_packages` for two generated clients, read as their users call them."""
    from specbind.client.shape import INTERNAL_SUBPACKAGES

    return compare_packages(old_dir, new_dir, package, INTERNAL_SUBPACKAGES)
