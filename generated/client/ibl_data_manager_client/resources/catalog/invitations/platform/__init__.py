"""`Client.catalog.invitations.platform`: 3 operations and 4 sub-resources."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.catalog import (
    catalog_invitations_platform_create as _catalog_invitations_platform_create,
)
from .....api.catalog import (
    catalog_invitations_platform_destroy as _catalog_invitations_platform_destroy,
)
from .....api.catalog import (
    catalog_invitations_platform_retrieve as _catalog_invitations_platform_retrieve,
)
from .....models.paginated_platform_invitation import PaginatedPlatformInvitation
from .....models.platform_invitation_create import PlatformInvitationCreate
from .....models.platform_invitation_create_metadata import PlatformInvitationCreateMetadata
from .....models.platform_invitation_detail import PlatformInvitationDetail
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .blank import (
        AsyncCatalogInvitationsPlatformBlankResource,
        AsyncCatalogInvitationsPlatformBlankResourceWithRawResponse,
        CatalogInvitationsPlatformBlankResource,
        CatalogInvitationsPlatformBlankResourceWithRawResponse,
    )
    from .bulk import (
        AsyncCatalogInvitationsPlatformBulkResource,
        AsyncCatalogInvitationsPlatformBulkResourceWithRawResponse,
        CatalogInvitationsPlatformBulkResource,
        CatalogInvitationsPlatformBulkResourceWithRawResponse,
    )
    from .check import (
        AsyncCatalogInvitationsPlatformCheckResource,
        AsyncCatalogInvitationsPlatformCheckResourceWithRawResponse,
        CatalogInvitationsPlatformCheckResource,
        CatalogInvitationsPlatformCheckResourceWithRawResponse,
    )
    from .redeem import (
        AsyncCatalogInvitationsPlatformRedeemResource,
        AsyncCatalogInvitationsPlatformRedeemResourceWithRawResponse,
        CatalogInvitationsPlatformRedeemResource,
        CatalogInvitationsPlatformRedeemResourceWithRawResponse,
    )

__all__ = [
    "CatalogInvitationsPlatformResource",
    "CatalogInvitationsPlatformResourceWithRawResponse",
    "AsyncCatalogInvitationsPlatformResource",
    "AsyncCatalogInvitationsPlatformResourceWithRawResponse",
]


class CatalogInvitationsPlatformResource:
    """`Client.catalog.invitations.platform`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogInvitationsPlatformResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogInvitationsPlatformResourceWithRawResponse(self)

    @cached_property
    def blank(self) -> CatalogInvitationsPlatformBlankResource:
        from .blank import CatalogInvitationsPlatformBlankResource

        return CatalogInvitationsPlatformBlankResource(self._client)

    @cached_property
    def bulk(self) -> CatalogInvitationsPlatformBulkResource:
        from .bulk import CatalogInvitationsPlatformBulkResource

        return CatalogInvitationsPlatformBulkResource(self._client)

    @cached_property
    def check(self) -> CatalogInvitationsPlatformCheckResource:
        from .check import CatalogInvitationsPlatformCheckResource

        return CatalogInvitationsPlatformCheckResource(self._client)

    @cached_property
    def redeem(self) -> CatalogInvitationsPlatformRedeemResource:
        from .redeem import CatalogInvitationsPlatformRedeemResource

        return CatalogInvitationsPlatformRedeemResource(self._client)

    def destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Remove a platform invitation: TBD

        Args:
            active (bool | Unset, query)
            email (str | Unset, query)
            org (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            sort (str | Unset, query)
            source (str | Unset, query)
            username (str | Unset, query)
            verbose (bool | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _catalog_invitations_platform_destroy.OPERATION,
            _catalog_invitations_platform_destroy.build_request(
                active=active,
                email=email,
                org=org,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
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
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedPlatformInvitation:
        """API View for managing platform invitations.  This endpoint allows querying, creating,
        and deleting platform invitations for users.  Query/Request Parameters:     For GET:
        platform_key (str, optional): Filter by platform key         org (str, optional): Filter
        by platform organization         email (str, optional): Filter by user email
        source (str, optional): Filter by invitation source         active (bool, optional):
        Filter by active status         sort (str, optional): Field to sort results by (default:
        '-id')         metadata fields: Any additional parameters will be treated as metadata
        filters      For POST:         platform_key (str, required): The platform to create an
        invitation for         email (str, required): The email address to invite         active
        (bool, optional): Whether the invitation is active         metadata fields: Any
        additional parameters will be added as metadata      For DELETE:         id (int,
        required): The ID of the invitation to delete         org (str, required): The platform
        organization for verification  Methods:     GET: Retrieve a paginated list of platform
        invitations     POST: Create a new platform invitation     DELETE: Remove a platform
        invitation  Returns:     GET: A paginated JSON response containing platform invitations:
        {             \"count\": 10,             \"next\":
        \"https://example.com/api/catalog/invitations/platform/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"user_id\": 456,                     \"username\":
        \"username\",                     \"email\": \"user@example.com\",
        \"created\": \"2023-06-15T14:30:00Z\",                     \"started\":
        \"2023-06-15T14:30:00Z\",                     \"source\": \"source\",
        \"redirect_to\": \"https://example.com\",                     \"expired\": null,
        \"active\": true,                     \"metadata\": {},
        \"platform_key\": \"platform1\"                 },                 ...             ]
        }      POST: A JSON response containing the created invitation:         {
        \"id\": 123,             \"user_id\": 456,             \"username\": \"username\",
        \"email\": \"user@example.com\",             \"created\": \"2023-06-15T14:30:00Z\",
        \"started\": \"2023-06-15T14:30:00Z\",             \"source\": \"source\",
        \"redirect_to\": \"https://example.com\",             \"expired\": null,
        \"active\": true,             \"metadata\": {},             \"platform_key\":
        \"platform1\"         }      DELETE: A success response with status 200  Error
        Responses:     400 Bad Request: If required parameters are missing or invalid     401
        Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not
        have permission to access this resource     404 Not Found: If the platform or invitation
        doesn't exist     500 Internal Server Error: If an unexpected error occurs  Access
        Control:     - Requires IsDMAdmin or IsPlatformAdmin permission     - Available to
        platform administrators and DM admins

        Args:
            active (bool | Unset, query)
            email (str | Unset, query)
            org (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            sort (str | Unset, query)
            source (str | Unset, query)
            username (str | Unset, query)
            verbose (bool | Unset, query)

        Returns:
            PaginatedPlatformInvitation
        """
        return self._client._send(
            _catalog_invitations_platform_retrieve.OPERATION,
            _catalog_invitations_platform_retrieve.build_request(
                active=active,
                email=email,
                org=org,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
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
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        body: PlatformInvitationCreate,
        **options: Unpack[RequestOptions],
    ) -> PlatformInvitationDetail: ...

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
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        body_platform_key: str,
        body_email: str | Unset = UNSET,
        body_username: str | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        body_source: str | Unset = UNSET,
        redirect_to: str | Unset = UNSET,
        created: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        metadata: PlatformInvitationCreateMetadata | Unset = UNSET,
        company_name: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        user_group: str | Unset = UNSET,
        user_group_owner_email: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformInvitationDetail: ...

    def create(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        body: PlatformInvitationCreate | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_email: str | Unset = UNSET,
        body_username: str | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        body_source: str | Unset = UNSET,
        redirect_to: str | Unset = UNSET,
        created: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        metadata: PlatformInvitationCreateMetadata | Unset = UNSET,
        company_name: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        user_group: str | Unset = UNSET,
        user_group_owner_email: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformInvitationDetail:
        """Create a new platform invitation

        Args:
            active (bool | Unset, query)
            email (str | Unset, query)
            org (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            sort (str | Unset, query)
            source (str | Unset, query)
            username (str | Unset, query)
            verbose (bool | Unset, query)
            body (PlatformInvitationCreate, request body): Request serializer for
                PlatformInvitationView POST endpoint Supports new CSV format fields: -
                company_name (optional): Company name for the invited user - first_name (new):
                First name of the invited user - last_name (new): Last name of the invited user
                - user_group (new): Name of the UserGroup to assign the user to -
                user_group_owner_email (optional): Email of user who should own the group
            Or the body's fields as keywords instead of body=: body_platform_key, body_email,
                body_username, body_active, body_source, redirect_to, created, expired,
                metadata, company_name, first_name, last_name, user_group,
                user_group_owner_email

        Returns:
            PlatformInvitationDetail
        """
        body = body_from_fields(
            "catalog.invitations.platform.create",
            body,
            PlatformInvitationCreate,
            ["body_platform_key"],
            (
                ("body_platform_key", "platform_key", body_platform_key),
                ("body_email", "email", body_email),
                ("body_username", "username", body_username),
                ("body_active", "active", body_active),
                ("body_source", "source", body_source),
                ("redirect_to", "redirect_to", redirect_to),
                ("created", "created", created),
                ("expired", "expired", expired),
                ("metadata", "metadata", metadata),
                ("company_name", "company_name", company_name),
                ("first_name", "first_name", first_name),
                ("last_name", "last_name", last_name),
                ("user_group", "user_group", user_group),
                ("user_group_owner_email", "user_group_owner_email", user_group_owner_email),
            ),
        )
        return self._client._send(
            _catalog_invitations_platform_create.OPERATION,
            _catalog_invitations_platform_create.build_request(
                active=active,
                email=email,
                org=org,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                sort=sort,
                source=source,
                username=username,
                verbose=verbose,
                body=body,
            ),
            options,
        )


class CatalogInvitationsPlatformResourceWithRawResponse:
    """`Client.catalog.invitations.platform`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogInvitationsPlatformResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)

    @cached_property
    def blank(self) -> CatalogInvitationsPlatformBlankResourceWithRawResponse:
        from .blank import CatalogInvitationsPlatformBlankResourceWithRawResponse

        return CatalogInvitationsPlatformBlankResourceWithRawResponse(self._resource.blank)

    @cached_property
    def bulk(self) -> CatalogInvitationsPlatformBulkResourceWithRawResponse:
        from .bulk import CatalogInvitationsPlatformBulkResourceWithRawResponse

        return CatalogInvitationsPlatformBulkResourceWithRawResponse(self._resource.bulk)

    @cached_property
    def check(self) -> CatalogInvitationsPlatformCheckResourceWithRawResponse:
        from .check import CatalogInvitationsPlatformCheckResourceWithRawResponse

        return CatalogInvitationsPlatformCheckResourceWithRawResponse(self._resource.check)

    @cached_property
    def redeem(self) -> CatalogInvitationsPlatformRedeemResourceWithRawResponse:
        from .redeem import CatalogInvitationsPlatformRedeemResourceWithRawResponse

        return CatalogInvitationsPlatformRedeemResourceWithRawResponse(self._resource.redeem)


class AsyncCatalogInvitationsPlatformResource:
    """`AsyncClient.catalog.invitations.platform`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogInvitationsPlatformResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogInvitationsPlatformResourceWithRawResponse(self)

    @cached_property
    def blank(self) -> AsyncCatalogInvitationsPlatformBlankResource:
        from .blank import AsyncCatalogInvitationsPlatformBlankResource

        return AsyncCatalogInvitationsPlatformBlankResource(self._client)

    @cached_property
    def bulk(self) -> AsyncCatalogInvitationsPlatformBulkResource:
        from .bulk import AsyncCatalogInvitationsPlatformBulkResource

        return AsyncCatalogInvitationsPlatformBulkResource(self._client)

    @cached_property
    def check(self) -> AsyncCatalogInvitationsPlatformCheckResource:
        from .check import AsyncCatalogInvitationsPlatformCheckResource

        return AsyncCatalogInvitationsPlatformCheckResource(self._client)

    @cached_property
    def redeem(self) -> AsyncCatalogInvitationsPlatformRedeemResource:
        from .redeem import AsyncCatalogInvitationsPlatformRedeemResource

        return AsyncCatalogInvitationsPlatformRedeemResource(self._client)

    async def destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Remove a platform invitation: TBD

        Args:
            active (bool | Unset, query)
            email (str | Unset, query)
            org (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            sort (str | Unset, query)
            source (str | Unset, query)
            username (str | Unset, query)
            verbose (bool | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _catalog_invitations_platform_destroy.OPERATION,
            _catalog_invitations_platform_destroy.build_request(
                active=active,
                email=email,
                org=org,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
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
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedPlatformInvitation:
        """API View for managing platform invitations.  This endpoint allows querying, creating,
        and deleting platform invitations for users.  Query/Request Parameters:     For GET:
        platform_key (str, optional): Filter by platform key         org (str, optional): Filter
        by platform organization         email (str, optional): Filter by user email
        source (str, optional): Filter by invitation source         active (bool, optional):
        Filter by active status         sort (str, optional): Field to sort results by (default:
        '-id')         metadata fields: Any additional parameters will be treated as metadata
        filters      For POST:         platform_key (str, required): The platform to create an
        invitation for         email (str, required): The email address to invite         active
        (bool, optional): Whether the invitation is active         metadata fields: Any
        additional parameters will be added as metadata      For DELETE:         id (int,
        required): The ID of the invitation to delete         org (str, required): The platform
        organization for verification  Methods:     GET: Retrieve a paginated list of platform
        invitations     POST: Create a new platform invitation     DELETE: Remove a platform
        invitation  Returns:     GET: A paginated JSON response containing platform invitations:
        {             \"count\": 10,             \"next\":
        \"https://example.com/api/catalog/invitations/platform/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"user_id\": 456,                     \"username\":
        \"username\",                     \"email\": \"user@example.com\",
        \"created\": \"2023-06-15T14:30:00Z\",                     \"started\":
        \"2023-06-15T14:30:00Z\",                     \"source\": \"source\",
        \"redirect_to\": \"https://example.com\",                     \"expired\": null,
        \"active\": true,                     \"metadata\": {},
        \"platform_key\": \"platform1\"                 },                 ...             ]
        }      POST: A JSON response containing the created invitation:         {
        \"id\": 123,             \"user_id\": 456,             \"username\": \"username\",
        \"email\": \"user@example.com\",             \"created\": \"2023-06-15T14:30:00Z\",
        \"started\": \"2023-06-15T14:30:00Z\",             \"source\": \"source\",
        \"redirect_to\": \"https://example.com\",             \"expired\": null,
        \"active\": true,             \"metadata\": {},             \"platform_key\":
        \"platform1\"         }      DELETE: A success response with status 200  Error
        Responses:     400 Bad Request: If required parameters are missing or invalid     401
        Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not
        have permission to access this resource     404 Not Found: If the platform or invitation
        doesn't exist     500 Internal Server Error: If an unexpected error occurs  Access
        Control:     - Requires IsDMAdmin or IsPlatformAdmin permission     - Available to
        platform administrators and DM admins

        Args:
            active (bool | Unset, query)
            email (str | Unset, query)
            org (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            sort (str | Unset, query)
            source (str | Unset, query)
            username (str | Unset, query)
            verbose (bool | Unset, query)

        Returns:
            PaginatedPlatformInvitation
        """
        return await self._client._send(
            _catalog_invitations_platform_retrieve.OPERATION,
            _catalog_invitations_platform_retrieve.build_request(
                active=active,
                email=email,
                org=org,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
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
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        body: PlatformInvitationCreate,
        **options: Unpack[RequestOptions],
    ) -> PlatformInvitationDetail: ...

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
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        body_platform_key: str,
        body_email: str | Unset = UNSET,
        body_username: str | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        body_source: str | Unset = UNSET,
        redirect_to: str | Unset = UNSET,
        created: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        metadata: PlatformInvitationCreateMetadata | Unset = UNSET,
        company_name: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        user_group: str | Unset = UNSET,
        user_group_owner_email: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformInvitationDetail: ...

    async def create(
        self,
        *,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        body: PlatformInvitationCreate | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_email: str | Unset = UNSET,
        body_username: str | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        body_source: str | Unset = UNSET,
        redirect_to: str | Unset = UNSET,
        created: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        metadata: PlatformInvitationCreateMetadata | Unset = UNSET,
        company_name: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        user_group: str | Unset = UNSET,
        user_group_owner_email: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformInvitationDetail:
        """Create a new platform invitation

        Args:
            active (bool | Unset, query)
            email (str | Unset, query)
            org (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            sort (str | Unset, query)
            source (str | Unset, query)
            username (str | Unset, query)
            verbose (bool | Unset, query)
            body (PlatformInvitationCreate, request body): Request serializer for
                PlatformInvitationView POST endpoint Supports new CSV format fields: -
                company_name (optional): Company name for the invited user - first_name (new):
                First name of the invited user - last_name (new): Last name of the invited user
                - user_group (new): Name of the UserGroup to assign the user to -
                user_group_owner_email (optional): Email of user who should own the group
            Or the body's fields as keywords instead of body=: body_platform_key, body_email,
                body_username, body_active, body_source, redirect_to, created, expired,
                metadata, company_name, first_name, last_name, user_group,
                user_group_owner_email

        Returns:
            PlatformInvitationDetail
        """
        body = body_from_fields(
            "catalog.invitations.platform.create",
            body,
            PlatformInvitationCreate,
            ["body_platform_key"],
            (
                ("body_platform_key", "platform_key", body_platform_key),
                ("body_email", "email", body_email),
                ("body_username", "username", body_username),
                ("body_active", "active", body_active),
                ("body_source", "source", body_source),
                ("redirect_to", "redirect_to", redirect_to),
                ("created", "created", created),
                ("expired", "expired", expired),
                ("metadata", "metadata", metadata),
                ("company_name", "company_name", company_name),
                ("first_name", "first_name", first_name),
                ("last_name", "last_name", last_name),
                ("user_group", "user_group", user_group),
                ("user_group_owner_email", "user_group_owner_email", user_group_owner_email),
            ),
        )
        return await self._client._send(
            _catalog_invitations_platform_create.OPERATION,
            _catalog_invitations_platform_create.build_request(
                active=active,
                email=email,
                org=org,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                sort=sort,
                source=source,
                username=username,
                verbose=verbose,
                body=body,
            ),
            options,
        )


class AsyncCatalogInvitationsPlatformResourceWithRawResponse:
    """`AsyncClient.catalog.invitations.platform`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogInvitationsPlatformResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)

    @cached_property
    def blank(self) -> AsyncCatalogInvitationsPlatformBlankResourceWithRawResponse:
        from .blank import AsyncCatalogInvitationsPlatformBlankResourceWithRawResponse

        return AsyncCatalogInvitationsPlatformBlankResourceWithRawResponse(self._resource.blank)

    @cached_property
    def bulk(self) -> AsyncCatalogInvitationsPlatformBulkResourceWithRawResponse:
        from .bulk import AsyncCatalogInvitationsPlatformBulkResourceWithRawResponse

        return AsyncCatalogInvitationsPlatformBulkResourceWithRawResponse(self._resource.bulk)

    @cached_property
    def check(self) -> AsyncCatalogInvitationsPlatformCheckResourceWithRawResponse:
        from .check import AsyncCatalogInvitationsPlatformCheckResourceWithRawResponse

        return AsyncCatalogInvitationsPlatformCheckResourceWithRawResponse(self._resource.check)

    @cached_property
    def redeem(self) -> AsyncCatalogInvitationsPlatformRedeemResourceWithRawResponse:
        from .redeem import AsyncCatalogInvitationsPlatformRedeemResourceWithRawResponse

        return AsyncCatalogInvitationsPlatformRedeemResourceWithRawResponse(self._resource.redeem)
