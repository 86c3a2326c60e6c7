"""`Client.ai_analytics.perlearner.orgs.users.courses`: 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .grading import (
        AiAnalyticsPerlearnerOrgsUsersCoursesGradingResource,
        AiAnalyticsPerlearnerOrgsUsersCoursesGradingResourceWithRawResponse,
        AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingResource,
        AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingResourceWithRawResponse,
    )
    from .overview import (
        AiAnalyticsPerlearnerOrgsUsersCoursesOverviewResource,
        AiAnalyticsPerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse,
        AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewResource,
        AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse,
    )
    from .videos import (
        AiAnalyticsPerlearnerOrgsUsersCoursesVideosResource,
        AiAnalyticsPerlearnerOrgsUsersCoursesVideosResourceWithRawResponse,
        AsyncAiAnalyticsPerlearnerOrgsUsersCoursesVideosResource,
        AsyncAiAnalyticsPerlearnerOrgsUsersCoursesVideosResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsPerlearnerOrgsUsersCoursesResource",
    "AiAnalyticsPerlearnerOrgsUsersCoursesResourceWithRawResponse",
    "AsyncAiAnalyticsPerlearnerOrgsUsersCoursesResource",
    "AsyncAiAnalyticsPerlearnerOrgsUsersCoursesResourceWithRawResponse",
]


class AiAnalyticsPerlearnerOrgsUsersCoursesResource:
    """`Client.ai_analytics.perlearner.orgs.users.courses`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsPerlearnerOrgsUsersCoursesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsPerlearnerOrgsUsersCoursesResourceWithRawResponse(self)

    @cached_property
    def grading(self) -> AiAnalyticsPerlearnerOrgsUsersCoursesGradingResource:
        from .grading import AiAnalyticsPerlearnerOrgsUsersCoursesGradingResource

        return AiAnalyticsPerlearnerOrgsUsersCoursesGradingResource(self._client)

    @cached_property
    def overview(self) -> AiAnalyticsPerlearnerOrgsUsersCoursesOverviewResource:
        from .overview import AiAnalyticsPerlearnerOrgsUsersCoursesOverviewResource

        return AiAnalyticsPerlearnerOrgsUsersCoursesOverviewResource(self._client)

    @cached_property
    def videos(self) -> AiAnalyticsPerlearnerOrgsUsersCoursesVideosResource:
        from .videos import AiAnalyticsPerlearnerOrgsUsersCoursesVideosResource

        return AiAnalyticsPerlearnerOrgsUsersCoursesVideosResource(self._client)


class AiAnalyticsPerlearnerOrgsUsersCoursesResourceWithRawResponse:
    """`Client.ai_analytics.perlearner.orgs.users.courses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsPerlearnerOrgsUsersCoursesResource) -> None:
        self._resource = resource

    @cached_property
    def grading(self) -> AiAnalyticsPerlearnerOrgsUsersCoursesGradingResourceWithRawResponse:
        from .grading import AiAnalyticsPerlearnerOrgsUsersCoursesGradingResourceWithRawResponse

        return AiAnalyticsPerlearnerOrgsUsersCoursesGradingResourceWithRawResponse(
            self._resource.grading
        )

    @cached_property
    def overview(self) -> AiAnalyticsPerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse:
        from .overview import AiAnalyticsPerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse

        return AiAnalyticsPerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse(
            self._resource.overview
        )

    @cached_property
    def videos(self) -> AiAnalyticsPerlearnerOrgsUsersCoursesVideosResourceWithRawResponse:
        from .videos import AiAnalyticsPerlearnerOrgsUsersCoursesVideosResourceWithRawResponse

        return AiAnalyticsPerlearnerOrgsUsersCoursesVideosResourceWithRawResponse(
            self._resource.videos
        )


class AsyncAiAnalyticsPerlearnerOrgsUsersCoursesResource:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.courses`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersCoursesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsPerlearnerOrgsUsersCoursesResourceWithRawResponse(self)

    @cached_property
    def grading(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingResource:
        from .grading import AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingResource

        return AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingResource(self._client)

    @cached_property
    def overview(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewResource:
        from .overview import AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewResource

        return AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewResource(self._client)

    @cached_property
    def videos(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersCoursesVideosResource:
        from .videos import AsyncAiAnalyticsPerlearnerOrgsUsersCoursesVideosResource

        return AsyncAiAnalyticsPerlearnerOrgsUsersCoursesVideosResource(self._client)


class AsyncAiAnalyticsPerlearnerOrgsUsersCoursesResourceWithRawResponse:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.courses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsPerlearnerOrgsUsersCoursesResource) -> None:
        self._resource = resource

    @cached_property
    def grading(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingResourceWithRawResponse:
        from .grading import (
            AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingResourceWithRawResponse,
        )

        return AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingResourceWithRawResponse(
            self._resource.grading
        )

    @cached_property
    def overview(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse:
        from .overview import (
            AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse,
        )

        return AsyncAiAnalyticsPerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse(
            self._resource.overview
        )

    @cached_property
    def videos(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersCoursesVideosResourceWithRawResponse:
        from .videos import AsyncAiAnalyticsPerlearnerOrgsUsersCoursesVideosResourceWithRawResponse

        return AsyncAiAnalyticsPerlearnerOrgsUsersCoursesVideosResourceWithRawResponse(
            self._resource.videos
        )
