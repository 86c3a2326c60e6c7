"""`Client.ai_analytics.orgs.users.topics`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .summary import (
        AiAnalyticsOrgsUsersTopicsSummaryResource,
        AiAnalyticsOrgsUsersTopicsSummaryResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersTopicsSummaryResource,
        AsyncAiAnalyticsOrgsUsersTopicsSummaryResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsOrgsUsersTopicsResource",
    "AiAnalyticsOrgsUsersTopicsResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersTopicsResource",
    "AsyncAiAnalyticsOrgsUsersTopicsResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersTopicsResource:
    """`Client.ai_analytics.orgs.users.topics`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersTopicsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersTopicsResourceWithRawResponse(self)

    @cached_property
    def summary(self) -> AiAnalyticsOrgsUsersTopicsSummaryResource:
        from .summary import AiAnalyticsOrgsUsersTopicsSummaryResource

        return AiAnalyticsOrgsUsersTopicsSummaryResource(self._client)


class AiAnalyticsOrgsUsersTopicsResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.topics`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersTopicsResource) -> None:
        self._resource = resource

    @cached_property
    def summary(self) -> AiAnalyticsOrgsUsersTopicsSummaryResourceWithRawResponse:
        from .summary import AiAnalyticsOrgsUsersTopicsSummaryResourceWithRawResponse

        return AiAnalyticsOrgsUsersTopicsSummaryResourceWithRawResponse(self._resource.summary)


class AsyncAiAnalyticsOrgsUsersTopicsResource:
    """`AsyncClient.ai_analytics.orgs.users.topics`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsOrgsUsersTopicsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersTopicsResourceWithRawResponse(self)

    @cached_property
    def summary(self) -> AsyncAiAnalyticsOrgsUsersTopicsSummaryResource:
        from .summary import AsyncAiAnalyticsOrgsUsersTopicsSummaryResource

        return AsyncAiAnalyticsOrgsUsersTopicsSummaryResource(self._client)


class AsyncAiAnalyticsOrgsUsersTopicsResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.topics`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersTopicsResource) -> None:
        self._resource = resource

    @cached_property
    def summary(self) -> AsyncAiAnalyticsOrgsUsersTopicsSummaryResourceWithRawResponse:
        from .summary import AsyncAiAnalyticsOrgsUsersTopicsSummaryResourceWithRawResponse

        return AsyncAiAnalyticsOrgsUsersTopicsSummaryResourceWithRawResponse(self._resource.summary)
