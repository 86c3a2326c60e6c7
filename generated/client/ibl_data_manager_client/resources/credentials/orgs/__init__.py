"""`Client.credentials.orgs`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .users import (
        AsyncCredentialsOrgsUsersResource,
        AsyncCredentialsOrgsUsersResourceWithRawResponse,
        CredentialsOrgsUsersResource,
        CredentialsOrgsUsersResourceWithRawResponse,
    )

__all__ = [
    "CredentialsOrgsResource",
    "CredentialsOrgsResourceWithRawResponse",
    "AsyncCredentialsOrgsResource",
    "AsyncCredentialsOrgsResourceWithRawResponse",
]


class CredentialsOrgsResource:
    """`Client.credentials.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CredentialsOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CredentialsOrgsResourceWithRawResponse(self)

    @cached_property
    def users(self) -> CredentialsOrgsUsersResource:
        from .users import CredentialsOrgsUsersResource

        return CredentialsOrgsUsersResource(self._client)


class CredentialsOrgsResourceWithRawResponse:
    """`Client.credentials.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CredentialsOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> CredentialsOrgsUsersResourceWithRawResponse:
        from .users import CredentialsOrgsUsersResourceWithRawResponse

        return CredentialsOrgsUsersResourceWithRawResponse(self._resource.users)


class AsyncCredentialsOrgsResource:
    """`AsyncClient.credentials.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCredentialsOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCredentialsOrgsResourceWithRawResponse(self)

    @cached_property
    def users(self) -> AsyncCredentialsOrgsUsersResource:
        from .users import AsyncCredentialsOrgsUsersResource

        return AsyncCredentialsOrgsUsersResource(self._client)


class AsyncCredentialsOrgsResourceWithRawResponse:
    """`AsyncClient.credentials.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCredentialsOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> AsyncCredentialsOrgsUsersResourceWithRawResponse:
        from .users import AsyncCredentialsOrgsUsersResourceWithRawResponse

        return AsyncCredentialsOrgsUsersResourceWithRawResponse(self._resource.users)
