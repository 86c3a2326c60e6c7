"""`Client.catalog.licenses.course.create`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_licenses_course_create_create as _catalog_licenses_course_create_create,
)
from ......models.course_license_create import CourseLicenseCreate
from ......models.course_license_create_enrollment_config import CourseLicenseCreateEnrollmentConfig
from ......models.course_license_create_metadata import CourseLicenseCreateMetadata
from ......models.course_license_detail import CourseLicenseDetail
from ......types import UNSET, Unset

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

    @overload
    def create(
        self,
        *,
        body: CourseLicenseCreate,
        **options: Unpack[RequestOptions],
    ) -> CourseLicenseDetail: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        course_id: str,
        platform_org: str | Unset = UNSET,
        name: str | Unset = UNSET,
        count: int | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | None | Unset = UNSET,
        active: bool | Unset = UNSET,
        metadata: CourseLicenseCreateMetadata | Unset = UNSET,
        enrollment_config: CourseLicenseCreateEnrollmentConfig | Unset = UNSET,
        source: str | Unset = UNSET,
        external_id: None | str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        change_type: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseLicenseDetail: ...

    def create(
        self,
        *,
        body: CourseLicenseCreate | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        course_id: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        name: str | Unset = UNSET,
        count: int | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | None | Unset = UNSET,
        active: bool | Unset = UNSET,
        metadata: CourseLicenseCreateMetadata | Unset = UNSET,
        enrollment_config: CourseLicenseCreateEnrollmentConfig | Unset = UNSET,
        source: str | Unset = UNSET,
        external_id: None | str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        change_type: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseLicenseDetail:
        """Create a new course license

        Args:
            body (CourseLicenseCreate, request body): Request serializer for
                CourseLicenseCreateView POST endpoint
            Or the body's fields as keywords instead of body=: platform_key, course_id,
                platform_org, name, count, started, expired, active, metadata,
                enrollment_config, source, external_id, transaction_id, change_type

        Returns:
            CourseLicenseDetail
        """
        body = body_from_fields(
            "catalog.licenses.course.create.create",
            body,
            CourseLicenseCreate,
            ["platform_key", "course_id"],
            (
                ("platform_key", "platform_key", platform_key),
                ("course_id", "course_id", course_id),
                ("platform_org", "platform_org", platform_org),
                ("name", "name", name),
                ("count", "count", count),
                ("started", "started", started),
                ("expired", "expired", expired),
                ("active", "active", active),
                ("metadata", "metadata", metadata),
                ("enrollment_config", "enrollment_config", enrollment_config),
                ("source", "source", source),
                ("external_id", "external_id", external_id),
                ("transaction_id", "transaction_id", transaction_id),
                ("change_type", "change_type", change_type),
            ),
        )
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

    @overload
    async def create(
        self,
        *,
        body: CourseLicenseCreate,
        **options: Unpack[RequestOptions],
    ) -> CourseLicenseDetail: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        course_id: str,
        platform_org: str | Unset = UNSET,
        name: str | Unset = UNSET,
        count: int | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | None | Unset = UNSET,
        active: bool | Unset = UNSET,
        metadata: CourseLicenseCreateMetadata | Unset = UNSET,
        enrollment_config: CourseLicenseCreateEnrollmentConfig | Unset = UNSET,
        source: str | Unset = UNSET,
        external_id: None | str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        change_type: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseLicenseDetail: ...

    async def create(
        self,
        *,
        body: CourseLicenseCreate | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        course_id: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        name: str | Unset = UNSET,
        count: int | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | None | Unset = UNSET,
        active: bool | Unset = UNSET,
        metadata: CourseLicenseCreateMetadata | Unset = UNSET,
        enrollment_config: CourseLicenseCreateEnrollmentConfig | Unset = UNSET,
        source: str | Unset = UNSET,
        external_id: None | str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        change_type: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseLicenseDetail:
        """Create a new course license

        Args:
            body (CourseLicenseCreate, request body): Request serializer for
                CourseLicenseCreateView POST endpoint
            Or the body's fields as keywords instead of body=: platform_key, course_id,
                platform_org, name, count, started, expired, active, metadata,
                enrollment_config, source, external_id, transaction_id, change_type

        Returns:
            CourseLicenseDetail
        """
        body = body_from_fields(
            "catalog.licenses.course.create.create",
            body,
            CourseLicenseCreate,
            ["platform_key", "course_id"],
            (
                ("platform_key", "platform_key", platform_key),
                ("course_id", "course_id", course_id),
                ("platform_org", "platform_org", platform_org),
                ("name", "name", name),
                ("count", "count", count),
                ("started", "started", started),
                ("expired", "expired", expired),
                ("active", "active", active),
                ("metadata", "metadata", metadata),
                ("enrollment_config", "enrollment_config", enrollment_config),
                ("source", "source", source),
                ("external_id", "external_id", external_id),
                ("transaction_id", "transaction_id", transaction_id),
                ("change_type", "change_type", change_type),
            ),
        )
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
