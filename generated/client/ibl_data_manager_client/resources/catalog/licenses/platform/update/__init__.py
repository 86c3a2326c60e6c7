"""`Client.catalog.licenses.platform.update`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_licenses_platform_update_create as _catalog_licenses_platform_update_create,
)
from ......models.platform_license_detail import PlatformLicenseDetail
from ......models.platform_license_update import PlatformLicenseUpdate
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

    def create(
        self,
        *,
        body: PlatformLicenseUpdate | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformLicenseDetail:
        """Update an existing platform license

        Args:
            body (PlatformLicenseUpdate | Unset, request body): Request serializer for
                PlatformLicenseUpdateView POST endpoint

        Returns:
            PlatformLicenseDetail
        """
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

    async def create(
        self,
        *,
        body: PlatformLicenseUpdate | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformLicenseDetail:
        """Update an existing platform license

        Args:
            body (PlatformLicenseUpdate | Unset, request body): Request serializer for
                PlatformLicenseUpdateView POST endpoint

        Returns:
            PlatformLicenseDetail
        """
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
