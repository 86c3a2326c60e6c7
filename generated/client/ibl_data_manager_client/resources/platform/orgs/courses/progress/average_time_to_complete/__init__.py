"""`Client.platform.orgs.courses.progress.average_time_to_complete`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    platform_orgs_courses_progress_average_time_to_complete_retrieve as _platform_orgs_courses_progress_average_time_to_complete_retrieve,
)

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "PlatformOrgsCoursesProgressAverageTimeToCompleteResource",
    "PlatformOrgsCoursesProgressAverageTimeToCompleteResourceWithRawResponse",
    "AsyncPlatformOrgsCoursesProgressAverageTimeToCompleteResource",
    "AsyncPlatformOrgsCoursesProgressAverageTimeToCompleteResourceWithRawResponse",
]


class PlatformOrgsCoursesProgressAverageTimeToCompleteResource:
    """`Client.platform.orgs.courses.progress.average_time_to_complete`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> PlatformOrgsCoursesProgressAverageTimeToCompleteResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformOrgsCoursesProgressAverageTimeToCompleteResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Average time used to complete a course in secs  Query Params     1. course_id <optional>
        e.g course-v1:Org+Course4+Run

        Args:
            org (str, path)
            course_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _platform_orgs_courses_progress_average_time_to_complete_retrieve.OPERATION,
            _platform_orgs_courses_progress_average_time_to_complete_retrieve.build_request(
                org=org, course_id=course_id
            ),
            options,
        )


class PlatformOrgsCoursesProgressAverageTimeToCompleteResourceWithRawResponse:
    """`Client.platform.orgs.courses.progress.average_time_to_complete`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformOrgsCoursesProgressAverageTimeToCompleteResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPlatformOrgsCoursesProgressAverageTimeToCompleteResource:
    """`AsyncClient.platform.orgs.courses.progress.average_time_to_complete`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncPlatformOrgsCoursesProgressAverageTimeToCompleteResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformOrgsCoursesProgressAverageTimeToCompleteResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Average time used to complete a course in secs  Query Params     1. course_id <optional>
        e.g course-v1:Org+Course4+Run

        Args:
            org (str, path)
            course_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _platform_orgs_courses_progress_average_time_to_complete_retrieve.OPERATION,
            _platform_orgs_courses_progress_average_time_to_complete_retrieve.build_request(
                org=org, course_id=course_id
            ),
            options,
        )


class AsyncPlatformOrgsCoursesProgressAverageTimeToCompleteResourceWithRawResponse:
    """`AsyncClient.platform.orgs.courses.progress.average_time_to_complete`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncPlatformOrgsCoursesProgressAverageTimeToCompleteResource
    ) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
