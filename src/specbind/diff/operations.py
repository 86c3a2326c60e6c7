"""Two documents compared operation by operation: the entry point of the diff stage.

Operations are matched by method and path. A path whose template differs only in
its parameter names (`/groups/{id}` -> `/groups/{group_id}`) is the same path with
renamed parameters, so its operations are compared, not reported as removed and added.
"""

from __future__ import annotations

import json
import re
from typing import Any, Literal

from specbind.diff.model import Change, DiffReport
from specbind.diff.rules import level_of
from specbind.diff.schemas import Context, SchemaComparison
from specbind.diff.walker import (
    Located,
    Operation,
    Parameter,
    Resolver,
    operations,
    security_of,
    servers_of,
)
from specbind.openapi.pointer import extend, join_pointer


class _Comparison:
    """Holds both documents and the changes found so far."""

    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old = old
        self.new = new
        self.old_resolver = Resolver(old)
        self.new_resolver = Resolver(new)
        self.changes: list[Change] = []
        self.unchanged: set[tuple[str, str, str]] = set()
        self.visited: set[tuple[str, str, str]] = set()  # reset for each operation
        self._reported: set[tuple[str, str, str, str]] = set()

    def add(self, rule: str, operation: str, pointer: str, detail: str, old: Any, new: Any) -> None:
        """Record a change once: the same change reached again through another media type
        of one body, or another path to one shared component, is the same change."""
        message = f"{operation}: {detail}" if operation else detail
        key = (rule, message, _any_media(pointer), json.dumps([old, new], default=str))
        if key in self._reported:
            return
        self._reported.add(key)
        self.changes.append(Change(rule, level_of(rule), operation, pointer, message, old, new))

    def _side(
        self,
        state: Literal["removed", "added"],
        rule: str,
        operation: str,
        pointer: str,
        subject: str,
        value: Any,
    ) -> None:
        """Record that `value` stands on one side only: `subject was removed` or `added`."""
        old, new = (value, None) if state == "removed" else (None, value)
        self.add(rule, operation, pointer, f"{subject} was {state}", old, new)

    def schemas(self, context: Context, operation: str) -> SchemaComparison:
        def emit(rule: str, pointer: str, detail: str, old: Any, new: Any) -> None:
            self.add(rule, operation, pointer, detail, old, new)

        return SchemaComparison(self.old_resolver, self.new_resolver, context, emit, self.unchanged)

    # -- the document -------------------------------------------------------------------

    def run(self) -> None:
        self._document()
        old_ops, new_ops = operations(self.old), operations(self.new)
        old_paths = {op.path for op in old_ops.values()}
        new_paths = {op.path for op in new_ops.values()}
        new_by_template = {(op.method, op.template): op for op in new_ops.values()}
        matched: set[tuple[str, str]] = set()
        for key, old_op in old_ops.items():
            new_op = new_ops.get(key) or new_by_template.get((old_op.method, old_op.template))
            if new_op is None:
                gone_path = old_op.path not in new_paths and not any(
                    op.template == old_op.template for op in new_ops.values()
                )
                rule = "path-removed" if gone_path else "operation-removed"
                what = "its path was removed" if gone_path else "the operation was removed"
                self.add(rule, old_op.label, old_op.node.pointer, what, old_op.label, None)
                continue
            matched.add((new_op.method, new_op.path))
            self._operation(old_op, new_op)
        for key, new_op in new_ops.items():
            if key in matched:
                continue
            new_path = new_op.path not in old_paths and not any(
                op.template == new_op.template for op in old_ops.values()
            )
            rule = "path-added" if new_path else "operation-added"
            what = "a new path with this operation" if new_path else "a new operation"
            self.add(rule, new_op.label, new_op.node.pointer, what, None, new_op.label)

    def _document(self) -> None:
        old_info, new_info = self.old.get("info") or {}, self.new.get("info") or {}
        old_version, new_version = old_info.get("version"), new_info.get("version")
        if old_version != new_version:
            self.add(
                "api-version-changed",
                "",
                "/info/version",
                f"info.version changed from {old_version} to {new_version}",
                old_version,
                new_version,
            )
        self._servers("", "", servers_of(self.old), servers_of(self.new), "/servers")

    def _servers(
        self, operation: str, scope: str, old: list[str], new: list[str], pointer: str
    ) -> None:
        prefix = f"{scope} " if scope else ""
        for url in old:
            if url not in new:
                self._side(
                    "removed", "server-removed", operation, pointer, f"{prefix}server {url}", url
                )
        for url in new:
            if url not in old:
                self._side(
                    "added", "server-added", operation, pointer, f"{prefix}server {url}", url
                )

    # -- one operation ------------------------------------------------------------------

    def _operation(self, old: Operation, new: Operation) -> None:
        self.visited = set()
        label = new.label
        pointer = new.node.pointer
        if old.operation_id != new.operation_id:
            self.add(
                "operation-id-changed",
                label,
                extend(pointer, "operationId"),
                f"operationId changed from {old.operation_id or 'none'} to "
                f"{new.operation_id or 'none'}",
                old.operation_id,
                new.operation_id,
            )
        if (
            new.node.value.get("deprecated") is True
            and old.node.value.get("deprecated") is not True
        ):
            self.add(
                "operation-deprecated",
                label,
                extend(pointer, "deprecated"),
                "the operation is now deprecated",
                False,
                True,
            )
        renames = self._path_renames(old, new, label)
        self._parameters(old, new, label, renames)
        self._request_body(old, new, label)
        self._responses(old, new, label)
        self._security(old, new, label)
        old_item = self.old["paths"][old.path]
        new_item = self.new["paths"][new.path]
        self._servers(
            label,
            "operation",
            servers_of(old.node.value) or servers_of(old_item),
            servers_of(new.node.value) or servers_of(new_item),
            extend(pointer, "servers"),
        )

    def _path_renames(self, old: Operation, new: Operation, label: str) -> dict[str, str]:
        renames: dict[str, str] = {}
        for before, after in zip(old.path_parameter_names, new.path_parameter_names, strict=False):
            if before != after:
                renames[before] = after
                param = new.parameters.get(("path", after))
                where = param.node.pointer if param else join_pointer("paths", new.path)
                self.add(
                    "path-parameter-renamed",
                    label,
                    where,
                    f"path parameter '{before}' was renamed to '{after}'",
                    before,
                    after,
                )
        return renames

    def _parameters(
        self, old: Operation, new: Operation, label: str, renames: dict[str, str]
    ) -> None:
        new_params = dict(new.parameters)
        by_name: dict[str, Parameter] = {p.name: p for p in new.parameters.values()}
        for before in old.parameters.values():
            location, name = before.location, before.name
            key = ("path", renames.get(name, name)) if location == "path" else before.key
            after = new_params.pop(key, None)
            described = f"{location} parameter '{name}'"
            if after is None:
                moved = by_name.get(name)
                if moved is not None and moved.key in new_params:
                    new_params.pop(moved.key)
                    self.add(
                        "request-parameter-location-changed",
                        label,
                        moved.node.pointer,
                        f"{described} moved to {moved.location}",
                        location,
                        moved.location,
                    )
                    self._parameter_pair(before, moved, label)
                    continue
                self.add(
                    "request-parameter-removed",
                    label,
                    before.node.pointer,
                    f"{described} was removed",
                    name,
                    None,
                )
                continue
            self._parameter_pair(before, after, label)
        for param in new_params.values():
            described = f"{param.location} parameter '{param.name}'"
            if param.required:
                self.add(
                    "request-parameter-added-required",
                    label,
                    param.node.pointer,
                    f"required {described} was added",
                    None,
                    param.name,
                )
            else:
                self.add(
                    "request-parameter-added-optional",
                    label,
                    param.node.pointer,
                    f"optional {described} was added",
                    None,
                    param.name,
                )

    def _parameter_pair(self, before: Parameter, after: Parameter, label: str) -> None:
        described = f"{after.location} parameter '{after.name}'"
        if before.required != after.required:
            rule = (
                "request-parameter-became-required"
                if after.required
                else "request-parameter-became-optional"
            )
            state = "required" if after.required else "optional"
            self.add(
                rule,
                label,
                after.node.pointer,
                f"{described} became {state}",
                before.required,
                after.required,
            )
        if before.schema is not None and after.schema is not None:
            self.schemas("request", label).compare(before.schema, after.schema, described)

    def _request_body(self, old: Operation, new: Operation, label: str) -> None:
        old_body = self._body(self.old_resolver, old.node.get("requestBody"))
        new_body = self._body(self.new_resolver, new.node.get("requestBody"))
        if old_body is None and new_body is not None:
            required = new_body.value.get("required") is True
            rule = "request-body-added-required" if required else "request-body-added-optional"
            state = "required" if required else "optional"
            self.add(
                rule, label, new_body.pointer, f"an {state} request body was added", None, state
            )
        elif old_body is not None and new_body is None:
            self.add(
                "request-body-removed",
                label,
                old_body.pointer,
                "the request body was removed",
                "present",
                None,
            )
        elif old_body is not None and new_body is not None:
            old_required = old_body.value.get("required") is True
            new_required = new_body.value.get("required") is True
            if old_required != new_required:
                rule = (
                    "request-body-became-required"
                    if new_required
                    else "request-body-became-optional"
                )
                state = "required" if new_required else "optional"
                self.add(
                    rule,
                    label,
                    extend(new_body.pointer, "required"),
                    f"the request body became {state}",
                    old_required,
                    new_required,
                )
            self._content(old_body, new_body, label, "request", "request body")

    def _body(self, resolver: Resolver, node: Located | None) -> Located | None:
        if node is None:
            return None
        resolved = resolver.resolve(node)
        return resolved if isinstance(resolved.value, dict) else None

    @staticmethod
    def _mapping(parent: Located, key: str) -> Located:
        """`parent[key]` when it is a mapping, else an empty one at that place."""
        found = parent.get(key)
        if found is not None and isinstance(found.value, dict):
            return found
        return Located({}, extend(parent.pointer, key))

    def _content(
        self, old: Located, new: Located, label: str, context: Context, subject: str
    ) -> None:
        old_content, new_content = self._mapping(old, "content"), self._mapping(new, "content")
        prefix = "request-body" if context == "request" else "response"

        def what(media: str) -> str:
            return f"{subject} media type {media}"

        for media in old_content.value:
            if media not in new_content.value:
                where = extend(old_content.pointer, media)
                self._side(
                    "removed", f"{prefix}-media-type-removed", label, where, what(media), media
                )
        for media in new_content.value:
            if media not in old_content.value:
                where = extend(new_content.pointer, media)
                self._side("added", f"{prefix}-media-type-added", label, where, what(media), media)
                continue
            old_schema = self._mapping(old_content, media).get("schema")
            new_schema = self._mapping(new_content, media).get("schema")
            if old_schema is not None and new_schema is not None:
                self.schemas(context, label).compare(old_schema, new_schema, subject)

    def _responses(self, old: Operation, new: Operation, label: str) -> None:
        old_codes = self._mapping(old.node, "responses")
        new_codes = self._mapping(new.node, "responses")
        for code in old_codes.value:
            kind = "success" if str(code).startswith("2") else "non-success"
            if code not in new_codes.value:
                where = extend(old_codes.pointer, code)
                rule = f"response-{kind}-status-removed"
                self._side("removed", rule, label, where, f"response {code}", code)
                continue
            old_response = self._body(self.old_resolver, old_codes.get(code))
            new_response = self._body(self.new_resolver, new_codes.get(code))
            if old_response is not None and new_response is not None:
                self._content(
                    old_response, new_response, label, "response", f"response {code} body"
                )
        for code in new_codes.value:
            if code not in old_codes.value:
                kind = "success" if str(code).startswith("2") else "non-success"
                where = extend(new_codes.pointer, code)
                rule = f"response-{kind}-status-added"
                self._side("added", rule, label, where, f"response {code}", code)

    def _security(self, old: Operation, new: Operation, label: str) -> None:
        old_alternatives = security_of(self.old, old)
        new_alternatives = security_of(self.new, new)
        pointer = (
            extend(new.node.pointer, "security") if "security" in new.node.value else "/security"
        )

        def text(alternative: dict[str, list[str]]) -> str:
            if not alternative:
                return "no authentication"
            return " + ".join(
                f"{name}{'(' + ', '.join(scopes) + ')' if scopes else ''}"
                for name, scopes in sorted(alternative.items())
            )

        for alternative in old_alternatives:
            if alternative not in new_alternatives:
                what = f"security requirement '{text(alternative)}'"
                self._side(
                    "removed", "security-requirement-removed", label, pointer, what, alternative
                )
        for alternative in new_alternatives:
            if alternative not in old_alternatives:
                what = f"security requirement '{text(alternative)}'"
                self._side("added", "security-requirement-added", label, pointer, what, alternative)
        used = {name for alt in old_alternatives if alt in new_alternatives for name in alt}
        old_schemes = _schemes(self.old)
        new_schemes = _schemes(self.new)
        for name in sorted(used):
            before, after = old_schemes.get(name), new_schemes.get(name)
            if before != after:
                self.add(
                    "security-scheme-changed",
                    label,
                    join_pointer("components", "securitySchemes", name),
                    f"security scheme '{name}' changed: {_scheme_text(before)} -> "
                    f"{_scheme_text(after)}",
                    before,
                    after,
                )


