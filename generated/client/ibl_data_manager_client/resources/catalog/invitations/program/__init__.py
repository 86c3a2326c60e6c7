"""`Client.catalog.invitations.program`: 3 operations and 3 sub-resources."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.catalog import (
    catalog_invitations_program_create as _catalog_invitations_program_create,
)
from .....api.catalog import (
    catalog_invitations_program_destroy as _catalog_invitations_program_destroy,
)
from .....api.catalog import (
    catalog_invitations_program_retrieve as _catalog_invitations_program_retrieve,
)
from .....models.paginated_program_invitation import PaginatedProgramInvitation
from .....models.program_invitation_create import ProgramInvitationCreate
from .....models.program_invitation_create_enrollment_config import (
    ProgramInvitationCreateEnrollmentConfig,
)
from .....models.program_invitation_create_metadata import ProgramInvitationCreateMetadata
from .....models.program_invitation_detail import ProgramInvitationDetail
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .blank import (
        AsyncCatalogInvitationsProgramBlankResource,
        AsyncCatalogInvitationsProgramBlankResourceWithRawResponse,
        CatalogInvitationsProgramBlankResource,
        CatalogInvitationsProgramBlankResourceWithRawResponse,
    )
    from .bulk import (
        AsyncCatalogInvitationsProgramBulkResource,
        AsyncCatalogInvitationsProgramBulkResourceWithRawResponse,
        CatalogInvitationsProgramBulkResource,
        CatalogInvitationsProgramBulkResourceWithRawResponse,
    )
    from .redeem import (
        AsyncCatalogInvitationsProgramRedeemResource,
        AsyncCatalogInvitationsProgramRedeemResourceWithRawResponse,
        CatalogInvitationsProgramRedeemResource,
        CatalogInvitationsProgramRedeemResourceWithRawResponse,
    )

__all__ = [
    "CatalogInvitationsProgramResource",
    "CatalogInvitationsProgramResourceWithRawResponse",
    "AsyncCatalogInvitationsProgramResource",
    "AsyncCatalogInvitationsProgramResourceWithRawResponse",
]


class CatalogInvitationsProgramResource:
    """`Client.catalog.invitations.program`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogInvitationsProgramResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogInvitationsProgramResourceWithRawResponse(self)

    @cached_property
    def blank(self) -> CatalogInvitationsProgramBlankResource:
        from .blank import CatalogInvitationsProgramBlankResource

        return CatalogInvitationsProgramBlankResource(self._client)

    @cached_property
    def bulk(self) -> CatalogInvitationsProgramBulkResource:
        from .bulk import CatalogInvitationsProgramBulkResource

        return CatalogInvitationsProgramBulkResource(self._client)

    @cached_property
    def redeem(self) -> CatalogInvitationsProgramRedeemResource:
        from .redeem import CatalogInvitationsProgramRedeemResource

        return CatalogInvitationsProgramRedeemResource(self._client)

    def destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Remove a program invitation: TBD

        Args:
            active (bool | Unset, query)
            email (str | Unset, query)
            org (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            program_key (str | Unset, query)
            sort (str | Unset, query)
            source (str | Unset, query)
            username (str | Unset, query)
            verbose (bool | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _catalog_invitations_program_destroy.OPERATION,
            _catalog_invitations_program_destroy.build_request(
                active=active,
                email=email,
                org=org,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                program_key=program_key,
                sort=sort,
                source=source,
                username=username,
                verbose=verbose,
            ),
            options,
        )

    def retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedProgramInvitation:
        """API View for managing program invitations.  This endpoint allows querying, creating, and
        deleting program invitations for users.  Query/Request Parameters:     For GET:
        program_key (str, optional): Filter by program key         org (str, optional): Filter
        by platform organization         email (str, optional): Filter by user email
        source (str, optional): Filter by invitation source         active (bool, optional):
        Filter by active status         sort (str, optional): Field to sort results by (default:
        '-id')         metadata fields: Any additional parameters will be treated as metadata
        filters      For POST:         program_key (str, required): The program to create an
        invitation for         email (str, required): The email address to invite         active
        (bool, optional): Whether the invitation is active         metadata fields: Any
        additional parameters will be added as metadata      For DELETE:         id (int,
        required): The ID of the invitation to delete         org (str, required): The platform
        organization for verification  Methods:     GET: Retrieve a paginated list of program
        invitations     POST: Create a new program invitation     DELETE: Remove a program
        invitation  Returns:     GET: A paginated JSON response containing program invitations:
        {             \"count\": 10,             \"next\":
        \"https://example.com/api/catalog/invitations/program/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"user_id\": 456,                     \"username\":
        \"username\",                     \"email\": \"user@example.com\",
        \"created\": \"2023-06-15T14:30:00Z\",                     \"started\":
        \"2023-06-15T14:30:00Z\",                     \"source\": \"source\",
        \"redirect_to\": \"https://example.com\",                     \"expired\": null,
        \"active\": true,                     \"metadata\": {},
        \"program_key\": \"org+program1\"                 },                 ...             ]
        }      POST: A JSON response containing the created invitation:         {
        \"id\": 123,             \"user_id\": 456,             \"username\": \"username\",
        \"email\": \"user@example.com\",             \"created\": \"2023-06-15T14:30:00Z\",
        \"started\": \"2023-06-15T14:30:00Z\",             \"source\": \"source\",
        \"redirect_to\": \"https://example.com\",             \"expired\": null,
        \"active\": true,             \"metadata\": {},             \"program_key\":
        \"org+program1\"         }      DELETE: A success response with status 200  Error
        Responses:     400 Bad Request: If required parameters are missing or invalid     401
        Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not
        have permission to access this resource     404 Not Found: If the program or invitation
        doesn't exist     500 Internal Server Error: If an unexpected error occurs  Access
        Control:     - Requires IsDMAdmin, IsPlatformAdminReadOnly, or IsPlatformAdminForProgram
        permission     - Read-only access for platform admins, full access for DM admins and
        program-specific admins

        Args:
            active (bool | Unset, query)
            email (str | Unset, query)
            org (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            program_key (str | Unset, query)
            sort (str | Unset, query)
            source (str | Unset, query)
            username (str | Unset, query)
            verbose (bool | Unset, query)

        Returns:
            PaginatedProgramInvitation
        """
        return self._client._send(
            _catalog_invitations_program_retrieve.OPERATION,
            _catalog_invitations_program_retrieve.build_request(
                active=active,
                email=email,
                org=org,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                program_key=program_key,
                sort=sort,
                source=source,
                username=username,
                verbose=verbose,
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        body: ProgramInvitationCreate,
        **options: Unpack[RequestOptions],
    ) -> ProgramInvitationDetail: ...

    @overload
    def create(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        body_program_key: str,
        body_email: str | Unset = UNSET,
        body_username: str | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        body_source: str | Unset = UNSET,
        redirect_to: str | Unset = UNSET,
        created: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        metadata: ProgramInvitationCreateMetadata | Unset = UNSET,
        enrollment_config: ProgramInvitationCreateEnrollmentConfig | Unset = UNSET,
        program_access_start_date: datetime.datetime | None | Unset = UNSET,
        program_access_expiration_date: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramInvitationDetail: ...

    def create(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        body: ProgramInvitationCreate | Unset = UNSET,
        body_program_key: str | Unset = UNSET,
        body_email: str | Unset = UNSET,
        body_username: str | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        body_source: str | Unset = UNSET,
        redirect_to: str | Unset = UNSET,
        created: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        metadata: ProgramInvitationCreateMetadata | Unset = UNSET,
        enrollment_config: ProgramInvitationCreateEnrollmentConfig | Unset = UNSET,
        program_access_start_date: datetime.datetime | None | Unset = UNSET,
        program_access_expiration_date: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramInvitationDetail:
        """API View for managing program invitations.  This endpoint allows querying, creating, and
        deleting program invitations for users.  Query/Request Parameters:     For GET:
        program_key (str, optional): Filter by program key         org (str, optional): Filter
        by platform organization         email (str, optional): Filter by user email
        source (str, optional): Filter by invitation source         active (bool, optional):
        Filter by active status         sort (str, optional): Field to sort results by (default:
        '-id')         metadata fields: Any additional parameters will be treated as metadata
        filters      For POST:         program_key (str, required): The program to create an
        invitation for         email (str, required): The email address to invite         active
        (bool, optional): Whether the invitation is active         metadata fields: Any
        additional parameters will be added as metadata      For DELETE:         id (int,
        required): The ID of the invitation to delete         org (str, required): The platform
        organization for verification  Methods:     GET: Retrieve a paginated list of program
        invitations     POST: Create a new program invitation     DELETE: Remove a program
        invitation  Returns:     GET: A paginated JSON response containing program invitations:
        {             \"count\": 10,             \"next\":
        \"https://example.com/api/catalog/invitations/program/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"user_id\": 456,                     \"username\":
        \"username\",                     \"email\": \"user@example.com\",
        \"created\": \"2023-06-15T14:30:00Z\",                     \"started\":
        \"2023-06-15T14:30:00Z\",                     \"source\": \"source\",
        \"redirect_to\": \"https://example.com\",                     \"expired\": null,
        \"active\": true,                     \"metadata\": {},
        \"program_key\": \"org+program1\"                 },                 ...             ]
        }      POST: A JSON response containing the created invitation:         {
        \"id\": 123,             \"user_id\": 456,             \"username\": \"username\",
        \"email\": \"user@example.com\",             \"created\": \"2023-06-15T14:30:00Z\",
        \"started\": \"2023-06-15T14:30:00Z\",             \"source\": \"source\",
        \"redirect_to\": \"https://example.com\",             \"expired\": null,
        \"active\": true,             \"metadata\": {},             \"program_key\":
        \"org+program1\"         }      DELETE: A success response with status 200  Error
        Responses:     400 Bad Request: If required parameters are missing or invalid     401
        Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not
        have permission to access this resource     404 Not Found: If the program or invitation
        doesn't exist     500 Internal Server Error: If an unexpected error occurs  Access
        Control:     - Requires IsDMAdmin, IsPlatformAdminReadOnly, or IsPlatformAdminForProgram
        permission     - Read-only access for platform admins, full access for DM admins and
        program-specific admins

        Args:
            active (bool | Unset, query)
            email (str | Unset, query)
            org (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            program_key (str | Unset, query)
            sort (str | Unset, query)
            source (str | Unset, query)
            username (str | Unset, query)
            verbose (bool | Unset, query)
            body (ProgramInvitationCreate, request body): Request serializer for
                ProgramInvitationView POST endpoint. Supports CSV date fields for
                enrollment_config: - program_access_start_date: Maps to
                enrollment_config['started'] - program_access_expiration_date: Maps to
                enrollment_config['expired']
            Or the body's fields as keywords instead of body=: body_program_key, body_email,
                body_username, body_active, body_source, redirect_to, created, expired,
                metadata, enrollment_config, program_access_start_date,
                program_access_expiration_date

        Returns:
            ProgramInvitationDetail
        """
        body = body_from_fields(
            "catalog.invitations.program.create",
            body,
            ProgramInvitationCreate,
            ["body_program_key"],
            (
                ("body_program_key", "program_key", body_program_key),
                ("body_email", "email", body_email),
                ("body_username", "username", body_username),
                ("body_active", "active", body_active),
                ("body_source", "source", body_source),
                ("redirect_to", "redirect_to", redirect_to),
                ("created", "created", created),
                ("expired", "expired", expired),
                ("metadata", "metadata", metadata),
                ("enrollment_config", "enrollment_config", enrollment_config),
                (
                    "program_access_start_date",
                    "program_access_start_date",
                    program_access_start_date,
                ),
                (
                    "program_access_expiration_date",
                    "program_access_expiration_date",
                    program_access_expiration_date,
                ),
            ),
        )
        return self._client._send(
            _catalog_invitations_program_create.OPERATION,
            _catalog_invitations_program_create.build_request(
                active=active,
                email=email,
                org=org,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                program_key=program_key,
                sort=sort,
                source=source,
                username=username,
                verbose=verbose,
                body=body,
            ),
            options,
        )


class CatalogInvitationsProgramResourceWithRawResponse:
    """`Client.catalog.invitations.program`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogInvitationsProgramResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)

    @cached_property
    def blank(self) -> CatalogInvitationsProgramBlankResourceWithRawResponse:
        from .blank import CatalogInvitationsProgramBlankResourceWithRawResponse

        return CatalogInvitationsProgramBlankResourceWithRawResponse(self._resource.blank)

    @cached_property
    def bulk(self) -> CatalogInvitationsProgramBulkResourceWithRawResponse:
        from .bulk import CatalogInvitationsProgramBulkResourceWithRawResponse

        return CatalogInvitationsProgramBulkResourceWithRawResponse(self._resource.bulk)

    @cached_property
    def redeem(self) -> CatalogInvitationsProgramRedeemResourceWithRawResponse:
        from .redeem import CatalogInvitationsProgramRedeemResourceWithRawResponse

        return CatalogInvitationsProgramRedeemResourceWithRawResponse(self._resource.redeem)


class AsyncCatalogInvitationsProgramResource:
    """`AsyncClient.catalog.invitations.program`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogInvitationsProgramResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogInvitationsProgramResourceWithRawResponse(self)

    @cached_property
    def blank(self) -> AsyncCatalogInvitationsProgramBlankResource:
        from .blank import AsyncCatalogInvitationsProgramBlankResource

        return AsyncCatalogInvitationsProgramBlankResource(self._client)

    @cached_property
    def bulk(self) -> AsyncCatalogInvitationsProgramBulkResource:
        from .bulk import AsyncCatalogInvitationsProgramBulkResource

        return AsyncCatalogInvitationsProgramBulkResource(self._client)

    @cached_property
    def redeem(self) -> AsyncCatalogInvitationsProgramRedeemResource:
        from .redeem import AsyncCatalogInvitationsProgramRedeemResource

        return AsyncCatalogInvitationsProgramRedeemResource(self._client)

    async def destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Remove a program invitation: TBD

        Args:
            active (bool | Unset, query)
            email (str | Unset, query)
            org (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            program_key (str | Unset, query)
            sort (str | Unset, query)
            source (str | Unset, query)
            username (str | Unset, query)
            verbose (bool | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _catalog_invitations_program_destroy.OPERATION,
            _catalog_invitations_program_destroy.build_request(
                active=active,
                email=email,
                org=org,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                program_key=program_key,
                sort=sort,
                source=source,
                username=username,
                verbose=verbose,
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedProgramInvitation:
        """API View for managing program invitations.  This endpoint allows querying, creating, and
        deleting program invitations for users.  Query/Request Parameters:     For GET:
        program_key (str, optional): Filter by program key         org (str, optional): Filter
        by platform organization         email (str, optional): Filter by user email
        source (str, optional): Filter by invitation source         active (bool, optional):
        Filter by active status         sort (str, optional): Field to sort results by (default:
        '-id')         metadata fields: Any additional parameters will be treated as metadata
        filters      For POST:         program_key (str, required): The program to create an
        invitation for         email (str, required): The email address to invite         active
        (bool, optional): Whether the invitation is active         metadata fields: Any
        additional parameters will be added as metadata      For DELETE:         id (int,
        required): The ID of the invitation to delete         org (str, required): The platform
        organization for verification  Methods:     GET: Retrieve a paginated list of program
        invitations     POST: Create a new program invitation     DELETE: Remove a program
        invitation  Returns:     GET: A paginated JSON response containing program invitations:
        {             \"count\": 10,             \"next\":
        \"https://example.com/api/catalog/invitations/program/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"user_id\": 456,                     \"username\":
        \"username\",                     \"email\": \"user@example.com\",
        \"created\": \"2023-06-15T14:30:00Z\",                     \"started\":
        \"2023-06-15T14:30:00Z\",                     \"source\": \"source\",
        \"redirect_to\": \"https://example.com\",                     \"expired\": null,
        \"active\": true,                     \"metadata\": {},
        \"program_key\": \"org+program1\"                 },                 ...             ]
        }      POST: A JSON response containing the created invitation:         {
        \"id\": 123,             \"user_id\": 456,             \"username\": \"username\",
        \"email\": \"user@example.com\",             \"created\": \"2023-06-15T14:30:00Z\",
        \"started\": \"2023-06-15T14:30:00Z\",             \"source\": \"source\",
        \"redirect_to\": \"https://example.com\",             \"expired\": null,
        \"active\": true,             \"metadata\": {},             \"program_key\":
        \"org+program1\"         }      DELETE: A success response with status 200  Error
        Responses:     400 Bad Request: If required parameters are missing or invalid     401
        Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not
        have permission to access this resource     404 Not Found: If the program or invitation
        doesn't exist     500 Internal Server Error: If an unexpected error occurs  Access
        Control:     - Requires IsDMAdmin, IsPlatformAdminReadOnly, or IsPlatformAdminForProgram
        permission     - Read-only access for platform admins, full access for DM admins and
        program-specific admins

        Args:
            active (bool | Unset, query)
            email (str | Unset, query)
            org (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            program_key (str | Unset, query)
            sort (str | Unset, query)
            source (str | Unset, query)
            username (str | Unset, query)
            verbose (bool | Unset, query)

        Returns:
            PaginatedProgramInvitation
        """
        return await self._client._send(
            _catalog_invitations_program_retrieve.OPERATION,
            _catalog_invitations_program_retrieve.build_request(
                active=active,
                email=email,
                org=org,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                program_key=program_key,
                sort=sort,
                source=source,
                username=username,
                verbose=verbose,
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        body: ProgramInvitationCreate,
        **options: Unpack[RequestOptions],
    ) -> ProgramInvitationDetail: ...

    @overload
    async def create(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        body_program_key: str,
        body_email: str | Unset = UNSET,
        body_username: str | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        body_source: str | Unset = UNSET,
        redirect_to: str | Unset = UNSET,
        created: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        metadata: ProgramInvitationCreateMetadata | Unset = UNSET,
        enrollment_config: ProgramInvitationCreateEnrollmentConfig | Unset = UNSET,
        program_access_start_date: datetime.datetime | None | Unset = UNSET,
        program_access_expiration_date: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramInvitationDetail: ...

    async def create(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        body: ProgramInvitationCreate | Unset = UNSET,
        body_program_key: str | Unset = UNSET,
        body_email: str | Unset = UNSET,
        body_username: str | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        body_source: str | Unset = UNSET,
        redirect_to: str | Unset = UNSET,
        created: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        metadata: ProgramInvitationCreateMetadata | Unset = UNSET,
        enrollment_config: ProgramInvitationCreateEnrollmentConfig | Unset = UNSET,
        program_access_start_date: datetime.datetime | None | Unset = UNSET,
        program_access_expiration_date: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramInvitationDetail:
        """API View for managing program invitations.  This endpoint allows querying, creating, and
        deleting program invitations for users.  Query/Request Parameters:     For GET:
        program_key (str, optional): Filter by program key         org (str, optional): Filter
        by platform organization         email (str, optional): Filter by user email
        source (str, optional): Filter by invitation source         active (bool, optional):
        Filter by active status         sort (str, optional): Field to sort results by (default:
        '-id')         metadata fields: Any additional parameters will be treated as metadata
        filters      For POST:         program_key (str, required): The program to create an
        invitation for         email (str, required): The email address to invite         active
        (bool, optional): Whether the invitation is active         metadata fields: Any
        additional parameters will be added as metadata      For DELETE:         id (int,
        required): The ID of the invitation to delete         org (str, required): The platform
        organization for verification  Methods:     GET: Retrieve a paginated list of program
        invitations     POST: Create a new program invitation     DELETE: Remove a program
        invitation  Returns:     GET: A paginated JSON response containing program invitations:
        {             \"count\": 10,             \"next\":
        \"https://example.com/api/catalog/invitations/program/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"user_id\": 456,                     \"username\":
        \"username\",                     \"email\": \"user@example.com\",
        \"created\": \"2023-06-15T14:30:00Z\",                     \"started\":
        \"2023-06-15T14:30:00Z\",                     \"source\": \"source\",
        \"redirect_to\": \"https://example.com\",                     \"expired\": null,
        \"active\": true,                     \"metadata\": {},
        \"program_key\": \"org+program1\"                 },                 ...             ]
        }      POST: A JSON response containing the created invitation:         {
        \"id\": 123,             \"user_id\": 456,             \"username\": \"username\",
        \"email\": \"user@example.com\",             \"created\": \"2023-06-15T14:30:00Z\",
        \"started\": \"2023-06-15T14:30:00Z\",             \"source\": \"source\",
        \"redirect_to\": \"https://example.com\",             \"expired\": null,
        \"active\": true,             \"metadata\": {},             \"program_key\":
        \"org+program1\"         }      DELETE: A success response with status 200  Error
        Responses:     400 Bad Request: If required parameters are missing or invalid     401
        Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not
        have permission to access this resource     404 Not Found: If the program or invitation
        doesn't exist     500 Internal Server Error: If an unexpected error occurs  Access
        Control:     - Requires IsDMAdmin, IsPlatformAdminReadOnly, or IsPlatformAdminForProgram
        permission     - Read-only access for platform admins, full access for DM admins and
        program-specific admins

        Args:
            active (bool | Unset, query)
            email (str | Unset, query)
            org (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            program_key (str | Unset, query)
            sort (str | Unset, query)
            source (str | Unset, query)
            username (str | Unset, query)
            verbose (bool | Unset, query)
            body (ProgramInvitationCreate, request body): Request serializer for
                ProgramInvitationView POST endpoint. Supports CSV date fields for
                enrollment_config: - program_access_start_date: Maps to
                enrollment_config['started'] - program_access_expiration_date: Maps to
                enrollment_config['expired']
            Or the body's fields as keywords instead of body=: body_program_key, body_email,
                body_username, body_active, body_source, redirect_to, created, expired,
                metadata, enrollment_config, program_access_start_date,
                program_access_expiration_date

        Returns:
            ProgramInvitationDetail
        """
        body = body_from_fields(
            "catalog.invitations.program.create",
            body,
            ProgramInvitationCreate,
            ["body_program_key"],
            (
                ("body_program_key", "program_key", body_program_key),
                ("body_email", "email", body_email),
                ("body_username", "username", body_username),
                ("body_active", "active", body_active),
                ("body_source", "source", body_source),
                ("redirect_to", "redirect_to", redirect_to),
                ("created", "created", created),
                ("expired", "expired", expired),
                ("metadata", "metadata", metadata),
                ("enrollment_config", "enrollment_config", enrollment_config),
                (
                    "program_access_start_date",
                    "program_access_start_date",
                    program_access_start_date,
                ),
                (
                    "program_access_expiration_date",
                    "program_access_expiration_date",
                    program_access_expiration_date,
                ),
            ),
        )
        return await self._client._send(
            _catalog_invitations_program_create.OPERATION,
            _catalog_invitations_program_create.build_request(
                active=active,
                email=email,
                org=org,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                program_key=program_key,
                sort=sort,
                source=source,
                username=username,
                verbose=verbose,
                body=body,
            ),
            options,
        )


class AsyncCatalogInvitationsProgramResourceWithRawResponse:
    """`AsyncClient.catalog.invitations.program`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogInvitationsProgramResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)

    @cached_property
    def blank(self) -> AsyncCatalogInvitationsProgramBlankResourceWithRawResponse:
        from .blank import AsyncCatalogInvitationsProgramBlankResourceWithRawResponse

        return AsyncCatalogInvitationsProgramBlankResourceWithRawResponse(self._resource.blank)

    @cached_property
    def bulk(self) -> AsyncCatalogInvitationsProgramBulkResourceWithRawResponse:
        from .bulk import AsyncCatalogInvitationsProgramBulkResourceWithRawResponse

        return AsyncCatalogInvitationsProgramBulkResourceWithRawResponse(self._resource.bulk)

    @cached_property
    def redeem(self) -> AsyncCatalogInvitationsProgramRedeemResourceWithRawResponse:
        from .redeem import AsyncCatalogInvitationsProgramRedeemResourceWithRawResponse

        return AsyncCatalogInvitationsProgramRedeemResourceWithRawResponse(self._resource.redeem)
