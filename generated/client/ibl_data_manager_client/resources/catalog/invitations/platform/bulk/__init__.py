"""`Client.catalog.invitations.platform.bulk`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_invitations_platform_bulk_create as _catalog_invitations_platform_bulk_create,
)
from ......models.bulk_platform_invitation_create import BulkPlatformInvitationCreate
from ......models.bulk_platform_invitation_response import BulkPlatformInvitationResponse
from ......models.platform_invitation_create import PlatformInvitationCreate
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogInvitationsPlatformBulkResource",
    "CatalogInvitationsPlatformBulkResourceWithRawResponse",
    "AsyncCatalogInvitationsPlatformBulkResource",
    "AsyncCatalogInvitationsPlatformBulkResourceWithRawResponse",
]


class CatalogInvitationsPlatformBulkResource:
    """`Client.catalog.invitations.platform.bulk`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogInvitationsPlatformBulkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogInvitationsPlatformBulkResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: BulkPlatformInvitationCreate,
        **options: Unpack[RequestOptions],
    ) -> BulkPlatformInvitationResponse: ...

    @overload
    def create(
        self,
        *,
        invitation_data: list[PlatformInvitationCreate],
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> BulkPlatformInvitationResponse: ...

    def create(
        self,
        *,
        body: BulkPlatformInvitationCreate | Unset = UNSET,
        invitation_data: list[PlatformInvitationCreate] | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkPlatformInvitationResponse:
        """API View for bulk creating platform invitations.  This endpoint allows creating multiple
        platform invitations in a single request.  Request Parameters:     invitation_data
        (list, required): List of invitation data objects, each containing:         platform_key
        (str, required): The platform to create an invitation for         email (str, required):
        The email address to invite         active (bool, optional): Whether the invitation is
        active         metadata fields: Any additional parameters will be added as metadata
        platform_key (str, required for platform admins): The platform key for permission
        validation  Methods:     POST: Create multiple platform invitations  Returns:     POST:
        A JSON response containing the creation results:         {             \"successes\": 5,
        \"error_codes\": []         }  Error Responses:     400 Bad Request: If required
        parameters are missing or invalid     401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource     500
        Internal Server Error: If an unexpected error occurs during creation  Access Control:
        - Requires IsDMAdmin or IsPlatformAdmin permission     - Available to platform
        administrators and DM admins

        Args:
            body (BulkPlatformInvitationCreate, request body): Request serializer for
                BulkPlatformInvitationView POST endpoint
            Or the body's fields as keywords instead of body=: invitation_data, platform_key

        Returns:
            BulkPlatformInvitationResponse
        """
        body = body_from_fields(
            "catalog.invitations.platform.bulk.create",
            body,
            BulkPlatformInvitationCreate,
            ["invitation_data", "platform_key"],
            (
                ("invitation_data", "invitation_data", invitation_data),
                ("platform_key", "platform_key", platform_key),
            ),
        )
        return self._client._send(
            _catalog_invitations_platform_bulk_create.OPERATION,
            _catalog_invitations_platform_bulk_create.build_request(body=body),
            options,
        )


class CatalogInvitationsPlatformBulkResourceWithRawResponse:
    """`Client.catalog.invitations.platform.bulk`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogInvitationsPlatformBulkResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCatalogInvitationsPlatformBulkResource:
    """`AsyncClient.catalog.invitations.platform.bulk`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogInvitationsPlatformBulkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogInvitationsPlatformBulkResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: BulkPlatformInvitationCreate,
        **options: Unpack[RequestOptions],
    ) -> BulkPlatformInvitationResponse: ...

    @overload
    async def create(
        self,
        *,
        invitation_data: list[PlatformInvitationCreate],
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> BulkPlatformInvitationResponse: ...

    async def create(
        self,
        *,
        body: BulkPlatformInvitationCreate | Unset = UNSET,
        invitation_data: list[PlatformInvitationCreate] | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkPlatformInvitationResponse:
        """API View for bulk creating platform invitations.  This endpoint allows creating multiple
        platform invitations in a single request.  Request Parameters:     invitation_data
        (list, required): List of invitation data objects, each containing:         platform_key
        (str, required): The platform to create an invitation for         email (str, required):
        The email address to invite         active (bool, optional): Whether the invitation is
        active         metadata fields: Any additional parameters will be added as metadata
        platform_key (str, required for platform admins): The platform key for permission
        validation  Methods:     POST: Create multiple platform invitations  Returns:     POST:
        A JSON response containing the creation results:         {             \"successes\": 5,
        \"error_codes\": []         }  Error Responses:     400 Bad Request: If required
        parameters are missing or invalid     401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource     500
        Internal Server Error: If an unexpected error occurs during creation  Access Control:
        - Requires IsDMAdmin or IsPlatformAdmin permission     - Available to platform
        administrators and DM admins

        Args:
            body (BulkPlatformInvitationCreate, request body): Request serializer for
                BulkPlatformInvitationView POST endpoint
            Or the body's fields as keywords instead of body=: invitation_data, platform_key

        Returns:
            BulkPlatformInvitationResponse
        """
        body = body_from_fields(
            "catalog.invitations.platform.bulk.create",
            body,
            BulkPlatformInvitationCreate,
            ["invitation_data", "platform_key"],
            (
                ("invitation_data", "invitation_data", invitation_data),
                ("platform_key", "platform_key", platform_key),
            ),
        )
        return await self._client._send(
            _catalog_invitations_platform_bulk_create.OPERATION,
            _catalog_invitations_platform_bulk_create.build_request(body=body),
            options,
        )


class AsyncCatalogInvitationsPlatformBulkResourceWithRawResponse:
    """`AsyncClient.catalog.invitations.platform.bulk`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogInvitationsPlatformBulkResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
