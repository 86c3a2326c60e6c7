"""`Client.search.orgs.users`: 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .mentors import (
        AsyncSearchOrgsUsersMentorsResource,
        AsyncSearchOrgsUsersMentorsResourceWithRawResponse,
        SearchOrgsUsersMentorsResource,
        SearchOrgsUsersMentorsResourceWithRawResponse,
    )
    from .prompts import (
        AsyncSearchOrgsUsersPromptsResource,
        AsyncSearchOrgsUsersPromptsResourceWithRawResponse,
        SearchOrgsUsersPromptsResource,
        SearchOrgsUsersPromptsResourceWithRawResponse,
    )
    from .recommended import (
        AsyncSearchOrgsUsersRecommendedResource,
        AsyncSearchOrgsUsersRecommendedResourceWithRawResponse,
        SearchOrgsUsersRecommendedResource,
        SearchOrgsUsersRecommendedResourceWithRawResponse,
    )

__all__ = [
    "SearchOrgsUsersResource",
    "SearchOrgsUsersResourceWithRawResponse",
    "AsyncSearchOrgsUsersResource",
    "AsyncSearchOrgsUsersResourceWithRawResponse",
]


class SearchOrgsUsersResource:
    """`Client.search.orgs.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SearchOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return SearchOrgsUsersResourceWithRawResponse(self)

    @cached_property
    def mentors(self) -> SearchOrgsUsersMentorsResource:
        from .mentors import SearchOrgsUsersMentorsResource

        return SearchOrgsUsersMentorsResource(self._client)

    @cached_property
    def prompts(self) -> SearchOrgsUsersPromptsResource:
        from .prompts import SearchOrgsUsersPromptsResource

        return SearchOrgsUsersPromptsResource(self._client)

    @cached_property
    def recommended(self) -> SearchOrgsUsersRecommendedResource:
        from .recommended import SearchOrgsUsersRecommendedResource

        return SearchOrgsUsersRecommendedResource(self._client)


class SearchOrgsUsersResourceWithRawResponse:
    """`Client.search.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: SearchOrgsUsersResource) -> None:
        self._resource = resource

    @cached_property
    def mentors(self) -> SearchOrgsUsersMentorsResourceWithRawResponse:
        from .mentors import SearchOrgsUsersMentorsResourceWithRawResponse

        return SearchOrgsUsersMentorsResourceWithRawResponse(self._resource.mentors)

    @cached_property
    def prompts(self) -> SearchOrgsUsersPromptsResourceWithRawResponse:
        from .prompts import SearchOrgsUsersPromptsResourceWithRawResponse

        return SearchOrgsUsersPromptsResourceWithRawResponse(self._resource.prompts)

    @cached_property
    def recommended(self) -> SearchOrgsUsersRecommendedResourceWithRawResponse:
        from .recommended import SearchOrgsUsersRecommendedResourceWithRawResponse

        return SearchOrgsUsersRecommendedResourceWithRawResponse(self._resource.recommended)


class AsyncSearchOrgsUsersResource:
    """`AsyncClient.search.orgs.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSearchOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncSearchOrgsUsersResourceWithRawResponse(self)

    @cached_property
    def mentors(self) -> AsyncSearchOrgsUsersMentorsResource:
        from .mentors import AsyncSearchOrgsUsersMentorsResource

        return AsyncSearchOrgsUsersMentorsResource(self._client)

    @cached_property
    def prompts(self) -> AsyncSearchOrgsUsersPromptsResource:
        from .prompts import AsyncSearchOrgsUsersPromptsResource

        return AsyncSearchOrgsUsersPromptsResource(self._client)

    @cached_property
    def recommended(self) -> AsyncSearchOrgsUsersRecommendedResource:
        from .recommended import AsyncSearchOrgsUsersRecommendedResource

        return AsyncSearchOrgsUsersRecommendedResource(self._client)


class AsyncSearchOrgsUsersResourceWithRawResponse:
    """`AsyncClient.search.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncSearchOrgsUsersResource) -> None:
        self._resource = resource

    @cached_property
    def mentors(self) -> AsyncSearchOrgsUsersMentorsResourceWithRawResponse:
        from .mentors import AsyncSearchOrgsUsersMentorsResourceWithRawResponse

        return AsyncSearchOrgsUsersMentorsResourceWithRawResponse(self._resource.mentors)

    @cached_property
    def prompts(self) -> AsyncSearchOrgsUsersPromptsResourceWithRawResponse:
        from .prompts import AsyncSearchOrgsUsersPromptsResourceWithRawResponse

        return AsyncSearchOrgsUsersPromptsResourceWithRawResponse(self._resource.prompts)

    @cached_property
    def recommended(self) -> AsyncSearchOrgsUsersRecommendedResourceWithRawResponse:
        from .recommended import AsyncSearchOrgsUsersRecommendedResourceWithRawResponse

        return AsyncSearchOrgsUsersRecommendedResourceWithRawResponse(self._resource.recommended)
