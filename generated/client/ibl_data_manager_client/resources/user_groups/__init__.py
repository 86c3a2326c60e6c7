"""`Client.user_groups`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .orgs import (
        AsyncUserGroupsOrgsResource,
        AsyncUserGroupsOrgsResourceWithRawResponse,
        UserGroupsOrgsResource,
        UserGroupsOrgsResourceWithRawResponse,
    )

__all__ = [
    "UserGroupsResource",
    "UserGroupsResourceWithRawResponse",
    "AsyncUserGroupsResource",
    "AsyncUserGroupsResourceWithRawResponse",
]


class UserGroupsResource:
    """`Client.user_groups`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> UserGroupsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return UserGroupsResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> UserGroupsOrgsResource:
        from .orgs import UserGroupsOrgsResource

        return UserGroupsOrgsResource(self._client)


class UserGroupsResourceWithRawResponse:
    """`Client.user_groups`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: UserGroupsResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> UserGroupsOrgsResourceWithRawResponse:
        from .orgs import UserGroupsOrgsResourceWithRawResponse

        return UserGroupsOrgsResourceWithRawResponse(self._resource.orgs)


class AsyncUserGroupsResource:
    """`AsyncClient.user_groups`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncUserGroupsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncUserGroupsResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AsyncUserGroupsOrgsResource:
        from .orgs import AsyncUserGroupsOrgsResource

        return AsyncUserGroupsOrgsResource(self._client)


class AsyncUserGroupsResourceWithRawResponse:
    """`AsyncClient.user_groups`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncUserGroupsResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AsyncUserGroupsOrgsResourceWithRawResponse:
        from .orgs import AsyncUserGroupsOrgsResourceWithRawResponse

        return AsyncUserGroupsOrgsResourceWithRawResponse(self._resource.orgs)
