"""`Client.catalog.invitations.platform.blank`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_invitations_platform_blank_create as _catalog_invitations_platform_blank_create,
)
from ......models.blank_platform_invitation_create import BlankPlatformInvitationCreate
from ......models.blank_platform_invitation_create_metadata import (
    BlankPlatformInvitationCreateMetadata,
)
from ......models.bulk_platform_invitation_response import BulkPlatformInvitationResponse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogInvitationsPlatformBlankResource",
    "CatalogInvitationsPlatformBlankResourceWithRawResponse",
    "AsyncCatalogInvitationsPlatformBlankResource",
    "AsyncCatalogInvitationsPlatformBlankResourceWithRawResponse",
]


class CatalogInvitationsPlatformBlankResource:
    """`Client.catalog.invitations.platform.blank`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogInvitationsPlatformBlankResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogInvitationsPlatformBlankResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: BlankPlatformInvitationCreate,
        **options: Unpack[RequestOptions],
    ) -> BulkPlatformInvitationResponse: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        source: str,
        count: int,
        metadata: BlankPlatformInvitationCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkPlatformInvitationResponse: ...

    def create(
        self,
        *,
        body: BlankPlatformInvitationCreate | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        source: str | Unset = UNSET,
        count: int | Unset = UNSET,
        metadata: BlankPlatformInvitationCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkPlatformInvitationResponse:
        """Create multiple blank platform invitations

        Args:
            body (BlankPlatformInvitationCreate, request body): Request serializer for
                BlankPlatformInvitationView POST endpoint
            Or the body's fields as keywords instead of body=: platform_key, source, count,
                metadata

        Returns:
            BulkPlatformInvitationResponse
        """
        body = body_from_fields(
            "catalog.invitations.platform.blank.create",
            body,
            BlankPlatformInvitationCreate,
            ["platform_key", "source", "count"],
            (
                ("platform_key", "platform_key", platform_key),
                ("source", "source", source),
                ("count", "count", count),
                ("metadata", "metadata", metadata),
            ),
        )
        return self._client._send(
            _catalog_invitations_platform_blank_create.OPERATION,
            _catalog_invitations_platform_blank_create.build_request(body=body),
            options,
        )


class CatalogInvitationsPlatformBlankResourceWithRawResponse:
    """`Client.catalog.invitations.platform.blank`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogInvitationsPlatformBlankResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCatalogInvitationsPlatformBlankResource:
    """`AsyncClient.catalog.invitations.platform.blank`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogInvitationsPlatformBlankResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogInvitationsPlatformBlankResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: BlankPlatformInvitationCreate,
        **options: Unpack[RequestOptions],
    ) -> BulkPlatformInvitationResponse: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        source: str,
        count: int,
        metadata: BlankPlatformInvitationCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkPlatformInvitationResponse: ...

    async def create(
        self,
        *,
        body: BlankPlatformInvitationCreate | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        source: str | Unset = UNSET,
        count: int | Unset = UNSET,
        metadata: BlankPlatformInvitationCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkPlatformInvitationResponse:
        """Create multiple blank platform invitations

        Args:
            body (BlankPlatformInvitationCreate, request body): Request serializer for
                BlankPlatformInvitationView POST endpoint
            Or the body's fields as keywords instead of body=: platform_key, source, count,
                metadata

        Returns:
            BulkPlatformInvitationResponse
        """
        body = body_from_fields(
            "catalog.invitations.platform.blank.create",
            body,
            BlankPlatformInvitationCreate,
            ["platform_key", "source", "count"],
            (
                ("platform_key", "platform_key", platform_key),
                ("source", "source", source),
                ("count", "count", count),
                ("metadata", "metadata", metadata),
            ),
        )
        return await self._client._send(
            _catalog_invitations_platform_blank_create.OPERATION,
            _catalog_invitations_platform_blank_create.build_request(body=body),
            options,
        )


class AsyncCatalogInvitationsPlatformBlankResourceWithRawResponse:
    """`AsyncClient.catalog.invitations.platform.blank`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogInvitationsPlatformBlankResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
