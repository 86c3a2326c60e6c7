"""`Client.ai_analytics.audience.orgs.active_users`: 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .over_time import (
        AiAnalyticsAudienceOrgsActiveUsersOverTimeResource,
        AiAnalyticsAudienceOrgsActiveUsersOverTimeResourceWithRawResponse,
        AsyncAiAnalyticsAudienceOrgsActiveUsersOverTimeResource,
        AsyncAiAnalyticsAudienceOrgsActiveUsersOverTimeResourceWithRawResponse,
    )
    from .per_course import (
        AiAnalyticsAudienceOrgsActiveUsersPerCourseResource,
        AiAnalyticsAudienceOrgsActiveUsersPerCourseResourceWithRawResponse,
        AsyncAiAnalyticsAudienceOrgsActiveUsersPerCourseResource,
        AsyncAiAnalyticsAudienceOrgsActiveUsersPerCourseResourceWithRawResponse,
    )
    from .users import (
        AiAnalyticsAudienceOrgsActiveUsersUsersResource,
        AiAnalyticsAudienceOrgsActiveUsersUsersResourceWithRawResponse,
        AsyncAiAnalyticsAudienceOrgsActiveUsersUsersResource,
        AsyncAiAnalyticsAudienceOrgsActiveUsersUsersResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsAudienceOrgsActiveUsersResource",
    "AiAnalyticsAudienceOrgsActiveUsersResourceWithRawResponse",
    "AsyncAiAnalyticsAudienceOrgsActiveUsersResource",
    "AsyncAiAnalyticsAudienceOrgsActiveUsersResourceWithRawResponse",
]


class AiAnalyticsAudienceOrgsActiveUsersResource:
    """`Client.ai_analytics.audience.orgs.active_users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsAudienceOrgsActiveUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsAudienceOrgsActiveUsersResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> AiAnalyticsAudienceOrgsActiveUsersOverTimeResource:
        from .over_time import AiAnalyticsAudienceOrgsActiveUsersOverTimeResource

        return AiAnalyticsAudienceOrgsActiveUsersOverTimeResource(self._client)

    @cached_property
    def per_course(self) -> AiAnalyticsAudienceOrgsActiveUsersPerCourseResource:
        from .per_course import AiAnalyticsAudienceOrgsActiveUsersPerCourseResource

        return AiAnalyticsAudienceOrgsActiveUsersPerCourseResource(self._client)

    @cached_property
    def users(self) -> AiAnalyticsAudienceOrgsActiveUsersUsersResource:
        from .users import AiAnalyticsAudienceOrgsActiveUsersUsersResource

        return AiAnalyticsAudienceOrgsActiveUsersUsersResource(self._client)


class AiAnalyticsAudienceOrgsActiveUsersResourceWithRawResponse:
    """`Client.ai_analytics.audience.orgs.active_users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsAudienceOrgsActiveUsersResource) -> None:
        self._resource = resource

    @cached_property
    def over_time(self) -> AiAnalyticsAudienceOrgsActiveUsersOverTimeResourceWithRawResponse:
        from .over_time import AiAnalyticsAudienceOrgsActiveUsersOverTimeResourceWithRawResponse

        return AiAnalyticsAudienceOrgsActiveUsersOverTimeResourceWithRawResponse(
            self._resource.over_time
        )

    @cached_property
    def per_course(self) -> AiAnalyticsAudienceOrgsActiveUsersPerCourseResourceWithRawResponse:
        from .per_course import AiAnalyticsAudienceOrgsActiveUsersPerCourseResourceWithRawResponse

        return AiAnalyticsAudienceOrgsActiveUsersPerCourseResourceWithRawResponse(
            self._resource.per_course
        )

    @cached_property
    def users(self) -> AiAnalyticsAudienceOrgsActiveUsersUsersResourceWithRawResponse:
        from .users import AiAnalyticsAudienceOrgsActiveUsersUsersResourceWithRawResponse

        return AiAnalyticsAudienceOrgsActiveUsersUsersResourceWithRawResponse(self._resource.users)


class AsyncAiAnalyticsAudienceOrgsActiveUsersResource:
    """`AsyncClient.ai_analytics.audience.orgs.active_users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsAudienceOrgsActiveUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsAudienceOrgsActiveUsersResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> AsyncAiAnalyticsAudienceOrgsActiveUsersOverTimeResource:
        from .over_time import AsyncAiAnalyticsAudienceOrgsActiveUsersOverTimeResource

        return AsyncAiAnalyticsAudienceOrgsActiveUsersOverTimeResource(self._client)

    @cached_property
    def per_course(self) -> AsyncAiAnalyticsAudienceOrgsActiveUsersPerCourseResource:
        from .per_course import AsyncAiAnalyticsAudienceOrgsActiveUsersPerCourseResource

        return AsyncAiAnalyticsAudienceOrgsActiveUsersPerCourseResource(self._client)

    @cached_property
    def users(self) -> AsyncAiAnalyticsAudienceOrgsActiveUsersUsersResource:
        from .users import AsyncAiAnalyticsAudienceOrgsActiveUsersUsersResource

        return AsyncAiAnalyticsAudienceOrgsActiveUsersUsersResource(self._client)


class AsyncAiAnalyticsAudienceOrgsActiveUsersResourceWithRawResponse:
    """`AsyncClient.ai_analytics.audience.orgs.active_users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsAudienceOrgsActiveUsersResource) -> None:
        self._resource = resource

    @cached_property
    def over_time(self) -> AsyncAiAnalyticsAudienceOrgsActiveUsersOverTimeResourceWithRawResponse:
        from .over_time import (
            AsyncAiAnalyticsAudienceOrgsActiveUsersOverTimeResourceWithRawResponse,
        )

        return AsyncAiAnalyticsAudienceOrgsActiveUsersOverTimeResourceWithRawResponse(
            self._resource.over_time
        )

    @cached_property
    def per_course(self) -> AsyncAiAnalyticsAudienceOrgsActiveUsersPerCourseResourceWithRawResponse:
        from .per_course import (
            AsyncAiAnalyticsAudienceOrgsActiveUsersPerCourseResourceWithRawResponse,
        )

        return AsyncAiAnalyticsAudienceOrgsActiveUsersPerCourseResourceWithRawResponse(
            self._resource.per_course
        )

    @cached_property
    def users(self) -> AsyncAiAnalyticsAudienceOrgsActiveUsersUsersResourceWithRawResponse:
        from .users import AsyncAiAnalyticsAudienceOrgsActiveUsersUsersResourceWithRawResponse

        return AsyncAiAnalyticsAudienceOrgsActiveUsersUsersResourceWithRawResponse(
            self._resource.users
        )
