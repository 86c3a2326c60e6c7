"""`Client.core.rbac.teams.access`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.core import core_rbac_teams_access_create as _core_rbac_teams_access_create
from ......api.core import core_rbac_teams_access_list as _core_rbac_teams_access_list
from ......models.user_group_policy import UserGroupPolicy
from ......models.user_group_policy_request import UserGroupPolicyRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CoreRbacTeamsAccessResource",
    "CoreRbacTeamsAccessResourceWithRawResponse",
    "AsyncCoreRbacTeamsAccessResource",
    "AsyncCoreRbacTeamsAccessResourceWithRawResponse",
]


class CoreRbacTeamsAccessResource:
    """`Client.core.rbac.teams.access`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreRbacTeamsAccessResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreRbacTeamsAccessResourceWithRawResponse(self)

    def list(
        self,
        *,
        platform_key: str,
        usergroup_id: int,
        **options: Unpack[RequestOptions],
    ) -> list[UserGroupPolicy]:
        """Get usergroup access status

        Retrieve current access information for a specific usergroup, including all groups and
        users that have access with their respective roles.

        Args:
            platform_key (str, query)
            usergroup_id (int, query)

        Returns:
            list[UserGroupPolicy]
        """
        return self._client._send(
            _core_rbac_teams_access_list.OPERATION,
            _core_rbac_teams_access_list.build_request(
                platform_key=platform_key, usergroup_id=usergroup_id
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        body: UserGroupPolicyRequest,
        **options: Unpack[RequestOptions],
    ) -> UserGroupPolicy: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        usergroup_id: int,
        role: str,
        groups_to_add: list[int] | Unset = UNSET,
        groups_to_remove: list[int] | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserGroupPolicy: ...

    def create(
        self,
        *,
        body: UserGroupPolicyRequest | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        usergroup_id: int | Unset = UNSET,
        role: str | Unset = UNSET,
        groups_to_add: list[int] | Unset = UNSET,
        groups_to_remove: list[int] | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserGroupPolicy:
        """Control which RbacGroups and/or Users have access to a UserGroup (team) and with what
        Role

        Create or update RBAC policies to manage group and user access to specific UserGroups
        (teams). Creates role-specific policies and handles adding/removing groups and users.
        Automatically adds users/groups to appropriate secondary policies as needed.

        Args:
            body (UserGroupPolicyRequest, request body): Serializer for usergroup-specific RBAC
                policies using ModelSerializer pattern. Accepts usergroup_id and role, generates
                resources and role internally.
            Or the body's fields as keywords instead of body=: platform_key, usergroup_id, role,
                groups_to_add, groups_to_remove, users_to_add, users_to_remove

        Returns:
            UserGroupPolicy
        """
        body = body_from_fields(
            "core.rbac.teams.access.create",
            body,
            UserGroupPolicyRequest,
            ["platform_key", "usergroup_id", "role"],
            (
                ("platform_key", "platform_key", platform_key),
                ("usergroup_id", "usergroup_id", usergroup_id),
                ("role", "role", role),
                ("groups_to_add", "groups_to_add", groups_to_add),
                ("groups_to_remove", "groups_to_remove", groups_to_remove),
                ("users_to_add", "users_to_add", users_to_add),
                ("users_to_remove", "users_to_remove", users_to_remove),
            ),
        )
        return self._client._send(
            _core_rbac_teams_access_create.OPERATION,
            _core_rbac_teams_access_create.build_request(body=body),
            options,
        )


class CoreRbacTeamsAccessResourceWithRawResponse:
    """`Client.core.rbac.teams.access`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreRbacTeamsAccessResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)


class AsyncCoreRbacTeamsAccessResource:
    """`AsyncClient.core.rbac.teams.access`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreRbacTeamsAccessResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreRbacTeamsAccessResourceWithRawResponse(self)

    async def list(
        self,
        *,
        platform_key: str,
        usergroup_id: int,
        **options: Unpack[RequestOptions],
    ) -> list[UserGroupPolicy]:
        """Get usergroup access status

        Retrieve current access information for a specific usergroup, including all groups and
        users that have access with their respective roles.

        Args:
            platform_key (str, query)
            usergroup_id (int, query)

        Returns:
            list[UserGroupPolicy]
        """
        return await self._client._send(
            _core_rbac_teams_access_list.OPERATION,
            _core_rbac_teams_access_list.build_request(
                platform_key=platform_key, usergroup_id=usergroup_id
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        body: UserGroupPolicyRequest,
        **options: Unpack[RequestOptions],
    ) -> UserGroupPolicy: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        usergroup_id: int,
        role: str,
        groups_to_add: list[int] | Unset = UNSET,
        groups_to_remove: list[int] | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserGroupPolicy: ...

    async def create(
        self,
        *,
        body: UserGroupPolicyRequest | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        usergroup_id: int | Unset = UNSET,
        role: str | Unset = UNSET,
        groups_to_add: list[int] | Unset = UNSET,
        groups_to_remove: list[int] | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserGroupPolicy:
        """Control which RbacGroups and/or Users have access to a UserGroup (team) and with what
        Role

        Create or update RBAC policies to manage group and user access to specific UserGroups
        (teams). Creates role-specific policies and handles adding/removing groups and users.
        Automatically adds users/groups to appropriate secondary policies as needed.

        Args:
            body (UserGroupPolicyRequest, request body): Serializer for usergroup-specific RBAC
                policies using ModelSerializer pattern. Accepts usergroup_id and role, generates
                resources and role internally.
            Or the body's fields as keywords instead of body=: platform_key, usergroup_id, role,
                groups_to_add, groups_to_remove, users_to_add, users_to_remove

        Returns:
            UserGroupPolicy
        """
        body = body_from_fields(
            "core.rbac.teams.access.create",
            body,
            UserGroupPolicyRequest,
            ["platform_key", "usergroup_id", "role"],
            (
                ("platform_key", "platform_key", platform_key),
                ("usergroup_id", "usergroup_id", usergroup_id),
                ("role", "role", role),
                ("groups_to_add", "groups_to_add", groups_to_add),
                ("groups_to_remove", "groups_to_remove", groups_to_remove),
                ("users_to_add", "users_to_add", users_to_add),
                ("users_to_remove", "users_to_remove", users_to_remove),
            ),
        )
        return await self._client._send(
            _core_rbac_teams_access_create.OPERATION,
            _core_rbac_teams_access_create.build_request(body=body),
            options,
        )


class AsyncCoreRbacTeamsAccessResourceWithRawResponse:
    """`AsyncClient.core.rbac.teams.access`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreRbacTeamsAccessResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
