"""`Client.ai_analytics.engagement`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .orgs import (
        AiAnalyticsEngagementOrgsResource,
        AiAnalyticsEngagementOrgsResourceWithRawResponse,
        AsyncAiAnalyticsEngagementOrgsResource,
        AsyncAiAnalyticsEngagementOrgsResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsEngagementResource",
    "AiAnalyticsEngagementResourceWithRawResponse",
    "AsyncAiAnalyticsEngagementResource",
    "AsyncAiAnalyticsEngagementResourceWithRawResponse",
]


class AiAnalyticsEngagementResource:
    """`Client.ai_analytics.engagement`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsEngagementResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsEngagementResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AiAnalyticsEngagementOrgsResource:
        from .orgs import AiAnalyticsEngagementOrgsResource

        return AiAnalyticsEngagementOrgsResource(self._client)


class AiAnalyticsEngagementResourceWithRawResponse:
    """`Client.ai_analytics.engagement`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsEngagementResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AiAnalyticsEngagementOrgsResourceWithRawResponse:
        from .orgs import AiAnalyticsEngagementOrgsResourceWithRawResponse

        return AiAnalyticsEngagementOrgsResourceWithRawResponse(self._resource.orgs)


class AsyncAiAnalyticsEngagementResource:
    """`AsyncClient.ai_analytics.engagement`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsEngagementResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsEngagementResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AsyncAiAnalyticsEngagementOrgsResource:
        from .orgs import AsyncAiAnalyticsEngagementOrgsResource

        return AsyncAiAnalyticsEngagementOrgsResource(self._client)


class AsyncAiAnalyticsEngagementResourceWithRawResponse:
    """`AsyncClient.ai_analytics.engagement`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsEngagementResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AsyncAiAnalyticsEngagementOrgsResourceWithRawResponse:
        from .orgs import AsyncAiAnalyticsEngagementOrgsResourceWithRawResponse

        return AsyncAiAnalyticsEngagementOrgsResourceWithRawResponse(self._resource.orgs)
