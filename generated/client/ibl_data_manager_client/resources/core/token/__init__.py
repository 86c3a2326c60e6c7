"""`Client.core.token`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .proxy import (
        AsyncCoreTokenProxyResource,
        AsyncCoreTokenProxyResourceWithRawResponse,
        CoreTokenProxyResource,
        CoreTokenProxyResourceWithRawResponse,
    )
    from .verify import (
        AsyncCoreTokenVerifyResource,
        AsyncCoreTokenVerifyResourceWithRawResponse,
        CoreTokenVerifyResource,
        CoreTokenVerifyResourceWithRawResponse,
    )

__all__ = [
    "CoreTokenResource",
    "CoreTokenResourceWithRawResponse",
    "AsyncCoreTokenResource",
    "AsyncCoreTokenResourceWithRawResponse",
]


class CoreTokenResource:
    """`Client.core.token`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreTokenResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreTokenResourceWithRawResponse(self)

    @cached_property
    def proxy(self) -> CoreTokenProxyResource:
        from .proxy import CoreTokenProxyResource

        return CoreTokenProxyResource(self._client)

    @cached_property
    def verify(self) -> CoreTokenVerifyResource:
        from .verify import CoreTokenVerifyResource

        return CoreTokenVerifyResource(self._client)


class CoreTokenResourceWithRawResponse:
    """`Client.core.token`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreTokenResource) -> None:
        self._resource = resource

    @cached_property
    def proxy(self) -> CoreTokenProxyResourceWithRawResponse:
        from .proxy import CoreTokenProxyResourceWithRawResponse

        return CoreTokenProxyResourceWithRawResponse(self._resource.proxy)

    @cached_property
    def verify(self) -> CoreTokenVerifyResourceWithRawResponse:
        from .verify import CoreTokenVerifyResourceWithRawResponse

        return CoreTokenVerifyResourceWithRawResponse(self._resource.verify)


class AsyncCoreTokenResource:
    """`AsyncClient.core.token`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreTokenResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreTokenResourceWithRawResponse(self)

    @cached_property
    def proxy(self) -> AsyncCoreTokenProxyResource:
        from .proxy import AsyncCoreTokenProxyResource

        return AsyncCoreTokenProxyResource(self._client)

    @cached_property
    def verify(self) -> AsyncCoreTokenVerifyResource:
        from .verify import AsyncCoreTokenVerifyResource

        return AsyncCoreTokenVerifyResource(self._client)


class AsyncCoreTokenResourceWithRawResponse:
    """`AsyncClient.core.token`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreTokenResource) -> None:
        self._resource = resource

    @cached_property
    def proxy(self) -> AsyncCoreTokenProxyResourceWithRawResponse:
        from .proxy import AsyncCoreTokenProxyResourceWithRawResponse

        return AsyncCoreTokenProxyResourceWithRawResponse(self._resource.proxy)

    @cached_property
    def verify(self) -> AsyncCoreTokenVerifyResourceWithRawResponse:
        from .verify import AsyncCoreTokenVerifyResourceWithRawResponse

        return AsyncCoreTokenVerifyResourceWithRawResponse(self._resource.verify)
