"""`Client.ai_analytics.performance.orgs.courses.grading`: 5 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .average import (
        AiAnalyticsPerformanceOrgsCoursesGradingAverageResource,
        AiAnalyticsPerformanceOrgsCoursesGradingAverageResourceWithRawResponse,
        AsyncAiAnalyticsPerformanceOrgsCoursesGradingAverageResource,
        AsyncAiAnalyticsPerformanceOrgsCoursesGradingAverageResourceWithRawResponse,
    )
    from .average_with_cutoff import (
        AiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffResource,
        AiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffResourceWithRawResponse,
        AsyncAiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffResource,
        AsyncAiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffResourceWithRawResponse,
    )
    from .detail import (
        AiAnalyticsPerformanceOrgsCoursesGradingDetailResource,
        AiAnalyticsPerformanceOrgsCoursesGradingDetailResourceWithRawResponse,
        AsyncAiAnalyticsPerformanceOrgsCoursesGradingDetailResource,
        AsyncAiAnalyticsPerformanceOrgsCoursesGradingDetailResourceWithRawResponse,
    )
    from .per_learner import (
        AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerResource,
        AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse,
        AsyncAiAnalyticsPerformanceOrgsCoursesGradingPerLearnerResource,
        AsyncAiAnalyticsPerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse,
    )
    from .summary import (
        AiAnalyticsPerformanceOrgsCoursesGradingSummaryResource,
        AiAnalyticsPerformanceOrgsCoursesGradingSummaryResourceWithRawResponse,
        AsyncAiAnalyticsPerformanceOrgsCoursesGradingSummaryResource,
        AsyncAiAnalyticsPerformanceOrgsCoursesGradingSummaryResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsPerformanceOrgsCoursesGradingResource",
    "AiAnalyticsPerformanceOrgsCoursesGradingResourceWithRawResponse",
    "AsyncAiAnalyticsPerformanceOrgsCoursesGradingResource",
    "AsyncAiAnalyticsPerformanceOrgsCoursesGradingResourceWithRawResponse",
]


class AiAnalyticsPerformanceOrgsCoursesGradingResource:
    """`Client.ai_analytics.performance.orgs.courses.grading`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsPerformanceOrgsCoursesGradingResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsPerformanceOrgsCoursesGradingResourceWithRawResponse(self)

    @cached_property
    def average(self) -> AiAnalyticsPerformanceOrgsCoursesGradingAverageResource:
        from .average import AiAnalyticsPerformanceOrgsCoursesGradingAverageResource

        return AiAnalyticsPerformanceOrgsCoursesGradingAverageResource(self._client)

    @cached_property
    def average_with_cutoff(
        self,
    ) -> AiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffResource:
        from .average_with_cutoff import (
            AiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffResource,
        )

        return AiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffResource(self._client)

    @cached_property
    def detail(self) -> AiAnalyticsPerformanceOrgsCoursesGradingDetailResource:
        from .detail import AiAnalyticsPerformanceOrgsCoursesGradingDetailResource

        return AiAnalyticsPerformanceOrgsCoursesGradingDetailResource(self._client)

    @cached_property
    def per_learner(self) -> AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerResource:
        from .per_learner import AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerResource

        return AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerResource(self._client)

    @cached_property
    def summary(self) -> AiAnalyticsPerformanceOrgsCoursesGradingSummaryResource:
        from .summary import AiAnalyticsPerformanceOrgsCoursesGradingSummaryResource

        return AiAnalyticsPerformanceOrgsCoursesGradingSummaryResource(self._client)


