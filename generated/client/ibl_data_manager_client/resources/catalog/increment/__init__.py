"""`Client.catalog.increment`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ...._operation import RequestOptions, body_from_fields
from ...._response import async_to_raw_response, to_raw_response
from ....api.catalog import catalog_increment_create as _catalog_increment_create
from ....api.catalog import catalog_increment_retrieve as _catalog_increment_retrieve
from ....models.catalog_auto_increment_response import CatalogAutoIncrementResponse
from ....models.catalog_auto_increment_update_request import CatalogAutoIncrementUpdateRequest
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "CatalogIncrementResource",
    "CatalogIncrementResourceWithRawResponse",
    "AsyncCatalogIncrementResource",
    "AsyncCatalogIncrementResourceWithRawResponse",
]


class CatalogIncrementResource:
    """`Client.catalog.increment`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogIncrementResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogIncrementResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        key: str | Unset = UNSET,
        org: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CatalogAutoIncrementResponse:
        """Retrieve auto increment information for a specific platform.

        Args:
            key (str | Unset, query)
            org (str | Unset, query)

        Returns:
            CatalogAutoIncrementResponse
        """
        return self._client._send(
            _catalog_increment_retrieve.OPERATION,
            _catalog_increment_retrieve.build_request(key=key, org=org),
            options,
        )

    @overload
    def create(
        self,
        *,
        body: CatalogAutoIncrementUpdateRequest,
        **options: Unpack[RequestOptions],
    ) -> int: ...

    @overload
    def create(
        self,
        *,
        number_type: str,
        key: str | Unset = UNSET,
        org: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> int: ...

    def create(
        self,
        *,
        body: CatalogAutoIncrementUpdateRequest | Unset = UNSET,
        number_type: str | Unset = UNSET,
        key: str | Unset = UNSET,
        org: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> int:
        """Update auto increment information and retrieve a new ID for a specific platform.

        Args:
            body (CatalogAutoIncrementUpdateRequest, request body): Serializer for auto
                increment update request parameters.
            Or the body's fields as keywords instead of body=: number_type, key, org

        Returns:
            int
        """
        body = body_from_fields(
            "catalog.increment.create",
            body,
            CatalogAutoIncrementUpdateRequest,
            ["number_type"],
            (
                ("number_type", "number_type", number_type),
                ("key", "key", key),
                ("org", "org", org),
            ),
        )
        return self._client._send(
            _catalog_increment_create.OPERATION,
            _catalog_increment_create.build_request(body=body),
            options,
        )


class CatalogIncrementResourceWithRawResponse:
    """`Client.catalog.increment`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogIncrementResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncCatalogIncrementResource:
    """`AsyncClient.catalog.increment`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogIncrementResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogIncrementResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        key: str | Unset = UNSET,
        org: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CatalogAutoIncrementResponse:
        """Retrieve auto increment information for a specific platform.

        Args:
            key (str | Unset, query)
            org (str | Unset, query)

        Returns:
            CatalogAutoIncrementResponse
        """
        return await self._client._send(
            _catalog_increment_retrieve.OPERATION,
            _catalog_increment_retrieve.build_request(key=key, org=org),
            options,
        )

    @overload
    async def create(
        self,
        *,
        body: CatalogAutoIncrementUpdateRequest,
        **options: Unpack[RequestOptions],
    ) -> int: ...

    @overload
    async def create(
        self,
        *,
        number_type: str,
        key: str | Unset = UNSET,
        org: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> int: ...

    async def create(
        self,
        *,
        body: CatalogAutoIncrementUpdateRequest | Unset = UNSET,
        number_type: str | Unset = UNSET,
        key: str | Unset = UNSET,
        org: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> int:
        """Update auto increment information and retrieve a new ID for a specific platform.

        Args:
            body (CatalogAutoIncrementUpdateRequest, request body): Serializer for auto
                increment update request parameters.
            Or the body's fields as keywords instead of body=: number_type, key, org

        Returns:
            int
        """
        body = body_from_fields(
            "catalog.increment.create",
            body,
            CatalogAutoIncrementUpdateRequest,
            ["number_type"],
            (
                ("number_type", "number_type", number_type),
                ("key", "key", key),
                ("org", "org", org),
            ),
        )
        return await self._client._send(
            _catalog_increment_create.OPERATION,
            _catalog_increment_create.build_request(body=body),
            options,
        )


class AsyncCatalogIncrementResourceWithRawResponse:
    """`AsyncClient.catalog.increment`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogIncrementResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
