"""`Client.ai_analytics.engagement.orgs.courses.time.users`: 1 operation and 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_analytics import (
    ai_analytics_engagement_orgs_courses_time_users_retrieve as _ai_analytics_engagement_orgs_courses_time_users_retrieve,
)
from ........models.ai_analytics_engagement_orgs_courses_time_users_retrieve_format import (
    AiAnalyticsEngagementOrgsCoursesTimeUsersRetrieveFormat,
)
from ........models.time_spent_by_users_in_course import TimeSpentByUsersInCourse
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client
    from .detail import (
        AiAnalyticsEngagementOrgsCoursesTimeUsersDetailResource,
        AiAnalyticsEngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse,
        AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersDetailResource,
        AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse,
    )
    from .over_time import (
        AiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeResource,
        AiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeResourceWithRawResponse,
        AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeResource,
        AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsEngagementOrgsCoursesTimeUsersResource",
    "AiAnalyticsEngagementOrgsCoursesTimeUsersResourceWithRawResponse",
    "AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersResource",
    "AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersResourceWithRawResponse",
]


class AiAnalyticsEngagementOrgsCoursesTimeUsersResource:
    """`Client.ai_analytics.engagement.orgs.courses.time.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsEngagementOrgsCoursesTimeUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsEngagementOrgsCoursesTimeUsersResourceWithRawResponse(self)

    @cached_property
    def detail(self) -> AiAnalyticsEngagementOrgsCoursesTimeUsersDetailResource:
        from .detail import AiAnalyticsEngagementOrgsCoursesTimeUsersDetailResource

        return AiAnalyticsEngagementOrgsCoursesTimeUsersDetailResource(self._client)

    @cached_property
    def over_time(self) -> AiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeResource:
        from .over_time import AiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeResource

        return AiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeResource(self._client)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeUsersRetrieveFormat | Unset = UNSET,
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
            format_ (AiAnalyticsEngagementOrgsCoursesTimeUsersRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)
            start_date (str | Unset, query)

        Returns:
            TimeSpentByUsersInCourse
        """
        return self._client._send(
            _ai_analytics_engagement_orgs_courses_time_users_retrieve.OPERATION,
            _ai_analytics_engagement_orgs_courses_time_users_retrieve.build_request(
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


class AiAnalyticsEngagementOrgsCoursesTimeUsersResourceWithRawResponse:
    """`Client.ai_analytics.engagement.orgs.courses.time.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsEngagementOrgsCoursesTimeUsersResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def detail(self) -> AiAnalyticsEngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse:
        from .detail import AiAnalyticsEngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse

        return AiAnalyticsEngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse(
            self._resource.detail
        )

    @cached_property
    def over_time(self) -> AiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeResourceWithRawResponse:
        from .over_time import (
            AiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeResourceWithRawResponse,
        )

        return AiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeResourceWithRawResponse(
            self._resource.over_time
        )


class AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersResource:
    """`AsyncClient.ai_analytics.engagement.orgs.courses.time.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersResourceWithRawResponse(self)

    @cached_property
    def detail(self) -> AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersDetailResource:
        from .detail import AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersDetailResource

        return AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersDetailResource(self._client)

    @cached_property
    def over_time(self) -> AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeResource:
        from .over_time import AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeResource

        return AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeResource(self._client)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeUsersRetrieveFormat | Unset = UNSET,
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
            format_ (AiAnalyticsEngagementOrgsCoursesTimeUsersRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)
            start_date (str | Unset, query)

        Returns:
            TimeSpentByUsersInCourse
        """
        return await self._client._send(
            _ai_analytics_engagement_orgs_courses_time_users_retrieve.OPERATION,
            _ai_analytics_engagement_orgs_courses_time_users_retrieve.build_request(
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


class AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersResourceWithRawResponse:
    """`AsyncClient.ai_analytics.engagement.orgs.courses.time.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def detail(self) -> AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse:
        from .detail import (
            AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse,
        )

        return AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersDetailResourceWithRawResponse(
            self._resource.detail
        )

    @cached_property
    def over_time(
        self,
    ) -> AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeResourceWithRawResponse:
        from .over_time import (
            AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeResourceWithRawResponse,
        )

        return AsyncAiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeResourceWithRawResponse(
            self._resource.over_time
        )
