"""`Client.catalog.metadata.program_public`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.catalog import (
    catalog_metadata_program_public_retrieve as _catalog_metadata_program_public_retrieve,
)
from .....api.catalog import (
    catalog_metadata_program_public_retrieve_2 as _catalog_metadata_program_public_retrieve_2,
)
from .....models.program_metadata_response import ProgramMetadataResponse
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CatalogMetadataProgramPublicResource",
    "CatalogMetadataProgramPublicResourceWithRawResponse",
    "AsyncCatalogMetadataProgramPublicResource",
    "AsyncCatalogMetadataProgramPublicResourceWithRawResponse",
]


class CatalogMetadataProgramPublicResource:
    """`Client.catalog.metadata.program_public`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogMetadataProgramPublicResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogMetadataProgramPublicResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        program_id: str,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramMetadataResponse:
        """Retrieve public metadata for a specified program

        Args:
            program_id (str, query)
            org (str | Unset, query)
            platform_key (str | Unset, query)
            program_key (str | Unset, query)

        Returns:
            ProgramMetadataResponse
        """
        return self._client._send(
            _catalog_metadata_program_public_retrieve.OPERATION,
            _catalog_metadata_program_public_retrieve.build_request(
                program_id=program_id, org=org, platform_key=platform_key, program_key=program_key
            ),
            options,
        )

    def retrieve_2(
        self,
        *,
        field: str,
        program_id: str,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramMetadataResponse:
        """Retrieve public metadata for a specified program

        Args:
            field (str, path)
            program_id (str, query)
            org (str | Unset, query)
            platform_key (str | Unset, query)
            program_key (str | Unset, query)

        Returns:
            ProgramMetadataResponse
        """
        return self._client._send(
            _catalog_metadata_program_public_retrieve_2.OPERATION,
            _catalog_metadata_program_public_retrieve_2.build_request(
                field=field,
                program_id=program_id,
                org=org,
                platform_key=platform_key,
                program_key=program_key,
            ),
            options,
        )


class CatalogMetadataProgramPublicResourceWithRawResponse:
    """`Client.catalog.metadata.program_public`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogMetadataProgramPublicResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.retrieve_2 = to_raw_response(resource.retrieve_2)


class AsyncCatalogMetadataProgramPublicResource:
    """`AsyncClient.catalog.metadata.program_public`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogMetadataProgramPublicResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogMetadataProgramPublicResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        program_id: str,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramMetadataResponse:
        """Retrieve public metadata for a specified program

        Args:
            program_id (str, query)
            org (str | Unset, query)
            platform_key (str | Unset, query)
            program_key (str | Unset, query)

        Returns:
            ProgramMetadataResponse
        """
        return await self._client._send(
            _catalog_metadata_program_public_retrieve.OPERATION,
            _catalog_metadata_program_public_retrieve.build_request(
                program_id=program_id, org=org, platform_key=platform_key, program_key=program_key
            ),
            options,
        )

    async def retrieve_2(
        self,
        *,
        field: str,
        program_id: str,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramMetadataResponse:
        """Retrieve public metadata for a specified program

        Args:
            field (str, path)
            program_id (str, query)
            org (str | Unset, query)
            platform_key (str | Unset, query)
            program_key (str | Unset, query)

        Returns:
            ProgramMetadataResponse
        """
        return await self._client._send(
            _catalog_metadata_program_public_retrieve_2.OPERATION,
            _catalog_metadata_program_public_retrieve_2.build_request(
                field=field,
                program_id=program_id,
                org=org,
                platform_key=platform_key,
                program_key=program_key,
            ),
            options,
        )


class AsyncCatalogMetadataProgramPublicResourceWithRawResponse:
    """`AsyncClient.catalog.metadata.program_public`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogMetadataProgramPublicResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.retrieve_2 = async_to_raw_response(resource.retrieve_2)
