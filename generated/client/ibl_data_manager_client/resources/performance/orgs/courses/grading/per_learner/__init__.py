"""`Client.performance.orgs.courses.grading.per_learner`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    performance_orgs_courses_grading_per_learner_retrieve as _performance_orgs_courses_grading_per_learner_retrieve,
)
from .......models.grading_per_user import GradingPerUser
from .......models.performance_orgs_courses_grading_per_learner_retrieve_format import (
    PerformanceOrgsCoursesGradingPerLearnerRetrieveFormat,
)
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "PerformanceOrgsCoursesGradingPerLearnerResource",
    "PerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse",
    "AsyncPerformanceOrgsCoursesGradingPerLearnerResource",
    "AsyncPerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse",
]


class PerformanceOrgsCoursesGradingPerLearnerResource:
    """`Client.performance.orgs.courses.grading.per_learner`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsCoursesGradingPerLearnerRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GradingPerUser:
        """Grading information per enrolled user in a course  Kwargs course_id <required>

        Args:
            org (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            format_ (PerformanceOrgsCoursesGradingPerLearnerRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            GradingPerUser
        """
        return self._client._send(
            _performance_orgs_courses_grading_per_learner_retrieve.OPERATION,
            _performance_orgs_courses_grading_per_learner_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class PerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse:
    """`Client.performance.orgs.courses.grading.per_learner`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerformanceOrgsCoursesGradingPerLearnerResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPerformanceOrgsCoursesGradingPerLearnerResource:
    """`AsyncClient.performance.orgs.courses.grading.per_learner`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncPerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsCoursesGradingPerLearnerRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GradingPerUser:
        """Grading information per enrolled user in a course  Kwargs course_id <required>

        Args:
            org (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            format_ (PerformanceOrgsCoursesGradingPerLearnerRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            GradingPerUser
        """
        return await self._client._send(
            _performance_orgs_courses_grading_per_learner_retrieve.OPERATION,
            _performance_orgs_courses_grading_per_learner_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AsyncPerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse:
    """`AsyncClient.performance.orgs.courses.grading.per_learner`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPerformanceOrgsCoursesGradingPerLearnerResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
