"""`Client.platforms.items`: 8 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .access_check import (
        AsyncPlatformsItemsAccessCheckResource,
        AsyncPlatformsItemsAccessCheckResourceWithRawResponse,
        PlatformsItemsAccessCheckResource,
        PlatformsItemsAccessCheckResourceWithRawResponse,
    )
    from .checkout import (
        AsyncPlatformsItemsCheckoutResource,
        AsyncPlatformsItemsCheckoutResourceWithRawResponse,
        PlatformsItemsCheckoutResource,
        PlatformsItemsCheckoutResourceWithRawResponse,
    )
    from .checkout_callback import (
        AsyncPlatformsItemsCheckoutCallbackResource,
        AsyncPlatformsItemsCheckoutCallbackResourceWithRawResponse,
        PlatformsItemsCheckoutCallbackResource,
        PlatformsItemsCheckoutCallbackResourceWithRawResponse,
    )
    from .checkout_guest import (
        AsyncPlatformsItemsCheckoutGuestResource,
        AsyncPlatformsItemsCheckoutGuestResourceWithRawResponse,
        PlatformsItemsCheckoutGuestResource,
        PlatformsItemsCheckoutGuestResourceWithRawResponse,
    )
    from .paywall import (
        AsyncPlatformsItemsPaywallResource,
        AsyncPlatformsItemsPaywallResourceWithRawResponse,
        PlatformsItemsPaywallResource,
        PlatformsItemsPaywallResourceWithRawResponse,
    )
    from .pricing import (
        AsyncPlatformsItemsPricingResource,
        AsyncPlatformsItemsPricingResourceWithRawResponse,
        PlatformsItemsPricingResource,
        PlatformsItemsPricingResourceWithRawResponse,
    )
    from .subscribers import (
        AsyncPlatformsItemsSubscribersResource,
        AsyncPlatformsItemsSubscribersResourceWithRawResponse,
        PlatformsItemsSubscribersResource,
        PlatformsItemsSubscribersResourceWithRawResponse,
    )
    from .subscription import (
        AsyncPlatformsItemsSubscriptionResource,
        AsyncPlatformsItemsSubscriptionResourceWithRawResponse,
        PlatformsItemsSubscriptionResource,
        PlatformsItemsSubscriptionResourceWithRawResponse,
    )

__all__ = [
    "PlatformsItemsResource",
    "PlatformsItemsResourceWithRawResponse",
    "AsyncPlatformsItemsResource",
    "AsyncPlatformsItemsResourceWithRawResponse",
]


class PlatformsItemsResource:
    """`Client.platforms.items`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformsItemsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformsItemsResourceWithRawResponse(self)

    @cached_property
    def access_check(self) -> PlatformsItemsAccessCheckResource:
        from .access_check import PlatformsItemsAccessCheckResource

        return PlatformsItemsAccessCheckResource(self._client)

    @cached_property
    def checkout(self) -> PlatformsItemsCheckoutResource:
        from .checkout import PlatformsItemsCheckoutResource

        return PlatformsItemsCheckoutResource(self._client)

    @cached_property
    def checkout_callback(self) -> PlatformsItemsCheckoutCallbackResource:
        from .checkout_callback import PlatformsItemsCheckoutCallbackResource

        return PlatformsItemsCheckoutCallbackResource(self._client)

    @cached_property
    def checkout_guest(self) -> PlatformsItemsCheckoutGuestResource:
        from .checkout_guest import PlatformsItemsCheckoutGuestResource

        return PlatformsItemsCheckoutGuestResource(self._client)

    @cached_property
    def paywall(self) -> PlatformsItemsPaywallResource:
        from .paywall import PlatformsItemsPaywallResource

        return PlatformsItemsPaywallResource(self._client)

    @cached_property
    def pricing(self) -> PlatformsItemsPricingResource:
        from .pricing import PlatformsItemsPricingResource

        return PlatformsItemsPricingResource(self._client)

    @cached_property
    def subscribers(self) -> PlatformsItemsSubscribersResource:
        from .subscribers import PlatformsItemsSubscribersResource

        return PlatformsItemsSubscribersResource(self._client)

    @cached_property
    def subscription(self) -> PlatformsItemsSubscriptionResource:
        from .subscription import PlatformsItemsSubscriptionResource

        return PlatformsItemsSubscriptionResource(self._client)


