"""`Client.catalog.invitations.platform.redeem`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_invitations_platform_redeem_create as _catalog_invitations_platform_redeem_create,
)
from ......models.platform_invitation_detail import PlatformInvitationDetail
from ......models.platform_invitation_redemption import PlatformInvitationRedemption
from ......models.platform_invitation_redemption_metadata import (
    PlatformInvitationRedemptionMetadata,
)
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogInvitationsPlatformRedeemResource",
    "CatalogInvitationsPlatformRedeemResourceWithRawResponse",
    "AsyncCatalogInvitationsPlatformRedeemResource",
    "AsyncCatalogInvitationsPlatformRedeemResourceWithRawResponse",
]


class CatalogInvitationsPlatformRedeemResource:
    """`Client.catalog.invitations.platform.redeem`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogInvitationsPlatformRedeemResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogInvitationsPlatformRedeemResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: PlatformInvitationRedemption,
        **options: Unpack[RequestOptions],
    ) -> PlatformInvitationDetail: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        source: str,
        email: str | Unset = UNSET,
        username: str | Unset = UNSET,
        metadata: PlatformInvitationRedemptionMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformInvitationDetail: ...

    def create(
        self,
        *,
        body: PlatformInvitationRedemption | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        source: str | Unset = UNSET,
        email: str | Unset = UNSET,
        username: str | Unset = UNSET,
        metadata: PlatformInvitationRedemptionMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformInvitationDetail:
        """Redeem a blank platform invitation

        Args:
            body (PlatformInvitationRedemption, request body): Request serializer for
                PlatformInvitationRedemptionView POST endpoint
            Or the body's fields as keywords instead of body=: platform_key, source, email,
                username, metadata

        Returns:
            PlatformInvitationDetail
        """
        body = body_from_fields(
            "catalog.invitations.platform.redeem.create",
            body,
            PlatformInvitationRedemption,
            ["platform_key", "source"],
            (
                ("platform_key", "platform_key", platform_key),
                ("source", "source", source),
                ("email", "email", email),
                ("username", "username", username),
                ("metadata", "metadata", metadata),
            ),
        )
        return self._client._send(
            _catalog_invitations_platform_redeem_create.OPERATION,
            _catalog_invitations_platform_redeem_create.build_request(body=body),
            options,
        )


class CatalogInvitationsPlatformRedeemResourceWithRawResponse:
    """`Client.catalog.invitations.platform.redeem`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogInvitationsPlatformRedeemResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCatalogInvitationsPlatformRedeemResource:
    """`AsyncClient.catalog.invitations.platform.redeem`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogInvitationsPlatformRedeemResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogInvitationsPlatformRedeemResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: PlatformInvitationRedemption,
        **options: Unpack[RequestOptions],
    ) -> PlatformInvitationDetail: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        source: str,
        email: str | Unset = UNSET,
        username: str | Unset = UNSET,
        metadata: PlatformInvitationRedemptionMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformInvitationDetail: ...

    async def create(
        self,
        *,
        body: PlatformInvitationRedemption | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        source: str | Unset = UNSET,
        email: str | Unset = UNSET,
        username: str | Unset = UNSET,
        metadata: PlatformInvitationRedemptionMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformInvitationDetail:
        """Redeem a blank platform invitation

        Args:
            body (PlatformInvitationRedemption, request body): Request serializer for
                PlatformInvitationRedemptionView POST endpoint
            Or the body's fields as keywords instead of body=: platform_key, source, email,
                username, metadata

        Returns:
            PlatformInvitationDetail
        """
        body = body_from_fields(
            "catalog.invitations.platform.redeem.create",
            body,
            PlatformInvitationRedemption,
            ["platform_key", "source"],
            (
                ("platform_key", "platform_key", platform_key),
                ("source", "source", source),
                ("email", "email", email),
                ("username", "username", username),
                ("metadata", "metadata", metadata),
            ),
        )
        return await self._client._send(
            _catalog_invitations_platform_redeem_create.OPERATION,
            _catalog_invitations_platform_redeem_create.build_request(body=body),
            options,
        )


class AsyncCatalogInvitationsPlatformRedeemResourceWithRawResponse:
    """`AsyncClient.catalog.invitations.platform.redeem`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogInvitationsPlatformRedeemResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
