"""`Client.ai_search`: 6 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .mentors import (
        AiSearchMentorsResource,
        AiSearchMentorsResourceWithRawResponse,
        AsyncAiSearchMentorsResource,
        AsyncAiSearchMentorsResourceWithRawResponse,
    )
    from .orgs import (
        AiSearchOrgsResource,
        AiSearchOrgsResourceWithRawResponse,
        AsyncAiSearchOrgsResource,
        AsyncAiSearchOrgsResourceWithRawResponse,
    )
    from .personalized_mentors import (
        AiSearchPersonalizedMentorsResource,
        AiSearchPersonalizedMentorsResourceWithRawResponse,
        AsyncAiSearchPersonalizedMentorsResource,
        AsyncAiSearchPersonalizedMentorsResourceWithRawResponse,
    )
    from .prompts import (
        AiSearchPromptsResource,
        AiSearchPromptsResourceWithRawResponse,
        AsyncAiSearchPromptsResource,
        AsyncAiSearchPromptsResourceWithRawResponse,
    )
    from .recommendation import (
        AiSearchRecommendationResource,
        AiSearchRecommendationResourceWithRawResponse,
        AsyncAiSearchRecommendationResource,
        AsyncAiSearchRecommendationResourceWithRawResponse,
    )
    from .recommendations import (
        AiSearchRecommendationsResource,
        AiSearchRecommendationsResourceWithRawResponse,
        AsyncAiSearchRecommendationsResource,
        AsyncAiSearchRecommendationsResourceWithRawResponse,
    )

__all__ = [
    "AiSearchResource",
    "AiSearchResourceWithRawResponse",
    "AsyncAiSearchResource",
    "AsyncAiSearchResourceWithRawResponse",
]


class AiSearchResource:
    """`Client.ai_search`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiSearchResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiSearchResourceWithRawResponse(self)

    @cached_property
    def mentors(self) -> AiSearchMentorsResource:
        from .mentors import AiSearchMentorsResource

        return AiSearchMentorsResource(self._client)

    @cached_property
    def orgs(self) -> AiSearchOrgsResource:
        from .orgs import AiSearchOrgsResource

        return AiSearchOrgsResource(self._client)

    @cached_property
    def personalized_mentors(self) -> AiSearchPersonalizedMentorsResource:
        from .personalized_mentors import AiSearchPersonalizedMentorsResource

        return AiSearchPersonalizedMentorsResource(self._client)

    @cached_property
    def prompts(self) -> AiSearchPromptsResource:
        from .prompts import AiSearchPromptsResource

        return AiSearchPromptsResource(self._client)

    @cached_property
    def recommendation(self) -> AiSearchRecommendationResource:
        from .recommendation import AiSearchRecommendationResource

        return AiSearchRecommendationResource(self._client)

    @cached_property
    def recommendations(self) -> AiSearchRecommendationsResource:
        from .recommendations import AiSearchRecommendationsResource

        return AiSearchRecommendationsResource(self._client)


