"""`Client.billing.platforms.items.subscribers`: 1 operation."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.billing import (
    billing_platforms_items_subscribers_list as _billing_platforms_items_subscribers_list,
)
from ......models.billing_platforms_items_subscribers_list_status import (
    BillingPlatformsItemsSubscribersListStatus,
)
from ......models.item_subscription import ItemSubscription
from ......models.paginated_item_subscription_list import PaginatedItemSubscriptionList
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "BillingPlatformsItemsSubscribersResource",
    "BillingPlatformsItemsSubscribersResourceWithRawResponse",
    "AsyncBillingPlatformsItemsSubscribersResource",
    "AsyncBillingPlatformsItemsSubscribersResourceWithRawResponse",
]


class BillingPlatformsItemsSubscribersResource:
    """`Client.billing.platforms.items.subscribers`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BillingPlatformsItemsSubscribersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return BillingPlatformsItemsSubscribersResourceWithRawResponse(self)

    def list(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: BillingPlatformsItemsSubscribersListStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedItemSubscriptionList:
        """List item subscribers

        List all subscribers for an item. Optionally filter by subscription status.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)
            page (int | Unset, query)
            page_size (int | Unset, query)
            status (BillingPlatformsItemsSubscribersListStatus | Unset, query)

        Returns:
            PaginatedItemSubscriptionList
        """
        return self._client._send(
            _billing_platforms_items_subscribers_list.OPERATION,
            _billing_platforms_items_subscribers_list.build_request(
                platform_key=platform_key,
                item_type=item_type,
                item_id=item_id,
                page=page,
                page_size=page_size,
                status=status,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: BillingPlatformsItemsSubscribersListStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[ItemSubscription]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _billing_platforms_items_subscribers_list.OPERATION,
            _billing_platforms_items_subscribers_list.build_request(
                platform_key=platform_key,
                item_type=item_type,
                item_id=item_id,
                page=page,
                page_size=page_size,
                status=status,
            ),
            _billing_platforms_items_subscribers_list.PAGE,
            options,
        )


class BillingPlatformsItemsSubscribersResourceWithRawResponse:
    """`Client.billing.platforms.items.subscribers`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: BillingPlatformsItemsSubscribersResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncBillingPlatformsItemsSubscribersResource:
    """`AsyncClient.billing.platforms.items.subscribers`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBillingPlatformsItemsSubscribersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncBillingPlatformsItemsSubscribersResourceWithRawResponse(self)

    async def list(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: BillingPlatformsItemsSubscribersListStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedItemSubscriptionList:
        """List item subscribers

        List all subscribers for an item. Optionally filter by subscription status.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)
            page (int | Unset, query)
            page_size (int | Unset, query)
            status (BillingPlatformsItemsSubscribersListStatus | Unset, query)

        Returns:
            PaginatedItemSubscriptionList
        """
        return await self._client._send(
            _billing_platforms_items_subscribers_list.OPERATION,
            _billing_platforms_items_subscribers_list.build_request(
                platform_key=platform_key,
                item_type=item_type,
                item_id=item_id,
                page=page,
                page_size=page_size,
                status=status,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: BillingPlatformsItemsSubscribersListStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[ItemSubscription]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _billing_platforms_items_subscribers_list.OPERATION,
            _billing_platforms_items_subscribers_list.build_request(
                platform_key=platform_key,
                item_type=item_type,
                item_id=item_id,
                page=page,
                page_size=page_size,
                status=status,
            ),
            _billing_platforms_items_subscribers_list.PAGE,
            options,
        )


class AsyncBillingPlatformsItemsSubscribersResourceWithRawResponse:
    """`AsyncClient.billing.platforms.items.subscribers`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncBillingPlatformsItemsSubscribersResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
