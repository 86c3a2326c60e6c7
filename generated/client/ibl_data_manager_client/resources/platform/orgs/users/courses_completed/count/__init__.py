"""`Client.platform.orgs.users.courses_completed.count`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    platform_orgs_users_courses_completed_count_retrieve as _platform_orgs_users_courses_completed_count_retrieve,
)
from .......models.over_time_with_total import OverTimeWithTotal
from .......models.platform_orgs_users_courses_completed_count_retrieve_format import (
    PlatformOrgsUsersCoursesCompletedCountRetrieveFormat,
)
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "PlatformOrgsUsersCoursesCompletedCountResource",
    "PlatformOrgsUsersCoursesCompletedCountResourceWithRawResponse",
    "AsyncPlatformOrgsUsersCoursesCompletedCountResource",
    "AsyncPlatformOrgsUsersCoursesCompletedCountResourceWithRawResponse",
]


class PlatformOrgsUsersCoursesCompletedCountResource:
    """`Client.platform.orgs.users.courses_completed.count`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformOrgsUsersCoursesCompletedCountResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformOrgsUsersCoursesCompletedCountResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PlatformOrgsUsersCoursesCompletedCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OverTimeWithTotal:
        """Count of users who have completed a course on the platform within specified range or all
        time  Query Params 1. start_date e.g 2020-10-01 2. end_date e.g 2020-10-10  Default is
        all time

        Args:
            org (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (PlatformOrgsUsersCoursesCompletedCountRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            OverTimeWithTotal
        """
        return self._client._send(
            _platform_orgs_users_courses_completed_count_retrieve.OPERATION,
            _platform_orgs_users_courses_completed_count_retrieve.build_request(
                org=org,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class PlatformOrgsUsersCoursesCompletedCountResourceWithRawResponse:
    """`Client.platform.orgs.users.courses_completed.count`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformOrgsUsersCoursesCompletedCountResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPlatformOrgsUsersCoursesCompletedCountResource:
    """`AsyncClient.platform.orgs.users.courses_completed.count`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncPlatformOrgsUsersCoursesCompletedCountResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformOrgsUsersCoursesCompletedCountResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PlatformOrgsUsersCoursesCompletedCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OverTimeWithTotal:
        """Count of users who have completed a course on the platform within specified range or all
        time  Query Params 1. start_date e.g 2020-10-01 2. end_date e.g 2020-10-10  Default is
        all time

        Args:
            org (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (PlatformOrgsUsersCoursesCompletedCountRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            OverTimeWithTotal
        """
        return await self._client._send(
            _platform_orgs_users_courses_completed_count_retrieve.OPERATION,
            _platform_orgs_users_courses_completed_count_retrieve.build_request(
                org=org,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AsyncPlatformOrgsUsersCoursesCompletedCountResourceWithRawResponse:
    """`AsyncClient.platform.orgs.users.courses_completed.count`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformOrgsUsersCoursesCompletedCountResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
