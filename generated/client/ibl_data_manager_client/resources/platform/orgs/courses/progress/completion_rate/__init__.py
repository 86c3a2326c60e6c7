"""`Client.platform.orgs.courses.progress.completion_rate`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    platform_orgs_courses_progress_completion_rate_retrieve as _platform_orgs_courses_progress_completion_rate_retrieve,
)

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "PlatformOrgsCoursesProgressCompletionRateResource",
    "PlatformOrgsCoursesProgressCompletionRateResourceWithRawResponse",
    "AsyncPlatformOrgsCoursesProgressCompletionRateResource",
    "AsyncPlatformOrgsCoursesProgressCompletionRateResourceWithRawResponse",
]


class PlatformOrgsCoursesProgressCompletionRateResource:
    """`Client.platform.orgs.courses.progress.completion_rate`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformOrgsCoursesProgressCompletionRateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformOrgsCoursesProgressCompletionRateResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Average of total completed units

        Args:
            org (str, path)
            course_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _platform_orgs_courses_progress_completion_rate_retrieve.OPERATION,
            _platform_orgs_courses_progress_completion_rate_retrieve.build_request(
                org=org, course_id=course_id
            ),
            options,
        )


class PlatformOrgsCoursesProgressCompletionRateResourceWithRawResponse:
    """`Client.platform.orgs.courses.progress.completion_rate`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformOrgsCoursesProgressCompletionRateResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPlatformOrgsCoursesProgressCompletionRateResource:
    """`AsyncClient.platform.orgs.courses.progress.completion_rate`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncPlatformOrgsCoursesProgressCompletionRateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformOrgsCoursesProgressCompletionRateResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Average of total completed units

        Args:
            org (str, path)
            course_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _platform_orgs_courses_progress_completion_rate_retrieve.OPERATION,
            _platform_orgs_courses_progress_completion_rate_retrieve.build_request(
                org=org, course_id=course_id
            ),
            options,
        )


class AsyncPlatformOrgsCoursesProgressCompletionRateResourceWithRawResponse:
    """`AsyncClient.platform.orgs.courses.progress.completion_rate`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformOrgsCoursesProgressCompletionRateResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
