"""`Client.ai_analytics.performance.orgs`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .courses import (
        AiAnalyticsPerformanceOrgsCoursesResource,
        AiAnalyticsPerformanceOrgsCoursesResourceWithRawResponse,
        AsyncAiAnalyticsPerformanceOrgsCoursesResource,
        AsyncAiAnalyticsPerformanceOrgsCoursesResourceWithRawResponse,
    )
    from .grading import (
        AiAnalyticsPerformanceOrgsGradingResource,
        AiAnalyticsPerformanceOrgsGradingResourceWithRawResponse,
        AsyncAiAnalyticsPerformanceOrgsGradingResource,
        AsyncAiAnalyticsPerformanceOrgsGradingResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsPerformanceOrgsResource",
    "AiAnalyticsPerformanceOrgsResourceWithRawResponse",
    "AsyncAiAnalyticsPerformanceOrgsResource",
    "AsyncAiAnalyticsPerformanceOrgsResourceWithRawResponse",
]


class AiAnalyticsPerformanceOrgsResource:
    """`Client.ai_analytics.performance.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsPerformanceOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsPerformanceOrgsResourceWithRawResponse(self)

    @cached_property
    def courses(self) -> AiAnalyticsPerformanceOrgsCoursesResource:
        from .courses import AiAnalyticsPerformanceOrgsCoursesResource

        return AiAnalyticsPerformanceOrgsCoursesResource(self._client)

    @cached_property
    def grading(self) -> AiAnalyticsPerformanceOrgsGradingResource:
        from .grading import AiAnalyticsPerformanceOrgsGradingResource

        return AiAnalyticsPerformanceOrgsGradingResource(self._client)


class AiAnalyticsPerformanceOrgsResourceWithRawResponse:
    """`Client.ai_analytics.performance.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsPerformanceOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def courses(self) -> AiAnalyticsPerformanceOrgsCoursesResourceWithRawResponse:
        from .courses import AiAnalyticsPerformanceOrgsCoursesResourceWithRawResponse

        return AiAnalyticsPerformanceOrgsCoursesResourceWithRawResponse(self._resource.courses)

    @cached_property
    def grading(self) -> AiAnalyticsPerformanceOrgsGradingResourceWithRawResponse:
        from .grading import AiAnalyticsPerformanceOrgsGradingResourceWithRawResponse

        return AiAnalyticsPerformanceOrgsGradingResourceWithRawResponse(self._resource.grading)


class AsyncAiAnalyticsPerformanceOrgsResource:
    """`AsyncClient.ai_analytics.performance.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsPerformanceOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsPerformanceOrgsResourceWithRawResponse(self)

    @cached_property
    def courses(self) -> AsyncAiAnalyticsPerformanceOrgsCoursesResource:
        from .courses import AsyncAiAnalyticsPerformanceOrgsCoursesResource

        return AsyncAiAnalyticsPerformanceOrgsCoursesResource(self._client)

    @cached_property
    def grading(self) -> AsyncAiAnalyticsPerformanceOrgsGradingResource:
        from .grading import AsyncAiAnalyticsPerformanceOrgsGradingResource

        return AsyncAiAnalyticsPerformanceOrgsGradingResource(self._client)


class AsyncAiAnalyticsPerformanceOrgsResourceWithRawResponse:
    """`AsyncClient.ai_analytics.performance.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsPerformanceOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def courses(self) -> AsyncAiAnalyticsPerformanceOrgsCoursesResourceWithRawResponse:
        from .courses import AsyncAiAnalyticsPerformanceOrgsCoursesResourceWithRawResponse

        return AsyncAiAnalyticsPerformanceOrgsCoursesResourceWithRawResponse(self._resource.courses)

    @cached_property
    def grading(self) -> AsyncAiAnalyticsPerformanceOrgsGradingResourceWithRawResponse:
        from .grading import AsyncAiAnalyticsPerformanceOrgsGradingResourceWithRawResponse

        return AsyncAiAnalyticsPerformanceOrgsGradingResourceWithRawResponse(self._resource.grading)
