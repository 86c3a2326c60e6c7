"""`Client.roles.platform.orgs.roles.users.desired_roles`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.core import (
    roles_platform_orgs_roles_users_desired_roles_retrieve as _roles_platform_orgs_roles_users_desired_roles_retrieve,
)
from ........models.desired_role import DesiredRole

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "RolesPlatformOrgsRolesUsersDesiredRolesResource",
    "RolesPlatformOrgsRolesUsersDesiredRolesResourceWithRawResponse",
    "AsyncRolesPlatformOrgsRolesUsersDesiredRolesResource",
    "AsyncRolesPlatformOrgsRolesUsersDesiredRolesResourceWithRawResponse",
]


class RolesPlatformOrgsRolesUsersDesiredRolesResource:
    """`Client.roles.platform.orgs.roles.users.desired_roles`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RolesPlatformOrgsRolesUsersDesiredRolesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return RolesPlatformOrgsRolesUsersDesiredRolesResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> DesiredRole:
        """Retrieve a user's desired role information.  This endpoint returns the role and skills
        that a user has indicated they want to develop or acquire. This represents the user's
        career goals and learning objectives.  Path Parameters:     org (str): The
        platform/organization identifier     username (str): The username of the user to
        retrieve role information for  Returns:     The user's desired role information
        including:     - Target role title     - Skills needed for the role     - Current
        progress toward skill acquisition  Error Responses:     400 Bad Request: If the user
        doesn't exist in the platform or has no desired role     404 Not Found: If the specified
        platform doesn't exist

        Args:
            org (str, path)
            username (str, path)

        Returns:
            DesiredRole
        """
        return self._client._send(
            _roles_platform_orgs_roles_users_desired_roles_retrieve.OPERATION,
            _roles_platform_orgs_roles_users_desired_roles_retrieve.build_request(
                org=org, username=username
            ),
            options,
        )


class RolesPlatformOrgsRolesUsersDesiredRolesResourceWithRawResponse:
    """`Client.roles.platform.orgs.roles.users.desired_roles`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: RolesPlatformOrgsRolesUsersDesiredRolesResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncRolesPlatformOrgsRolesUsersDesiredRolesResource:
    """`AsyncClient.roles.platform.orgs.roles.users.desired_roles`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncRolesPlatformOrgsRolesUsersDesiredRolesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncRolesPlatformOrgsRolesUsersDesiredRolesResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> DesiredRole:
        """Retrieve a user's desired role information.  This endpoint returns the role and skills
        that a user has indicated they want to develop or acquire. This represents the user's
        career goals and learning objectives.  Path Parameters:     org (str): The
        platform/organization identifier     username (str): The username of the user to
        retrieve role information for  Returns:     The user's desired role information
        including:     - Target role title     - Skills needed for the role     - Current
        progress toward skill acquisition  Error Responses:     400 Bad Request: If the user
        doesn't exist in the platform or has no desired role     404 Not Found: If the specified
        platform doesn't exist

        Args:
            org (str, path)
            username (str, path)

        Returns:
            DesiredRole
        """
        return await self._client._send(
            _roles_platform_orgs_roles_users_desired_roles_retrieve.OPERATION,
            _roles_platform_orgs_roles_users_desired_roles_retrieve.build_request(
                org=org, username=username
            ),
            options,
        )


class AsyncRolesPlatformOrgsRolesUsersDesiredRolesResourceWithRawResponse:
    """`AsyncClient.roles.platform.orgs.roles.users.desired_roles`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncRolesPlatformOrgsRolesUsersDesiredRolesResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
