"""`Client.billing.platforms.items.access_check`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.billing import (
    billing_platforms_items_access_check_retrieve as _billing_platforms_items_access_check_retrieve,
)
from ......models.item_access_check_response import ItemAccessCheckResponse

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "BillingPlatformsItemsAccessCheckResource",
    "BillingPlatformsItemsAccessCheckResourceWithRawResponse",
    "AsyncBillingPlatformsItemsAccessCheckResource",
    "AsyncBillingPlatformsItemsAccessCheckResourceWithRawResponse",
]


class BillingPlatformsItemsAccessCheckResource:
    """`Client.billing.platforms.items.access_check`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BillingPlatformsItemsAccessCheckResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return BillingPlatformsItemsAccessCheckResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        **options: Unpack[RequestOptions],
    ) -> ItemAccessCheckResponse:
        """Check whether the authenticated user has payment access to an item on a scoped platform.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)

        Returns:
            ItemAccessCheckResponse
        """
        return self._client._send(
            _billing_platforms_items_access_check_retrieve.OPERATION,
            _billing_platforms_items_access_check_retrieve.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id
            ),
            options,
        )


class BillingPlatformsItemsAccessCheckResourceWithRawResponse:
    """`Client.billing.platforms.items.access_check`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: BillingPlatformsItemsAccessCheckResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncBillingPlatformsItemsAccessCheckResource:
    """`AsyncClient.billing.platforms.items.access_check`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBillingPlatformsItemsAccessCheckResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncBillingPlatformsItemsAccessCheckResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        **options: Unpack[RequestOptions],
    ) -> ItemAccessCheckResponse:
        """Check whether the authenticated user has payment access to an item on a scoped platform.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)

        Returns:
            ItemAccessCheckResponse
        """
        return await self._client._send(
            _billing_platforms_items_access_check_retrieve.OPERATION,
            _billing_platforms_items_access_check_retrieve.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id
            ),
            options,
        )


class AsyncBillingPlatformsItemsAccessCheckResourceWithRawResponse:
    """`AsyncClient.billing.platforms.items.access_check`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncBillingPlatformsItemsAccessCheckResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
