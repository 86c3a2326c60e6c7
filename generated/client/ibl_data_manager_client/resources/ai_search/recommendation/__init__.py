"""`Client.ai_search.recommendation`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .prompts import (
        AiSearchRecommendationPromptsResource,
        AiSearchRecommendationPromptsResourceWithRawResponse,
        AsyncAiSearchRecommendationPromptsResource,
        AsyncAiSearchRecommendationPromptsResourceWithRawResponse,
    )

__all__ = [
    "AiSearchRecommendationResource",
    "AiSearchRecommendationResourceWithRawResponse",
    "AsyncAiSearchRecommendationResource",
    "AsyncAiSearchRecommendationResourceWithRawResponse",
]


class AiSearchRecommendationResource:
    """`Client.ai_search.recommendation`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiSearchRecommendationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiSearchRecommendationResourceWithRawResponse(self)

    @cached_property
    def prompts(self) -> AiSearchRecommendationPromptsResource:
        from .prompts import AiSearchRecommendationPromptsResource

        return AiSearchRecommendationPromptsResource(self._client)


class AiSearchRecommendationResourceWithRawResponse:
    """`Client.ai_search.recommendation`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiSearchRecommendationResource) -> None:
        self._resource = resource

    @cached_property
    def prompts(self) -> AiSearchRecommendationPromptsResourceWithRawResponse:
        from .prompts import AiSearchRecommendationPromptsResourceWithRawResponse

        return AiSearchRecommendationPromptsResourceWithRawResponse(self._resource.prompts)


class AsyncAiSearchRecommendationResource:
    """`AsyncClient.ai_search.recommendation`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiSearchRecommendationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiSearchRecommendationResourceWithRawResponse(self)

    @cached_property
    def prompts(self) -> AsyncAiSearchRecommendationPromptsResource:
        from .prompts import AsyncAiSearchRecommendationPromptsResource

        return AsyncAiSearchRecommendationPromptsResource(self._client)


class AsyncAiSearchRecommendationResourceWithRawResponse:
    """`AsyncClient.ai_search.recommendation`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiSearchRecommendationResource) -> None:
        self._resource = resource

    @cached_property
    def prompts(self) -> AsyncAiSearchRecommendationPromptsResourceWithRawResponse:
        from .prompts import AsyncAiSearchRecommendationPromptsResourceWithRawResponse

        return AsyncAiSearchRecommendationPromptsResourceWithRawResponse(self._resource.prompts)
