"""`Client.ai_analytics.audience.orgs.enrollments.courses.users`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_analytics import (
    ai_analytics_audience_orgs_enrollments_courses_users_retrieve as _ai_analytics_audience_orgs_enrollments_courses_users_retrieve,
)
from ........models.ai_analytics_audience_orgs_enrollments_courses_users_retrieve_active import (
    AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveActive,
)
from ........models.ai_analytics_audience_orgs_enrollments_courses_users_retrieve_format import (
    AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveFormat,
)
from ........models.enrollments_per_user import EnrollmentsPerUser
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersResource",
    "AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse",
    "AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesUsersResource",
    "AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse",
]


class AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersResource:
    """`Client.ai_analytics.audience.orgs.enrollments.courses.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        active: AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveFormat | Unset = UNSET,
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
            active (AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveActive | Unset, query)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveFormat | Unset,
                query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)
            start_date (str | Unset, query)

        Returns:
            EnrollmentsPerUser
        """
        return self._client._send(
            _ai_analytics_audience_orgs_enrollments_courses_users_retrieve.OPERATION,
            _ai_analytics_audience_orgs_enrollments_courses_users_retrieve.build_request(
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


class AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse:
    """`Client.ai_analytics.audience.orgs.enrollments.courses.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesUsersResource:
    """`AsyncClient.ai_analytics.audience.orgs.enrollments.courses.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        active: AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveFormat | Unset = UNSET,
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
            active (AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveActive | Unset, query)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveFormat | Unset,
                query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)
            start_date (str | Unset, query)

        Returns:
            EnrollmentsPerUser
        """
        return await self._client._send(
            _ai_analytics_audience_orgs_enrollments_courses_users_retrieve.OPERATION,
            _ai_analytics_audience_orgs_enrollments_courses_users_retrieve.build_request(
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


class AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse:
    """`AsyncClient.ai_analytics.audience.orgs.enrollments.courses.users`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesUsersResource
    ) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
