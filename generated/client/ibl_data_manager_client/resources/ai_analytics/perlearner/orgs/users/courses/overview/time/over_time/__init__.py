"""`Client.ai_analytics.perlearner.orgs.users.courses.overview.time.over_time`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from .........._operation import RequestOptions
from .........._response import async_to_raw_response, to_raw_response
from ..........api.ai_analytics import (
    ai_analytics_perlearner_orgs_users_courses_overview_time_over_time_retrieve as _ai_analytics_perlearner_orgs_users_courses_overview_time_over_time_retrieve,
)
from ..........models.ai_analytics_perlearner_orgs_users_courses_overview_time_over_time_retrieve_format import (
    AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat,
)
from ..........models.over_time_with_total import OverTimeWithTotal
from ..........types import UNSET, Unset

if TYPE_CHECKING:
    from .........._client import AsyncClient, Client

__all__ = [
    "AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResource",
    "AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResourceWithRawResponse",
    "AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResource",
    "AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResourceWithRawResponse",
]


class AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResource:
    """`Client.ai_analytics.perlearner.orgs.users.courses.overview.time.over_time`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResourceWithRawResponse(
            self
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat
        | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OverTimeWithTotal:
        """Time spent within a course in secs on a per-day basis  Kwargs 1. course_id  e.g
        course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or dev123
        (username|email) Query Params 3. start_date e.g 2020-10-01 4. end_date e.g 2020-10-10
        Default result when no query param is added is last_7_days (today inclusive)

        Args:
            org (str, path)
            user_id (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat |
                Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            OverTimeWithTotal
        """
        return self._client._send(
            _ai_analytics_perlearner_orgs_users_courses_overview_time_over_time_retrieve.OPERATION,
            _ai_analytics_perlearner_orgs_users_courses_overview_time_over_time_retrieve.build_request(
                org=org,
                user_id=user_id,
                course_id=course_id,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResourceWithRawResponse:
    """`Client.ai_analytics.perlearner.orgs.users.courses.overview.time.over_time`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResource
    ) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResource:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.courses.overview.time.over_time`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return (
            AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResourceWithRawResponse(
                self
            )
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat
        | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OverTimeWithTotal:
        """Time spent within a course in secs on a per-day basis  Kwargs 1. course_id  e.g
        course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or dev123
        (username|email) Query Params 3. start_date e.g 2020-10-01 4. end_date e.g 2020-10-10
        Default result when no query param is added is last_7_days (today inclusive)

        Args:
            org (str, path)
            user_id (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat |
                Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            OverTimeWithTotal
        """
        return await self._client._send(
            _ai_analytics_perlearner_orgs_users_courses_overview_time_over_time_retrieve.OPERATION,
            _ai_analytics_perlearner_orgs_users_courses_overview_time_over_time_retrieve.build_request(
                org=org,
                user_id=user_id,
                course_id=course_id,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResourceWithRawResponse:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.courses.overview.time.over_time`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResource
    ) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
