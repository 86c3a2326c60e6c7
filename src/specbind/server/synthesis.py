"""Values made up from a schema: valid, varied and the same for the same seed.

The mock answers with these when the document has no valid example. Every choice
comes from one `random.Random` seeded by the caller, so a seed reproduces a run.
A string with a `pattern` comes from Hypothesis's `from_regex`: a few matching
strings per pattern are found once (with a fixed seed) and the caller's seed picks one.
A schema no value can satisfy raises `NoInstance`, naming the place.
"""

from __future__ import annotations

import contextlib
import functools
import random
import re
import uuid
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, Phase, find, settings
from hypothesis import strategies as st
from hypothesis.errors import HypothesisException

from specbind.errors import SpecbindError
from specbind.openapi.pointer import extend
from specbind.openapi.refs import deref_located
from specbind.server.schemas import FORMATS

_WORDS = ("alpha", "bravo", "cedar", "delta", "ember", "fjord", "grove", "harbor")
_MAX_DEPTH = 6
# Strings found per pattern, and how many generated strings may be looked at to find them.
_PATTERN_POOL = 8
_PATTERN_TRIES = 300
_SEARCH = settings(
    database=None,
    phases=[Phase.generate],
    max_examples=_PATTERN_TRIES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)


class NoInstance(SpecbindError):
    """No value satisfies the schema at `pointer` (or none could be found)."""

    def __init__(self, pointer: str, reason: str) -> None:
        super().__init__(f"#{pointer}: {reason}")
        self.pointer = pointer
        self.reason = reason


@functools.cache
def pattern_strings(pattern: str, min_length: int, max_length: int | None) -> tuple[str, ...]:
    """Up to a few distinct strings matching `pattern` within the length bounds.

    Printable ASCII whole matches are preferred; a pattern that needs other characters,
    or matches only inside a longer string, is searched for as JSON Schema reads it
    (`re.search`). The search is seeded, so every run finds the same strings, in the
    same order. `()` when none is found; `re.error` when Python cannot read `pattern`.
    """
    compiled = re.compile(pattern)
    printable = st.characters(min_codepoint=0x20, max_codepoint=0x7E)
    for alphabet, fullmatch in ((printable, True), (None, True), (printable, False)):
        strategy = st.from_regex(compiled, fullmatch=fullmatch, alphabet=alphabet)
        found: list[str] = []

        def enough(text: str, found: list[str] = found) -> bool:
            fits = min_length <= len(text) and (max_length is None or len(text) <= max_length)
            if fits and text not in found and compiled.search(text):
                found.append(text)
            return len(found) >= _PATTERN_POOL

        # Raises when fewer than the pool's size exist, or none in this alphabet.
        with contextlib.suppress(HypothesisException):
            find(strategy, enough, settings=_SEARCH, random=random.Random(0))
        if found:
            return tuple(found)
    return ()


