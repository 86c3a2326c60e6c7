"""`Client.ai_analytics.engagement.orgs.courses`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .time import (
        AiAnalyticsEngagementOrgsCoursesTimeResource,
        AiAnalyticsEngagementOrgsCoursesTimeResourceWithRawResponse,
        AsyncAiAnalyticsEngagementOrgsCoursesTimeResource,
        AsyncAiAnalyticsEngagementOrgsCoursesTimeResourceWithRawResponse,
    )
    from .videos import (
        AiAnalyticsEngagementOrgsCoursesVideosResource,
        AiAnalyticsEngagementOrgsCoursesVideosResourceWithRawResponse,
        AsyncAiAnalyticsEngagementOrgsCoursesVideosResource,
        AsyncAiAnalyticsEngagementOrgsCoursesVideosResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsEngagementOrgsCoursesResource",
    "AiAnalyticsEngagementOrgsCoursesResourceWithRawResponse",
    "AsyncAiAnalyticsEngagementOrgsCoursesResource",
    "AsyncAiAnalyticsEngagementOrgsCoursesResourceWithRawResponse",
]


class AiAnalyticsEngagementOrgsCoursesResource:
    """`Client.ai_analytics.engagement.orgs.courses`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsEngagementOrgsCoursesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsEngagementOrgsCoursesResourceWithRawResponse(self)

    @cached_property
    def time(self) -> AiAnalyticsEngagementOrgsCoursesTimeResource:
        from .time import AiAnalyticsEngagementOrgsCoursesTimeResource

        return AiAnalyticsEngagementOrgsCoursesTimeResource(self._client)

    @cached_property
    def videos(self) -> AiAnalyticsEngagementOrgsCoursesVideosResource:
        from .videos import AiAnalyticsEngagementOrgsCoursesVideosResource

        return AiAnalyticsEngagementOrgsCoursesVideosResource(self._client)


class AiAnalyticsEngagementOrgsCoursesResourceWithRawResponse:
    """`Client.ai_analytics.engagement.orgs.courses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsEngagementOrgsCoursesResource) -> None:
        self._resource = resource

    @cached_property
    def time(self) -> AiAnalyticsEngagementOrgsCoursesTimeResourceWithRawResponse:
        from .time import AiAnalyticsEngagementOrgsCoursesTimeResourceWithRawResponse

        return AiAnalyticsEngagementOrgsCoursesTimeResourceWithRawResponse(self._resource.time)

    @cached_property
    def videos(self) -> AiAnalyticsEngagementOrgsCoursesVideosResourceWithRawResponse:
        from .videos import AiAnalyticsEngagementOrgsCoursesVideosResourceWithRawResponse

        return AiAnalyticsEngagementOrgsCoursesVideosResourceWithRawResponse(self._resource.videos)


class AsyncAiAnalyticsEngagementOrgsCoursesResource:
    """`AsyncClient.ai_analytics.engagement.orgs.courses`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsEngagementOrgsCoursesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsEngagementOrgsCoursesResourceWithRawResponse(self)

    @cached_property
    def time(self) -> AsyncAiAnalyticsEngagementOrgsCoursesTimeResource:
        from .time import AsyncAiAnalyticsEngagementOrgsCoursesTimeResource

        return AsyncAiAnalyticsEngagementOrgsCoursesTimeResource(self._client)

    @cached_property
    def videos(self) -> AsyncAiAnalyticsEngagementOrgsCoursesVideosResource:
        from .videos import AsyncAiAnalyticsEngagementOrgsCoursesVideosResource

        return AsyncAiAnalyticsEngagementOrgsCoursesVideosResource(self._client)


class AsyncAiAnalyticsEngagementOrgsCoursesResourceWithRawResponse:
    """`AsyncClient.ai_analytics.engagement.orgs.courses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsEngagementOrgsCoursesResource) -> None:
        self._resource = resource

    @cached_property
    def time(self) -> AsyncAiAnalyticsEngagementOrgsCoursesTimeResourceWithRawResponse:
        from .time import AsyncAiAnalyticsEngagementOrgsCoursesTimeResourceWithRawResponse

        return AsyncAiAnalyticsEngagementOrgsCoursesTimeResourceWithRawResponse(self._resource.time)

    @cached_property
    def videos(self) -> AsyncAiAnalyticsEngagementOrgsCoursesVideosResourceWithRawResponse:
        from .videos import AsyncAiAnalyticsEngagementOrgsCoursesVideosResourceWithRawResponse

        return AsyncAiAnalyticsEngagementOrgsCoursesVideosResourceWithRawResponse(
            self._resource.videos
        )
