"""`Client.platforms`: 5 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .items import (
        AsyncPlatformsItemsResource,
        AsyncPlatformsItemsResourceWithRawResponse,
        PlatformsItemsResource,
        PlatformsItemsResourceWithRawResponse,
    )
    from .my_subscriptions import (
        AsyncPlatformsMySubscriptionsResource,
        AsyncPlatformsMySubscriptionsResourceWithRawResponse,
        PlatformsMySubscriptionsResource,
        PlatformsMySubscriptionsResourceWithRawResponse,
    )
    from .paywalls import (
        AsyncPlatformsPaywallsResource,
        AsyncPlatformsPaywallsResourceWithRawResponse,
        PlatformsPaywallsResource,
        PlatformsPaywallsResourceWithRawResponse,
    )
    from .revenue import (
        AsyncPlatformsRevenueResource,
        AsyncPlatformsRevenueResourceWithRawResponse,
        PlatformsRevenueResource,
        PlatformsRevenueResourceWithRawResponse,
    )
    from .subscribers import (
        AsyncPlatformsSubscribersResource,
        AsyncPlatformsSubscribersResourceWithRawResponse,
        PlatformsSubscribersResource,
        PlatformsSubscribersResourceWithRawResponse,
    )

__all__ = [
    "PlatformsResource",
    "PlatformsResourceWithRawResponse",
    "AsyncPlatformsResource",
    "AsyncPlatformsResourceWithRawResponse",
]


class PlatformsResource:
    """`Client.platforms`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformsResourceWithRawResponse(self)

    @cached_property
    def items(self) -> PlatformsItemsResource:
        from .items import PlatformsItemsResource

        return PlatformsItemsResource(self._client)

    @cached_property
    def my_subscriptions(self) -> PlatformsMySubscriptionsResource:
        from .my_subscriptions import PlatformsMySubscriptionsResource

        return PlatformsMySubscriptionsResource(self._client)

    @cached_property
    def paywalls(self) -> PlatformsPaywallsResource:
        from .paywalls import PlatformsPaywallsResource

        return PlatformsPaywallsResource(self._client)

    @cached_property
    def revenue(self) -> PlatformsRevenueResource:
        from .revenue import PlatformsRevenueResource

        return PlatformsRevenueResource(self._client)

    @cached_property
    def subscribers(self) -> PlatformsSubscribersResource:
        from .subscribers import PlatformsSubscribersResource

        return PlatformsSubscribersResource(self._client)


class PlatformsResourceWithRawResponse:
    """`Client.platforms`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformsResource) -> None:
        self._resource = resource

    @cached_property
    def items(self) -> PlatformsItemsResourceWithRawResponse:
        from .items import PlatformsItemsResourceWithRawResponse

        return PlatformsItemsResourceWithRawResponse(self._resource.items)

    @cached_property
    def my_subscriptions(self) -> PlatformsMySubscriptionsResourceWithRawResponse:
        from .my_subscriptions import PlatformsMySubscriptionsResourceWithRawResponse

        return PlatformsMySubscriptionsResourceWithRawResponse(self._resource.my_subscriptions)

    @cached_property
    def paywalls(self) -> PlatformsPaywallsResourceWithRawResponse:
        from .paywalls import PlatformsPaywallsResourceWithRawResponse

        return PlatformsPaywallsResourceWithRawResponse(self._resource.paywalls)

    @cached_property
    def revenue(self) -> PlatformsRevenueResourceWithRawResponse:
        from .revenue import PlatformsRevenueResourceWithRawResponse

        return PlatformsRevenueResourceWithRawResponse(self._resource.revenue)

    @cached_property
    def subscribers(self) -> PlatformsSubscribersResourceWithRawResponse:
        from .subscribers import PlatformsSubscribersResourceWithRawResponse

        return PlatformsSubscribersResourceWithRawResponse(self._resource.subscribers)


class AsyncPlatformsResource:
    """`AsyncClient.platforms`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformsResourceWithRawResponse(self)

    @cached_property
    def items(self) -> AsyncPlatformsItemsResource:
        from .items import AsyncPlatformsItemsResource

        return AsyncPlatformsItemsResource(self._client)

    @cached_property
    def my_subscriptions(self) -> AsyncPlatformsMySubscriptionsResource:
        from .my_subscriptions import AsyncPlatformsMySubscriptionsResource

        return AsyncPlatformsMySubscriptionsResource(self._client)

    @cached_property
    def paywalls(self) -> AsyncPlatformsPaywallsResource:
        from .paywalls import AsyncPlatformsPaywallsResource

        return AsyncPlatformsPaywallsResource(self._client)

    @cached_property
    def revenue(self) -> AsyncPlatformsRevenueResource:
        from .revenue import AsyncPlatformsRevenueResource

        return AsyncPlatformsRevenueResource(self._client)

    @cached_property
    def subscribers(self) -> AsyncPlatformsSubscribersResource:
        from .subscribers import AsyncPlatformsSubscribersResource

        return AsyncPlatformsSubscribersResource(self._client)


class AsyncPlatformsResourceWithRawResponse:
    """`AsyncClient.platforms`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformsResource) -> None:
        self._resource = resource

    @cached_property
    def items(self) -> AsyncPlatformsItemsResourceWithRawResponse:
        from .items import AsyncPlatformsItemsResourceWithRawResponse

        return AsyncPlatformsItemsResourceWithRawResponse(self._resource.items)

    @cached_property
    def my_subscriptions(self) -> AsyncPlatformsMySubscriptionsResourceWithRawResponse:
        from .my_subscriptions import AsyncPlatformsMySubscriptionsResourceWithRawResponse

        return AsyncPlatformsMySubscriptionsResourceWithRawResponse(self._resource.my_subscriptions)

    @cached_property
    def paywalls(self) -> AsyncPlatformsPaywallsResourceWithRawResponse:
        from .paywalls import AsyncPlatformsPaywallsResourceWithRawResponse

        return AsyncPlatformsPaywallsResourceWithRawResponse(self._resource.paywalls)

    @cached_property
    def revenue(self) -> AsyncPlatformsRevenueResourceWithRawResponse:
        from .revenue import AsyncPlatformsRevenueResourceWithRawResponse

        return AsyncPlatformsRevenueResourceWithRawResponse(self._resource.revenue)

    @cached_property
    def subscribers(self) -> AsyncPlatformsSubscribersResourceWithRawResponse:
        from .subscribers import AsyncPlatformsSubscribersResourceWithRawResponse

        return AsyncPlatformsSubscribersResourceWithRawResponse(self._resource.subscribers)
