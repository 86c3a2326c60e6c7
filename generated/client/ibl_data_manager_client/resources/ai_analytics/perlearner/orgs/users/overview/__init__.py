"""`Client.ai_analytics.perlearner.orgs.users.overview`: 4 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .engagement_index import (
        AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexResource,
        AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse,
        AsyncAiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexResource,
        AsyncAiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse,
    )
    from .grades import (
        AiAnalyticsPerlearnerOrgsUsersOverviewGradesResource,
        AiAnalyticsPerlearnerOrgsUsersOverviewGradesResourceWithRawResponse,
        AsyncAiAnalyticsPerlearnerOrgsUsersOverviewGradesResource,
        AsyncAiAnalyticsPerlearnerOrgsUsersOverviewGradesResourceWithRawResponse,
    )
    from .performance_index import (
        AiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexResource,
        AiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexResourceWithRawResponse,
        AsyncAiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexResource,
        AsyncAiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexResourceWithRawResponse,
    )
    from .time import (
        AiAnalyticsPerlearnerOrgsUsersOverviewTimeResource,
        AiAnalyticsPerlearnerOrgsUsersOverviewTimeResourceWithRawResponse,
        AsyncAiAnalyticsPerlearnerOrgsUsersOverviewTimeResource,
        AsyncAiAnalyticsPerlearnerOrgsUsersOverviewTimeResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsPerlearnerOrgsUsersOverviewResource",
    "AiAnalyticsPerlearnerOrgsUsersOverviewResourceWithRawResponse",
    "AsyncAiAnalyticsPerlearnerOrgsUsersOverviewResource",
    "AsyncAiAnalyticsPerlearnerOrgsUsersOverviewResourceWithRawResponse",
]


class AiAnalyticsPerlearnerOrgsUsersOverviewResource:
    """`Client.ai_analytics.perlearner.orgs.users.overview`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsPerlearnerOrgsUsersOverviewResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsPerlearnerOrgsUsersOverviewResourceWithRawResponse(self)

    @cached_property
    def engagement_index(self) -> AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexResource:
        from .engagement_index import AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexResource

        return AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexResource(self._client)

    @cached_property
    def grades(self) -> AiAnalyticsPerlearnerOrgsUsersOverviewGradesResource:
        from .grades import AiAnalyticsPerlearnerOrgsUsersOverviewGradesResource

        return AiAnalyticsPerlearnerOrgsUsersOverviewGradesResource(self._client)

    @cached_property
    def performance_index(self) -> AiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexResource:
        from .performance_index import (
            AiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexResource,
        )

        return AiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexResource(self._client)

    @cached_property
    def time(self) -> AiAnalyticsPerlearnerOrgsUsersOverviewTimeResource:
        from .time import AiAnalyticsPerlearnerOrgsUsersOverviewTimeResource

        return AiAnalyticsPerlearnerOrgsUsersOverviewTimeResource(self._client)


class AiAnalyticsPerlearnerOrgsUsersOverviewResourceWithRawResponse:
    """`Client.ai_analytics.perlearner.orgs.users.overview`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsPerlearnerOrgsUsersOverviewResource) -> None:
        self._resource = resource

    @cached_property
    def engagement_index(
        self,
    ) -> AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse:
        from .engagement_index import (
            AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse,
        )

        return AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse(
            self._resource.engagement_index
        )

    @cached_property
    def grades(self) -> AiAnalyticsPerlearnerOrgsUsersOverviewGradesResourceWithRawResponse:
        from .grades import AiAnalyticsPerlearnerOrgsUsersOverviewGradesResourceWithRawResponse

        return AiAnalyticsPerlearnerOrgsUsersOverviewGradesResourceWithRawResponse(
            self._resource.grades
        )

    @cached_property
    def performance_index(
        self,
    ) -> AiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexResourceWithRawResponse:
        from .performance_index import (
            AiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexResourceWithRawResponse,
        )

        return AiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexResourceWithRawResponse(
            self._resource.performance_index
        )

    @cached_property
    def time(self) -> AiAnalyticsPerlearnerOrgsUsersOverviewTimeResourceWithRawResponse:
        from .time import AiAnalyticsPerlearnerOrgsUsersOverviewTimeResourceWithRawResponse

        return AiAnalyticsPerlearnerOrgsUsersOverviewTimeResourceWithRawResponse(
            self._resource.time
        )


class AsyncAiAnalyticsPerlearnerOrgsUsersOverviewResource:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.overview`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersOverviewResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsPerlearnerOrgsUsersOverviewResourceWithRawResponse(self)

    @cached_property
    def engagement_index(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexResource:
        from .engagement_index import (
            AsyncAiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexResource,
        )

        return AsyncAiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexResource(self._client)

    @cached_property
    def grades(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersOverviewGradesResource:
        from .grades import AsyncAiAnalyticsPerlearnerOrgsUsersOverviewGradesResource

        return AsyncAiAnalyticsPerlearnerOrgsUsersOverviewGradesResource(self._client)

    @cached_property
    def performance_index(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexResource:
        from .performance_index import (
            AsyncAiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexResource,
        )

        return AsyncAiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexResource(self._client)

    @cached_property
    def time(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersOverviewTimeResource:
        from .time import AsyncAiAnalyticsPerlearnerOrgsUsersOverviewTimeResource

        return AsyncAiAnalyticsPerlearnerOrgsUsersOverviewTimeResource(self._client)


class AsyncAiAnalyticsPerlearnerOrgsUsersOverviewResourceWithRawResponse:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.overview`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsPerlearnerOrgsUsersOverviewResource) -> None:
        self._resource = resource

    @cached_property
    def engagement_index(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse:
        from .engagement_index import (
            AsyncAiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse,
        )

        return AsyncAiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse(
            self._resource.engagement_index
        )

    @cached_property
    def grades(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersOverviewGradesResourceWithRawResponse:
        from .grades import AsyncAiAnalyticsPerlearnerOrgsUsersOverviewGradesResourceWithRawResponse

        return AsyncAiAnalyticsPerlearnerOrgsUsersOverviewGradesResourceWithRawResponse(
            self._resource.grades
        )

    @cached_property
    def performance_index(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexResourceWithRawResponse:
        from .performance_index import (
            AsyncAiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexResourceWithRawResponse,
        )

        return AsyncAiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexResourceWithRawResponse(
            self._resource.performance_index
        )

    @cached_property
    def time(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersOverviewTimeResourceWithRawResponse:
        from .time import AsyncAiAnalyticsPerlearnerOrgsUsersOverviewTimeResourceWithRawResponse

        return AsyncAiAnalyticsPerlearnerOrgsUsersOverviewTimeResourceWithRawResponse(
            self._resource.time
        )
