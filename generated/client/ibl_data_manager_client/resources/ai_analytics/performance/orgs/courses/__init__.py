"""`Client.ai_analytics.performance.orgs.courses`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .grading import (
        AiAnalyticsPerformanceOrgsCoursesGradingResource,
        AiAnalyticsPerformanceOrgsCoursesGradingResourceWithRawResponse,
        AsyncAiAnalyticsPerformanceOrgsCoursesGradingResource,
        AsyncAiAnalyticsPerformanceOrgsCoursesGradingResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsPerformanceOrgsCoursesResource",
    "AiAnalyticsPerformanceOrgsCoursesResourceWithRawResponse",
    "AsyncAiAnalyticsPerformanceOrgsCoursesResource",
    "AsyncAiAnalyticsPerformanceOrgsCoursesResourceWithRawResponse",
]


class AiAnalyticsPerformanceOrgsCoursesResource:
    """`Client.ai_analytics.performance.orgs.courses`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsPerformanceOrgsCoursesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsPerformanceOrgsCoursesResourceWithRawResponse(self)

    @cached_property
    def grading(self) -> AiAnalyticsPerformanceOrgsCoursesGradingResource:
        from .grading import AiAnalyticsPerformanceOrgsCoursesGradingResource

        return AiAnalyticsPerformanceOrgsCoursesGradingResource(self._client)


class AiAnalyticsPerformanceOrgsCoursesResourceWithRawResponse:
    """`Client.ai_analytics.performance.orgs.courses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsPerformanceOrgsCoursesResource) -> None:
        self._resource = resource

    @cached_property
    def grading(self) -> AiAnalyticsPerformanceOrgsCoursesGradingResourceWithRawResponse:
        from .grading import AiAnalyticsPerformanceOrgsCoursesGradingResourceWithRawResponse

        return AiAnalyticsPerformanceOrgsCoursesGradingResourceWithRawResponse(
            self._resource.grading
        )


class AsyncAiAnalyticsPerformanceOrgsCoursesResource:
    """`AsyncClient.ai_analytics.performance.orgs.courses`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsPerformanceOrgsCoursesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsPerformanceOrgsCoursesResourceWithRawResponse(self)

    @cached_property
    def grading(self) -> AsyncAiAnalyticsPerformanceOrgsCoursesGradingResource:
        from .grading import AsyncAiAnalyticsPerformanceOrgsCoursesGradingResource

        return AsyncAiAnalyticsPerformanceOrgsCoursesGradingResource(self._client)


class AsyncAiAnalyticsPerformanceOrgsCoursesResourceWithRawResponse:
    """`AsyncClient.ai_analytics.performance.orgs.courses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsPerformanceOrgsCoursesResource) -> None:
        self._resource = resource

    @cached_property
    def grading(self) -> AsyncAiAnalyticsPerformanceOrgsCoursesGradingResourceWithRawResponse:
        from .grading import AsyncAiAnalyticsPerformanceOrgsCoursesGradingResourceWithRawResponse

        return AsyncAiAnalyticsPerformanceOrgsCoursesGradingResourceWithRawResponse(
            self._resource.grading
        )
