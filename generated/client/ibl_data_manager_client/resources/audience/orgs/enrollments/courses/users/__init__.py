"""`Client.audience.orgs.enrollments.courses.users`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    audience_orgs_enrollments_courses_users_retrieve as _audience_orgs_enrollments_courses_users_retrieve,
)
from .......models.audience_orgs_enrollments_courses_users_retrieve_active import (
    AudienceOrgsEnrollmentsCoursesUsersRetrieveActive,
)
from .......models.audience_orgs_enrollments_courses_users_retrieve_format import (
    AudienceOrgsEnrollmentsCoursesUsersRetrieveFormat,
)
from .......models.enrollments_per_user import EnrollmentsPerUser
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AudienceOrgsEnrollmentsCoursesUsersResource",
    "AudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse",
    "AsyncAudienceOrgsEnrollmentsCoursesUsersResource",
    "AsyncAudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse",
]


class AudienceOrgsEnrollmentsCoursesUsersResource:
    """`Client.audience.orgs.enrollments.courses.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        active: AudienceOrgsEnrollmentsCoursesUsersRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsEnrollmentsCoursesUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EnrollmentsPerUser:
        """List users enrolled in a specific course.  This endpoint provides a list of users who
        are enrolled or unenrolled in a specified course.  Query Parameters:     course_id
        (str): The course ID to get enrollments for     active (bool): Filter for active
        enrollments when true, inactive when false     page (int, optional): Page number for
        pagination     length (int, optional): Number of items per page  Returns:     A
        paginated list of users with:     - Username     - Full name     - Email     -
        Enrollment timestamp

        Args:
            org (str, path)
            course_id (str, path)
            active (AudienceOrgsEnrollmentsCoursesUsersRetrieveActive | Unset, query)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AudienceOrgsEnrollmentsCoursesUsersRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)
            start_date (str | Unset, query)

        Returns:
            EnrollmentsPerUser
        """
        return self._client._send(
            _audience_orgs_enrollments_courses_users_retrieve.OPERATION,
            _audience_orgs_enrollments_courses_users_retrieve.build_request(
                org=org,
                course_id=course_id,
                active=active,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                length=length,
                page=page,
                start_date=start_date,
            ),
            options,
        )


class AudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse:
    """`Client.audience.orgs.enrollments.courses.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AudienceOrgsEnrollmentsCoursesUsersResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAudienceOrgsEnrollmentsCoursesUsersResource:
    """`AsyncClient.audience.orgs.enrollments.courses.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        active: AudienceOrgsEnrollmentsCoursesUsersRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsEnrollmentsCoursesUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EnrollmentsPerUser:
        """List users enrolled in a specific course.  This endpoint provides a list of users who
        are enrolled or unenrolled in a specified course.  Query Parameters:     course_id
        (str): The course ID to get enrollments for     active (bool): Filter for active
        enrollments when true, inactive when false     page (int, optional): Page number for
        pagination     length (int, optional): Number of items per page  Returns:     A
        paginated list of users with:     - Username     - Full name     - Email     -
        Enrollment timestamp

        Args:
            org (str, path)
            course_id (str, path)
            active (AudienceOrgsEnrollmentsCoursesUsersRetrieveActive | Unset, query)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AudienceOrgsEnrollmentsCoursesUsersRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)
            start_date (str | Unset, query)

        Returns:
            EnrollmentsPerUser
        """
        return await self._client._send(
            _audience_orgs_enrollments_courses_users_retrieve.OPERATION,
            _audience_orgs_enrollments_courses_users_retrieve.build_request(
                org=org,
                course_id=course_id,
                active=active,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                length=length,
                page=page,
                start_date=start_date,
            ),
            options,
        )


class AsyncAudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse:
    """`AsyncClient.audience.orgs.enrollments.courses.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAudienceOrgsEnrollmentsCoursesUsersResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
