"""`Client.catalog.licenses.user.update`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_licenses_user_update_create as _catalog_licenses_user_update_create,
)
from ......models.user_license_detail import UserLicenseDetail
from ......models.user_license_update import UserLicenseUpdate
from ......models.user_license_update_enrollment_config import UserLicenseUpdateEnrollmentConfig
from ......models.user_license_update_metadata import UserLicenseUpdateMetadata
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogLicensesUserUpdateResource",
    "CatalogLicensesUserUpdateResourceWithRawResponse",
    "AsyncCatalogLicensesUserUpdateResource",
    "AsyncCatalogLicensesUserUpdateResourceWithRawResponse",
]


class CatalogLicensesUserUpdateResource:
    """`Client.catalog.licenses.user.update`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogLicensesUserUpdateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogLicensesUserUpdateResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: UserLicenseUpdate | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserLicenseDetail: ...

    @overload
    def create(
        self,
        *,
        license_id: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        name: str | Unset = UNSET,
        count: int | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | None | Unset = UNSET,
        active: bool | Unset = UNSET,
        metadata: UserLicenseUpdateMetadata | Unset = UNSET,
        enrollment_config: UserLicenseUpdateEnrollmentConfig | Unset = UNSET,
        source: str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        change_type: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserLicenseDetail: ...

    def create(
        self,
        *,
        body: UserLicenseUpdate | Unset = UNSET,
        license_id: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        name: str | Unset = UNSET,
        count: int | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | None | Unset = UNSET,
        active: bool | Unset = UNSET,
        metadata: UserLicenseUpdateMetadata | Unset = UNSET,
        enrollment_config: UserLicenseUpdateEnrollmentConfig | Unset = UNSET,
        source: str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        change_type: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserLicenseDetail:
        """API View for updating existing user licenses.  This endpoint allows administrators to
        update the properties of an existing user license.  Methods:     POST: Update an
        existing user license  Request Body:     A JSON object containing:     - license_id
        (int, optional): The ID of the license to update (required if external_id not provided)
        - external_id (str, optional): External identifier of the license to update (required if
        license_id not provided)     - name (str, optional): Updated display name for the
        license     - count (int, optional): Updated number of seats purchased     - started
        (datetime, optional): Updated date when license should begin     - expired (datetime,
        optional): Updated date when license should expire     - active (bool, optional):
        Updated active status     - metadata (dict, optional): Updated additional license
        metadata     - enrollment_config (dict, optional): Updated enrollment configuration
        - source (str, optional): Updated source identifier     - change_type (str, optional):
        Type of change being made (default: \"update\")  Returns:     POST: A JSON response
        containing the updated license:         {             \"id\": 123,
        \"created\": \"2023-06-15T14:30:00Z\",             \"started\":
        \"2023-06-15T14:30:00Z\",             \"expired\": \"2024-06-15T14:30:00Z\",
        \"name\": \"Updated User License 2023\",             \"count\": 150,
        \"active\": true,             \"metadata\": {\"updated\": true},             \"source\":
        \"updated-source\",             \"external_id\": \"ext-123\",
        \"platform_key\": \"platform1\"         }  Error Responses:     400 Bad Request: If
        required parameters are missing or invalid     401 Unauthorized: If the user is not
        authenticated     403 Forbidden: If the user does not have permission to update licenses
        404 Not Found: If the specified license doesn't exist     500 Internal Server Error: If
        an unexpected error occurs during license update  Access Control:     - Requires
        IsDMAdmin permission     - Available only to DM administrators  Notes:     - Cannot
        update the platform associated with a license     - A license history record is
        automatically created for each update

        Args:
            body (UserLicenseUpdate | Unset, request body): Request serializer for
                UserLicenseUpdateView POST endpoint
            Or the body's fields as keywords instead of body=: license_id, external_id,
                platform_key, platform_org, name, count, started, expired, active, metadata,
                enrollment_config, source, transaction_id, change_type

        Returns:
            UserLicenseDetail
        """
        body = optional_body_from_fields(
            "catalog.licenses.user.update.create",
            body,
            UserLicenseUpdate,
            [],
            (
                ("license_id", "license_id", license_id),
                ("external_id", "external_id", external_id),
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
                ("transaction_id", "transaction_id", transaction_id),
                ("change_type", "change_type", change_type),
            ),
        )
        return self._client._send(
            _catalog_licenses_user_update_create.OPERATION,
            _catalog_licenses_user_update_create.build_request(body=body),
            options,
        )


class CatalogLicensesUserUpdateResourceWithRawResponse:
    """`Client.catalog.licenses.user.update`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogLicensesUserUpdateResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCatalogLicensesUserUpdateResource:
    """`AsyncClient.catalog.licenses.user.update`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogLicensesUserUpdateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogLicensesUserUpdateResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: UserLicenseUpdate | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserLicenseDetail: ...

    @overload
    async def create(
        self,
        *,
        license_id: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        name: str | Unset = UNSET,
        count: int | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | None | Unset = UNSET,
        active: bool | Unset = UNSET,
        metadata: UserLicenseUpdateMetadata | Unset = UNSET,
        enrollment_config: UserLicenseUpdateEnrollmentConfig | Unset = UNSET,
        source: str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        change_type: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserLicenseDetail: ...

    async def create(
        self,
        *,
        body: UserLicenseUpdate | Unset = UNSET,
        license_id: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        name: str | Unset = UNSET,
        count: int | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | None | Unset = UNSET,
        active: bool | Unset = UNSET,
        metadata: UserLicenseUpdateMetadata | Unset = UNSET,
        enrollment_config: UserLicenseUpdateEnrollmentConfig | Unset = UNSET,
        source: str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        change_type: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserLicenseDetail:
        """API View for updating existing user licenses.  This endpoint allows administrators to
        update the properties of an existing user license.  Methods:     POST: Update an
        existing user license  Request Body:     A JSON object containing:     - license_id
        (int, optional): The ID of the license to update (required if external_id not provided)
        - external_id (str, optional): External identifier of the license to update (required if
        license_id not provided)     - name (str, optional): Updated display name for the
        license     - count (int, optional): Updated number of seats purchased     - started
        (datetime, optional): Updated date when license should begin     - expired (datetime,
        optional): Updated date when license should expire     - active (bool, optional):
        Updated active status     - metadata (dict, optional): Updated additional license
        metadata     - enrollment_config (dict, optional): Updated enrollment configuration
        - source (str, optional): Updated source identifier     - change_type (str, optional):
        Type of change being made (default: \"update\")  Returns:     POST: A JSON response
        containing the updated license:         {             \"id\": 123,
        \"created\": \"2023-06-15T14:30:00Z\",             \"started\":
        \"2023-06-15T14:30:00Z\",             \"expired\": \"2024-06-15T14:30:00Z\",
        \"name\": \"Updated User License 2023\",             \"count\": 150,
        \"active\": true,             \"metadata\": {\"updated\": true},             \"source\":
        \"updated-source\",             \"external_id\": \"ext-123\",
        \"platform_key\": \"platform1\"         }  Error Responses:     400 Bad Request: If
        required parameters are missing or invalid     401 Unauthorized: If the user is not
        authenticated     403 Forbidden: If the user does not have permission to update licenses
        404 Not Found: If the specified license doesn't exist     500 Internal Server Error: If
        an unexpected error occurs during license update  Access Control:     - Requires
        IsDMAdmin permission     - Available only to DM administrators  Notes:     - Cannot
        update the platform associated with a license     - A license history record is
        automatically created for each update

        Args:
            body (UserLicenseUpdate | Unset, request body): Request serializer for
                UserLicenseUpdateView POST endpoint
            Or the body's fields as keywords instead of body=: license_id, external_id,
                platform_key, platform_org, name, count, started, expired, active, metadata,
                enrollment_config, source, transaction_id, change_type

        Returns:
            UserLicenseDetail
        """
        body = optional_body_from_fields(
            "catalog.licenses.user.update.create",
            body,
            UserLicenseUpdate,
            [],
            (
                ("license_id", "license_id", license_id),
                ("external_id", "external_id", external_id),
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
                ("transaction_id", "transaction_id", transaction_id),
                ("change_type", "change_type", change_type),
            ),
        )
        return await self._client._send(
            _catalog_licenses_user_update_create.OPERATION,
            _catalog_licenses_user_update_create.build_request(body=body),
            options,
        )


class AsyncCatalogLicensesUserUpdateResourceWithRawResponse:
    """`AsyncClient.catalog.licenses.user.update`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogLicensesUserUpdateResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
