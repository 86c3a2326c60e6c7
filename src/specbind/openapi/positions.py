"""Line numbers for JSON pointers, computed only when a problem needs one.

Parsing a 13 MB document with positions is slow, so documents are parsed with the
fast loaders and these maps are built lazily, once, on the first lookup.
"""

from __future__ import annotations

import json.decoder
import re
from bisect import bisect_left
from collections.abc import Callable

import yaml

from specbind.openapi.pointer import escape

LineMap = dict[str, int]
_scanstring: Callable[[str, int], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]

# the C composer is an order of magnitude faster on large documents
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def yaml_line_map(text: str) -> LineMap:
    """Pointer -> 1-based line of the node (for mapping values: the key's line)."""
    lines: LineMap = {}
    root = yaml.compose(text, Loader=_Loader)
    if root is None:
        return lines
    stack: list[tuple[yaml.Node, str]] = [(root, "")]
    lines[""] = root.start_mark.line + 1
    while stack:
        node, pointer = stack.pop()
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                child = f"{pointer}/{escape(str(key.value))}"
                lines[child] = key.start_mark.line + 1
                stack.append((value, child))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                child = f"{pointer}/{index}"
                lines[child] = item.start_mark.line + 1
                stack.append((item, child))
    return lines


_WS = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")


class _JsonScanner:
    """A minimal JSON walker that records where each value starts."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: LineMap = {}
        self._newlines: list[int] = [i for i, c in enumerate(text) if c == "\n"]

    def line_at(self, offset: int) -> int:
        return bisect_left(self._newlines, offset) + 1

    def skip(self, pos: int) -> int:
        match = _WS.match(self.text, pos)
        return match.end() if match else pos

    def value(self, pos: int, pointer: str, key_line: int | None = None) -> int:
        pos = self.skip(pos)
        self.lines[pointer] = key_line if key_line is not None else self.line_at(pos)
        char = self.text[pos]
        if char == "{":
            pos = self.skip(pos + 1)
            if self.text[pos] == "}":
                return pos + 1
            while True:
                pos = self.skip(pos)
                key_start = pos
                key, pos = _scanstring(self.text, pos + 1)
                pos = self.skip(pos)
                pos = self.value(pos + 1, f"{pointer}/{escape(key)}", self.line_at(key_start))
                pos = self.skip(pos)
                if self.text[pos] == "}":
                    return pos + 1
                pos += 1  # the comma
        if char == "[":
            pos = self.skip(pos + 1)
            if self.text[pos] == "]":
                return pos + 1
            index = 0
            while True:
                pos = self.value(pos, f"{pointer}/{index}")
                pos = self.skip(pos)
                index += 1
                if self.text[pos] == "]":
                    return pos + 1
                pos += 1
        if char == '"':
            return _scanstring(self.text, pos + 1)[1]
        for literal in ("true", "false", "null"):
            if self.text.startswith(literal, pos):
                return pos + len(literal)
        match = _NUMBER.match(self.text, pos)
        if not match:
            raise ValueError(f"unexpected character at offset {pos}")
        return match.end()


def json_line_map(text: str) -> LineMap:
    scanner = _JsonScanner(text)
    scanner.value(0, "")
    return scanner.lines
