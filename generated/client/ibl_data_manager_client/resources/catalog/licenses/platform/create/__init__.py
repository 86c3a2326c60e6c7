"""`Client.catalog.licenses.platform.create`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_licenses_platform_create_create as _catalog_licenses_platform_create_create,
)
from ......models.platform_license_create import PlatformLicenseCreate
from ......models.platform_license_detail import PlatformLicenseDetail

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

    def create(
        self,
        *,
        body: PlatformLicenseCreate,
        **options: Unpack[RequestOptions],
    ) -> PlatformLicenseDetail:
        """Create a new platform license

        Args:
            body (PlatformLicenseCreate, request body): Request serializer for
                PlatformLicenseCreateView POST endpoint

        Returns:
            PlatformLicenseDetail
        """
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

    async def create(
        self,
        *,
        body: PlatformLicenseCreate,
        **options: Unpack[RequestOptions],
    ) -> PlatformLicenseDetail:
        """Create a new platform license

        Args:
            body (PlatformLicenseCreate, request body): Request serializer for
                PlatformLicenseCreateView POST endpoint

        Returns:
            PlatformLicenseDetail
        """
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
