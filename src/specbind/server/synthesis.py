"""Values made up from a schema: valid, varied and the same for the same seed.

The mock answers with these when the document has no valid example. Every choice
comes from one `random.Random` seeded by the caller, so a seed reproduces a run.
"""

from __future__ import annotations

import random
import re
import uuid
from typing import Any

from specbind.errors import SpecbindError
from specbind.spec.pointer import extend, ref_pointer, resolve_pointer

_WORDS = ("alpha", "bravo", "cedar", "delta", "ember", "fjord", "grove", "harbor")
_MAX_DEPTH = 6


class ValueSynthesiser:
    """Builds a value for an OpenAPI schema of `data`, following local `$ref`s."""

    def __init__(self, data: dict[str, Any], seed: int | str) -> None:
        self._data = data
        self._rng = random.Random(str(seed))

    def value(self, schema: Any, pointer: str = "", depth: int = 0) -> Any:
        """A value valid against `schema`; `pointer` names it in errors."""
        if not isinstance(schema, dict):
            return "value"
        if isinstance(schema.get("$ref"), str):
            ref: str = schema["$ref"]
            try:
                target = resolve_pointer(self._data, ref)
            except (KeyError, ValueError):
                raise SpecbindError(f"#{pointer}: $ref {ref!r} does not resolve") from None
            return self.value(target, ref_pointer(ref), depth + 1)
        if "const" in schema:
            return schema["const"]
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            choices = [v for v in schema["enum"] if v is not None] or schema["enum"]
            return self._rng.choice(choices)
        if isinstance(schema.get("allOf"), list) and schema["allOf"]:
            return self._all_of(schema, pointer, depth)
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list) and schema[key]:
                return self.value(schema[key][0], extend(pointer, key, 0), depth + 1)
        kind = schema.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"]
            kind = kinds[0] if kinds else "null"
        if kind is None:
            kind = "object" if "properties" in schema else ("array" if "items" in schema else None)
        if kind == "null":
            return None
        if kind == "object":
            return self._object(schema, pointer, depth)
        if kind == "array":
            return self._array(schema, pointer, depth)
        if kind == "string":
            return self._string(schema, pointer)
        if kind == "integer":
            return int(self._number(schema, integer=True))
        if kind == "number":
            return self._number(schema, integer=False)
        if kind == "boolean":
            return self._rng.random() < 0.5
        return self._rng.choice(_WORDS)  # no type: anything is valid

    def _all_of(self, schema: dict[str, Any], pointer: str, depth: int) -> Any:
        parts = [
            self.value(part, extend(pointer, "allOf", i), depth + 1)
            for i, part in enumerate(schema["allOf"])
        ]
        siblings = {k: v for k, v in schema.items() if k != "allOf"}
        if siblings.get("properties"):
            parts.append(self._object(siblings, pointer, depth))
        if all(isinstance(part, dict) for part in parts):
            merged: dict[str, Any] = {}
            for part in parts:
                merged.update(part)
            return merged
        return parts[0]

    def _object(self, schema: dict[str, Any], pointer: str, depth: int) -> dict[str, Any]:
        properties = schema.get("properties") or {}
        required = set(schema.get("required") or [])
        result: dict[str, Any] = {}
        for name, sub in properties.items():
            if name in required or depth < _MAX_DEPTH:
                result[name] = self.value(sub, extend(pointer, "properties", name), depth + 1)
        extra = schema.get("additionalProperties")
        if not properties and extra is not False and depth < _MAX_DEPTH:
            sub = extra if isinstance(extra, dict) else {"type": "string"}
            for index in (1, 2):
                where = extend(pointer, "additionalProperties")
                result[f"property{index}"] = self.value(sub, where, depth + 1)
        return result

    def _array(self, schema: dict[str, Any], pointer: str, depth: int) -> list[Any]:
        low = int(schema.get("minItems", 0))
        high = int(schema.get("maxItems", max(low, 2)))
        count = low if depth >= _MAX_DEPTH else min(max(low, 1), high)
        items = schema.get("items") or {}
        values: list[Any] = []
        attempts = 0
        while len(values) < count and attempts < count * 10:
            attempts += 1
            value = self.value(items, extend(pointer, "items"), depth + 1)
            if not schema.get("uniqueItems") or value not in values:
                values.append(value)
        return values

    def _string(self, schema: dict[str, Any], pointer: str) -> str:
        fmt = schema.get("format")
        number = self._rng.randint(1, 999)
        if fmt in ("email", "idn-email"):
            text = f"user{number}@example.com"
        elif fmt == "date-time":
            text = f"2024-{self._rng.randint(1, 12):02d}-{self._rng.randint(1, 28):02d}T12:00:00Z"
        elif fmt == "date":
            text = f"2024-{self._rng.randint(1, 12):02d}-{self._rng.randint(1, 28):02d}"
        elif fmt == "time":
            text = f"{self._rng.randint(0, 23):02d}:30:00"
        elif fmt == "uuid":
            text = str(uuid.UUID(int=self._rng.getrandbits(128), version=4))
        elif fmt in ("uri", "url", "uri-reference", "iri"):
            text = f"https://example.com/{self._rng.choice(_WORDS)}/{number}"
        elif fmt in ("hostname", "idn-hostname"):
            text = f"{self._rng.choice(_WORDS)}.example.com"
        elif fmt == "ipv4":
            text = f"192.0.2.{number % 255}"
        elif fmt == "ipv6":
            text = f"2001:db8::{number:x}"
        elif fmt == "byte":
            text = "c3BlY2JpbmQ="
        else:
            text = f"{self._rng.choice(_WORDS)}-{number}"
        low = int(schema.get("minLength", 0))
        high = schema.get("maxLength")
        if len(text) < low:
            text += "x" * (low - len(text))
        if isinstance(high, int) and len(text) > high:
            text = text[:high]
        if "pattern" in schema and not re.search(str(schema["pattern"]), text):
            raise SpecbindError(
                f"#{pointer}: cannot make up a string matching pattern "
                f"{schema['pattern']!r}; give the schema a valid example"
            )
        return text

    def _number(self, schema: dict[str, Any], *, integer: bool) -> float:
        low = schema.get("minimum", schema.get("exclusiveMinimum"))
        high = schema.get("maximum", schema.get("exclusiveMaximum"))
        low = float(low) if isinstance(low, int | float) and not isinstance(low, bool) else 1.0
        high = float(high) if isinstance(high, int | float) and not isinstance(high, bool) else None
        step = 1.0 if integer else 0.5
        if schema.get("exclusiveMinimum") is True or (
            "minimum" not in schema and ("exclusiveMinimum" in schema)
        ):
            low += step
        if high is None:
            high = max(low, 1.0) + 1000
        elif schema.get("exclusiveMaximum") is True or (
            "maximum" not in schema and ("exclusiveMaximum" in schema)
        ):
            high -= step
        if high < low:
            raise SpecbindError(f"no number lies between the bounds of {schema!r}")
        multiple = schema.get("multipleOf")
        if integer:
            value = float(self._rng.randint(int(-(-low // 1)), int(high // 1)))
        else:
            value = round(self._rng.uniform(low, high), 2)
            value = min(max(value, low), high)
        if isinstance(multiple, int | float) and multiple > 0:
            value = (-(-low // multiple)) * multiple
        return value
