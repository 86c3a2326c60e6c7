"""`Client.ai_analytics.audience.orgs.active_users.per_course`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    ai_analytics_audience_orgs_active_users_per_course_retrieve as _ai_analytics_audience_orgs_active_users_per_course_retrieve,
)
from .......models.active_users_per_course import ActiveUsersPerCourse
from .......models.ai_analytics_audience_orgs_active_users_per_course_retrieve_format import (
    AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat,
)
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiAnalyticsAudienceOrgsActiveUsersPerCourseResource",
    "AiAnalyticsAudienceOrgsActiveUsersPerCourseResourceWithRawResponse",
    "AsyncAiAnalyticsAudienceOrgsActiveUsersPerCourseResource",
    "AsyncAiAnalyticsAudienceOrgsActiveUsersPerCourseResourceWithRawResponse",
]


class AiAnalyticsAudienceOrgsActiveUsersPerCourseResource:
    """`Client.ai_analytics.audience.orgs.active_users.per_course`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiAnalyticsAudienceOrgsActiveUsersPerCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsAudienceOrgsActiveUsersPerCourseResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ActiveUsersPerCourse:
        """Get active user counts on a per-course basis.  This endpoint provides counts of active
        users for each course within the specified date range.  Query Parameters:     start_date
        (str, optional): Start date for filtering (ISO format)     end_date (str, optional): End
        date for filtering (ISO format)  Returns:     A list of courses with their active user
        counts.  Default time range is the last 7 days if no dates are specified.

        Args:
            org (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            ActiveUsersPerCourse
        """
        return self._client._send(
            _ai_analytics_audience_orgs_active_users_per_course_retrieve.OPERATION,
            _ai_analytics_audience_orgs_active_users_per_course_retrieve.build_request(
                org=org,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AiAnalyticsAudienceOrgsActiveUsersPerCourseResourceWithRawResponse:
    """`Client.ai_analytics.audience.orgs.active_users.per_course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsAudienceOrgsActiveUsersPerCourseResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsAudienceOrgsActiveUsersPerCourseResource:
    """`AsyncClient.ai_analytics.audience.orgs.active_users.per_course`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsAudienceOrgsActiveUsersPerCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsAudienceOrgsActiveUsersPerCourseResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ActiveUsersPerCourse:
        """Get active user counts on a per-course basis.  This endpoint provides counts of active
        users for each course within the specified date range.  Query Parameters:     start_date
        (str, optional): Start date for filtering (ISO format)     end_date (str, optional): End
        date for filtering (ISO format)  Returns:     A list of courses with their active user
        counts.  Default time range is the last 7 days if no dates are specified.

        Args:
            org (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            ActiveUsersPerCourse
        """
        return await self._client._send(
            _ai_analytics_audience_orgs_active_users_per_course_retrieve.OPERATION,
            _ai_analytics_audience_orgs_active_users_per_course_retrieve.build_request(
                org=org,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AsyncAiAnalyticsAudienceOrgsActiveUsersPerCourseResourceWithRawResponse:
    """`AsyncClient.ai_analytics.audience.orgs.active_users.per_course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsAudienceOrgsActiveUsersPerCourseResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
