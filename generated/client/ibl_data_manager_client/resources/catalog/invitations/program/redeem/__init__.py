"""`Client.catalog.invitations.program.redeem`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_invitations_program_redeem_create as _catalog_invitations_program_redeem_create,
)
from ......models.program_invitation_detail import ProgramInvitationDetail
from ......models.program_invitation_redemption import ProgramInvitationRedemption
from ......models.program_invitation_redemption_metadata import ProgramInvitationRedemptionMetadata
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogInvitationsProgramRedeemResource",
    "CatalogInvitationsProgramRedeemResourceWithRawResponse",
    "AsyncCatalogInvitationsProgramRedeemResource",
    "AsyncCatalogInvitationsProgramRedeemResourceWithRawResponse",
]


class CatalogInvitationsProgramRedeemResource:
    """`Client.catalog.invitations.program.redeem`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogInvitationsProgramRedeemResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogInvitationsProgramRedeemResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: ProgramInvitationRedemption,
        **options: Unpack[RequestOptions],
    ) -> ProgramInvitationDetail: ...

    @overload
    def create(
        self,
        *,
        program_key: str,
        source: str,
        email: str | Unset = UNSET,
        username: str | Unset = UNSET,
        metadata: ProgramInvitationRedemptionMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramInvitationDetail: ...

    def create(
        self,
        *,
        body: ProgramInvitationRedemption | Unset = UNSET,
        program_key: str | Unset = UNSET,
        source: str | Unset = UNSET,
        email: str | Unset = UNSET,
        username: str | Unset = UNSET,
        metadata: ProgramInvitationRedemptionMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramInvitationDetail:
        """API View for redeeming blank program invitations.  This endpoint allows redeeming a
        blank program invitation by associating it with a user.  Request Parameters:
        program_key (str, required): The program key for the invitation     source (str,
        required): The source identifier for the invitation     email (str, optional): The email
        to associate with the invitation     username (str, optional): The username to associate
        with the invitation     metadata fields: Any additional parameters will be added as
        metadata  Methods:     POST: Redeem a blank program invitation  Returns:     POST: A
        JSON response containing the redeemed invitation:         {             \"id\": 123,
        \"user_id\": 456,             \"username\": \"username\",             \"email\":
        \"user@example.com\",             \"created\": \"2023-06-15T14:30:00Z\",
        \"started\": \"2023-06-15T14:30:00Z\",             \"source\": \"source\",
        \"redirect_to\": \"https://example.com\",             \"expired\": null,
        \"active\": true,             \"metadata\": {},             \"program_key\":
        \"org+program1\"         }  Error Responses:     400 Bad Request: If required parameters
        are missing or invalid     401 Unauthorized: If the user is not authenticated     403
        Forbidden: If the user does not have permission to access this resource     404 Not
        Found: If no blank invitation is available     500 Internal Server Error: If an
        unexpected error occurs during redemption  Access Control:     - Requires IsDMAdmin or
        IsPlatformAdminForProgram permission     - Available to DM admins and platform admins
        for the specific program

        Args:
            body (ProgramInvitationRedemption, request body): Request serializer for
                ProgramInvitationRedemptionView POST endpoint
            Or the body's fields as keywords instead of body=: program_key, source, email,
                username, metadata

        Returns:
            ProgramInvitationDetail
        """
        body = body_from_fields(
            "catalog.invitations.program.redeem.create",
            body,
            ProgramInvitationRedemption,
            ["program_key", "source"],
            (
                ("program_key", "program_key", program_key),
                ("source", "source", source),
                ("email", "email", email),
                ("username", "username", username),
                ("metadata", "metadata", metadata),
            ),
        )
        return self._client._send(
            _catalog_invitations_program_redeem_create.OPERATION,
            _catalog_invitations_program_redeem_create.build_request(body=body),
            options,
        )


class CatalogInvitationsProgramRedeemResourceWithRawResponse:
    """`Client.catalog.invitations.program.redeem`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogInvitationsProgramRedeemResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCatalogInvitationsProgramRedeemResource:
    """`AsyncClient.catalog.invitations.program.redeem`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogInvitationsProgramRedeemResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogInvitationsProgramRedeemResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: ProgramInvitationRedemption,
        **options: Unpack[RequestOptions],
    ) -> ProgramInvitationDetail: ...

    @overload
    async def create(
        self,
        *,
        program_key: str,
        source: str,
        email: str | Unset = UNSET,
        username: str | Unset = UNSET,
        metadata: ProgramInvitationRedemptionMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramInvitationDetail: ...

    async def create(
        self,
        *,
        body: ProgramInvitationRedemption | Unset = UNSET,
        program_key: str | Unset = UNSET,
        source: str | Unset = UNSET,
        email: str | Unset = UNSET,
        username: str | Unset = UNSET,
        metadata: ProgramInvitationRedemptionMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramInvitationDetail:
        """API View for redeeming blank program invitations.  This endpoint allows redeeming a
        blank program invitation by associating it with a user.  Request Parameters:
        program_key (str, required): The program key for the invitation     source (str,
        required): The source identifier for the invitation     email (str, optional): The email
        to associate with the invitation     username (str, optional): The username to associate
        with the invitation     metadata fields: Any additional parameters will be added as
        metadata  Methods:     POST: Redeem a blank program invitation  Returns:     POST: A
        JSON response containing the redeemed invitation:         {             \"id\": 123,
        \"user_id\": 456,             \"username\": \"username\",             \"email\":
        \"user@example.com\",             \"created\": \"2023-06-15T14:30:00Z\",
        \"started\": \"2023-06-15T14:30:00Z\",             \"source\": \"source\",
        \"redirect_to\": \"https://example.com\",             \"expired\": null,
        \"active\": true,             \"metadata\": {},             \"program_key\":
        \"org+program1\"         }  Error Responses:     400 Bad Request: If required parameters
        are missing or invalid     401 Unauthorized: If the user is not authenticated     403
        Forbidden: If the user does not have permission to access this resource     404 Not
        Found: If no blank invitation is available     500 Internal Server Error: If an
        unexpected error occurs during redemption  Access Control:     - Requires IsDMAdmin or
        IsPlatformAdminForProgram permission     - Available to DM admins and platform admins
        for the specific program

        Args:
            body (ProgramInvitationRedemption, request body): Request serializer for
                ProgramInvitationRedemptionView POST endpoint
            Or the body's fields as keywords instead of body=: program_key, source, email,
                username, metadata

        Returns:
            ProgramInvitationDetail
        """
        body = body_from_fields(
            "catalog.invitations.program.redeem.create",
            body,
            ProgramInvitationRedemption,
            ["program_key", "source"],
            (
                ("program_key", "program_key", program_key),
                ("source", "source", source),
                ("email", "email", email),
                ("username", "username", username),
                ("metadata", "metadata", metadata),
            ),
        )
        return await self._client._send(
            _catalog_invitations_program_redeem_create.OPERATION,
            _catalog_invitations_program_redeem_create.build_request(body=body),
            options,
        )


class AsyncCatalogInvitationsProgramRedeemResourceWithRawResponse:
    """`AsyncClient.catalog.invitations.program.redeem`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogInvitationsProgramRedeemResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
