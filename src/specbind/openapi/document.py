"""An OpenAPI document as read: its data, its text, and where each value stands."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml
from yaml.constructor import ConstructorError

from specbind.errors import DocumentError, Problem, Severity
from specbind.openapi.pointer import escape, join_pointer, split_pointer
from specbind.openapi.positions import LineMap, json_line_map, yaml_line_map

Format = Literal["json", "yaml"]

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Bounds on what a document may make us build. Python reads integers up to 4,300 digits
# (sys.get_int_max_str_digits); nesting deeper than MAX_DEPTH exhausts the recursion of
# the generators long before it means anything; YAML aliases may repeat at most
# MAX_ALIAS_NODES values beyond those written (or as many as are written, if more):
# 400 bytes of nested aliases otherwise expand to billions of values.
MAX_INTEGER_DIGITS = 4300
MAX_DEPTH = 300
MAX_ALIAS_NODES = 100_000
_YAML_TAG = "tag:yaml.org,2002:"
_JSON_TAGS = frozenset(
    f"{_YAML_TAG}{name}" for name in ("null", "bool", "int", "float", "str", "seq", "map")
)
_LONG_INTEGER = re.compile(rf"\d{{{MAX_INTEGER_DIGITS + 1},}}")
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
# Where a YAML anchor can start: `&name` after a space, a flow indicator or a line start.
_ANCHOR = re.compile(r"(?:^|[\s\[{,:])&[^\s,\[\]{}]", re.MULTILINE)


class _Refused(ConstructorError):
    """Valid YAML that specbind will not read (it has no JSON form, or no bound)."""

    def __init__(self, problem: str, mark: yaml.Mark | None) -> None:
        super().__init__(None, None, problem, mark)


def _short_tag(tag: str) -> str:
    return "!!" + tag.removeprefix(_YAML_TAG) if tag.startswith(_YAML_TAG) else tag


def _short_pointer(pointer: str) -> str:
    return pointer if len(pointer) <= 120 else f"{pointer[:117]}..."


class _JsonCompatibleLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """YAML as JSON would see it: dates and times stay strings, keys are strings, and a
    value JSON has no form for (`!!binary`, `!!set`, `!!timestamp`, `.nan`, a custom
    tag) is an error naming its line."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[str, Any]:
        """Keys as JSON has them: `200:`, `true:` and `null:` are the strings they spell
        (made strings before they meet in one dict, where `1` and `true` are equal)."""
        self.flatten_mapping(node)
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, (dict, list)):
                raise _Refused("a mapping key that is not a string", key_node.start_mark)
            name = key if isinstance(key, str) else _yaml_key(key)
            mapping[name] = self.construct_object(value_node, deep=deep)
        return mapping

    def construct_yaml_map(self, node: yaml.MappingNode) -> Iterator[dict[str, Any]]:
        data: dict[str, Any] = {}
        yield data
        data.update(self.construct_mapping(node))

    def construct_yaml_int(self, node: yaml.ScalarNode) -> int:
        if len(str(node.value)) > MAX_INTEGER_DIGITS:
            raise _Refused(f"an integer of more than {MAX_INTEGER_DIGITS} digits", node.start_mark)
        return super().construct_yaml_int(node)  # type: ignore[no-any-return]

    def construct_yaml_float(self, node: yaml.ScalarNode) -> float:
        value = super().construct_yaml_float(node)
        if not math.isfinite(value):
            raise _Refused(f"{node.value!r} is not a JSON number", node.start_mark)
        return value  # type: ignore[no-any-return]

    def construct_not_json(self, node: yaml.Node) -> Any:
        raise _Refused(
            f"the YAML tag {_short_tag(node.tag)} has no JSON equivalent", node.start_mark
        )


_JsonCompatibleLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}
_JsonCompatibleLoader.yaml_constructors = {
    tag: constructor
    for tag, constructor in _BaseLoader.yaml_constructors.items()
    if tag in _JSON_TAGS
}
_JsonCompatibleLoader.add_constructor(
    "tag:yaml.org,2002:int", _JsonCompatibleLoader.construct_yaml_int
)
_JsonCompatibleLoader.add_constructor(
    "tag:yaml.org,2002:float", _JsonCompatibleLoader.construct_yaml_float
)
_JsonCompatibleLoader.add_constructor(
    "tag:yaml.org,2002:map", _JsonCompatibleLoader.construct_yaml_map
)
_JsonCompatibleLoader.add_constructor(None, _JsonCompatibleLoader.construct_not_json)


def _node_children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [child for pair in node.value for child in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _check_aliases(root: yaml.Node) -> None:
    """Refuse recursive aliases and alias bombs before anything is built. One pass over
    the nodes as written: a node an alias repeats is measured once (its expanded size is
    remembered), so a bomb costs no more than its text."""
    size: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        if finished:
            on_path.discard(key)
            children = _node_children(node)
            size[key] = 1 + sum(size[id(child)] for child in children)
            continue
        if key in size:
            continue
        if key in on_path:
            raise _Refused("a recursive YAML alias (a value that contains itself)", node.start_mark)
        on_path.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _node_children(node))
    written = len(size)
    if size[id(root)] - written > max(MAX_ALIAS_NODES, written):
        raise _Refused(
            f"YAML aliases expand {written} values to {size[id(root)]} "
            f"(at most {written + max(MAX_ALIAS_NODES, written)} are read)",
            None,
        )


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
        if self._lines is None and "\n" not in self.text.rstrip():
            self._lines = {"": 1}  # one line (a minified document): every pointer is on it
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


