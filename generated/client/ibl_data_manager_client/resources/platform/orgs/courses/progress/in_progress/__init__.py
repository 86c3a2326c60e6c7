"""`Client.platform.orgs.courses.progress.in_progress`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    platform_orgs_courses_progress_in_progress_retrieve as _platform_orgs_courses_progress_in_progress_retrieve,
)

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "PlatformOrgsCoursesProgressInProgressResource",
    "PlatformOrgsCoursesProgressInProgressResourceWithRawResponse",
    "AsyncPlatformOrgsCoursesProgressInProgressResource",
    "AsyncPlatformOrgsCoursesProgressInProgressResourceWithRawResponse",
]


class PlatformOrgsCoursesProgressInProgressResource:
    """`Client.platform.orgs.courses.progress.in_progress`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformOrgsCoursesProgressInProgressResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformOrgsCoursesProgressInProgressResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """In Progress means any unit completion in the past 30 days  For platform :  Total users
        who have atleast a course in_progress on the platform For course : Total users For
        learner : Total courses in progress  Query Params     1. course_id <optional> e.g
        course-v1:Org+Course4+Run     2. user_id <optional> e.g developer@ibleducation.com or
        dev123 (username|email)

        Args:
            org (str, path)
            course_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _platform_orgs_courses_progress_in_progress_retrieve.OPERATION,
            _platform_orgs_courses_progress_in_progress_retrieve.build_request(
                org=org, course_id=course_id
            ),
            options,
        )


class PlatformOrgsCoursesProgressInProgressResourceWithRawResponse:
    """`Client.platform.orgs.courses.progress.in_progress`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformOrgsCoursesProgressInProgressResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPlatformOrgsCoursesProgressInProgressResource:
    """`AsyncClient.platform.orgs.courses.progress.in_progress`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncPlatformOrgsCoursesProgressInProgressResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformOrgsCoursesProgressInProgressResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """In Progress means any unit completion in the past 30 days  For platform :  Total users
        who have atleast a course in_progress on the platform For course : Total users For
        learner : Total courses in progress  Query Params     1. course_id <optional> e.g
        course-v1:Org+Course4+Run     2. user_id <optional> e.g developer@ibleducation.com or
        dev123 (username|email)

        Args:
            org (str, path)
            course_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _platform_orgs_courses_progress_in_progress_retrieve.OPERATION,
            _platform_orgs_courses_progress_in_progress_retrieve.build_request(
                org=org, course_id=course_id
            ),
            options,
        )


class AsyncPlatformOrgsCoursesProgressInProgressResourceWithRawResponse:
    """`AsyncClient.platform.orgs.courses.progress.in_progress`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformOrgsCoursesProgressInProgressResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
