"""`Client.billing.platforms.items`: 8 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .access_check import (
        AsyncBillingPlatformsItemsAccessCheckResource,
        AsyncBillingPlatformsItemsAccessCheckResourceWithRawResponse,
        BillingPlatformsItemsAccessCheckResource,
        BillingPlatformsItemsAccessCheckResourceWithRawResponse,
    )
    from .checkout import (
        AsyncBillingPlatformsItemsCheckoutResource,
        AsyncBillingPlatformsItemsCheckoutResourceWithRawResponse,
        BillingPlatformsItemsCheckoutResource,
        BillingPlatformsItemsCheckoutResourceWithRawResponse,
    )
    from .checkout_callback import (
        AsyncBillingPlatformsItemsCheckoutCallbackResource,
        AsyncBillingPlatformsItemsCheckoutCallbackResourceWithRawResponse,
        BillingPlatformsItemsCheckoutCallbackResource,
        BillingPlatformsItemsCheckoutCallbackResourceWithRawResponse,
    )
    from .checkout_guest import (
        AsyncBillingPlatformsItemsCheckoutGuestResource,
        AsyncBillingPlatformsItemsCheckoutGuestResourceWithRawResponse,
        BillingPlatformsItemsCheckoutGuestResource,
        BillingPlatformsItemsCheckoutGuestResourceWithRawResponse,
    )
    from .paywall import (
        AsyncBillingPlatformsItemsPaywallResource,
        AsyncBillingPlatformsItemsPaywallResourceWithRawResponse,
        BillingPlatformsItemsPaywallResource,
        BillingPlatformsItemsPaywallResourceWithRawResponse,
    )
    from .pricing import (
        AsyncBillingPlatformsItemsPricingResource,
        AsyncBillingPlatformsItemsPricingResourceWithRawResponse,
        BillingPlatformsItemsPricingResource,
        BillingPlatformsItemsPricingResourceWithRawResponse,
    )
    from .subscribers import (
        AsyncBillingPlatformsItemsSubscribersResource,
        AsyncBillingPlatformsItemsSubscribersResourceWithRawResponse,
        BillingPlatformsItemsSubscribersResource,
        BillingPlatformsItemsSubscribersResourceWithRawResponse,
    )
    from .subscription import (
        AsyncBillingPlatformsItemsSubscriptionResource,
        AsyncBillingPlatformsItemsSubscriptionResourceWithRawResponse,
        BillingPlatformsItemsSubscriptionResource,
        BillingPlatformsItemsSubscriptionResourceWithRawResponse,
    )

__all__ = [
    "BillingPlatformsItemsResource",
    "BillingPlatformsItemsResourceWithRawResponse",
    "AsyncBillingPlatformsItemsResource",
    "AsyncBillingPlatformsItemsResourceWithRawResponse",
]


class BillingPlatformsItemsResource:
    """`Client.billing.platforms.items`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BillingPlatformsItemsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return BillingPlatformsItemsResourceWithRawResponse(self)

    @cached_property
    def access_check(self) -> BillingPlatformsItemsAccessCheckResource:
        from .access_check import BillingPlatformsItemsAccessCheckResource

        return BillingPlatformsItemsAccessCheckResource(self._client)

    @cached_property
    def checkout(self) -> BillingPlatformsItemsCheckoutResource:
        from .checkout import BillingPlatformsItemsCheckoutResource

        return BillingPlatformsItemsCheckoutResource(self._client)

    @cached_property
    def checkout_callback(self) -> BillingPlatformsItemsCheckoutCallbackResource:
        from .checkout_callback import BillingPlatformsItemsCheckoutCallbackResource

        return BillingPlatformsItemsCheckoutCallbackResource(self._client)

    @cached_property
    def checkout_guest(self) -> BillingPlatformsItemsCheckoutGuestResource:
        from .checkout_guest import BillingPlatformsItemsCheckoutGuestResource

        return BillingPlatformsItemsCheckoutGuestResource(self._client)

    @cached_property
    def paywall(self) -> BillingPlatformsItemsPaywallResource:
        from .paywall import BillingPlatformsItemsPaywallResource

        return BillingPlatformsItemsPaywallResource(self._client)

    @cached_property
    def pricing(self) -> BillingPlatformsItemsPricingResource:
        from .pricing import BillingPlatformsItemsPricingResource

        return BillingPlatformsItemsPricingResource(self._client)

    @cached_property
    def subscribers(self) -> BillingPlatformsItemsSubscribersResource:
        from .subscribers import BillingPlatformsItemsSubscribersResource

        return BillingPlatformsItemsSubscribersResource(self._client)

    @cached_property
    def subscription(self) -> BillingPlatformsItemsSubscriptionResource:
        from .subscription import BillingPlatformsItemsSubscriptionResource

        return BillingPlatformsItemsSubscriptionResource(self._client)