class PlatformsItemsResourceWithRawResponse:
    """`Client.platforms.items`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformsItemsResource) -> None:
        self._resource = resource

    @cached_property
    def access_check(self) -> PlatformsItemsAccessCheckResourceWithRawResponse:
        from .access_check import PlatformsItemsAccessCheckResourceWithRawResponse

        return PlatformsItemsAccessCheckResourceWithRawResponse(self._resource.access_check)

    @cached_property
    def checkout(self) -> PlatformsItemsCheckoutResourceWithRawResponse:
        from .checkout import PlatformsItemsCheckoutResourceWithRawResponse

        return PlatformsItemsCheckoutResourceWithRawResponse(self._resource.checkout)

    @cached_property
    def checkout_callback(self) -> PlatformsItemsCheckoutCallbackResourceWithRawResponse:
        from .checkout_callback import PlatformsItemsCheckoutCallbackResourceWithRawResponse

        return PlatformsItemsCheckoutCallbackResourceWithRawResponse(
            self._resource.checkout_callback
        )

    @cached_property
    def checkout_guest(self) -> PlatformsItemsCheckoutGuestResourceWithRawResponse:
        from .checkout_guest import PlatformsItemsCheckoutGuestResourceWithRawResponse

        return PlatformsItemsCheckoutGuestResourceWithRawResponse(self._resource.checkout_guest)

    @cached_property
    def paywall(self) -> PlatformsItemsPaywallResourceWithRawResponse:
        from .paywall import PlatformsItemsPaywallResourceWithRawResponse

        return PlatformsItemsPaywallResourceWithRawResponse(self._resource.paywall)

    @cached_property
    def pricing(self) -> PlatformsItemsPricingResourceWithRawResponse:
        from .pricing import PlatformsItemsPricingResourceWithRawResponse

        return PlatformsItemsPricingResourceWithRawResponse(self._resource.pricing)

    @cached_property
    def subscribers(self) -> PlatformsItemsSubscribersResourceWithRawResponse:
        from .subscribers import PlatformsItemsSubscribersResourceWithRawResponse

        return PlatformsItemsSubscribersResourceWithRawResponse(self._resource.subscribers)

    @cached_property
    def subscription(self) -> PlatformsItemsSubscriptionResourceWithRawResponse:
        from .subscription import PlatformsItemsSubscriptionResourceWithRawResponse

        return PlatformsItemsSubscriptionResourceWithRawResponse(self._resource.subscription)


class AsyncPlatformsItemsResource:
    """`AsyncClient.platforms.items`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformsItemsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformsItemsResourceWithRawResponse(self)

    @cached_property
    def access_check(self) -> AsyncPlatformsItemsAccessCheckResource:
        from .access_check import AsyncPlatformsItemsAccessCheckResource

        return AsyncPlatformsItemsAccessCheckResource(self._client)

    @cached_property
    def checkout(self) -> AsyncPlatformsItemsCheckoutResource:
        from .checkout import AsyncPlatformsItemsCheckoutResource

        return AsyncPlatformsItemsCheckoutResource(self._client)

    @cached_property
    def checkout_callback(self) -> AsyncPlatformsItemsCheckoutCallbackResource:
        from .checkout_callback import AsyncPlatformsItemsCheckoutCallbackResource

        return AsyncPlatformsItemsCheckoutCallbackResource(self._client)

    @cached_property
    def checkout_guest(self) -> AsyncPlatformsItemsCheckoutGuestResource:
        from .checkout_guest import AsyncPlatformsItemsCheckoutGuestResource

        return AsyncPlatformsItemsCheckoutGuestResource(self._client)

    @cached_property
    def paywall(self) -> AsyncPlatformsItemsPaywallResource:
        from .paywall import AsyncPlatformsItemsPaywallResource

        return AsyncPlatformsItemsPaywallResource(self._client)

    @cached_property
    def pricing(self) -> AsyncPlatformsItemsPricingResource:
        from .pricing import AsyncPlatformsItemsPricingResource

        return AsyncPlatformsItemsPricingResource(self._client)

    @cached_property
    def subscribers(self) -> AsyncPlatformsItemsSubscribersResource:
        from .subscribers import AsyncPlatformsItemsSubscribersResource

        return AsyncPlatformsItemsSubscribersResource(self._client)

    @cached_property
    def subscription(self) -> AsyncPlatformsItemsSubscriptionResource:
        from .subscription import AsyncPlatformsItemsSubscriptionResource

        return AsyncPlatformsItemsSubscriptionResource(self._client)


class AsyncPlatformsItemsResourceWithRawResponse:
    """`AsyncClient.platforms.items`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformsItemsResource) -> None:
        self._resource = resource

    @cached_property
    def access_check(self) -> AsyncPlatformsItemsAccessCheckResourceWithRawResponse:
        from .access_check import AsyncPlatformsItemsAccessCheckResourceWithRawResponse

        return AsyncPlatformsItemsAccessCheckResourceWithRawResponse(self._resource.access_check)

    @cached_property
    def checkout(self) -> AsyncPlatformsItemsCheckoutResourceWithRawResponse:
        from .checkout import AsyncPlatformsItemsCheckoutResourceWithRawResponse

        return AsyncPlatformsItemsCheckoutResourceWithRawResponse(self._resource.checkout)

    @cached_property
    def checkout_callback(self) -> AsyncPlatformsItemsCheckoutCallbackResourceWithRawResponse:
        from .checkout_callback import AsyncPlatformsItemsCheckoutCallbackResourceWithRawResponse

        return AsyncPlatformsItemsCheckoutCallbackResourceWithRawResponse(
            self._resource.checkout_callback
        )

    @cached_property
    def checkout_guest(self) -> AsyncPlatformsItemsCheckoutGuestResourceWithRawResponse:
        from .checkout_guest import AsyncPlatformsItemsCheckoutGuestResourceWithRawResponse

        return AsyncPlatformsItemsCheckoutGuestResourceWithRawResponse(
            self._resource.checkout_guest
        )

    @cached_property
    def paywall(self) -> AsyncPlatformsItemsPaywallResourceWithRawResponse:
        from .paywall import AsyncPlatformsItemsPaywallResourceWithRawResponse

        return AsyncPlatformsItemsPaywallResourceWithRawResponse(self._resource.paywall)

    @cached_property
    def pricing(self) -> AsyncPlatformsItemsPricingResourceWithRawResponse:
        from .pricing import AsyncPlatformsItemsPricingResourceWithRawResponse

        return AsyncPlatformsItemsPricingResourceWithRawResponse(self._resource.pricing)

    @cached_property
    def subscribers(self) -> AsyncPlatformsItemsSubscribersResourceWithRawResponse:
        from .subscribers import AsyncPlatformsItemsSubscribersResourceWithRawResponse

        return AsyncPlatformsItemsSubscribersResourceWithRawResponse(self._resource.subscribers)

    @cached_property
    def subscription(self) -> AsyncPlatformsItemsSubscriptionResourceWithRawResponse:
        from .subscription import AsyncPlatformsItemsSubscriptionResourceWithRawResponse

        return AsyncPlatformsItemsSubscriptionResourceWithRawResponse(self._resource.subscription)
