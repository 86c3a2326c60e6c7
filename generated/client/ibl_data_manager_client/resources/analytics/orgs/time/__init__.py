"""`Client.analytics.orgs.time`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .update import (
        AnalyticsOrgsTimeUpdateResource,
        AnalyticsOrgsTimeUpdateResourceWithRawResponse,
        AsyncAnalyticsOrgsTimeUpdateResource,
        AsyncAnalyticsOrgsTimeUpdateResourceWithRawResponse,
    )

__all__ = [
    "AnalyticsOrgsTimeResource",
    "AnalyticsOrgsTimeResourceWithRawResponse",
    "AsyncAnalyticsOrgsTimeResource",
    "AsyncAnalyticsOrgsTimeResourceWithRawResponse",
]


class AnalyticsOrgsTimeResource:
    """`Client.analytics.orgs.time`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AnalyticsOrgsTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AnalyticsOrgsTimeResourceWithRawResponse(self)

    @cached_property
    def update(self) -> AnalyticsOrgsTimeUpdateResource:
        from .update import AnalyticsOrgsTimeUpdateResource

        return AnalyticsOrgsTimeUpdateResource(self._client)


class AnalyticsOrgsTimeResourceWithRawResponse:
    """`Client.analytics.orgs.time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AnalyticsOrgsTimeResource) -> None:
        self._resource = resource

    @cached_property
    def update(self) -> AnalyticsOrgsTimeUpdateResourceWithRawResponse:
        from .update import AnalyticsOrgsTimeUpdateResourceWithRawResponse

        return AnalyticsOrgsTimeUpdateResourceWithRawResponse(self._resource.update)


class AsyncAnalyticsOrgsTimeResource:
    """`AsyncClient.analytics.orgs.time`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAnalyticsOrgsTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAnalyticsOrgsTimeResourceWithRawResponse(self)

    @cached_property
    def update(self) -> AsyncAnalyticsOrgsTimeUpdateResource:
        from .update import AsyncAnalyticsOrgsTimeUpdateResource

        return AsyncAnalyticsOrgsTimeUpdateResource(self._client)


class AsyncAnalyticsOrgsTimeResourceWithRawResponse:
    """`AsyncClient.analytics.orgs.time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAnalyticsOrgsTimeResource) -> None:
        self._resource = resource

    @cached_property
    def update(self) -> AsyncAnalyticsOrgsTimeUpdateResourceWithRawResponse:
        from .update import AsyncAnalyticsOrgsTimeUpdateResourceWithRawResponse

        return AsyncAnalyticsOrgsTimeUpdateResourceWithRawResponse(self._resource.update)
