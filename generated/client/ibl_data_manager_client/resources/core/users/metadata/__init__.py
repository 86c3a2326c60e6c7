"""`Client.core.users.metadata`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .proxy import (
        AsyncCoreUsersMetadataProxyResource,
        AsyncCoreUsersMetadataProxyResourceWithRawResponse,
        CoreUsersMetadataProxyResource,
        CoreUsersMetadataProxyResourceWithRawResponse,
    )

__all__ = [
    "CoreUsersMetadataResource",
    "CoreUsersMetadataResourceWithRawResponse",
    "AsyncCoreUsersMetadataResource",
    "AsyncCoreUsersMetadataResourceWithRawResponse",
]


class CoreUsersMetadataResource:
    """`Client.core.users.metadata`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreUsersMetadataResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreUsersMetadataResourceWithRawResponse(self)

    @cached_property
    def proxy(self) -> CoreUsersMetadataProxyResource:
        from .proxy import CoreUsersMetadataProxyResource

        return CoreUsersMetadataProxyResource(self._client)


class CoreUsersMetadataResourceWithRawResponse:
    """`Client.core.users.metadata`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreUsersMetadataResource) -> None:
        self._resource = resource

    @cached_property
    def proxy(self) -> CoreUsersMetadataProxyResourceWithRawResponse:
        from .proxy import CoreUsersMetadataProxyResourceWithRawResponse

        return CoreUsersMetadataProxyResourceWithRawResponse(self._resource.proxy)


class AsyncCoreUsersMetadataResource:
    """`AsyncClient.core.users.metadata`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreUsersMetadataResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreUsersMetadataResourceWithRawResponse(self)

    @cached_property
    def proxy(self) -> AsyncCoreUsersMetadataProxyResource:
        from .proxy import AsyncCoreUsersMetadataProxyResource

        return AsyncCoreUsersMetadataProxyResource(self._client)


class AsyncCoreUsersMetadataResourceWithRawResponse:
    """`AsyncClient.core.users.metadata`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreUsersMetadataResource) -> None:
        self._resource = resource

    @cached_property
    def proxy(self) -> AsyncCoreUsersMetadataProxyResourceWithRawResponse:
        from .proxy import AsyncCoreUsersMetadataProxyResourceWithRawResponse

        return AsyncCoreUsersMetadataProxyResourceWithRawResponse(self._resource.proxy)
