"""`Client.catalog.metadata.choices`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.catalog import catalog_metadata_choices_retrieve as _catalog_metadata_choices_retrieve
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CatalogMetadataChoicesResource",
    "CatalogMetadataChoicesResourceWithRawResponse",
    "AsyncCatalogMetadataChoicesResource",
    "AsyncCatalogMetadataChoicesResourceWithRawResponse",
]


class CatalogMetadataChoicesResource:
    """`Client.catalog.metadata.choices`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogMetadataChoicesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogMetadataChoicesResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        field_key: str | Unset = UNSET,
        org: str | Unset = UNSET,
        scope: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Query metadata choices based on field_key, scope, and org parameters.

        Args:
            field_key (str | Unset, query)
            org (str | Unset, query)
            scope (str | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _catalog_metadata_choices_retrieve.OPERATION,
            _catalog_metadata_choices_retrieve.build_request(
                field_key=field_key, org=org, scope=scope
            ),
            options,
        )


class CatalogMetadataChoicesResourceWithRawResponse:
    """`Client.catalog.metadata.choices`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogMetadataChoicesResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncCatalogMetadataChoicesResource:
    """`AsyncClient.catalog.metadata.choices`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogMetadataChoicesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogMetadataChoicesResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        field_key: str | Unset = UNSET,
        org: str | Unset = UNSET,
        scope: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Query metadata choices based on field_key, scope, and org parameters.

        Args:
            field_key (str | Unset, query)
            org (str | Unset, query)
            scope (str | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _catalog_metadata_choices_retrieve.OPERATION,
            _catalog_metadata_choices_retrieve.build_request(
                field_key=field_key, org=org, scope=scope
            ),
            options,
        )


class AsyncCatalogMetadataChoicesResourceWithRawResponse:
    """`AsyncClient.catalog.metadata.choices`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogMetadataChoicesResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
