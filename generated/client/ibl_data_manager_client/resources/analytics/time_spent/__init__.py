"""`Client.analytics.time_spent`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .user import (
        AnalyticsTimeSpentUserResource,
        AnalyticsTimeSpentUserResourceWithRawResponse,
        AsyncAnalyticsTimeSpentUserResource,
        AsyncAnalyticsTimeSpentUserResourceWithRawResponse,
    )

__all__ = [
    "AnalyticsTimeSpentResource",
    "AnalyticsTimeSpentResourceWithRawResponse",
    "AsyncAnalyticsTimeSpentResource",
    "AsyncAnalyticsTimeSpentResourceWithRawResponse",
]


class AnalyticsTimeSpentResource:
    """`Client.analytics.time_spent`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AnalyticsTimeSpentResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AnalyticsTimeSpentResourceWithRawResponse(self)

    @cached_property
    def user(self) -> AnalyticsTimeSpentUserResource:
        from .user import AnalyticsTimeSpentUserResource

        return AnalyticsTimeSpentUserResource(self._client)


class AnalyticsTimeSpentResourceWithRawResponse:
    """`Client.analytics.time_spent`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AnalyticsTimeSpentResource) -> None:
        self._resource = resource

    @cached_property
    def user(self) -> AnalyticsTimeSpentUserResourceWithRawResponse:
        from .user import AnalyticsTimeSpentUserResourceWithRawResponse

        return AnalyticsTimeSpentUserResourceWithRawResponse(self._resource.user)


class AsyncAnalyticsTimeSpentResource:
    """`AsyncClient.analytics.time_spent`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAnalyticsTimeSpentResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAnalyticsTimeSpentResourceWithRawResponse(self)

    @cached_property
    def user(self) -> AsyncAnalyticsTimeSpentUserResource:
        from .user import AsyncAnalyticsTimeSpentUserResource

        return AsyncAnalyticsTimeSpentUserResource(self._client)


class AsyncAnalyticsTimeSpentResourceWithRawResponse:
    """`AsyncClient.analytics.time_spent`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAnalyticsTimeSpentResource) -> None:
        self._resource = resource

    @cached_property
    def user(self) -> AsyncAnalyticsTimeSpentUserResourceWithRawResponse:
        from .user import AsyncAnalyticsTimeSpentUserResourceWithRawResponse

        return AsyncAnalyticsTimeSpentUserResourceWithRawResponse(self._resource.user)