class BillingPlatformsItemsResourceWithRawResponse:
    """`Client.billing.platforms.items`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: BillingPlatformsItemsResource) -> None:
        self._resource = resource

    @cached_property
    def access_check(self) -> BillingPlatformsItemsAccessCheckResourceWithRawResponse:
        from .access_check import BillingPlatformsItemsAccessCheckResourceWithRawResponse

        return BillingPlatformsItemsAccessCheckResourceWithRawResponse(self._resource.access_check)

    @cached_property
    def checkout(self) -> BillingPlatformsItemsCheckoutResourceWithRawResponse:
        from .checkout import BillingPlatformsItemsCheckoutResourceWithRawResponse

        return BillingPlatformsItemsCheckoutResourceWithRawResponse(self._resource.checkout)

    @cached_property
    def checkout_callback(self) -> BillingPlatformsItemsCheckoutCallbackResourceWithRawResponse:
        from .checkout_callback import BillingPlatformsItemsCheckoutCallbackResourceWithRawResponse

        return BillingPlatformsItemsCheckoutCallbackResourceWithRawResponse(
            self._resource.checkout_callback
        )

    @cached_property
    def checkout_guest(self) -> BillingPlatformsItemsCheckoutGuestResourceWithRawResponse:
        from .checkout_guest import BillingPlatformsItemsCheckoutGuestResourceWithRawResponse

        return BillingPlatformsItemsCheckoutGuestResourceWithRawResponse(
            self._resource.checkout_guest
        )

    @cached_property
    def paywall(self) -> BillingPlatformsItemsPaywallResourceWithRawResponse:
        from .paywall import BillingPlatformsItemsPaywallResourceWithRawResponse

        return BillingPlatformsItemsPaywallResourceWithRawResponse(self._resource.paywall)

    @cached_property
    def pricing(self) -> BillingPlatformsItemsPricingResourceWithRawResponse:
        from .pricing import BillingPlatformsItemsPricingResourceWithRawResponse

        return BillingPlatformsItemsPricingResourceWithRawResponse(self._resource.pricing)

    @cached_property
    def subscribers(self) -> BillingPlatformsItemsSubscribersResourceWithRawResponse:
        from .subscribers import BillingPlatformsItemsSubscribersResourceWithRawResponse

        return BillingPlatformsItemsSubscribersResourceWithRawResponse(self._resource.subscribers)

    @cached_property
    def subscription(self) -> BillingPlatformsItemsSubscriptionResourceWithRawResponse:
        from .subscription import BillingPlatformsItemsSubscriptionResourceWithRawResponse

        return BillingPlatformsItemsSubscriptionResourceWithRawResponse(self._resource.subscription)


class AsyncBillingPlatformsItemsResource:
    """`AsyncClient.billing.platforms.items`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBillingPlatformsItemsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncBillingPlatformsItemsResourceWithRawResponse(self)

    @cached_property
    def access_check(self) -> AsyncBillingPlatformsItemsAccessCheckResource:
        from .access_check import AsyncBillingPlatformsItemsAccessCheckResource

        return AsyncBillingPlatformsItemsAccessCheckResource(self._client)

    @cached_property
    def checkout(self) -> AsyncBillingPlatformsItemsCheckoutResource:
        from .checkout import AsyncBillingPlatformsItemsCheckoutResource

        return AsyncBillingPlatformsItemsCheckoutResource(self._client)

    @cached_property
    def checkout_callback(self) -> AsyncBillingPlatformsItemsCheckoutCallbackResource:
        from .checkout_callback import AsyncBillingPlatformsItemsCheckoutCallbackResource

        return AsyncBillingPlatformsItemsCheckoutCallbackResource(self._client)

    @cached_property
    def checkout_guest(self) -> AsyncBillingPlatformsItemsCheckoutGuestResource:
        from .checkout_guest import AsyncBillingPlatformsItemsCheckoutGuestResource

        return AsyncBillingPlatformsItemsCheckoutGuestResource(self._client)

    @cached_property
    def paywall(self) -> AsyncBillingPlatformsItemsPaywallResource:
        from .paywall import AsyncBillingPlatformsItemsPaywallResource

        return AsyncBillingPlatformsItemsPaywallResource(self._client)

    @cached_property
    def pricing(self) -> AsyncBillingPlatformsItemsPricingResource:
        from .pricing import AsyncBillingPlatformsItemsPricingResource

        return AsyncBillingPlatformsItemsPricingResource(self._client)

    @cached_property
    def subscribers(self) -> AsyncBillingPlatformsItemsSubscribersResource:
        from .subscribers import AsyncBillingPlatformsItemsSubscribersResource

        return AsyncBillingPlatformsItemsSubscribersResource(self._client)

    @cached_property
    def subscription(self) -> AsyncBillingPlatformsItemsSubscriptionResource:
        from .subscription import AsyncBillingPlatformsItemsSubscriptionResource

        return AsyncBillingPlatformsItemsSubscriptionResource(self._client)


