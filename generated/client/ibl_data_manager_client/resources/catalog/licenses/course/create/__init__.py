"""`Client.catalog.licenses.course.create`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_licenses_course_create_create as _catalog_licenses_course_create_create,
)
from ......models.course_license_create import CourseLicenseCreate
from ......models.course_license_detail import CourseLicenseDetail

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogLicensesCourseCreateResource",
    "CatalogLicensesCourseCreateResourceWithRawResponse",
    "AsyncCatalogLicensesCourseCreateResource",
    "AsyncCatalogLicensesCourseCreateResourceWithRawResponse",
]


class CatalogLicensesCourseCreateResource:
    """`Client.catalog.licenses.course.create`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogLicensesCourseCreateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogLicensesCourseCreateResourceWithRawResponse(self)

    def create(
        self,
        *,
        body: CourseLicenseCreate,
        **options: Unpack[RequestOptions],
    ) -> CourseLicenseDetail:
        """Create a new course license

        Args:
            body (CourseLicenseCreate, request body): Request serializer for
                CourseLicenseCreateView POST endpoint

        Returns:
            CourseLicenseDetail
        """
        return self._client._send(
            _catalog_licenses_course_create_create.OPERATION,
            _catalog_licenses_course_create_create.build_request(body=body),
            options,
        )


class CatalogLicensesCourseCreateResourceWithRawResponse:
    """`Client.catalog.licenses.course.create`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogLicensesCourseCreateResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCatalogLicensesCourseCreateResource:
    """`AsyncClient.catalog.licenses.course.create`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogLicensesCourseCreateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogLicensesCourseCreateResourceWithRawResponse(self)

    async def create(
        self,
        *,
        body: CourseLicenseCreate,
        **options: Unpack[RequestOptions],
    ) -> CourseLicenseDetail:
        """Create a new course license

        Args:
            body (CourseLicenseCreate, request body): Request serializer for
                CourseLicenseCreateView POST endpoint

        Returns:
            CourseLicenseDetail
        """
        return await self._client._send(
            _catalog_licenses_course_create_create.OPERATION,
            _catalog_licenses_course_create_create.build_request(body=body),
            options,
        )


class AsyncCatalogLicensesCourseCreateResourceWithRawResponse:
    """`AsyncClient.catalog.licenses.course.create`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogLicensesCourseCreateResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
