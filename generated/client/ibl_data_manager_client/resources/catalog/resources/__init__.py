"""`Client.catalog.resources`: 3 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ...._operation import RequestOptions, body_from_fields
from ...._response import async_to_raw_response, to_raw_response
from ....api.catalog import catalog_resources_create as _catalog_resources_create
from ....api.catalog import catalog_resources_destroy as _catalog_resources_destroy
from ....api.catalog import catalog_resources_list as _catalog_resources_list
from ....models.catalog_resources_create_body import CatalogResourcesCreateBody
from ....models.resource import Resource
from ....models.resource_delete_response import ResourceDeleteResponse
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "CatalogResourcesResource",
    "CatalogResourcesResourceWithRawResponse",
    "AsyncCatalogResourcesResource",
    "AsyncCatalogResourcesResourceWithRawResponse",
]


class CatalogResourcesResource:
    """`Client.catalog.resources`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogResourcesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogResourcesResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        id: int,
        item_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ResourceDeleteResponse:
        """Remove a resource from the database.

        Args:
            id (int, query)
            item_id (str | Unset, query)
            key (str | Unset, query)
            name (str | Unset, query)
            org (str | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            resource_type (str | Unset, query)
            user_id (int | Unset, query)
            username (str | Unset, query)

        Returns:
            ResourceDeleteResponse
        """
        return self._client._send(
            _catalog_resources_destroy.OPERATION,
            _catalog_resources_destroy.build_request(
                id=id,
                item_id=item_id,
                key=key,
                name=name,
                org=org,
                platform_key=platform_key,
                platform_org=platform_org,
                resource_type=resource_type,
                user_id=user_id,
                username=username,
            ),
            options,
        )

    def list(
        self,
        *,
        id: int | Unset = UNSET,
        item_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[Resource]:
        """Retrieve resources matching query. Limited parameters.

        Args:
            id (int | Unset, query)
            item_id (str | Unset, query)
            key (str | Unset, query)
            name (str | Unset, query)
            org (str | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            resource_type (str | Unset, query)
            user_id (int | Unset, query)
            username (str | Unset, query)

        Returns:
            list[Resource]
        """
        return self._client._send(
            _catalog_resources_list.OPERATION,
            _catalog_resources_list.build_request(
                id=id,
                item_id=item_id,
                key=key,
                name=name,
                org=org,
                platform_key=platform_key,
                platform_org=platform_org,
                resource_type=resource_type,
                user_id=user_id,
                username=username,
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        id: int | Unset = UNSET,
        item_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        body: CatalogResourcesCreateBody,
        **options: Unpack[RequestOptions],
    ) -> Resource: ...

    @overload
    def create(
        self,
        *,
        id: int | Unset = UNSET,
        item_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        body_resource_type: str,
        url: str,
        body_name: str,
        body_id: int | Unset = UNSET,
        body_user_id: int | Unset = UNSET,
        body_username: str | Unset = UNSET,
        description: str | Unset = UNSET,
        skills: list[str] | Unset = UNSET,
        image: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Resource: ...

    def create(
        self,
        *,
        id: int | Unset = UNSET,
        item_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        body: CatalogResourcesCreateBody | Unset = UNSET,
        body_resource_type: str | Unset = UNSET,
        url: str | Unset = UNSET,
        body_name: str | Unset = UNSET,
        body_id: int | Unset = UNSET,
        body_user_id: int | Unset = UNSET,
        body_username: str | Unset = UNSET,
        description: str | Unset = UNSET,
        skills: list[str] | Unset = UNSET,
        image: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Resource:
        """Create or update a resource with optional image upload

        Create or update a resource. For updates, include the resource ID.

        Args:
            id (int | Unset, query)
            item_id (str | Unset, query)
            key (str | Unset, query)
            name (str | Unset, query)
            org (str | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            resource_type (str | Unset, query)
            user_id (int | Unset, query)
            username (str | Unset, query)
            body (CatalogResourcesCreateBody, request body)
            Or the body's fields as keywords instead of body=: body_resource_type, url,
                body_name, body_id, body_user_id, body_username, description, skills, image,
                data

        Returns:
            Resource
        """
        body = body_from_fields(
            "catalog.resources.create",
            body,
            CatalogResourcesCreateBody,
            ["body_resource_type", "url", "body_name"],
            (
                ("body_resource_type", "resource_type", body_resource_type),
                ("url", "url", url),
                ("body_name", "name", body_name),
                ("body_id", "id", body_id),
                ("body_user_id", "user_id", body_user_id),
                ("body_username", "username", body_username),
                ("description", "description", description),
                ("skills", "skills", skills),
                ("image", "image", image),
                ("data", "data", data),
            ),
        )
        return self._client._send(
            _catalog_resources_create.OPERATION,
            _catalog_resources_create.build_request(
                id=id,
                item_id=item_id,
                key=key,
                name=name,
                org=org,
                platform_key=platform_key,
                platform_org=platform_org,
                resource_type=resource_type,
                user_id=user_id,
                username=username,
                body=body,
            ),
            options,
        )


class CatalogResourcesResourceWithRawResponse:
    """`Client.catalog.resources`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogResourcesResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)


class AsyncCatalogResourcesResource:
    """`AsyncClient.catalog.resources`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogResourcesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogResourcesResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        id: int,
        item_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ResourceDeleteResponse:
        """Remove a resource from the database.

        Args:
            id (int, query)
            item_id (str | Unset, query)
            key (str | Unset, query)
            name (str | Unset, query)
            org (str | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            resource_type (str | Unset, query)
            user_id (int | Unset, query)
            username (str | Unset, query)

        Returns:
            ResourceDeleteResponse
        """
        return await self._client._send(
            _catalog_resources_destroy.OPERATION,
            _catalog_resources_destroy.build_request(
                id=id,
                item_id=item_id,
                key=key,
                name=name,
                org=org,
                platform_key=platform_key,
                platform_org=platform_org,
                resource_type=resource_type,
                user_id=user_id,
                username=username,
            ),
            options,
        )

    async def list(
        self,
        *,
        id: int | Unset = UNSET,
        item_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[Resource]:
        """Retrieve resources matching query. Limited parameters.

        Args:
            id (int | Unset, query)
            item_id (str | Unset, query)
            key (str | Unset, query)
            name (str | Unset, query)
            org (str | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            resource_type (str | Unset, query)
            user_id (int | Unset, query)
            username (str | Unset, query)

        Returns:
            list[Resource]
        """
        return await self._client._send(
            _catalog_resources_list.OPERATION,
            _catalog_resources_list.build_request(
                id=id,
                item_id=item_id,
                key=key,
                name=name,
                org=org,
                platform_key=platform_key,
                platform_org=platform_org,
                resource_type=resource_type,
                user_id=user_id,
                username=username,
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        id: int | Unset = UNSET,
        item_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        body: CatalogResourcesCreateBody,
        **options: Unpack[RequestOptions],
    ) -> Resource: ...

    @overload
    async def create(
        self,
        *,
        id: int | Unset = UNSET,
        item_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        body_resource_type: str,
        url: str,
        body_name: str,
        body_id: int | Unset = UNSET,
        body_user_id: int | Unset = UNSET,
        body_username: str | Unset = UNSET,
        description: str | Unset = UNSET,
        skills: list[str] | Unset = UNSET,
        image: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Resource: ...

    async def create(
        self,
        *,
        id: int | Unset = UNSET,
        item_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        body: CatalogResourcesCreateBody | Unset = UNSET,
        body_resource_type: str | Unset = UNSET,
        url: str | Unset = UNSET,
        body_name: str | Unset = UNSET,
        body_id: int | Unset = UNSET,
        body_user_id: int | Unset = UNSET,
        body_username: str | Unset = UNSET,
        description: str | Unset = UNSET,
        skills: list[str] | Unset = UNSET,
        image: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Resource:
        """Create or update a resource with optional image upload

        Create or update a resource. For updates, include the resource ID.

        Args:
            id (int | Unset, query)
            item_id (str | Unset, query)
            key (str | Unset, query)
            name (str | Unset, query)
            org (str | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            resource_type (str | Unset, query)
            user_id (int | Unset, query)
            username (str | Unset, query)
            body (CatalogResourcesCreateBody, request body)
            Or the body's fields as keywords instead of body=: body_resource_type, url,
                body_name, body_id, body_user_id, body_username, description, skills, image,
                data

        Returns:
            Resource
        """
        body = body_from_fields(
            "catalog.resources.create",
            body,
            CatalogResourcesCreateBody,
            ["body_resource_type", "url", "body_name"],
            (
                ("body_resource_type", "resource_type", body_resource_type),
                ("url", "url", url),
                ("body_name", "name", body_name),
                ("body_id", "id", body_id),
                ("body_user_id", "user_id", body_user_id),
                ("body_username", "username", body_username),
                ("description", "description", description),
                ("skills", "skills", skills),
                ("image", "image", image),
                ("data", "data", data),
            ),
        )
        return await self._client._send(
            _catalog_resources_create.OPERATION,
            _catalog_resources_create.build_request(
                id=id,
                item_id=item_id,
                key=key,
                name=name,
                org=org,
                platform_key=platform_key,
                platform_org=platform_org,
                resource_type=resource_type,
                user_id=user_id,
                username=username,
                body=body,
            ),
            options,
        )


class AsyncCatalogResourcesResourceWithRawResponse:
    """`AsyncClient.catalog.resources`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogResourcesResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
