"""`Client.catalog.licenses.user.create`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_licenses_user_create_create as _catalog_licenses_user_create_create,
)
from ......models.user_license_create import UserLicenseCreate
from ......models.user_license_create_enrollment_config import UserLicenseCreateEnrollmentConfig
from ......models.user_license_create_metadata import UserLicenseCreateMetadata
from ......models.user_license_detail import UserLicenseDetail
from ......types import UNSET, Unset

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

    @overload
    def create(
        self,
        *,
        body: UserLicenseCreate,
        **options: Unpack[RequestOptions],
    ) -> UserLicenseDetail: ...

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
        metadata: UserLicenseCreateMetadata | Unset = UNSET,
        enrollment_config: UserLicenseCreateEnrollmentConfig | Unset = UNSET,
        source: str | Unset = UNSET,
        external_id: None | str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        change_type: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserLicenseDetail: ...

    def create(
        self,
        *,
        body: UserLicenseCreate | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        name: str | Unset = UNSET,
        count: int | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | None | Unset = UNSET,
        active: bool | Unset = UNSET,
        metadata: UserLicenseCreateMetadata | Unset = UNSET,
        enrollment_config: UserLicenseCreateEnrollmentConfig | Unset = UNSET,
        source: str | Unset = UNSET,
        external_id: None | str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        change_type: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserLicenseDetail:
        """Create a new user license

        Args:
            body (UserLicenseCreate, request body): Request serializer for UserLicenseCreateView
                POST endpoint
            Or the body's fields as keywords instead of body=: platform_key, platform_org, name,
                count, started, expired, active, metadata, enrollment_config, source,
                external_id, transaction_id, change_type

        Returns:
            UserLicenseDetail
        """
        body = body_from_fields(
            "catalog.licenses.user.create.create",
            body,
            UserLicenseCreate,
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
                ("enrollment_config", "enrollment_config", enrollment_config),
                ("source", "source", source),
                ("external_id", "external_id", external_id),
                ("transaction_id", "transaction_id", transaction_id),
                ("change_type", "change_type", change_type),
            ),
        )
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

    @overload
    async def create(
        self,
        *,
        body: UserLicenseCreate,
        **options: Unpack[RequestOptions],
    ) -> UserLicenseDetail: ...

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
        metadata: UserLicenseCreateMetadata | Unset = UNSET,
        enrollment_config: UserLicenseCreateEnrollmentConfig | Unset = UNSET,
        source: str | Unset = UNSET,
        external_id: None | str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        change_type: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserLicenseDetail: ...

    async def create(
        self,
        *,
        body: UserLicenseCreate | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        name: str | Unset = UNSET,
        count: int | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | None | Unset = UNSET,
        active: bool | Unset = UNSET,
        metadata: UserLicenseCreateMetadata | Unset = UNSET,
        enrollment_config: UserLicenseCreateEnrollmentConfig | Unset = UNSET,
        source: str | Unset = UNSET,
        external_id: None | str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        change_type: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserLicenseDetail:
        """Create a new user license

        Args:
            body (UserLicenseCreate, request body): Request serializer for UserLicenseCreateView
                POST endpoint
            Or the body's fields as keywords instead of body=: platform_key, platform_org, name,
                count, started, expired, active, metadata, enrollment_config, source,
                external_id, transaction_id, change_type

        Returns:
            UserLicenseDetail
        """
        body = body_from_fields(
            "catalog.licenses.user.create.create",
            body,
            UserLicenseCreate,
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
                ("enrollment_config", "enrollment_config", enrollment_config),
                ("source", "source", source),
                ("external_id", "external_id", external_id),
                ("transaction_id", "transaction_id", transaction_id),
                ("change_type", "change_type", change_type),
            ),
        )
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