class ValueSynthesiser:
    """Builds a value for an OpenAPI schema of `data`, following local `$ref`s."""

    def __init__(
        self,
        data: dict[str, Any],
        seed: int | str,
        fits: Callable[[Any, dict[str, Any]], bool] | None = None,
    ) -> None:
        """`fits(value, schema)` tells which `oneOf` branch's value the whole schema takes."""
        self._data = data
        self._rng = random.Random(str(seed))
        self._fits = fits

    def value(self, schema: Any, pointer: str = "", depth: int = 0) -> Any:
        """A value valid against `schema`; `pointer` names it in errors."""
        if not isinstance(schema, dict):
            return "value"
        if isinstance(schema.get("$ref"), str):
            target, where = deref_located(self._data, schema, pointer)
            return self.value(target, where, depth + 1)
        if "const" in schema:
            return schema["const"]
        if isinstance(schema.get("enum"), list):
            if not schema["enum"]:
                raise NoInstance(pointer, "an empty `enum` allows no value")
            choices = [v for v in schema["enum"] if v is not None] or schema["enum"]
            return self._rng.choice(choices)
        if isinstance(schema.get("allOf"), list) and schema["allOf"]:
            return self._all_of(schema, pointer, depth)
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list) and schema[key]:
                return self._one_of(schema, key, pointer, depth)
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
            return int(self._number(schema, pointer, integer=True))
        if kind == "number":
            return self._number(schema, pointer, integer=False)
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

    def _one_of(self, schema: dict[str, Any], key: str, pointer: str, depth: int) -> Any:
        """The first branch whose value the whole schema takes (`oneOf`: only that branch)."""
        last: NoInstance | None = None
        for index, branch in enumerate(schema[key]):
            try:
                value = self.value(branch, extend(pointer, key, index), depth + 1)
            except NoInstance as exc:
                last = exc
                continue
            if self._fits is None or self._fits(value, schema):
                return value
        if last is not None and len(schema[key]) == 1:
            raise last
        raise NoInstance(pointer, f"no branch of `{key}` gave a value the schema takes")

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
        low = int(schema.get("minLength", 0))
        high = schema.get("maxLength")
        high = high if isinstance(high, int) and not isinstance(high, bool) else None
        if high is not None and high < low:
            raise NoInstance(pointer, f"minLength {low} is above maxLength {high}")
        fmt = schema.get("format")
        if "pattern" in schema:
            return self._patterned(str(schema["pattern"]), low, high, fmt, pointer)
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
        if len(text) < low:
            text += "x" * (low - len(text))
        if high is not None and len(text) > high:
            text = text[:high]
        return text

    def _patterned(self, pattern: str, low: int, high: int | None, fmt: Any, pointer: str) -> str:
        """A string matching `pattern` that is also a valid `fmt` (a decimal: not "-")."""
        try:
            found = pattern_strings(pattern, low, high)
        except re.error as exc:
            raise NoInstance(
                f"{pointer}/pattern", f"pattern {pattern!r} is not a regular expression: {exc}"
            ) from None
        if not found:
            bounds = f" of length {low}..{'' if high is None else high}" if low or high else ""
            raise NoInstance(pointer, f"no string{bounds} matches pattern {pattern!r}")
        if isinstance(fmt, str):
            found = tuple(text for text in found if FORMATS.conforms(text, fmt))
            if not found:
                raise NoInstance(
                    pointer, f"no string found matching pattern {pattern!r} is a valid {fmt}"
                )
        filled = [text for text in found if text] or list(found)
        return self._rng.choice(filled)

    def _number(self, schema: dict[str, Any], pointer: str, *, integer: bool) -> float:
        """A number within the bounds, near 1..1000 where they allow (not a 19-digit one)."""
        low, low_open = _bounds(schema, "minimum", "exclusiveMinimum", max)
        high, high_open = _bounds(schema, "maximum", "exclusiveMaximum", min)
        if (
            low is not None
            and high is not None
            and (low > high or (low == high and (low_open or high_open)))
        ):
            raise NoInstance(pointer, f"no number lies between {low:g} and {high:g}")
        # Open bounds: step inside them (by 1 for integers, by a little for numbers).
        span = (
            1.0 if integer else (0.5 if low is None or high is None else min(0.5, (high - low) / 3))
        )
        if low is not None and low_open:
            low += span
        if high is not None and high_open:
            high -= span
        # A window of 1000 inside the bounds, from 1 when they allow it.
        start = 1.0 if low is None or low <= 1.0 else low
        if high is not None and start >= high:
            start = high - 1000 if low is None else max(low, high - 1000)
        end = start + 1000 if high is None else min(high, start + 1000)
        multiple = _bound(schema, "multipleOf")
        if multiple is not None and multiple > 0:
            first, last = -(-start // multiple), end // multiple
            if first > last and low is not None:  # a multiple outside the window, if any
                first = last = -(-low // multiple)
                if high is not None and first * multiple > high:
                    raise NoInstance(pointer, f"no multiple of {multiple:g} lies in the bounds")
            return self._rng.randint(int(first), int(last)) * multiple
        if integer:
            first, last = -(-start // 1), end // 1
            if first > last:
                raise NoInstance(pointer, f"no integer lies between {start:g} and {end:g}")
            return float(self._rng.randint(int(first), int(last)))
        value = round(self._rng.uniform(start, end), 2)
        return min(max(value, start), end)


def _bounds(
    schema: dict[str, Any], inclusive: str, exclusive: str, tighter: Callable[[float, float], float]
) -> tuple[float | None, bool]:
    """(bound, is it open) on one side: OpenAPI 3.0's `exclusiveMinimum: true` beside
    `minimum`, or JSON Schema's numeric `exclusiveMinimum`, whichever is tighter."""
    bound, flag = _bound(schema, inclusive), schema.get(exclusive)
    if flag is True:
        return bound, bound is not None
    limit = _bound(schema, exclusive)
    if limit is not None and (bound is None or tighter(limit, bound) == limit):
        return limit, True
    return bound, False


def _bound(schema: dict[str, Any], key: str) -> float | None:
    value = schema.get(key)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return None
