"""`Client.performance.orgs.courses.grading.average_with_cutoff`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    performance_orgs_courses_grading_average_with_cutoff_retrieve as _performance_orgs_courses_grading_average_with_cutoff_retrieve,
)
from .......models.avg_course_grade_with_cutoff import AvgCourseGradeWithCutoff
from .......models.performance_orgs_courses_grading_average_with_cutoff_retrieve_format import (
    PerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat,
)
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "PerformanceOrgsCoursesGradingAverageWithCutoffResource",
    "PerformanceOrgsCoursesGradingAverageWithCutoffResourceWithRawResponse",
    "AsyncPerformanceOrgsCoursesGradingAverageWithCutoffResource",
    "AsyncPerformanceOrgsCoursesGradingAverageWithCutoffResourceWithRawResponse",
]


class PerformanceOrgsCoursesGradingAverageWithCutoffResource:
    """`Client.performance.orgs.courses.grading.average_with_cutoff`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> PerformanceOrgsCoursesGradingAverageWithCutoffResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerformanceOrgsCoursesGradingAverageWithCutoffResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AvgCourseGradeWithCutoff:
        """Returns average course grade and grade cuttoff  e.g ``` {     \"data\": {
        \"grade_cutoffs\": {             \"A\": 90,             \"B\": 80,             \"C\":
        70,         },         \"average_grade\": 50.0,     } } ```  Kwargs course_id

        Args:
            org (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            format_ (PerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat | Unset,
                query)
            include_main_platform (bool | Unset, query)

        Returns:
            AvgCourseGradeWithCutoff
        """
        return self._client._send(
            _performance_orgs_courses_grading_average_with_cutoff_retrieve.OPERATION,
            _performance_orgs_courses_grading_average_with_cutoff_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class PerformanceOrgsCoursesGradingAverageWithCutoffResourceWithRawResponse:
    """`Client.performance.orgs.courses.grading.average_with_cutoff`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerformanceOrgsCoursesGradingAverageWithCutoffResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPerformanceOrgsCoursesGradingAverageWithCutoffResource:
    """`AsyncClient.performance.orgs.courses.grading.average_with_cutoff`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncPerformanceOrgsCoursesGradingAverageWithCutoffResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerformanceOrgsCoursesGradingAverageWithCutoffResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AvgCourseGradeWithCutoff:
        """Returns average course grade and grade cuttoff  e.g ``` {     \"data\": {
        \"grade_cutoffs\": {             \"A\": 90,             \"B\": 80,             \"C\":
        70,         },         \"average_grade\": 50.0,     } } ```  Kwargs course_id

        Args:
            org (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            format_ (PerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat | Unset,
                query)
            include_main_platform (bool | Unset, query)

        Returns:
            AvgCourseGradeWithCutoff
        """
        return await self._client._send(
            _performance_orgs_courses_grading_average_with_cutoff_retrieve.OPERATION,
            _performance_orgs_courses_grading_average_with_cutoff_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AsyncPerformanceOrgsCoursesGradingAverageWithCutoffResourceWithRawResponse:
    """`AsyncClient.performance.orgs.courses.grading.average_with_cutoff`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncPerformanceOrgsCoursesGradingAverageWithCutoffResource
    ) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
