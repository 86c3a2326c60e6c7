"""`Client.roles.platform.orgs.roles`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .users import (
        AsyncRolesPlatformOrgsRolesUsersResource,
        AsyncRolesPlatformOrgsRolesUsersResourceWithRawResponse,
        RolesPlatformOrgsRolesUsersResource,
        RolesPlatformOrgsRolesUsersResourceWithRawResponse,
    )

__all__ = [
    "RolesPlatformOrgsRolesResource",
    "RolesPlatformOrgsRolesResourceWithRawResponse",
    "AsyncRolesPlatformOrgsRolesResource",
    "AsyncRolesPlatformOrgsRolesResourceWithRawResponse",
]


class RolesPlatformOrgsRolesResource:
    """`Client.roles.platform.orgs.roles`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RolesPlatformOrgsRolesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return RolesPlatformOrgsRolesResourceWithRawResponse(self)

    @cached_property
    def users(self) -> RolesPlatformOrgsRolesUsersResource:
        from .users import RolesPlatformOrgsRolesUsersResource

        return RolesPlatformOrgsRolesUsersResource(self._client)


class RolesPlatformOrgsRolesResourceWithRawResponse:
    """`Client.roles.platform.orgs.roles`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: RolesPlatformOrgsRolesResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> RolesPlatformOrgsRolesUsersResourceWithRawResponse:
        from .users import RolesPlatformOrgsRolesUsersResourceWithRawResponse

        return RolesPlatformOrgsRolesUsersResourceWithRawResponse(self._resource.users)


class AsyncRolesPlatformOrgsRolesResource:
    """`AsyncClient.roles.platform.orgs.roles`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncRolesPlatformOrgsRolesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncRolesPlatformOrgsRolesResourceWithRawResponse(self)

    @cached_property
    def users(self) -> AsyncRolesPlatformOrgsRolesUsersResource:
        from .users import AsyncRolesPlatformOrgsRolesUsersResource

        return AsyncRolesPlatformOrgsRolesUsersResource(self._client)


class AsyncRolesPlatformOrgsRolesResourceWithRawResponse:
    """`AsyncClient.roles.platform.orgs.roles`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncRolesPlatformOrgsRolesResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> AsyncRolesPlatformOrgsRolesUsersResourceWithRawResponse:
        from .users import AsyncRolesPlatformOrgsRolesUsersResourceWithRawResponse

        return AsyncRolesPlatformOrgsRolesUsersResourceWithRawResponse(self._resource.users)
