"""`Client.core.rbac.roles`: 6 operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields, optional_body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.core import core_rbac_roles_create as _core_rbac_roles_create
from .....api.core import core_rbac_roles_destroy as _core_rbac_roles_destroy
from .....api.core import core_rbac_roles_list as _core_rbac_roles_list
from .....api.core import core_rbac_roles_partial_update as _core_rbac_roles_partial_update
from .....api.core import core_rbac_roles_retrieve as _core_rbac_roles_retrieve
from .....api.core import core_rbac_roles_update as _core_rbac_roles_update
from .....models.paginated_rbac_role_list import PaginatedRbacRoleList
from .....models.patched_rbac_role import PatchedRbacRole
from .....models.rbac_role import RbacRole
from .....models.rbac_role_request import RbacRoleRequest
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CoreRbacRolesResource",
    "CoreRbacRolesResourceWithRawResponse",
    "AsyncCoreRbacRolesResource",
    "AsyncCoreRbacRolesResourceWithRawResponse",
]


class CoreRbacRolesResource:
    """`Client.core.rbac.roles`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreRbacRolesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreRbacRolesResourceWithRawResponse(self)

    def list(
        self,
        *,
        include_global_roles: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedRbacRoleList:
        """List RBAC roles

        Retrieve a list of RBAC roles. Can be filtered by platform_key and name.

        Args:
            include_global_roles (bool | Unset, query)
            name (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)

        Returns:
            PaginatedRbacRoleList
        """
        return self._client._send(
            _core_rbac_roles_list.OPERATION,
            _core_rbac_roles_list.build_request(
                include_global_roles=include_global_roles,
                name=name,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        include_global_roles: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[RbacRole]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _core_rbac_roles_list.OPERATION,
            _core_rbac_roles_list.build_request(
                include_global_roles=include_global_roles,
                name=name,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
            ),
            _core_rbac_roles_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        body: RbacRoleRequest,
        **options: Unpack[RequestOptions],
    ) -> RbacRole: ...

    @overload
    def create(
        self,
        *,
        name: str,
        platform_key: str,
        actions: list[str] | Unset = UNSET,
        data_actions: list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacRole: ...

    def create(
        self,
        *,
        body: RbacRoleRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
        data_actions: list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacRole:
        """Create RBAC role

        Create a new RBAC role for a platform.

        Args:
            body (RbacRoleRequest, request body): Serializer for roles.
            Or the body's fields as keywords instead of body=: name, platform_key, actions,
                data_actions

        Returns:
            RbacRole
        """
        body = body_from_fields(
            "core.rbac.roles.create",
            body,
            RbacRoleRequest,
            ["name", "platform_key"],
            (
                ("name", "name", name),
                ("platform_key", "platform_key", platform_key),
                ("actions", "actions", actions),
                ("data_actions", "data_actions", data_actions),
            ),
        )
        return self._client._send(
            _core_rbac_roles_create.OPERATION,
            _core_rbac_roles_create.build_request(body=body),
            options,
        )

    def destroy(
        self,
        *,
        id: int,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete RBAC role

        Delete an RBAC role. WARNING: Deleting a role will remove all policies referencing it.

        Args:
            id (int, path)
            platform_key (str, query)

        Returns:
            None
        """
        return self._client._send(
            _core_rbac_roles_destroy.OPERATION,
            _core_rbac_roles_destroy.build_request(id=id, platform_key=platform_key),
            options,
        )

    def retrieve(
        self,
        *,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> RbacRole:
        """Retrieve RBAC role

        Retrieve details of a specific RBAC role.

        Args:
            id (int, path)

        Returns:
            RbacRole
        """
        return self._client._send(
            _core_rbac_roles_retrieve.OPERATION,
            _core_rbac_roles_retrieve.build_request(id=id),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        id: int,
        body: PatchedRbacRole | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacRole: ...

    @overload
    def partial_update(
        self,
        *,
        id: int,
        name: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
        data_actions: list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacRole: ...

    def partial_update(
        self,
        *,
        id: int,
        body: PatchedRbacRole | Unset = UNSET,
        name: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
        data_actions: list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacRole:
        """Partially update RBAC role

        Partially update an existing RBAC role.

        Args:
            id (int, path)
            body (PatchedRbacRole | Unset, request body): Serializer for roles.
            Or the body's fields as keywords instead of body=: name, platform_key, actions,
                data_actions

        Returns:
            RbacRole
        """
        body = optional_body_from_fields(
            "core.rbac.roles.partial_update",
            body,
            PatchedRbacRole,
            [],
            (
                ("name", "name", name),
                ("platform_key", "platform_key", platform_key),
                ("actions", "actions", actions),
                ("data_actions", "data_actions", data_actions),
            ),
        )
        return self._client._send(
            _core_rbac_roles_partial_update.OPERATION,
            _core_rbac_roles_partial_update.build_request(id=id, body=body),
            options,
        )

    @overload
    def update(
        self,
        *,
        id: int,
        body: RbacRoleRequest,
        **options: Unpack[RequestOptions],
    ) -> RbacRole: ...

    @overload
    def update(
        self,
        *,
        id: int,
        name: str,
        platform_key: str,
        actions: list[str] | Unset = UNSET,
        data_actions: list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacRole: ...

    def update(
        self,
        *,
        id: int,
        body: RbacRoleRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
        data_actions: list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacRole:
        """Update RBAC role

        Update an existing RBAC role.

        Args:
            id (int, path)
            body (RbacRoleRequest, request body): Serializer for roles.
            Or the body's fields as keywords instead of body=: name, platform_key, actions,
                data_actions

        Returns:
            RbacRole
        """
        body = body_from_fields(
            "core.rbac.roles.update",
            body,
            RbacRoleRequest,
            ["name", "platform_key"],
            (
                ("name", "name", name),
                ("platform_key", "platform_key", platform_key),
                ("actions", "actions", actions),
                ("data_actions", "data_actions", data_actions),
            ),
        )
        return self._client._send(
            _core_rbac_roles_update.OPERATION,
            _core_rbac_roles_update.build_request(id=id, body=body),
            options,
        )


class CoreRbacRolesResourceWithRawResponse:
    """`Client.core.rbac.roles`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreRbacRolesResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)


class AsyncCoreRbacRolesResource:
    """`AsyncClient.core.rbac.roles`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreRbacRolesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreRbacRolesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        include_global_roles: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedRbacRoleList:
        """List RBAC roles

        Retrieve a list of RBAC roles. Can be filtered by platform_key and name.

        Args:
            include_global_roles (bool | Unset, query)
            name (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)

        Returns:
            PaginatedRbacRoleList
        """
        return await self._client._send(
            _core_rbac_roles_list.OPERATION,
            _core_rbac_roles_list.build_request(
                include_global_roles=include_global_roles,
                name=name,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        include_global_roles: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[RbacRole]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _core_rbac_roles_list.OPERATION,
            _core_rbac_roles_list.build_request(
                include_global_roles=include_global_roles,
                name=name,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
            ),
            _core_rbac_roles_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        body: RbacRoleRequest,
        **options: Unpack[RequestOptions],
    ) -> RbacRole: ...

    @overload
    async def create(
        self,
        *,
        name: str,
        platform_key: str,
        actions: list[str] | Unset = UNSET,
        data_actions: list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacRole: ...

    async def create(
        self,
        *,
        body: RbacRoleRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
        data_actions: list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacRole:
        """Create RBAC role

        Create a new RBAC role for a platform.

        Args:
            body (RbacRoleRequest, request body): Serializer for roles.
            Or the body's fields as keywords instead of body=: name, platform_key, actions,
                data_actions

        Returns:
            RbacRole
        """
        body = body_from_fields(
            "core.rbac.roles.create",
            body,
            RbacRoleRequest,
            ["name", "platform_key"],
            (
                ("name", "name", name),
                ("platform_key", "platform_key", platform_key),
                ("actions", "actions", actions),
                ("data_actions", "data_actions", data_actions),
            ),
        )
        return await self._client._send(
            _core_rbac_roles_create.OPERATION,
            _core_rbac_roles_create.build_request(body=body),
            options,
        )

    async def destroy(
        self,
        *,
        id: int,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete RBAC role

        Delete an RBAC role. WARNING: Deleting a role will remove all policies referencing it.

        Args:
            id (int, path)
            platform_key (str, query)

        Returns:
            None
        """
        return await self._client._send(
            _core_rbac_roles_destroy.OPERATION,
            _core_rbac_roles_destroy.build_request(id=id, platform_key=platform_key),
            options,
        )

    async def retrieve(
        self,
        *,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> RbacRole:
        """Retrieve RBAC role

        Retrieve details of a specific RBAC role.

        Args:
            id (int, path)

        Returns:
            RbacRole
        """
        return await self._client._send(
            _core_rbac_roles_retrieve.OPERATION,
            _core_rbac_roles_retrieve.build_request(id=id),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        id: int,
        body: PatchedRbacRole | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacRole: ...

    @overload
    async def partial_update(
        self,
        *,
        id: int,
        name: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
        data_actions: list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacRole: ...

    async def partial_update(
        self,
        *,
        id: int,
        body: PatchedRbacRole | Unset = UNSET,
        name: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
        data_actions: list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacRole:
        """Partially update RBAC role

        Partially update an existing RBAC role.

        Args:
            id (int, path)
            body (PatchedRbacRole | Unset, request body): Serializer for roles.
            Or the body's fields as keywords instead of body=: name, platform_key, actions,
                data_actions

        Returns:
            RbacRole
        """
        body = optional_body_from_fields(
            "core.rbac.roles.partial_update",
            body,
            PatchedRbacRole,
            [],
            (
                ("name", "name", name),
                ("platform_key", "platform_key", platform_key),
                ("actions", "actions", actions),
                ("data_actions", "data_actions", data_actions),
            ),
        )
        return await self._client._send(
            _core_rbac_roles_partial_update.OPERATION,
            _core_rbac_roles_partial_update.build_request(id=id, body=body),
            options,
        )

    @overload
    async def update(
        self,
        *,
        id: int,
        body: RbacRoleRequest,
        **options: Unpack[RequestOptions],
    ) -> RbacRole: ...

    @overload
    async def update(
        self,
        *,
        id: int,
        name: str,
        platform_key: str,
        actions: list[str] | Unset = UNSET,
        data_actions: list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacRole: ...

    async def update(
        self,
        *,
        id: int,
        body: RbacRoleRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
        data_actions: list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacRole:
        """Update RBAC role

        Update an existing RBAC role.

        Args:
            id (int, path)
            body (RbacRoleRequest, request body): Serializer for roles.
            Or the body's fields as keywords instead of body=: name, platform_key, actions,
                data_actions

        Returns:
            RbacRole
        """
        body = body_from_fields(
            "core.rbac.roles.update",
            body,
            RbacRoleRequest,
            ["name", "platform_key"],
            (
                ("name", "name", name),
                ("platform_key", "platform_key", platform_key),
                ("actions", "actions", actions),
                ("data_actions", "data_actions", data_actions),
            ),
        )
        return await self._client._send(
            _core_rbac_roles_update.OPERATION,
            _core_rbac_roles_update.build_request(id=id, body=body),
            options,
        )


class AsyncCoreRbacRolesResourceWithRawResponse:
    """`AsyncClient.core.rbac.roles`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreRbacRolesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)
