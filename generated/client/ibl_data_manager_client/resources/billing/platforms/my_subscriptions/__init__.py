"""`Client.billing.platforms.my_subscriptions`: 1 operation."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.billing import (
    billing_platforms_my_subscriptions_list as _billing_platforms_my_subscriptions_list,
)
from .....models.billing_platforms_my_subscriptions_list_item_type import (
    BillingPlatformsMySubscriptionsListItemType,
)
from .....models.billing_platforms_my_subscriptions_list_status import (
    BillingPlatformsMySubscriptionsListStatus,
)
from .....models.item_subscription_list import ItemSubscriptionList
from .....models.paginated_item_subscription_list_list import PaginatedItemSubscriptionListList
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "BillingPlatformsMySubscriptionsResource",
    "BillingPlatformsMySubscriptionsResourceWithRawResponse",
    "AsyncBillingPlatformsMySubscriptionsResource",
    "AsyncBillingPlatformsMySubscriptionsResourceWithRawResponse",
]


class BillingPlatformsMySubscriptionsResource:
    """`Client.billing.platforms.my_subscriptions`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BillingPlatformsMySubscriptionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return BillingPlatformsMySubscriptionsResourceWithRawResponse(self)

    def list(
        self,
        *,
        platform_key: str,
        item_type: BillingPlatformsMySubscriptionsListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: BillingPlatformsMySubscriptionsListStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedItemSubscriptionListList:
        """List user subscriptions

        Paginated list of the current user's subscriptions on a platform. Optionally filter by
        status or item_type.

        Args:
            platform_key (str, path)
            item_type (BillingPlatformsMySubscriptionsListItemType | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            status (BillingPlatformsMySubscriptionsListStatus | Unset, query)

        Returns:
            PaginatedItemSubscriptionListList
        """
        return self._client._send(
            _billing_platforms_my_subscriptions_list.OPERATION,
            _billing_platforms_my_subscriptions_list.build_request(
                platform_key=platform_key,
                item_type=item_type,
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
        item_type: BillingPlatformsMySubscriptionsListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: BillingPlatformsMySubscriptionsListStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[ItemSubscriptionList]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _billing_platforms_my_subscriptions_list.OPERATION,
            _billing_platforms_my_subscriptions_list.build_request(
                platform_key=platform_key,
                item_type=item_type,
                page=page,
                page_size=page_size,
                status=status,
            ),
            _billing_platforms_my_subscriptions_list.PAGE,
            options,
        )


class BillingPlatformsMySubscriptionsResourceWithRawResponse:
    """`Client.billing.platforms.my_subscriptions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: BillingPlatformsMySubscriptionsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncBillingPlatformsMySubscriptionsResource:
    """`AsyncClient.billing.platforms.my_subscriptions`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBillingPlatformsMySubscriptionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncBillingPlatformsMySubscriptionsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        platform_key: str,
        item_type: BillingPlatformsMySubscriptionsListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: BillingPlatformsMySubscriptionsListStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedItemSubscriptionListList:
        """List user subscriptions

        Paginated list of the current user's subscriptions on a platform. Optionally filter by
        status or item_type.

        Args:
            platform_key (str, path)
            item_type (BillingPlatformsMySubscriptionsListItemType | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            status (BillingPlatformsMySubscriptionsListStatus | Unset, query)

        Returns:
            PaginatedItemSubscriptionListList
        """
        return await self._client._send(
            _billing_platforms_my_subscriptions_list.OPERATION,
            _billing_platforms_my_subscriptions_list.build_request(
                platform_key=platform_key,
                item_type=item_type,
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
        item_type: BillingPlatformsMySubscriptionsListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: BillingPlatformsMySubscriptionsListStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[ItemSubscriptionList]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _billing_platforms_my_subscriptions_list.OPERATION,
            _billing_platforms_my_subscriptions_list.build_request(
                platform_key=platform_key,
                item_type=item_type,
                page=page,
                page_size=page_size,
                status=status,
            ),
            _billing_platforms_my_subscriptions_list.PAGE,
            options,
        )


class AsyncBillingPlatformsMySubscriptionsResourceWithRawResponse:
    """`AsyncClient.billing.platforms.my_subscriptions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncBillingPlatformsMySubscriptionsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
