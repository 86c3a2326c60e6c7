"""`Client.billing.platforms.items.subscription`: 1 operation and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.billing import (
    billing_platforms_items_subscription_retrieve as _billing_platforms_items_subscription_retrieve,
)
from ......models.item_subscription import ItemSubscription

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .cancel import (
        AsyncBillingPlatformsItemsSubscriptionCancelResource,
        AsyncBillingPlatformsItemsSubscriptionCancelResourceWithRawResponse,
        BillingPlatformsItemsSubscriptionCancelResource,
        BillingPlatformsItemsSubscriptionCancelResourceWithRawResponse,
    )

__all__ = [
    "BillingPlatformsItemsSubscriptionResource",
    "BillingPlatformsItemsSubscriptionResourceWithRawResponse",
    "AsyncBillingPlatformsItemsSubscriptionResource",
    "AsyncBillingPlatformsItemsSubscriptionResourceWithRawResponse",
]


class BillingPlatformsItemsSubscriptionResource:
    """`Client.billing.platforms.items.subscription`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BillingPlatformsItemsSubscriptionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return BillingPlatformsItemsSubscriptionResourceWithRawResponse(self)

    @cached_property
    def cancel(self) -> BillingPlatformsItemsSubscriptionCancelResource:
        from .cancel import BillingPlatformsItemsSubscriptionCancelResource

        return BillingPlatformsItemsSubscriptionCancelResource(self._client)

    def retrieve(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        **options: Unpack[RequestOptions],
    ) -> ItemSubscription:
        """Get user subscription

        Retrieve the current user's subscription to an item.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)

        Returns:
            ItemSubscription
        """
        return self._client._send(
            _billing_platforms_items_subscription_retrieve.OPERATION,
            _billing_platforms_items_subscription_retrieve.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id
            ),
            options,
        )


class BillingPlatformsItemsSubscriptionResourceWithRawResponse:
    """`Client.billing.platforms.items.subscription`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: BillingPlatformsItemsSubscriptionResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def cancel(self) -> BillingPlatformsItemsSubscriptionCancelResourceWithRawResponse:
        from .cancel import BillingPlatformsItemsSubscriptionCancelResourceWithRawResponse

        return BillingPlatformsItemsSubscriptionCancelResourceWithRawResponse(self._resource.cancel)


class AsyncBillingPlatformsItemsSubscriptionResource:
    """`AsyncClient.billing.platforms.items.subscription`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBillingPlatformsItemsSubscriptionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncBillingPlatformsItemsSubscriptionResourceWithRawResponse(self)

    @cached_property
    def cancel(self) -> AsyncBillingPlatformsItemsSubscriptionCancelResource:
        from .cancel import AsyncBillingPlatformsItemsSubscriptionCancelResource

        return AsyncBillingPlatformsItemsSubscriptionCancelResource(self._client)

    async def retrieve(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        **options: Unpack[RequestOptions],
    ) -> ItemSubscription:
        """Get user subscription

        Retrieve the current user's subscription to an item.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)

        Returns:
            ItemSubscription
        """
        return await self._client._send(
            _billing_platforms_items_subscription_retrieve.OPERATION,
            _billing_platforms_items_subscription_retrieve.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id
            ),
            options,
        )


class AsyncBillingPlatformsItemsSubscriptionResourceWithRawResponse:
    """`AsyncClient.billing.platforms.items.subscription`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncBillingPlatformsItemsSubscriptionResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def cancel(self) -> AsyncBillingPlatformsItemsSubscriptionCancelResourceWithRawResponse:
        from .cancel import AsyncBillingPlatformsItemsSubscriptionCancelResourceWithRawResponse

        return AsyncBillingPlatformsItemsSubscriptionCancelResourceWithRawResponse(
            self._resource.cancel
        )
