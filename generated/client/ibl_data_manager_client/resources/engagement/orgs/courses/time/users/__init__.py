"""`Client.engagement.orgs.courses.time.users`: 1 operation and 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    engagement_orgs_courses_time_users_retrieve as _engagement_orgs_courses_time_users_retrieve,
)
from .......models.engagement_orgs_courses_time_users_retrieve_format import (
    EngagementOrgsCoursesTimeUsersRetrieveFormat,
)
from .......models.time_spent_by_users_in_course import TimeSpentByUsersInCourse
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .detail import (
        AsyncEngagementOrgsCoursesTimeUsersDetailResource,
        AsyncEngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse,
        EngagementOrgsCoursesTimeUsersDetailResource,
        EngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse,
    )
    from .over_time import (
        AsyncEngagementOrgsCoursesTimeUsersOverTimeResource,
        AsyncEngagementOrgsCoursesTimeUsersOverTimeResourceWithRawResponse,
        EngagementOrgsCoursesTimeUsersOverTimeResource,
        EngagementOrgsCoursesTimeUsersOverTimeResourceWithRawResponse,
    )

__all__ = [
    "EngagementOrgsCoursesTimeUsersResource",
    "EngagementOrgsCoursesTimeUsersResourceWithRawResponse",
    "AsyncEngagementOrgsCoursesTimeUsersResource",
    "AsyncEngagementOrgsCoursesTimeUsersResourceWithRawResponse",
]


class EngagementOrgsCoursesTimeUsersResource:
    """`Client.engagement.orgs.courses.time.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EngagementOrgsCoursesTimeUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return EngagementOrgsCoursesTimeUsersResourceWithRawResponse(self)

    @cached_property
    def detail(self) -> EngagementOrgsCoursesTimeUsersDetailResource:
        from .detail import EngagementOrgsCoursesTimeUsersDetailResource

        return EngagementOrgsCoursesTimeUsersDetailResource(self._client)

    @cached_property
    def over_time(self) -> EngagementOrgsCoursesTimeUsersOverTimeResource:
        from .over_time import EngagementOrgsCoursesTimeUsersOverTimeResource

        return EngagementOrgsCoursesTimeUsersOverTimeResource(self._client)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TimeSpentByUsersInCourse:
        """Time spent by users in a course  Query Params course_id  e.g course-v1:Org+Course4+Run

        Args:
            org (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (EngagementOrgsCoursesTimeUsersRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)
            start_date (str | Unset, query)

        Returns:
            TimeSpentByUsersInCourse
        """
        return self._client._send(
            _engagement_orgs_courses_time_users_retrieve.OPERATION,
            _engagement_orgs_courses_time_users_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                length=length,
                page=page,
                start_date=start_date,
            ),
            options,
        )


class EngagementOrgsCoursesTimeUsersResourceWithRawResponse:
    """`Client.engagement.orgs.courses.time.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: EngagementOrgsCoursesTimeUsersResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def detail(self) -> EngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse:
        from .detail import EngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse

        return EngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse(self._resource.detail)

    @cached_property
    def over_time(self) -> EngagementOrgsCoursesTimeUsersOverTimeResourceWithRawResponse:
        from .over_time import EngagementOrgsCoursesTimeUsersOverTimeResourceWithRawResponse

        return EngagementOrgsCoursesTimeUsersOverTimeResourceWithRawResponse(
            self._resource.over_time
        )


class AsyncEngagementOrgsCoursesTimeUsersResource:
    """`AsyncClient.engagement.orgs.courses.time.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncEngagementOrgsCoursesTimeUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncEngagementOrgsCoursesTimeUsersResourceWithRawResponse(self)

    @cached_property
    def detail(self) -> AsyncEngagementOrgsCoursesTimeUsersDetailResource:
        from .detail import AsyncEngagementOrgsCoursesTimeUsersDetailResource

        return AsyncEngagementOrgsCoursesTimeUsersDetailResource(self._client)

    @cached_property
    def over_time(self) -> AsyncEngagementOrgsCoursesTimeUsersOverTimeResource:
        from .over_time import AsyncEngagementOrgsCoursesTimeUsersOverTimeResource

        return AsyncEngagementOrgsCoursesTimeUsersOverTimeResource(self._client)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TimeSpentByUsersInCourse:
        """Time spent by users in a course  Query Params course_id  e.g course-v1:Org+Course4+Run

        Args:
            org (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (EngagementOrgsCoursesTimeUsersRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)
            start_date (str | Unset, query)

        Returns:
            TimeSpentByUsersInCourse
        """
        return await self._client._send(
            _engagement_orgs_courses_time_users_retrieve.OPERATION,
            _engagement_orgs_courses_time_users_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                length=length,
                page=page,
                start_date=start_date,
            ),
            options,
        )


class AsyncEngagementOrgsCoursesTimeUsersResourceWithRawResponse:
    """`AsyncClient.engagement.orgs.courses.time.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncEngagementOrgsCoursesTimeUsersResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def detail(self) -> AsyncEngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse:
        from .detail import AsyncEngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse

        return AsyncEngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse(
            self._resource.detail
        )

    @cached_property
    def over_time(self) -> AsyncEngagementOrgsCoursesTimeUsersOverTimeResourceWithRawResponse:
        from .over_time import AsyncEngagementOrgsCoursesTimeUsersOverTimeResourceWithRawResponse

        return AsyncEngagementOrgsCoursesTimeUsersOverTimeResourceWithRawResponse(
            self._resource.over_time
        )
