"""`Client.catalog.pathways`: 3 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ...._operation import RequestOptions, body_from_fields
from ...._response import async_to_raw_response, to_raw_response
from ....api.catalog import catalog_pathways_create as _catalog_pathways_create
from ....api.catalog import catalog_pathways_destroy as _catalog_pathways_destroy
from ....api.catalog import catalog_pathways_list as _catalog_pathways_list
from ....models.pathway import Pathway
from ....models.pathway_create_update_request import PathwayCreateUpdateRequest
from ....models.pathway_create_update_request_path_item import PathwayCreateUpdateRequestPathItem
from ....models.pathway_delete_response import PathwayDeleteResponse
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "CatalogPathwaysResource",
    "CatalogPathwaysResourceWithRawResponse",
    "AsyncCatalogPathwaysResource",
    "AsyncCatalogPathwaysResourceWithRawResponse",
]


class CatalogPathwaysResource:
    """`Client.catalog.pathways`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogPathwaysResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogPathwaysResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        pathway_id: str,
        user_id: int,
        item_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        username: str | Unset = UNSET,
        visible: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PathwayDeleteResponse:
        """Remove a pathway from the database.

        Args:
            pathway_id (str, query)
            user_id (int, query)
            item_id (str | Unset, query)
            name (str | Unset, query)
            pathway_uuid (str | Unset, query)
            platform_key (str | Unset, query)
            slug (str | Unset, query)
            username (str | Unset, query)
            visible (bool | Unset, query)

        Returns:
            PathwayDeleteResponse
        """
        return self._client._send(
            _catalog_pathways_destroy.OPERATION,
            _catalog_pathways_destroy.build_request(
                pathway_id=pathway_id,
                user_id=user_id,
                item_id=item_id,
                name=name,
                pathway_uuid=pathway_uuid,
                platform_key=platform_key,
                slug=slug,
                username=username,
                visible=visible,
            ),
            options,
        )

    def list(
        self,
        *,
        item_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        visible: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[Pathway]:
        """Retrieve pathways matching query. Limited parameters.

        Args:
            item_id (str | Unset, query)
            name (str | Unset, query)
            pathway_id (str | Unset, query)
            pathway_uuid (str | Unset, query)
            platform_key (str | Unset, query)
            slug (str | Unset, query)
            user_id (int | Unset, query)
            username (str | Unset, query)
            visible (bool | Unset, query)

        Returns:
            list[Pathway]
        """
        return self._client._send(
            _catalog_pathways_list.OPERATION,
            _catalog_pathways_list.build_request(
                item_id=item_id,
                name=name,
                pathway_id=pathway_id,
                pathway_uuid=pathway_uuid,
                platform_key=platform_key,
                slug=slug,
                user_id=user_id,
                username=username,
                visible=visible,
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        item_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        visible: bool | Unset = UNSET,
        body: PathwayCreateUpdateRequest,
        **options: Unpack[RequestOptions],
    ) -> Pathway: ...

    @overload
    def create(
        self,
        *,
        item_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        visible: bool | Unset = UNSET,
        body_user_id: int,
        body_name: str,
        path: list[PathwayCreateUpdateRequestPathItem],
        body_pathway_id: str | Unset = UNSET,
        body_pathway_uuid: str | Unset = UNSET,
        body_username: str | Unset = UNSET,
        body_slug: str | Unset = UNSET,
        body_visible: bool | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Pathway: ...

    def create(
        self,
        *,
        item_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        visible: bool | Unset = UNSET,
        body: PathwayCreateUpdateRequest | Unset = UNSET,
        body_user_id: int | Unset = UNSET,
        body_name: str | Unset = UNSET,
        path: list[PathwayCreateUpdateRequestPathItem] | Unset = UNSET,
        body_pathway_id: str | Unset = UNSET,
        body_pathway_uuid: str | Unset = UNSET,
        body_username: str | Unset = UNSET,
        body_slug: str | Unset = UNSET,
        body_visible: bool | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Pathway:
        """Add or update a pathway.

        Args:
            item_id (str | Unset, query)
            name (str | Unset, query)
            pathway_id (str | Unset, query)
            pathway_uuid (str | Unset, query)
            platform_key (str | Unset, query)
            slug (str | Unset, query)
            user_id (int | Unset, query)
            username (str | Unset, query)
            visible (bool | Unset, query)
            body (PathwayCreateUpdateRequest, request body): Serializer for pathway
                creation/update request body.
            Or the body's fields as keywords instead of body=: body_user_id, body_name, path,
                body_pathway_id, body_pathway_uuid, body_username, body_slug, body_visible,
                body_platform_key, data

        Returns:
            Pathway
        """
        body = body_from_fields(
            "catalog.pathways.create",
            body,
            PathwayCreateUpdateRequest,
            ["body_user_id", "body_name", "path"],
            (
                ("body_user_id", "user_id", body_user_id),
                ("body_name", "name", body_name),
                ("path", "path", path),
                ("body_pathway_id", "pathway_id", body_pathway_id),
                ("body_pathway_uuid", "pathway_uuid", body_pathway_uuid),
                ("body_username", "username", body_username),
                ("body_slug", "slug", body_slug),
                ("body_visible", "visible", body_visible),
                ("body_platform_key", "platform_key", body_platform_key),
                ("data", "data", data),
            ),
        )
        return self._client._send(
            _catalog_pathways_create.OPERATION,
            _catalog_pathways_create.build_request(
                item_id=item_id,
                name=name,
                pathway_id=pathway_id,
                pathway_uuid=pathway_uuid,
                platform_key=platform_key,
                slug=slug,
                user_id=user_id,
                username=username,
                visible=visible,
                body=body,
            ),
            options,
        )


class CatalogPathwaysResourceWithRawResponse:
    """`Client.catalog.pathways`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogPathwaysResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)


class AsyncCatalogPathwaysResource:
    """`AsyncClient.catalog.pathways`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogPathwaysResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogPathwaysResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        pathway_id: str,
        user_id: int,
        item_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        username: str | Unset = UNSET,
        visible: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PathwayDeleteResponse:
        """Remove a pathway from the database.

        Args:
            pathway_id (str, query)
            user_id (int, query)
            item_id (str | Unset, query)
            name (str | Unset, query)
            pathway_uuid (str | Unset, query)
            platform_key (str | Unset, query)
            slug (str | Unset, query)
            username (str | Unset, query)
            visible (bool | Unset, query)

        Returns:
            PathwayDeleteResponse
        """
        return await self._client._send(
            _catalog_pathways_destroy.OPERATION,
            _catalog_pathways_destroy.build_request(
                pathway_id=pathway_id,
                user_id=user_id,
                item_id=item_id,
                name=name,
                pathway_uuid=pathway_uuid,
                platform_key=platform_key,
                slug=slug,
                username=username,
                visible=visible,
            ),
            options,
        )

    async def list(
        self,
        *,
        item_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        visible: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[Pathway]:
        """Retrieve pathways matching query. Limited parameters.

        Args:
            item_id (str | Unset, query)
            name (str | Unset, query)
            pathway_id (str | Unset, query)
            pathway_uuid (str | Unset, query)
            platform_key (str | Unset, query)
            slug (str | Unset, query)
            user_id (int | Unset, query)
            username (str | Unset, query)
            visible (bool | Unset, query)

        Returns:
            list[Pathway]
        """
        return await self._client._send(
            _catalog_pathways_list.OPERATION,
            _catalog_pathways_list.build_request(
                item_id=item_id,
                name=name,
                pathway_id=pathway_id,
                pathway_uuid=pathway_uuid,
                platform_key=platform_key,
                slug=slug,
                user_id=user_id,
                username=username,
                visible=visible,
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        item_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        visible: bool | Unset = UNSET,
        body: PathwayCreateUpdateRequest,
        **options: Unpack[RequestOptions],
    ) -> Pathway: ...

    @overload
    async def create(
        self,
        *,
        item_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        visible: bool | Unset = UNSET,
        body_user_id: int,
        body_name: str,
        path: list[PathwayCreateUpdateRequestPathItem],
        body_pathway_id: str | Unset = UNSET,
        body_pathway_uuid: str | Unset = UNSET,
        body_username: str | Unset = UNSET,
        body_slug: str | Unset = UNSET,
        body_visible: bool | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Pathway: ...

    async def create(
        self,
        *,
        item_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        visible: bool | Unset = UNSET,
        body: PathwayCreateUpdateRequest | Unset = UNSET,
        body_user_id: int | Unset = UNSET,
        body_name: str | Unset = UNSET,
        path: list[PathwayCreateUpdateRequestPathItem] | Unset = UNSET,
        body_pathway_id: str | Unset = UNSET,
        body_pathway_uuid: str | Unset = UNSET,
        body_username: str | Unset = UNSET,
        body_slug: str | Unset = UNSET,
        body_visible: bool | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Pathway:
        """Add or update a pathway.

        Args:
            item_id (str | Unset, query)
            name (str | Unset, query)
            pathway_id (str | Unset, query)
            pathway_uuid (str | Unset, query)
            platform_key (str | Unset, query)
            slug (str | Unset, query)
            user_id (int | Unset, query)
            username (str | Unset, query)
            visible (bool | Unset, query)
            body (PathwayCreateUpdateRequest, request body): Serializer for pathway
                creation/update request body.
            Or the body's fields as keywords instead of body=: body_user_id, body_name, path,
                body_pathway_id, body_pathway_uuid, body_username, body_slug, body_visible,
                body_platform_key, data

        Returns:
            Pathway
        """
        body = body_from_fields(
            "catalog.pathways.create",
            body,
            PathwayCreateUpdateRequest,
            ["body_user_id", "body_name", "path"],
            (
                ("body_user_id", "user_id", body_user_id),
                ("body_name", "name", body_name),
                ("path", "path", path),
                ("body_pathway_id", "pathway_id", body_pathway_id),
                ("body_pathway_uuid", "pathway_uuid", body_pathway_uuid),
                ("body_username", "username", body_username),
                ("body_slug", "slug", body_slug),
                ("body_visible", "visible", body_visible),
                ("body_platform_key", "platform_key", body_platform_key),
                ("data", "data", data),
            ),
        )
        return await self._client._send(
            _catalog_pathways_create.OPERATION,
            _catalog_pathways_create.build_request(
                item_id=item_id,
                name=name,
                pathway_id=pathway_id,
                pathway_uuid=pathway_uuid,
                platform_key=platform_key,
                slug=slug,
                user_id=user_id,
                username=username,
                visible=visible,
                body=body,
            ),
            options,
        )


class AsyncCatalogPathwaysResourceWithRawResponse:
    """`AsyncClient.catalog.pathways`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogPathwaysResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
