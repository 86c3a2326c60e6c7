"""`Client.catalog.invitations.platform.check`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_invitations_platform_check_retrieve as _catalog_invitations_platform_check_retrieve,
)

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogInvitationsPlatformCheckResource",
    "CatalogInvitationsPlatformCheckResourceWithRawResponse",
    "AsyncCatalogInvitationsPlatformCheckResource",
    "AsyncCatalogInvitationsPlatformCheckResourceWithRawResponse",
]


class CatalogInvitationsPlatformCheckResource:
    """`Client.catalog.invitations.platform.check`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogInvitationsPlatformCheckResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogInvitationsPlatformCheckResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        email: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Check if a user has an active platform invitation

        Args:
            email (str, query)

        Returns:
            None
        """
        return self._client._send(
            _catalog_invitations_platform_check_retrieve.OPERATION,
            _catalog_invitations_platform_check_retrieve.build_request(email=email),
            options,
        )


class CatalogInvitationsPlatformCheckResourceWithRawResponse:
    """`Client.catalog.invitations.platform.check`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogInvitationsPlatformCheckResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncCatalogInvitationsPlatformCheckResource:
    """`AsyncClient.catalog.invitations.platform.check`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogInvitationsPlatformCheckResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogInvitationsPlatformCheckResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        email: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Check if a user has an active platform invitation

        Args:
            email (str, query)

        Returns:
            None
        """
        return await self._client._send(
            _catalog_invitations_platform_check_retrieve.OPERATION,
            _catalog_invitations_platform_check_retrieve.build_request(email=email),
            options,
        )


class AsyncCatalogInvitationsPlatformCheckResourceWithRawResponse:
    """`AsyncClient.catalog.invitations.platform.check`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogInvitationsPlatformCheckResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
