"""`Client.catalog.licenses.platform.update`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_licenses_platform_update_create as _catalog_licenses_platform_update_create,
)
from ......models.platform_license_detail import PlatformLicenseDetail
from ......models.platform_license_update import PlatformLicenseUpdate
from ......models.platform_license_update_metadata import PlatformLicenseUpdateMetadata
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogLicensesPlatformUpdateResource",
    "CatalogLicensesPlatformUpdateResourceWithRawResponse",
    "AsyncCatalogLicensesPlatformUpdateResource",
    "AsyncCatalogLicensesPlatformUpdateResourceWithRawResponse",
]


class CatalogLicensesPlatformUpdateResource:
    """`Client.catalog.licenses.platform.update`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogLicensesPlatformUpdateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogLicensesPlatformUpdateResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: PlatformLicenseUpdate | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformLicenseDetail: ...

    @overload
    def create(
        self,
        *,
        license_id: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        name: str | Unset = UNSET,
        count: int | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | None | Unset = UNSET,
        active: bool | Unset = UNSET,
        metadata: PlatformLicenseUpdateMetadata | Unset = UNSET,
        source: str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        change_type: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformLicenseDetail: ...

    def create(
        self,
        *,
        body: PlatformLicenseUpdate | Unset = UNSET,
        license_id: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        name: str | Unset = UNSET,
        count: int | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | None | Unset = UNSET,
        active: bool | Unset = UNSET,
        metadata: PlatformLicenseUpdateMetadata | Unset = UNSET,
        source: str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        change_type: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformLicenseDetail:
        """Update an existing platform license

        Args:
            body (PlatformLicenseUpdate | Unset, request body): Request serializer for
                PlatformLicenseUpdateView POST endpoint
            Or the body's fields as keywords instead of body=: license_id, external_id,
                platform_key, platform_org, name, count, started, expired, active, metadata,
                source, transaction_id, change_type

        Returns:
            PlatformLicenseDetail
        """
        body = optional_body_from_fields(
            "catalog.licenses.platform.update.create",
            body,
            PlatformLicenseUpdate,
            [],
            (
                ("license_id", "license_id", license_id),
                ("external_id", "external_id", external_id),
                ("platform_key", "platform_key", platform_key),
                ("platform_org", "platform_org", platform_org),
                ("name", "name", name),
                ("count", "count", count),
                ("started", "started", started),
                ("expired", "expired", expired),
                ("active", "active", active),
                ("metadata", "metadata", metadata),
                ("source", "source", source),
                ("transaction_id", "transaction_id", transaction_id),
                ("change_type", "change_type", change_type),
            ),
        )
        return self._client._send(
            _catalog_licenses_platform_update_create.OPERATION,
            _catalog_licenses_platform_update_create.build_request(body=body),
            options,
        )


class CatalogLicensesPlatformUpdateResourceWithRawResponse:
    """`Client.catalog.licenses.platform.update`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogLicensesPlatformUpdateResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCatalogLicensesPlatformUpdateResource:
    """`AsyncClient.catalog.licenses.platform.update`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogLicensesPlatformUpdateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogLicensesPlatformUpdateResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: PlatformLicenseUpdate | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformLicenseDetail: ...

    @overload
    async def create(
        self,
        *,
        license_id: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        name: str | Unset = UNSET,
        count: int | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | None | Unset = UNSET,
        active: bool | Unset = UNSET,
        metadata: PlatformLicenseUpdateMetadata | Unset = UNSET,
        source: str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        change_type: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformLicenseDetail: ...

    async def create(
        self,
        *,
        body: PlatformLicenseUpdate | Unset = UNSET,
        license_id: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        name: str | Unset = UNSET,
        count: int | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | None | Unset = UNSET,
        active: bool | Unset = UNSET,
        metadata: PlatformLicenseUpdateMetadata | Unset = UNSET,
        source: str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        change_type: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformLicenseDetail:
        """Update an existing platform license

        Args:
            body (PlatformLicenseUpdate | Unset, request body): Request serializer for
                PlatformLicenseUpdateView POST endpoint
            Or the body's fields as keywords instead of body=: license_id, external_id,
                platform_key, platform_org, name, count, started, expired, active, metadata,
                source, transaction_id, change_type

        Returns:
            PlatformLicenseDetail
        """
        body = optional_body_from_fields(
            "catalog.licenses.platform.update.create",
            body,
            PlatformLicenseUpdate,
            [],
            (
                ("license_id", "license_id", license_id),
                ("external_id", "external_id", external_id),
                ("platform_key", "platform_key", platform_key),
                ("platform_org", "platform_org", platform_org),
                ("name", "name", name),
                ("count", "count", count),
                ("started", "started", started),
                ("expired", "expired", expired),
                ("active", "active", active),
                ("metadata", "metadata", metadata),
                ("source", "source", source),
                ("transaction_id", "transaction_id", transaction_id),
                ("change_type", "change_type", change_type),
            ),
        )
        return await self._client._send(
            _catalog_licenses_platform_update_create.OPERATION,
            _catalog_licenses_platform_update_create.build_request(body=body),
            options,
        )


class AsyncCatalogLicensesPlatformUpdateResourceWithRawResponse:
    """`AsyncClient.catalog.licenses.platform.update`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogLicensesPlatformUpdateResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
