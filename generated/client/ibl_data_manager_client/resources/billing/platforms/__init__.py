"""`Client.billing.platforms`: 5 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .items import (
        AsyncBillingPlatformsItemsResource,
        AsyncBillingPlatformsItemsResourceWithRawResponse,
        BillingPlatformsItemsResource,
        BillingPlatformsItemsResourceWithRawResponse,
    )
    from .my_subscriptions import (
        AsyncBillingPlatformsMySubscriptionsResource,
        AsyncBillingPlatformsMySubscriptionsResourceWithRawResponse,
        BillingPlatformsMySubscriptionsResource,
        BillingPlatformsMySubscriptionsResourceWithRawResponse,
    )
    from .paywalls import (
        AsyncBillingPlatformsPaywallsResource,
        AsyncBillingPlatformsPaywallsResourceWithRawResponse,
        BillingPlatformsPaywallsResource,
        BillingPlatformsPaywallsResourceWithRawResponse,
    )
    from .revenue import (
        AsyncBillingPlatformsRevenueResource,
        AsyncBillingPlatformsRevenueResourceWithRawResponse,
        BillingPlatformsRevenueResource,
        BillingPlatformsRevenueResourceWithRawResponse,
    )
    from .subscribers import (
        AsyncBillingPlatformsSubscribersResource,
        AsyncBillingPlatformsSubscribersResourceWithRawResponse,
        BillingPlatformsSubscribersResource,
        BillingPlatformsSubscribersResourceWithRawResponse,
    )

__all__ = [
    "BillingPlatformsResource",
    "BillingPlatformsResourceWithRawResponse",
    "AsyncBillingPlatformsResource",
    "AsyncBillingPlatformsResourceWithRawResponse",
]


class BillingPlatformsResource:
    """`Client.billing.platforms`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BillingPlatformsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return BillingPlatformsResourceWithRawResponse(self)

    @cached_property
    def items(self) -> BillingPlatformsItemsResource:
        from .items import BillingPlatformsItemsResource

        return BillingPlatformsItemsResource(self._client)

    @cached_property
    def my_subscriptions(self) -> BillingPlatformsMySubscriptionsResource:
        from .my_subscriptions import BillingPlatformsMySubscriptionsResource

        return BillingPlatformsMySubscriptionsResource(self._client)

    @cached_property
    def paywalls(self) -> BillingPlatformsPaywallsResource:
        from .paywalls import BillingPlatformsPaywallsResource

        return BillingPlatformsPaywallsResource(self._client)

    @cached_property
    def revenue(self) -> BillingPlatformsRevenueResource:
        from .revenue import BillingPlatformsRevenueResource

        return BillingPlatformsRevenueResource(self._client)

    @cached_property
    def subscribers(self) -> BillingPlatformsSubscribersResource:
        from .subscribers import BillingPlatformsSubscribersResource

        return BillingPlatformsSubscribersResource(self._client)


class BillingPlatformsResourceWithRawResponse:
    """`Client.billing.platforms`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: BillingPlatformsResource) -> None:
        self._resource = resource

    @cached_property
    def items(self) -> BillingPlatformsItemsResourceWithRawResponse:
        from .items import BillingPlatformsItemsResourceWithRawResponse

        return BillingPlatformsItemsResourceWithRawResponse(self._resource.items)

    @cached_property
    def my_subscriptions(self) -> BillingPlatformsMySubscriptionsResourceWithRawResponse:
        from .my_subscriptions import BillingPlatformsMySubscriptionsResourceWithRawResponse

        return BillingPlatformsMySubscriptionsResourceWithRawResponse(
            self._resource.my_subscriptions
        )

    @cached_property
    def paywalls(self) -> BillingPlatformsPaywallsResourceWithRawResponse:
        from .paywalls import BillingPlatformsPaywallsResourceWithRawResponse

        return BillingPlatformsPaywallsResourceWithRawResponse(self._resource.paywalls)

    @cached_property
    def revenue(self) -> BillingPlatformsRevenueResourceWithRawResponse:
        from .revenue import BillingPlatformsRevenueResourceWithRawResponse

        return BillingPlatformsRevenueResourceWithRawResponse(self._resource.revenue)

    @cached_property
    def subscribers(self) -> BillingPlatformsSubscribersResourceWithRawResponse:
        from .subscribers import BillingPlatformsSubscribersResourceWithRawResponse

        return BillingPlatformsSubscribersResourceWithRawResponse(self._resource.subscribers)


class AsyncBillingPlatformsResource:
    """`AsyncClient.billing.platforms`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBillingPlatformsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncBillingPlatformsResourceWithRawResponse(self)

    @cached_property
    def items(self) -> AsyncBillingPlatformsItemsResource:
        from .items import AsyncBillingPlatformsItemsResource

        return AsyncBillingPlatformsItemsResource(self._client)

    @cached_property
    def my_subscriptions(self) -> AsyncBillingPlatformsMySubscriptionsResource:
        from .my_subscriptions import AsyncBillingPlatformsMySubscriptionsResource

        return AsyncBillingPlatformsMySubscriptionsResource(self._client)

    @cached_property
    def paywalls(self) -> AsyncBillingPlatformsPaywallsResource:
        from .paywalls import AsyncBillingPlatformsPaywallsResource

        return AsyncBillingPlatformsPaywallsResource(self._client)

    @cached_property
    def revenue(self) -> AsyncBillingPlatformsRevenueResource:
        from .revenue import AsyncBillingPlatformsRevenueResource

        return AsyncBillingPlatformsRevenueResource(self._client)

    @cached_property
    def subscribers(self) -> AsyncBillingPlatformsSubscribersResource:
        from .subscribers import AsyncBillingPlatformsSubscribersResource

        return AsyncBillingPlatformsSubscribersResource(self._client)


class AsyncBillingPlatformsResourceWithRawResponse:
    """`AsyncClient.billing.platforms`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncBillingPlatformsResource) -> None:
        self._resource = resource

    @cached_property
    def items(self) -> AsyncBillingPlatformsItemsResourceWithRawResponse:
        from .items import AsyncBillingPlatformsItemsResourceWithRawResponse

        return AsyncBillingPlatformsItemsResourceWithRawResponse(self._resource.items)

    @cached_property
    def my_subscriptions(self) -> AsyncBillingPlatformsMySubscriptionsResourceWithRawResponse:
        from .my_subscriptions import AsyncBillingPlatformsMySubscriptionsResourceWithRawResponse

        return AsyncBillingPlatformsMySubscriptionsResourceWithRawResponse(
            self._resource.my_subscriptions
        )

    @cached_property
    def paywalls(self) -> AsyncBillingPlatformsPaywallsResourceWithRawResponse:
        from .paywalls import AsyncBillingPlatformsPaywallsResourceWithRawResponse

        return AsyncBillingPlatformsPaywallsResourceWithRawResponse(self._resource.paywalls)

    @cached_property
    def revenue(self) -> AsyncBillingPlatformsRevenueResourceWithRawResponse:
        from .revenue import AsyncBillingPlatformsRevenueResourceWithRawResponse

        return AsyncBillingPlatformsRevenueResourceWithRawResponse(self._resource.revenue)

    @cached_property
    def subscribers(self) -> AsyncBillingPlatformsSubscribersResourceWithRawResponse:
        from .subscribers import AsyncBillingPlatformsSubscribersResourceWithRawResponse

        return AsyncBillingPlatformsSubscribersResourceWithRawResponse(self._resource.subscribers)
