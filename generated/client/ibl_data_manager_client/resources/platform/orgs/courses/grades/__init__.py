"""`Client.platform.orgs.courses.grades`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    platform_orgs_courses_grades_retrieve as _platform_orgs_courses_grades_retrieve,
)

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "PlatformOrgsCoursesGradesResource",
    "PlatformOrgsCoursesGradesResourceWithRawResponse",
    "AsyncPlatformOrgsCoursesGradesResource",
    "AsyncPlatformOrgsCoursesGradesResourceWithRawResponse",
]


class PlatformOrgsCoursesGradesResource:
    """`Client.platform.orgs.courses.grades`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformOrgsCoursesGradesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformOrgsCoursesGradesResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """List grading information on a per-course basis.  This endpoint provides grading
        statistics for all courses, including average grades and completion rates.  Returns:
        A list of courses with their associated grading metrics.

        Args:
            org (str, path)

        Returns:
            None
        """
        return self._client._send(
            _platform_orgs_courses_grades_retrieve.OPERATION,
            _platform_orgs_courses_grades_retrieve.build_request(org=org),
            options,
        )


class PlatformOrgsCoursesGradesResourceWithRawResponse:
    """`Client.platform.orgs.courses.grades`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformOrgsCoursesGradesResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPlatformOrgsCoursesGradesResource:
    """`AsyncClient.platform.orgs.courses.grades`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformOrgsCoursesGradesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformOrgsCoursesGradesResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """List grading information on a per-course basis.  This endpoint provides grading
        statistics for all courses, including average grades and completion rates.  Returns:
        A list of courses with their associated grading metrics.

        Args:
            org (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _platform_orgs_courses_grades_retrieve.OPERATION,
            _platform_orgs_courses_grades_retrieve.build_request(org=org),
            options,
        )


class AsyncPlatformOrgsCoursesGradesResourceWithRawResponse:
    """`AsyncClient.platform.orgs.courses.grades`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformOrgsCoursesGradesResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
