"""`Client.catalog.licenses.user.create`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_licenses_user_create_create as _catalog_licenses_user_create_create,
)
from ......models.user_license_create import UserLicenseCreate
from ......models.user_license_detail import UserLicenseDetail

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogLicensesUserCreateResource",
    "CatalogLicensesUserCreateResourceWithRawResponse",
    "AsyncCatalogLicensesUserCreateResource",
    "AsyncCatalogLicensesUserCreateResourceWithRawResponse",
]


class CatalogLicensesUserCreateResource:
    """`Client.catalog.licenses.user.create`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogLicensesUserCreateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogLicensesUserCreateResourceWithRawResponse(self)

    def create(
        self,
        *,
        body: UserLicenseCreate,
        **options: Unpack[RequestOptions],
    ) -> UserLicenseDetail:
        """Create a new user license

        Args:
            body (UserLicenseCreate, request body): Request serializer for UserLicenseCreateView
                POST endpoint

        Returns:
            UserLicenseDetail
        """
        return self._client._send(
            _catalog_licenses_user_create_create.OPERATION,
            _catalog_licenses_user_create_create.build_request(body=body),
            options,
        )


class CatalogLicensesUserCreateResourceWithRawResponse:
    """`Client.catalog.licenses.user.create`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogLicensesUserCreateResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCatalogLicensesUserCreateResource:
    """`AsyncClient.catalog.licenses.user.create`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogLicensesUserCreateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogLicensesUserCreateResourceWithRawResponse(self)

    async def create(
        self,
        *,
        body: UserLicenseCreate,
        **options: Unpack[RequestOptions],
    ) -> UserLicenseDetail:
        """Create a new user license

        Args:
            body (UserLicenseCreate, request body): Request serializer for UserLicenseCreateView
                POST endpoint

        Returns:
            UserLicenseDetail
        """
        return await self._client._send(
            _catalog_licenses_user_create_create.OPERATION,
            _catalog_licenses_user_create_create.build_request(body=body),
            options,
        )


class AsyncCatalogLicensesUserCreateResourceWithRawResponse:
    """`AsyncClient.catalog.licenses.user.create`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogLicensesUserCreateResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
