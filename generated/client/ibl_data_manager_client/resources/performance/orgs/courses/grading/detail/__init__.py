"""`Client.performance.orgs.courses.grading.detail`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    performance_orgs_courses_grading_detail_retrieve as _performance_orgs_courses_grading_detail_retrieve,
)
from .......models.course_grading_detail import CourseGradingDetail
from .......models.performance_orgs_courses_grading_detail_retrieve_format import (
    PerformanceOrgsCoursesGradingDetailRetrieveFormat,
)
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "PerformanceOrgsCoursesGradingDetailResource",
    "PerformanceOrgsCoursesGradingDetailResourceWithRawResponse",
    "AsyncPerformanceOrgsCoursesGradingDetailResource",
    "AsyncPerformanceOrgsCoursesGradingDetailResourceWithRawResponse",
]


class PerformanceOrgsCoursesGradingDetailResource:
    """`Client.performance.orgs.courses.grading.detail`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PerformanceOrgsCoursesGradingDetailResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerformanceOrgsCoursesGradingDetailResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsCoursesGradingDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseGradingDetail:
        """Grading summary for the entire course overview in a tree-like format  Kwargs course_id
        <required>

        Args:
            org (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            format_ (PerformanceOrgsCoursesGradingDetailRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            CourseGradingDetail
        """
        return self._client._send(
            _performance_orgs_courses_grading_detail_retrieve.OPERATION,
            _performance_orgs_courses_grading_detail_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class PerformanceOrgsCoursesGradingDetailResourceWithRawResponse:
    """`Client.performance.orgs.courses.grading.detail`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerformanceOrgsCoursesGradingDetailResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPerformanceOrgsCoursesGradingDetailResource:
    """`AsyncClient.performance.orgs.courses.grading.detail`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPerformanceOrgsCoursesGradingDetailResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerformanceOrgsCoursesGradingDetailResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsCoursesGradingDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseGradingDetail:
        """Grading summary for the entire course overview in a tree-like format  Kwargs course_id
        <required>

        Args:
            org (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            format_ (PerformanceOrgsCoursesGradingDetailRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            CourseGradingDetail
        """
        return await self._client._send(
            _performance_orgs_courses_grading_detail_retrieve.OPERATION,
            _performance_orgs_courses_grading_detail_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AsyncPerformanceOrgsCoursesGradingDetailResourceWithRawResponse:
    """`AsyncClient.performance.orgs.courses.grading.detail`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPerformanceOrgsCoursesGradingDetailResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
