"""`Client.catalog.invitations.platform.bulk`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_invitations_platform_bulk_create as _catalog_invitations_platform_bulk_create,
)
from ......models.bulk_platform_invitation_create import BulkPlatformInvitationCreate
from ......models.bulk_platform_invitation_response import BulkPlatformInvitationResponse

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

    def create(
        self,
        *,
        body: BulkPlatformInvitationCreate,
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

        Returns:
            BulkPlatformInvitationResponse
        """
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

    async def create(
        self,
        *,
        body: BulkPlatformInvitationCreate,
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

        Returns:
            BulkPlatformInvitationResponse
        """
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
