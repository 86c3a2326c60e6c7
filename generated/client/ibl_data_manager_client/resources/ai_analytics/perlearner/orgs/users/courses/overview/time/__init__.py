"""`Client.ai_analytics.perlearner.orgs.users.courses.overview.time`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ........._client import AsyncClient, Client
    from .over_time import (
        AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResource,
        AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResourceWithRawResponse,
        AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResource,
        AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeResource",
    "AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse",
    "AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeResource",
    "AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse",
]


class AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeResource:
    """`Client.ai_analytics.perlearner.orgs.users.courses.overview.time`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResource:
        from .over_time import AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResource

        return AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResource(self._client)


class AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse:
    """`Client.ai_analytics.perlearner.orgs.users.courses.overview.time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeResource) -> None:
        self._resource = resource

    @cached_property
    def over_time(
        self,
    ) -> AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResourceWithRawResponse:
        from .over_time import (
            AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResourceWithRawResponse,
        )

        return AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResourceWithRawResponse(
            self._resource.over_time
        )


class AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeResource:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.courses.overview.time`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResource:
        from .over_time import (
            AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResource,
        )

        return AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResource(self._client)


class AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.courses.overview.time`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeResource
    ) -> None:
        self._resource = resource

    @cached_property
    def over_time(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResourceWithRawResponse:
        from .over_time import (
            AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResourceWithRawResponse,
        )

        return (
            AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResourceWithRawResponse(
                self._resource.over_time
            )
        )
