"""`Client.audience.orgs.enrollments`: 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .courses import (
        AsyncAudienceOrgsEnrollmentsCoursesResource,
        AsyncAudienceOrgsEnrollmentsCoursesResourceWithRawResponse,
        AudienceOrgsEnrollmentsCoursesResource,
        AudienceOrgsEnrollmentsCoursesResourceWithRawResponse,
    )
    from .over_time import (
        AsyncAudienceOrgsEnrollmentsOverTimeResource,
        AsyncAudienceOrgsEnrollmentsOverTimeResourceWithRawResponse,
        AudienceOrgsEnrollmentsOverTimeResource,
        AudienceOrgsEnrollmentsOverTimeResourceWithRawResponse,
    )
    from .per_course import (
        AsyncAudienceOrgsEnrollmentsPerCourseResource,
        AsyncAudienceOrgsEnrollmentsPerCourseResourceWithRawResponse,
        AudienceOrgsEnrollmentsPerCourseResource,
        AudienceOrgsEnrollmentsPerCourseResourceWithRawResponse,
    )

__all__ = [
    "AudienceOrgsEnrollmentsResource",
    "AudienceOrgsEnrollmentsResourceWithRawResponse",
    "AsyncAudienceOrgsEnrollmentsResource",
    "AsyncAudienceOrgsEnrollmentsResourceWithRawResponse",
]


class AudienceOrgsEnrollmentsResource:
    """`Client.audience.orgs.enrollments`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AudienceOrgsEnrollmentsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AudienceOrgsEnrollmentsResourceWithRawResponse(self)

    @cached_property
    def courses(self) -> AudienceOrgsEnrollmentsCoursesResource:
        from .courses import AudienceOrgsEnrollmentsCoursesResource

        return AudienceOrgsEnrollmentsCoursesResource(self._client)

    @cached_property
    def over_time(self) -> AudienceOrgsEnrollmentsOverTimeResource:
        from .over_time import AudienceOrgsEnrollmentsOverTimeResource

        return AudienceOrgsEnrollmentsOverTimeResource(self._client)

    @cached_property
    def per_course(self) -> AudienceOrgsEnrollmentsPerCourseResource:
        from .per_course import AudienceOrgsEnrollmentsPerCourseResource

        return AudienceOrgsEnrollmentsPerCourseResource(self._client)


class AudienceOrgsEnrollmentsResourceWithRawResponse:
    """`Client.audience.orgs.enrollments`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AudienceOrgsEnrollmentsResource) -> None:
        self._resource = resource

    @cached_property
    def courses(self) -> AudienceOrgsEnrollmentsCoursesResourceWithRawResponse:
        from .courses import AudienceOrgsEnrollmentsCoursesResourceWithRawResponse

        return AudienceOrgsEnrollmentsCoursesResourceWithRawResponse(self._resource.courses)

    @cached_property
    def over_time(self) -> AudienceOrgsEnrollmentsOverTimeResourceWithRawResponse:
        from .over_time import AudienceOrgsEnrollmentsOverTimeResourceWithRawResponse

        return AudienceOrgsEnrollmentsOverTimeResourceWithRawResponse(self._resource.over_time)

    @cached_property
    def per_course(self) -> AudienceOrgsEnrollmentsPerCourseResourceWithRawResponse:
        from .per_course import AudienceOrgsEnrollmentsPerCourseResourceWithRawResponse

        return AudienceOrgsEnrollmentsPerCourseResourceWithRawResponse(self._resource.per_course)


class AsyncAudienceOrgsEnrollmentsResource:
    """`AsyncClient.audience.orgs.enrollments`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAudienceOrgsEnrollmentsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAudienceOrgsEnrollmentsResourceWithRawResponse(self)

    @cached_property
    def courses(self) -> AsyncAudienceOrgsEnrollmentsCoursesResource:
        from .courses import AsyncAudienceOrgsEnrollmentsCoursesResource

        return AsyncAudienceOrgsEnrollmentsCoursesResource(self._client)

    @cached_property
    def over_time(self) -> AsyncAudienceOrgsEnrollmentsOverTimeResource:
        from .over_time import AsyncAudienceOrgsEnrollmentsOverTimeResource

        return AsyncAudienceOrgsEnrollmentsOverTimeResource(self._client)

    @cached_property
    def per_course(self) -> AsyncAudienceOrgsEnrollmentsPerCourseResource:
        from .per_course import AsyncAudienceOrgsEnrollmentsPerCourseResource

        return AsyncAudienceOrgsEnrollmentsPerCourseResource(self._client)


class AsyncAudienceOrgsEnrollmentsResourceWithRawResponse:
    """`AsyncClient.audience.orgs.enrollments`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAudienceOrgsEnrollmentsResource) -> None:
        self._resource = resource

    @cached_property
    def courses(self) -> AsyncAudienceOrgsEnrollmentsCoursesResourceWithRawResponse:
        from .courses import AsyncAudienceOrgsEnrollmentsCoursesResourceWithRawResponse

        return AsyncAudienceOrgsEnrollmentsCoursesResourceWithRawResponse(self._resource.courses)

    @cached_property
    def over_time(self) -> AsyncAudienceOrgsEnrollmentsOverTimeResourceWithRawResponse:
        from .over_time import AsyncAudienceOrgsEnrollmentsOverTimeResourceWithRawResponse

        return AsyncAudienceOrgsEnrollmentsOverTimeResourceWithRawResponse(self._resource.over_time)

    @cached_property
    def per_course(self) -> AsyncAudienceOrgsEnrollmentsPerCourseResourceWithRawResponse:
        from .per_course import AsyncAudienceOrgsEnrollmentsPerCourseResourceWithRawResponse

        return AsyncAudienceOrgsEnrollmentsPerCourseResourceWithRawResponse(
            self._resource.per_course
        )
