"""`Client.billing.platforms.items.pricing`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.billing import (
    billing_platforms_items_pricing_retrieve as _billing_platforms_items_pricing_retrieve,
)
from ......models.public_item_pricing import PublicItemPricing

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "BillingPlatformsItemsPricingResource",
    "BillingPlatformsItemsPricingResourceWithRawResponse",
    "AsyncBillingPlatformsItemsPricingResource",
    "AsyncBillingPlatformsItemsPricingResourceWithRawResponse",
]


class BillingPlatformsItemsPricingResource:
    """`Client.billing.platforms.items.pricing`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BillingPlatformsItemsPricingResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return BillingPlatformsItemsPricingResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        **options: Unpack[RequestOptions],
    ) -> PublicItemPricing:
        """Get public pricing

        Retrieve public pricing information for an item. No authentication required.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)

        Returns:
            PublicItemPricing
        """
        return self._client._send(
            _billing_platforms_items_pricing_retrieve.OPERATION,
            _billing_platforms_items_pricing_retrieve.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id
            ),
            options,
        )


class BillingPlatformsItemsPricingResourceWithRawResponse:
    """`Client.billing.platforms.items.pricing`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: BillingPlatformsItemsPricingResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncBillingPlatformsItemsPricingResource:
    """`AsyncClient.billing.platforms.items.pricing`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBillingPlatformsItemsPricingResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncBillingPlatformsItemsPricingResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        **options: Unpack[RequestOptions],
    ) -> PublicItemPricing:
        """Get public pricing

        Retrieve public pricing information for an item. No authentication required.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)

        Returns:
            PublicItemPricing
        """
        return await self._client._send(
            _billing_platforms_items_pricing_retrieve.OPERATION,
            _billing_platforms_items_pricing_retrieve.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id
            ),
            options,
        )


class AsyncBillingPlatformsItemsPricingResourceWithRawResponse:
    """`AsyncClient.billing.platforms.items.pricing`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncBillingPlatformsItemsPricingResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
