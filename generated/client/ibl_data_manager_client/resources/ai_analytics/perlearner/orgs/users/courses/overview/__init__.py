"""`Client.ai_analytics.perlearner.orgs.users.courses.overview`: 4 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client
    from .engagement_index import (
        AiAnalyticsPerlearnerOrgsUsersCoursesOverviewEngagementIndexResource,
        AiAnalyticsPerlearnerOrgsUsersCoursesOverviewEngagementIndexResourceWithRawResponse,
        AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewEngagementIndexResource,
        AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewEngagementIndexResourceWithRawResponse,
    )
    from .grade import (
        AiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeResource,
        AiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeResourceWithRawResponse,
        AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeResource,
        AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeResourceWithRawResponse,
    )
    from .performance_index import (
        AiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexResource,
        AiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexResourceWithRawResponse,
        AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexResource,
        AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexResourceWithRawResponse,
    )
    from .time import (
        AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeResource,
        AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse,
        AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeResource,
        AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsPerlearnerOrgsUsersCoursesOverviewResource",
    "AiAnalyticsPerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse",
    "AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewResource",
    "AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse",
]


class AiAnalyticsPerlearnerOrgsUsersCoursesOverviewResource:
    """`Client.ai_analytics.perlearner.orgs.users.courses.overview`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiAnalyticsPerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsPerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse(self)

    @cached_property
    def engagement_index(
        self,
    ) -> AiAnalyticsPerlearnerOrgsUsersCoursesOverviewEngagementIndexResource:
        from .engagement_index import (
            AiAnalyticsPerlearnerOrgsUsersCoursesOverviewEngagementIndexResource,
        )

        return AiAnalyticsPerlearnerOrgsUsersCoursesOverviewEngagementIndexResource(self._client)

    @cached_property
    def grade(self) -> AiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeResource:
        from .grade import AiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeResource

        return AiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeResource(self._client)

    @cached_property
    def performance_index(
        self,
    ) -> AiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexResource:
        from .performance_index import (
            AiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexResource,
        )

        return AiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexResource(self._client)

    @cached_property
    def time(self) -> AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeResource:
        from .time import AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeResource

        return AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeResource(self._client)


class AiAnalyticsPerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse:
    """`Client.ai_analytics.perlearner.orgs.users.courses.overview`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsPerlearnerOrgsUsersCoursesOverviewResource) -> None:
        self._resource = resource

    @cached_property
    def engagement_index(
        self,
    ) -> AiAnalyticsPerlearnerOrgsUsersCoursesOverviewEngagementIndexResourceWithRawResponse:
        from .engagement_index import (
            AiAnalyticsPerlearnerOrgsUsersCoursesOverviewEngagementIndexResourceWithRawResponse,
        )

        return AiAnalyticsPerlearnerOrgsUsersCoursesOverviewEngagementIndexResourceWithRawResponse(
            self._resource.engagement_index
        )

    @cached_property
    def grade(self) -> AiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeResourceWithRawResponse:
        from .grade import AiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeResourceWithRawResponse

        return AiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeResourceWithRawResponse(
            self._resource.grade
        )

    @cached_property
    def performance_index(
        self,
    ) -> AiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexResourceWithRawResponse:
        from .performance_index import (
            AiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexResourceWithRawResponse,
        )

        return AiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexResourceWithRawResponse(
            self._resource.performance_index
        )

    @cached_property
    def time(self) -> AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse:
        from .time import AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse

        return AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse(
            self._resource.time
        )


class AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewResource:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.courses.overview`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse(self)

    @cached_property
    def engagement_index(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewEngagementIndexResource:
        from .engagement_index import (
            AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewEngagementIndexResource,
        )

        return AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewEngagementIndexResource(
            self._client
        )

    @cached_property
    def grade(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeResource:
        from .grade import AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeResource

        return AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeResource(self._client)

    @cached_property
    def performance_index(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexResource:
        from .performance_index import (
            AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexResource,
        )

        return AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexResource(
            self._client
        )

    @cached_property
    def time(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeResource:
        from .time import AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeResource

        return AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeResource(self._client)


class AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.courses.overview`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewResource
    ) -> None:
        self._resource = resource

    @cached_property
    def engagement_index(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewEngagementIndexResourceWithRawResponse:
        from .engagement_index import (
            AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewEngagementIndexResourceWithRawResponse,
        )

        return AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewEngagementIndexResourceWithRawResponse(
            self._resource.engagement_index
        )

    @cached_property
    def grade(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeResourceWithRawResponse:
        from .grade import (
            AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeResourceWithRawResponse,
        )

        return AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeResourceWithRawResponse(
            self._resource.grade
        )

    @cached_property
    def performance_index(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexResourceWithRawResponse:
        from .performance_index import (
            AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexResourceWithRawResponse,
        )

        return AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexResourceWithRawResponse(
            self._resource.performance_index
        )

    @cached_property
    def time(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse:
        from .time import (
            AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse,
        )

        return AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse(
            self._resource.time
        )
