"""`Client.performance.orgs.grading`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .average import (
        AsyncPerformanceOrgsGradingAverageResource,
        AsyncPerformanceOrgsGradingAverageResourceWithRawResponse,
        PerformanceOrgsGradingAverageResource,
        PerformanceOrgsGradingAverageResourceWithRawResponse,
    )
    from .per_course import (
        AsyncPerformanceOrgsGradingPerCourseResource,
        AsyncPerformanceOrgsGradingPerCourseResourceWithRawResponse,
        PerformanceOrgsGradingPerCourseResource,
        PerformanceOrgsGradingPerCourseResourceWithRawResponse,
    )

__all__ = [
    "PerformanceOrgsGradingResource",
    "PerformanceOrgsGradingResourceWithRawResponse",
    "AsyncPerformanceOrgsGradingResource",
    "AsyncPerformanceOrgsGradingResourceWithRawResponse",
]


class PerformanceOrgsGradingResource:
    """`Client.performance.orgs.grading`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PerformanceOrgsGradingResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerformanceOrgsGradingResourceWithRawResponse(self)

    @cached_property
    def average(self) -> PerformanceOrgsGradingAverageResource:
        from .average import PerformanceOrgsGradingAverageResource

        return PerformanceOrgsGradingAverageResource(self._client)

    @cached_property
    def per_course(self) -> PerformanceOrgsGradingPerCourseResource:
        from .per_course import PerformanceOrgsGradingPerCourseResource

        return PerformanceOrgsGradingPerCourseResource(self._client)


class PerformanceOrgsGradingResourceWithRawResponse:
    """`Client.performance.orgs.grading`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerformanceOrgsGradingResource) -> None:
        self._resource = resource

    @cached_property
    def average(self) -> PerformanceOrgsGradingAverageResourceWithRawResponse:
        from .average import PerformanceOrgsGradingAverageResourceWithRawResponse

        return PerformanceOrgsGradingAverageResourceWithRawResponse(self._resource.average)

    @cached_property
    def per_course(self) -> PerformanceOrgsGradingPerCourseResourceWithRawResponse:
        from .per_course import PerformanceOrgsGradingPerCourseResourceWithRawResponse

        return PerformanceOrgsGradingPerCourseResourceWithRawResponse(self._resource.per_course)


class AsyncPerformanceOrgsGradingResource:
    """`AsyncClient.performance.orgs.grading`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPerformanceOrgsGradingResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerformanceOrgsGradingResourceWithRawResponse(self)

    @cached_property
    def average(self) -> AsyncPerformanceOrgsGradingAverageResource:
        from .average import AsyncPerformanceOrgsGradingAverageResource

        return AsyncPerformanceOrgsGradingAverageResource(self._client)

    @cached_property
    def per_course(self) -> AsyncPerformanceOrgsGradingPerCourseResource:
        from .per_course import AsyncPerformanceOrgsGradingPerCourseResource

        return AsyncPerformanceOrgsGradingPerCourseResource(self._client)


class AsyncPerformanceOrgsGradingResourceWithRawResponse:
    """`AsyncClient.performance.orgs.grading`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPerformanceOrgsGradingResource) -> None:
        self._resource = resource

    @cached_property
    def average(self) -> AsyncPerformanceOrgsGradingAverageResourceWithRawResponse:
        from .average import AsyncPerformanceOrgsGradingAverageResourceWithRawResponse

        return AsyncPerformanceOrgsGradingAverageResourceWithRawResponse(self._resource.average)

    @cached_property
    def per_course(self) -> AsyncPerformanceOrgsGradingPerCourseResourceWithRawResponse:
        from .per_course import AsyncPerformanceOrgsGradingPerCourseResourceWithRawResponse

        return AsyncPerformanceOrgsGradingPerCourseResourceWithRawResponse(
            self._resource.per_course
        )