class AiAnalyticsPerformanceOrgsCoursesGradingResourceWithRawResponse:
    """`Client.ai_analytics.performance.orgs.courses.grading`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsPerformanceOrgsCoursesGradingResource) -> None:
        self._resource = resource

    @cached_property
    def average(self) -> AiAnalyticsPerformanceOrgsCoursesGradingAverageResourceWithRawResponse:
        from .average import AiAnalyticsPerformanceOrgsCoursesGradingAverageResourceWithRawResponse

        return AiAnalyticsPerformanceOrgsCoursesGradingAverageResourceWithRawResponse(
            self._resource.average
        )

    @cached_property
    def average_with_cutoff(
        self,
    ) -> AiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffResourceWithRawResponse:
        from .average_with_cutoff import (
            AiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffResourceWithRawResponse,
        )

        return AiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffResourceWithRawResponse(
            self._resource.average_with_cutoff
        )

    @cached_property
    def detail(self) -> AiAnalyticsPerformanceOrgsCoursesGradingDetailResourceWithRawResponse:
        from .detail import AiAnalyticsPerformanceOrgsCoursesGradingDetailResourceWithRawResponse

        return AiAnalyticsPerformanceOrgsCoursesGradingDetailResourceWithRawResponse(
            self._resource.detail
        )

    @cached_property
    def per_learner(
        self,
    ) -> AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse:
        from .per_learner import (
            AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse,
        )

        return AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse(
            self._resource.per_learner
        )

    @cached_property
    def summary(self) -> AiAnalyticsPerformanceOrgsCoursesGradingSummaryResourceWithRawResponse:
        from .summary import AiAnalyticsPerformanceOrgsCoursesGradingSummaryResourceWithRawResponse

        return AiAnalyticsPerformanceOrgsCoursesGradingSummaryResourceWithRawResponse(
            self._resource.summary
        )


class AsyncAiAnalyticsPerformanceOrgsCoursesGradingResource:
    """`AsyncClient.ai_analytics.performance.orgs.courses.grading`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsPerformanceOrgsCoursesGradingResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsPerformanceOrgsCoursesGradingResourceWithRawResponse(self)

    @cached_property
    def average(self) -> AsyncAiAnalyticsPerformanceOrgsCoursesGradingAverageResource:
        from .average import AsyncAiAnalyticsPerformanceOrgsCoursesGradingAverageResource

        return AsyncAiAnalyticsPerformanceOrgsCoursesGradingAverageResource(self._client)

    @cached_property
    def average_with_cutoff(
        self,
    ) -> AsyncAiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffResource:
        from .average_with_cutoff import (
            AsyncAiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffResource,
        )

        return AsyncAiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffResource(self._client)

    @cached_property
    def detail(self) -> AsyncAiAnalyticsPerformanceOrgsCoursesGradingDetailResource:
        from .detail import AsyncAiAnalyticsPerformanceOrgsCoursesGradingDetailResource

        return AsyncAiAnalyticsPerformanceOrgsCoursesGradingDetailResource(self._client)

    @cached_property
    def per_learner(self) -> AsyncAiAnalyticsPerformanceOrgsCoursesGradingPerLearnerResource:
        from .per_learner import AsyncAiAnalyticsPerformanceOrgsCoursesGradingPerLearnerResource

        return AsyncAiAnalyticsPerformanceOrgsCoursesGradingPerLearnerResource(self._client)

    @cached_property
    def summary(self) -> AsyncAiAnalyticsPerformanceOrgsCoursesGradingSummaryResource:
        from .summary import AsyncAiAnalyticsPerformanceOrgsCoursesGradingSummaryResource

        return AsyncAiAnalyticsPerformanceOrgsCoursesGradingSummaryResource(self._client)


class AsyncAiAnalyticsPerformanceOrgsCoursesGradingResourceWithRawResponse:
    """`AsyncClient.ai_analytics.performance.orgs.courses.grading`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsPerformanceOrgsCoursesGradingResource) -> None:
        self._resource = resource

    @cached_property
    def average(
        self,
    ) -> AsyncAiAnalyticsPerformanceOrgsCoursesGradingAverageResourceWithRawResponse:
        from .average import (
            AsyncAiAnalyticsPerformanceOrgsCoursesGradingAverageResourceWithRawResponse,
        )

        return AsyncAiAnalyticsPerformanceOrgsCoursesGradingAverageResourceWithRawResponse(
            self._resource.average
        )

    @cached_property
    def average_with_cutoff(
        self,
    ) -> AsyncAiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffResourceWithRawResponse:
        from .average_with_cutoff import (
            AsyncAiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffResourceWithRawResponse,
        )

        return (
            AsyncAiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffResourceWithRawResponse(
                self._resource.average_with_cutoff
            )
        )

    @cached_property
    def detail(self) -> AsyncAiAnalyticsPerformanceOrgsCoursesGradingDetailResourceWithRawResponse:
        from .detail import (
            AsyncAiAnalyticsPerformanceOrgsCoursesGradingDetailResourceWithRawResponse,
        )

        return AsyncAiAnalyticsPerformanceOrgsCoursesGradingDetailResourceWithRawResponse(
            self._resource.detail
        )

    @cached_property
    def per_learner(
        self,
    ) -> AsyncAiAnalyticsPerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse:
        from .per_learner import (
            AsyncAiAnalyticsPerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse,
        )

        return AsyncAiAnalyticsPerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse(
            self._resource.per_learner
        )

    @cached_property
    def summary(
        self,
    ) -> AsyncAiAnalyticsPerformanceOrgsCoursesGradingSummaryResourceWithRawResponse:
        from .summary import (
            AsyncAiAnalyticsPerformanceOrgsCoursesGradingSummaryResourceWithRawResponse,
        )

        return AsyncAiAnalyticsPerformanceOrgsCoursesGradingSummaryResourceWithRawResponse(
            self._resource.summary
        )
