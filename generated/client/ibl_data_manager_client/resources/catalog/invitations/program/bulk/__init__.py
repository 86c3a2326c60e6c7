"""`Client.catalog.invitations.program.bulk`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_invitations_program_bulk_create as _catalog_invitations_program_bulk_create,
)
from ......models.bulk_program_invitation_create import BulkProgramInvitationCreate
from ......models.bulk_program_invitation_response import BulkProgramInvitationResponse
from ......models.program_invitation_create import ProgramInvitationCreate
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogInvitationsProgramBulkResource",
    "CatalogInvitationsProgramBulkResourceWithRawResponse",
    "AsyncCatalogInvitationsProgramBulkResource",
    "AsyncCatalogInvitationsProgramBulkResourceWithRawResponse",
]


class CatalogInvitationsProgramBulkResource:
    """`Client.catalog.invitations.program.bulk`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogInvitationsProgramBulkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogInvitationsProgramBulkResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: BulkProgramInvitationCreate,
        **options: Unpack[RequestOptions],
    ) -> BulkProgramInvitationResponse: ...

    @overload
    def create(
        self,
        *,
        invitation_data: list[ProgramInvitationCreate],
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkProgramInvitationResponse: ...

    def create(
        self,
        *,
        body: BulkProgramInvitationCreate | Unset = UNSET,
        invitation_data: list[ProgramInvitationCreate] | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkProgramInvitationResponse:
        """API View for bulk creation of program invitations.  This endpoint allows creating
        multiple program invitations at once.  Request Parameters:     invitation_data (list,
        required): List of invitation data objects, each containing:         program_key (str,
        required): The program to create an invitation for         email (str, required): The
        email address to invite         active (bool, optional): Whether the invitation is
        active         metadata fields: Any additional parameters will be added as metadata
        platform_key (str, required for platform admins): The platform key for permission
        validation  Methods:     POST: Create multiple program invitations  Returns:     POST: A
        JSON response containing the creation results:         {             \"successes\": 5,
        \"error_codes\": []         }  Error Responses:     400 Bad Request: If required
        parameters are missing or invalid     401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource     500
        Internal Server Error: If an unexpected error occurs during creation  Access Control:
        - Requires IsDMAdmin or IsPlatformAdmin permission     - Available to platform
        administrators and DM admins

        Args:
            body (BulkProgramInvitationCreate, request body): Request serializer for
                BulkProgramInvitationView POST endpoint
            Or the body's fields as keywords instead of body=: invitation_data, platform_key

        Returns:
            BulkProgramInvitationResponse
        """
        body = body_from_fields(
            "catalog.invitations.program.bulk.create",
            body,
            BulkProgramInvitationCreate,
            ["invitation_data"],
            (
                ("invitation_data", "invitation_data", invitation_data),
                ("platform_key", "platform_key", platform_key),
            ),
        )
        return self._client._send(
            _catalog_invitations_program_bulk_create.OPERATION,
            _catalog_invitations_program_bulk_create.build_request(body=body),
            options,
        )


class CatalogInvitationsProgramBulkResourceWithRawResponse:
    """`Client.catalog.invitations.program.bulk`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogInvitationsProgramBulkResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCatalogInvitationsProgramBulkResource:
    """`AsyncClient.catalog.invitations.program.bulk`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogInvitationsProgramBulkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogInvitationsProgramBulkResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: BulkProgramInvitationCreate,
        **options: Unpack[RequestOptions],
    ) -> BulkProgramInvitationResponse: ...

    @overload
    async def create(
        self,
        *,
        invitation_data: list[ProgramInvitationCreate],
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkProgramInvitationResponse: ...

    async def create(
        self,
        *,
        body: BulkProgramInvitationCreate | Unset = UNSET,
        invitation_data: list[ProgramInvitationCreate] | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkProgramInvitationResponse:
        """API View for bulk creation of program invitations.  This endpoint allows creating
        multiple program invitations at once.  Request Parameters:     invitation_data (list,
        required): List of invitation data objects, each containing:         program_key (str,
        required): The program to create an invitation for         email (str, required): The
        email address to invite         active (bool, optional): Whether the invitation is
        active         metadata fields: Any additional parameters will be added as metadata
        platform_key (str, required for platform admins): The platform key for permission
        validation  Methods:     POST: Create multiple program invitations  Returns:     POST: A
        JSON response containing the creation results:         {             \"successes\": 5,
        \"error_codes\": []         }  Error Responses:     400 Bad Request: If required
        parameters are missing or invalid     401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to access this resource     500
        Internal Server Error: If an unexpected error occurs during creation  Access Control:
        - Requires IsDMAdmin or IsPlatformAdmin permission     - Available to platform
        administrators and DM admins

        Args:
            body (BulkProgramInvitationCreate, request body): Request serializer for
                BulkProgramInvitationView POST endpoint
            Or the body's fields as keywords instead of body=: invitation_data, platform_key

        Returns:
            BulkProgramInvitationResponse
        """
        body = body_from_fields(
            "catalog.invitations.program.bulk.create",
            body,
            BulkProgramInvitationCreate,
            ["invitation_data"],
            (
                ("invitation_data", "invitation_data", invitation_data),
                ("platform_key", "platform_key", platform_key),
            ),
        )
        return await self._client._send(
            _catalog_invitations_program_bulk_create.OPERATION,
            _catalog_invitations_program_bulk_create.build_request(body=body),
            options,
        )


class AsyncCatalogInvitationsProgramBulkResourceWithRawResponse:
    """`AsyncClient.catalog.invitations.program.bulk`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogInvitationsProgramBulkResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
