"""`Client.catalog.roles.desired`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.catalog import catalog_roles_desired_create as _catalog_roles_desired_create
from .....api.catalog import catalog_roles_desired_retrieve as _catalog_roles_desired_retrieve
from .....models.desired_role import DesiredRole
from .....models.desired_role_create_update_request import DesiredRoleCreateUpdateRequest
from .....models.desired_role_create_update_request_roles_item import (
    DesiredRoleCreateUpdateRequestRolesItem,
)
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CatalogRolesDesiredResource",
    "CatalogRolesDesiredResourceWithRawResponse",
    "AsyncCatalogRolesDesiredResource",
    "AsyncCatalogRolesDesiredResourceWithRawResponse",
]


class CatalogRolesDesiredResource:
    """`Client.catalog.roles.desired`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogRolesDesiredResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogRolesDesiredResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DesiredRole:
        """Retrieve desired roles for a user.

        Args:
            user_id (int | Unset, query)
            username (str | Unset, query)

        Returns:
            DesiredRole
        """
        return self._client._send(
            _catalog_roles_desired_retrieve.OPERATION,
            _catalog_roles_desired_retrieve.build_request(user_id=user_id, username=username),
            options,
        )

    @overload
    def create(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        body: DesiredRoleCreateUpdateRequest,
        **options: Unpack[RequestOptions],
    ) -> DesiredRole: ...

    @overload
    def create(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        roles: list[DesiredRoleCreateUpdateRequestRolesItem],
        body_user_id: int | Unset = UNSET,
        body_username: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DesiredRole: ...

    def create(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        body: DesiredRoleCreateUpdateRequest | Unset = UNSET,
        roles: list[DesiredRoleCreateUpdateRequestRolesItem] | Unset = UNSET,
        body_user_id: int | Unset = UNSET,
        body_username: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DesiredRole:
        """Add or update desired roles for a user.

        Args:
            user_id (int | Unset, query)
            username (str | Unset, query)
            body (DesiredRoleCreateUpdateRequest, request body): Serializer for desired role
                creation/update request parameters.
            Or the body's fields as keywords instead of body=: roles, body_user_id,
                body_username, data

        Returns:
            DesiredRole
        """
        body = body_from_fields(
            "catalog.roles.desired.create",
            body,
            DesiredRoleCreateUpdateRequest,
            ["roles"],
            (
                ("roles", "roles", roles),
                ("body_user_id", "user_id", body_user_id),
                ("body_username", "username", body_username),
                ("data", "data", data),
            ),
        )
        return self._client._send(
            _catalog_roles_desired_create.OPERATION,
            _catalog_roles_desired_create.build_request(
                user_id=user_id, username=username, body=body
            ),
            options,
        )


class CatalogRolesDesiredResourceWithRawResponse:
    """`Client.catalog.roles.desired`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogRolesDesiredResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncCatalogRolesDesiredResource:
    """`AsyncClient.catalog.roles.desired`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogRolesDesiredResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogRolesDesiredResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DesiredRole:
        """Retrieve desired roles for a user.

        Args:
            user_id (int | Unset, query)
            username (str | Unset, query)

        Returns:
            DesiredRole
        """
        return await self._client._send(
            _catalog_roles_desired_retrieve.OPERATION,
            _catalog_roles_desired_retrieve.build_request(user_id=user_id, username=username),
            options,
        )

    @overload
    async def create(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        body: DesiredRoleCreateUpdateRequest,
        **options: Unpack[RequestOptions],
    ) -> DesiredRole: ...

    @overload
    async def create(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        roles: list[DesiredRoleCreateUpdateRequestRolesItem],
        body_user_id: int | Unset = UNSET,
        body_username: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DesiredRole: ...

    async def create(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        body: DesiredRoleCreateUpdateRequest | Unset = UNSET,
        roles: list[DesiredRoleCreateUpdateRequestRolesItem] | Unset = UNSET,
        body_user_id: int | Unset = UNSET,
        body_username: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DesiredRole:
        """Add or update desired roles for a user.

        Args:
            user_id (int | Unset, query)
            username (str | Unset, query)
            body (DesiredRoleCreateUpdateRequest, request body): Serializer for desired role
                creation/update request parameters.
            Or the body's fields as keywords instead of body=: roles, body_user_id,
                body_username, data

        Returns:
            DesiredRole
        """
        body = body_from_fields(
            "catalog.roles.desired.create",
            body,
            DesiredRoleCreateUpdateRequest,
            ["roles"],
            (
                ("roles", "roles", roles),
                ("body_user_id", "user_id", body_user_id),
                ("body_username", "username", body_username),
                ("data", "data", data),
            ),
        )
        return await self._client._send(
            _catalog_roles_desired_create.OPERATION,
            _catalog_roles_desired_create.build_request(
                user_id=user_id, username=username, body=body
            ),
            options,
        )


class AsyncCatalogRolesDesiredResourceWithRawResponse:
    """`AsyncClient.catalog.roles.desired`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogRolesDesiredResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
