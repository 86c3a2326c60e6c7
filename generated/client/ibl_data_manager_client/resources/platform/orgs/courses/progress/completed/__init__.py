"""`Client.platform.orgs.courses.progress.completed`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    platform_orgs_courses_progress_completed_retrieve as _platform_orgs_courses_progress_completed_retrieve,
)

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "PlatformOrgsCoursesProgressCompletedResource",
    "PlatformOrgsCoursesProgressCompletedResourceWithRawResponse",
    "AsyncPlatformOrgsCoursesProgressCompletedResource",
    "AsyncPlatformOrgsCoursesProgressCompletedResourceWithRawResponse",
]


class PlatformOrgsCoursesProgressCompletedResource:
    """`Client.platform.orgs.courses.progress.completed`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformOrgsCoursesProgressCompletedResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformOrgsCoursesProgressCompletedResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Get completion count statistics.  This endpoint returns completion counts at different
        levels: - Platform level: Total users who have completed at least one course - Course
        level: Total completions for a specific course - Learner level: Total courses completed
        by a specific learner  Query Parameters:     course_id (str, optional): Filter by course
        ID     user_id (str, optional): Filter by username or email  Returns:     A count of
        completions based on the specified filters.

        Args:
            org (str, path)
            course_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _platform_orgs_courses_progress_completed_retrieve.OPERATION,
            _platform_orgs_courses_progress_completed_retrieve.build_request(
                org=org, course_id=course_id
            ),
            options,
        )


class PlatformOrgsCoursesProgressCompletedResourceWithRawResponse:
    """`Client.platform.orgs.courses.progress.completed`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformOrgsCoursesProgressCompletedResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPlatformOrgsCoursesProgressCompletedResource:
    """`AsyncClient.platform.orgs.courses.progress.completed`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformOrgsCoursesProgressCompletedResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformOrgsCoursesProgressCompletedResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Get completion count statistics.  This endpoint returns completion counts at different
        levels: - Platform level: Total users who have completed at least one course - Course
        level: Total completions for a specific course - Learner level: Total courses completed
        by a specific learner  Query Parameters:     course_id (str, optional): Filter by course
        ID     user_id (str, optional): Filter by username or email  Returns:     A count of
        completions based on the specified filters.

        Args:
            org (str, path)
            course_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _platform_orgs_courses_progress_completed_retrieve.OPERATION,
            _platform_orgs_courses_progress_completed_retrieve.build_request(
                org=org, course_id=course_id
            ),
            options,
        )


class AsyncPlatformOrgsCoursesProgressCompletedResourceWithRawResponse:
    """`AsyncClient.platform.orgs.courses.progress.completed`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformOrgsCoursesProgressCompletedResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
