"""`Client.search.users.orgs`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .users import (
        AsyncSearchUsersOrgsUsersResource,
        AsyncSearchUsersOrgsUsersResourceWithRawResponse,
        SearchUsersOrgsUsersResource,
        SearchUsersOrgsUsersResourceWithRawResponse,
    )

__all__ = [
    "SearchUsersOrgsResource",
    "SearchUsersOrgsResourceWithRawResponse",
    "AsyncSearchUsersOrgsResource",
    "AsyncSearchUsersOrgsResourceWithRawResponse",
]


class SearchUsersOrgsResource:
    """`Client.search.users.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SearchUsersOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return SearchUsersOrgsResourceWithRawResponse(self)

    @cached_property
    def users(self) -> SearchUsersOrgsUsersResource:
        from .users import SearchUsersOrgsUsersResource

        return SearchUsersOrgsUsersResource(self._client)


class SearchUsersOrgsResourceWithRawResponse:
    """`Client.search.users.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: SearchUsersOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> SearchUsersOrgsUsersResourceWithRawResponse:
        from .users import SearchUsersOrgsUsersResourceWithRawResponse

        return SearchUsersOrgsUsersResourceWithRawResponse(self._resource.users)


class AsyncSearchUsersOrgsResource:
    """`AsyncClient.search.users.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSearchUsersOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncSearchUsersOrgsResourceWithRawResponse(self)

    @cached_property
    def users(self) -> AsyncSearchUsersOrgsUsersResource:
        from .users import AsyncSearchUsersOrgsUsersResource

        return AsyncSearchUsersOrgsUsersResource(self._client)


class AsyncSearchUsersOrgsResourceWithRawResponse:
    """`AsyncClient.search.users.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncSearchUsersOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> AsyncSearchUsersOrgsUsersResourceWithRawResponse:
        from .users import AsyncSearchUsersOrgsUsersResourceWithRawResponse

        return AsyncSearchUsersOrgsUsersResourceWithRawResponse(self._resource.users)
