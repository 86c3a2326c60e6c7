"""`Client.platforms.items.subscription`: 1 operation and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.platforms import (
    platforms_items_subscription_retrieve as _platforms_items_subscription_retrieve,
)
from .....models.item_subscription import ItemSubscription

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .cancel import (
        AsyncPlatformsItemsSubscriptionCancelResource,
        AsyncPlatformsItemsSubscriptionCancelResourceWithRawResponse,
        PlatformsItemsSubscriptionCancelResource,
        PlatformsItemsSubscriptionCancelResourceWithRawResponse,
    )

__all__ = [
    "PlatformsItemsSubscriptionResource",
    "PlatformsItemsSubscriptionResourceWithRawResponse",
    "AsyncPlatformsItemsSubscriptionResource",
    "AsyncPlatformsItemsSubscriptionResourceWithRawResponse",
]


class PlatformsItemsSubscriptionResource:
    """`Client.platforms.items.subscription`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformsItemsSubscriptionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformsItemsSubscriptionResourceWithRawResponse(self)

    @cached_property
    def cancel(self) -> PlatformsItemsSubscriptionCancelResource:
        from .cancel import PlatformsItemsSubscriptionCancelResource

        return PlatformsItemsSubscriptionCancelResource(self._client)

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
            _platforms_items_subscription_retrieve.OPERATION,
            _platforms_items_subscription_retrieve.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id
            ),
            options,
        )


class PlatformsItemsSubscriptionResourceWithRawResponse:
    """`Client.platforms.items.subscription`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformsItemsSubscriptionResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def cancel(self) -> PlatformsItemsSubscriptionCancelResourceWithRawResponse:
        from .cancel import PlatformsItemsSubscriptionCancelResourceWithRawResponse

        return PlatformsItemsSubscriptionCancelResourceWithRawResponse(self._resource.cancel)


class AsyncPlatformsItemsSubscriptionResource:
    """`AsyncClient.platforms.items.subscription`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformsItemsSubscriptionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformsItemsSubscriptionResourceWithRawResponse(self)

    @cached_property
    def cancel(self) -> AsyncPlatformsItemsSubscriptionCancelResource:
        from .cancel import AsyncPlatformsItemsSubscriptionCancelResource

        return AsyncPlatformsItemsSubscriptionCancelResource(self._client)

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
            _platforms_items_subscription_retrieve.OPERATION,
            _platforms_items_subscription_retrieve.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id
            ),
            options,
        )


class AsyncPlatformsItemsSubscriptionResourceWithRawResponse:
    """`AsyncClient.platforms.items.subscription`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformsItemsSubscriptionResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def cancel(self) -> AsyncPlatformsItemsSubscriptionCancelResourceWithRawResponse:
        from .cancel import AsyncPlatformsItemsSubscriptionCancelResourceWithRawResponse

        return AsyncPlatformsItemsSubscriptionCancelResourceWithRawResponse(self._resource.cancel)
