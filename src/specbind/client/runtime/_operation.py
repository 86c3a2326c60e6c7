"""What one operation is and what one call of it sends; shared by every operation.

Each `api/<tag>/<operation>.py` module declares an `Operation` (method, path, the
schemas to check, how to build the typed value) and a `build_request` that turns typed
arguments into a `RequestSpec`. The clients send it; nothing here does I/O.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any, Generic, TypedDict, TypeVar
from urllib.parse import quote
from uuid import UUID

import httpx

from .types import UNSET, Unset

T = TypeVar("T")
Schema = Mapping[str, Any]


class RequestOptions(TypedDict, total=False):
    """Per-call overrides every operation method accepts as keyword arguments."""

    timeout: float | httpx.Timeout | None
    max_retries: int
    retry_non_idempotent: bool
    extra_headers: Mapping[str, str]


@dataclass(frozen=True)
class Operation(Generic[T]):
    """One operation of the API document."""

    operation_id: str
    method: str
    path: str
    parse: Callable[[int, Any], T]
    # Documented 2xx statuses (low, high), the JSON schema of each body (None: not JSON,
    # or no schema) and how it is read: "json", "text", "bytes" or "none" (no body).
    responses: tuple[tuple[int, int, Schema | None, str], ...]
    body_schema: Schema | None = None
    parameter_schemas: Mapping[str, Schema] = field(default_factory=dict)

    def response_reading(self, status: int) -> tuple[Schema | None, str]:
        """How a body with `status` is read and checked (the first 2xx's if undocumented)."""
        for low, high, schema, reads in self.responses:
            if low <= status <= high:
                return schema, reads
        if self.responses:
            _, _, schema, reads = self.responses[0]
            return schema, reads
        return None, "none"


@dataclass(frozen=True)
class RequestSpec:
    """One request, ready to send: the URL is relative to the client's base URL."""

    method: str
    url: str
    params: Mapping[str, Any] = field(default_factory=dict)
    headers: Mapping[str, str] = field(default_factory=dict)
    content: Mapping[str, Any] = field(default_factory=dict)  # httpx json=/data=/files=/content=
    parameters: Mapping[str, Any] = field(default_factory=dict)  # "query.q" -> value, to check

    def follow(self, url: str) -> RequestSpec:
        """The request for a next page: GET `url` as given, which carries its own query."""
        return replace(self, method="GET", url=url, params={}, content={}, parameters={})


def wire_value(value: Any) -> Any:
    """A path or cookie argument as JSON would hold it: what the method's signature
    promises (`UUID`, `datetime.date`, `datetime.datetime`, an enum) becomes the string
    the document's format spells; numbers and booleans stay as they are."""
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    return value


def wire_text(value: Any) -> str:
    """A path or cookie argument as the text that goes on the wire."""
    value = wire_value(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


# RFC 6265 cookie-octets: anything else in a value is percent-encoded.
_COOKIE_SAFE = "!#$%&'()*+-./:<=>?@[]^_`{|}~"


def cookie_header(cookies: Mapping[str, Any]) -> str:
    """The `Cookie` header for cookie parameters (`name=value; name=value`)."""
    return "; ".join(
        f"{name}={quote(wire_text(value), safe=_COOKIE_SAFE)}" for name, value in cookies.items()
    )


# One body field given as a keyword: (the keyword, the model's attribute, the value).
BodyField = tuple[str, str, Any]


def body_from_fields(
    method: str,
    body: T | Unset,
    model: Callable[..., T],
    required: Sequence[str],
    fields: Sequence[BodyField],
) -> T:
    """The request body of a call to `method`, which takes it as `body=` or as its
    fields: `body` when given, else `model` built from the fields given (an empty
    model when the body has no required field and none is given).

    Both at once, or a required field left out, is a TypeError naming the keywords;
    mypy reports both before the call runs."""
    given = _given(method, body, fields)
    if not isinstance(body, Unset):
        return body
    missing = [name for name in required if name not in {argument for argument, _, _ in given}]
    if missing:
        raise TypeError(
            f"{method}() is missing the required body field(s) {', '.join(missing)} "
            "(or pass the whole body as body=)"
        )
    return model(**{attribute: value for _, attribute, value in given})


def optional_body_from_fields(
    method: str,
    body: T | Unset,
    model: Callable[..., T],
    required: Sequence[str],
    fields: Sequence[BodyField],
) -> T | Unset:
    """`body_from_fields` for an optional body: UNSET (no body is sent) when neither
    `body=` nor any field is given."""
    if isinstance(body, Unset) and not _given(method, body, fields):
        return UNSET
    return body_from_fields(method, body, model, required, fields)


def _given(method: str, body: object, fields: Sequence[BodyField]) -> list[BodyField]:
    """The fields given a value; a TypeError when `body=` is given too."""
    given = [field for field in fields if field[2] is not UNSET]
    if given and not isinstance(body, Unset):
        names = ", ".join(argument for argument, _, _ in given)
        raise TypeError(
            f"{method}() takes the request body as body= or as its fields, not both "
            f"(got body= and {names})"
        )
    return given
