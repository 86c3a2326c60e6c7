"""`Client.platform.orgs.courses.count`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    platform_orgs_courses_count_retrieve as _platform_orgs_courses_count_retrieve,
)
from ......models.count import Count
from ......models.platform_orgs_courses_count_retrieve_format import (
    PlatformOrgsCoursesCountRetrieveFormat,
)
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "PlatformOrgsCoursesCountResource",
    "PlatformOrgsCoursesCountResourceWithRawResponse",
    "AsyncPlatformOrgsCoursesCountResource",
    "AsyncPlatformOrgsCoursesCountResourceWithRawResponse",
]


class PlatformOrgsCoursesCountResource:
    """`Client.platform.orgs.courses.count`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformOrgsCoursesCountResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformOrgsCoursesCountResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        format_: PlatformOrgsCoursesCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Count:
        """Get total count of courses on the platform.  This endpoint returns the total number of
        courses available on the platform.  Returns:     The total count of courses on the
        platform.

        Args:
            org (str, path)
            department_id (int | Unset, query)
            format_ (PlatformOrgsCoursesCountRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            Count
        """
        return self._client._send(
            _platform_orgs_courses_count_retrieve.OPERATION,
            _platform_orgs_courses_count_retrieve.build_request(
                org=org,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class PlatformOrgsCoursesCountResourceWithRawResponse:
    """`Client.platform.orgs.courses.count`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformOrgsCoursesCountResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPlatformOrgsCoursesCountResource:
    """`AsyncClient.platform.orgs.courses.count`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformOrgsCoursesCountResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformOrgsCoursesCountResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        format_: PlatformOrgsCoursesCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Count:
        """Get total count of courses on the platform.  This endpoint returns the total number of
        courses available on the platform.  Returns:     The total count of courses on the
        platform.

        Args:
            org (str, path)
            department_id (int | Unset, query)
            format_ (PlatformOrgsCoursesCountRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            Count
        """
        return await self._client._send(
            _platform_orgs_courses_count_retrieve.OPERATION,
            _platform_orgs_courses_count_retrieve.build_request(
                org=org,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AsyncPlatformOrgsCoursesCountResourceWithRawResponse:
    """`AsyncClient.platform.orgs.courses.count`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformOrgsCoursesCountResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
