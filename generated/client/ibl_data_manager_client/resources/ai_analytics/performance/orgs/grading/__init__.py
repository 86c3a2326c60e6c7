"""`Client.ai_analytics.performance.orgs.grading`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .average import (
        AiAnalyticsPerformanceOrgsGradingAverageResource,
        AiAnalyticsPerformanceOrgsGradingAverageResourceWithRawResponse,
        AsyncAiAnalyticsPerformanceOrgsGradingAverageResource,
        AsyncAiAnalyticsPerformanceOrgsGradingAverageResourceWithRawResponse,
    )
    from .per_course import (
        AiAnalyticsPerformanceOrgsGradingPerCourseResource,
        AiAnalyticsPerformanceOrgsGradingPerCourseResourceWithRawResponse,
        AsyncAiAnalyticsPerformanceOrgsGradingPerCourseResource,
        AsyncAiAnalyticsPerformanceOrgsGradingPerCourseResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsPerformanceOrgsGradingResource",
    "AiAnalyticsPerformanceOrgsGradingResourceWithRawResponse",
    "AsyncAiAnalyticsPerformanceOrgsGradingResource",
    "AsyncAiAnalyticsPerformanceOrgsGradingResourceWithRawResponse",
]


class AiAnalyticsPerformanceOrgsGradingResource:
    """`Client.ai_analytics.performance.orgs.grading`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsPerformanceOrgsGradingResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsPerformanceOrgsGradingResourceWithRawResponse(self)

    @cached_property
    def average(self) -> AiAnalyticsPerformanceOrgsGradingAverageResource:
        from .average import AiAnalyticsPerformanceOrgsGradingAverageResource

        return AiAnalyticsPerformanceOrgsGradingAverageResource(self._client)

    @cached_property
    def per_course(self) -> AiAnalyticsPerformanceOrgsGradingPerCourseResource:
        from .per_course import AiAnalyticsPerformanceOrgsGradingPerCourseResource

        return AiAnalyticsPerformanceOrgsGradingPerCourseResource(self._client)


class AiAnalyticsPerformanceOrgsGradingResourceWithRawResponse:
    """`Client.ai_analytics.performance.orgs.grading`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsPerformanceOrgsGradingResource) -> None:
        self._resource = resource

    @cached_property
    def average(self) -> AiAnalyticsPerformanceOrgsGradingAverageResourceWithRawResponse:
        from .average import AiAnalyticsPerformanceOrgsGradingAverageResourceWithRawResponse

        return AiAnalyticsPerformanceOrgsGradingAverageResourceWithRawResponse(
            self._resource.average
        )

    @cached_property
    def per_course(self) -> AiAnalyticsPerformanceOrgsGradingPerCourseResourceWithRawResponse:
        from .per_course import AiAnalyticsPerformanceOrgsGradingPerCourseResourceWithRawResponse

        return AiAnalyticsPerformanceOrgsGradingPerCourseResourceWithRawResponse(
            self._resource.per_course
        )


class AsyncAiAnalyticsPerformanceOrgsGradingResource:
    """`AsyncClient.ai_analytics.performance.orgs.grading`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsPerformanceOrgsGradingResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsPerformanceOrgsGradingResourceWithRawResponse(self)

    @cached_property
    def average(self) -> AsyncAiAnalyticsPerformanceOrgsGradingAverageResource:
        from .average import AsyncAiAnalyticsPerformanceOrgsGradingAverageResource

        return AsyncAiAnalyticsPerformanceOrgsGradingAverageResource(self._client)

    @cached_property
    def per_course(self) -> AsyncAiAnalyticsPerformanceOrgsGradingPerCourseResource:
        from .per_course import AsyncAiAnalyticsPerformanceOrgsGradingPerCourseResource

        return AsyncAiAnalyticsPerformanceOrgsGradingPerCourseResource(self._client)


class AsyncAiAnalyticsPerformanceOrgsGradingResourceWithRawResponse:
    """`AsyncClient.ai_analytics.performance.orgs.grading`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsPerformanceOrgsGradingResource) -> None:
        self._resource = resource

    @cached_property
    def average(self) -> AsyncAiAnalyticsPerformanceOrgsGradingAverageResourceWithRawResponse:
        from .average import AsyncAiAnalyticsPerformanceOrgsGradingAverageResourceWithRawResponse

        return AsyncAiAnalyticsPerformanceOrgsGradingAverageResourceWithRawResponse(
            self._resource.average
        )

    @cached_property
    def per_course(self) -> AsyncAiAnalyticsPerformanceOrgsGradingPerCourseResourceWithRawResponse:
        from .per_course import (
            AsyncAiAnalyticsPerformanceOrgsGradingPerCourseResourceWithRawResponse,
        )

        return AsyncAiAnalyticsPerformanceOrgsGradingPerCourseResourceWithRawResponse(
            self._resource.per_course
        )
