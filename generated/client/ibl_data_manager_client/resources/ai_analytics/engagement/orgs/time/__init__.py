"""`Client.ai_analytics.engagement.orgs.time`: 4 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .average_perlearner_percourse import (
        AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseResource,
        AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseResourceWithRawResponse,
        AsyncAiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseResource,
        AsyncAiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseResourceWithRawResponse,
    )
    from .average_with_over_time import (
        AiAnalyticsEngagementOrgsTimeAverageWithOverTimeResource,
        AiAnalyticsEngagementOrgsTimeAverageWithOverTimeResourceWithRawResponse,
        AsyncAiAnalyticsEngagementOrgsTimeAverageWithOverTimeResource,
        AsyncAiAnalyticsEngagementOrgsTimeAverageWithOverTimeResourceWithRawResponse,
    )
    from .over_time import (
        AiAnalyticsEngagementOrgsTimeOverTimeResource,
        AiAnalyticsEngagementOrgsTimeOverTimeResourceWithRawResponse,
        AsyncAiAnalyticsEngagementOrgsTimeOverTimeResource,
        AsyncAiAnalyticsEngagementOrgsTimeOverTimeResourceWithRawResponse,
    )
    from .per_course import (
        AiAnalyticsEngagementOrgsTimePerCourseResource,
        AiAnalyticsEngagementOrgsTimePerCourseResourceWithRawResponse,
        AsyncAiAnalyticsEngagementOrgsTimePerCourseResource,
        AsyncAiAnalyticsEngagementOrgsTimePerCourseResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsEngagementOrgsTimeResource",
    "AiAnalyticsEngagementOrgsTimeResourceWithRawResponse",
    "AsyncAiAnalyticsEngagementOrgsTimeResource",
    "AsyncAiAnalyticsEngagementOrgsTimeResourceWithRawResponse",
]


class AiAnalyticsEngagementOrgsTimeResource:
    """`Client.ai_analytics.engagement.orgs.time`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsEngagementOrgsTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsEngagementOrgsTimeResourceWithRawResponse(self)

    @cached_property
    def average_perlearner_percourse(
        self,
    ) -> AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseResource:
        from .average_perlearner_percourse import (
            AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseResource,
        )

        return AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseResource(self._client)

    @cached_property
    def average_with_over_time(self) -> AiAnalyticsEngagementOrgsTimeAverageWithOverTimeResource:
        from .average_with_over_time import AiAnalyticsEngagementOrgsTimeAverageWithOverTimeResource

        return AiAnalyticsEngagementOrgsTimeAverageWithOverTimeResource(self._client)

    @cached_property
    def over_time(self) -> AiAnalyticsEngagementOrgsTimeOverTimeResource:
        from .over_time import AiAnalyticsEngagementOrgsTimeOverTimeResource

        return AiAnalyticsEngagementOrgsTimeOverTimeResource(self._client)

    @cached_property
    def per_course(self) -> AiAnalyticsEngagementOrgsTimePerCourseResource:
        from .per_course import AiAnalyticsEngagementOrgsTimePerCourseResource

        return AiAnalyticsEngagementOrgsTimePerCourseResource(self._client)


