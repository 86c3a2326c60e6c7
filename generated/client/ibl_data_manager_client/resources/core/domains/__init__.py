"""`Client.core.domains`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .whitelist import (
        AsyncCoreDomainsWhitelistResource,
        AsyncCoreDomainsWhitelistResourceWithRawResponse,
        CoreDomainsWhitelistResource,
        CoreDomainsWhitelistResourceWithRawResponse,
    )

__all__ = [
    "CoreDomainsResource",
    "CoreDomainsResourceWithRawResponse",
    "AsyncCoreDomainsResource",
    "AsyncCoreDomainsResourceWithRawResponse",
]


class CoreDomainsResource:
    """`Client.core.domains`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreDomainsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreDomainsResourceWithRawResponse(self)

    @cached_property
    def whitelist(self) -> CoreDomainsWhitelistResource:
        from .whitelist import CoreDomainsWhitelistResource

        return CoreDomainsWhitelistResource(self._client)


class CoreDomainsResourceWithRawResponse:
    """`Client.core.domains`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreDomainsResource) -> None:
        self._resource = resource

    @cached_property
    def whitelist(self) -> CoreDomainsWhitelistResourceWithRawResponse:
        from .whitelist import CoreDomainsWhitelistResourceWithRawResponse

        return CoreDomainsWhitelistResourceWithRawResponse(self._resource.whitelist)


class AsyncCoreDomainsResource:
    """`AsyncClient.core.domains`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreDomainsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreDomainsResourceWithRawResponse(self)

    @cached_property
    def whitelist(self) -> AsyncCoreDomainsWhitelistResource:
        from .whitelist import AsyncCoreDomainsWhitelistResource

        return AsyncCoreDomainsWhitelistResource(self._client)


class AsyncCoreDomainsResourceWithRawResponse:
    """`AsyncClient.core.domains`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreDomainsResource) -> None:
        self._resource = resource

    @cached_property
    def whitelist(self) -> AsyncCoreDomainsWhitelistResourceWithRawResponse:
        from .whitelist import AsyncCoreDomainsWhitelistResourceWithRawResponse

        return AsyncCoreDomainsWhitelistResourceWithRawResponse(self._resource.whitelist)
