"""`Client.platform.orgs.courses.progress.started`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    platform_orgs_courses_progress_started_retrieve as _platform_orgs_courses_progress_started_retrieve,
)

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "PlatformOrgsCoursesProgressStartedResource",
    "PlatformOrgsCoursesProgressStartedResourceWithRawResponse",
    "AsyncPlatformOrgsCoursesProgressStartedResource",
    "AsyncPlatformOrgsCoursesProgressStartedResourceWithRawResponse",
]


class PlatformOrgsCoursesProgressStartedResource:
    """`Client.platform.orgs.courses.progress.started`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformOrgsCoursesProgressStartedResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformOrgsCoursesProgressStartedResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Started means an enrollment  For platform :  Total users who have atleast an enrollment
        For course : Total users enrolled For learner : Total courses in progress  Query Params
        1. course_id <optional> e.g course-v1:Org+Course4+Run     2. user_id <optional> e.g
        developer@ibleducation.com or dev123 (username|email)

        Args:
            org (str, path)
            course_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _platform_orgs_courses_progress_started_retrieve.OPERATION,
            _platform_orgs_courses_progress_started_retrieve.build_request(
                org=org, course_id=course_id
            ),
            options,
        )


class PlatformOrgsCoursesProgressStartedResourceWithRawResponse:
    """`Client.platform.orgs.courses.progress.started`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformOrgsCoursesProgressStartedResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPlatformOrgsCoursesProgressStartedResource:
    """`AsyncClient.platform.orgs.courses.progress.started`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformOrgsCoursesProgressStartedResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformOrgsCoursesProgressStartedResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Started means an enrollment  For platform :  Total users who have atleast an enrollment
        For course : Total users enrolled For learner : Total courses in progress  Query Params
        1. course_id <optional> e.g course-v1:Org+Course4+Run     2. user_id <optional> e.g
        developer@ibleducation.com or dev123 (username|email)

        Args:
            org (str, path)
            course_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _platform_orgs_courses_progress_started_retrieve.OPERATION,
            _platform_orgs_courses_progress_started_retrieve.build_request(
                org=org, course_id=course_id
            ),
            options,
        )


class AsyncPlatformOrgsCoursesProgressStartedResourceWithRawResponse:
    """`AsyncClient.platform.orgs.courses.progress.started`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformOrgsCoursesProgressStartedResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
