"""`Client.billing.platforms.subscribers`: 1 operation."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.billing import (
    billing_platforms_subscribers_list as _billing_platforms_subscribers_list,
)
from .....models.billing_platforms_subscribers_list_item_type import (
    BillingPlatformsSubscribersListItemType,
)
from .....models.billing_platforms_subscribers_list_status import (
    BillingPlatformsSubscribersListStatus,
)
from .....models.item_subscription_list import ItemSubscriptionList
from .....models.paginated_item_subscription_list_list import PaginatedItemSubscriptionListList
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "BillingPlatformsSubscribersResource",
    "BillingPlatformsSubscribersResourceWithRawResponse",
    "AsyncBillingPlatformsSubscribersResource",
    "AsyncBillingPlatformsSubscribersResourceWithRawResponse",
]


class BillingPlatformsSubscribersResource:
    """`Client.billing.platforms.subscribers`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BillingPlatformsSubscribersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return BillingPlatformsSubscribersResourceWithRawResponse(self)

    def list(
        self,
        *,
        platform_key: str,
        item_type: BillingPlatformsSubscribersListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: BillingPlatformsSubscribersListStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedItemSubscriptionListList:
        """List all platform subscribers

        Paginated list of all subscribers across all items on a platform. Filterable by status
        and item_type.

        Args:
            platform_key (str, path)
            item_type (BillingPlatformsSubscribersListItemType | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            status (BillingPlatformsSubscribersListStatus | Unset, query)

        Returns:
            PaginatedItemSubscriptionListList
        """
        return self._client._send(
            _billing_platforms_subscribers_list.OPERATION,
            _billing_platforms_subscribers_list.build_request(
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
        item_type: BillingPlatformsSubscribersListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: BillingPlatformsSubscribersListStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[ItemSubscriptionList]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _billing_platforms_subscribers_list.OPERATION,
            _billing_platforms_subscribers_list.build_request(
                platform_key=platform_key,
                item_type=item_type,
                page=page,
                page_size=page_size,
                status=status,
            ),
            _billing_platforms_subscribers_list.PAGE,
            options,
        )


class BillingPlatformsSubscribersResourceWithRawResponse:
    """`Client.billing.platforms.subscribers`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: BillingPlatformsSubscribersResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncBillingPlatformsSubscribersResource:
    """`AsyncClient.billing.platforms.subscribers`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBillingPlatformsSubscribersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncBillingPlatformsSubscribersResourceWithRawResponse(self)

    async def list(
        self,
        *,
        platform_key: str,
        item_type: BillingPlatformsSubscribersListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: BillingPlatformsSubscribersListStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedItemSubscriptionListList:
        """List all platform subscribers

        Paginated list of all subscribers across all items on a platform. Filterable by status
        and item_type.

        Args:
            platform_key (str, path)
            item_type (BillingPlatformsSubscribersListItemType | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            status (BillingPlatformsSubscribersListStatus | Unset, query)

        Returns:
            PaginatedItemSubscriptionListList
        """
        return await self._client._send(
            _billing_platforms_subscribers_list.OPERATION,
            _billing_platforms_subscribers_list.build_request(
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
        item_type: BillingPlatformsSubscribersListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: BillingPlatformsSubscribersListStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[ItemSubscriptionList]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _billing_platforms_subscribers_list.OPERATION,
            _billing_platforms_subscribers_list.build_request(
                platform_key=platform_key,
                item_type=item_type,
                page=page,
                page_size=page_size,
                status=status,
            ),
            _billing_platforms_subscribers_list.PAGE,
            options,
        )


class AsyncBillingPlatformsSubscribersResourceWithRawResponse:
    """`AsyncClient.billing.platforms.subscribers`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncBillingPlatformsSubscribersResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
