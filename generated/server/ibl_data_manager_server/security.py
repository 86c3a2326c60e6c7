"""API-key checking for the `PlatformApiKeyAuthentication` scheme (Authorization header).

A request is accepted when the header holds `Api-Token <key>` (as the vendor's SDK
sends it) or the bare key, and the key is accepted by the configured source: a list of
keys, a callable, or, by default, the comma-separated keys in the environment variable
`IBL_DATA_MANAGER_SERVER_API_KEYS` (unset or empty: every key is refused).
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Collection
from typing import Annotated, Generic, TypeVar

from fastapi import HTTPException, Request, Security
from fastapi.security import APIKeyHeader
from fastapi.security.base import SecurityBase

API_KEYS_ENV = "IBL_DATA_MANAGER_SERVER_API_KEYS"
PREFIX = "Api-Token"
HEADER = "Authorization"

# Where accepted keys come from: the keys themselves, or a check for one key.
KeySource = Collection[str] | Callable[[str], bool]
T = TypeVar("T")

api_key_header = APIKeyHeader(
    name=HEADER,
    scheme_name="PlatformApiKeyAuthentication",
    description="",
    auto_error=False,
)


class KeyCheck:
    """Decides whether one key is accepted."""

    def __init__(self, source: KeySource | None = None) -> None:
        self._source = source

    def accepts(self, key: str) -> bool:
        if not key:
            return False
        if callable(self._source):
            return bool(self._source(key))
        if self._source is not None:
            return key in self._source
        configured = os.environ.get(API_KEYS_ENV, "")
        return key in {k.strip() for k in configured.split(",") if k.strip()}


def key_from_header(value: str) -> str:
    """`Api-Token <key>` or a bare key -> the key."""
    scheme, _, rest = value.strip().partition(" ")
    if scheme.lower() == PREFIX.lower():
        return rest.strip()  # the prefix alone carries no key
    return value.strip()


def check_api_key(request: Request, header: str | None) -> str:
    """The caller's key; 401 with a JSON body when it is missing or not accepted."""
    challenge = {"WWW-Authenticate": PREFIX}
    if not header or not header.strip():
        raise HTTPException(
            status_code=401,
            detail=f"missing API key: send '{HEADER}: {PREFIX} <key>'",
            headers=challenge,
        )
    key = key_from_header(header)
    check: KeyCheck = request.app.state.key_check
    if not check.accepts(key):
        raise HTTPException(status_code=401, detail="invalid API key", headers=challenge)
    return key


async def require_api_key(
    request: Request, header: Annotated[str | None, Security(api_key_header)]
) -> str:
    """The key check as a dependency of its own, for routes you add to the app."""
    return check_api_key(request, header)


class ApiKeyGuard(SecurityBase, Generic[T]):
    """One dependency for a secured operation: the caller's key is checked, then `then`
    gives what the route receives (its tag's implementation).

    FastAPI resolves every dependency on every request, so the key check and the
    implementation lookup are one; being the scheme's `SecurityBase`, it still declares
    the scheme on each operation of the app's OpenAPI document.
    """

    def __init__(self, then: Callable[[Request], Awaitable[T]]) -> None:
        self.model = api_key_header.model
        self.scheme_name = api_key_header.scheme_name
        self._then = then

    async def __call__(self, request: Request) -> T:
        check_api_key(request, await api_key_header(request))
        return await self._then(request)
