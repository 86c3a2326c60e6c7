"""`Client.ai_analytics.engagement.orgs.courses.time.detail`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_analytics import (
    ai_analytics_engagement_orgs_courses_time_detail_retrieve as _ai_analytics_engagement_orgs_courses_time_detail_retrieve,
)
from ........models.ai_analytics_engagement_orgs_courses_time_detail_retrieve_format import (
    AiAnalyticsEngagementOrgsCoursesTimeDetailRetrieveFormat,
)
from ........models.time_detail import TimeDetail
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsEngagementOrgsCoursesTimeDetailResource",
    "AiAnalyticsEngagementOrgsCoursesTimeDetailResourceWithRawResponse",
    "AsyncAiAnalyticsEngagementOrgsCoursesTimeDetailResource",
    "AsyncAiAnalyticsEngagementOrgsCoursesTimeDetailResourceWithRawResponse",
]


class AiAnalyticsEngagementOrgsCoursesTimeDetailResource:
    """`Client.ai_analytics.engagement.orgs.courses.time.detail`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiAnalyticsEngagementOrgsCoursesTimeDetailResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsEngagementOrgsCoursesTimeDetailResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TimeDetail:
        """Time spent per course in secs in a tree like form  Kwargs course_id e.g
        course-v1:Org+Course4+Run  Query Params 1. start_date <optional> e.g 2020-10-01 2.
        end_date <optional> e.g 2020-10-10

        Args:
            org (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            format_ (AiAnalyticsEngagementOrgsCoursesTimeDetailRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            TimeDetail
        """
        return self._client._send(
            _ai_analytics_engagement_orgs_courses_time_detail_retrieve.OPERATION,
            _ai_analytics_engagement_orgs_courses_time_detail_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AiAnalyticsEngagementOrgsCoursesTimeDetailResourceWithRawResponse:
    """`Client.ai_analytics.engagement.orgs.courses.time.detail`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsEngagementOrgsCoursesTimeDetailResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsEngagementOrgsCoursesTimeDetailResource:
    """`AsyncClient.ai_analytics.engagement.orgs.courses.time.detail`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsEngagementOrgsCoursesTimeDetailResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsEngagementOrgsCoursesTimeDetailResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TimeDetail:
        """Time spent per course in secs in a tree like form  Kwargs course_id e.g
        course-v1:Org+Course4+Run  Query Params 1. start_date <optional> e.g 2020-10-01 2.
        end_date <optional> e.g 2020-10-10

        Args:
            org (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            format_ (AiAnalyticsEngagementOrgsCoursesTimeDetailRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            TimeDetail
        """
        return await self._client._send(
            _ai_analytics_engagement_orgs_courses_time_detail_retrieve.OPERATION,
            _ai_analytics_engagement_orgs_courses_time_detail_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AsyncAiAnalyticsEngagementOrgsCoursesTimeDetailResourceWithRawResponse:
    """`AsyncClient.ai_analytics.engagement.orgs.courses.time.detail`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsEngagementOrgsCoursesTimeDetailResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
