"""`Client.ai_analytics.perlearner.orgs.users.videos.per_course`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_analytics import (
    ai_analytics_perlearner_orgs_users_videos_per_course_retrieve as _ai_analytics_perlearner_orgs_users_videos_per_course_retrieve,
)
from ........models.ai_analytics_perlearner_orgs_users_videos_per_course_retrieve_format import (
    AiAnalyticsPerlearnerOrgsUsersVideosPerCourseRetrieveFormat,
)
from ........models.perlearner_engagement_videos_watched_per_course import (
    PerlearnerEngagementVideosWatchedPerCourse,
)
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsPerlearnerOrgsUsersVideosPerCourseResource",
    "AiAnalyticsPerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse",
    "AsyncAiAnalyticsPerlearnerOrgsUsersVideosPerCourseResource",
    "AsyncAiAnalyticsPerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse",
]


class AiAnalyticsPerlearnerOrgsUsersVideosPerCourseResource:
    """`Client.ai_analytics.perlearner.orgs.users.videos.per_course`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiAnalyticsPerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsPerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersVideosPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PerlearnerEngagementVideosWatchedPerCourse:
        """Summary Videos watched data for a learner per enrollment  Query Params 1. user_id e.g
        developer@ibleducation.com or dev123 (username|email)

        Args:
            org (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsPerlearnerOrgsUsersVideosPerCourseRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            PerlearnerEngagementVideosWatchedPerCourse
        """
        return self._client._send(
            _ai_analytics_perlearner_orgs_users_videos_per_course_retrieve.OPERATION,
            _ai_analytics_perlearner_orgs_users_videos_per_course_retrieve.build_request(
                org=org,
                user_id=user_id,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AiAnalyticsPerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse:
    """`Client.ai_analytics.perlearner.orgs.users.videos.per_course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsPerlearnerOrgsUsersVideosPerCourseResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsPerlearnerOrgsUsersVideosPerCourseResource:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.videos.per_course`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsPerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersVideosPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PerlearnerEngagementVideosWatchedPerCourse:
        """Summary Videos watched data for a learner per enrollment  Query Params 1. user_id e.g
        developer@ibleducation.com or dev123 (username|email)

        Args:
            org (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsPerlearnerOrgsUsersVideosPerCourseRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            PerlearnerEngagementVideosWatchedPerCourse
        """
        return await self._client._send(
            _ai_analytics_perlearner_orgs_users_videos_per_course_retrieve.OPERATION,
            _ai_analytics_perlearner_orgs_users_videos_per_course_retrieve.build_request(
                org=org,
                user_id=user_id,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AsyncAiAnalyticsPerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.videos.per_course`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiAnalyticsPerlearnerOrgsUsersVideosPerCourseResource
    ) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
