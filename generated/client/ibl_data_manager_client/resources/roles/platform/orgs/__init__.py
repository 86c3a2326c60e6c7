"""`Client.roles.platform.orgs`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .roles import (
        AsyncRolesPlatformOrgsRolesResource,
        AsyncRolesPlatformOrgsRolesResourceWithRawResponse,
        RolesPlatformOrgsRolesResource,
        RolesPlatformOrgsRolesResourceWithRawResponse,
    )

__all__ = [
    "RolesPlatformOrgsResource",
    "RolesPlatformOrgsResourceWithRawResponse",
    "AsyncRolesPlatformOrgsResource",
    "AsyncRolesPlatformOrgsResourceWithRawResponse",
]


class RolesPlatformOrgsResource:
    """`Client.roles.platform.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RolesPlatformOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return RolesPlatformOrgsResourceWithRawResponse(self)

    @cached_property
    def roles(self) -> RolesPlatformOrgsRolesResource:
        from .roles import RolesPlatformOrgsRolesResource

        return RolesPlatformOrgsRolesResource(self._client)


class RolesPlatformOrgsResourceWithRawResponse:
    """`Client.roles.platform.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: RolesPlatformOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def roles(self) -> RolesPlatformOrgsRolesResourceWithRawResponse:
        from .roles import RolesPlatformOrgsRolesResourceWithRawResponse

        return RolesPlatformOrgsRolesResourceWithRawResponse(self._resource.roles)


class AsyncRolesPlatformOrgsResource:
    """`AsyncClient.roles.platform.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncRolesPlatformOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncRolesPlatformOrgsResourceWithRawResponse(self)

    @cached_property
    def roles(self) -> AsyncRolesPlatformOrgsRolesResource:
        from .roles import AsyncRolesPlatformOrgsRolesResource

        return AsyncRolesPlatformOrgsRolesResource(self._client)


class AsyncRolesPlatformOrgsResourceWithRawResponse:
    """`AsyncClient.roles.platform.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncRolesPlatformOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def roles(self) -> AsyncRolesPlatformOrgsRolesResourceWithRawResponse:
        from .roles import AsyncRolesPlatformOrgsRolesResourceWithRawResponse

        return AsyncRolesPlatformOrgsRolesResourceWithRawResponse(self._resource.roles)
