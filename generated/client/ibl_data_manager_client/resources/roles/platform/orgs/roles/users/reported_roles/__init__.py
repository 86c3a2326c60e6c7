"""`Client.roles.platform.orgs.roles.users.reported_roles`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.core import (
    roles_platform_orgs_roles_users_reported_roles_retrieve as _roles_platform_orgs_roles_users_reported_roles_retrieve,
)
from ........models.reported_role import ReportedRole

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "RolesPlatformOrgsRolesUsersReportedRolesResource",
    "RolesPlatformOrgsRolesUsersReportedRolesResourceWithRawResponse",
    "AsyncRolesPlatformOrgsRolesUsersReportedRolesResource",
    "AsyncRolesPlatformOrgsRolesUsersReportedRolesResourceWithRawResponse",
]


class RolesPlatformOrgsRolesUsersReportedRolesResource:
    """`Client.roles.platform.orgs.roles.users.reported_roles`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RolesPlatformOrgsRolesUsersReportedRolesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return RolesPlatformOrgsRolesUsersReportedRolesResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> ReportedRole:
        """Retrieve a user's reported role information.  This endpoint returns the role and skills
        that a user has reported having in their profile. This represents the user's current
        skills and professional role.  Path Parameters:     org (str): The platform/organization
        identifier     username (str): The username of the user to retrieve role information for
        Returns:     The user's reported role information including:     - Role title     -
        Skills associated with the role     - Experience level  Error Responses:     400 Bad
        Request: If the user doesn't exist in the platform or has no reported role     404 Not
        Found: If the specified platform doesn't exist

        Args:
            org (str, path)
            username (str, path)

        Returns:
            ReportedRole
        """
        return self._client._send(
            _roles_platform_orgs_roles_users_reported_roles_retrieve.OPERATION,
            _roles_platform_orgs_roles_users_reported_roles_retrieve.build_request(
                org=org, username=username
            ),
            options,
        )


class RolesPlatformOrgsRolesUsersReportedRolesResourceWithRawResponse:
    """`Client.roles.platform.orgs.roles.users.reported_roles`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: RolesPlatformOrgsRolesUsersReportedRolesResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncRolesPlatformOrgsRolesUsersReportedRolesResource:
    """`AsyncClient.roles.platform.orgs.roles.users.reported_roles`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncRolesPlatformOrgsRolesUsersReportedRolesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncRolesPlatformOrgsRolesUsersReportedRolesResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> ReportedRole:
        """Retrieve a user's reported role information.  This endpoint returns the role and skills
        that a user has reported having in their profile. This represents the user's current
        skills and professional role.  Path Parameters:     org (str): The platform/organization
        identifier     username (str): The username of the user to retrieve role information for
        Returns:     The user's reported role information including:     - Role title     -
        Skills associated with the role     - Experience level  Error Responses:     400 Bad
        Request: If the user doesn't exist in the platform or has no reported role     404 Not
        Found: If the specified platform doesn't exist

        Args:
            org (str, path)
            username (str, path)

        Returns:
            ReportedRole
        """
        return await self._client._send(
            _roles_platform_orgs_roles_users_reported_roles_retrieve.OPERATION,
            _roles_platform_orgs_roles_users_reported_roles_retrieve.build_request(
                org=org, username=username
            ),
            options,
        )


class AsyncRolesPlatformOrgsRolesUsersReportedRolesResourceWithRawResponse:
    """`AsyncClient.roles.platform.orgs.roles.users.reported_roles`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncRolesPlatformOrgsRolesUsersReportedRolesResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
