"""`Client.core.rbac.groups`: 6 operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields, optional_body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.core import core_rbac_groups_create as _core_rbac_groups_create
from .....api.core import core_rbac_groups_destroy as _core_rbac_groups_destroy
from .....api.core import core_rbac_groups_list as _core_rbac_groups_list
from .....api.core import core_rbac_groups_partial_update as _core_rbac_groups_partial_update
from .....api.core import core_rbac_groups_retrieve as _core_rbac_groups_retrieve
from .....api.core import core_rbac_groups_update as _core_rbac_groups_update
from .....models.paginated_rbac_group_list import PaginatedRbacGroupList
from .....models.patched_rbac_group import PatchedRbacGroup
from .....models.rbac_group import RbacGroup
from .....models.rbac_group_request import RbacGroupRequest
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CoreRbacGroupsResource",
    "CoreRbacGroupsResourceWithRawResponse",
    "AsyncCoreRbacGroupsResource",
    "AsyncCoreRbacGroupsResourceWithRawResponse",
]


class CoreRbacGroupsResource:
    """`Client.core.rbac.groups`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreRbacGroupsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreRbacGroupsResourceWithRawResponse(self)

    def list(
        self,
        *,
        email: str | Unset = UNSET,
        include_users: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        owner: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedRbacGroupList:
        """List RBAC groups

        Retrieve a list of RBAC groups. Can be filtered by platform_key, owner, name, username,
        or email. Use include_users to control response payload.

        Args:
            email (str | Unset, query)
            include_users (bool | Unset, query)
            name (str | Unset, query)
            owner (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            username (str | Unset, query)

        Returns:
            PaginatedRbacGroupList
        """
        return self._client._send(
            _core_rbac_groups_list.OPERATION,
            _core_rbac_groups_list.build_request(
                email=email,
                include_users=include_users,
                name=name,
                owner=owner,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                username=username,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        email: str | Unset = UNSET,
        include_users: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        owner: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[RbacGroup]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _core_rbac_groups_list.OPERATION,
            _core_rbac_groups_list.build_request(
                email=email,
                include_users=include_users,
                name=name,
                owner=owner,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                username=username,
            ),
            _core_rbac_groups_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        body: RbacGroupRequest,
        **options: Unpack[RequestOptions],
    ) -> RbacGroup: ...

    @overload
    def create(
        self,
        *,
        unique_id: str,
        platform_key: str,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacGroup: ...

    def create(
        self,
        *,
        body: RbacGroupRequest | Unset = UNSET,
        unique_id: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacGroup:
        """Create RBAC group

        Create a new RBAC group for a platform. Users can be assigned during creation.

        Args:
            body (RbacGroupRequest, request body): Serializer for RBAC groups.
            Or the body's fields as keywords instead of body=: unique_id, platform_key, name,
                description, users_to_add, users_to_remove

        Returns:
            RbacGroup
        """
        body = body_from_fields(
            "core.rbac.groups.create",
            body,
            RbacGroupRequest,
            ["unique_id", "platform_key"],
            (
                ("unique_id", "unique_id", unique_id),
                ("platform_key", "platform_key", platform_key),
                ("name", "name", name),
                ("description", "description", description),
                ("users_to_add", "users_to_add", users_to_add),
                ("users_to_remove", "users_to_remove", users_to_remove),
            ),
        )
        return self._client._send(
            _core_rbac_groups_create.OPERATION,
            _core_rbac_groups_create.build_request(body=body),
            options,
        )

    def destroy(
        self,
        *,
        id: int,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete RBAC group

        Delete an RBAC group and all associated group role assignments. Cannot delete internal
        system groups.

        Args:
            id (int, path)
            platform_key (str, query)

        Returns:
            None
        """
        return self._client._send(
            _core_rbac_groups_destroy.OPERATION,
            _core_rbac_groups_destroy.build_request(id=id, platform_key=platform_key),
            options,
        )

    def retrieve(
        self,
        *,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> RbacGroup:
        """Retrieve RBAC group

        Retrieve details of a specific RBAC group including assigned users.

        Args:
            id (int, path)

        Returns:
            RbacGroup
        """
        return self._client._send(
            _core_rbac_groups_retrieve.OPERATION,
            _core_rbac_groups_retrieve.build_request(id=id),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        id: int,
        body: PatchedRbacGroup | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacGroup: ...

    @overload
    def partial_update(
        self,
        *,
        id: int,
        unique_id: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacGroup: ...

    def partial_update(
        self,
        *,
        id: int,
        body: PatchedRbacGroup | Unset = UNSET,
        unique_id: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacGroup:
        """Partially update RBAC group

        Partially update an existing RBAC group. Platform validation applies for user
        assignments. Cannot update internal system groups.

        Args:
            id (int, path)
            body (PatchedRbacGroup | Unset, request body): Serializer for RBAC groups.
            Or the body's fields as keywords instead of body=: unique_id, platform_key, name,
                description, users_to_add, users_to_remove

        Returns:
            RbacGroup
        """
        body = optional_body_from_fields(
            "core.rbac.groups.partial_update",
            body,
            PatchedRbacGroup,
            [],
            (
                ("unique_id", "unique_id", unique_id),
                ("platform_key", "platform_key", platform_key),
                ("name", "name", name),
                ("description", "description", description),
                ("users_to_add", "users_to_add", users_to_add),
                ("users_to_remove", "users_to_remove", users_to_remove),
            ),
        )
        return self._client._send(
            _core_rbac_groups_partial_update.OPERATION,
            _core_rbac_groups_partial_update.build_request(id=id, body=body),
            options,
        )

    @overload
    def update(
        self,
        *,
        id: int,
        body: RbacGroupRequest,
        **options: Unpack[RequestOptions],
    ) -> RbacGroup: ...

    @overload
    def update(
        self,
        *,
        id: int,
        unique_id: str,
        platform_key: str,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacGroup: ...

    def update(
        self,
        *,
        id: int,
        body: RbacGroupRequest | Unset = UNSET,
        unique_id: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacGroup:
        """Update RBAC group

        Update an existing RBAC group. Platform validation applies for user assignments. Cannot
        update internal system groups.

        Args:
            id (int, path)
            body (RbacGroupRequest, request body): Serializer for RBAC groups.
            Or the body's fields as keywords instead of body=: unique_id, platform_key, name,
                description, users_to_add, users_to_remove

        Returns:
            RbacGroup
        """
        body = body_from_fields(
            "core.rbac.groups.update",
            body,
            RbacGroupRequest,
            ["unique_id", "platform_key"],
            (
                ("unique_id", "unique_id", unique_id),
                ("platform_key", "platform_key", platform_key),
                ("name", "name", name),
                ("description", "description", description),
                ("users_to_add", "users_to_add", users_to_add),
                ("users_to_remove", "users_to_remove", users_to_remove),
            ),
        )
        return self._client._send(
            _core_rbac_groups_update.OPERATION,
            _core_rbac_groups_update.build_request(id=id, body=body),
            options,
        )


class CoreRbacGroupsResourceWithRawResponse:
    """`Client.core.rbac.groups`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreRbacGroupsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)


class AsyncCoreRbacGroupsResource:
    """`AsyncClient.core.rbac.groups`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreRbacGroupsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreRbacGroupsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        email: str | Unset = UNSET,
        include_users: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        owner: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedRbacGroupList:
        """List RBAC groups

        Retrieve a list of RBAC groups. Can be filtered by platform_key, owner, name, username,
        or email. Use include_users to control response payload.

        Args:
            email (str | Unset, query)
            include_users (bool | Unset, query)
            name (str | Unset, query)
            owner (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            username (str | Unset, query)

        Returns:
            PaginatedRbacGroupList
        """
        return await self._client._send(
            _core_rbac_groups_list.OPERATION,
            _core_rbac_groups_list.build_request(
                email=email,
                include_users=include_users,
                name=name,
                owner=owner,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                username=username,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        email: str | Unset = UNSET,
        include_users: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        owner: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[RbacGroup]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _core_rbac_groups_list.OPERATION,
            _core_rbac_groups_list.build_request(
                email=email,
                include_users=include_users,
                name=name,
                owner=owner,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                username=username,
            ),
            _core_rbac_groups_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        body: RbacGroupRequest,
        **options: Unpack[RequestOptions],
    ) -> RbacGroup: ...

    @overload
    async def create(
        self,
        *,
        unique_id: str,
        platform_key: str,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacGroup: ...

    async def create(
        self,
        *,
        body: RbacGroupRequest | Unset = UNSET,
        unique_id: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacGroup:
        """Create RBAC group

        Create a new RBAC group for a platform. Users can be assigned during creation.

        Args:
            body (RbacGroupRequest, request body): Serializer for RBAC groups.
            Or the body's fields as keywords instead of body=: unique_id, platform_key, name,
                description, users_to_add, users_to_remove

        Returns:
            RbacGroup
        """
        body = body_from_fields(
            "core.rbac.groups.create",
            body,
            RbacGroupRequest,
            ["unique_id", "platform_key"],
            (
                ("unique_id", "unique_id", unique_id),
                ("platform_key", "platform_key", platform_key),
                ("name", "name", name),
                ("description", "description", description),
                ("users_to_add", "users_to_add", users_to_add),
                ("users_to_remove", "users_to_remove", users_to_remove),
            ),
        )
        return await self._client._send(
            _core_rbac_groups_create.OPERATION,
            _core_rbac_groups_create.build_request(body=body),
            options,
        )

    async def destroy(
        self,
        *,
        id: int,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete RBAC group

        Delete an RBAC group and all associated group role assignments. Cannot delete internal
        system groups.

        Args:
            id (int, path)
            platform_key (str, query)

        Returns:
            None
        """
        return await self._client._send(
            _core_rbac_groups_destroy.OPERATION,
            _core_rbac_groups_destroy.build_request(id=id, platform_key=platform_key),
            options,
        )

    async def retrieve(
        self,
        *,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> RbacGroup:
        """Retrieve RBAC group

        Retrieve details of a specific RBAC group including assigned users.

        Args:
            id (int, path)

        Returns:
            RbacGroup
        """
        return await self._client._send(
            _core_rbac_groups_retrieve.OPERATION,
            _core_rbac_groups_retrieve.build_request(id=id),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        id: int,
        body: PatchedRbacGroup | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacGroup: ...

    @overload
    async def partial_update(
        self,
        *,
        id: int,
        unique_id: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacGroup: ...

    async def partial_update(
        self,
        *,
        id: int,
        body: PatchedRbacGroup | Unset = UNSET,
        unique_id: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacGroup:
        """Partially update RBAC group

        Partially update an existing RBAC group. Platform validation applies for user
        assignments. Cannot update internal system groups.

        Args:
            id (int, path)
            body (PatchedRbacGroup | Unset, request body): Serializer for RBAC groups.
            Or the body's fields as keywords instead of body=: unique_id, platform_key, name,
                description, users_to_add, users_to_remove

        Returns:
            RbacGroup
        """
        body = optional_body_from_fields(
            "core.rbac.groups.partial_update",
            body,
            PatchedRbacGroup,
            [],
            (
                ("unique_id", "unique_id", unique_id),
                ("platform_key", "platform_key", platform_key),
                ("name", "name", name),
                ("description", "description", description),
                ("users_to_add", "users_to_add", users_to_add),
                ("users_to_remove", "users_to_remove", users_to_remove),
            ),
        )
        return await self._client._send(
            _core_rbac_groups_partial_update.OPERATION,
            _core_rbac_groups_partial_update.build_request(id=id, body=body),
            options,
        )

    @overload
    async def update(
        self,
        *,
        id: int,
        body: RbacGroupRequest,
        **options: Unpack[RequestOptions],
    ) -> RbacGroup: ...

    @overload
    async def update(
        self,
        *,
        id: int,
        unique_id: str,
        platform_key: str,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacGroup: ...

    async def update(
        self,
        *,
        id: int,
        body: RbacGroupRequest | Unset = UNSET,
        unique_id: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacGroup:
        """Update RBAC group

        Update an existing RBAC group. Platform validation applies for user assignments. Cannot
        update internal system groups.

        Args:
            id (int, path)
            body (RbacGroupRequest, request body): Serializer for RBAC groups.
            Or the body's fields as keywords instead of body=: unique_id, platform_key, name,
                description, users_to_add, users_to_remove

        Returns:
            RbacGroup
        """
        body = body_from_fields(
            "core.rbac.groups.update",
            body,
            RbacGroupRequest,
            ["unique_id", "platform_key"],
            (
                ("unique_id", "unique_id", unique_id),
                ("platform_key", "platform_key", platform_key),
                ("name", "name", name),
                ("description", "description", description),
                ("users_to_add", "users_to_add", users_to_add),
                ("users_to_remove", "users_to_remove", users_to_remove),
            ),
        )
        return await self._client._send(
            _core_rbac_groups_update.OPERATION,
            _core_rbac_groups_update.build_request(id=id, body=body),
            options,
        )


class AsyncCoreRbacGroupsResourceWithRawResponse:
    """`AsyncClient.core.rbac.groups`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreRbacGroupsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)
