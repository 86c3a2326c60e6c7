"""`Client.engagement.orgs.course_completion`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .over_time import (
        AsyncEngagementOrgsCourseCompletionOverTimeResource,
        AsyncEngagementOrgsCourseCompletionOverTimeResourceWithRawResponse,
        EngagementOrgsCourseCompletionOverTimeResource,
        EngagementOrgsCourseCompletionOverTimeResourceWithRawResponse,
    )
    from .per_course import (
        AsyncEngagementOrgsCourseCompletionPerCourseResource,
        AsyncEngagementOrgsCourseCompletionPerCourseResourceWithRawResponse,
        EngagementOrgsCourseCompletionPerCourseResource,
        EngagementOrgsCourseCompletionPerCourseResourceWithRawResponse,
    )

__all__ = [
    "EngagementOrgsCourseCompletionResource",
    "EngagementOrgsCourseCompletionResourceWithRawResponse",
    "AsyncEngagementOrgsCourseCompletionResource",
    "AsyncEngagementOrgsCourseCompletionResourceWithRawResponse",
]


class EngagementOrgsCourseCompletionResource:
    """`Client.engagement.orgs.course_completion`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EngagementOrgsCourseCompletionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return EngagementOrgsCourseCompletionResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> EngagementOrgsCourseCompletionOverTimeResource:
        from .over_time import EngagementOrgsCourseCompletionOverTimeResource

        return EngagementOrgsCourseCompletionOverTimeResource(self._client)

    @cached_property
    def per_course(self) -> EngagementOrgsCourseCompletionPerCourseResource:
        from .per_course import EngagementOrgsCourseCompletionPerCourseResource

        return EngagementOrgsCourseCompletionPerCourseResource(self._client)


class EngagementOrgsCourseCompletionResourceWithRawResponse:
    """`Client.engagement.orgs.course_completion`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: EngagementOrgsCourseCompletionResource) -> None:
        self._resource = resource

    @cached_property
    def over_time(self) -> EngagementOrgsCourseCompletionOverTimeResourceWithRawResponse:
        from .over_time import EngagementOrgsCourseCompletionOverTimeResourceWithRawResponse

        return EngagementOrgsCourseCompletionOverTimeResourceWithRawResponse(
            self._resource.over_time
        )

    @cached_property
    def per_course(self) -> EngagementOrgsCourseCompletionPerCourseResourceWithRawResponse:
        from .per_course import EngagementOrgsCourseCompletionPerCourseResourceWithRawResponse

        return EngagementOrgsCourseCompletionPerCourseResourceWithRawResponse(
            self._resource.per_course
        )


class AsyncEngagementOrgsCourseCompletionResource:
    """`AsyncClient.engagement.orgs.course_completion`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncEngagementOrgsCourseCompletionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncEngagementOrgsCourseCompletionResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> AsyncEngagementOrgsCourseCompletionOverTimeResource:
        from .over_time import AsyncEngagementOrgsCourseCompletionOverTimeResource

        return AsyncEngagementOrgsCourseCompletionOverTimeResource(self._client)

    @cached_property
    def per_course(self) -> AsyncEngagementOrgsCourseCompletionPerCourseResource:
        from .per_course import AsyncEngagementOrgsCourseCompletionPerCourseResource

        return AsyncEngagementOrgsCourseCompletionPerCourseResource(self._client)


class AsyncEngagementOrgsCourseCompletionResourceWithRawResponse:
    """`AsyncClient.engagement.orgs.course_completion`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncEngagementOrgsCourseCompletionResource) -> None:
        self._resource = resource

    @cached_property
    def over_time(self) -> AsyncEngagementOrgsCourseCompletionOverTimeResourceWithRawResponse:
        from .over_time import AsyncEngagementOrgsCourseCompletionOverTimeResourceWithRawResponse

        return AsyncEngagementOrgsCourseCompletionOverTimeResourceWithRawResponse(
            self._resource.over_time
        )

    @cached_property
    def per_course(self) -> AsyncEngagementOrgsCourseCompletionPerCourseResourceWithRawResponse:
        from .per_course import AsyncEngagementOrgsCourseCompletionPerCourseResourceWithRawResponse

        return AsyncEngagementOrgsCourseCompletionPerCourseResourceWithRawResponse(
            self._resource.per_course
        )
