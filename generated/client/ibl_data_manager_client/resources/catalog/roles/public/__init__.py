"""`Client.catalog.roles.public`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.catalog import catalog_roles_public_create as _catalog_roles_public_create
from .....models.role import Role
from .....models.role_create_update_request import RoleCreateUpdateRequest
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CatalogRolesPublicResource",
    "CatalogRolesPublicResourceWithRawResponse",
    "AsyncCatalogRolesPublicResource",
    "AsyncCatalogRolesPublicResourceWithRawResponse",
]


class CatalogRolesPublicResource:
    """`Client.catalog.roles.public`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogRolesPublicResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogRolesPublicResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: RoleCreateUpdateRequest,
        **options: Unpack[RequestOptions],
    ) -> Role: ...

    @overload
    def create(
        self,
        *,
        name: str,
        id: int | Unset = UNSET,
        slug: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Role: ...

    def create(
        self,
        *,
        body: RoleCreateUpdateRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        id: int | Unset = UNSET,
        slug: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Role:
        """Add or update a role through the public API (when enabled).

        Args:
            body (RoleCreateUpdateRequest, request body): Serializer for role creation/update
                request parameters.
            Or the body's fields as keywords instead of body=: name, id, slug, platform_key,
                data

        Returns:
            Role
        """
        body = body_from_fields(
            "catalog.roles.public.create",
            body,
            RoleCreateUpdateRequest,
            ["name"],
            (
                ("name", "name", name),
                ("id", "id", id),
                ("slug", "slug", slug),
                ("platform_key", "platform_key", platform_key),
                ("data", "data", data),
            ),
        )
        return self._client._send(
            _catalog_roles_public_create.OPERATION,
            _catalog_roles_public_create.build_request(body=body),
            options,
        )


class CatalogRolesPublicResourceWithRawResponse:
    """`Client.catalog.roles.public`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogRolesPublicResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCatalogRolesPublicResource:
    """`AsyncClient.catalog.roles.public`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogRolesPublicResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogRolesPublicResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: RoleCreateUpdateRequest,
        **options: Unpack[RequestOptions],
    ) -> Role: ...

    @overload
    async def create(
        self,
        *,
        name: str,
        id: int | Unset = UNSET,
        slug: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Role: ...

    async def create(
        self,
        *,
        body: RoleCreateUpdateRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        id: int | Unset = UNSET,
        slug: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Role:
        """Add or update a role through the public API (when enabled).

        Args:
            body (RoleCreateUpdateRequest, request body): Serializer for role creation/update
                request parameters.
            Or the body's fields as keywords instead of body=: name, id, slug, platform_key,
                data

        Returns:
            Role
        """
        body = body_from_fields(
            "catalog.roles.public.create",
            body,
            RoleCreateUpdateRequest,
            ["name"],
            (
                ("name", "name", name),
                ("id", "id", id),
                ("slug", "slug", slug),
                ("platform_key", "platform_key", platform_key),
                ("data", "data", data),
            ),
        )
        return await self._client._send(
            _catalog_roles_public_create.OPERATION,
            _catalog_roles_public_create.build_request(body=body),
            options,
        )


class AsyncCatalogRolesPublicResourceWithRawResponse:
    """`AsyncClient.catalog.roles.public`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogRolesPublicResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
