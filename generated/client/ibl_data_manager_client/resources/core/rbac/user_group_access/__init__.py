"""`Client.core.rbac.user_group_access`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.core import core_rbac_user_group_access_create as _core_rbac_user_group_access_create
from .....api.core import (
    core_rbac_user_group_access_retrieve as _core_rbac_user_group_access_retrieve,
)
from .....models.user_group_access import UserGroupAccess
from .....models.user_group_access_request import UserGroupAccessRequest
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CoreRbacUserGroupAccessResource",
    "CoreRbacUserGroupAccessResourceWithRawResponse",
    "AsyncCoreRbacUserGroupAccessResource",
    "AsyncCoreRbacUserGroupAccessResourceWithRawResponse",
]


class CoreRbacUserGroupAccessResource:
    """`Client.core.rbac.user_group_access`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreRbacUserGroupAccessResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreRbacUserGroupAccessResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        platform_key: str,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> UserGroupAccess:
        """Get user group access status

        Retrieve current group access information for a specific user, including all groups the
        user has access to and whether they have mentor management permissions.

        Args:
            platform_key (str, query)
            user_id (int, query)

        Returns:
            UserGroupAccess
        """
        return self._client._send(
            _core_rbac_user_group_access_retrieve.OPERATION,
            _core_rbac_user_group_access_retrieve.build_request(
                platform_key=platform_key, user_id=user_id
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        body: UserGroupAccessRequest,
        **options: Unpack[RequestOptions],
    ) -> UserGroupAccess: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        groups_to_add: list[int] | Unset = UNSET,
        groups_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserGroupAccess: ...

    def create(
        self,
        *,
        body: UserGroupAccessRequest | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        groups_to_add: list[int] | Unset = UNSET,
        groups_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserGroupAccess:
        """Manage user access to groups

        Create or update user access to groups by adding/removing group access. Creates one
        policy per user with GROUP_MENTOR_MANAGER role for managing mentor access.

        Args:
            body (UserGroupAccessRequest, request body): ModelSerializer for user group access
                policies
            Or the body's fields as keywords instead of body=: platform_key, user_id,
                groups_to_add, groups_to_remove

        Returns:
            UserGroupAccess
        """
        body = body_from_fields(
            "core.rbac.user_group_access.create",
            body,
            UserGroupAccessRequest,
            ["platform_key", "user_id"],
            (
                ("platform_key", "platform_key", platform_key),
                ("user_id", "user_id", user_id),
                ("groups_to_add", "groups_to_add", groups_to_add),
                ("groups_to_remove", "groups_to_remove", groups_to_remove),
            ),
        )
        return self._client._send(
            _core_rbac_user_group_access_create.OPERATION,
            _core_rbac_user_group_access_create.build_request(body=body),
            options,
        )


class CoreRbacUserGroupAccessResourceWithRawResponse:
    """`Client.core.rbac.user_group_access`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreRbacUserGroupAccessResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncCoreRbacUserGroupAccessResource:
    """`AsyncClient.core.rbac.user_group_access`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreRbacUserGroupAccessResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreRbacUserGroupAccessResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        platform_key: str,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> UserGroupAccess:
        """Get user group access status

        Retrieve current group access information for a specific user, including all groups the
        user has access to and whether they have mentor management permissions.

        Args:
            platform_key (str, query)
            user_id (int, query)

        Returns:
            UserGroupAccess
        """
        return await self._client._send(
            _core_rbac_user_group_access_retrieve.OPERATION,
            _core_rbac_user_group_access_retrieve.build_request(
                platform_key=platform_key, user_id=user_id
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        body: UserGroupAccessRequest,
        **options: Unpack[RequestOptions],
    ) -> UserGroupAccess: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        groups_to_add: list[int] | Unset = UNSET,
        groups_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserGroupAccess: ...

    async def create(
        self,
        *,
        body: UserGroupAccessRequest | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        groups_to_add: list[int] | Unset = UNSET,
        groups_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserGroupAccess:
        """Manage user access to groups

        Create or update user access to groups by adding/removing group access. Creates one
        policy per user with GROUP_MENTOR_MANAGER role for managing mentor access.

        Args:
            body (UserGroupAccessRequest, request body): ModelSerializer for user group access
                policies
            Or the body's fields as keywords instead of body=: platform_key, user_id,
                groups_to_add, groups_to_remove

        Returns:
            UserGroupAccess
        """
        body = body_from_fields(
            "core.rbac.user_group_access.create",
            body,
            UserGroupAccessRequest,
            ["platform_key", "user_id"],
            (
                ("platform_key", "platform_key", platform_key),
                ("user_id", "user_id", user_id),
                ("groups_to_add", "groups_to_add", groups_to_add),
                ("groups_to_remove", "groups_to_remove", groups_to_remove),
            ),
        )
        return await self._client._send(
            _core_rbac_user_group_access_create.OPERATION,
            _core_rbac_user_group_access_create.build_request(body=body),
            options,
        )


class AsyncCoreRbacUserGroupAccessResourceWithRawResponse:
    """`AsyncClient.core.rbac.user_group_access`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreRbacUserGroupAccessResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
