"""`Client.catalog.licenses.course.update`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_licenses_course_update_create as _catalog_licenses_course_update_create,
)
from ......models.course_license_detail import CourseLicenseDetail
from ......models.course_license_update import CourseLicenseUpdate
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogLicensesCourseUpdateResource",
    "CatalogLicensesCourseUpdateResourceWithRawResponse",
    "AsyncCatalogLicensesCourseUpdateResource",
    "AsyncCatalogLicensesCourseUpdateResourceWithRawResponse",
]


class CatalogLicensesCourseUpdateResource:
    """`Client.catalog.licenses.course.update`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogLicensesCourseUpdateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogLicensesCourseUpdateResourceWithRawResponse(self)

    def create(
        self,
        *,
        body: CourseLicenseUpdate | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseLicenseDetail:
        """Update an existing course license

        Args:
            body (CourseLicenseUpdate | Unset, request body): Request serializer for
                CourseLicenseUpdateView POST endpoint

        Returns:
            CourseLicenseDetail
        """
        return self._client._send(
            _catalog_licenses_course_update_create.OPERATION,
            _catalog_licenses_course_update_create.build_request(body=body),
            options,
        )


class CatalogLicensesCourseUpdateResourceWithRawResponse:
    """`Client.catalog.licenses.course.update`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogLicensesCourseUpdateResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCatalogLicensesCourseUpdateResource:
    """`AsyncClient.catalog.licenses.course.update`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogLicensesCourseUpdateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogLicensesCourseUpdateResourceWithRawResponse(self)

    async def create(
        self,
        *,
        body: CourseLicenseUpdate | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseLicenseDetail:
        """Update an existing course license

        Args:
            body (CourseLicenseUpdate | Unset, request body): Request serializer for
                CourseLicenseUpdateView POST endpoint

        Returns:
            CourseLicenseDetail
        """
        return await self._client._send(
            _catalog_licenses_course_update_create.OPERATION,
            _catalog_licenses_course_update_create.build_request(body=body),
            options,
        )


class AsyncCatalogLicensesCourseUpdateResourceWithRawResponse:
    """`AsyncClient.catalog.licenses.course.update`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogLicensesCourseUpdateResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
