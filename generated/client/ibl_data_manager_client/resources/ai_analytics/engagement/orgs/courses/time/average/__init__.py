"""`Client.ai_analytics.engagement.orgs.courses.time.average`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_analytics import (
    ai_analytics_engagement_orgs_courses_time_average_retrieve as _ai_analytics_engagement_orgs_courses_time_average_retrieve,
)
from ........models.ai_analytics_engagement_orgs_courses_time_average_retrieve_format import (
    AiAnalyticsEngagementOrgsCoursesTimeAverageRetrieveFormat,
)
from ........models.average_overtime import AverageOvertime
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsEngagementOrgsCoursesTimeAverageResource",
    "AiAnalyticsEngagementOrgsCoursesTimeAverageResourceWithRawResponse",
    "AsyncAiAnalyticsEngagementOrgsCoursesTimeAverageResource",
    "AsyncAiAnalyticsEngagementOrgsCoursesTimeAverageResourceWithRawResponse",
]


class AiAnalyticsEngagementOrgsCoursesTimeAverageResource:
    """`Client.ai_analytics.engagement.orgs.courses.time.average`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiAnalyticsEngagementOrgsCoursesTimeAverageResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsEngagementOrgsCoursesTimeAverageResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AverageOvertime:
        """Average time spent in secs on a per-day basis  Query Params 1. start_date e.g 2020-10-01
        2. end_date e.g 2020-10-10 3. course_id <optional>  Default result when no query param
        is added is last_7_days (today inclusive)

        Args:
            org (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsEngagementOrgsCoursesTimeAverageRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            AverageOvertime
        """
        return self._client._send(
            _ai_analytics_engagement_orgs_courses_time_average_retrieve.OPERATION,
            _ai_analytics_engagement_orgs_courses_time_average_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AiAnalyticsEngagementOrgsCoursesTimeAverageResourceWithRawResponse:
    """`Client.ai_analytics.engagement.orgs.courses.time.average`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsEngagementOrgsCoursesTimeAverageResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsEngagementOrgsCoursesTimeAverageResource:
    """`AsyncClient.ai_analytics.engagement.orgs.courses.time.average`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsEngagementOrgsCoursesTimeAverageResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsEngagementOrgsCoursesTimeAverageResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AverageOvertime:
        """Average time spent in secs on a per-day basis  Query Params 1. start_date e.g 2020-10-01
        2. end_date e.g 2020-10-10 3. course_id <optional>  Default result when no query param
        is added is last_7_days (today inclusive)

        Args:
            org (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsEngagementOrgsCoursesTimeAverageRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            AverageOvertime
        """
        return await self._client._send(
            _ai_analytics_engagement_orgs_courses_time_average_retrieve.OPERATION,
            _ai_analytics_engagement_orgs_courses_time_average_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AsyncAiAnalyticsEngagementOrgsCoursesTimeAverageResourceWithRawResponse:
    """`AsyncClient.ai_analytics.engagement.orgs.courses.time.average`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsEngagementOrgsCoursesTimeAverageResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
