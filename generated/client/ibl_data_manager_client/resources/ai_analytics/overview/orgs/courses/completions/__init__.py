"""`Client.ai_analytics.overview.orgs.courses.completions`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    ai_analytics_overview_orgs_courses_completions_retrieve as _ai_analytics_overview_orgs_courses_completions_retrieve,
)
from .......models.ai_analytics_overview_orgs_courses_completions_retrieve_format import (
    AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat,
)
from .......models.course_completion_summary_overtime import CourseCompletionSummaryOvertime
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOverviewOrgsCoursesCompletionsResource",
    "AiAnalyticsOverviewOrgsCoursesCompletionsResourceWithRawResponse",
    "AsyncAiAnalyticsOverviewOrgsCoursesCompletionsResource",
    "AsyncAiAnalyticsOverviewOrgsCoursesCompletionsResourceWithRawResponse",
]


class AiAnalyticsOverviewOrgsCoursesCompletionsResource:
    """`Client.ai_analytics.overview.orgs.courses.completions`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOverviewOrgsCoursesCompletionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOverviewOrgsCoursesCompletionsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseCompletionSummaryOvertime:
        """Get course completion summary metrics over time.  This endpoint provides completion
        statistics across the platform over a specified time period, including daily completion
        counts and overall metrics.  Query Parameters:     start_date (str): Start date for the
        time range (ISO format)     end_date (str): End date for the time range (ISO format)
        Returns:     Completion data including:     - Daily completion counts over time     -
        Total unique user count     - Total completion count     - Completion percentage     -
        Change metrics compared to previous periods  Default time range is the last 7 days if no
        dates are specified.

        Args:
            org (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            CourseCompletionSummaryOvertime
        """
        return self._client._send(
            _ai_analytics_overview_orgs_courses_completions_retrieve.OPERATION,
            _ai_analytics_overview_orgs_courses_completions_retrieve.build_request(
                org=org,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AiAnalyticsOverviewOrgsCoursesCompletionsResourceWithRawResponse:
    """`Client.ai_analytics.overview.orgs.courses.completions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOverviewOrgsCoursesCompletionsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsOverviewOrgsCoursesCompletionsResource:
    """`AsyncClient.ai_analytics.overview.orgs.courses.completions`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsOverviewOrgsCoursesCompletionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOverviewOrgsCoursesCompletionsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseCompletionSummaryOvertime:
        """Get course completion summary metrics over time.  This endpoint provides completion
        statistics across the platform over a specified time period, including daily completion
        counts and overall metrics.  Query Parameters:     start_date (str): Start date for the
        time range (ISO format)     end_date (str): End date for the time range (ISO format)
        Returns:     Completion data including:     - Daily completion counts over time     -
        Total unique user count     - Total completion count     - Completion percentage     -
        Change metrics compared to previous periods  Default time range is the last 7 days if no
        dates are specified.

        Args:
            org (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            CourseCompletionSummaryOvertime
        """
        return await self._client._send(
            _ai_analytics_overview_orgs_courses_completions_retrieve.OPERATION,
            _ai_analytics_overview_orgs_courses_completions_retrieve.build_request(
                org=org,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AsyncAiAnalyticsOverviewOrgsCoursesCompletionsResourceWithRawResponse:
    """`AsyncClient.ai_analytics.overview.orgs.courses.completions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOverviewOrgsCoursesCompletionsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
