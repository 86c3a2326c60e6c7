"""Two schemas compared in one context, request or response, with `$ref`s followed.

A schema is first flattened into a `Shape` (allOf merged, a null alternative turned
into `nullable`, types as a set), so the spellings OpenAPI 3.0 and 3.1 allow for the
same thing compare equal. In a request, readOnly properties are not part of the
schema; in a response, writeOnly ones are not: a flag that moves a property out of
one side is reported as that property leaving it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from specbind.diff.walker import Located, Resolver
from specbind.openapi.pointer import extend

Context = Literal["request", "response"]
# (rule id, pointer, detail sentence, old value, new value)
Emit = Callable[[str, str, str, Any, Any], None]

_BOUNDS: dict[str, tuple[str, str]] = {
    # keyword -> (kind, rule stem); an upper bound tightens when it goes down
    "maxLength": ("upper", "max-length"),
    "maximum": ("upper", "maximum"),
    "maxItems": ("upper", "max-items"),
    "minLength": ("lower", "min-length"),
    "minimum": ("lower", "minimum"),
    "minItems": ("lower", "min-items"),
}
_MAX_DEPTH = 64


@dataclass
class Shape:
    """A schema flattened for comparison; `pointer` is where it is written."""

    pointer: str
    types: frozenset[str] = frozenset()  # empty: any type
    nullable: bool = False
    format: str | None = None
    enum: list[Any] | None = None
    bounds: dict[str, float] = field(default_factory=dict)
    properties: dict[str, Located] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    additional: Located | bool | None = None  # None: not stated
    items: Located | None = None
    variants: list[Located] = field(default_factory=list)
    read_only: bool = False
    write_only: bool = False


def _is_null_schema(value: Any) -> bool:
    return isinstance(value, dict) and (
        value.get("type") == "null" or value.get("enum") == [None] or value.get("const", 0) is None
    )


def shape_of(resolver: Resolver, node: Located, depth: int = 0) -> Shape:
    """Flatten `node`: follow its refs, merge allOf members, fold a null alternative."""
    node = resolver.resolve(node)
    shape = Shape(pointer=node.pointer)
    value = node.value
    if not isinstance(value, dict) or depth > _MAX_DEPTH:
        return shape
    _merge(resolver, shape, node, depth)
    if not shape.types:
        if shape.properties:
            shape.types = frozenset({"object"})
        elif shape.items is not None:
            shape.types = frozenset({"array"})
    return shape


def _merge(resolver: Resolver, shape: Shape, node: Located, depth: int) -> None:
    value: dict[str, Any] = node.value
    raw_type = value.get("type")
    types = {raw_type} if isinstance(raw_type, str) else set(raw_type or [])
    if "null" in types:
        shape.nullable = True
        types.discard("null")
    if types:
        shape.types = frozenset(types) if not shape.types else shape.types & frozenset(types)
    if value.get("nullable") is True:
        shape.nullable = True
    shape.read_only |= value.get("readOnly") is True
    shape.write_only |= value.get("writeOnly") is True
    if isinstance(value.get("format"), str):
        shape.format = value["format"]
    if isinstance(value.get("enum"), list):
        values = list(value["enum"])
        if None in values:
            shape.nullable = True
            values = [v for v in values if v is not None]
        shape.enum = values
    for keyword in _BOUNDS:
        bound = value.get(keyword)
        if isinstance(bound, (int, float)) and not isinstance(bound, bool):
            shape.bounds[keyword] = bound
    properties = node.get("properties")
    if properties is not None and isinstance(properties.value, dict):
        for name in properties.value:
            shape.properties[str(name)] = Located(
                properties.value[name], extend(properties.pointer, name)
            )
    if isinstance(value.get("required"), list):
        shape.required |= {str(n) for n in value["required"]}
    additional = node.get("additionalProperties")
    if additional is not None:
        shape.additional = (
            additional if isinstance(additional.value, dict) else bool(additional.value)
        )
    items = node.get("items")
    if items is not None:
        shape.items = items
    members = node.get("allOf")
    if members is not None and isinstance(members.value, list):
        for index in range(len(members.value)):
            member = resolver.resolve(Located(members.value[index], extend(members.pointer, index)))
            if isinstance(member.value, dict) and depth <= _MAX_DEPTH:
                _merge(resolver, shape, member, depth + 1)
    for keyword in ("oneOf", "anyOf"):
        alternatives = node.get(keyword)
        if alternatives is None or not isinstance(alternatives.value, list):
            continue
        kept: list[Located] = []
        for index, raw in enumerate(alternatives.value):
            alternative = resolver.resolve(Located(raw, extend(alternatives.pointer, index)))
            if _is_null_schema(alternative.value):
                shape.nullable = True
            else:
                kept.append(alternative)
        if len(kept) == 1 and isinstance(kept[0].value, dict):
            _merge(resolver, shape, kept[0], depth + 1)
        else:
            shape.variants.extend(kept)


def _covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Does a value of any type in `narrow` also fit `wide`? Empty means any type."""
    if not wide:
        return True
    if not narrow:
        return False
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _type_text(types: frozenset[str]) -> str:
    return " | ".join(sorted(types)) if types else "any"


