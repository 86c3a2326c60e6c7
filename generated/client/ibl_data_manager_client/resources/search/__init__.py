"""`Client.search`: 7 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .ai_search import (
        AsyncSearchAiSearchResource,
        AsyncSearchAiSearchResourceWithRawResponse,
        SearchAiSearchResource,
        SearchAiSearchResourceWithRawResponse,
    )
    from .catalog import (
        AsyncSearchCatalogResource,
        AsyncSearchCatalogResourceWithRawResponse,
        SearchCatalogResource,
        SearchCatalogResourceWithRawResponse,
    )
    from .mentors import (
        AsyncSearchMentorsResource,
        AsyncSearchMentorsResourceWithRawResponse,
        SearchMentorsResource,
        SearchMentorsResourceWithRawResponse,
    )
    from .orgs import (
        AsyncSearchOrgsResource,
        AsyncSearchOrgsResourceWithRawResponse,
        SearchOrgsResource,
        SearchOrgsResourceWithRawResponse,
    )
    from .personalized_catalog import (
        AsyncSearchPersonalizedCatalogResource,
        AsyncSearchPersonalizedCatalogResourceWithRawResponse,
        SearchPersonalizedCatalogResource,
        SearchPersonalizedCatalogResourceWithRawResponse,
    )
    from .prompts import (
        AsyncSearchPromptsResource,
        AsyncSearchPromptsResourceWithRawResponse,
        SearchPromptsResource,
        SearchPromptsResourceWithRawResponse,
    )
    from .users import (
        AsyncSearchUsersResource,
        AsyncSearchUsersResourceWithRawResponse,
        SearchUsersResource,
        SearchUsersResourceWithRawResponse,
    )

__all__ = [
    "SearchResource",
    "SearchResourceWithRawResponse",
    "AsyncSearchResource",
    "AsyncSearchResourceWithRawResponse",
]


class SearchResource:
    """`Client.search`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SearchResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return SearchResourceWithRawResponse(self)

    @cached_property
    def ai_search(self) -> SearchAiSearchResource:
        from .ai_search import SearchAiSearchResource

        return SearchAiSearchResource(self._client)

    @cached_property
    def catalog(self) -> SearchCatalogResource:
        from .catalog import SearchCatalogResource

        return SearchCatalogResource(self._client)

    @cached_property
    def mentors(self) -> SearchMentorsResource:
        from .mentors import SearchMentorsResource

        return SearchMentorsResource(self._client)

    @cached_property
    def orgs(self) -> SearchOrgsResource:
        from .orgs import SearchOrgsResource

        return SearchOrgsResource(self._client)

    @cached_property
    def personalized_catalog(self) -> SearchPersonalizedCatalogResource:
        from .personalized_catalog import SearchPersonalizedCatalogResource

        return SearchPersonalizedCatalogResource(self._client)

    @cached_property
    def prompts(self) -> SearchPromptsResource:
        from .prompts import SearchPromptsResource

        return SearchPromptsResource(self._client)

    @cached_property
    def users(self) -> SearchUsersResource:
        from .users import SearchUsersResource

        return SearchUsersResource(self._client)


