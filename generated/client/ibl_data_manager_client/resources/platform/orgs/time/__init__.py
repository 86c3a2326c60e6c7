"""`Client.platform.orgs.time`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .count import (
        AsyncPlatformOrgsTimeCountResource,
        AsyncPlatformOrgsTimeCountResourceWithRawResponse,
        PlatformOrgsTimeCountResource,
        PlatformOrgsTimeCountResourceWithRawResponse,
    )

__all__ = [
    "PlatformOrgsTimeResource",
    "PlatformOrgsTimeResourceWithRawResponse",
    "AsyncPlatformOrgsTimeResource",
    "AsyncPlatformOrgsTimeResourceWithRawResponse",
]


class PlatformOrgsTimeResource:
    """`Client.platform.orgs.time`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformOrgsTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformOrgsTimeResourceWithRawResponse(self)

    @cached_property
    def count(self) -> PlatformOrgsTimeCountResource:
        from .count import PlatformOrgsTimeCountResource

        return PlatformOrgsTimeCountResource(self._client)


class PlatformOrgsTimeResourceWithRawResponse:
    """`Client.platform.orgs.time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformOrgsTimeResource) -> None:
        self._resource = resource

    @cached_property
    def count(self) -> PlatformOrgsTimeCountResourceWithRawResponse:
        from .count import PlatformOrgsTimeCountResourceWithRawResponse

        return PlatformOrgsTimeCountResourceWithRawResponse(self._resource.count)


class AsyncPlatformOrgsTimeResource:
    """`AsyncClient.platform.orgs.time`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformOrgsTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformOrgsTimeResourceWithRawResponse(self)

    @cached_property
    def count(self) -> AsyncPlatformOrgsTimeCountResource:
        from .count import AsyncPlatformOrgsTimeCountResource

        return AsyncPlatformOrgsTimeCountResource(self._client)


class AsyncPlatformOrgsTimeResourceWithRawResponse:
    """`AsyncClient.platform.orgs.time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformOrgsTimeResource) -> None:
        self._resource = resource

    @cached_property
    def count(self) -> AsyncPlatformOrgsTimeCountResourceWithRawResponse:
        from .count import AsyncPlatformOrgsTimeCountResourceWithRawResponse

        return AsyncPlatformOrgsTimeCountResourceWithRawResponse(self._resource.count)
