"""`Client.catalog.invitations.program.blank`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_invitations_program_blank_create as _catalog_invitations_program_blank_create,
)
from ......models.blank_program_invitation_create import BlankProgramInvitationCreate
from ......models.blank_program_invitation_create_metadata import (
    BlankProgramInvitationCreateMetadata,
)
from ......models.bulk_program_invitation_response import BulkProgramInvitationResponse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogInvitationsProgramBlankResource",
    "CatalogInvitationsProgramBlankResourceWithRawResponse",
    "AsyncCatalogInvitationsProgramBlankResource",
    "AsyncCatalogInvitationsProgramBlankResourceWithRawResponse",
]


class CatalogInvitationsProgramBlankResource:
    """`Client.catalog.invitations.program.blank`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogInvitationsProgramBlankResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogInvitationsProgramBlankResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: BlankProgramInvitationCreate,
        **options: Unpack[RequestOptions],
    ) -> BulkProgramInvitationResponse: ...

    @overload
    def create(
        self,
        *,
        program_key: str,
        source: str,
        count: int,
        metadata: BlankProgramInvitationCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkProgramInvitationResponse: ...

    def create(
        self,
        *,
        body: BlankProgramInvitationCreate | Unset = UNSET,
        program_key: str | Unset = UNSET,
        source: str | Unset = UNSET,
        count: int | Unset = UNSET,
        metadata: BlankProgramInvitationCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkProgramInvitationResponse:
        """API View for creating blank program invitations.  This endpoint allows creating multiple
        blank program invitations (without user association) that can be redeemed later.
        Request Parameters:     program_key (str, required): The program to create invitations
        for     source (str, required): The source identifier for the invitations     count
        (int, required): The number of blank invitations to create     metadata fields: Any
        additional parameters will be added as metadata  Methods:     POST: Create multiple
        blank program invitations  Returns:     POST: A JSON response containing the creation
        results:         {             \"successes\": 10,             \"error_codes\": []
        }  Error Responses:     400 Bad Request: If required parameters are missing or invalid
        401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does
        not have permission to access this resource     500 Internal Server Error: If an
        unexpected error occurs during creation  Access Control:     - Requires IsDMAdmin or
        IsPlatformAdminForProgram permission     - Available to DM admins and platform admins
        for the specific program

        Args:
            body (BlankProgramInvitationCreate, request body): Request serializer for
                BlankProgramInvitationView POST endpoint
            Or the body's fields as keywords instead of body=: program_key, source, count,
                metadata

        Returns:
            BulkProgramInvitationResponse
        """
        body = body_from_fields(
            "catalog.invitations.program.blank.create",
            body,
            BlankProgramInvitationCreate,
            ["program_key", "source", "count"],
            (
                ("program_key", "program_key", program_key),
                ("source", "source", source),
                ("count", "count", count),
                ("metadata", "metadata", metadata),
            ),
        )
        return self._client._send(
            _catalog_invitations_program_blank_create.OPERATION,
            _catalog_invitations_program_blank_create.build_request(body=body),
            options,
        )


class CatalogInvitationsProgramBlankResourceWithRawResponse:
    """`Client.catalog.invitations.program.blank`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogInvitationsProgramBlankResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCatalogInvitationsProgramBlankResource:
    """`AsyncClient.catalog.invitations.program.blank`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogInvitationsProgramBlankResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogInvitationsProgramBlankResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: BlankProgramInvitationCreate,
        **options: Unpack[RequestOptions],
    ) -> BulkProgramInvitationResponse: ...

    @overload
    async def create(
        self,
        *,
        program_key: str,
        source: str,
        count: int,
        metadata: BlankProgramInvitationCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkProgramInvitationResponse: ...

    async def create(
        self,
        *,
        body: BlankProgramInvitationCreate | Unset = UNSET,
        program_key: str | Unset = UNSET,
        source: str | Unset = UNSET,
        count: int | Unset = UNSET,
        metadata: BlankProgramInvitationCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkProgramInvitationResponse:
        """API View for creating blank program invitations.  This endpoint allows creating multiple
        blank program invitations (without user association) that can be redeemed later.
        Request Parameters:     program_key (str, required): The program to create invitations
        for     source (str, required): The source identifier for the invitations     count
        (int, required): The number of blank invitations to create     metadata fields: Any
        additional parameters will be added as metadata  Methods:     POST: Create multiple
        blank program invitations  Returns:     POST: A JSON response containing the creation
        results:         {             \"successes\": 10,             \"error_codes\": []
        }  Error Responses:     400 Bad Request: If required parameters are missing or invalid
        401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does
        not have permission to access this resource     500 Internal Server Error: If an
        unexpected error occurs during creation  Access Control:     - Requires IsDMAdmin or
        IsPlatformAdminForProgram permission     - Available to DM admins and platform admins
        for the specific program

        Args:
            body (BlankProgramInvitationCreate, request body): Request serializer for
                BlankProgramInvitationView POST endpoint
            Or the body's fields as keywords instead of body=: program_key, source, count,
                metadata

        Returns:
            BulkProgramInvitationResponse
        """
        body = body_from_fields(
            "catalog.invitations.program.blank.create",
            body,
            BlankProgramInvitationCreate,
            ["program_key", "source", "count"],
            (
                ("program_key", "program_key", program_key),
                ("source", "source", source),
                ("count", "count", count),
                ("metadata", "metadata", metadata),
            ),
        )
        return await self._client._send(
            _catalog_invitations_program_blank_create.OPERATION,
            _catalog_invitations_program_blank_create.build_request(body=body),
            options,
        )


class AsyncCatalogInvitationsProgramBlankResourceWithRawResponse:
    """`AsyncClient.catalog.invitations.program.blank`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogInvitationsProgramBlankResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