_MEDIA_SEGMENT = re.compile(r"/content/[^/]+")


def _any_media(pointer: str) -> str:
    """`pointer` with the media type of a `content` map left out."""
    return _MEDIA_SEGMENT.sub("/content/*", pointer)


def _schemes(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """How each security scheme is sent: its type, location, name and HTTP scheme."""
    schemes = (data.get("components") or {}).get("securitySchemes") or {}
    found: dict[str, dict[str, Any]] = {}
    if not isinstance(schemes, dict):
        return found
    resolver = Resolver(data)
    for name, raw in schemes.items():
        value = resolver.resolve(Located(raw, "")).value
        if isinstance(value, dict):
            found[str(name)] = {
                k: value[k]
                for k in ("type", "in", "name", "scheme", "openIdConnectUrl")
                if k in value
            }
    return found


def _scheme_text(scheme: dict[str, Any] | None) -> str:
    if scheme is None:
        return "undefined"
    return ", ".join(f"{k}={v}" for k, v in scheme.items())


def diff_documents(old: dict[str, Any], new: dict[str, Any]) -> DiffReport:
    """Every change from `old` to `new`, each with its rule, level, operation and place."""
    comparison = _Comparison(old, new)
    comparison.run()
    old_info, new_info = old.get("info") or {}, new.get("info") or {}
    return DiffReport(
        old_version=str(old_info.get("version", "")),
        new_version=str(new_info.get("version", "")),
        changes=comparison.changes,
    )
