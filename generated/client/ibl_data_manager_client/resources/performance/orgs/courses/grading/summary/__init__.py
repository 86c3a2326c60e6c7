"""`Client.performance.orgs.courses.grading.summary`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    performance_orgs_courses_grading_summary_retrieve as _performance_orgs_courses_grading_summary_retrieve,
)
from .......models.course_grade_summary import CourseGradeSummary
from .......models.performance_orgs_courses_grading_summary_retrieve_format import (
    PerformanceOrgsCoursesGradingSummaryRetrieveFormat,
)
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "PerformanceOrgsCoursesGradingSummaryResource",
    "PerformanceOrgsCoursesGradingSummaryResourceWithRawResponse",
    "AsyncPerformanceOrgsCoursesGradingSummaryResource",
    "AsyncPerformanceOrgsCoursesGradingSummaryResourceWithRawResponse",
]


class PerformanceOrgsCoursesGradingSummaryResource:
    """`Client.performance.orgs.courses.grading.summary`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PerformanceOrgsCoursesGradingSummaryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerformanceOrgsCoursesGradingSummaryResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsCoursesGradingSummaryRetrieveFormat | Unset = UNSET,
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
            format_ (PerformanceOrgsCoursesGradingSummaryRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            CourseGradeSummary
        """
        return self._client._send(
            _performance_orgs_courses_grading_summary_retrieve.OPERATION,
            _performance_orgs_courses_grading_summary_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class PerformanceOrgsCoursesGradingSummaryResourceWithRawResponse:
    """`Client.performance.orgs.courses.grading.summary`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerformanceOrgsCoursesGradingSummaryResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPerformanceOrgsCoursesGradingSummaryResource:
    """`AsyncClient.performance.orgs.courses.grading.summary`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPerformanceOrgsCoursesGradingSummaryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerformanceOrgsCoursesGradingSummaryResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsCoursesGradingSummaryRetrieveFormat | Unset = UNSET,
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
            format_ (PerformanceOrgsCoursesGradingSummaryRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            CourseGradeSummary
        """
        return await self._client._send(
            _performance_orgs_courses_grading_summary_retrieve.OPERATION,
            _performance_orgs_courses_grading_summary_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AsyncPerformanceOrgsCoursesGradingSummaryResourceWithRawResponse:
    """`AsyncClient.performance.orgs.courses.grading.summary`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPerformanceOrgsCoursesGradingSummaryResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