class SearchResourceWithRawResponse:
    """`Client.search`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: SearchResource) -> None:
        self._resource = resource

    @cached_property
    def ai_search(self) -> SearchAiSearchResourceWithRawResponse:
        from .ai_search import SearchAiSearchResourceWithRawResponse

        return SearchAiSearchResourceWithRawResponse(self._resource.ai_search)

    @cached_property
    def catalog(self) -> SearchCatalogResourceWithRawResponse:
        from .catalog import SearchCatalogResourceWithRawResponse

        return SearchCatalogResourceWithRawResponse(self._resource.catalog)

    @cached_property
    def mentors(self) -> SearchMentorsResourceWithRawResponse:
        from .mentors import SearchMentorsResourceWithRawResponse

        return SearchMentorsResourceWithRawResponse(self._resource.mentors)

    @cached_property
    def orgs(self) -> SearchOrgsResourceWithRawResponse:
        from .orgs import SearchOrgsResourceWithRawResponse

        return SearchOrgsResourceWithRawResponse(self._resource.orgs)

    @cached_property
    def personalized_catalog(self) -> SearchPersonalizedCatalogResourceWithRawResponse:
        from .personalized_catalog import SearchPersonalizedCatalogResourceWithRawResponse

        return SearchPersonalizedCatalogResourceWithRawResponse(self._resource.personalized_catalog)

    @cached_property
    def prompts(self) -> SearchPromptsResourceWithRawResponse:
        from .prompts import SearchPromptsResourceWithRawResponse

        return SearchPromptsResourceWithRawResponse(self._resource.prompts)

    @cached_property
    def users(self) -> SearchUsersResourceWithRawResponse:
        from .users import SearchUsersResourceWithRawResponse

        return SearchUsersResourceWithRawResponse(self._resource.users)


class AsyncSearchResource:
    """`AsyncClient.search`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSearchResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncSearchResourceWithRawResponse(self)

    @cached_property
    def ai_search(self) -> AsyncSearchAiSearchResource:
        from .ai_search import AsyncSearchAiSearchResource

        return AsyncSearchAiSearchResource(self._client)

    @cached_property
    def catalog(self) -> AsyncSearchCatalogResource:
        from .catalog import AsyncSearchCatalogResource

        return AsyncSearchCatalogResource(self._client)

    @cached_property
    def mentors(self) -> AsyncSearchMentorsResource:
        from .mentors import AsyncSearchMentorsResource

        return AsyncSearchMentorsResource(self._client)

    @cached_property
    def orgs(self) -> AsyncSearchOrgsResource:
        from .orgs import AsyncSearchOrgsResource

        return AsyncSearchOrgsResource(self._client)

    @cached_property
    def personalized_catalog(self) -> AsyncSearchPersonalizedCatalogResource:
        from .personalized_catalog import AsyncSearchPersonalizedCatalogResource

        return AsyncSearchPersonalizedCatalogResource(self._client)

    @cached_property
    def prompts(self) -> AsyncSearchPromptsResource:
        from .prompts import AsyncSearchPromptsResource

        return AsyncSearchPromptsResource(self._client)

    @cached_property
    def users(self) -> AsyncSearchUsersResource:
        from .users import AsyncSearchUsersResource

        return AsyncSearchUsersResource(self._client)


class AsyncSearchResourceWithRawResponse:
    """`AsyncClient.search`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncSearchResource) -> None:
        self._resource = resource

    @cached_property
    def ai_search(self) -> AsyncSearchAiSearchResourceWithRawResponse:
        from .ai_search import AsyncSearchAiSearchResourceWithRawResponse

        return AsyncSearchAiSearchResourceWithRawResponse(self._resource.ai_search)

    @cached_property
    def catalog(self) -> AsyncSearchCatalogResourceWithRawResponse:
        from .catalog import AsyncSearchCatalogResourceWithRawResponse

        return AsyncSearchCatalogResourceWithRawResponse(self._resource.catalog)

    @cached_property
    def mentors(self) -> AsyncSearchMentorsResourceWithRawResponse:
        from .mentors import AsyncSearchMentorsResourceWithRawResponse

        return AsyncSearchMentorsResourceWithRawResponse(self._resource.mentors)

    @cached_property
    def orgs(self) -> AsyncSearchOrgsResourceWithRawResponse:
        from .orgs import AsyncSearchOrgsResourceWithRawResponse

        return AsyncSearchOrgsResourceWithRawResponse(self._resource.orgs)

    @cached_property
    def personalized_catalog(self) -> AsyncSearchPersonalizedCatalogResourceWithRawResponse:
        from .personalized_catalog import AsyncSearchPersonalizedCatalogResourceWithRawResponse

        return AsyncSearchPersonalizedCatalogResourceWithRawResponse(
            self._resource.personalized_catalog
        )

    @cached_property
    def prompts(self) -> AsyncSearchPromptsResourceWithRawResponse:
        from .prompts import AsyncSearchPromptsResourceWithRawResponse

        return AsyncSearchPromptsResourceWithRawResponse(self._resource.prompts)

    @cached_property
    def users(self) -> AsyncSearchUsersResourceWithRawResponse:
        from .users import AsyncSearchUsersResourceWithRawResponse

        return AsyncSearchUsersResourceWithRawResponse(self._resource.users)
