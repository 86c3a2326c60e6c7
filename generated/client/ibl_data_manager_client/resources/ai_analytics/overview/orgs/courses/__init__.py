"""`Client.ai_analytics.overview.orgs.courses`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .completions import (
        AiAnalyticsOverviewOrgsCoursesCompletionsResource,
        AiAnalyticsOverviewOrgsCoursesCompletionsResourceWithRawResponse,
        AsyncAiAnalyticsOverviewOrgsCoursesCompletionsResource,
        AsyncAiAnalyticsOverviewOrgsCoursesCompletionsResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsOverviewOrgsCoursesResource",
    "AiAnalyticsOverviewOrgsCoursesResourceWithRawResponse",
    "AsyncAiAnalyticsOverviewOrgsCoursesResource",
    "AsyncAiAnalyticsOverviewOrgsCoursesResourceWithRawResponse",
]


class AiAnalyticsOverviewOrgsCoursesResource:
    """`Client.ai_analytics.overview.orgs.courses`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOverviewOrgsCoursesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOverviewOrgsCoursesResourceWithRawResponse(self)

    @cached_property
    def completions(self) -> AiAnalyticsOverviewOrgsCoursesCompletionsResource:
        from .completions import AiAnalyticsOverviewOrgsCoursesCompletionsResource

        return AiAnalyticsOverviewOrgsCoursesCompletionsResource(self._client)


class AiAnalyticsOverviewOrgsCoursesResourceWithRawResponse:
    """`Client.ai_analytics.overview.orgs.courses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOverviewOrgsCoursesResource) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> AiAnalyticsOverviewOrgsCoursesCompletionsResourceWithRawResponse:
        from .completions import AiAnalyticsOverviewOrgsCoursesCompletionsResourceWithRawResponse

        return AiAnalyticsOverviewOrgsCoursesCompletionsResourceWithRawResponse(
            self._resource.completions
        )


class AsyncAiAnalyticsOverviewOrgsCoursesResource:
    """`AsyncClient.ai_analytics.overview.orgs.courses`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsOverviewOrgsCoursesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOverviewOrgsCoursesResourceWithRawResponse(self)

    @cached_property
    def completions(self) -> AsyncAiAnalyticsOverviewOrgsCoursesCompletionsResource:
        from .completions import AsyncAiAnalyticsOverviewOrgsCoursesCompletionsResource

        return AsyncAiAnalyticsOverviewOrgsCoursesCompletionsResource(self._client)


class AsyncAiAnalyticsOverviewOrgsCoursesResourceWithRawResponse:
    """`AsyncClient.ai_analytics.overview.orgs.courses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOverviewOrgsCoursesResource) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> AsyncAiAnalyticsOverviewOrgsCoursesCompletionsResourceWithRawResponse:
        from .completions import (
            AsyncAiAnalyticsOverviewOrgsCoursesCompletionsResourceWithRawResponse,
        )

        return AsyncAiAnalyticsOverviewOrgsCoursesCompletionsResourceWithRawResponse(
            self._resource.completions
        )
