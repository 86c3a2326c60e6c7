"""`Client.performance.orgs.courses.grading`: 5 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .average import (
        AsyncPerformanceOrgsCoursesGradingAverageResource,
        AsyncPerformanceOrgsCoursesGradingAverageResourceWithRawResponse,
        PerformanceOrgsCoursesGradingAverageResource,
        PerformanceOrgsCoursesGradingAverageResourceWithRawResponse,
    )
    from .average_with_cutoff import (
        AsyncPerformanceOrgsCoursesGradingAverageWithCutoffResource,
        AsyncPerformanceOrgsCoursesGradingAverageWithCutoffResourceWithRawResponse,
        PerformanceOrgsCoursesGradingAverageWithCutoffResource,
        PerformanceOrgsCoursesGradingAverageWithCutoffResourceWithRawResponse,
    )
    from .detail import (
        AsyncPerformanceOrgsCoursesGradingDetailResource,
        AsyncPerformanceOrgsCoursesGradingDetailResourceWithRawResponse,
        PerformanceOrgsCoursesGradingDetailResource,
        PerformanceOrgsCoursesGradingDetailResourceWithRawResponse,
    )
    from .per_learner import (
        AsyncPerformanceOrgsCoursesGradingPerLearnerResource,
        AsyncPerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse,
        PerformanceOrgsCoursesGradingPerLearnerResource,
        PerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse,
    )
    from .summary import (
        AsyncPerformanceOrgsCoursesGradingSummaryResource,
        AsyncPerformanceOrgsCoursesGradingSummaryResourceWithRawResponse,
        PerformanceOrgsCoursesGradingSummaryResource,
        PerformanceOrgsCoursesGradingSummaryResourceWithRawResponse,
    )

__all__ = [
    "PerformanceOrgsCoursesGradingResource",
    "PerformanceOrgsCoursesGradingResourceWithRawResponse",
    "AsyncPerformanceOrgsCoursesGradingResource",
    "AsyncPerformanceOrgsCoursesGradingResourceWithRawResponse",
]


class PerformanceOrgsCoursesGradingResource:
    """`Client.performance.orgs.courses.grading`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PerformanceOrgsCoursesGradingResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerformanceOrgsCoursesGradingResourceWithRawResponse(self)

    @cached_property
    def average(self) -> PerformanceOrgsCoursesGradingAverageResource:
        from .average import PerformanceOrgsCoursesGradingAverageResource

        return PerformanceOrgsCoursesGradingAverageResource(self._client)

    @cached_property
    def average_with_cutoff(self) -> PerformanceOrgsCoursesGradingAverageWithCutoffResource:
        from .average_with_cutoff import PerformanceOrgsCoursesGradingAverageWithCutoffResource

        return PerformanceOrgsCoursesGradingAverageWithCutoffResource(self._client)

    @cached_property
    def detail(self) -> PerformanceOrgsCoursesGradingDetailResource:
        from .detail import PerformanceOrgsCoursesGradingDetailResource

        return PerformanceOrgsCoursesGradingDetailResource(self._client)

    @cached_property
    def per_learner(self) -> PerformanceOrgsCoursesGradingPerLearnerResource:
        from .per_learner import PerformanceOrgsCoursesGradingPerLearnerResource

        return PerformanceOrgsCoursesGradingPerLearnerResource(self._client)

    @cached_property
    def summary(self) -> PerformanceOrgsCoursesGradingSummaryResource:
        from .summary import PerformanceOrgsCoursesGradingSummaryResource

        return PerformanceOrgsCoursesGradingSummaryResource(self._client)


