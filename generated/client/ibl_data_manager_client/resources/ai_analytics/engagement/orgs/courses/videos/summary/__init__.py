"""`Client.ai_analytics.engagement.orgs.courses.videos.summary`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_analytics import (
    ai_analytics_engagement_orgs_courses_videos_summary_retrieve as _ai_analytics_engagement_orgs_courses_videos_summary_retrieve,
)
from ........models.ai_analytics_engagement_orgs_courses_videos_summary_retrieve_format import (
    AiAnalyticsEngagementOrgsCoursesVideosSummaryRetrieveFormat,
)
from ........models.videos_in_course_summary import VideosInCourseSummary
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsEngagementOrgsCoursesVideosSummaryResource",
    "AiAnalyticsEngagementOrgsCoursesVideosSummaryResourceWithRawResponse",
    "AsyncAiAnalyticsEngagementOrgsCoursesVideosSummaryResource",
    "AsyncAiAnalyticsEngagementOrgsCoursesVideosSummaryResourceWithRawResponse",
]


class AiAnalyticsEngagementOrgsCoursesVideosSummaryResource:
    """`Client.ai_analytics.engagement.orgs.courses.videos.summary`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiAnalyticsEngagementOrgsCoursesVideosSummaryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsEngagementOrgsCoursesVideosSummaryResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesVideosSummaryRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VideosInCourseSummary:
        """Get a summary of video watch statistics for a specific course.  This endpoint provides a
        structured summary of video watch data for a course, organized in a tree-like format by
        course sections and subsections.  Query Parameters:     course_id (str): The course ID
        to get video summary for  Returns:     A hierarchical structure of video watch data for
        the course, including:     - Section and subsection organization     - Video
        identification and metadata     - Watch counts and completion rates

        Args:
            org (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            format_ (AiAnalyticsEngagementOrgsCoursesVideosSummaryRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            VideosInCourseSummary
        """
        return self._client._send(
            _ai_analytics_engagement_orgs_courses_videos_summary_retrieve.OPERATION,
            _ai_analytics_engagement_orgs_courses_videos_summary_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AiAnalyticsEngagementOrgsCoursesVideosSummaryResourceWithRawResponse:
    """`Client.ai_analytics.engagement.orgs.courses.videos.summary`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsEngagementOrgsCoursesVideosSummaryResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsEngagementOrgsCoursesVideosSummaryResource:
    """`AsyncClient.ai_analytics.engagement.orgs.courses.videos.summary`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsEngagementOrgsCoursesVideosSummaryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsEngagementOrgsCoursesVideosSummaryResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesVideosSummaryRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VideosInCourseSummary:
        """Get a summary of video watch statistics for a specific course.  This endpoint provides a
        structured summary of video watch data for a course, organized in a tree-like format by
        course sections and subsections.  Query Parameters:     course_id (str): The course ID
        to get video summary for  Returns:     A hierarchical structure of video watch data for
        the course, including:     - Section and subsection organization     - Video
        identification and metadata     - Watch counts and completion rates

        Args:
            org (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            format_ (AiAnalyticsEngagementOrgsCoursesVideosSummaryRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            VideosInCourseSummary
        """
        return await self._client._send(
            _ai_analytics_engagement_orgs_courses_videos_summary_retrieve.OPERATION,
            _ai_analytics_engagement_orgs_courses_videos_summary_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AsyncAiAnalyticsEngagementOrgsCoursesVideosSummaryResourceWithRawResponse:
    """`AsyncClient.ai_analytics.engagement.orgs.courses.videos.summary`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiAnalyticsEngagementOrgsCoursesVideosSummaryResource
    ) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
