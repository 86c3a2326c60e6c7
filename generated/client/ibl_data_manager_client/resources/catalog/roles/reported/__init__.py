"""`Client.catalog.roles.reported`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.catalog import catalog_roles_reported_create as _catalog_roles_reported_create
from .....api.catalog import catalog_roles_reported_retrieve as _catalog_roles_reported_retrieve
from .....models.reported_role import ReportedRole
from .....models.reported_role_create_update_request import ReportedRoleCreateUpdateRequest
from .....models.reported_role_create_update_request_roles_item import (
    ReportedRoleCreateUpdateRequestRolesItem,
)
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CatalogRolesReportedResource",
    "CatalogRolesReportedResourceWithRawResponse",
    "AsyncCatalogRolesReportedResource",
    "AsyncCatalogRolesReportedResourceWithRawResponse",
]


class CatalogRolesReportedResource:
    """`Client.catalog.roles.reported`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogRolesReportedResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogRolesReportedResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ReportedRole:
        """Retrieve reported roles for a user.

        Args:
            user_id (int | Unset, query)
            username (str | Unset, query)

        Returns:
            ReportedRole
        """
        return self._client._send(
            _catalog_roles_reported_retrieve.OPERATION,
            _catalog_roles_reported_retrieve.build_request(user_id=user_id, username=username),
            options,
        )

    @overload
    def create(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        body: ReportedRoleCreateUpdateRequest,
        **options: Unpack[RequestOptions],
    ) -> ReportedRole: ...

    @overload
    def create(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        roles: list[ReportedRoleCreateUpdateRequestRolesItem],
        body_user_id: int | Unset = UNSET,
        body_username: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ReportedRole: ...

    def create(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        body: ReportedRoleCreateUpdateRequest | Unset = UNSET,
        roles: list[ReportedRoleCreateUpdateRequestRolesItem] | Unset = UNSET,
        body_user_id: int | Unset = UNSET,
        body_username: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ReportedRole:
        """Add or update reported roles for a user.

        Args:
            user_id (int | Unset, query)
            username (str | Unset, query)
            body (ReportedRoleCreateUpdateRequest, request body): Serializer for reported role
                creation/update request parameters.
            Or the body's fields as keywords instead of body=: roles, body_user_id,
                body_username, data

        Returns:
            ReportedRole
        """
        body = body_from_fields(
            "catalog.roles.reported.create",
            body,
            ReportedRoleCreateUpdateRequest,
            ["roles"],
            (
                ("roles", "roles", roles),
                ("body_user_id", "user_id", body_user_id),
                ("body_username", "username", body_username),
                ("data", "data", data),
            ),
        )
        return self._client._send(
            _catalog_roles_reported_create.OPERATION,
            _catalog_roles_reported_create.build_request(
                user_id=user_id, username=username, body=body
            ),
            options,
        )


class CatalogRolesReportedResourceWithRawResponse:
    """`Client.catalog.roles.reported`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogRolesReportedResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncCatalogRolesReportedResource:
    """`AsyncClient.catalog.roles.reported`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogRolesReportedResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogRolesReportedResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ReportedRole:
        """Retrieve reported roles for a user.

        Args:
            user_id (int | Unset, query)
            username (str | Unset, query)

        Returns:
            ReportedRole
        """
        return await self._client._send(
            _catalog_roles_reported_retrieve.OPERATION,
            _catalog_roles_reported_retrieve.build_request(user_id=user_id, username=username),
            options,
        )

    @overload
    async def create(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        body: ReportedRoleCreateUpdateRequest,
        **options: Unpack[RequestOptions],
    ) -> ReportedRole: ...

    @overload
    async def create(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        roles: list[ReportedRoleCreateUpdateRequestRolesItem],
        body_user_id: int | Unset = UNSET,
        body_username: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ReportedRole: ...

    async def create(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        body: ReportedRoleCreateUpdateRequest | Unset = UNSET,
        roles: list[ReportedRoleCreateUpdateRequestRolesItem] | Unset = UNSET,
        body_user_id: int | Unset = UNSET,
        body_username: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ReportedRole:
        """Add or update reported roles for a user.

        Args:
            user_id (int | Unset, query)
            username (str | Unset, query)
            body (ReportedRoleCreateUpdateRequest, request body): Serializer for reported role
                creation/update request parameters.
            Or the body's fields as keywords instead of body=: roles, body_user_id,
                body_username, data

        Returns:
            ReportedRole
        """
        body = body_from_fields(
            "catalog.roles.reported.create",
            body,
            ReportedRoleCreateUpdateRequest,
            ["roles"],
            (
                ("roles", "roles", roles),
                ("body_user_id", "user_id", body_user_id),
                ("body_username", "username", body_username),
                ("data", "data", data),
            ),
        )
        return await self._client._send(
            _catalog_roles_reported_create.OPERATION,
            _catalog_roles_reported_create.build_request(
                user_id=user_id, username=username, body=body
            ),
            options,
        )


class AsyncCatalogRolesReportedResourceWithRawResponse:
    """`AsyncClient.catalog.roles.reported`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogRolesReportedResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