class AiSearchResourceWithRawResponse:
    """`Client.ai_search`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiSearchResource) -> None:
        self._resource = resource

    @cached_property
    def mentors(self) -> AiSearchMentorsResourceWithRawResponse:
        from .mentors import AiSearchMentorsResourceWithRawResponse

        return AiSearchMentorsResourceWithRawResponse(self._resource.mentors)

    @cached_property
    def orgs(self) -> AiSearchOrgsResourceWithRawResponse:
        from .orgs import AiSearchOrgsResourceWithRawResponse

        return AiSearchOrgsResourceWithRawResponse(self._resource.orgs)

    @cached_property
    def personalized_mentors(self) -> AiSearchPersonalizedMentorsResourceWithRawResponse:
        from .personalized_mentors import AiSearchPersonalizedMentorsResourceWithRawResponse

        return AiSearchPersonalizedMentorsResourceWithRawResponse(
            self._resource.personalized_mentors
        )

    @cached_property
    def prompts(self) -> AiSearchPromptsResourceWithRawResponse:
        from .prompts import AiSearchPromptsResourceWithRawResponse

        return AiSearchPromptsResourceWithRawResponse(self._resource.prompts)

    @cached_property
    def recommendation(self) -> AiSearchRecommendationResourceWithRawResponse:
        from .recommendation import AiSearchRecommendationResourceWithRawResponse

        return AiSearchRecommendationResourceWithRawResponse(self._resource.recommendation)

    @cached_property
    def recommendations(self) -> AiSearchRecommendationsResourceWithRawResponse:
        from .recommendations import AiSearchRecommendationsResourceWithRawResponse

        return AiSearchRecommendationsResourceWithRawResponse(self._resource.recommendations)


class AsyncAiSearchResource:
    """`AsyncClient.ai_search`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiSearchResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiSearchResourceWithRawResponse(self)

    @cached_property
    def mentors(self) -> AsyncAiSearchMentorsResource:
        from .mentors import AsyncAiSearchMentorsResource

        return AsyncAiSearchMentorsResource(self._client)

    @cached_property
    def orgs(self) -> AsyncAiSearchOrgsResource:
        from .orgs import AsyncAiSearchOrgsResource

        return AsyncAiSearchOrgsResource(self._client)

    @cached_property
    def personalized_mentors(self) -> AsyncAiSearchPersonalizedMentorsResource:
        from .personalized_mentors import AsyncAiSearchPersonalizedMentorsResource

        return AsyncAiSearchPersonalizedMentorsResource(self._client)

    @cached_property
    def prompts(self) -> AsyncAiSearchPromptsResource:
        from .prompts import AsyncAiSearchPromptsResource

        return AsyncAiSearchPromptsResource(self._client)

    @cached_property
    def recommendation(self) -> AsyncAiSearchRecommendationResource:
        from .recommendation import AsyncAiSearchRecommendationResource

        return AsyncAiSearchRecommendationResource(self._client)

    @cached_property
    def recommendations(self) -> AsyncAiSearchRecommendationsResource:
        from .recommendations import AsyncAiSearchRecommendationsResource

        return AsyncAiSearchRecommendationsResource(self._client)


class AsyncAiSearchResourceWithRawResponse:
    """`AsyncClient.ai_search`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiSearchResource) -> None:
        self._resource = resource

    @cached_property
    def mentors(self) -> AsyncAiSearchMentorsResourceWithRawResponse:
        from .mentors import AsyncAiSearchMentorsResourceWithRawResponse

        return AsyncAiSearchMentorsResourceWithRawResponse(self._resource.mentors)

    @cached_property
    def orgs(self) -> AsyncAiSearchOrgsResourceWithRawResponse:
        from .orgs import AsyncAiSearchOrgsResourceWithRawResponse

        return AsyncAiSearchOrgsResourceWithRawResponse(self._resource.orgs)

    @cached_property
    def personalized_mentors(self) -> AsyncAiSearchPersonalizedMentorsResourceWithRawResponse:
        from .personalized_mentors import AsyncAiSearchPersonalizedMentorsResourceWithRawResponse

        return AsyncAiSearchPersonalizedMentorsResourceWithRawResponse(
            self._resource.personalized_mentors
        )

    @cached_property
    def prompts(self) -> AsyncAiSearchPromptsResourceWithRawResponse:
        from .prompts import AsyncAiSearchPromptsResourceWithRawResponse

        return AsyncAiSearchPromptsResourceWithRawResponse(self._resource.prompts)

    @cached_property
    def recommendation(self) -> AsyncAiSearchRecommendationResourceWithRawResponse:
        from .recommendation import AsyncAiSearchRecommendationResourceWithRawResponse

        return AsyncAiSearchRecommendationResourceWithRawResponse(self._resource.recommendation)

    @cached_property
    def recommendations(self) -> AsyncAiSearchRecommendationsResourceWithRawResponse:
        from .recommendations import AsyncAiSearchRecommendationsResourceWithRawResponse

        return AsyncAiSearchRecommendationsResourceWithRawResponse(self._resource.recommendations)
