"""`Client.ai_analytics.perlearner.orgs.users.courses.grading`: 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client
    from .cutoffs import (
        AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsResource,
        AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsResourceWithRawResponse,
        AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsResource,
        AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsResourceWithRawResponse,
    )
    from .detail import (
        AiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailResource,
        AiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailResourceWithRawResponse,
        AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailResource,
        AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailResourceWithRawResponse,
    )
    from .summary import (
        AiAnalyticsPerlearnerOrgsUsersCoursesGradingSummaryResource,
        AiAnalyticsPerlearnerOrgsUsersCoursesGradingSummaryResourceWithRawResponse,
        AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingSummaryResource,
        AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingSummaryResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsPerlearnerOrgsUsersCoursesGradingResource",
    "AiAnalyticsPerlearnerOrgsUsersCoursesGradingResourceWithRawResponse",
    "AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingResource",
    "AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingResourceWithRawResponse",
]


class AiAnalyticsPerlearnerOrgsUsersCoursesGradingResource:
    """`Client.ai_analytics.perlearner.orgs.users.courses.grading`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiAnalyticsPerlearnerOrgsUsersCoursesGradingResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsPerlearnerOrgsUsersCoursesGradingResourceWithRawResponse(self)

    @cached_property
    def cutoffs(self) -> AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsResource:
        from .cutoffs import AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsResource

        return AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsResource(self._client)

    @cached_property
    def detail(self) -> AiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailResource:
        from .detail import AiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailResource

        return AiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailResource(self._client)

    @cached_property
    def summary(self) -> AiAnalyticsPerlearnerOrgsUsersCoursesGradingSummaryResource:
        from .summary import AiAnalyticsPerlearnerOrgsUsersCoursesGradingSummaryResource

        return AiAnalyticsPerlearnerOrgsUsersCoursesGradingSummaryResource(self._client)


class AiAnalyticsPerlearnerOrgsUsersCoursesGradingResourceWithRawResponse:
    """`Client.ai_analytics.perlearner.orgs.users.courses.grading`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsPerlearnerOrgsUsersCoursesGradingResource) -> None:
        self._resource = resource

    @cached_property
    def cutoffs(self) -> AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsResourceWithRawResponse:
        from .cutoffs import (
            AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsResourceWithRawResponse,
        )

        return AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsResourceWithRawResponse(
            self._resource.cutoffs
        )

    @cached_property
    def detail(self) -> AiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailResourceWithRawResponse:
        from .detail import (
            AiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailResourceWithRawResponse,
        )

        return AiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailResourceWithRawResponse(
            self._resource.detail
        )

    @cached_property
    def summary(self) -> AiAnalyticsPerlearnerOrgsUsersCoursesGradingSummaryResourceWithRawResponse:
        from .summary import (
            AiAnalyticsPerlearnerOrgsUsersCoursesGradingSummaryResourceWithRawResponse,
        )

        return AiAnalyticsPerlearnerOrgsUsersCoursesGradingSummaryResourceWithRawResponse(
            self._resource.summary
        )


class AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingResource:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.courses.grading`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingResourceWithRawResponse(self)

    @cached_property
    def cutoffs(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsResource:
        from .cutoffs import AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsResource

        return AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsResource(self._client)

    @cached_property
    def detail(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailResource:
        from .detail import AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailResource

        return AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailResource(self._client)

    @cached_property
    def summary(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingSummaryResource:
        from .summary import AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingSummaryResource

        return AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingSummaryResource(self._client)


class AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingResourceWithRawResponse:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.courses.grading`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingResource) -> None:
        self._resource = resource

    @cached_property
    def cutoffs(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsResourceWithRawResponse:
        from .cutoffs import (
            AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsResourceWithRawResponse,
        )

        return AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsResourceWithRawResponse(
            self._resource.cutoffs
        )

    @cached_property
    def detail(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailResourceWithRawResponse:
        from .detail import (
            AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailResourceWithRawResponse,
        )

        return AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailResourceWithRawResponse(
            self._resource.detail
        )

    @cached_property
    def summary(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingSummaryResourceWithRawResponse:
        from .summary import (
            AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingSummaryResourceWithRawResponse,
        )

        return AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingSummaryResourceWithRawResponse(
            self._resource.summary
        )
