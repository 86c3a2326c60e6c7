"""`Client.catalog.metadata.program`: 4 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.catalog import catalog_metadata_program_create as _catalog_metadata_program_create
from .....api.catalog import catalog_metadata_program_create_2 as _catalog_metadata_program_create_2
from .....api.catalog import catalog_metadata_program_retrieve as _catalog_metadata_program_retrieve
from .....api.catalog import (
    catalog_metadata_program_retrieve_2 as _catalog_metadata_program_retrieve_2,
)
from .....models.program_metadata_request import ProgramMetadataRequest
from .....models.program_metadata_request_metadata import ProgramMetadataRequestMetadata
from .....models.program_metadata_response import ProgramMetadataResponse
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CatalogMetadataProgramResource",
    "CatalogMetadataProgramResourceWithRawResponse",
    "AsyncCatalogMetadataProgramResource",
    "AsyncCatalogMetadataProgramResourceWithRawResponse",
]


class CatalogMetadataProgramResource:
    """`Client.catalog.metadata.program`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogMetadataProgramResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogMetadataProgramResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        program_id: str,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramMetadataResponse:
        """Retrieve metadata for a specified program

        Args:
            program_id (str, query)
            org (str | Unset, query)
            platform_key (str | Unset, query)
            program_key (str | Unset, query)

        Returns:
            ProgramMetadataResponse
        """
        return self._client._send(
            _catalog_metadata_program_retrieve.OPERATION,
            _catalog_metadata_program_retrieve.build_request(
                program_id=program_id, org=org, platform_key=platform_key, program_key=program_key
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        program_id: str,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        body: ProgramMetadataRequest,
        **options: Unpack[RequestOptions],
    ) -> ProgramMetadataResponse: ...

    @overload
    def create(
        self,
        *,
        program_id: str,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        body_program_id: str,
        metadata: ProgramMetadataRequestMetadata,
        body_org: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_program_key: str | Unset = UNSET,
        update: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramMetadataResponse: ...

    def create(
        self,
        *,
        program_id: str,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        body: ProgramMetadataRequest | Unset = UNSET,
        body_program_id: str | Unset = UNSET,
        metadata: ProgramMetadataRequestMetadata | Unset = UNSET,
        body_org: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_program_key: str | Unset = UNSET,
        update: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramMetadataResponse:
        """Update metadata for a specified program

        Args:
            program_id (str, query)
            org (str | Unset, query)
            platform_key (str | Unset, query)
            program_key (str | Unset, query)
            body (ProgramMetadataRequest, request body): Request serializer for
                ProgramMetadataView POST endpoint.
            Or the body's fields as keywords instead of body=: body_program_id, metadata,
                body_org, body_platform_key, body_program_key, update

        Returns:
            ProgramMetadataResponse
        """
        body = body_from_fields(
            "catalog.metadata.program.create",
            body,
            ProgramMetadataRequest,
            ["body_program_id", "metadata"],
            (
                ("body_program_id", "program_id", body_program_id),
                ("metadata", "metadata", metadata),
                ("body_org", "org", body_org),
                ("body_platform_key", "platform_key", body_platform_key),
                ("body_program_key", "program_key", body_program_key),
                ("update", "update", update),
            ),
        )
        return self._client._send(
            _catalog_metadata_program_create.OPERATION,
            _catalog_metadata_program_create.build_request(
                program_id=program_id,
                org=org,
                platform_key=platform_key,
                program_key=program_key,
                body=body,
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
        """Retrieve metadata for a specified program

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
            _catalog_metadata_program_retrieve_2.OPERATION,
            _catalog_metadata_program_retrieve_2.build_request(
                field=field,
                program_id=program_id,
                org=org,
                platform_key=platform_key,
                program_key=program_key,
            ),
            options,
        )

    @overload
    def create_2(
        self,
        *,
        field: str,
        program_id: str,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        body: ProgramMetadataRequest,
        **options: Unpack[RequestOptions],
    ) -> ProgramMetadataResponse: ...

    @overload
    def create_2(
        self,
        *,
        field: str,
        program_id: str,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        body_program_id: str,
        metadata: ProgramMetadataRequestMetadata,
        body_org: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_program_key: str | Unset = UNSET,
        update: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramMetadataResponse: ...

    def create_2(
        self,
        *,
        field: str,
        program_id: str,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        body: ProgramMetadataRequest | Unset = UNSET,
        body_program_id: str | Unset = UNSET,
        metadata: ProgramMetadataRequestMetadata | Unset = UNSET,
        body_org: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_program_key: str | Unset = UNSET,
        update: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramMetadataResponse:
        """Update metadata for a specified program

        Args:
            field (str, path)
            program_id (str, query)
            org (str | Unset, query)
            platform_key (str | Unset, query)
            program_key (str | Unset, query)
            body (ProgramMetadataRequest, request body): Request serializer for
                ProgramMetadataView POST endpoint.
            Or the body's fields as keywords instead of body=: body_program_id, metadata,
                body_org, body_platform_key, body_program_key, update

        Returns:
            ProgramMetadataResponse
        """
        body = body_from_fields(
            "catalog.metadata.program.create_2",
            body,
            ProgramMetadataRequest,
            ["body_program_id", "metadata"],
            (
                ("body_program_id", "program_id", body_program_id),
                ("metadata", "metadata", metadata),
                ("body_org", "org", body_org),
                ("body_platform_key", "platform_key", body_platform_key),
                ("body_program_key", "program_key", body_program_key),
                ("update", "update", update),
            ),
        )
        return self._client._send(
            _catalog_metadata_program_create_2.OPERATION,
            _catalog_metadata_program_create_2.build_request(
                field=field,
                program_id=program_id,
                org=org,
                platform_key=platform_key,
                program_key=program_key,
                body=body,
            ),
            options,
        )


class CatalogMetadataProgramResourceWithRawResponse:
    """`Client.catalog.metadata.program`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogMetadataProgramResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)
        self.retrieve_2 = to_raw_response(resource.retrieve_2)
        self.create_2 = to_raw_response(resource.create_2)


class AsyncCatalogMetadataProgramResource:
    """`AsyncClient.catalog.metadata.program`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogMetadataProgramResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogMetadataProgramResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        program_id: str,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramMetadataResponse:
        """Retrieve metadata for a specified program

        Args:
            program_id (str, query)
            org (str | Unset, query)
            platform_key (str | Unset, query)
            program_key (str | Unset, query)

        Returns:
            ProgramMetadataResponse
        """
        return await self._client._send(
            _catalog_metadata_program_retrieve.OPERATION,
            _catalog_metadata_program_retrieve.build_request(
                program_id=program_id, org=org, platform_key=platform_key, program_key=program_key
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        program_id: str,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        body: ProgramMetadataRequest,
        **options: Unpack[RequestOptions],
    ) -> ProgramMetadataResponse: ...

    @overload
    async def create(
        self,
        *,
        program_id: str,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        body_program_id: str,
        metadata: ProgramMetadataRequestMetadata,
        body_org: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_program_key: str | Unset = UNSET,
        update: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramMetadataResponse: ...

    async def create(
        self,
        *,
        program_id: str,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        body: ProgramMetadataRequest | Unset = UNSET,
        body_program_id: str | Unset = UNSET,
        metadata: ProgramMetadataRequestMetadata | Unset = UNSET,
        body_org: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_program_key: str | Unset = UNSET,
        update: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramMetadataResponse:
        """Update metadata for a specified program

        Args:
            program_id (str, query)
            org (str | Unset, query)
            platform_key (str | Unset, query)
            program_key (str | Unset, query)
            body (ProgramMetadataRequest, request body): Request serializer for
                ProgramMetadataView POST endpoint.
            Or the body's fields as keywords instead of body=: body_program_id, metadata,
                body_org, body_platform_key, body_program_key, update

        Returns:
            ProgramMetadataResponse
        """
        body = body_from_fields(
            "catalog.metadata.program.create",
            body,
            ProgramMetadataRequest,
            ["body_program_id", "metadata"],
            (
                ("body_program_id", "program_id", body_program_id),
                ("metadata", "metadata", metadata),
                ("body_org", "org", body_org),
                ("body_platform_key", "platform_key", body_platform_key),
                ("body_program_key", "program_key", body_program_key),
                ("update", "update", update),
            ),
        )
        return await self._client._send(
            _catalog_metadata_program_create.OPERATION,
            _catalog_metadata_program_create.build_request(
                program_id=program_id,
                org=org,
                platform_key=platform_key,
                program_key=program_key,
                body=body,
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
        """Retrieve metadata for a specified program

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
            _catalog_metadata_program_retrieve_2.OPERATION,
            _catalog_metadata_program_retrieve_2.build_request(
                field=field,
                program_id=program_id,
                org=org,
                platform_key=platform_key,
                program_key=program_key,
            ),
            options,
        )

    @overload
    async def create_2(
        self,
        *,
        field: str,
        program_id: str,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        body: ProgramMetadataRequest,
        **options: Unpack[RequestOptions],
    ) -> ProgramMetadataResponse: ...

    @overload
    async def create_2(
        self,
        *,
        field: str,
        program_id: str,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        body_program_id: str,
        metadata: ProgramMetadataRequestMetadata,
        body_org: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_program_key: str | Unset = UNSET,
        update: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramMetadataResponse: ...

    async def create_2(
        self,
        *,
        field: str,
        program_id: str,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        body: ProgramMetadataRequest | Unset = UNSET,
        body_program_id: str | Unset = UNSET,
        metadata: ProgramMetadataRequestMetadata | Unset = UNSET,
        body_org: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_program_key: str | Unset = UNSET,
        update: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramMetadataResponse:
        """Update metadata for a specified program

        Args:
            field (str, path)
            program_id (str, query)
            org (str | Unset, query)
            platform_key (str | Unset, query)
            program_key (str | Unset, query)
            body (ProgramMetadataRequest, request body): Request serializer for
                ProgramMetadataView POST endpoint.
            Or the body's fields as keywords instead of body=: body_program_id, metadata,
                body_org, body_platform_key, body_program_key, update

        Returns:
            ProgramMetadataResponse
        """
        body = body_from_fields(
            "catalog.metadata.program.create_2",
            body,
            ProgramMetadataRequest,
            ["body_program_id", "metadata"],
            (
                ("body_program_id", "program_id", body_program_id),
                ("metadata", "metadata", metadata),
                ("body_org", "org", body_org),
                ("body_platform_key", "platform_key", body_platform_key),
                ("body_program_key", "program_key", body_program_key),
                ("update", "update", update),
            ),
        )
        return await self._client._send(
            _catalog_metadata_program_create_2.OPERATION,
            _catalog_metadata_program_create_2.build_request(
                field=field,
                program_id=program_id,
                org=org,
                platform_key=platform_key,
                program_key=program_key,
                body=body,
            ),
            options,
        )


class AsyncCatalogMetadataProgramResourceWithRawResponse:
    """`AsyncClient.catalog.metadata.program`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogMetadataProgramResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
        self.retrieve_2 = async_to_raw_response(resource.retrieve_2)
        self.create_2 = async_to_raw_response(resource.create_2)
