"""`Client.ai_analytics.performance`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .orgs import (
        AiAnalyticsPerformanceOrgsResource,
        AiAnalyticsPerformanceOrgsResourceWithRawResponse,
        AsyncAiAnalyticsPerformanceOrgsResource,
        AsyncAiAnalyticsPerformanceOrgsResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsPerformanceResource",
    "AiAnalyticsPerformanceResourceWithRawResponse",
    "AsyncAiAnalyticsPerformanceResource",
    "AsyncAiAnalyticsPerformanceResourceWithRawResponse",
]


class AiAnalyticsPerformanceResource:
    """`Client.ai_analytics.performance`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsPerformanceResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsPerformanceResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AiAnalyticsPerformanceOrgsResource:
        from .orgs import AiAnalyticsPerformanceOrgsResource

        return AiAnalyticsPerformanceOrgsResource(self._client)


class AiAnalyticsPerformanceResourceWithRawResponse:
    """`Client.ai_analytics.performance`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsPerformanceResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AiAnalyticsPerformanceOrgsResourceWithRawResponse:
        from .orgs import AiAnalyticsPerformanceOrgsResourceWithRawResponse

        return AiAnalyticsPerformanceOrgsResourceWithRawResponse(self._resource.orgs)


class AsyncAiAnalyticsPerformanceResource:
    """`AsyncClient.ai_analytics.performance`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsPerformanceResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsPerformanceResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AsyncAiAnalyticsPerformanceOrgsResource:
        from .orgs import AsyncAiAnalyticsPerformanceOrgsResource

        return AsyncAiAnalyticsPerformanceOrgsResource(self._client)


class AsyncAiAnalyticsPerformanceResourceWithRawResponse:
    """`AsyncClient.ai_analytics.performance`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsPerformanceResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AsyncAiAnalyticsPerformanceOrgsResourceWithRawResponse:
        from .orgs import AsyncAiAnalyticsPerformanceOrgsResourceWithRawResponse

        return AsyncAiAnalyticsPerformanceOrgsResourceWithRawResponse(self._resource.orgs)
