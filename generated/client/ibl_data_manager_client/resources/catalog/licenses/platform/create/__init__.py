"""`Client.catalog.licenses.platform.create`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_licenses_platform_create_create as _catalog_licenses_platform_create_create,
)
from ......models.platform_license_create import PlatformLicenseCreate
from ......models.platform_license_create_metadata import PlatformLicenseCreateMetadata
from ......models.platform_license_detail import PlatformLicenseDetail
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogLicensesPlatformCreateResource",
    "CatalogLicensesPlatformCreateResourceWithRawResponse",
    "AsyncCatalogLicensesPlatformCreateResource",
    "AsyncCatalogLicensesPlatformCreateResourceWithRawResponse",
]


class CatalogLicensesPlatformCreateResource:
    """`Client.catalog.licenses.platform.create`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogLicensesPlatformCreateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogLicensesPlatformCreateResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: PlatformLicenseCreate,
        **options: Unpack[RequestOptions],
    ) -> PlatformLicenseDetail: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        name: str | Unset = UNSET,
        count: int | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | None | Unset = UNSET,
        active: bool | Unset = UNSET,
        metadata: PlatformLicenseCreateMetadata | Unset = UNSET,
        source: str | Unset = UNSET,
        external_id: None | str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        change_type: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformLicenseDetail: ...

    def create(
        self,
        *,
        body: PlatformLicenseCreate | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        name: str | Unset = UNSET,
        count: int | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | None | Unset = UNSET,
        active: bool | Unset = UNSET,
        metadata: PlatformLicenseCreateMetadata | Unset = UNSET,
        source: str | Unset = UNSET,
        external_id: None | str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        change_type: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformLicenseDetail:
        """Create a new platform license

        Args:
            body (PlatformLicenseCreate, request body): Request serializer for
                PlatformLicenseCreateView POST endpoint
            Or the body's fields as keywords instead of body=: platform_key, platform_org, name,
                count, started, expired, active, metadata, source, external_id, transaction_id,
                change_type

        Returns:
            PlatformLicenseDetail
        """
        body = body_from_fields(
            "catalog.licenses.platform.create.create",
            body,
            PlatformLicenseCreate,
            ["platform_key"],
            (
                ("platform_key", "platform_key", platform_key),
                ("platform_org", "platform_org", platform_org),
                ("name", "name", name),
                ("count", "count", count),
                ("started", "started", started),
                ("expired", "expired", expired),
                ("active", "active", active),
                ("metadata", "metadata", metadata),
                ("source", "source", source),
                ("external_id", "external_id", external_id),
                ("transaction_id", "transaction_id", transaction_id),
                ("change_type", "change_type", change_type),
            ),
        )
        return self._client._send(
            _catalog_licenses_platform_create_create.OPERATION,
            _catalog_licenses_platform_create_create.build_request(body=body),
            options,
        )


class CatalogLicensesPlatformCreateResourceWithRawResponse:
    """`Client.catalog.licenses.platform.create`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogLicensesPlatformCreateResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCatalogLicensesPlatformCreateResource:
    """`AsyncClient.catalog.licenses.platform.create`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogLicensesPlatformCreateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogLicensesPlatformCreateResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: PlatformLicenseCreate,
        **options: Unpack[RequestOptions],
    ) -> PlatformLicenseDetail: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        platform_org: str | Unset = UNSET,
        name: str | Unset = UNSET,
        count: int | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | None | Unset = UNSET,
        active: bool | Unset = UNSET,
        metadata: PlatformLicenseCreateMetadata | Unset = UNSET,
        source: str | Unset = UNSET,
        external_id: None | str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        change_type: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformLicenseDetail: ...

    async def create(
        self,
        *,
        body: PlatformLicenseCreate | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        name: str | Unset = UNSET,
        count: int | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | None | Unset = UNSET,
        active: bool | Unset = UNSET,
        metadata: PlatformLicenseCreateMetadata | Unset = UNSET,
        source: str | Unset = UNSET,
        external_id: None | str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        change_type: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformLicenseDetail:
        """Create a new platform license

        Args:
            body (PlatformLicenseCreate, request body): Request serializer for
                PlatformLicenseCreateView POST endpoint
            Or the body's fields as keywords instead of body=: platform_key, platform_org, name,
                count, started, expired, active, metadata, source, external_id, transaction_id,
                change_type

        Returns:
            PlatformLicenseDetail
        """
        body = body_from_fields(
            "catalog.licenses.platform.create.create",
            body,
            PlatformLicenseCreate,
            ["platform_key"],
            (
                ("platform_key", "platform_key", platform_key),
                ("platform_org", "platform_org", platform_org),
                ("name", "name", name),
                ("count", "count", count),
                ("started", "started", started),
                ("expired", "expired", expired),
                ("active", "active", active),
                ("metadata", "metadata", metadata),
                ("source", "source", source),
                ("external_id", "external_id", external_id),
                ("transaction_id", "transaction_id", transaction_id),
                ("change_type", "change_type", change_type),
            ),
        )
        return await self._client._send(
            _catalog_licenses_platform_create_create.OPERATION,
            _catalog_licenses_platform_create_create.build_request(body=body),
            options,
        )


class AsyncCatalogLicensesPlatformCreateResourceWithRawResponse:
    """`AsyncClient.catalog.licenses.platform.create`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogLicensesPlatformCreateResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
