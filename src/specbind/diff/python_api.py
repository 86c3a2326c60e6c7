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
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from specbind.config import Config
from specbind.errors import SpecbindError


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


def _in_private_module(path: str) -> bool:
    return any(part.startswith("_") for part in path.split(".")[1:])


def _members(obj: Any) -> dict[str, Any]:
    """A class's members with inherited ones (a user calls both alike); else its own."""
    if obj.is_class:
        try:
            return dict(obj.all_members)
        except Exception:  # an unresolvable base class: fall back to what is declared here
            return dict(obj.members)
    return dict(obj.members)


def _class_entry(cls: Any) -> Entry:
    entry = Entry("class")
    for name, attribute in _members(cls).items():
        if attribute.is_alias and attribute.inherited:
            with contextlib.suppress(Exception):
                attribute = attribute.final_target
        if attribute.is_alias or not attribute.is_attribute or not _is_public(name):
            continue
        entry.fields[name] = Field(
            annotation=_text(attribute.annotation),
            required=attribute.value is None and attribute.annotation is not None,
        )
    return entry


def _walk(obj: Any, prefix: str, found: dict[str, Entry], seen: set[str]) -> None:
    """Record the public members of `obj` under `prefix` (its public dotted path)."""
    root = prefix.split(".", 1)[0]
    for name, member in _members(obj).items():
        if not _is_public(name):
            continue
        path = f"{prefix}.{name}"
        if member.is_alias and member.inherited:  # a base class's member, seen from here
            try:
                member = member.final_target
            except Exception:  # its base cannot be resolved statically
                continue
        if member.is_alias:
            # A name imported from the package itself is part of its API (`from pkg import
            # Model`); one imported from elsewhere (`typing.Any`) is not. A name re-exported
            # from a private module (`from ._client import Client`) is only reachable
            # through this name, so its members are walked here.
            target_path = str(member.target_path)
            if obj.is_class or not target_path.startswith(f"{root}."):
                continue
            target = None
            if _in_private_module(target_path) and target_path not in seen:
                with contextlib.suppress(Exception):
                    target = member.final_target
            if target is None:
                found[path] = Entry("name")
                continue
            seen.add(target_path)
            _record(target, name, path, obj, found, seen)
            continue
        _record(member, name, path, obj, found, seen)


def _record(
    member: Any, name: str, path: str, parent: Any, found: dict[str, Entry], seen: set[str]
) -> None:
    if member.is_module:
        found[path] = Entry("module")
        _walk(member, path, found, seen)
    elif member.is_class:
        found[path] = _class_entry(member)
        _walk(member, path, found, seen)
    elif member.is_function:
        if name != "__init__" or parent.is_class:
            found[path] = _function_entry(member)
    elif member.is_attribute and not parent.is_class:
        found[path] = Entry("attribute", returns=_text(member.annotation))


def package_root(project_dir: Path, package: str) -> Path:
    """The directory holding `package`: the project itself or its `src/`."""
    for candidate in (project_dir, project_dir / "src"):
        if (candidate / package / "__init__.py").is_file():
            return candidate
    raise SpecbindError(
        f"{project_dir}: no Python package {package!r} in it or in its src/ directory"
    )


def public_api(project_dir: Path, package: str) -> dict[str, Entry]:
    """Every public object of `package` in `project_dir`, by dotted path."""
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
    found: dict[str, Entry] = {package: Entry("module")}
    _walk(loaded, package, found, set())
    return found


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


def compare_packages(old_dir: Path, new_dir: Path, package: str) -> list[ApiBreak]:
    """What breaks for code written against `package` in `old_dir` when it uses `new_dir`."""
    return compare_apis(public_api(old_dir, package), public_api(new_dir, package))


def _client_generator() -> Callable[[Config, Path, Path], Any]:
    try:
        from specbind.client import generate_client
    except ImportError as exc:
        raise SpecbindError(f"the client generator is not available: {exc}") from None
    return cast(Callable[[Config, Path, Path], Any], generate_client)


def compare_generated_clients(
    config: Config,
    old_spec: Path,
    new_spec: Path,
    generate: Callable[[Config, Path, Path], Any] | None = None,
) -> list[ApiBreak]:
    """Generate the client from each document into a temporary directory and compare them.

    A stored document's version is its directory name; a loose file gets the
    configured one (it only labels the package, the API comes from the document).
    """
    generator = generate if generate is not None else _client_generator()
    with tempfile.TemporaryDirectory(prefix="specbind-pyapi-") as scratch:
        outputs: list[Path] = []
        for label, spec in (("old", old_spec), ("new", new_spec)):
            out = Path(scratch) / label
            version = spec.parent.name if spec.parent.name[:1].isdigit() else config.spec_version
            generator(dataclasses.replace(config, spec_version=version), spec, out)
            outputs.append(out)
        return compare_packages(outputs[0], outputs[1], config.client_package)
