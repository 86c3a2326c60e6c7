"""Raw access: the HTTP response beside the parsed value.

`client.with_raw_response.<operation>(...)` takes the same arguments as
`client.<operation>(...)` and returns an `APIResponse` holding the status, the headers,
the `httpx.Response` and the parsed value. The wrapped call records its final HTTP
response in a context variable, so the operation methods need no second code path.
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Generic, ParamSpec, TypeVar

import httpx

P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True)
class APIResponse(Generic[T]):
    """The final HTTP response of a call (after any retries) and its parsed value."""

    http_response: httpx.Response
    parsed: T

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def retries_taken(self) -> int:
        """How many times the call was retried before this response."""
        return int(self.http_response.extensions.get("retries_taken", 0))

    def parse(self) -> T:
        return self.parsed


class _Capture:
    """Where a call under `with_raw_response` leaves its final response."""

    def __init__(self) -> None:
        self.response: httpx.Response | None = None


_CAPTURE: contextvars.ContextVar[_Capture | None] = contextvars.ContextVar(
    "raw_response_capture", default=None
)


def record_response(response: httpx.Response) -> None:
    """Called by the clients with every final response; kept only under raw access."""
    capture = _CAPTURE.get()
    if capture is not None:
        capture.response = response


def _finish(capture: _Capture, parsed: T) -> APIResponse[T]:
    if capture.response is None:  # pragma: no cover - every operation records its response
        raise RuntimeError("the call finished without an HTTP response to return")
    return APIResponse(http_response=capture.response, parsed=parsed)


def to_raw_response(method: Callable[P, T]) -> Callable[P, APIResponse[T]]:
    """`method` returning an `APIResponse` around its value."""

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        capture = _Capture()
        token = _CAPTURE.set(capture)
        try:
            parsed = method(*args, **kwargs)
        finally:
            _CAPTURE.reset(token)
        return _finish(capture, parsed)

    return wrapped


def async_to_raw_response(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[APIResponse[T]]]:
    """The async twin of `to_raw_response`."""

    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        capture = _Capture()
        token = _CAPTURE.set(capture)
        try:
            parsed = await method(*args, **kwargs)
        finally:
            _CAPTURE.reset(token)
        return _finish(capture, parsed)

    return wrapped
