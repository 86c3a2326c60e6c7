"""`Client.performance.orgs.grading.average`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    performance_orgs_grading_average_retrieve as _performance_orgs_grading_average_retrieve,
)
from ......models.average import Average
from ......models.performance_orgs_grading_average_retrieve_format import (
    PerformanceOrgsGradingAverageRetrieveFormat,
)
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "PerformanceOrgsGradingAverageResource",
    "PerformanceOrgsGradingAverageResourceWithRawResponse",
    "AsyncPerformanceOrgsGradingAverageResource",
    "AsyncPerformanceOrgsGradingAverageResourceWithRawResponse",
]


class PerformanceOrgsGradingAverageResource:
    """`Client.performance.orgs.grading.average`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PerformanceOrgsGradingAverageResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerformanceOrgsGradingAverageResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsGradingAverageRetrieveFormat | Unset = UNSET,
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
            format_ (PerformanceOrgsGradingAverageRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            Average
        """
        return self._client._send(
            _performance_orgs_grading_average_retrieve.OPERATION,
            _performance_orgs_grading_average_retrieve.build_request(
                org=org,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class PerformanceOrgsGradingAverageResourceWithRawResponse:
    """`Client.performance.orgs.grading.average`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerformanceOrgsGradingAverageResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPerformanceOrgsGradingAverageResource:
    """`AsyncClient.performance.orgs.grading.average`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPerformanceOrgsGradingAverageResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerformanceOrgsGradingAverageResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsGradingAverageRetrieveFormat | Unset = UNSET,
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
            format_ (PerformanceOrgsGradingAverageRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            Average
        """
        return await self._client._send(
            _performance_orgs_grading_average_retrieve.OPERATION,
            _performance_orgs_grading_average_retrieve.build_request(
                org=org,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AsyncPerformanceOrgsGradingAverageResourceWithRawResponse:
    """`AsyncClient.performance.orgs.grading.average`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPerformanceOrgsGradingAverageResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
