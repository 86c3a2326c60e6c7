"""`Client.platform.orgs.courses.videos`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    platform_orgs_courses_videos_retrieve as _platform_orgs_courses_videos_retrieve,
)
from ......api.ai_analytics import (
    platform_orgs_courses_videos_retrieve_2 as _platform_orgs_courses_videos_retrieve_2,
)
from ......models.platform_orgs_courses_videos_retrieve_format import (
    PlatformOrgsCoursesVideosRetrieveFormat,
)
from ......models.watched_videos_per_course import WatchedVideosPerCourse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "PlatformOrgsCoursesVideosResource",
    "PlatformOrgsCoursesVideosResourceWithRawResponse",
    "AsyncPlatformOrgsCoursesVideosResource",
    "AsyncPlatformOrgsCoursesVideosResourceWithRawResponse",
]


class PlatformOrgsCoursesVideosResource:
    """`Client.platform.orgs.courses.videos`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformOrgsCoursesVideosResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformOrgsCoursesVideosResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        format_: PlatformOrgsCoursesVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WatchedVideosPerCourse:
        """Get video watch statistics on a per-course basis.  This endpoint provides a list of
        courses with aggregated video watch metrics, including total views and completion
        percentages.  Returns:     A list of courses with:     - Course identification (ID and
        name)     - Video watch count     - Percentage of total videos watched

        Args:
            org (str, path)
            department_id (int | Unset, query)
            format_ (PlatformOrgsCoursesVideosRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            WatchedVideosPerCourse
        """
        return self._client._send(
            _platform_orgs_courses_videos_retrieve.OPERATION,
            _platform_orgs_courses_videos_retrieve.build_request(
                org=org,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )

    def retrieve_2(
        self,
        *,
        org: str,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Count of total videos in a course  Query Params course_id  e.g course-v1:Org+Course4+Run

        Args:
            org (str, path)
            course_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _platform_orgs_courses_videos_retrieve_2.OPERATION,
            _platform_orgs_courses_videos_retrieve_2.build_request(org=org, course_id=course_id),
            options,
        )


class PlatformOrgsCoursesVideosResourceWithRawResponse:
    """`Client.platform.orgs.courses.videos`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformOrgsCoursesVideosResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.retrieve_2 = to_raw_response(resource.retrieve_2)


class AsyncPlatformOrgsCoursesVideosResource:
    """`AsyncClient.platform.orgs.courses.videos`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformOrgsCoursesVideosResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformOrgsCoursesVideosResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        format_: PlatformOrgsCoursesVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WatchedVideosPerCourse:
        """Get video watch statistics on a per-course basis.  This endpoint provides a list of
        courses with aggregated video watch metrics, including total views and completion
        percentages.  Returns:     A list of courses with:     - Course identification (ID and
        name)     - Video watch count     - Percentage of total videos watched

        Args:
            org (str, path)
            department_id (int | Unset, query)
            format_ (PlatformOrgsCoursesVideosRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            WatchedVideosPerCourse
        """
        return await self._client._send(
            _platform_orgs_courses_videos_retrieve.OPERATION,
            _platform_orgs_courses_videos_retrieve.build_request(
                org=org,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )

    async def retrieve_2(
        self,
        *,
        org: str,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Count of total videos in a course  Query Params course_id  e.g course-v1:Org+Course4+Run

        Args:
            org (str, path)
            course_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _platform_orgs_courses_videos_retrieve_2.OPERATION,
            _platform_orgs_courses_videos_retrieve_2.build_request(org=org, course_id=course_id),
            options,
        )


class AsyncPlatformOrgsCoursesVideosResourceWithRawResponse:
    """`AsyncClient.platform.orgs.courses.videos`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformOrgsCoursesVideosResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.retrieve_2 = async_to_raw_response(resource.retrieve_2)
