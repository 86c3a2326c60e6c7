"""`Client.engagement.orgs.courses.time.users.detail`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_analytics import (
    engagement_orgs_courses_time_users_detail_retrieve as _engagement_orgs_courses_time_users_detail_retrieve,
)
from ........models.engagement_orgs_courses_time_users_detail_retrieve_format import (
    EngagementOrgsCoursesTimeUsersDetailRetrieveFormat,
)
from ........models.per_learner_time_spent_in_course_tree import PerLearnerTimeSpentInCourseTree
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "EngagementOrgsCoursesTimeUsersDetailResource",
    "EngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse",
    "AsyncEngagementOrgsCoursesTimeUsersDetailResource",
    "AsyncEngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse",
]


class EngagementOrgsCoursesTimeUsersDetailResource:
    """`Client.engagement.orgs.courses.time.users.detail`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return EngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeUsersDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PerLearnerTimeSpentInCourseTree:
        """Time spent within a course in ordered hierarchical format  Kwargs 1. course_id  e.g
        course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or dev123
        (username|email) Query Params 3. start_date <optional> e.g 2020-10-01 4. end_date
        <optional> e.g 2020-10-10

        Args:
            org (str, path)
            course_id (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (EngagementOrgsCoursesTimeUsersDetailRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            PerLearnerTimeSpentInCourseTree
        """
        return self._client._send(
            _engagement_orgs_courses_time_users_detail_retrieve.OPERATION,
            _engagement_orgs_courses_time_users_detail_retrieve.build_request(
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


class EngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse:
    """`Client.engagement.orgs.courses.time.users.detail`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: EngagementOrgsCoursesTimeUsersDetailResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncEngagementOrgsCoursesTimeUsersDetailResource:
    """`AsyncClient.engagement.orgs.courses.time.users.detail`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncEngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncEngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeUsersDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PerLearnerTimeSpentInCourseTree:
        """Time spent within a course in ordered hierarchical format  Kwargs 1. course_id  e.g
        course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or dev123
        (username|email) Query Params 3. start_date <optional> e.g 2020-10-01 4. end_date
        <optional> e.g 2020-10-10

        Args:
            org (str, path)
            course_id (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (EngagementOrgsCoursesTimeUsersDetailRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            PerLearnerTimeSpentInCourseTree
        """
        return await self._client._send(
            _engagement_orgs_courses_time_users_detail_retrieve.OPERATION,
            _engagement_orgs_courses_time_users_detail_retrieve.build_request(
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


class AsyncEngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse:
    """`AsyncClient.engagement.orgs.courses.time.users.detail`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncEngagementOrgsCoursesTimeUsersDetailResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
