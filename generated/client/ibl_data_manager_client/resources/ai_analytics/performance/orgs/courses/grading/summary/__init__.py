"""`Client.ai_analytics.performance.orgs.courses.grading.summary`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_analytics import (
    ai_analytics_performance_orgs_courses_grading_summary_retrieve as _ai_analytics_performance_orgs_courses_grading_summary_retrieve,
)
from ........models.ai_analytics_performance_orgs_courses_grading_summary_retrieve_format import (
    AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat,
)
from ........models.course_grade_summary import CourseGradeSummary
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsPerformanceOrgsCoursesGradingSummaryResource",
    "AiAnalyticsPerformanceOrgsCoursesGradingSummaryResourceWithRawResponse",
    "AsyncAiAnalyticsPerformanceOrgsCoursesGradingSummaryResource",
    "AsyncAiAnalyticsPerformanceOrgsCoursesGradingSummaryResourceWithRawResponse",
]


class AiAnalyticsPerformanceOrgsCoursesGradingSummaryResource:
    """`Client.ai_analytics.performance.orgs.courses.grading.summary`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiAnalyticsPerformanceOrgsCoursesGradingSummaryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsPerformanceOrgsCoursesGradingSummaryResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseGradeSummary:
        """Returns average grades across various assignment types in a course  Query Params
        course_id  Returns:     dict     {         \"data\": [             {
        \"assignment_type': <str>,                 \"weight\": <float>,
        \"average_weighted_grade\": <float>,                 \"average_section_grade\": <float>
        }, ...         ]     }

        Args:
            org (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            format_ (AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat | Unset,
                query)
            include_main_platform (bool | Unset, query)

        Returns:
            CourseGradeSummary
        """
        return self._client._send(
            _ai_analytics_performance_orgs_courses_grading_summary_retrieve.OPERATION,
            _ai_analytics_performance_orgs_courses_grading_summary_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AiAnalyticsPerformanceOrgsCoursesGradingSummaryResourceWithRawResponse:
    """`Client.ai_analytics.performance.orgs.courses.grading.summary`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsPerformanceOrgsCoursesGradingSummaryResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsPerformanceOrgsCoursesGradingSummaryResource:
    """`AsyncClient.ai_analytics.performance.orgs.courses.grading.summary`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsPerformanceOrgsCoursesGradingSummaryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsPerformanceOrgsCoursesGradingSummaryResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseGradeSummary:
        """Returns average grades across various assignment types in a course  Query Params
        course_id  Returns:     dict     {         \"data\": [             {
        \"assignment_type': <str>,                 \"weight\": <float>,
        \"average_weighted_grade\": <float>,                 \"average_section_grade\": <float>
        }, ...         ]     }

        Args:
            org (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            format_ (AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat | Unset,
                query)
            include_main_platform (bool | Unset, query)

        Returns:
            CourseGradeSummary
        """
        return await self._client._send(
            _ai_analytics_performance_orgs_courses_grading_summary_retrieve.OPERATION,
            _ai_analytics_performance_orgs_courses_grading_summary_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AsyncAiAnalyticsPerformanceOrgsCoursesGradingSummaryResourceWithRawResponse:
    """`AsyncClient.ai_analytics.performance.orgs.courses.grading.summary`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiAnalyticsPerformanceOrgsCoursesGradingSummaryResource
    ) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
