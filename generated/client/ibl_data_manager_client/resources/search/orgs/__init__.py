"""`Client.search.orgs`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .users import (
        AsyncSearchOrgsUsersResource,
        AsyncSearchOrgsUsersResourceWithRawResponse,
        SearchOrgsUsersResource,
        SearchOrgsUsersResourceWithRawResponse,
    )

__all__ = [
    "SearchOrgsResource",
    "SearchOrgsResourceWithRawResponse",
    "AsyncSearchOrgsResource",
    "AsyncSearchOrgsResourceWithRawResponse",
]


class SearchOrgsResource:
    """`Client.search.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SearchOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return SearchOrgsResourceWithRawResponse(self)

    @cached_property
    def users(self) -> SearchOrgsUsersResource:
        from .users import SearchOrgsUsersResource

        return SearchOrgsUsersResource(self._client)


class SearchOrgsResourceWithRawResponse:
    """`Client.search.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: SearchOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> SearchOrgsUsersResourceWithRawResponse:
        from .users import SearchOrgsUsersResourceWithRawResponse

        return SearchOrgsUsersResourceWithRawResponse(self._resource.users)


class AsyncSearchOrgsResource:
    """`AsyncClient.search.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSearchOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncSearchOrgsResourceWithRawResponse(self)

    @cached_property
    def users(self) -> AsyncSearchOrgsUsersResource:
        from .users import AsyncSearchOrgsUsersResource

        return AsyncSearchOrgsUsersResource(self._client)


class AsyncSearchOrgsResourceWithRawResponse:
    """`AsyncClient.search.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncSearchOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> AsyncSearchOrgsUsersResourceWithRawResponse:
        from .users import AsyncSearchOrgsUsersResourceWithRawResponse

        return AsyncSearchOrgsUsersResourceWithRawResponse(self._resource.users)
