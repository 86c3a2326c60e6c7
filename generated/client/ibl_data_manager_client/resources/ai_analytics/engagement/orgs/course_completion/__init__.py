"""`Client.ai_analytics.engagement.orgs.course_completion`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .over_time import (
        AiAnalyticsEngagementOrgsCourseCompletionOverTimeResource,
        AiAnalyticsEngagementOrgsCourseCompletionOverTimeResourceWithRawResponse,
        AsyncAiAnalyticsEngagementOrgsCourseCompletionOverTimeResource,
        AsyncAiAnalyticsEngagementOrgsCourseCompletionOverTimeResourceWithRawResponse,
    )
    from .per_course import (
        AiAnalyticsEngagementOrgsCourseCompletionPerCourseResource,
        AiAnalyticsEngagementOrgsCourseCompletionPerCourseResourceWithRawResponse,
        AsyncAiAnalyticsEngagementOrgsCourseCompletionPerCourseResource,
        AsyncAiAnalyticsEngagementOrgsCourseCompletionPerCourseResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsEngagementOrgsCourseCompletionResource",
    "AiAnalyticsEngagementOrgsCourseCompletionResourceWithRawResponse",
    "AsyncAiAnalyticsEngagementOrgsCourseCompletionResource",
    "AsyncAiAnalyticsEngagementOrgsCourseCompletionResourceWithRawResponse",
]


class AiAnalyticsEngagementOrgsCourseCompletionResource:
    """`Client.ai_analytics.engagement.orgs.course_completion`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsEngagementOrgsCourseCompletionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsEngagementOrgsCourseCompletionResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> AiAnalyticsEngagementOrgsCourseCompletionOverTimeResource:
        from .over_time import AiAnalyticsEngagementOrgsCourseCompletionOverTimeResource

        return AiAnalyticsEngagementOrgsCourseCompletionOverTimeResource(self._client)

    @cached_property
    def per_course(self) -> AiAnalyticsEngagementOrgsCourseCompletionPerCourseResource:
        from .per_course import AiAnalyticsEngagementOrgsCourseCompletionPerCourseResource

        return AiAnalyticsEngagementOrgsCourseCompletionPerCourseResource(self._client)


class AiAnalyticsEngagementOrgsCourseCompletionResourceWithRawResponse:
    """`Client.ai_analytics.engagement.orgs.course_completion`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsEngagementOrgsCourseCompletionResource) -> None:
        self._resource = resource

    @cached_property
    def over_time(self) -> AiAnalyticsEngagementOrgsCourseCompletionOverTimeResourceWithRawResponse:
        from .over_time import (
            AiAnalyticsEngagementOrgsCourseCompletionOverTimeResourceWithRawResponse,
        )

        return AiAnalyticsEngagementOrgsCourseCompletionOverTimeResourceWithRawResponse(
            self._resource.over_time
        )

    @cached_property
    def per_course(
        self,
    ) -> AiAnalyticsEngagementOrgsCourseCompletionPerCourseResourceWithRawResponse:
        from .per_course import (
            AiAnalyticsEngagementOrgsCourseCompletionPerCourseResourceWithRawResponse,
        )

        return AiAnalyticsEngagementOrgsCourseCompletionPerCourseResourceWithRawResponse(
            self._resource.per_course
        )


class AsyncAiAnalyticsEngagementOrgsCourseCompletionResource:
    """`AsyncClient.ai_analytics.engagement.orgs.course_completion`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsEngagementOrgsCourseCompletionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsEngagementOrgsCourseCompletionResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> AsyncAiAnalyticsEngagementOrgsCourseCompletionOverTimeResource:
        from .over_time import AsyncAiAnalyticsEngagementOrgsCourseCompletionOverTimeResource

        return AsyncAiAnalyticsEngagementOrgsCourseCompletionOverTimeResource(self._client)

    @cached_property
    def per_course(self) -> AsyncAiAnalyticsEngagementOrgsCourseCompletionPerCourseResource:
        from .per_course import AsyncAiAnalyticsEngagementOrgsCourseCompletionPerCourseResource

        return AsyncAiAnalyticsEngagementOrgsCourseCompletionPerCourseResource(self._client)


class AsyncAiAnalyticsEngagementOrgsCourseCompletionResourceWithRawResponse:
    """`AsyncClient.ai_analytics.engagement.orgs.course_completion`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsEngagementOrgsCourseCompletionResource) -> None:
        self._resource = resource

    @cached_property
    def over_time(
        self,
    ) -> AsyncAiAnalyticsEngagementOrgsCourseCompletionOverTimeResourceWithRawResponse:
        from .over_time import (
            AsyncAiAnalyticsEngagementOrgsCourseCompletionOverTimeResourceWithRawResponse,
        )

        return AsyncAiAnalyticsEngagementOrgsCourseCompletionOverTimeResourceWithRawResponse(
            self._resource.over_time
        )

    @cached_property
    def per_course(
        self,
    ) -> AsyncAiAnalyticsEngagementOrgsCourseCompletionPerCourseResourceWithRawResponse:
        from .per_course import (
            AsyncAiAnalyticsEngagementOrgsCourseCompletionPerCourseResourceWithRawResponse,
        )

        return AsyncAiAnalyticsEngagementOrgsCourseCompletionPerCourseResourceWithRawResponse(
            self._resource.per_course
        )
