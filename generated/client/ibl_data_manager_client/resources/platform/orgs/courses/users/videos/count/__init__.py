"""`Client.platform.orgs.courses.users.videos.count`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_analytics import (
    platform_orgs_courses_users_videos_count_retrieve as _platform_orgs_courses_users_videos_count_retrieve,
)
from ........models.platform_orgs_courses_users_videos_count_retrieve_format import (
    PlatformOrgsCoursesUsersVideosCountRetrieveFormat,
)
from ........models.videos_count import VideosCount
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "PlatformOrgsCoursesUsersVideosCountResource",
    "PlatformOrgsCoursesUsersVideosCountResourceWithRawResponse",
    "AsyncPlatformOrgsCoursesUsersVideosCountResource",
    "AsyncPlatformOrgsCoursesUsersVideosCountResourceWithRawResponse",
]


class PlatformOrgsCoursesUsersVideosCountResource:
    """`Client.platform.orgs.courses.users.videos.count`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformOrgsCoursesUsersVideosCountResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformOrgsCoursesUsersVideosCountResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        format_: PlatformOrgsCoursesUsersVideosCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VideosCount:
        """(Total videos watched / Total Course Videos) or Total Videos watched in a course by a
        learner

        Args:
            org (str, path)
            course_id (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            format_ (PlatformOrgsCoursesUsersVideosCountRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            VideosCount
        """
        return self._client._send(
            _platform_orgs_courses_users_videos_count_retrieve.OPERATION,
            _platform_orgs_courses_users_videos_count_retrieve.build_request(
                org=org,
                course_id=course_id,
                user_id=user_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class PlatformOrgsCoursesUsersVideosCountResourceWithRawResponse:
    """`Client.platform.orgs.courses.users.videos.count`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformOrgsCoursesUsersVideosCountResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPlatformOrgsCoursesUsersVideosCountResource:
    """`AsyncClient.platform.orgs.courses.users.videos.count`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformOrgsCoursesUsersVideosCountResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformOrgsCoursesUsersVideosCountResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        format_: PlatformOrgsCoursesUsersVideosCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VideosCount:
        """(Total videos watched / Total Course Videos) or Total Videos watched in a course by a
        learner

        Args:
            org (str, path)
            course_id (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            format_ (PlatformOrgsCoursesUsersVideosCountRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            VideosCount
        """
        return await self._client._send(
            _platform_orgs_courses_users_videos_count_retrieve.OPERATION,
            _platform_orgs_courses_users_videos_count_retrieve.build_request(
                org=org,
                course_id=course_id,
                user_id=user_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AsyncPlatformOrgsCoursesUsersVideosCountResourceWithRawResponse:
    """`AsyncClient.platform.orgs.courses.users.videos.count`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformOrgsCoursesUsersVideosCountResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