class AiAnalyticsEngagementOrgsTimeResourceWithRawResponse:
    """`Client.ai_analytics.engagement.orgs.time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsEngagementOrgsTimeResource) -> None:
        self._resource = resource

    @cached_property
    def average_perlearner_percourse(
        self,
    ) -> AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseResourceWithRawResponse:
        from .average_perlearner_percourse import (
            AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseResourceWithRawResponse,
        )

        return AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseResourceWithRawResponse(
            self._resource.average_perlearner_percourse
        )

    @cached_property
    def average_with_over_time(
        self,
    ) -> AiAnalyticsEngagementOrgsTimeAverageWithOverTimeResourceWithRawResponse:
        from .average_with_over_time import (
            AiAnalyticsEngagementOrgsTimeAverageWithOverTimeResourceWithRawResponse,
        )

        return AiAnalyticsEngagementOrgsTimeAverageWithOverTimeResourceWithRawResponse(
            self._resource.average_with_over_time
        )

    @cached_property
    def over_time(self) -> AiAnalyticsEngagementOrgsTimeOverTimeResourceWithRawResponse:
        from .over_time import AiAnalyticsEngagementOrgsTimeOverTimeResourceWithRawResponse

        return AiAnalyticsEngagementOrgsTimeOverTimeResourceWithRawResponse(
            self._resource.over_time
        )

    @cached_property
    def per_course(self) -> AiAnalyticsEngagementOrgsTimePerCourseResourceWithRawResponse:
        from .per_course import AiAnalyticsEngagementOrgsTimePerCourseResourceWithRawResponse

        return AiAnalyticsEngagementOrgsTimePerCourseResourceWithRawResponse(
            self._resource.per_course
        )


class AsyncAiAnalyticsEngagementOrgsTimeResource:
    """`AsyncClient.ai_analytics.engagement.orgs.time`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsEngagementOrgsTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsEngagementOrgsTimeResourceWithRawResponse(self)

    @cached_property
    def average_perlearner_percourse(
        self,
    ) -> AsyncAiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseResource:
        from .average_perlearner_percourse import (
            AsyncAiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseResource,
        )

        return AsyncAiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseResource(self._client)

    @cached_property
    def average_with_over_time(
        self,
    ) -> AsyncAiAnalyticsEngagementOrgsTimeAverageWithOverTimeResource:
        from .average_with_over_time import (
            AsyncAiAnalyticsEngagementOrgsTimeAverageWithOverTimeResource,
        )

        return AsyncAiAnalyticsEngagementOrgsTimeAverageWithOverTimeResource(self._client)

    @cached_property
    def over_time(self) -> AsyncAiAnalyticsEngagementOrgsTimeOverTimeResource:
        from .over_time import AsyncAiAnalyticsEngagementOrgsTimeOverTimeResource

        return AsyncAiAnalyticsEngagementOrgsTimeOverTimeResource(self._client)

    @cached_property
    def per_course(self) -> AsyncAiAnalyticsEngagementOrgsTimePerCourseResource:
        from .per_course import AsyncAiAnalyticsEngagementOrgsTimePerCourseResource

        return AsyncAiAnalyticsEngagementOrgsTimePerCourseResource(self._client)


class AsyncAiAnalyticsEngagementOrgsTimeResourceWithRawResponse:
    """`AsyncClient.ai_analytics.engagement.orgs.time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsEngagementOrgsTimeResource) -> None:
        self._resource = resource

    @cached_property
    def average_perlearner_percourse(
        self,
    ) -> AsyncAiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseResourceWithRawResponse:
        from .average_perlearner_percourse import (
            AsyncAiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseResourceWithRawResponse,
        )

        return AsyncAiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseResourceWithRawResponse(
            self._resource.average_perlearner_percourse
        )

    @cached_property
    def average_with_over_time(
        self,
    ) -> AsyncAiAnalyticsEngagementOrgsTimeAverageWithOverTimeResourceWithRawResponse:
        from .average_with_over_time import (
            AsyncAiAnalyticsEngagementOrgsTimeAverageWithOverTimeResourceWithRawResponse,
        )

        return AsyncAiAnalyticsEngagementOrgsTimeAverageWithOverTimeResourceWithRawResponse(
            self._resource.average_with_over_time
        )

    @cached_property
    def over_time(self) -> AsyncAiAnalyticsEngagementOrgsTimeOverTimeResourceWithRawResponse:
        from .over_time import AsyncAiAnalyticsEngagementOrgsTimeOverTimeResourceWithRawResponse

        return AsyncAiAnalyticsEngagementOrgsTimeOverTimeResourceWithRawResponse(
            self._resource.over_time
        )

    @cached_property
    def per_course(self) -> AsyncAiAnalyticsEngagementOrgsTimePerCourseResourceWithRawResponse:
        from .per_course import AsyncAiAnalyticsEngagementOrgsTimePerCourseResourceWithRawResponse

        return AsyncAiAnalyticsEngagementOrgsTimePerCourseResourceWithRawResponse(
            self._resource.per_course
        )
