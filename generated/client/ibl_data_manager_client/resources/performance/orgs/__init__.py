"""`Client.performance.orgs`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .courses import (
        AsyncPerformanceOrgsCoursesResource,
        AsyncPerformanceOrgsCoursesResourceWithRawResponse,
        PerformanceOrgsCoursesResource,
        PerformanceOrgsCoursesResourceWithRawResponse,
    )
    from .grading import (
        AsyncPerformanceOrgsGradingResource,
        AsyncPerformanceOrgsGradingResourceWithRawResponse,
        PerformanceOrgsGradingResource,
        PerformanceOrgsGradingResourceWithRawResponse,
    )

__all__ = [
    "PerformanceOrgsResource",
    "PerformanceOrgsResourceWithRawResponse",
    "AsyncPerformanceOrgsResource",
    "AsyncPerformanceOrgsResourceWithRawResponse",
]


class PerformanceOrgsResource:
    """`Client.performance.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PerformanceOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerformanceOrgsResourceWithRawResponse(self)

    @cached_property
    def courses(self) -> PerformanceOrgsCoursesResource:
        from .courses import PerformanceOrgsCoursesResource

        return PerformanceOrgsCoursesResource(self._client)

    @cached_property
    def grading(self) -> PerformanceOrgsGradingResource:
        from .grading import PerformanceOrgsGradingResource

        return PerformanceOrgsGradingResource(self._client)


class PerformanceOrgsResourceWithRawResponse:
    """`Client.performance.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerformanceOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def courses(self) -> PerformanceOrgsCoursesResourceWithRawResponse:
        from .courses import PerformanceOrgsCoursesResourceWithRawResponse

        return PerformanceOrgsCoursesResourceWithRawResponse(self._resource.courses)

    @cached_property
    def grading(self) -> PerformanceOrgsGradingResourceWithRawResponse:
        from .grading import PerformanceOrgsGradingResourceWithRawResponse

        return PerformanceOrgsGradingResourceWithRawResponse(self._resource.grading)


class AsyncPerformanceOrgsResource:
    """`AsyncClient.performance.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPerformanceOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerformanceOrgsResourceWithRawResponse(self)

    @cached_property
    def courses(self) -> AsyncPerformanceOrgsCoursesResource:
        from .courses import AsyncPerformanceOrgsCoursesResource

        return AsyncPerformanceOrgsCoursesResource(self._client)

    @cached_property
    def grading(self) -> AsyncPerformanceOrgsGradingResource:
        from .grading import AsyncPerformanceOrgsGradingResource

        return AsyncPerformanceOrgsGradingResource(self._client)


class AsyncPerformanceOrgsResourceWithRawResponse:
    """`AsyncClient.performance.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPerformanceOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def courses(self) -> AsyncPerformanceOrgsCoursesResourceWithRawResponse:
        from .courses import AsyncPerformanceOrgsCoursesResourceWithRawResponse

        return AsyncPerformanceOrgsCoursesResourceWithRawResponse(self._resource.courses)

    @cached_property
    def grading(self) -> AsyncPerformanceOrgsGradingResourceWithRawResponse:
        from .grading import AsyncPerformanceOrgsGradingResourceWithRawResponse

        return AsyncPerformanceOrgsGradingResourceWithRawResponse(self._resource.grading)
