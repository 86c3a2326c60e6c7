"""`Client.catalog.roles`: 2 operations and 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ...._operation import RequestOptions, body_from_fields
from ...._response import async_to_raw_response, to_raw_response
from ....api.catalog import catalog_roles_create as _catalog_roles_create
from ....api.catalog import catalog_roles_retrieve as _catalog_roles_retrieve
from ....models.role import Role
from ....models.role_create_update_request import RoleCreateUpdateRequest
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .desired import (
        AsyncCatalogRolesDesiredResource,
        AsyncCatalogRolesDesiredResourceWithRawResponse,
        CatalogRolesDesiredResource,
        CatalogRolesDesiredResourceWithRawResponse,
    )
    from .public import (
        AsyncCatalogRolesPublicResource,
        AsyncCatalogRolesPublicResourceWithRawResponse,
        CatalogRolesPublicResource,
        CatalogRolesPublicResourceWithRawResponse,
    )
    from .reported import (
        AsyncCatalogRolesReportedResource,
        AsyncCatalogRolesReportedResourceWithRawResponse,
        CatalogRolesReportedResource,
        CatalogRolesReportedResourceWithRawResponse,
    )

__all__ = [
    "CatalogRolesResource",
    "CatalogRolesResourceWithRawResponse",
    "AsyncCatalogRolesResource",
    "AsyncCatalogRolesResourceWithRawResponse",
]


class CatalogRolesResource:
    """`Client.catalog.roles`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogRolesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogRolesResourceWithRawResponse(self)

    @cached_property
    def desired(self) -> CatalogRolesDesiredResource:
        from .desired import CatalogRolesDesiredResource

        return CatalogRolesDesiredResource(self._client)

    @cached_property
    def public(self) -> CatalogRolesPublicResource:
        from .public import CatalogRolesPublicResource

        return CatalogRolesPublicResource(self._client)

    @cached_property
    def reported(self) -> CatalogRolesReportedResource:
        from .reported import CatalogRolesReportedResource

        return CatalogRolesReportedResource(self._client)

    def retrieve(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Role:
        """Retrieve roles matching query parameters. Supports filtering by name, id, and slug.

        Args:
            id (int | Unset, query)
            name (str | Unset, query)
            name_iexact (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            slug (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            Role
        """
        return self._client._send(
            _catalog_roles_retrieve.OPERATION,
            _catalog_roles_retrieve.build_request(
                id=id,
                name=name,
                name_iexact=name_iexact,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                slug=slug,
                sort=sort,
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: RoleCreateUpdateRequest,
        **options: Unpack[RequestOptions],
    ) -> Role: ...

    @overload
    def create(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body_name: str,
        body_id: int | Unset = UNSET,
        body_slug: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Role: ...

    def create(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: RoleCreateUpdateRequest | Unset = UNSET,
        body_name: str | Unset = UNSET,
        body_id: int | Unset = UNSET,
        body_slug: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Role:
        """Add a new role or update an existing role based on provided data.

        Args:
            id (int | Unset, query)
            name (str | Unset, query)
            name_iexact (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            slug (str | Unset, query)
            sort (str | Unset, query)
            body (RoleCreateUpdateRequest, request body): Serializer for role creation/update
                request parameters.
            Or the body's fields as keywords instead of body=: body_name, body_id, body_slug,
                body_platform_key, data

        Returns:
            Role
        """
        body = body_from_fields(
            "catalog.roles.create",
            body,
            RoleCreateUpdateRequest,
            ["body_name"],
            (
                ("body_name", "name", body_name),
                ("body_id", "id", body_id),
                ("body_slug", "slug", body_slug),
                ("body_platform_key", "platform_key", body_platform_key),
                ("data", "data", data),
            ),
        )
        return self._client._send(
            _catalog_roles_create.OPERATION,
            _catalog_roles_create.build_request(
                id=id,
                name=name,
                name_iexact=name_iexact,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                slug=slug,
                sort=sort,
                body=body,
            ),
            options,
        )


class CatalogRolesResourceWithRawResponse:
    """`Client.catalog.roles`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogRolesResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)

    @cached_property
    def desired(self) -> CatalogRolesDesiredResourceWithRawResponse:
        from .desired import CatalogRolesDesiredResourceWithRawResponse

        return CatalogRolesDesiredResourceWithRawResponse(self._resource.desired)

    @cached_property
    def public(self) -> CatalogRolesPublicResourceWithRawResponse:
        from .public import CatalogRolesPublicResourceWithRawResponse

        return CatalogRolesPublicResourceWithRawResponse(self._resource.public)

    @cached_property
    def reported(self) -> CatalogRolesReportedResourceWithRawResponse:
        from .reported import CatalogRolesReportedResourceWithRawResponse

        return CatalogRolesReportedResourceWithRawResponse(self._resource.reported)


class AsyncCatalogRolesResource:
    """`AsyncClient.catalog.roles`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogRolesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogRolesResourceWithRawResponse(self)

    @cached_property
    def desired(self) -> AsyncCatalogRolesDesiredResource:
        from .desired import AsyncCatalogRolesDesiredResource

        return AsyncCatalogRolesDesiredResource(self._client)

    @cached_property
    def public(self) -> AsyncCatalogRolesPublicResource:
        from .public import AsyncCatalogRolesPublicResource

        return AsyncCatalogRolesPublicResource(self._client)

    @cached_property
    def reported(self) -> AsyncCatalogRolesReportedResource:
        from .reported import AsyncCatalogRolesReportedResource

        return AsyncCatalogRolesReportedResource(self._client)

    async def retrieve(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Role:
        """Retrieve roles matching query parameters. Supports filtering by name, id, and slug.

        Args:
            id (int | Unset, query)
            name (str | Unset, query)
            name_iexact (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            slug (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            Role
        """
        return await self._client._send(
            _catalog_roles_retrieve.OPERATION,
            _catalog_roles_retrieve.build_request(
                id=id,
                name=name,
                name_iexact=name_iexact,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                slug=slug,
                sort=sort,
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: RoleCreateUpdateRequest,
        **options: Unpack[RequestOptions],
    ) -> Role: ...

    @overload
    async def create(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body_name: str,
        body_id: int | Unset = UNSET,
        body_slug: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Role: ...

    async def create(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: RoleCreateUpdateRequest | Unset = UNSET,
        body_name: str | Unset = UNSET,
        body_id: int | Unset = UNSET,
        body_slug: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Role:
        """Add a new role or update an existing role based on provided data.

        Args:
            id (int | Unset, query)
            name (str | Unset, query)
            name_iexact (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            slug (str | Unset, query)
            sort (str | Unset, query)
            body (RoleCreateUpdateRequest, request body): Serializer for role creation/update
                request parameters.
            Or the body's fields as keywords instead of body=: body_name, body_id, body_slug,
                body_platform_key, data

        Returns:
            Role
        """
        body = body_from_fields(
            "catalog.roles.create",
            body,
            RoleCreateUpdateRequest,
            ["body_name"],
            (
                ("body_name", "name", body_name),
                ("body_id", "id", body_id),
                ("body_slug", "slug", body_slug),
                ("body_platform_key", "platform_key", body_platform_key),
                ("data", "data", data),
            ),
        )
        return await self._client._send(
            _catalog_roles_create.OPERATION,
            _catalog_roles_create.build_request(
                id=id,
                name=name,
                name_iexact=name_iexact,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                slug=slug,
                sort=sort,
                body=body,
            ),
            options,
        )


class AsyncCatalogRolesResourceWithRawResponse:
    """`AsyncClient.catalog.roles`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogRolesResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)

    @cached_property
    def desired(self) -> AsyncCatalogRolesDesiredResourceWithRawResponse:
        from .desired import AsyncCatalogRolesDesiredResourceWithRawResponse

        return AsyncCatalogRolesDesiredResourceWithRawResponse(self._resource.desired)

    @cached_property
    def public(self) -> AsyncCatalogRolesPublicResourceWithRawResponse:
        from .public import AsyncCatalogRolesPublicResourceWithRawResponse

        return AsyncCatalogRolesPublicResourceWithRawResponse(self._resource.public)

    @cached_property
    def reported(self) -> AsyncCatalogRolesReportedResourceWithRawResponse:
        from .reported import AsyncCatalogRolesReportedResourceWithRawResponse

        return AsyncCatalogRolesReportedResourceWithRawResponse(self._resource.reported)
