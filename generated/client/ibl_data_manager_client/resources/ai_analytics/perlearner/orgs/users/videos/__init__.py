"""`Client.ai_analytics.perlearner.orgs.users.videos`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .over_time import (
        AiAnalyticsPerlearnerOrgsUsersVideosOverTimeResource,
        AiAnalyticsPerlearnerOrgsUsersVideosOverTimeResourceWithRawResponse,
        AsyncAiAnalyticsPerlearnerOrgsUsersVideosOverTimeResource,
        AsyncAiAnalyticsPerlearnerOrgsUsersVideosOverTimeResourceWithRawResponse,
    )
    from .per_course import (
        AiAnalyticsPerlearnerOrgsUsersVideosPerCourseResource,
        AiAnalyticsPerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse,
        AsyncAiAnalyticsPerlearnerOrgsUsersVideosPerCourseResource,
        AsyncAiAnalyticsPerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsPerlearnerOrgsUsersVideosResource",
    "AiAnalyticsPerlearnerOrgsUsersVideosResourceWithRawResponse",
    "AsyncAiAnalyticsPerlearnerOrgsUsersVideosResource",
    "AsyncAiAnalyticsPerlearnerOrgsUsersVideosResourceWithRawResponse",
]


class AiAnalyticsPerlearnerOrgsUsersVideosResource:
    """`Client.ai_analytics.perlearner.orgs.users.videos`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsPerlearnerOrgsUsersVideosResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsPerlearnerOrgsUsersVideosResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> AiAnalyticsPerlearnerOrgsUsersVideosOverTimeResource:
        from .over_time import AiAnalyticsPerlearnerOrgsUsersVideosOverTimeResource

        return AiAnalyticsPerlearnerOrgsUsersVideosOverTimeResource(self._client)

    @cached_property
    def per_course(self) -> AiAnalyticsPerlearnerOrgsUsersVideosPerCourseResource:
        from .per_course import AiAnalyticsPerlearnerOrgsUsersVideosPerCourseResource

        return AiAnalyticsPerlearnerOrgsUsersVideosPerCourseResource(self._client)


class AiAnalyticsPerlearnerOrgsUsersVideosResourceWithRawResponse:
    """`Client.ai_analytics.perlearner.orgs.users.videos`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsPerlearnerOrgsUsersVideosResource) -> None:
        self._resource = resource

    @cached_property
    def over_time(self) -> AiAnalyticsPerlearnerOrgsUsersVideosOverTimeResourceWithRawResponse:
        from .over_time import AiAnalyticsPerlearnerOrgsUsersVideosOverTimeResourceWithRawResponse

        return AiAnalyticsPerlearnerOrgsUsersVideosOverTimeResourceWithRawResponse(
            self._resource.over_time
        )

    @cached_property
    def per_course(self) -> AiAnalyticsPerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse:
        from .per_course import AiAnalyticsPerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse

        return AiAnalyticsPerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse(
            self._resource.per_course
        )


class AsyncAiAnalyticsPerlearnerOrgsUsersVideosResource:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.videos`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersVideosResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsPerlearnerOrgsUsersVideosResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersVideosOverTimeResource:
        from .over_time import AsyncAiAnalyticsPerlearnerOrgsUsersVideosOverTimeResource

        return AsyncAiAnalyticsPerlearnerOrgsUsersVideosOverTimeResource(self._client)

    @cached_property
    def per_course(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersVideosPerCourseResource:
        from .per_course import AsyncAiAnalyticsPerlearnerOrgsUsersVideosPerCourseResource

        return AsyncAiAnalyticsPerlearnerOrgsUsersVideosPerCourseResource(self._client)


class AsyncAiAnalyticsPerlearnerOrgsUsersVideosResourceWithRawResponse:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.videos`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsPerlearnerOrgsUsersVideosResource) -> None:
        self._resource = resource

    @cached_property
    def over_time(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersVideosOverTimeResourceWithRawResponse:
        from .over_time import (
            AsyncAiAnalyticsPerlearnerOrgsUsersVideosOverTimeResourceWithRawResponse,
        )

        return AsyncAiAnalyticsPerlearnerOrgsUsersVideosOverTimeResourceWithRawResponse(
            self._resource.over_time
        )

    @cached_property
    def per_course(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse:
        from .per_course import (
            AsyncAiAnalyticsPerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse,
        )

        return AsyncAiAnalyticsPerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse(
            self._resource.per_course
        )
