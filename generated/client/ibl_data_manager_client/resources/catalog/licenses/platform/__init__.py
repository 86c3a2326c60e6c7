"""`Client.catalog.licenses.platform`: 1 operation and 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.catalog import (
    catalog_licenses_platform_retrieve as _catalog_licenses_platform_retrieve,
)
from .....models.paginated_platform_license import PaginatedPlatformLicense
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .create import (
        AsyncCatalogLicensesPlatformCreateResource,
        AsyncCatalogLicensesPlatformCreateResourceWithRawResponse,
        CatalogLicensesPlatformCreateResource,
        CatalogLicensesPlatformCreateResourceWithRawResponse,
    )
    from .update import (
        AsyncCatalogLicensesPlatformUpdateResource,
        AsyncCatalogLicensesPlatformUpdateResourceWithRawResponse,
        CatalogLicensesPlatformUpdateResource,
        CatalogLicensesPlatformUpdateResourceWithRawResponse,
    )

__all__ = [
    "CatalogLicensesPlatformResource",
    "CatalogLicensesPlatformResourceWithRawResponse",
    "AsyncCatalogLicensesPlatformResource",
    "AsyncCatalogLicensesPlatformResourceWithRawResponse",
]


class CatalogLicensesPlatformResource:
    """`Client.catalog.licenses.platform`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogLicensesPlatformResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogLicensesPlatformResourceWithRawResponse(self)

    @cached_property
    def create(self) -> CatalogLicensesPlatformCreateResource:
        from .create import CatalogLicensesPlatformCreateResource

        return CatalogLicensesPlatformCreateResource(self._client)

    @cached_property
    def update(self) -> CatalogLicensesPlatformUpdateResource:
        from .update import CatalogLicensesPlatformUpdateResource

        return CatalogLicensesPlatformUpdateResource(self._client)

    def retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedPlatformLicense:
        """Retrieve a paginated list of platform licenses

        Args:
            active (bool | Unset, query)
            external_id (str | Unset, query)
            key (str | Unset, query)
            name (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)
            source (str | Unset, query)
            verbose (bool | Unset, query)

        Returns:
            PaginatedPlatformLicense
        """
        return self._client._send(
            _catalog_licenses_platform_retrieve.OPERATION,
            _catalog_licenses_platform_retrieve.build_request(
                active=active,
                external_id=external_id,
                key=key,
                name=name,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                query=query,
                sort=sort,
                source=source,
                verbose=verbose,
            ),
            options,
        )


class CatalogLicensesPlatformResourceWithRawResponse:
    """`Client.catalog.licenses.platform`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogLicensesPlatformResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def create(self) -> CatalogLicensesPlatformCreateResourceWithRawResponse:
        from .create import CatalogLicensesPlatformCreateResourceWithRawResponse

        return CatalogLicensesPlatformCreateResourceWithRawResponse(self._resource.create)

    @cached_property
    def update(self) -> CatalogLicensesPlatformUpdateResourceWithRawResponse:
        from .update import CatalogLicensesPlatformUpdateResourceWithRawResponse

        return CatalogLicensesPlatformUpdateResourceWithRawResponse(self._resource.update)


class AsyncCatalogLicensesPlatformResource:
    """`AsyncClient.catalog.licenses.platform`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogLicensesPlatformResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogLicensesPlatformResourceWithRawResponse(self)

    @cached_property
    def create(self) -> AsyncCatalogLicensesPlatformCreateResource:
        from .create import AsyncCatalogLicensesPlatformCreateResource

        return AsyncCatalogLicensesPlatformCreateResource(self._client)

    @cached_property
    def update(self) -> AsyncCatalogLicensesPlatformUpdateResource:
        from .update import AsyncCatalogLicensesPlatformUpdateResource

        return AsyncCatalogLicensesPlatformUpdateResource(self._client)

    async def retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedPlatformLicense:
        """Retrieve a paginated list of platform licenses

        Args:
            active (bool | Unset, query)
            external_id (str | Unset, query)
            key (str | Unset, query)
            name (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)
            source (str | Unset, query)
            verbose (bool | Unset, query)

        Returns:
            PaginatedPlatformLicense
        """
        return await self._client._send(
            _catalog_licenses_platform_retrieve.OPERATION,
            _catalog_licenses_platform_retrieve.build_request(
                active=active,
                external_id=external_id,
                key=key,
                name=name,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                query=query,
                sort=sort,
                source=source,
                verbose=verbose,
            ),
            options,
        )


class AsyncCatalogLicensesPlatformResourceWithRawResponse:
    """`AsyncClient.catalog.licenses.platform`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogLicensesPlatformResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def create(self) -> AsyncCatalogLicensesPlatformCreateResourceWithRawResponse:
        from .create import AsyncCatalogLicensesPlatformCreateResourceWithRawResponse

        return AsyncCatalogLicensesPlatformCreateResourceWithRawResponse(self._resource.create)

    @cached_property
    def update(self) -> AsyncCatalogLicensesPlatformUpdateResourceWithRawResponse:
        from .update import AsyncCatalogLicensesPlatformUpdateResourceWithRawResponse

        return AsyncCatalogLicensesPlatformUpdateResourceWithRawResponse(self._resource.update)
