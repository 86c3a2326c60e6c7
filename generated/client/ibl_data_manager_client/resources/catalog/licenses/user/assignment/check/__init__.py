"""`Client.catalog.licenses.user.assignment.check`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.catalog import (
    catalog_licenses_user_assignment_check_retrieve as _catalog_licenses_user_assignment_check_retrieve,
)

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "CatalogLicensesUserAssignmentCheckResource",
    "CatalogLicensesUserAssignmentCheckResourceWithRawResponse",
    "AsyncCatalogLicensesUserAssignmentCheckResource",
    "AsyncCatalogLicensesUserAssignmentCheckResourceWithRawResponse",
]


class CatalogLicensesUserAssignmentCheckResource:
    """`Client.catalog.licenses.user.assignment.check`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogLicensesUserAssignmentCheckResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogLicensesUserAssignmentCheckResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        email: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Check if a user has an active user license assignment

        Args:
            email (str, query)

        Returns:
            None
        """
        return self._client._send(
            _catalog_licenses_user_assignment_check_retrieve.OPERATION,
            _catalog_licenses_user_assignment_check_retrieve.build_request(email=email),
            options,
        )


class CatalogLicensesUserAssignmentCheckResourceWithRawResponse:
    """`Client.catalog.licenses.user.assignment.check`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogLicensesUserAssignmentCheckResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncCatalogLicensesUserAssignmentCheckResource:
    """`AsyncClient.catalog.licenses.user.assignment.check`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogLicensesUserAssignmentCheckResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogLicensesUserAssignmentCheckResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        email: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Check if a user has an active user license assignment

        Args:
            email (str, query)

        Returns:
            None
        """
        return await self._client._send(
            _catalog_licenses_user_assignment_check_retrieve.OPERATION,
            _catalog_licenses_user_assignment_check_retrieve.build_request(email=email),
            options,
        )


class AsyncCatalogLicensesUserAssignmentCheckResourceWithRawResponse:
    """`AsyncClient.catalog.licenses.user.assignment.check`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogLicensesUserAssignmentCheckResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