def _variant_key(located: Located, index: int) -> str:
    """Alternatives that are references match by name; inline ones by position."""
    if located.pointer.startswith("/components/"):
        return located.pointer
    return f"#{index}"


class SchemaComparison:
    """Compares schemas in one context and reports each difference through `emit`."""

    def __init__(
        self,
        old: Resolver,
        new: Resolver,
        context: Context,
        emit: Emit,
        unchanged: set[tuple[str, str, str]] | None = None,
        visited: set[tuple[str, str, str]] | None = None,
    ) -> None:
        self.old = old
        self.new = new
        self.context = context
        self._emit = emit
        self._active: set[tuple[str, str]] = set()
        # (context, old pointer, new pointer) of component pairs known to have no change;
        # shared across operations so a large, mostly unchanged document is walked once
        self._unchanged = unchanged if unchanged is not None else set()
        # pairs already compared for this operation: their changes are reported once,
        # at the first place they were reached
        self._visited = visited if visited is not None else set()
        self._emitted = 0
        self._cut = 0  # comparisons skipped because they were already on the stack

    def emit(self, rule: str, pointer: str, detail: str, old: Any, new: Any) -> None:
        self._emitted += 1
        self._emit(rule, pointer, detail, old, new)

    def rule(self, stem: str) -> str:
        return f"{self.context}-{stem}"

    def compare(self, old: Located, new: Located, subject: str, path: str = "") -> None:
        """Compare two schemas; `subject` names the body or parameter, `path` the property."""
        old_shape = shape_of(self.old, old)
        new_shape = shape_of(self.new, new)
        key = (old_shape.pointer, new_shape.pointer)
        memo = (self.context, *key)
        if memo in self._unchanged or memo in self._visited:
            return
        if key in self._active or len(self._active) > _MAX_DEPTH:
            self._cut += 1
            return
        emitted, cut = self._emitted, self._cut
        self._active.add(key)
        try:
            self._compare_shapes(old_shape, new_shape, subject, path)
        finally:
            self._active.discard(key)
        if key[0].startswith("/components/"):
            self._visited.add(memo)
        # a result cut short by a cycle depends on its caller, so only a whole one is kept
        if self._emitted == emitted and self._cut == cut and key[0].startswith("/components/"):
            self._unchanged.add(memo)

    def _where(self, subject: str, path: str) -> str:
        return f"{subject} property '{path}'" if path else subject

    def _compare_shapes(self, old: Shape, new: Shape, subject: str, path: str) -> None:
        where = self._where(subject, path)
        pointer = new.pointer
        request = self.context == "request"
        self._types(old, new, where, pointer)

        if old.nullable != new.nullable:
            change = "added" if new.nullable else "removed"
            said = "now accepts null" if request else "may now be null"
            if not new.nullable:
                said = "no longer accepts null" if request else "is no longer null"
            self.emit(
                self.rule(f"nullable-{change}"),
                pointer,
                f"{where} {said}",
                old.nullable,
                new.nullable,
            )

        self._format(old, new, where, pointer)
        self._enum(old, new, where, pointer)
        if request:
            self._bounds(old, new, where, pointer)
        self._properties(old, new, subject, path)

        if old.items is not None and new.items is not None:
            self.compare(old.items, new.items, subject, f"{path}[]" if path else "[]")
        if isinstance(old.additional, Located) and isinstance(new.additional, Located):
            self.compare(old.additional, new.additional, subject, f"{path}.*" if path else "*")
        if request and old.additional is not False and new.additional is False:
            self.emit(
                self.rule("additional-properties-forbidden"),
                pointer,
                f"{where} no longer accepts properties beyond those listed",
                old.additional if isinstance(old.additional, bool | None) else True,
                False,
            )
        self._variants(old, new, subject, path)

    def _types(self, old: Shape, new: Shape, where: str, pointer: str) -> None:
        if old.types == new.types:
            return
        old_text, new_text = _type_text(old.types), _type_text(new.types)
        detail = f"{where} type changed from {old_text} to {new_text}"
        if self.context == "request":
            rule = "type-widened" if _covers(new.types, old.types) else "type-changed"
        else:
            rule = "type-narrowed" if _covers(old.types, new.types) else "type-changed"
        self.emit(self.rule(rule), pointer, detail, old_text, new_text)

    def _format(self, old: Shape, new: Shape, where: str, pointer: str) -> None:
        if old.format == new.format:
            return
        detail = f"{where} format changed from {old.format or 'none'} to {new.format or 'none'}"
        if self.context == "request":
            rule = "format-removed" if new.format is None else "format-changed"
        else:
            rule = "format-added" if old.format is None else "format-changed"
        self.emit(self.rule(rule), pointer, detail, old.format, new.format)

    def _enum(self, old: Shape, new: Shape, where: str, pointer: str) -> None:
        if old.enum == new.enum:
            return
        if old.enum is None or new.enum is None:
            stem = "enum-added" if old.enum is None else "enum-removed"
            verb = "is now restricted to" if old.enum is None else "is no longer restricted to"
            values = new.enum if old.enum is None else old.enum
            self.emit(self.rule(stem), pointer, f"{where} {verb} {values!r}", old.enum, new.enum)
            return
        removed = [v for v in old.enum if v not in new.enum]
        added = [v for v in new.enum if v not in old.enum]
        for value in removed:
            self.emit(
                self.rule("enum-value-removed"),
                pointer,
                f"{where} enum value {value!r} was removed",
                value,
                None,
            )
        for value in added:
            self.emit(
                self.rule("enum-value-added"),
                pointer,
                f"{where} enum value {value!r} was added",
                None,
                value,
            )

    def _bounds(self, old: Shape, new: Shape, where: str, pointer: str) -> None:
        for keyword, (kind, stem) in _BOUNDS.items():
            before, after = old.bounds.get(keyword), new.bounds.get(keyword)
            if before == after:
                continue
            if before is None:
                tighter = True
            elif after is None:
                tighter = False
            else:
                tighter = after < before if kind == "upper" else after > before
            upper_word = "decreased" if tighter else "increased"
            lower_word = "increased" if tighter else "decreased"
            word = upper_word if kind == "upper" else lower_word
            shown_before = "none" if before is None else f"{before:g}"
            shown_after = "none" if after is None else f"{after:g}"
            self.emit(
                self.rule(f"{stem}-{word}"),
                pointer,
                f"{where} {keyword} changed from {shown_before} to {shown_after}",
                before,
                after,
            )

    def _hidden(self, shape: Shape) -> bool:
        return shape.read_only if self.context == "request" else shape.write_only

    def _properties(self, old: Shape, new: Shape, subject: str, path: str) -> None:
        for name in [*old.properties, *(n for n in new.properties if n not in old.properties)]:
            self._property(
                old.properties.get(name),
                new.properties.get(name),
                (name in old.required, name in new.required),
                subject,
                f"{path}.{name}" if path else name,
            )

    def _property(
        self,
        old_node: Located | None,
        new_node: Located | None,
        required: tuple[bool, bool],
        subject: str,
        path: str,
    ) -> None:
        """One property, present on either side; hidden ones (readOnly in a request,
        writeOnly in a response) count as absent from that side."""
        where = self._where(subject, path)
        flag = "read-only" if self.context == "request" else "write-only"
        old_prop = shape_of(self.old, old_node) if old_node is not None else None
        new_prop = shape_of(self.new, new_node) if new_node is not None else None
        old_seen = old_prop is not None and not self._hidden(old_prop)
        new_seen = new_prop is not None and not self._hidden(new_prop)
        old_required, new_required = required
        if old_node is not None and new_node is not None and new_prop is not None and old_seen:
            if not new_seen:
                self.emit(
                    self.rule(f"property-became-{flag}"),
                    new_prop.pointer,
                    f"{where} became {flag}",
                    False,
                    True,
                )
                return
            if old_required != new_required:
                stem = "property-became-required" if new_required else "property-became-optional"
                state = "required" if new_required else "optional"
                self.emit(
                    self.rule(stem),
                    new_prop.pointer,
                    f"{where} became {state}",
                    old_required,
                    new_required,
                )
            self.compare(old_node, new_node, subject, path)
        elif old_seen and old_prop is not None:
            self.emit(
                self.rule("property-removed"), old_prop.pointer, f"{where} was removed", path, None
            )
        elif new_seen and new_prop is not None:
            if self.context == "request" and new_required:
                stem = "required-property-added"
                origin = " (it was read-only)" if old_prop is not None else " (new)"
                detail = f"{where} is now required{origin}"
            elif old_prop is not None:
                stem = f"property-no-longer-{flag}"
                detail = f"{where} is no longer {flag}"
            else:
                stem = "property-added"
                detail = f"{where} was added"
            self.emit(self.rule(stem), new_prop.pointer, detail, None, path)

    def _variants(self, old: Shape, new: Shape, subject: str, path: str) -> None:
        if not old.variants and not new.variants:
            return
        where = self._where(subject, path)
        old_keyed = {_variant_key(v, i): v for i, v in enumerate(old.variants)}
        new_keyed = {_variant_key(v, i): v for i, v in enumerate(new.variants)}
        for key, variant in old_keyed.items():
            if key in new_keyed:
                self.compare(variant, new_keyed[key], subject, path)
            else:
                self.emit(
                    self.rule("variant-removed"),
                    variant.pointer,
                    f"{where} alternative {key} was removed",
                    key,
                    None,
                )
        for key, variant in new_keyed.items():
            if key not in old_keyed:
                self.emit(
                    self.rule("variant-added"),
                    variant.pointer,
                    f"{where} alternative {key} was added",
                    None,
                    key,
                )
