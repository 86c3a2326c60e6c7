"""`Client.analytics.orgs`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .time import (
        AnalyticsOrgsTimeResource,
        AnalyticsOrgsTimeResourceWithRawResponse,
        AsyncAnalyticsOrgsTimeResource,
        AsyncAnalyticsOrgsTimeResourceWithRawResponse,
    )

__all__ = [
    "AnalyticsOrgsResource",
    "AnalyticsOrgsResourceWithRawResponse",
    "AsyncAnalyticsOrgsResource",
    "AsyncAnalyticsOrgsResourceWithRawResponse",
]


class AnalyticsOrgsResource:
    """`Client.analytics.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AnalyticsOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AnalyticsOrgsResourceWithRawResponse(self)

    @cached_property
    def time(self) -> AnalyticsOrgsTimeResource:
        from .time import AnalyticsOrgsTimeResource

        return AnalyticsOrgsTimeResource(self._client)


class AnalyticsOrgsResourceWithRawResponse:
    """`Client.analytics.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AnalyticsOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def time(self) -> AnalyticsOrgsTimeResourceWithRawResponse:
        from .time import AnalyticsOrgsTimeResourceWithRawResponse

        return AnalyticsOrgsTimeResourceWithRawResponse(self._resource.time)


class AsyncAnalyticsOrgsResource:
    """`AsyncClient.analytics.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAnalyticsOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAnalyticsOrgsResourceWithRawResponse(self)

    @cached_property
    def time(self) -> AsyncAnalyticsOrgsTimeResource:
        from .time import AsyncAnalyticsOrgsTimeResource

        return AsyncAnalyticsOrgsTimeResource(self._client)


class AsyncAnalyticsOrgsResourceWithRawResponse:
    """`AsyncClient.analytics.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAnalyticsOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def time(self) -> AsyncAnalyticsOrgsTimeResourceWithRawResponse:
        from .time import AsyncAnalyticsOrgsTimeResourceWithRawResponse

        return AsyncAnalyticsOrgsTimeResourceWithRawResponse(self._resource.time)
