"""An OpenAPI document as read: its data, its text, and where each value stands."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

from specbind.errors import DocumentError, Problem, Severity
from specbind.spec.pointer import join_pointer, split_pointer
from specbind.spec.positions import LineMap, json_line_map, yaml_line_map

Format = Literal["json", "yaml"]

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _JsonCompatibleLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """YAML as JSON would see it: dates and times stay strings."""


_JsonCompatibleLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


@dataclass
class Document:
    """One parsed document; `source` is the file or URL that problems are reported against."""

    data: dict[str, Any]
    text: str
    format: Format
    source: str
    _lines: LineMap | None = field(default=None, repr=False)

    @property
    def openapi_version(self) -> str:
        return str(self.data.get("openapi", ""))

    @property
    def version(self) -> str:
        info = self.data.get("info")
        return str(info.get("version", "")) if isinstance(info, dict) else ""

    @property
    def title(self) -> str:
        info = self.data.get("info")
        return str(info.get("title", "")) if isinstance(info, dict) else ""

    def line(self, pointer: str) -> int | None:
        """The line of `pointer`, or of its nearest ancestor that has one."""
        if self._lines is None:
            try:
                self._lines = (
                    json_line_map(self.text) if self.format == "json" else yaml_line_map(self.text)
                )
            except (ValueError, IndexError, yaml.YAMLError):
                self._lines = {}
        tokens = split_pointer(pointer)
        while True:
            found = self._lines.get(join_pointer(*tokens))
            if found is not None or not tokens:
                return found
            tokens.pop()

    def problem(
        self,
        message: str,
        pointer: str,
        *,
        severity: Severity = Severity.ERROR,
        rule: str = "",
    ) -> Problem:
        return Problem(
            message=message,
            pointer=pointer,
            file=self.source,
            line=self.line(pointer),
            severity=severity,
            rule=rule,
        )


def _sniff(text: str) -> Format:
    return "json" if text.lstrip()[:1] in ("{", "[") else "yaml"


def _stringify_keys(node: Any) -> Any:
    """YAML allows `200:` as an integer key; OpenAPI means the string '200'."""
    if isinstance(node, dict):
        return {
            (k if isinstance(k, str) else _yaml_key(k)): _stringify_keys(v) for k, v in node.items()
        }
    if isinstance(node, list):
        return [_stringify_keys(v) for v in node]
    return node


def _yaml_key(key: Any) -> str:
    if isinstance(key, bool):
        return "true" if key else "false"
    return "null" if key is None else str(key)


def parse_document(raw: bytes | str, source: str, fmt: Format | None = None) -> Document:
    """Parse JSON or YAML; any failure is a DocumentError naming `source` and the line."""
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise DocumentError(
                f"{source}: not UTF-8 text (bad byte at offset {exc.start})"
            ) from None
    else:
        text = raw
    if not text.strip():
        raise DocumentError(f"{source}: the document is empty")
    fmt = fmt or _sniff(text)
    data: Any
    if fmt == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise DocumentError(
                f"{source}:{exc.lineno}: not valid JSON: {exc.msg} (line {exc.lineno}, "
                f"column {exc.colno})"
            ) from None
    else:
        try:
            data = _stringify_keys(yaml.load(text, Loader=_JsonCompatibleLoader))
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark
            line = mark.line + 1 if mark is not None else 0
            raise DocumentError(f"{source}:{line}: not valid YAML: {exc.problem or exc}") from None
        except yaml.YAMLError as exc:
            raise DocumentError(f"{source}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise DocumentError(
            f"{source}: not an OpenAPI document: the top level is a {type(data).__name__}, "
            "not a mapping"
        )
    return Document(data=data, text=text, format=fmt, source=source)


def document_format(path: Path) -> Format | None:
    suffix = path.suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix in (".yaml", ".yml"):
        return "yaml"
    return None


def load_document(path: Path) -> Document:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DocumentError(f"{path}: file not found") from None
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read: {exc.strerror}") from None
    return parse_document(raw, str(path), document_format(path))
