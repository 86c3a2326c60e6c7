"""`Client.ai_analytics.audience`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .orgs import (
        AiAnalyticsAudienceOrgsResource,
        AiAnalyticsAudienceOrgsResourceWithRawResponse,
        AsyncAiAnalyticsAudienceOrgsResource,
        AsyncAiAnalyticsAudienceOrgsResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsAudienceResource",
    "AiAnalyticsAudienceResourceWithRawResponse",
    "AsyncAiAnalyticsAudienceResource",
    "AsyncAiAnalyticsAudienceResourceWithRawResponse",
]


class AiAnalyticsAudienceResource:
    """`Client.ai_analytics.audience`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsAudienceResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsAudienceResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AiAnalyticsAudienceOrgsResource:
        from .orgs import AiAnalyticsAudienceOrgsResource

        return AiAnalyticsAudienceOrgsResource(self._client)


class AiAnalyticsAudienceResourceWithRawResponse:
    """`Client.ai_analytics.audience`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsAudienceResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AiAnalyticsAudienceOrgsResourceWithRawResponse:
        from .orgs import AiAnalyticsAudienceOrgsResourceWithRawResponse

        return AiAnalyticsAudienceOrgsResourceWithRawResponse(self._resource.orgs)


class AsyncAiAnalyticsAudienceResource:
    """`AsyncClient.ai_analytics.audience`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsAudienceResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsAudienceResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AsyncAiAnalyticsAudienceOrgsResource:
        from .orgs import AsyncAiAnalyticsAudienceOrgsResource

        return AsyncAiAnalyticsAudienceOrgsResource(self._client)


class AsyncAiAnalyticsAudienceResourceWithRawResponse:
    """`AsyncClient.ai_analytics.audience`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsAudienceResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AsyncAiAnalyticsAudienceOrgsResourceWithRawResponse:
        from .orgs import AsyncAiAnalyticsAudienceOrgsResourceWithRawResponse

        return AsyncAiAnalyticsAudienceOrgsResourceWithRawResponse(self._resource.orgs)