def _yaml_key(key: Any) -> str:
    """YAML allows `200:` as an integer key; OpenAPI means the string '200'."""
    if isinstance(key, bool):
        return "true" if key else "false"
    return "null" if key is None else str(key)


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _not_a_json_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text} is too large for a number (it would be infinite)")
    return value


def _parse_json(text: str, source: str) -> Any:
    try:
        return json.loads(text, parse_constant=_not_a_json_constant, parse_float=_finite_float)
    except json.JSONDecodeError as exc:
        raise DocumentError(
            f"{source}:{exc.lineno}: not valid JSON: {exc.msg} (line {exc.lineno}, "
            f"column {exc.colno})"
        ) from None
    except RecursionError:
        raise DocumentError(f"{source}: not read: nested deeper than {MAX_DEPTH} levels") from None
    except ValueError as exc:
        long_number = _LONG_INTEGER.search(text)
        if long_number is not None:
            raise DocumentError(
                f"{source}:{_line_of(text, long_number.start())}: not read: an integer of "
                f"more than {MAX_INTEGER_DIGITS} digits"
            ) from None
        raise DocumentError(f"{source}: not valid JSON: {exc}") from None


def _parse_yaml(text: str, source: str) -> Any:
    loader = _JsonCompatibleLoader(text)
    try:
        if _ANCHOR.search(text) is None:  # no anchor, no alias: nothing to measure
            return loader.get_single_data()
        node = loader.get_single_node()
        if node is None:
            return None
        _check_aliases(node)
        return loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"{source}:{mark.line + 1}" if mark is not None else source
        problem = exc.problem or exc.context or str(exc)
        verdict = "not read" if isinstance(exc, _Refused) else "not valid YAML"
        raise DocumentError(f"{where}: {verdict}: {problem}") from None
    except yaml.YAMLError as exc:
        raise DocumentError(f"{source}: not valid YAML: {exc}") from None
    except RecursionError:
        raise DocumentError(f"{source}: not read: nested deeper than {MAX_DEPTH} levels") from None
    finally:
        loader.dispose()


def _too_deep(data: Any) -> str | None:
    """The pointer of the first value nested deeper than MAX_DEPTH, or None.

    Level by level, without pointers (a tenth of json.loads' time); the pointer is only
    worked out for a document that is refused."""
    level: list[Any] = [data]
    depth = 1
    while level:
        if depth > MAX_DEPTH:
            return _deep_pointer(data)
        below: list[Any] = []
        for node in level:
            below.extend(
                [
                    v
                    for v in (node.values() if isinstance(node, dict) else node)
                    if isinstance(v, (dict, list))
                ]
            )
        level = below
        depth += 1
    return None


def _deep_pointer(data: Any) -> str:
    stack: list[tuple[Any, str, int]] = [(data, "", 1)]
    while stack:
        node, pointer, level = stack.pop()
        if level > MAX_DEPTH:
            return pointer
        if isinstance(node, dict):
            stack.extend(
                (value, f"{pointer}/{escape(key)}", level + 1)
                for key, value in node.items()
                if isinstance(value, (dict, list))
            )
        elif isinstance(node, list):
            stack.extend(
                (value, f"{pointer}/{index}", level + 1)
                for index, value in enumerate(node)
                if isinstance(value, (dict, list))
            )
    return ""  # pragma: no cover - only called when some value is that deep


def _lone_surrogate(data: Any) -> str | None:
    """The pointer of the first key or string holding half a UTF-16 pair, or None."""
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        node, pointer = stack.pop()
        if isinstance(node, str):
            if not _encodable(node):
                return pointer
        elif isinstance(node, dict):
            for key, value in node.items():
                child = f"{pointer}/{escape(key)}"
                if not _encodable(key):
                    return child
                stack.append((value, child))
        elif isinstance(node, list):
            stack.extend((value, f"{pointer}/{index}") for index, value in enumerate(node))
    return None


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def parse_document(raw: bytes | str, source: str, fmt: Format | None = None) -> Document:
    """Parse JSON or YAML; any failure is a DocumentError naming `source` and the line.

    The one place documents are read, whatever they come from (a file, a download): what
    cannot be JSON data, or would make later stages grow without bound (alias bombs,
    recursive aliases, very deep nesting, huge integers), is refused here.
    """
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise DocumentError(
                f"{source}: not UTF-8 text (bad byte at offset {exc.start})"
            ) from None
    else:
        text = raw
        if not _encodable(text):
            raise DocumentError(f"{source}: not UTF-8 text (a lone surrogate character)")
    if not text.strip():
        raise DocumentError(f"{source}: the document is empty")
    fmt = fmt or _sniff(text)
    data = _parse_json(text, source) if fmt == "json" else _parse_yaml(text, source)
    if not isinstance(data, dict):
        raise DocumentError(
            f"{source}: not an OpenAPI document: the top level is a {type(data).__name__}, "
            "not a mapping"
        )
    deep = _too_deep(data)
    if deep is not None:
        raise DocumentError(
            f"{source}: not read: nested deeper than {MAX_DEPTH} levels at #{_short_pointer(deep)}"
        )
    if fmt == "json" and _ESCAPED_SURROGATE.search(text) is not None:
        broken = _lone_surrogate(data)
        if broken is not None:
            raise DocumentError(
                f"{source}: not read: a lone UTF-16 surrogate (half of an escaped pair, "
                f"not a character) at #{broken}"
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
