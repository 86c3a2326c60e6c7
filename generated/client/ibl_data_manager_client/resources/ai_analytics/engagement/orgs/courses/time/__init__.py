"""`Client.ai_analytics.engagement.orgs.courses.time`: 4 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .average import (
        AiAnalyticsEngagementOrgsCoursesTimeAverageResource,
        AiAnalyticsEngagementOrgsCoursesTimeAverageResourceWithRawResponse,
        AsyncAiAnalyticsEngagementOrgsCoursesTimeAverageResource,
        AsyncAiAnalyticsEngagementOrgsCoursesTimeAverageResourceWithRawResponse,
    )
    from .detail import (
        AiAnalyticsEngagementOrgsCoursesTimeDetailResource,
        AiAnalyticsEngagementOrgsCoursesTimeDetailResourceWithRawResponse,
        AsyncAiAnalyticsEngagementOrgsCoursesTimeDetailResource,
        AsyncAiAnalyticsEngagementOrgsCoursesTimeDetailResourceWithRawResponse,
    )
    from .over_time import (
        AiAnalyticsEngagementOrgsCoursesTimeOverTimeResource,
        AiAnalyticsEngagementOrgsCoursesTimeOverTimeResourceWithRawResponse,
        AsyncAiAnalyticsEngagementOrgsCoursesTimeOverTimeResource,
        AsyncAiAnalyticsEngagementOrgsCoursesTimeOverTimeResourceWithRawResponse,
    )
    from .users import (
        AiAnalyticsEngagementOrgsCoursesTimeUsersResource,
        AiAnalyticsEngagementOrgsCoursesTimeUsersResourceWithRawResponse,
        AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersResource,
        AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsEngagementOrgsCoursesTimeResource",
    "AiAnalyticsEngagementOrgsCoursesTimeResourceWithRawResponse",
    "AsyncAiAnalyticsEngagementOrgsCoursesTimeResource",
    "AsyncAiAnalyticsEngagementOrgsCoursesTimeResourceWithRawResponse",
]


class AiAnalyticsEngagementOrgsCoursesTimeResource:
    """`Client.ai_analytics.engagement.orgs.courses.time`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsEngagementOrgsCoursesTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsEngagementOrgsCoursesTimeResourceWithRawResponse(self)

    @cached_property
    def average(self) -> AiAnalyticsEngagementOrgsCoursesTimeAverageResource:
        from .average import AiAnalyticsEngagementOrgsCoursesTimeAverageResource

        return AiAnalyticsEngagementOrgsCoursesTimeAverageResource(self._client)

    @cached_property
    def detail(self) -> AiAnalyticsEngagementOrgsCoursesTimeDetailResource:
        from .detail import AiAnalyticsEngagementOrgsCoursesTimeDetailResource

        return AiAnalyticsEngagementOrgsCoursesTimeDetailResource(self._client)

    @cached_property
    def over_time(self) -> AiAnalyticsEngagementOrgsCoursesTimeOverTimeResource:
        from .over_time import AiAnalyticsEngagementOrgsCoursesTimeOverTimeResource

        return AiAnalyticsEngagementOrgsCoursesTimeOverTimeResource(self._client)

    @cached_property
    def users(self) -> AiAnalyticsEngagementOrgsCoursesTimeUsersResource:
        from .users import AiAnalyticsEngagementOrgsCoursesTimeUsersResource

        return AiAnalyticsEngagementOrgsCoursesTimeUsersResource(self._client)


