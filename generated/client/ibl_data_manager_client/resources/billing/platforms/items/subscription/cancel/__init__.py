"""`Client.billing.platforms.items.subscription.cancel`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.billing import (
    billing_platforms_items_subscription_cancel_create as _billing_platforms_items_subscription_cancel_create,
)
from .......models.portal_url_response import PortalUrlResponse

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "BillingPlatformsItemsSubscriptionCancelResource",
    "BillingPlatformsItemsSubscriptionCancelResourceWithRawResponse",
    "AsyncBillingPlatformsItemsSubscriptionCancelResource",
    "AsyncBillingPlatformsItemsSubscriptionCancelResourceWithRawResponse",
]


class BillingPlatformsItemsSubscriptionCancelResource:
    """`Client.billing.platforms.items.subscription.cancel`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BillingPlatformsItemsSubscriptionCancelResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return BillingPlatformsItemsSubscriptionCancelResourceWithRawResponse(self)

    def create(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        **options: Unpack[RequestOptions],
    ) -> PortalUrlResponse:
        """Cancel subscription

        Cancel the current user's subscription. Returns a Stripe customer portal URL for
        recurring subscriptions, or cancels directly for one-time purchases.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)

        Returns:
            PortalUrlResponse
        """
        return self._client._send(
            _billing_platforms_items_subscription_cancel_create.OPERATION,
            _billing_platforms_items_subscription_cancel_create.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id
            ),
            options,
        )


class BillingPlatformsItemsSubscriptionCancelResourceWithRawResponse:
    """`Client.billing.platforms.items.subscription.cancel`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: BillingPlatformsItemsSubscriptionCancelResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncBillingPlatformsItemsSubscriptionCancelResource:
    """`AsyncClient.billing.platforms.items.subscription.cancel`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncBillingPlatformsItemsSubscriptionCancelResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncBillingPlatformsItemsSubscriptionCancelResourceWithRawResponse(self)

    async def create(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        **options: Unpack[RequestOptions],
    ) -> PortalUrlResponse:
        """Cancel subscription

        Cancel the current user's subscription. Returns a Stripe customer portal URL for
        recurring subscriptions, or cancels directly for one-time purchases.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)

        Returns:
            PortalUrlResponse
        """
        return await self._client._send(
            _billing_platforms_items_subscription_cancel_create.OPERATION,
            _billing_platforms_items_subscription_cancel_create.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id
            ),
            options,
        )


class AsyncBillingPlatformsItemsSubscriptionCancelResourceWithRawResponse:
    """`AsyncClient.billing.platforms.items.subscription.cancel`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncBillingPlatformsItemsSubscriptionCancelResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
