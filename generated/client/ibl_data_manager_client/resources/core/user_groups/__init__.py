"""`Client.core.user_groups`: 6 operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ...._operation import RequestOptions, body_from_fields, optional_body_from_fields
from ...._response import async_to_raw_response, to_raw_response
from ....api.core import core_user_groups_create as _core_user_groups_create
from ....api.core import core_user_groups_destroy as _core_user_groups_destroy
from ....api.core import core_user_groups_list as _core_user_groups_list
from ....api.core import core_user_groups_partial_update as _core_user_groups_partial_update
from ....api.core import core_user_groups_retrieve as _core_user_groups_retrieve
from ....api.core import core_user_groups_update as _core_user_groups_update
from ....models.paginated_user_group_list import PaginatedUserGroupList
from ....models.patched_user_group import PatchedUserGroup
from ....models.user_group import UserGroup
from ....models.user_group_request import UserGroupRequest
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "CoreUserGroupsResource",
    "CoreUserGroupsResourceWithRawResponse",
    "AsyncCoreUserGroupsResource",
    "AsyncCoreUserGroupsResourceWithRawResponse",
]


class CoreUserGroupsResource:
    """`Client.core.user_groups`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreUserGroupsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreUserGroupsResourceWithRawResponse(self)

    def list(
        self,
        *,
        include_users: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        required_action: str | Unset = UNSET,
        with_permissions: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedUserGroupList:
        """List UserGroups

        Retrieve a list of UserGroups. Can be filtered by platform_key, name, and include_users.

        Args:
            include_users (bool | Unset, query)
            name (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            required_action (str | Unset, query)
            with_permissions (bool | Unset, query)

        Returns:
            PaginatedUserGroupList
        """
        return self._client._send(
            _core_user_groups_list.OPERATION,
            _core_user_groups_list.build_request(
                include_users=include_users,
                name=name,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                required_action=required_action,
                with_permissions=with_permissions,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        include_users: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        required_action: str | Unset = UNSET,
        with_permissions: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[UserGroup]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _core_user_groups_list.OPERATION,
            _core_user_groups_list.build_request(
                include_users=include_users,
                name=name,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                required_action=required_action,
                with_permissions=with_permissions,
            ),
            _core_user_groups_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        body: UserGroupRequest,
        **options: Unpack[RequestOptions],
    ) -> UserGroup: ...

    @overload
    def create(
        self,
        *,
        name: None | str,
        platform_key: str,
        description: None | str | Unset = UNSET,
        users_to_set: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserGroup: ...

    def create(
        self,
        *,
        body: UserGroupRequest | Unset = UNSET,
        name: None | str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        users_to_set: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserGroup:
        """Create UserGroup

        Create a new UserGroup for a platform. Users can be assigned during creation.

        Args:
            body (UserGroupRequest, request body): Serializer for UserGroups.
            Or the body's fields as keywords instead of body=: name, platform_key, description,
                users_to_set

        Returns:
            UserGroup
        """
        body = body_from_fields(
            "core.user_groups.create",
            body,
            UserGroupRequest,
            ["name", "platform_key"],
            (
                ("name", "name", name),
                ("platform_key", "platform_key", platform_key),
                ("description", "description", description),
                ("users_to_set", "users_to_set", users_to_set),
            ),
        )
        return self._client._send(
            _core_user_groups_create.OPERATION,
            _core_user_groups_create.build_request(body=body),
            options,
        )

    def destroy(
        self,
        *,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete UserGroup

        Delete a UserGroup and all associated user group links.

        Args:
            id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _core_user_groups_destroy.OPERATION,
            _core_user_groups_destroy.build_request(id=id),
            options,
        )

    def retrieve(
        self,
        *,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> UserGroup:
        """Retrieve UserGroup

        Retrieve details of a specific UserGroup including assigned users.

        Args:
            id (int, path)

        Returns:
            UserGroup
        """
        return self._client._send(
            _core_user_groups_retrieve.OPERATION,
            _core_user_groups_retrieve.build_request(id=id),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        id: int,
        body: PatchedUserGroup | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserGroup: ...

    @overload
    def partial_update(
        self,
        *,
        id: int,
        name: None | str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        users_to_set: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserGroup: ...

    def partial_update(
        self,
        *,
        id: int,
        body: PatchedUserGroup | Unset = UNSET,
        name: None | str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        users_to_set: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserGroup:
        """Partially update UserGroup

        Partially update an existing UserGroup. Platform validation applies for user
        assignments.

        Args:
            id (int, path)
            body (PatchedUserGroup | Unset, request body): Serializer for UserGroups.
            Or the body's fields as keywords instead of body=: name, platform_key, description,
                users_to_set

        Returns:
            UserGroup
        """
        body = optional_body_from_fields(
            "core.user_groups.partial_update",
            body,
            PatchedUserGroup,
            [],
            (
                ("name", "name", name),
                ("platform_key", "platform_key", platform_key),
                ("description", "description", description),
                ("users_to_set", "users_to_set", users_to_set),
            ),
        )
        return self._client._send(
            _core_user_groups_partial_update.OPERATION,
            _core_user_groups_partial_update.build_request(id=id, body=body),
            options,
        )

    @overload
    def update(
        self,
        *,
        id: int,
        body: UserGroupRequest,
        **options: Unpack[RequestOptions],
    ) -> UserGroup: ...

    @overload
    def update(
        self,
        *,
        id: int,
        name: None | str,
        platform_key: str,
        description: None | str | Unset = UNSET,
        users_to_set: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserGroup: ...

    def update(
        self,
        *,
        id: int,
        body: UserGroupRequest | Unset = UNSET,
        name: None | str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        users_to_set: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserGroup:
        """Update UserGroup

        Update an existing UserGroup. Platform validation applies for user assignments.

        Args:
            id (int, path)
            body (UserGroupRequest, request body): Serializer for UserGroups.
            Or the body's fields as keywords instead of body=: name, platform_key, description,
                users_to_set

        Returns:
            UserGroup
        """
        body = body_from_fields(
            "core.user_groups.update",
            body,
            UserGroupRequest,
            ["name", "platform_key"],
            (
                ("name", "name", name),
                ("platform_key", "platform_key", platform_key),
                ("description", "description", description),
                ("users_to_set", "users_to_set", users_to_set),
            ),
        )
        return self._client._send(
            _core_user_groups_update.OPERATION,
            _core_user_groups_update.build_request(id=id, body=body),
            options,
        )


class CoreUserGroupsResourceWithRawResponse:
    """`Client.core.user_groups`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreUserGroupsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)


class AsyncCoreUserGroupsResource:
    """`AsyncClient.core.user_groups`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreUserGroupsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreUserGroupsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        include_users: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        required_action: str | Unset = UNSET,
        with_permissions: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedUserGroupList:
        """List UserGroups

        Retrieve a list of UserGroups. Can be filtered by platform_key, name, and include_users.

        Args:
            include_users (bool | Unset, query)
            name (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            required_action (str | Unset, query)
            with_permissions (bool | Unset, query)

        Returns:
            PaginatedUserGroupList
        """
        return await self._client._send(
            _core_user_groups_list.OPERATION,
            _core_user_groups_list.build_request(
                include_users=include_users,
                name=name,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                required_action=required_action,
                with_permissions=with_permissions,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        include_users: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        required_action: str | Unset = UNSET,
        with_permissions: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[UserGroup]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _core_user_groups_list.OPERATION,
            _core_user_groups_list.build_request(
                include_users=include_users,
                name=name,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                required_action=required_action,
                with_permissions=with_permissions,
            ),
            _core_user_groups_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        body: UserGroupRequest,
        **options: Unpack[RequestOptions],
    ) -> UserGroup: ...

    @overload
    async def create(
        self,
        *,
        name: None | str,
        platform_key: str,
        description: None | str | Unset = UNSET,
        users_to_set: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserGroup: ...

    async def create(
        self,
        *,
        body: UserGroupRequest | Unset = UNSET,
        name: None | str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        users_to_set: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserGroup:
        """Create UserGroup

        Create a new UserGroup for a platform. Users can be assigned during creation.

        Args:
            body (UserGroupRequest, request body): Serializer for UserGroups.
            Or the body's fields as keywords instead of body=: name, platform_key, description,
                users_to_set

        Returns:
            UserGroup
        """
        body = body_from_fields(
            "core.user_groups.create",
            body,
            UserGroupRequest,
            ["name", "platform_key"],
            (
                ("name", "name", name),
                ("platform_key", "platform_key", platform_key),
                ("description", "description", description),
                ("users_to_set", "users_to_set", users_to_set),
            ),
        )
        return await self._client._send(
            _core_user_groups_create.OPERATION,
            _core_user_groups_create.build_request(body=body),
            options,
        )

    async def destroy(
        self,
        *,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete UserGroup

        Delete a UserGroup and all associated user group links.

        Args:
            id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _core_user_groups_destroy.OPERATION,
            _core_user_groups_destroy.build_request(id=id),
            options,
        )

    async def retrieve(
        self,
        *,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> UserGroup:
        """Retrieve UserGroup

        Retrieve details of a specific UserGroup including assigned users.

        Args:
            id (int, path)

        Returns:
            UserGroup
        """
        return await self._client._send(
            _core_user_groups_retrieve.OPERATION,
            _core_user_groups_retrieve.build_request(id=id),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        id: int,
        body: PatchedUserGroup | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserGroup: ...

    @overload
    async def partial_update(
        self,
        *,
        id: int,
        name: None | str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        users_to_set: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserGroup: ...

    async def partial_update(
        self,
        *,
        id: int,
        body: PatchedUserGroup | Unset = UNSET,
        name: None | str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        users_to_set: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserGroup:
        """Partially update UserGroup

        Partially update an existing UserGroup. Platform validation applies for user
        assignments.

        Args:
            id (int, path)
            body (PatchedUserGroup | Unset, request body): Serializer for UserGroups.
            Or the body's fields as keywords instead of body=: name, platform_key, description,
                users_to_set

        Returns:
            UserGroup
        """
        body = optional_body_from_fields(
            "core.user_groups.partial_update",
            body,
            PatchedUserGroup,
            [],
            (
                ("name", "name", name),
                ("platform_key", "platform_key", platform_key),
                ("description", "description", description),
                ("users_to_set", "users_to_set", users_to_set),
            ),
        )
        return await self._client._send(
            _core_user_groups_partial_update.OPERATION,
            _core_user_groups_partial_update.build_request(id=id, body=body),
            options,
        )

    @overload
    async def update(
        self,
        *,
        id: int,
        body: UserGroupRequest,
        **options: Unpack[RequestOptions],
    ) -> UserGroup: ...

    @overload
    async def update(
        self,
        *,
        id: int,
        name: None | str,
        platform_key: str,
        description: None | str | Unset = UNSET,
        users_to_set: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserGroup: ...

    async def update(
        self,
        *,
        id: int,
        body: UserGroupRequest | Unset = UNSET,
        name: None | str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        users_to_set: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserGroup:
        """Update UserGroup

        Update an existing UserGroup. Platform validation applies for user assignments.

        Args:
            id (int, path)
            body (UserGroupRequest, request body): Serializer for UserGroups.
            Or the body's fields as keywords instead of body=: name, platform_key, description,
                users_to_set

        Returns:
            UserGroup
        """
        body = body_from_fields(
            "core.user_groups.update",
            body,
            UserGroupRequest,
            ["name", "platform_key"],
            (
                ("name", "name", name),
                ("platform_key", "platform_key", platform_key),
                ("description", "description", description),
                ("users_to_set", "users_to_set", users_to_set),
            ),
        )
        return await self._client._send(
            _core_user_groups_update.OPERATION,
            _core_user_groups_update.build_request(id=id, body=body),
            options,
        )


class AsyncCoreUserGroupsResourceWithRawResponse:
    """`AsyncClient.core.user_groups`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreUserGroupsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)
