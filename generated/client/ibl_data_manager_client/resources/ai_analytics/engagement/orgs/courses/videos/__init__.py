"""`Client.ai_analytics.engagement.orgs.courses.videos`: 1 operation and 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    ai_analytics_engagement_orgs_courses_videos_retrieve as _ai_analytics_engagement_orgs_courses_videos_retrieve,
)
from .......models.ai_analytics_engagement_orgs_courses_videos_retrieve_format import (
    AiAnalyticsEngagementOrgsCoursesVideosRetrieveFormat,
)
from .......models.videos_specific_course import VideosSpecificCourse
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .over_time import (
        AiAnalyticsEngagementOrgsCoursesVideosOverTimeResource,
        AiAnalyticsEngagementOrgsCoursesVideosOverTimeResourceWithRawResponse,
        AsyncAiAnalyticsEngagementOrgsCoursesVideosOverTimeResource,
        AsyncAiAnalyticsEngagementOrgsCoursesVideosOverTimeResourceWithRawResponse,
    )
    from .summary import (
        AiAnalyticsEngagementOrgsCoursesVideosSummaryResource,
        AiAnalyticsEngagementOrgsCoursesVideosSummaryResourceWithRawResponse,
        AsyncAiAnalyticsEngagementOrgsCoursesVideosSummaryResource,
        AsyncAiAnalyticsEngagementOrgsCoursesVideosSummaryResourceWithRawResponse,
    )
    from .users import (
        AiAnalyticsEngagementOrgsCoursesVideosUsersResource,
        AiAnalyticsEngagementOrgsCoursesVideosUsersResourceWithRawResponse,
        AsyncAiAnalyticsEngagementOrgsCoursesVideosUsersResource,
        AsyncAiAnalyticsEngagementOrgsCoursesVideosUsersResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsEngagementOrgsCoursesVideosResource",
    "AiAnalyticsEngagementOrgsCoursesVideosResourceWithRawResponse",
    "AsyncAiAnalyticsEngagementOrgsCoursesVideosResource",
    "AsyncAiAnalyticsEngagementOrgsCoursesVideosResourceWithRawResponse",
]


class AiAnalyticsEngagementOrgsCoursesVideosResource:
    """`Client.ai_analytics.engagement.orgs.courses.videos`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsEngagementOrgsCoursesVideosResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsEngagementOrgsCoursesVideosResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> AiAnalyticsEngagementOrgsCoursesVideosOverTimeResource:
        from .over_time import AiAnalyticsEngagementOrgsCoursesVideosOverTimeResource

        return AiAnalyticsEngagementOrgsCoursesVideosOverTimeResource(self._client)

    @cached_property
    def summary(self) -> AiAnalyticsEngagementOrgsCoursesVideosSummaryResource:
        from .summary import AiAnalyticsEngagementOrgsCoursesVideosSummaryResource

        return AiAnalyticsEngagementOrgsCoursesVideosSummaryResource(self._client)

    @cached_property
    def users(self) -> AiAnalyticsEngagementOrgsCoursesVideosUsersResource:
        from .users import AiAnalyticsEngagementOrgsCoursesVideosUsersResource

        return AiAnalyticsEngagementOrgsCoursesVideosUsersResource(self._client)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VideosSpecificCourse:
        """Get video engagement metrics for a specific course.  This endpoint provides detailed
        video engagement statistics for a single course, including view counts, completion
        rates, and time spent on videos.  Query Parameters:     course_id (str): The course ID
        to get video engagement data for  Returns:     Detailed video engagement metrics for the
        specified course.

        Args:
            org (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            format_ (AiAnalyticsEngagementOrgsCoursesVideosRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            VideosSpecificCourse
        """
        return self._client._send(
            _ai_analytics_engagement_orgs_courses_videos_retrieve.OPERATION,
            _ai_analytics_engagement_orgs_courses_videos_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AiAnalyticsEngagementOrgsCoursesVideosResourceWithRawResponse:
    """`Client.ai_analytics.engagement.orgs.courses.videos`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsEngagementOrgsCoursesVideosResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def over_time(self) -> AiAnalyticsEngagementOrgsCoursesVideosOverTimeResourceWithRawResponse:
        from .over_time import AiAnalyticsEngagementOrgsCoursesVideosOverTimeResourceWithRawResponse

        return AiAnalyticsEngagementOrgsCoursesVideosOverTimeResourceWithRawResponse(
            self._resource.over_time
        )

    @cached_property
    def summary(self) -> AiAnalyticsEngagementOrgsCoursesVideosSummaryResourceWithRawResponse:
        from .summary import AiAnalyticsEngagementOrgsCoursesVideosSummaryResourceWithRawResponse

        return AiAnalyticsEngagementOrgsCoursesVideosSummaryResourceWithRawResponse(
            self._resource.summary
        )

    @cached_property
    def users(self) -> AiAnalyticsEngagementOrgsCoursesVideosUsersResourceWithRawResponse:
        from .users import AiAnalyticsEngagementOrgsCoursesVideosUsersResourceWithRawResponse

        return AiAnalyticsEngagementOrgsCoursesVideosUsersResourceWithRawResponse(
            self._resource.users
        )


class AsyncAiAnalyticsEngagementOrgsCoursesVideosResource:
    """`AsyncClient.ai_analytics.engagement.orgs.courses.videos`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsEngagementOrgsCoursesVideosResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsEngagementOrgsCoursesVideosResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> AsyncAiAnalyticsEngagementOrgsCoursesVideosOverTimeResource:
        from .over_time import AsyncAiAnalyticsEngagementOrgsCoursesVideosOverTimeResource

        return AsyncAiAnalyticsEngagementOrgsCoursesVideosOverTimeResource(self._client)

    @cached_property
    def summary(self) -> AsyncAiAnalyticsEngagementOrgsCoursesVideosSummaryResource:
        from .summary import AsyncAiAnalyticsEngagementOrgsCoursesVideosSummaryResource

        return AsyncAiAnalyticsEngagementOrgsCoursesVideosSummaryResource(self._client)

    @cached_property
    def users(self) -> AsyncAiAnalyticsEngagementOrgsCoursesVideosUsersResource:
        from .users import AsyncAiAnalyticsEngagementOrgsCoursesVideosUsersResource

        return AsyncAiAnalyticsEngagementOrgsCoursesVideosUsersResource(self._client)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VideosSpecificCourse:
        """Get video engagement metrics for a specific course.  This endpoint provides detailed
        video engagement statistics for a single course, including view counts, completion
        rates, and time spent on videos.  Query Parameters:     course_id (str): The course ID
        to get video engagement data for  Returns:     Detailed video engagement metrics for the
        specified course.

        Args:
            org (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            format_ (AiAnalyticsEngagementOrgsCoursesVideosRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            VideosSpecificCourse
        """
        return await self._client._send(
            _ai_analytics_engagement_orgs_courses_videos_retrieve.OPERATION,
            _ai_analytics_engagement_orgs_courses_videos_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AsyncAiAnalyticsEngagementOrgsCoursesVideosResourceWithRawResponse:
    """`AsyncClient.ai_analytics.engagement.orgs.courses.videos`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsEngagementOrgsCoursesVideosResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def over_time(
        self,
    ) -> AsyncAiAnalyticsEngagementOrgsCoursesVideosOverTimeResourceWithRawResponse:
        from .over_time import (
            AsyncAiAnalyticsEngagementOrgsCoursesVideosOverTimeResourceWithRawResponse,
        )

        return AsyncAiAnalyticsEngagementOrgsCoursesVideosOverTimeResourceWithRawResponse(
            self._resource.over_time
        )

    @cached_property
    def summary(self) -> AsyncAiAnalyticsEngagementOrgsCoursesVideosSummaryResourceWithRawResponse:
        from .summary import (
            AsyncAiAnalyticsEngagementOrgsCoursesVideosSummaryResourceWithRawResponse,
        )

        return AsyncAiAnalyticsEngagementOrgsCoursesVideosSummaryResourceWithRawResponse(
            self._resource.summary
        )

    @cached_property
    def users(self) -> AsyncAiAnalyticsEngagementOrgsCoursesVideosUsersResourceWithRawResponse:
        from .users import AsyncAiAnalyticsEngagementOrgsCoursesVideosUsersResourceWithRawResponse

        return AsyncAiAnalyticsEngagementOrgsCoursesVideosUsersResourceWithRawResponse(
            self._resource.users
        )
