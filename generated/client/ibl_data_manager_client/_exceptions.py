"""Every error the client raises, under one base class, chosen by what went wrong.

A non-2xx answer raises the `APIStatusError` subclass for its status; a request that
never got an answer raises `APIConnectionError` (or `APITimeoutError`); a 2xx answer
that does not match the document raises `ResponseValidationError` naming the field.
"""

from __future__ import annotations

from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "IblDataManagerError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "ResponseValidationError",
    "UnprocessableEntityError",
]


class IblDataManagerError(Exception):
    """The base of every error this package raises."""


class RequestValidationError(IblDataManagerError, ValueError):
    """An argument breaks a constraint of the document; nothing was sent.

    `field` names it the way a caller wrote it: `body.name`, `query.platform_key`.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.reason = message


class APIError(IblDataManagerError):
    """A request was sent and something went wrong with it."""

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """No answer: the connection failed or broke (retried when the policy allows)."""

    def __init__(self, *, request: httpx.Request, message: str = "Connection error.") -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """No answer within the timeout (retried when the policy allows)."""

    def __init__(self, *, request: httpx.Request) -> None:
        super().__init__(request=request, message="Request timed out.")


class ResponseValidationError(APIError):
    """A 2xx answer whose body does not match the document.

    `field` is where it goes wrong, written like Python access: `users[0].id`
    (empty for the body as a whole).
    """

    def __init__(self, field: str, message: str, *, response: httpx.Response) -> None:
        where = field or "response body"
        super().__init__(
            f"{response.request.method} {response.request.url.path} answered "
            f"{response.status_code} with a body that does not match the API document: "
            f"{where}: {message}",
            request=response.request,
        )
        self.field = field
        self.reason = message
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """The server answered with a status outside 2xx."""

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body


class BadRequestError(APIStatusError):
    """400"""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or sent with the wrong prefix."""


class PermissionDeniedError(APIStatusError):
    """403"""


class NotFoundError(APIStatusError):
    """404"""


class ConflictError(APIStatusError):
    """409"""


class UnprocessableEntityError(APIStatusError):
    """422"""


class RateLimitError(APIStatusError):
    """429 (retried when the policy allows, honouring Retry-After)."""


class InternalServerError(APIStatusError):
    """5xx (retried when the policy allows)."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response) -> APIStatusError:
    """The exception for a non-2xx response, with its body parsed when it is JSON."""
    body: Any
    try:
        body = response.json()
    except ValueError:
        body = response.text or None
    if response.status_code >= 500:
        kind: type[APIStatusError] = InternalServerError
    else:
        kind = _BY_STATUS.get(response.status_code, APIStatusError)
    detail = f" - {body}" if body not in (None, "") else ""
    message = f"Error code: {response.status_code}{detail}"
    return kind(message, response=response, body=body)
