"""`Client.ai_analytics.engagement.orgs.time.per_course`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    ai_analytics_engagement_orgs_time_per_course_retrieve as _ai_analytics_engagement_orgs_time_per_course_retrieve,
)
from .......models.ai_analytics_engagement_orgs_time_per_course_retrieve_format import (
    AiAnalyticsEngagementOrgsTimePerCourseRetrieveFormat,
)
from .......models.time_spent_per_course import TimeSpentPerCourse
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiAnalyticsEngagementOrgsTimePerCourseResource",
    "AiAnalyticsEngagementOrgsTimePerCourseResourceWithRawResponse",
    "AsyncAiAnalyticsEngagementOrgsTimePerCourseResource",
    "AsyncAiAnalyticsEngagementOrgsTimePerCourseResourceWithRawResponse",
]


class AiAnalyticsEngagementOrgsTimePerCourseResource:
    """`Client.ai_analytics.engagement.orgs.time.per_course`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsEngagementOrgsTimePerCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsEngagementOrgsTimePerCourseResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsTimePerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TimeSpentPerCourse:
        """Get time spent statistics on a per-course basis.  This endpoint provides a paginated
        list of courses with the total time spent by users in each course.  Query Parameters:
        start_date (str, optional): Start date for filtering (ISO format)     end_date (str,
        optional): End date for filtering (ISO format)     page (int, optional): Page number for
        pagination     length (int, optional): Number of items per page  Returns:     A
        paginated list of courses with:     - Course identification (ID and name)     - Total
        time spent (in seconds)     - Formatted time spent (human-readable)     - Percentage of
        total platform time

        Args:
            org (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsEngagementOrgsTimePerCourseRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)
            start_date (str | Unset, query)

        Returns:
            TimeSpentPerCourse
        """
        return self._client._send(
            _ai_analytics_engagement_orgs_time_per_course_retrieve.OPERATION,
            _ai_analytics_engagement_orgs_time_per_course_retrieve.build_request(
                org=org,
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


class AiAnalyticsEngagementOrgsTimePerCourseResourceWithRawResponse:
    """`Client.ai_analytics.engagement.orgs.time.per_course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsEngagementOrgsTimePerCourseResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsEngagementOrgsTimePerCourseResource:
    """`AsyncClient.ai_analytics.engagement.orgs.time.per_course`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsEngagementOrgsTimePerCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsEngagementOrgsTimePerCourseResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsTimePerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TimeSpentPerCourse:
        """Get time spent statistics on a per-course basis.  This endpoint provides a paginated
        list of courses with the total time spent by users in each course.  Query Parameters:
        start_date (str, optional): Start date for filtering (ISO format)     end_date (str,
        optional): End date for filtering (ISO format)     page (int, optional): Page number for
        pagination     length (int, optional): Number of items per page  Returns:     A
        paginated list of courses with:     - Course identification (ID and name)     - Total
        time spent (in seconds)     - Formatted time spent (human-readable)     - Percentage of
        total platform time

        Args:
            org (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsEngagementOrgsTimePerCourseRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)
            start_date (str | Unset, query)

        Returns:
            TimeSpentPerCourse
        """
        return await self._client._send(
            _ai_analytics_engagement_orgs_time_per_course_retrieve.OPERATION,
            _ai_analytics_engagement_orgs_time_per_course_retrieve.build_request(
                org=org,
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


class AsyncAiAnalyticsEngagementOrgsTimePerCourseResourceWithRawResponse:
    """`AsyncClient.ai_analytics.engagement.orgs.time.per_course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsEngagementOrgsTimePerCourseResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