class PerformanceOrgsCoursesGradingResourceWithRawResponse:
    """`Client.performance.orgs.courses.grading`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerformanceOrgsCoursesGradingResource) -> None:
        self._resource = resource

    @cached_property
    def average(self) -> PerformanceOrgsCoursesGradingAverageResourceWithRawResponse:
        from .average import PerformanceOrgsCoursesGradingAverageResourceWithRawResponse

        return PerformanceOrgsCoursesGradingAverageResourceWithRawResponse(self._resource.average)

    @cached_property
    def average_with_cutoff(
        self,
    ) -> PerformanceOrgsCoursesGradingAverageWithCutoffResourceWithRawResponse:
        from .average_with_cutoff import (
            PerformanceOrgsCoursesGradingAverageWithCutoffResourceWithRawResponse,
        )

        return PerformanceOrgsCoursesGradingAverageWithCutoffResourceWithRawResponse(
            self._resource.average_with_cutoff
        )

    @cached_property
    def detail(self) -> PerformanceOrgsCoursesGradingDetailResourceWithRawResponse:
        from .detail import PerformanceOrgsCoursesGradingDetailResourceWithRawResponse

        return PerformanceOrgsCoursesGradingDetailResourceWithRawResponse(self._resource.detail)

    @cached_property
    def per_learner(self) -> PerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse:
        from .per_learner import PerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse

        return PerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse(
            self._resource.per_learner
        )

    @cached_property
    def summary(self) -> PerformanceOrgsCoursesGradingSummaryResourceWithRawResponse:
        from .summary import PerformanceOrgsCoursesGradingSummaryResourceWithRawResponse

        return PerformanceOrgsCoursesGradingSummaryResourceWithRawResponse(self._resource.summary)


class AsyncPerformanceOrgsCoursesGradingResource:
    """`AsyncClient.performance.orgs.courses.grading`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPerformanceOrgsCoursesGradingResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerformanceOrgsCoursesGradingResourceWithRawResponse(self)

    @cached_property
    def average(self) -> AsyncPerformanceOrgsCoursesGradingAverageResource:
        from .average import AsyncPerformanceOrgsCoursesGradingAverageResource

        return AsyncPerformanceOrgsCoursesGradingAverageResource(self._client)

    @cached_property
    def average_with_cutoff(self) -> AsyncPerformanceOrgsCoursesGradingAverageWithCutoffResource:
        from .average_with_cutoff import AsyncPerformanceOrgsCoursesGradingAverageWithCutoffResource

        return AsyncPerformanceOrgsCoursesGradingAverageWithCutoffResource(self._client)

    @cached_property
    def detail(self) -> AsyncPerformanceOrgsCoursesGradingDetailResource:
        from .detail import AsyncPerformanceOrgsCoursesGradingDetailResource

        return AsyncPerformanceOrgsCoursesGradingDetailResource(self._client)

    @cached_property
    def per_learner(self) -> AsyncPerformanceOrgsCoursesGradingPerLearnerResource:
        from .per_learner import AsyncPerformanceOrgsCoursesGradingPerLearnerResource

        return AsyncPerformanceOrgsCoursesGradingPerLearnerResource(self._client)

    @cached_property
    def summary(self) -> AsyncPerformanceOrgsCoursesGradingSummaryResource:
        from .summary import AsyncPerformanceOrgsCoursesGradingSummaryResource

        return AsyncPerformanceOrgsCoursesGradingSummaryResource(self._client)


class AsyncPerformanceOrgsCoursesGradingResourceWithRawResponse:
    """`AsyncClient.performance.orgs.courses.grading`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPerformanceOrgsCoursesGradingResource) -> None:
        self._resource = resource

    @cached_property
    def average(self) -> AsyncPerformanceOrgsCoursesGradingAverageResourceWithRawResponse:
        from .average import AsyncPerformanceOrgsCoursesGradingAverageResourceWithRawResponse

        return AsyncPerformanceOrgsCoursesGradingAverageResourceWithRawResponse(
            self._resource.average
        )

    @cached_property
    def average_with_cutoff(
        self,
    ) -> AsyncPerformanceOrgsCoursesGradingAverageWithCutoffResourceWithRawResponse:
        from .average_with_cutoff import (
            AsyncPerformanceOrgsCoursesGradingAverageWithCutoffResourceWithRawResponse,
        )

        return AsyncPerformanceOrgsCoursesGradingAverageWithCutoffResourceWithRawResponse(
            self._resource.average_with_cutoff
        )

    @cached_property
    def detail(self) -> AsyncPerformanceOrgsCoursesGradingDetailResourceWithRawResponse:
        from .detail import AsyncPerformanceOrgsCoursesGradingDetailResourceWithRawResponse

        return AsyncPerformanceOrgsCoursesGradingDetailResourceWithRawResponse(
            self._resource.detail
        )

    @cached_property
    def per_learner(self) -> AsyncPerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse:
        from .per_learner import AsyncPerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse

        return AsyncPerformanceOrgsCoursesGradingPerLearnerResourceWithRawResponse(
            self._resource.per_learner
        )

    @cached_property
    def summary(self) -> AsyncPerformanceOrgsCoursesGradingSummaryResourceWithRawResponse:
        from .summary import AsyncPerformanceOrgsCoursesGradingSummaryResourceWithRawResponse

        return AsyncPerformanceOrgsCoursesGradingSummaryResourceWithRawResponse(
            self._resource.summary
        )
