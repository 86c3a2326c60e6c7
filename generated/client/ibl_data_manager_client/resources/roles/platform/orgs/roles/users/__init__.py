"""`Client.roles.platform.orgs.roles.users`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .desired_roles import (
        AsyncRolesPlatformOrgsRolesUsersDesiredRolesResource,
        AsyncRolesPlatformOrgsRolesUsersDesiredRolesResourceWithRawResponse,
        RolesPlatformOrgsRolesUsersDesiredRolesResource,
        RolesPlatformOrgsRolesUsersDesiredRolesResourceWithRawResponse,
    )
    from .reported_roles import (
        AsyncRolesPlatformOrgsRolesUsersReportedRolesResource,
        AsyncRolesPlatformOrgsRolesUsersReportedRolesResourceWithRawResponse,
        RolesPlatformOrgsRolesUsersReportedRolesResource,
        RolesPlatformOrgsRolesUsersReportedRolesResourceWithRawResponse,
    )

__all__ = [
    "RolesPlatformOrgsRolesUsersResource",
    "RolesPlatformOrgsRolesUsersResourceWithRawResponse",
    "AsyncRolesPlatformOrgsRolesUsersResource",
    "AsyncRolesPlatformOrgsRolesUsersResourceWithRawResponse",
]


class RolesPlatformOrgsRolesUsersResource:
    """`Client.roles.platform.orgs.roles.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RolesPlatformOrgsRolesUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return RolesPlatformOrgsRolesUsersResourceWithRawResponse(self)

    @cached_property
    def desired_roles(self) -> RolesPlatformOrgsRolesUsersDesiredRolesResource:
        from .desired_roles import RolesPlatformOrgsRolesUsersDesiredRolesResource

        return RolesPlatformOrgsRolesUsersDesiredRolesResource(self._client)

    @cached_property
    def reported_roles(self) -> RolesPlatformOrgsRolesUsersReportedRolesResource:
        from .reported_roles import RolesPlatformOrgsRolesUsersReportedRolesResource

        return RolesPlatformOrgsRolesUsersReportedRolesResource(self._client)


class RolesPlatformOrgsRolesUsersResourceWithRawResponse:
    """`Client.roles.platform.orgs.roles.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: RolesPlatformOrgsRolesUsersResource) -> None:
        self._resource = resource

    @cached_property
    def desired_roles(self) -> RolesPlatformOrgsRolesUsersDesiredRolesResourceWithRawResponse:
        from .desired_roles import RolesPlatformOrgsRolesUsersDesiredRolesResourceWithRawResponse

        return RolesPlatformOrgsRolesUsersDesiredRolesResourceWithRawResponse(
            self._resource.desired_roles
        )

    @cached_property
    def reported_roles(self) -> RolesPlatformOrgsRolesUsersReportedRolesResourceWithRawResponse:
        from .reported_roles import RolesPlatformOrgsRolesUsersReportedRolesResourceWithRawResponse

        return RolesPlatformOrgsRolesUsersReportedRolesResourceWithRawResponse(
            self._resource.reported_roles
        )


class AsyncRolesPlatformOrgsRolesUsersResource:
    """`AsyncClient.roles.platform.orgs.roles.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncRolesPlatformOrgsRolesUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncRolesPlatformOrgsRolesUsersResourceWithRawResponse(self)

    @cached_property
    def desired_roles(self) -> AsyncRolesPlatformOrgsRolesUsersDesiredRolesResource:
        from .desired_roles import AsyncRolesPlatformOrgsRolesUsersDesiredRolesResource

        return AsyncRolesPlatformOrgsRolesUsersDesiredRolesResource(self._client)

    @cached_property
    def reported_roles(self) -> AsyncRolesPlatformOrgsRolesUsersReportedRolesResource:
        from .reported_roles import AsyncRolesPlatformOrgsRolesUsersReportedRolesResource

        return AsyncRolesPlatformOrgsRolesUsersReportedRolesResource(self._client)


class AsyncRolesPlatformOrgsRolesUsersResourceWithRawResponse:
    """`AsyncClient.roles.platform.orgs.roles.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncRolesPlatformOrgsRolesUsersResource) -> None:
        self._resource = resource

    @cached_property
    def desired_roles(self) -> AsyncRolesPlatformOrgsRolesUsersDesiredRolesResourceWithRawResponse:
        from .desired_roles import (
            AsyncRolesPlatformOrgsRolesUsersDesiredRolesResourceWithRawResponse,
        )

        return AsyncRolesPlatformOrgsRolesUsersDesiredRolesResourceWithRawResponse(
            self._resource.desired_roles
        )

    @cached_property
    def reported_roles(
        self,
    ) -> AsyncRolesPlatformOrgsRolesUsersReportedRolesResourceWithRawResponse:
        from .reported_roles import (
            AsyncRolesPlatformOrgsRolesUsersReportedRolesResourceWithRawResponse,
        )

        return AsyncRolesPlatformOrgsRolesUsersReportedRolesResourceWithRawResponse(
            self._resource.reported_roles
        )
