"""`Client.core.consolidated_token`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .proxy import (
        AsyncCoreConsolidatedTokenProxyResource,
        AsyncCoreConsolidatedTokenProxyResourceWithRawResponse,
        CoreConsolidatedTokenProxyResource,
        CoreConsolidatedTokenProxyResourceWithRawResponse,
    )

__all__ = [
    "CoreConsolidatedTokenResource",
    "CoreConsolidatedTokenResourceWithRawResponse",
    "AsyncCoreConsolidatedTokenResource",
    "AsyncCoreConsolidatedTokenResourceWithRawResponse",
]


class CoreConsolidatedTokenResource:
    """`Client.core.consolidated_token`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreConsolidatedTokenResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreConsolidatedTokenResourceWithRawResponse(self)

    @cached_property
    def proxy(self) -> CoreConsolidatedTokenProxyResource:
        from .proxy import CoreConsolidatedTokenProxyResource

        return CoreConsolidatedTokenProxyResource(self._client)


class CoreConsolidatedTokenResourceWithRawResponse:
    """`Client.core.consolidated_token`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreConsolidatedTokenResource) -> None:
        self._resource = resource

    @cached_property
    def proxy(self) -> CoreConsolidatedTokenProxyResourceWithRawResponse:
        from .proxy import CoreConsolidatedTokenProxyResourceWithRawResponse

        return CoreConsolidatedTokenProxyResourceWithRawResponse(self._resource.proxy)


class AsyncCoreConsolidatedTokenResource:
    """`AsyncClient.core.consolidated_token`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreConsolidatedTokenResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreConsolidatedTokenResourceWithRawResponse(self)

    @cached_property
    def proxy(self) -> AsyncCoreConsolidatedTokenProxyResource:
        from .proxy import AsyncCoreConsolidatedTokenProxyResource

        return AsyncCoreConsolidatedTokenProxyResource(self._client)


class AsyncCoreConsolidatedTokenResourceWithRawResponse:
    """`AsyncClient.core.consolidated_token`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreConsolidatedTokenResource) -> None:
        self._resource = resource

    @cached_property
    def proxy(self) -> AsyncCoreConsolidatedTokenProxyResourceWithRawResponse:
        from .proxy import AsyncCoreConsolidatedTokenProxyResourceWithRawResponse

        return AsyncCoreConsolidatedTokenProxyResourceWithRawResponse(self._resource.proxy)