class AiAnalyticsEngagementOrgsCoursesTimeResourceWithRawResponse:
    """`Client.ai_analytics.engagement.orgs.courses.time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsEngagementOrgsCoursesTimeResource) -> None:
        self._resource = resource

    @cached_property
    def average(self) -> AiAnalyticsEngagementOrgsCoursesTimeAverageResourceWithRawResponse:
        from .average import AiAnalyticsEngagementOrgsCoursesTimeAverageResourceWithRawResponse

        return AiAnalyticsEngagementOrgsCoursesTimeAverageResourceWithRawResponse(
            self._resource.average
        )

    @cached_property
    def detail(self) -> AiAnalyticsEngagementOrgsCoursesTimeDetailResourceWithRawResponse:
        from .detail import AiAnalyticsEngagementOrgsCoursesTimeDetailResourceWithRawResponse

        return AiAnalyticsEngagementOrgsCoursesTimeDetailResourceWithRawResponse(
            self._resource.detail
        )

    @cached_property
    def over_time(self) -> AiAnalyticsEngagementOrgsCoursesTimeOverTimeResourceWithRawResponse:
        from .over_time import AiAnalyticsEngagementOrgsCoursesTimeOverTimeResourceWithRawResponse

        return AiAnalyticsEngagementOrgsCoursesTimeOverTimeResourceWithRawResponse(
            self._resource.over_time
        )

    @cached_property
    def users(self) -> AiAnalyticsEngagementOrgsCoursesTimeUsersResourceWithRawResponse:
        from .users import AiAnalyticsEngagementOrgsCoursesTimeUsersResourceWithRawResponse

        return AiAnalyticsEngagementOrgsCoursesTimeUsersResourceWithRawResponse(
            self._resource.users
        )


class AsyncAiAnalyticsEngagementOrgsCoursesTimeResource:
    """`AsyncClient.ai_analytics.engagement.orgs.courses.time`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsEngagementOrgsCoursesTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsEngagementOrgsCoursesTimeResourceWithRawResponse(self)

    @cached_property
    def average(self) -> AsyncAiAnalyticsEngagementOrgsCoursesTimeAverageResource:
        from .average import AsyncAiAnalyticsEngagementOrgsCoursesTimeAverageResource

        return AsyncAiAnalyticsEngagementOrgsCoursesTimeAverageResource(self._client)

    @cached_property
    def detail(self) -> AsyncAiAnalyticsEngagementOrgsCoursesTimeDetailResource:
        from .detail import AsyncAiAnalyticsEngagementOrgsCoursesTimeDetailResource

        return AsyncAiAnalyticsEngagementOrgsCoursesTimeDetailResource(self._client)

    @cached_property
    def over_time(self) -> AsyncAiAnalyticsEngagementOrgsCoursesTimeOverTimeResource:
        from .over_time import AsyncAiAnalyticsEngagementOrgsCoursesTimeOverTimeResource

        return AsyncAiAnalyticsEngagementOrgsCoursesTimeOverTimeResource(self._client)

    @cached_property
    def users(self) -> AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersResource:
        from .users import AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersResource

        return AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersResource(self._client)


class AsyncAiAnalyticsEngagementOrgsCoursesTimeResourceWithRawResponse:
    """`AsyncClient.ai_analytics.engagement.orgs.courses.time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsEngagementOrgsCoursesTimeResource) -> None:
        self._resource = resource

    @cached_property
    def average(self) -> AsyncAiAnalyticsEngagementOrgsCoursesTimeAverageResourceWithRawResponse:
        from .average import AsyncAiAnalyticsEngagementOrgsCoursesTimeAverageResourceWithRawResponse

        return AsyncAiAnalyticsEngagementOrgsCoursesTimeAverageResourceWithRawResponse(
            self._resource.average
        )

    @cached_property
    def detail(self) -> AsyncAiAnalyticsEngagementOrgsCoursesTimeDetailResourceWithRawResponse:
        from .detail import AsyncAiAnalyticsEngagementOrgsCoursesTimeDetailResourceWithRawResponse

        return AsyncAiAnalyticsEngagementOrgsCoursesTimeDetailResourceWithRawResponse(
            self._resource.detail
        )

    @cached_property
    def over_time(self) -> AsyncAiAnalyticsEngagementOrgsCoursesTimeOverTimeResourceWithRawResponse:
        from .over_time import (
            AsyncAiAnalyticsEngagementOrgsCoursesTimeOverTimeResourceWithRawResponse,
        )

        return AsyncAiAnalyticsEngagementOrgsCoursesTimeOverTimeResourceWithRawResponse(
            self._resource.over_time
        )

    @cached_property
    def users(self) -> AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersResourceWithRawResponse:
        from .users import AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersResourceWithRawResponse

        return AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersResourceWithRawResponse(
            self._resource.users
        )
