"""`Client.engagement.orgs.course_completion.per_course`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    engagement_orgs_course_completion_per_course_retrieve as _engagement_orgs_course_completion_per_course_retrieve,
)
from ......models.course_completion_per_course import CourseCompletionPerCourse
from ......models.engagement_orgs_course_completion_per_course_retrieve_format import (
    EngagementOrgsCourseCompletionPerCourseRetrieveFormat,
)
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "EngagementOrgsCourseCompletionPerCourseResource",
    "EngagementOrgsCourseCompletionPerCourseResourceWithRawResponse",
    "AsyncEngagementOrgsCourseCompletionPerCourseResource",
    "AsyncEngagementOrgsCourseCompletionPerCourseResourceWithRawResponse",
]


class EngagementOrgsCourseCompletionPerCourseResource:
    """`Client.engagement.orgs.course_completion.per_course`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EngagementOrgsCourseCompletionPerCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return EngagementOrgsCourseCompletionPerCourseResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsCourseCompletionPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseCompletionPerCourse:
        """List course completion metrics on a per-course basis.  This endpoint provides a
        paginated table of courses with enrollment and completion statistics for each course.
        Returns:     A paginated list of courses with:     - Course identification (ID and name)
        - Enrollment count     - Completion count     - Average completion rate

        Args:
            org (str, path)
            department_id (int | Unset, query)
            format_ (EngagementOrgsCourseCompletionPerCourseRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)

        Returns:
            CourseCompletionPerCourse
        """
        return self._client._send(
            _engagement_orgs_course_completion_per_course_retrieve.OPERATION,
            _engagement_orgs_course_completion_per_course_retrieve.build_request(
                org=org,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
                length=length,
                page=page,
            ),
            options,
        )


class EngagementOrgsCourseCompletionPerCourseResourceWithRawResponse:
    """`Client.engagement.orgs.course_completion.per_course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: EngagementOrgsCourseCompletionPerCourseResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncEngagementOrgsCourseCompletionPerCourseResource:
    """`AsyncClient.engagement.orgs.course_completion.per_course`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncEngagementOrgsCourseCompletionPerCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncEngagementOrgsCourseCompletionPerCourseResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsCourseCompletionPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseCompletionPerCourse:
        """List course completion metrics on a per-course basis.  This endpoint provides a
        paginated table of courses with enrollment and completion statistics for each course.
        Returns:     A paginated list of courses with:     - Course identification (ID and name)
        - Enrollment count     - Completion count     - Average completion rate

        Args:
            org (str, path)
            department_id (int | Unset, query)
            format_ (EngagementOrgsCourseCompletionPerCourseRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)

        Returns:
            CourseCompletionPerCourse
        """
        return await self._client._send(
            _engagement_orgs_course_completion_per_course_retrieve.OPERATION,
            _engagement_orgs_course_completion_per_course_retrieve.build_request(
                org=org,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
                length=length,
                page=page,
            ),
            options,
        )


class AsyncEngagementOrgsCourseCompletionPerCourseResourceWithRawResponse:
    """`AsyncClient.engagement.orgs.course_completion.per_course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncEngagementOrgsCourseCompletionPerCourseResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
