"""`Client.ai_analytics.performance.orgs.grading.per_course`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    ai_analytics_performance_orgs_grading_per_course_retrieve as _ai_analytics_performance_orgs_grading_per_course_retrieve,
)
from .......models.ai_analytics_performance_orgs_grading_per_course_retrieve_format import (
    AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat,
)
from .......models.performance_grades_per_course import PerformanceGradesPerCourse
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiAnalyticsPerformanceOrgsGradingPerCourseResource",
    "AiAnalyticsPerformanceOrgsGradingPerCourseResourceWithRawResponse",
    "AsyncAiAnalyticsPerformanceOrgsGradingPerCourseResource",
    "AsyncAiAnalyticsPerformanceOrgsGradingPerCourseResourceWithRawResponse",
]


class AiAnalyticsPerformanceOrgsGradingPerCourseResource:
    """`Client.ai_analytics.performance.orgs.grading.per_course`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiAnalyticsPerformanceOrgsGradingPerCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsPerformanceOrgsGradingPerCourseResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PerformanceGradesPerCourse:
        """List grade-related performance data for all courses.  This endpoint provides a
        comprehensive view of grade performance across courses, including enrollment counts,
        pass rates, and average grades.  Returns:     A paginated list of courses with:     -
        Course identification (ID and name)     - Enrollment count     - Number of students who
        passed     - Average grade

        Args:
            org (str, path)
            department_id (int | Unset, query)
            format_ (AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)

        Returns:
            PerformanceGradesPerCourse
        """
        return self._client._send(
            _ai_analytics_performance_orgs_grading_per_course_retrieve.OPERATION,
            _ai_analytics_performance_orgs_grading_per_course_retrieve.build_request(
                org=org,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
                length=length,
                page=page,
            ),
            options,
        )


class AiAnalyticsPerformanceOrgsGradingPerCourseResourceWithRawResponse:
    """`Client.ai_analytics.performance.orgs.grading.per_course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsPerformanceOrgsGradingPerCourseResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsPerformanceOrgsGradingPerCourseResource:
    """`AsyncClient.ai_analytics.performance.orgs.grading.per_course`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsPerformanceOrgsGradingPerCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsPerformanceOrgsGradingPerCourseResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PerformanceGradesPerCourse:
        """List grade-related performance data for all courses.  This endpoint provides a
        comprehensive view of grade performance across courses, including enrollment counts,
        pass rates, and average grades.  Returns:     A paginated list of courses with:     -
        Course identification (ID and name)     - Enrollment count     - Number of students who
        passed     - Average grade

        Args:
            org (str, path)
            department_id (int | Unset, query)
            format_ (AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)

        Returns:
            PerformanceGradesPerCourse
        """
        return await self._client._send(
            _ai_analytics_performance_orgs_grading_per_course_retrieve.OPERATION,
            _ai_analytics_performance_orgs_grading_per_course_retrieve.build_request(
                org=org,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
                length=length,
                page=page,
            ),
            options,
        )


class AsyncAiAnalyticsPerformanceOrgsGradingPerCourseResourceWithRawResponse:
    """`AsyncClient.ai_analytics.performance.orgs.grading.per_course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsPerformanceOrgsGradingPerCourseResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
