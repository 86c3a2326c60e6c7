"""`Client.catalog.licenses.course.update`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_licenses_course_update_create as _catalog_licenses_course_update_create,
)
from ......models.course_license_detail import CourseLicenseDetail
from ......models.course_license_update import CourseLicenseUpdate
from ......models.course_license_update_metadata import CourseLicenseUpdateMetadata
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

    @overload
    def create(
        self,
        *,
        body: CourseLicenseUpdate | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseLicenseDetail: ...

    @overload
    def create(
        self,
        *,
        license_id: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        course_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        count: int | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | None | Unset = UNSET,
        active: bool | Unset = UNSET,
        metadata: CourseLicenseUpdateMetadata | Unset = UNSET,
        source: str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        change_type: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseLicenseDetail: ...

    def create(
        self,
        *,
        body: CourseLicenseUpdate | Unset = UNSET,
        license_id: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        course_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        count: int | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | None | Unset = UNSET,
        active: bool | Unset = UNSET,
        metadata: CourseLicenseUpdateMetadata | Unset = UNSET,
        source: str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        change_type: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseLicenseDetail:
        """Update an existing course license

        Args:
            body (CourseLicenseUpdate | Unset, request body): Request serializer for
                CourseLicenseUpdateView POST endpoint
            Or the body's fields as keywords instead of body=: license_id, external_id,
                platform_key, platform_org, course_id, name, count, started, expired, active,
                metadata, source, transaction_id, change_type

        Returns:
            CourseLicenseDetail
        """
        body = optional_body_from_fields(
            "catalog.licenses.course.update.create",
            body,
            CourseLicenseUpdate,
            [],
            (
                ("license_id", "license_id", license_id),
                ("external_id", "external_id", external_id),
                ("platform_key", "platform_key", platform_key),
                ("platform_org", "platform_org", platform_org),
                ("course_id", "course_id", course_id),
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

    @overload
    async def create(
        self,
        *,
        body: CourseLicenseUpdate | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseLicenseDetail: ...

    @overload
    async def create(
        self,
        *,
        license_id: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        course_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        count: int | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | None | Unset = UNSET,
        active: bool | Unset = UNSET,
        metadata: CourseLicenseUpdateMetadata | Unset = UNSET,
        source: str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        change_type: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseLicenseDetail: ...

    async def create(
        self,
        *,
        body: CourseLicenseUpdate | Unset = UNSET,
        license_id: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        course_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        count: int | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | None | Unset = UNSET,
        active: bool | Unset = UNSET,
        metadata: CourseLicenseUpdateMetadata | Unset = UNSET,
        source: str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        change_type: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseLicenseDetail:
        """Update an existing course license

        Args:
            body (CourseLicenseUpdate | Unset, request body): Request serializer for
                CourseLicenseUpdateView POST endpoint
            Or the body's fields as keywords instead of body=: license_id, external_id,
                platform_key, platform_org, course_id, name, count, started, expired, active,
                metadata, source, transaction_id, change_type

        Returns:
            CourseLicenseDetail
        """
        body = optional_body_from_fields(
            "catalog.licenses.course.update.create",
            body,
            CourseLicenseUpdate,
            [],
            (
                ("license_id", "license_id", license_id),
                ("external_id", "external_id", external_id),
                ("platform_key", "platform_key", platform_key),
                ("platform_org", "platform_org", platform_org),
                ("course_id", "course_id", course_id),
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
            _catalog_licenses_course_update_create.OPERATION,
            _catalog_licenses_course_update_create.build_request(body=body),
            options,
        )


class AsyncCatalogLicensesCourseUpdateResourceWithRawResponse:
    """`AsyncClient.catalog.licenses.course.update`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogLicensesCourseUpdateResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
