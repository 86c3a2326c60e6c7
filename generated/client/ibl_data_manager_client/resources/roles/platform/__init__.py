"""`Client.roles.platform`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .orgs import (
        AsyncRolesPlatformOrgsResource,
        AsyncRolesPlatformOrgsResourceWithRawResponse,
        RolesPlatformOrgsResource,
        RolesPlatformOrgsResourceWithRawResponse,
    )

__all__ = [
    "RolesPlatformResource",
    "RolesPlatformResourceWithRawResponse",
    "AsyncRolesPlatformResource",
    "AsyncRolesPlatformResourceWithRawResponse",
]


class RolesPlatformResource:
    """`Client.roles.platform`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RolesPlatformResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return RolesPlatformResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> RolesPlatformOrgsResource:
        from .orgs import RolesPlatformOrgsResource

        return RolesPlatformOrgsResource(self._client)


class RolesPlatformResourceWithRawResponse:
    """`Client.roles.platform`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: RolesPlatformResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> RolesPlatformOrgsResourceWithRawResponse:
        from .orgs import RolesPlatformOrgsResourceWithRawResponse

        return RolesPlatformOrgsResourceWithRawResponse(self._resource.orgs)


class AsyncRolesPlatformResource:
    """`AsyncClient.roles.platform`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncRolesPlatformResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncRolesPlatformResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AsyncRolesPlatformOrgsResource:
        from .orgs import AsyncRolesPlatformOrgsResource

        return AsyncRolesPlatformOrgsResource(self._client)


class AsyncRolesPlatformResourceWithRawResponse:
    """`AsyncClient.roles.platform`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncRolesPlatformResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AsyncRolesPlatformOrgsResourceWithRawResponse:
        from .orgs import AsyncRolesPlatformOrgsResourceWithRawResponse

        return AsyncRolesPlatformOrgsResourceWithRawResponse(self._resource.orgs)
