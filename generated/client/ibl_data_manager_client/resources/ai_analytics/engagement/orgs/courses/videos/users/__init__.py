"""`Client.ai_analytics.engagement.orgs.courses.videos.users`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_analytics import (
    ai_analytics_engagement_orgs_courses_videos_users_retrieve as _ai_analytics_engagement_orgs_courses_videos_users_retrieve,
)
from ........models.ai_analytics_engagement_orgs_courses_videos_users_retrieve_format import (
    AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat,
)
from ........models.watched_videos_per_user import WatchedVideosPerUser
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsEngagementOrgsCoursesVideosUsersResource",
    "AiAnalyticsEngagementOrgsCoursesVideosUsersResourceWithRawResponse",
    "AsyncAiAnalyticsEngagementOrgsCoursesVideosUsersResource",
    "AsyncAiAnalyticsEngagementOrgsCoursesVideosUsersResourceWithRawResponse",
]


class AiAnalyticsEngagementOrgsCoursesVideosUsersResource:
    """`Client.ai_analytics.engagement.orgs.courses.videos.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiAnalyticsEngagementOrgsCoursesVideosUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsEngagementOrgsCoursesVideosUsersResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WatchedVideosPerUser:
        """List of users' videos completed records for a specific course  Kwargs course_id  e.g
        course-v1:Org+Course4+Run

        Args:
            org (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            format_ (AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            WatchedVideosPerUser
        """
        return self._client._send(
            _ai_analytics_engagement_orgs_courses_videos_users_retrieve.OPERATION,
            _ai_analytics_engagement_orgs_courses_videos_users_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AiAnalyticsEngagementOrgsCoursesVideosUsersResourceWithRawResponse:
    """`Client.ai_analytics.engagement.orgs.courses.videos.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsEngagementOrgsCoursesVideosUsersResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsEngagementOrgsCoursesVideosUsersResource:
    """`AsyncClient.ai_analytics.engagement.orgs.courses.videos.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsEngagementOrgsCoursesVideosUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsEngagementOrgsCoursesVideosUsersResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WatchedVideosPerUser:
        """List of users' videos completed records for a specific course  Kwargs course_id  e.g
        course-v1:Org+Course4+Run

        Args:
            org (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            format_ (AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            WatchedVideosPerUser
        """
        return await self._client._send(
            _ai_analytics_engagement_orgs_courses_videos_users_retrieve.OPERATION,
            _ai_analytics_engagement_orgs_courses_videos_users_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AsyncAiAnalyticsEngagementOrgsCoursesVideosUsersResourceWithRawResponse:
    """`AsyncClient.ai_analytics.engagement.orgs.courses.videos.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsEngagementOrgsCoursesVideosUsersResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
