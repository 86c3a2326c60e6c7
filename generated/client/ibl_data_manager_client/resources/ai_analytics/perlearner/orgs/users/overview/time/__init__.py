"""`Client.ai_analytics.perlearner.orgs.users.overview.time`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client
    from .over_time import (
        AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeResource,
        AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeResourceWithRawResponse,
        AsyncAiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeResource,
        AsyncAiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsPerlearnerOrgsUsersOverviewTimeResource",
    "AiAnalyticsPerlearnerOrgsUsersOverviewTimeResourceWithRawResponse",
    "AsyncAiAnalyticsPerlearnerOrgsUsersOverviewTimeResource",
    "AsyncAiAnalyticsPerlearnerOrgsUsersOverviewTimeResourceWithRawResponse",
]


class AiAnalyticsPerlearnerOrgsUsersOverviewTimeResource:
    """`Client.ai_analytics.perlearner.orgs.users.overview.time`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiAnalyticsPerlearnerOrgsUsersOverviewTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsPerlearnerOrgsUsersOverviewTimeResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeResource:
        from .over_time import AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeResource

        return AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeResource(self._client)


class AiAnalyticsPerlearnerOrgsUsersOverviewTimeResourceWithRawResponse:
    """`Client.ai_analytics.perlearner.orgs.users.overview.time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsPerlearnerOrgsUsersOverviewTimeResource) -> None:
        self._resource = resource

    @cached_property
    def over_time(
        self,
    ) -> AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeResourceWithRawResponse:
        from .over_time import (
            AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeResourceWithRawResponse,
        )

        return AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeResourceWithRawResponse(
            self._resource.over_time
        )


class AsyncAiAnalyticsPerlearnerOrgsUsersOverviewTimeResource:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.overview.time`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersOverviewTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsPerlearnerOrgsUsersOverviewTimeResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeResource:
        from .over_time import AsyncAiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeResource

        return AsyncAiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeResource(self._client)


class AsyncAiAnalyticsPerlearnerOrgsUsersOverviewTimeResourceWithRawResponse:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.overview.time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsPerlearnerOrgsUsersOverviewTimeResource) -> None:
        self._resource = resource

    @cached_property
    def over_time(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeResourceWithRawResponse:
        from .over_time import (
            AsyncAiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeResourceWithRawResponse,
        )

        return AsyncAiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeResourceWithRawResponse(
            self._resource.over_time
        )