class AsyncBillingPlatformsItemsResourceWithRawResponse:
    """`AsyncClient.billing.platforms.items`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncBillingPlatformsItemsResource) -> None:
        self._resource = resource

    @cached_property
    def access_check(self) -> AsyncBillingPlatformsItemsAccessCheckResourceWithRawResponse:
        from .access_check import AsyncBillingPlatformsItemsAccessCheckResourceWithRawResponse

        return AsyncBillingPlatformsItemsAccessCheckResourceWithRawResponse(
            self._resource.access_check
        )

    @cached_property
    def checkout(self) -> AsyncBillingPlatformsItemsCheckoutResourceWithRawResponse:
        from .checkout import AsyncBillingPlatformsItemsCheckoutResourceWithRawResponse

        return AsyncBillingPlatformsItemsCheckoutResourceWithRawResponse(self._resource.checkout)

    @cached_property
    def checkout_callback(
        self,
    ) -> AsyncBillingPlatformsItemsCheckoutCallbackResourceWithRawResponse:
        from .checkout_callback import (
            AsyncBillingPlatformsItemsCheckoutCallbackResourceWithRawResponse,
        )

        return AsyncBillingPlatformsItemsCheckoutCallbackResourceWithRawResponse(
            self._resource.checkout_callback
        )

    @cached_property
    def checkout_guest(self) -> AsyncBillingPlatformsItemsCheckoutGuestResourceWithRawResponse:
        from .checkout_guest import AsyncBillingPlatformsItemsCheckoutGuestResourceWithRawResponse

        return AsyncBillingPlatformsItemsCheckoutGuestResourceWithRawResponse(
            self._resource.checkout_guest
        )

    @cached_property
    def paywall(self) -> AsyncBillingPlatformsItemsPaywallResourceWithRawResponse:
        from .paywall import AsyncBillingPlatformsItemsPaywallResourceWithRawResponse

        return AsyncBillingPlatformsItemsPaywallResourceWithRawResponse(self._resource.paywall)

    @cached_property
    def pricing(self) -> AsyncBillingPlatformsItemsPricingResourceWithRawResponse:
        from .pricing import AsyncBillingPlatformsItemsPricingResourceWithRawResponse

        return AsyncBillingPlatformsItemsPricingResourceWithRawResponse(self._resource.pricing)

    @cached_property
    def subscribers(self) -> AsyncBillingPlatformsItemsSubscribersResourceWithRawResponse:
        from .subscribers import AsyncBillingPlatformsItemsSubscribersResourceWithRawResponse

        return AsyncBillingPlatformsItemsSubscribersResourceWithRawResponse(
            self._resource.subscribers
        )

    @cached_property
    def subscription(self) -> AsyncBillingPlatformsItemsSubscriptionResourceWithRawResponse:
        from .subscription import AsyncBillingPlatformsItemsSubscriptionResourceWithRawResponse

        return AsyncBillingPlatformsItemsSubscriptionResourceWithRawResponse(
            self._resource.subscription
        )
