"""`Client.ai_analytics.overview.orgs.average_grade`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    ai_analytics_overview_orgs_average_grade_retrieve as _ai_analytics_overview_orgs_average_grade_retrieve,
)
from ......models.ai_analytics_overview_orgs_average_grade_retrieve_format import (
    AiAnalyticsOverviewOrgsAverageGradeRetrieveFormat,
)
from ......models.average import Average
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOverviewOrgsAverageGradeResource",
    "AiAnalyticsOverviewOrgsAverageGradeResourceWithRawResponse",
    "AsyncAiAnalyticsOverviewOrgsAverageGradeResource",
    "AsyncAiAnalyticsOverviewOrgsAverageGradeResourceWithRawResponse",
]


class AiAnalyticsOverviewOrgsAverageGradeResource:
    """`Client.ai_analytics.overview.orgs.average_grade`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOverviewOrgsAverageGradeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOverviewOrgsAverageGradeResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsOverviewOrgsAverageGradeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Average:
        """Get average grade value for platform, course, or user.  This endpoint returns the
        average grade at different levels: - Platform level: Average grade across all courses -
        Course level: Average grade for a specific course - Learner level: Average grade for a
        specific learner - Course-learner level: Grade for a specific learner in a specific
        course  Query Parameters:     course_id (str, optional): Filter by course ID
        learner_id (str, optional): Filter by username or email  Returns:     The average grade
        value based on the specified filters.  Access Control:     - Platform admins can access
        any grade data     - Learners can access their own grade data

        Args:
            org (str, path)
            department_id (int | Unset, query)
            format_ (AiAnalyticsOverviewOrgsAverageGradeRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            Average
        """
        return self._client._send(
            _ai_analytics_overview_orgs_average_grade_retrieve.OPERATION,
            _ai_analytics_overview_orgs_average_grade_retrieve.build_request(
                org=org,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AiAnalyticsOverviewOrgsAverageGradeResourceWithRawResponse:
    """`Client.ai_analytics.overview.orgs.average_grade`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOverviewOrgsAverageGradeResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsOverviewOrgsAverageGradeResource:
    """`AsyncClient.ai_analytics.overview.orgs.average_grade`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsOverviewOrgsAverageGradeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOverviewOrgsAverageGradeResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsOverviewOrgsAverageGradeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Average:
        """Get average grade value for platform, course, or user.  This endpoint returns the
        average grade at different levels: - Platform level: Average grade across all courses -
        Course level: Average grade for a specific course - Learner level: Average grade for a
        specific learner - Course-learner level: Grade for a specific learner in a specific
        course  Query Parameters:     course_id (str, optional): Filter by course ID
        learner_id (str, optional): Filter by username or email  Returns:     The average grade
        value based on the specified filters.  Access Control:     - Platform admins can access
        any grade data     - Learners can access their own grade data

        Args:
            org (str, path)
            department_id (int | Unset, query)
            format_ (AiAnalyticsOverviewOrgsAverageGradeRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            Average
        """
        return await self._client._send(
            _ai_analytics_overview_orgs_average_grade_retrieve.OPERATION,
            _ai_analytics_overview_orgs_average_grade_retrieve.build_request(
                org=org,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AsyncAiAnalyticsOverviewOrgsAverageGradeResourceWithRawResponse:
    """`AsyncClient.ai_analytics.overview.orgs.average_grade`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOverviewOrgsAverageGradeResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
