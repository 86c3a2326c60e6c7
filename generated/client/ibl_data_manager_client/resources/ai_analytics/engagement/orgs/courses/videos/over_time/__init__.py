"""`Client.ai_analytics.engagement.orgs.courses.videos.over_time`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_analytics import (
    ai_analytics_engagement_orgs_courses_videos_over_time_retrieve as _ai_analytics_engagement_orgs_courses_videos_over_time_retrieve,
)
from ........models.ai_analytics_engagement_orgs_courses_videos_over_time_retrieve_format import (
    AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat,
)
from ........models.over_time_with_total import OverTimeWithTotal
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsEngagementOrgsCoursesVideosOverTimeResource",
    "AiAnalyticsEngagementOrgsCoursesVideosOverTimeResourceWithRawResponse",
    "AsyncAiAnalyticsEngagementOrgsCoursesVideosOverTimeResource",
    "AsyncAiAnalyticsEngagementOrgsCoursesVideosOverTimeResourceWithRawResponse",
]


class AiAnalyticsEngagementOrgsCoursesVideosOverTimeResource:
    """`Client.ai_analytics.engagement.orgs.courses.videos.over_time`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiAnalyticsEngagementOrgsCoursesVideosOverTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsEngagementOrgsCoursesVideosOverTimeResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OverTimeWithTotal:
        """Get video watch counts over time.  This endpoint provides daily counts of videos watched
        over a specified time period, with options to filter by course or user.  Query
        Parameters:     start_date (str, optional): Start date for the time range (ISO format)
        end_date (str, optional): End date for the time range (ISO format)     course_id (str,
        optional): Filter by course ID     user_id (str, optional): Filter by username or email
        Returns:     Daily video watch counts over the specified time period.  Default time
        range is the last 7 days if no dates are specified.  Access Control:     - Platform
        admins can access any video watch data     - Learners can access their own video watch
        data

        Args:
            org (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat | Unset,
                query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            OverTimeWithTotal
        """
        return self._client._send(
            _ai_analytics_engagement_orgs_courses_videos_over_time_retrieve.OPERATION,
            _ai_analytics_engagement_orgs_courses_videos_over_time_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AiAnalyticsEngagementOrgsCoursesVideosOverTimeResourceWithRawResponse:
    """`Client.ai_analytics.engagement.orgs.courses.videos.over_time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsEngagementOrgsCoursesVideosOverTimeResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsEngagementOrgsCoursesVideosOverTimeResource:
    """`AsyncClient.ai_analytics.engagement.orgs.courses.videos.over_time`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsEngagementOrgsCoursesVideosOverTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsEngagementOrgsCoursesVideosOverTimeResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OverTimeWithTotal:
        """Get video watch counts over time.  This endpoint provides daily counts of videos watched
        over a specified time period, with options to filter by course or user.  Query
        Parameters:     start_date (str, optional): Start date for the time range (ISO format)
        end_date (str, optional): End date for the time range (ISO format)     course_id (str,
        optional): Filter by course ID     user_id (str, optional): Filter by username or email
        Returns:     Daily video watch counts over the specified time period.  Default time
        range is the last 7 days if no dates are specified.  Access Control:     - Platform
        admins can access any video watch data     - Learners can access their own video watch
        data

        Args:
            org (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat | Unset,
                query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            OverTimeWithTotal
        """
        return await self._client._send(
            _ai_analytics_engagement_orgs_courses_videos_over_time_retrieve.OPERATION,
            _ai_analytics_engagement_orgs_courses_videos_over_time_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AsyncAiAnalyticsEngagementOrgsCoursesVideosOverTimeResourceWithRawResponse:
    """`AsyncClient.ai_analytics.engagement.orgs.courses.videos.over_time`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiAnalyticsEngagementOrgsCoursesVideosOverTimeResource
    ) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
