"""`Client.search.users`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .orgs import (
        AsyncSearchUsersOrgsResource,
        AsyncSearchUsersOrgsResourceWithRawResponse,
        SearchUsersOrgsResource,
        SearchUsersOrgsResourceWithRawResponse,
    )

__all__ = [
    "SearchUsersResource",
    "SearchUsersResourceWithRawResponse",
    "AsyncSearchUsersResource",
    "AsyncSearchUsersResourceWithRawResponse",
]


class SearchUsersResource:
    """`Client.search.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SearchUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return SearchUsersResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> SearchUsersOrgsResource:
        from .orgs import SearchUsersOrgsResource

        return SearchUsersOrgsResource(self._client)


class SearchUsersResourceWithRawResponse:
    """`Client.search.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: SearchUsersResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> SearchUsersOrgsResourceWithRawResponse:
        from .orgs import SearchUsersOrgsResourceWithRawResponse

        return SearchUsersOrgsResourceWithRawResponse(self._resource.orgs)


class AsyncSearchUsersResource:
    """`AsyncClient.search.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSearchUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncSearchUsersResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AsyncSearchUsersOrgsResource:
        from .orgs import AsyncSearchUsersOrgsResource

        return AsyncSearchUsersOrgsResource(self._client)


class AsyncSearchUsersResourceWithRawResponse:
    """`AsyncClient.search.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncSearchUsersResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AsyncSearchUsersOrgsResourceWithRawResponse:
        from .orgs import AsyncSearchUsersOrgsResourceWithRawResponse

        return AsyncSearchUsersOrgsResourceWithRawResponse(self._resource.orgs)
