"""`Client.ai_analytics.audience.orgs.enrollments`: 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .courses import (
        AiAnalyticsAudienceOrgsEnrollmentsCoursesResource,
        AiAnalyticsAudienceOrgsEnrollmentsCoursesResourceWithRawResponse,
        AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesResource,
        AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesResourceWithRawResponse,
    )
    from .over_time import (
        AiAnalyticsAudienceOrgsEnrollmentsOverTimeResource,
        AiAnalyticsAudienceOrgsEnrollmentsOverTimeResourceWithRawResponse,
        AsyncAiAnalyticsAudienceOrgsEnrollmentsOverTimeResource,
        AsyncAiAnalyticsAudienceOrgsEnrollmentsOverTimeResourceWithRawResponse,
    )
    from .per_course import (
        AiAnalyticsAudienceOrgsEnrollmentsPerCourseResource,
        AiAnalyticsAudienceOrgsEnrollmentsPerCourseResourceWithRawResponse,
        AsyncAiAnalyticsAudienceOrgsEnrollmentsPerCourseResource,
        AsyncAiAnalyticsAudienceOrgsEnrollmentsPerCourseResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsAudienceOrgsEnrollmentsResource",
    "AiAnalyticsAudienceOrgsEnrollmentsResourceWithRawResponse",
    "AsyncAiAnalyticsAudienceOrgsEnrollmentsResource",
    "AsyncAiAnalyticsAudienceOrgsEnrollmentsResourceWithRawResponse",
]


class AiAnalyticsAudienceOrgsEnrollmentsResource:
    """`Client.ai_analytics.audience.orgs.enrollments`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsAudienceOrgsEnrollmentsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsAudienceOrgsEnrollmentsResourceWithRawResponse(self)

    @cached_property
    def courses(self) -> AiAnalyticsAudienceOrgsEnrollmentsCoursesResource:
        from .courses import AiAnalyticsAudienceOrgsEnrollmentsCoursesResource

        return AiAnalyticsAudienceOrgsEnrollmentsCoursesResource(self._client)

    @cached_property
    def over_time(self) -> AiAnalyticsAudienceOrgsEnrollmentsOverTimeResource:
        from .over_time import AiAnalyticsAudienceOrgsEnrollmentsOverTimeResource

        return AiAnalyticsAudienceOrgsEnrollmentsOverTimeResource(self._client)

    @cached_property
    def per_course(self) -> AiAnalyticsAudienceOrgsEnrollmentsPerCourseResource:
        from .per_course import AiAnalyticsAudienceOrgsEnrollmentsPerCourseResource

        return AiAnalyticsAudienceOrgsEnrollmentsPerCourseResource(self._client)


class AiAnalyticsAudienceOrgsEnrollmentsResourceWithRawResponse:
    """`Client.ai_analytics.audience.orgs.enrollments`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsAudienceOrgsEnrollmentsResource) -> None:
        self._resource = resource

    @cached_property
    def courses(self) -> AiAnalyticsAudienceOrgsEnrollmentsCoursesResourceWithRawResponse:
        from .courses import AiAnalyticsAudienceOrgsEnrollmentsCoursesResourceWithRawResponse

        return AiAnalyticsAudienceOrgsEnrollmentsCoursesResourceWithRawResponse(
            self._resource.courses
        )

    @cached_property
    def over_time(self) -> AiAnalyticsAudienceOrgsEnrollmentsOverTimeResourceWithRawResponse:
        from .over_time import AiAnalyticsAudienceOrgsEnrollmentsOverTimeResourceWithRawResponse

        return AiAnalyticsAudienceOrgsEnrollmentsOverTimeResourceWithRawResponse(
            self._resource.over_time
        )

    @cached_property
    def per_course(self) -> AiAnalyticsAudienceOrgsEnrollmentsPerCourseResourceWithRawResponse:
        from .per_course import AiAnalyticsAudienceOrgsEnrollmentsPerCourseResourceWithRawResponse

        return AiAnalyticsAudienceOrgsEnrollmentsPerCourseResourceWithRawResponse(
            self._resource.per_course
        )


class AsyncAiAnalyticsAudienceOrgsEnrollmentsResource:
    """`AsyncClient.ai_analytics.audience.orgs.enrollments`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsAudienceOrgsEnrollmentsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsAudienceOrgsEnrollmentsResourceWithRawResponse(self)

    @cached_property
    def courses(self) -> AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesResource:
        from .courses import AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesResource

        return AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesResource(self._client)

    @cached_property
    def over_time(self) -> AsyncAiAnalyticsAudienceOrgsEnrollmentsOverTimeResource:
        from .over_time import AsyncAiAnalyticsAudienceOrgsEnrollmentsOverTimeResource

        return AsyncAiAnalyticsAudienceOrgsEnrollmentsOverTimeResource(self._client)

    @cached_property
    def per_course(self) -> AsyncAiAnalyticsAudienceOrgsEnrollmentsPerCourseResource:
        from .per_course import AsyncAiAnalyticsAudienceOrgsEnrollmentsPerCourseResource

        return AsyncAiAnalyticsAudienceOrgsEnrollmentsPerCourseResource(self._client)


class AsyncAiAnalyticsAudienceOrgsEnrollmentsResourceWithRawResponse:
    """`AsyncClient.ai_analytics.audience.orgs.enrollments`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsAudienceOrgsEnrollmentsResource) -> None:
        self._resource = resource

    @cached_property
    def courses(self) -> AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesResourceWithRawResponse:
        from .courses import AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesResourceWithRawResponse

        return AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesResourceWithRawResponse(
            self._resource.courses
        )

    @cached_property
    def over_time(self) -> AsyncAiAnalyticsAudienceOrgsEnrollmentsOverTimeResourceWithRawResponse:
        from .over_time import (
            AsyncAiAnalyticsAudienceOrgsEnrollmentsOverTimeResourceWithRawResponse,
        )

        return AsyncAiAnalyticsAudienceOrgsEnrollmentsOverTimeResourceWithRawResponse(
            self._resource.over_time
        )

    @cached_property
    def per_course(self) -> AsyncAiAnalyticsAudienceOrgsEnrollmentsPerCourseResourceWithRawResponse:
        from .per_course import (
            AsyncAiAnalyticsAudienceOrgsEnrollmentsPerCourseResourceWithRawResponse,
        )

        return AsyncAiAnalyticsAudienceOrgsEnrollmentsPerCourseResourceWithRawResponse(
            self._resource.per_course
        )
