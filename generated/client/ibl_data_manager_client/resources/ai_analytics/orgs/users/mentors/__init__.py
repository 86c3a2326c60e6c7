"""`Client.ai_analytics.orgs.users.mentors`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .cost import (
        AiAnalyticsOrgsUsersMentorsCostResource,
        AiAnalyticsOrgsUsersMentorsCostResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersMentorsCostResource,
        AsyncAiAnalyticsOrgsUsersMentorsCostResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsOrgsUsersMentorsResource",
    "AiAnalyticsOrgsUsersMentorsResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersMentorsResource",
    "AsyncAiAnalyticsOrgsUsersMentorsResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersMentorsResource:
    """`Client.ai_analytics.orgs.users.mentors`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersMentorsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersMentorsResourceWithRawResponse(self)

    @cached_property
    def cost(self) -> AiAnalyticsOrgsUsersMentorsCostResource:
        from .cost import AiAnalyticsOrgsUsersMentorsCostResource

        return AiAnalyticsOrgsUsersMentorsCostResource(self._client)


class AiAnalyticsOrgsUsersMentorsResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.mentors`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersMentorsResource) -> None:
        self._resource = resource

    @cached_property
    def cost(self) -> AiAnalyticsOrgsUsersMentorsCostResourceWithRawResponse:
        from .cost import AiAnalyticsOrgsUsersMentorsCostResourceWithRawResponse

        return AiAnalyticsOrgsUsersMentorsCostResourceWithRawResponse(self._resource.cost)


class AsyncAiAnalyticsOrgsUsersMentorsResource:
    """`AsyncClient.ai_analytics.orgs.users.mentors`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsOrgsUsersMentorsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersMentorsResourceWithRawResponse(self)

    @cached_property
    def cost(self) -> AsyncAiAnalyticsOrgsUsersMentorsCostResource:
        from .cost import AsyncAiAnalyticsOrgsUsersMentorsCostResource

        return AsyncAiAnalyticsOrgsUsersMentorsCostResource(self._client)


class AsyncAiAnalyticsOrgsUsersMentorsResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.mentors`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersMentorsResource) -> None:
        self._resource = resource

    @cached_property
    def cost(self) -> AsyncAiAnalyticsOrgsUsersMentorsCostResourceWithRawResponse:
        from .cost import AsyncAiAnalyticsOrgsUsersMentorsCostResourceWithRawResponse

        return AsyncAiAnalyticsOrgsUsersMentorsCostResourceWithRawResponse(self._resource.cost)
