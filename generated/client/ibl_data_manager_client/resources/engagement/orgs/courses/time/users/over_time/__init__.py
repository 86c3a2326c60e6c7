"""`Client.engagement.orgs.courses.time.users.over_time`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_analytics import (
    engagement_orgs_courses_time_users_over_time_retrieve as _engagement_orgs_courses_time_users_over_time_retrieve,
)
from ........models.engagement_orgs_courses_time_users_over_time_retrieve_format import (
    EngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat,
)
from ........models.over_time_with_total import OverTimeWithTotal
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "EngagementOrgsCoursesTimeUsersOverTimeResource",
    "EngagementOrgsCoursesTimeUsersOverTimeResourceWithRawResponse",
    "AsyncEngagementOrgsCoursesTimeUsersOverTimeResource",
    "AsyncEngagementOrgsCoursesTimeUsersOverTimeResourceWithRawResponse",
]


class EngagementOrgsCoursesTimeUsersOverTimeResource:
    """`Client.engagement.orgs.courses.time.users.over_time`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EngagementOrgsCoursesTimeUsersOverTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return EngagementOrgsCoursesTimeUsersOverTimeResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OverTimeWithTotal:
        """Time spent in secs on a per-day basis  Query Params 1. course_id <optional> e.g
        course-v1:Org+Course4+Run 2. user_id <optional> e.g developer@ibleducation.com or dev123
        (username|email) 3. start_date e.g 2020-10-01 4. end_date e.g 2020-10-10  Default result
        when no query param is added is last_7_days (today inclusive)

        Args:
            org (str, path)
            course_id (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (EngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            OverTimeWithTotal
        """
        return self._client._send(
            _engagement_orgs_courses_time_users_over_time_retrieve.OPERATION,
            _engagement_orgs_courses_time_users_over_time_retrieve.build_request(
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


class EngagementOrgsCoursesTimeUsersOverTimeResourceWithRawResponse:
    """`Client.engagement.orgs.courses.time.users.over_time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: EngagementOrgsCoursesTimeUsersOverTimeResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncEngagementOrgsCoursesTimeUsersOverTimeResource:
    """`AsyncClient.engagement.orgs.courses.time.users.over_time`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncEngagementOrgsCoursesTimeUsersOverTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncEngagementOrgsCoursesTimeUsersOverTimeResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OverTimeWithTotal:
        """Time spent in secs on a per-day basis  Query Params 1. course_id <optional> e.g
        course-v1:Org+Course4+Run 2. user_id <optional> e.g developer@ibleducation.com or dev123
        (username|email) 3. start_date e.g 2020-10-01 4. end_date e.g 2020-10-10  Default result
        when no query param is added is last_7_days (today inclusive)

        Args:
            org (str, path)
            course_id (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (EngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            OverTimeWithTotal
        """
        return await self._client._send(
            _engagement_orgs_courses_time_users_over_time_retrieve.OPERATION,
            _engagement_orgs_courses_time_users_over_time_retrieve.build_request(
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


class AsyncEngagementOrgsCoursesTimeUsersOverTimeResourceWithRawResponse:
    """`AsyncClient.engagement.orgs.courses.time.users.over_time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncEngagementOrgsCoursesTimeUsersOverTimeResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
