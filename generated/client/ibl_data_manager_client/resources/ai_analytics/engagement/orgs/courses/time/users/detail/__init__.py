"""`Client.ai_analytics.engagement.orgs.courses.time.users.detail`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........._operation import RequestOptions
from ........._response import async_to_raw_response, to_raw_response
from .........api.ai_analytics import (
    ai_analytics_engagement_orgs_courses_time_users_detail_retrieve as _ai_analytics_engagement_orgs_courses_time_users_detail_retrieve,
)
from .........models.ai_analytics_engagement_orgs_courses_time_users_detail_retrieve_format import (
    AiAnalyticsEngagementOrgsCoursesTimeUsersDetailRetrieveFormat,
)
from .........models.per_learner_time_spent_in_course_tree import PerLearnerTimeSpentInCourseTree
from .........types import UNSET, Unset

if TYPE_CHECKING:
    from ........._client import AsyncClient, Client

__all__ = [
    "AiAnalyticsEngagementOrgsCoursesTimeUsersDetailResource",
    "AiAnalyticsEngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse",
    "AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersDetailResource",
    "AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse",
]


class AiAnalyticsEngagementOrgsCoursesTimeUsersDetailResource:
    """`Client.ai_analytics.engagement.orgs.courses.time.users.detail`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiAnalyticsEngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsEngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeUsersDetailRetrieveFormat | Unset = UNSET,
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
            format_ (AiAnalyticsEngagementOrgsCoursesTimeUsersDetailRetrieveFormat | Unset,
                query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            PerLearnerTimeSpentInCourseTree
        """
        return self._client._send(
            _ai_analytics_engagement_orgs_courses_time_users_detail_retrieve.OPERATION,
            _ai_analytics_engagement_orgs_courses_time_users_detail_retrieve.build_request(
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


class AiAnalyticsEngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse:
    """`Client.ai_analytics.engagement.orgs.courses.time.users.detail`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsEngagementOrgsCoursesTimeUsersDetailResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersDetailResource:
    """`AsyncClient.ai_analytics.engagement.orgs.courses.time.users.detail`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeUsersDetailRetrieveFormat | Unset = UNSET,
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
            format_ (AiAnalyticsEngagementOrgsCoursesTimeUsersDetailRetrieveFormat | Unset,
                query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            PerLearnerTimeSpentInCourseTree
        """
        return await self._client._send(
            _ai_analytics_engagement_orgs_courses_time_users_detail_retrieve.OPERATION,
            _ai_analytics_engagement_orgs_courses_time_users_detail_retrieve.build_request(
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


class AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse:
    """`AsyncClient.ai_analytics.engagement.orgs.courses.time.users.detail`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersDetailResource
    ) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
