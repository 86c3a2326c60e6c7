"""`Client.ai_analytics.performance.orgs.courses.grading.per_learner`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_analytics import (
    ai_analytics_performance_orgs_courses_grading_per_learner_retrieve as _ai_analytics_performance_orgs_courses_grading_per_learner_retrieve,
)
from ........models.ai_analytics_performance_orgs_courses_grading_per_learner_retrieve_format import (
    AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerRetrieveFormat,
)
from ........models.grading_per_user import GradingPerUser
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerResource",
    "AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse",
    "AsyncAiAnalyticsPerformanceOrgsCoursesGradingPerLearnerResource",
    "AsyncAiAnalyticsPerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse",
]


class AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerResource:
    """`Client.ai_analytics.performance.orgs.courses.grading.per_learner`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GradingPerUser:
        """Grading information per enrolled user in a course  Kwargs course_id <required>

        Args:
            org (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            format_ (AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerRetrieveFormat | Unset,
                query)
            include_main_platform (bool | Unset, query)

        Returns:
            GradingPerUser
        """
        return self._client._send(
            _ai_analytics_performance_orgs_courses_grading_per_learner_retrieve.OPERATION,
            _ai_analytics_performance_orgs_courses_grading_per_learner_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse:
    """`Client.ai_analytics.performance.orgs.courses.grading.per_learner`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerResource
    ) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsPerformanceOrgsCoursesGradingPerLearnerResource:
    """`AsyncClient.ai_analytics.performance.orgs.courses.grading.per_learner`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsPerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsPerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GradingPerUser:
        """Grading information per enrolled user in a course  Kwargs course_id <required>

        Args:
            org (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            format_ (AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerRetrieveFormat | Unset,
                query)
            include_main_platform (bool | Unset, query)

        Returns:
            GradingPerUser
        """
        return await self._client._send(
            _ai_analytics_performance_orgs_courses_grading_per_learner_retrieve.OPERATION,
            _ai_analytics_performance_orgs_courses_grading_per_learner_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AsyncAiAnalyticsPerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse:
    """`AsyncClient.ai_analytics.performance.orgs.courses.grading.per_learner`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiAnalyticsPerformanceOrgsCoursesGradingPerLearnerResource
    ) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
