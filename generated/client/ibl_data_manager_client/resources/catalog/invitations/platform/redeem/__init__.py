"""`Client.catalog.invitations.platform.redeem`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_invitations_platform_redeem_create as _catalog_invitations_platform_redeem_create,
)
from ......models.platform_invitation_detail import PlatformInvitationDetail
from ......models.platform_invitation_redemption import PlatformInvitationRedemption

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

    def create(
        self,
        *,
        body: PlatformInvitationRedemption,
        **options: Unpack[RequestOptions],
    ) -> PlatformInvitationDetail:
        """Redeem a blank platform invitation

        Args:
            body (PlatformInvitationRedemption, request body): Request serializer for
                PlatformInvitationRedemptionView POST endpoint

        Returns:
            PlatformInvitationDetail
        """
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

    async def create(
        self,
        *,
        body: PlatformInvitationRedemption,
        **options: Unpack[RequestOptions],
    ) -> PlatformInvitationDetail:
        """Redeem a blank platform invitation

        Args:
            body (PlatformInvitationRedemption, request body): Request serializer for
                PlatformInvitationRedemptionView POST endpoint

        Returns:
            PlatformInvitationDetail
        """
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
