"""`Client.perlearner.orgs.users.videos.per_course`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    perlearner_orgs_users_videos_per_course_retrieve as _perlearner_orgs_users_videos_per_course_retrieve,
)
from .......models.perlearner_engagement_videos_watched_per_course import (
    PerlearnerEngagementVideosWatchedPerCourse,
)
from .......models.perlearner_orgs_users_videos_per_course_retrieve_format import (
    PerlearnerOrgsUsersVideosPerCourseRetrieveFormat,
)
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "PerlearnerOrgsUsersVideosPerCourseResource",
    "PerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse",
    "AsyncPerlearnerOrgsUsersVideosPerCourseResource",
    "AsyncPerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse",
]


class PerlearnerOrgsUsersVideosPerCourseResource:
    """`Client.perlearner.orgs.users.videos.per_course`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersVideosPerCourseRetrieveFormat | Unset = UNSET,
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
            format_ (PerlearnerOrgsUsersVideosPerCourseRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            PerlearnerEngagementVideosWatchedPerCourse
        """
        return self._client._send(
            _perlearner_orgs_users_videos_per_course_retrieve.OPERATION,
            _perlearner_orgs_users_videos_per_course_retrieve.build_request(
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


class PerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse:
    """`Client.perlearner.orgs.users.videos.per_course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerlearnerOrgsUsersVideosPerCourseResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPerlearnerOrgsUsersVideosPerCourseResource:
    """`AsyncClient.perlearner.orgs.users.videos.per_course`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersVideosPerCourseRetrieveFormat | Unset = UNSET,
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
            format_ (PerlearnerOrgsUsersVideosPerCourseRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            PerlearnerEngagementVideosWatchedPerCourse
        """
        return await self._client._send(
            _perlearner_orgs_users_videos_per_course_retrieve.OPERATION,
            _perlearner_orgs_users_videos_per_course_retrieve.build_request(
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


class AsyncPerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse:
    """`AsyncClient.perlearner.orgs.users.videos.per_course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPerlearnerOrgsUsersVideosPerCourseResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
