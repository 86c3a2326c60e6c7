"""`Client.catalog.licenses.program.create`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_licenses_program_create_create as _catalog_licenses_program_create_create,
)
from ......models.program_license_create_detail import ProgramLicenseCreateDetail
from ......models.program_license_create_detail_enrollment_config import (
    ProgramLicenseCreateDetailEnrollmentConfig,
)
from ......models.program_license_create_detail_metadata import ProgramLicenseCreateDetailMetadata
from ......models.program_license_detail import ProgramLicenseDetail
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogLicensesProgramCreateResource",
    "CatalogLicensesProgramCreateResourceWithRawResponse",
    "AsyncCatalogLicensesProgramCreateResource",
    "AsyncCatalogLicensesProgramCreateResourceWithRawResponse",
]


class CatalogLicensesProgramCreateResource:
    """`Client.catalog.licenses.program.create`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogLicensesProgramCreateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogLicensesProgramCreateResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: ProgramLicenseCreateDetail,
        **options: Unpack[RequestOptions],
    ) -> ProgramLicenseDetail: ...

    @overload
    def create(
        self,
        *,
        program_key: str,
        name: str,
        count: int,
        started: datetime.datetime,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        platform_id: int | Unset = UNSET,
        expired: datetime.datetime | None | Unset = UNSET,
        external_id: None | str | Unset = UNSET,
        active: bool | Unset = UNSET,
        metadata: ProgramLicenseCreateDetailMetadata | Unset = UNSET,
        enrollment_config: ProgramLicenseCreateDetailEnrollmentConfig | Unset = UNSET,
        source: str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramLicenseDetail: ...

    def create(
        self,
        *,
        body: ProgramLicenseCreateDetail | Unset = UNSET,
        program_key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        count: int | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        platform_id: int | Unset = UNSET,
        expired: datetime.datetime | None | Unset = UNSET,
        external_id: None | str | Unset = UNSET,
        active: bool | Unset = UNSET,
        metadata: ProgramLicenseCreateDetailMetadata | Unset = UNSET,
        enrollment_config: ProgramLicenseCreateDetailEnrollmentConfig | Unset = UNSET,
        source: str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramLicenseDetail:
        """API View for creating program licenses.  This endpoint allows administrators to create
        new program licenses with various configurations.  Methods:     POST: Create a new
        program license  Request Body:     A JSON object containing:     - platform_key (str,
        required): The platform to create a license for     - program_id (str, required): The
        program ID to create a license for     - name (str, optional): Display name for the
        license     - count (int, optional): Number of seats purchased (default: 0)     -
        started (datetime, optional): Date when license should begin     - expired (datetime,
        optional): Date when license should expire     - active (bool, optional): Whether the
        license is active (default: true)     - metadata (dict, optional): Additional license
        metadata     - enrollment_config (dict, optional): Additional enrollment configuration
        - source (str, optional): Source identifier     - external_id (str, optional): External
        identifier (must be unique)  Returns:     POST: A JSON response containing the created
        license:         {             \"id\": 123,             \"created\":
        \"2023-06-15T14:30:00Z\",             \"started\": \"2023-06-15T14:30:00Z\",
        \"expired\": null,             \"name\": \"Program License 2023\",
        \"count\": 100,             \"active\": true,             \"metadata\": {},
        \"source\": \"source\",             \"external_id\": \"ext-123\",
        \"platform_key\": \"platform1\",             \"program_id\":
        \"program-v1:org+program+run\"         }  Error Responses:     400 Bad Request: If
        required parameters are missing or invalid     401 Unauthorized: If the user is not
        authenticated     403 Forbidden: If the user does not have permission to create licenses
        500 Internal Server Error: If an unexpected error occurs during license creation  Access
        Control:     - Requires IsDMAdmin permission     - Available only to DM administrators

        Args:
            body (ProgramLicenseCreateDetail, request body): Request serializer for
                ProgramLicenseCreateView POST endpoint
            Or the body's fields as keywords instead of body=: program_key, name, count,
                started, platform_key, platform_org, platform_id, expired, external_id, active,
                metadata, enrollment_config, source, transaction_id

        Returns:
            ProgramLicenseDetail
        """
        body = body_from_fields(
            "catalog.licenses.program.create.create",
            body,
            ProgramLicenseCreateDetail,
            ["program_key", "name", "count", "started"],
            (
                ("program_key", "program_key", program_key),
                ("name", "name", name),
                ("count", "count", count),
                ("started", "started", started),
                ("platform_key", "platform_key", platform_key),
                ("platform_org", "platform_org", platform_org),
                ("platform_id", "platform_id", platform_id),
                ("expired", "expired", expired),
                ("external_id", "external_id", external_id),
                ("active", "active", active),
                ("metadata", "metadata", metadata),
                ("enrollment_config", "enrollment_config", enrollment_config),
                ("source", "source", source),
                ("transaction_id", "transaction_id", transaction_id),
            ),
        )
        return self._client._send(
            _catalog_licenses_program_create_create.OPERATION,
            _catalog_licenses_program_create_create.build_request(body=body),
            options,
        )


class CatalogLicensesProgramCreateResourceWithRawResponse:
    """`Client.catalog.licenses.program.create`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogLicensesProgramCreateResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCatalogLicensesProgramCreateResource:
    """`AsyncClient.catalog.licenses.program.create`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogLicensesProgramCreateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogLicensesProgramCreateResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: ProgramLicenseCreateDetail,
        **options: Unpack[RequestOptions],
    ) -> ProgramLicenseDetail: ...

    @overload
    async def create(
        self,
        *,
        program_key: str,
        name: str,
        count: int,
        started: datetime.datetime,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        platform_id: int | Unset = UNSET,
        expired: datetime.datetime | None | Unset = UNSET,
        external_id: None | str | Unset = UNSET,
        active: bool | Unset = UNSET,
        metadata: ProgramLicenseCreateDetailMetadata | Unset = UNSET,
        enrollment_config: ProgramLicenseCreateDetailEnrollmentConfig | Unset = UNSET,
        source: str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramLicenseDetail: ...

    async def create(
        self,
        *,
        body: ProgramLicenseCreateDetail | Unset = UNSET,
        program_key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        count: int | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        platform_id: int | Unset = UNSET,
        expired: datetime.datetime | None | Unset = UNSET,
        external_id: None | str | Unset = UNSET,
        active: bool | Unset = UNSET,
        metadata: ProgramLicenseCreateDetailMetadata | Unset = UNSET,
        enrollment_config: ProgramLicenseCreateDetailEnrollmentConfig | Unset = UNSET,
        source: str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramLicenseDetail:
        """API View for creating program licenses.  This endpoint allows administrators to create
        new program licenses with various configurations.  Methods:     POST: Create a new
        program license  Request Body:     A JSON object containing:     - platform_key (str,
        required): The platform to create a license for     - program_id (str, required): The
        program ID to create a license for     - name (str, optional): Display name for the
        license     - count (int, optional): Number of seats purchased (default: 0)     -
        started (datetime, optional): Date when license should begin     - expired (datetime,
        optional): Date when license should expire     - active (bool, optional): Whether the
        license is active (default: true)     - metadata (dict, optional): Additional license
        metadata     - enrollment_config (dict, optional): Additional enrollment configuration
        - source (str, optional): Source identifier     - external_id (str, optional): External
        identifier (must be unique)  Returns:     POST: A JSON response containing the created
        license:         {             \"id\": 123,             \"created\":
        \"2023-06-15T14:30:00Z\",             \"started\": \"2023-06-15T14:30:00Z\",
        \"expired\": null,             \"name\": \"Program License 2023\",
        \"count\": 100,             \"active\": true,             \"metadata\": {},
        \"source\": \"source\",             \"external_id\": \"ext-123\",
        \"platform_key\": \"platform1\",             \"program_id\":
        \"program-v1:org+program+run\"         }  Error Responses:     400 Bad Request: If
        required parameters are missing or invalid     401 Unauthorized: If the user is not
        authenticated     403 Forbidden: If the user does not have permission to create licenses
        500 Internal Server Error: If an unexpected error occurs during license creation  Access
        Control:     - Requires IsDMAdmin permission     - Available only to DM administrators

        Args:
            body (ProgramLicenseCreateDetail, request body): Request serializer for
                ProgramLicenseCreateView POST endpoint
            Or the body's fields as keywords instead of body=: program_key, name, count,
                started, platform_key, platform_org, platform_id, expired, external_id, active,
                metadata, enrollment_config, source, transaction_id

        Returns:
            ProgramLicenseDetail
        """
        body = body_from_fields(
            "catalog.licenses.program.create.create",
            body,
            ProgramLicenseCreateDetail,
            ["program_key", "name", "count", "started"],
            (
                ("program_key", "program_key", program_key),
                ("name", "name", name),
                ("count", "count", count),
                ("started", "started", started),
                ("platform_key", "platform_key", platform_key),
                ("platform_org", "platform_org", platform_org),
                ("platform_id", "platform_id", platform_id),
                ("expired", "expired", expired),
                ("external_id", "external_id", external_id),
                ("active", "active", active),
                ("metadata", "metadata", metadata),
                ("enrollment_config", "enrollment_config", enrollment_config),
                ("source", "source", source),
                ("transaction_id", "transaction_id", transaction_id),
            ),
        )
        return await self._client._send(
            _catalog_licenses_program_create_create.OPERATION,
            _catalog_licenses_program_create_create.build_request(body=body),
            options,
        )


class AsyncCatalogLicensesProgramCreateResourceWithRawResponse:
    """`AsyncClient.catalog.licenses.program.create`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogLicensesProgramCreateResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
