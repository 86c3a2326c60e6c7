"""`Client.ai_analytics.overview`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .orgs import (
        AiAnalyticsOverviewOrgsResource,
        AiAnalyticsOverviewOrgsResourceWithRawResponse,
        AsyncAiAnalyticsOverviewOrgsResource,
        AsyncAiAnalyticsOverviewOrgsResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsOverviewResource",
    "AiAnalyticsOverviewResourceWithRawResponse",
    "AsyncAiAnalyticsOverviewResource",
    "AsyncAiAnalyticsOverviewResourceWithRawResponse",
]


class AiAnalyticsOverviewResource:
    """`Client.ai_analytics.overview`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOverviewResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOverviewResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AiAnalyticsOverviewOrgsResource:
        from .orgs import AiAnalyticsOverviewOrgsResource

        return AiAnalyticsOverviewOrgsResource(self._client)


class AiAnalyticsOverviewResourceWithRawResponse:
    """`Client.ai_analytics.overview`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOverviewResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AiAnalyticsOverviewOrgsResourceWithRawResponse:
        from .orgs import AiAnalyticsOverviewOrgsResourceWithRawResponse

        return AiAnalyticsOverviewOrgsResourceWithRawResponse(self._resource.orgs)


class AsyncAiAnalyticsOverviewResource:
    """`AsyncClient.ai_analytics.overview`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsOverviewResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOverviewResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AsyncAiAnalyticsOverviewOrgsResource:
        from .orgs import AsyncAiAnalyticsOverviewOrgsResource

        return AsyncAiAnalyticsOverviewOrgsResource(self._client)


class AsyncAiAnalyticsOverviewResourceWithRawResponse:
    """`AsyncClient.ai_analytics.overview`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOverviewResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AsyncAiAnalyticsOverviewOrgsResourceWithRawResponse:
        from .orgs import AsyncAiAnalyticsOverviewOrgsResourceWithRawResponse

        return AsyncAiAnalyticsOverviewOrgsResourceWithRawResponse(self._resource.orgs)
