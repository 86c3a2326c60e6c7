"""`Client.platform.orgs.courses.users.time.count`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_analytics import (
    platform_orgs_courses_users_time_count_retrieve as _platform_orgs_courses_users_time_count_retrieve,
)
from ........models.count import Count
from ........models.platform_orgs_courses_users_time_count_retrieve_format import (
    PlatformOrgsCoursesUsersTimeCountRetrieveFormat,
)
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "PlatformOrgsCoursesUsersTimeCountResource",
    "PlatformOrgsCoursesUsersTimeCountResourceWithRawResponse",
    "AsyncPlatformOrgsCoursesUsersTimeCountResource",
    "AsyncPlatformOrgsCoursesUsersTimeCountResourceWithRawResponse",
]


class PlatformOrgsCoursesUsersTimeCountResource:
    """`Client.platform.orgs.courses.users.time.count`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformOrgsCoursesUsersTimeCountResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformOrgsCoursesUsersTimeCountResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PlatformOrgsCoursesUsersTimeCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Count:
        """Time spent count in seconds within a course by a learner

        Args:
            org (str, path)
            course_id (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (PlatformOrgsCoursesUsersTimeCountRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            Count
        """
        return self._client._send(
            _platform_orgs_courses_users_time_count_retrieve.OPERATION,
            _platform_orgs_courses_users_time_count_retrieve.build_request(
                org=org,
                course_id=course_id,
                user_id=user_id,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class PlatformOrgsCoursesUsersTimeCountResourceWithRawResponse:
    """`Client.platform.orgs.courses.users.time.count`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformOrgsCoursesUsersTimeCountResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPlatformOrgsCoursesUsersTimeCountResource:
    """`AsyncClient.platform.orgs.courses.users.time.count`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformOrgsCoursesUsersTimeCountResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformOrgsCoursesUsersTimeCountResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PlatformOrgsCoursesUsersTimeCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Count:
        """Time spent count in seconds within a course by a learner

        Args:
            org (str, path)
            course_id (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (PlatformOrgsCoursesUsersTimeCountRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            Count
        """
        return await self._client._send(
            _platform_orgs_courses_users_time_count_retrieve.OPERATION,
            _platform_orgs_courses_users_time_count_retrieve.build_request(
                org=org,
                course_id=course_id,
                user_id=user_id,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AsyncPlatformOrgsCoursesUsersTimeCountResourceWithRawResponse:
    """`AsyncClient.platform.orgs.courses.users.time.count`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformOrgsCoursesUsersTimeCountResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
