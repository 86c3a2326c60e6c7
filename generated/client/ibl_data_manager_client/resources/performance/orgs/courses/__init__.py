"""`Client.performance.orgs.courses`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .grading import (
        AsyncPerformanceOrgsCoursesGradingResource,
        AsyncPerformanceOrgsCoursesGradingResourceWithRawResponse,
        PerformanceOrgsCoursesGradingResource,
        PerformanceOrgsCoursesGradingResourceWithRawResponse,
    )

__all__ = [
    "PerformanceOrgsCoursesResource",
    "PerformanceOrgsCoursesResourceWithRawResponse",
    "AsyncPerformanceOrgsCoursesResource",
    "AsyncPerformanceOrgsCoursesResourceWithRawResponse",
]


class PerformanceOrgsCoursesResource:
    """`Client.performance.orgs.courses`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PerformanceOrgsCoursesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerformanceOrgsCoursesResourceWithRawResponse(self)

    @cached_property
    def grading(self) -> PerformanceOrgsCoursesGradingResource:
        from .grading import PerformanceOrgsCoursesGradingResource

        return PerformanceOrgsCoursesGradingResource(self._client)


class PerformanceOrgsCoursesResourceWithRawResponse:
    """`Client.performance.orgs.courses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerformanceOrgsCoursesResource) -> None:
        self._resource = resource

    @cached_property
    def grading(self) -> PerformanceOrgsCoursesGradingResourceWithRawResponse:
        from .grading import PerformanceOrgsCoursesGradingResourceWithRawResponse

        return PerformanceOrgsCoursesGradingResourceWithRawResponse(self._resource.grading)


class AsyncPerformanceOrgsCoursesResource:
    """`AsyncClient.performance.orgs.courses`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPerformanceOrgsCoursesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerformanceOrgsCoursesResourceWithRawResponse(self)

    @cached_property
    def grading(self) -> AsyncPerformanceOrgsCoursesGradingResource:
        from .grading import AsyncPerformanceOrgsCoursesGradingResource

        return AsyncPerformanceOrgsCoursesGradingResource(self._client)


class AsyncPerformanceOrgsCoursesResourceWithRawResponse:
    """`AsyncClient.performance.orgs.courses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPerformanceOrgsCoursesResource) -> None:
        self._resource = resource

    @cached_property
    def grading(self) -> AsyncPerformanceOrgsCoursesGradingResourceWithRawResponse:
        from .grading import AsyncPerformanceOrgsCoursesGradingResourceWithRawResponse

        return AsyncPerformanceOrgsCoursesGradingResourceWithRawResponse(self._resource.grading)
