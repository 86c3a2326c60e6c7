"""Checking a JSON value against a schema of the document, in its own dialect.

OpenAPI 3.0 schemas are a JSON Schema draft-4 dialect with `nullable`; 3.1 schemas are
JSON Schema 2020-12. A value is checked against a schema with the document's
components beside it, so `#/components/schemas/...` refs resolve, and with format
checks on (an email example without `@`, or `string` as a date-time, is not valid).
"""

from __future__ import annotations

import base64
import binascii
import decimal
import ipaddress
import uuid
from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any
from urllib.parse import urlsplit

from jsonschema import Draft4Validator, Draft202012Validator, FormatChecker
from jsonschema.exceptions import best_match
from jsonschema.protocols import Validator

# Formats checked as strictly as the generated pydantic models read them, whatever
# optional packages jsonschema finds: an example the models would refuse is replaced.
FORMATS = FormatChecker()


FormatCheck = Callable[[object], bool]


def _checks(name: str, *errors: type[Exception]) -> Callable[[FormatCheck], FormatCheck]:
    def register(check: FormatCheck) -> FormatCheck:
        FORMATS.checks(name, raises=errors or (ValueError,))(check)
        return check

    return register


@_checks("date-time")
def _date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parsed = datetime.fromisoformat(value.replace("z", "Z"))
    return "T" in value.upper() and parsed.tzinfo is not None  # AwareDatetime


@_checks("date")
def _date(value: object) -> bool:
    return not isinstance(value, str) or (bool(date.fromisoformat(value)) and len(value) == 10)


@_checks("time")
def _time(value: object) -> bool:
    return not isinstance(value, str) or isinstance(time.fromisoformat(value), time)


@_checks("uuid")
def _uuid(value: object) -> bool:
    return not isinstance(value, str) or bool(uuid.UUID(value))


@_checks("uri")
def _uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return bool(parts.scheme) and bool(parts.netloc or parts.path) and " " not in value


@_checks("ipv4")
def _ipv4(value: object) -> bool:
    return not isinstance(value, str) or bool(ipaddress.IPv4Address(value).exploded)


@_checks("ipv6")
def _ipv6(value: object) -> bool:
    return not isinstance(value, str) or bool(ipaddress.IPv6Address(value).exploded)


@_checks("decimal", decimal.InvalidOperation)
def _decimal(value: object) -> bool:
    """drf-spectacular's DecimalField: a string the models read as a finite Decimal."""
    return not isinstance(value, str) or decimal.Decimal(value).is_finite()


@_checks("byte", binascii.Error, ValueError)
def _byte(value: object) -> bool:
    return not isinstance(value, str) or base64.b64decode(value, validate=True) is not None


def _from_openapi_30(node: Any) -> Any:
    """A draft-4 schema for an OpenAPI 3.0 one: `nullable: true` becomes null allowed."""
    if isinstance(node, list):
        return [_from_openapi_30(item) for item in node]
    if not isinstance(node, dict):
        return node
    converted = {key: _from_openapi_30(value) for key, value in node.items() if key != "nullable"}
    if node.get("nullable") is not True:
        return converted
    if "$ref" in converted or any(key in converted for key in ("allOf", "anyOf", "oneOf")):
        return {"anyOf": [converted, {"type": "null"}]}
    kind = converted.get("type")
    if isinstance(kind, str):
        converted["type"] = [kind, "null"]
    if isinstance(converted.get("enum"), list) and None not in converted["enum"]:
        converted["enum"] = [*converted["enum"], None]
    return converted


class SchemaChecker:
    """Validates values against schemas of one (normalised) document."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._openapi_30 = str(data.get("openapi", "3.0")).startswith("3.0")
        components = data.get("components") or {}
        self._components = _from_openapi_30(components) if self._openapi_30 else components

    def validator(self, schema: dict[str, Any]) -> Validator:
        converted = _from_openapi_30(schema) if self._openapi_30 else schema
        root = {"allOf": [converted], "components": self._components}
        cls = Draft4Validator if self._openapi_30 else Draft202012Validator
        validator: Validator = cls(root, format_checker=FORMATS)
        return validator

    def errors(self, value: Any, schema: dict[str, Any]) -> list[str]:
        """Why `value` is not valid against `schema` (most relevant first); [] if it is."""
        found = list(self.validator(schema).iter_errors(value))
        if not found:
            return []
        first = best_match(found)
        ordered = [first, *(e for e in found if e is not first)]
        return [f"{_where(e.absolute_path)}: {e.message}" for e in ordered]

    def is_valid(self, value: Any, schema: dict[str, Any]) -> bool:
        return not self.errors(value, schema)


def _where(path: Any) -> str:
    """`['users', 0, 'id']` -> `users[0].id`; the value itself is `(value)`."""
    text = ""
    for token in path:
        text += f"[{token}]" if isinstance(token, int) else (f".{token}" if text else str(token))
    return text or "(value)"
