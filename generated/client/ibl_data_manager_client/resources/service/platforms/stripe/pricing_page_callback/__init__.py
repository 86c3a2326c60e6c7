"""`Client.service.platforms.stripe.pricing_page_callback`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.commerce import (
    service_platforms_stripe_pricing_page_callback_retrieve as _service_platforms_stripe_pricing_page_callback_retrieve,
)
from ......api.commerce import (
    service_platforms_stripe_pricing_page_callback_retrieve_2 as _service_platforms_stripe_pricing_page_callback_retrieve_2,
)

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "ServicePlatformsStripePricingPageCallbackResource",
    "ServicePlatformsStripePricingPageCallbackResourceWithRawResponse",
    "AsyncServicePlatformsStripePricingPageCallbackResource",
    "AsyncServicePlatformsStripePricingPageCallbackResourceWithRawResponse",
]


class ServicePlatformsStripePricingPageCallbackResource:
    """`Client.service.platforms.stripe.pricing_page_callback`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicePlatformsStripePricingPageCallbackResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServicePlatformsStripePricingPageCallbackResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Handle  callback after successful Stripe checkout. Redirects user to another page,
        ensures user subscription is updated accordingly.  URL Parameters:     -
        stripe_checkout_id: The local Checkout Session UUID  Response:     - Redirect:
        Successfully validated and sending to next page     - 404: Checkout session not found
        - 400: Invalid checkout session or product     - 500: Server error during processing

        Args:
            platform_key (str, path)

        Returns:
            None
        """
        return self._client._send(
            _service_platforms_stripe_pricing_page_callback_retrieve.OPERATION,
            _service_platforms_stripe_pricing_page_callback_retrieve.build_request(
                platform_key=platform_key
            ),
            options,
        )

    def retrieve_2(
        self,
        *,
        platform_key: str,
        checkout_session_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Handle  callback after successful Stripe checkout. Redirects user to another page,
        ensures user subscription is updated accordingly.  URL Parameters:     -
        stripe_checkout_id: The local Checkout Session UUID  Response:     - Redirect:
        Successfully validated and sending to next page     - 404: Checkout session not found
        - 400: Invalid checkout session or product     - 500: Server error during processing

        Args:
            platform_key (str, path)
            checkout_session_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _service_platforms_stripe_pricing_page_callback_retrieve_2.OPERATION,
            _service_platforms_stripe_pricing_page_callback_retrieve_2.build_request(
                platform_key=platform_key, checkout_session_id=checkout_session_id
            ),
            options,
        )


class ServicePlatformsStripePricingPageCallbackResourceWithRawResponse:
    """`Client.service.platforms.stripe.pricing_page_callback`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServicePlatformsStripePricingPageCallbackResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.retrieve_2 = to_raw_response(resource.retrieve_2)


class AsyncServicePlatformsStripePricingPageCallbackResource:
    """`AsyncClient.service.platforms.stripe.pricing_page_callback`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncServicePlatformsStripePricingPageCallbackResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServicePlatformsStripePricingPageCallbackResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Handle  callback after successful Stripe checkout. Redirects user to another page,
        ensures user subscription is updated accordingly.  URL Parameters:     -
        stripe_checkout_id: The local Checkout Session UUID  Response:     - Redirect:
        Successfully validated and sending to next page     - 404: Checkout session not found
        - 400: Invalid checkout session or product     - 500: Server error during processing

        Args:
            platform_key (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _service_platforms_stripe_pricing_page_callback_retrieve.OPERATION,
            _service_platforms_stripe_pricing_page_callback_retrieve.build_request(
                platform_key=platform_key
            ),
            options,
        )

    async def retrieve_2(
        self,
        *,
        platform_key: str,
        checkout_session_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Handle  callback after successful Stripe checkout. Redirects user to another page,
        ensures user subscription is updated accordingly.  URL Parameters:     -
        stripe_checkout_id: The local Checkout Session UUID  Response:     - Redirect:
        Successfully validated and sending to next page     - 404: Checkout session not found
        - 400: Invalid checkout session or product     - 500: Server error during processing

        Args:
            platform_key (str, path)
            checkout_session_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _service_platforms_stripe_pricing_page_callback_retrieve_2.OPERATION,
            _service_platforms_stripe_pricing_page_callback_retrieve_2.build_request(
                platform_key=platform_key, checkout_session_id=checkout_session_id
            ),
            options,
        )


class AsyncServicePlatformsStripePricingPageCallbackResourceWithRawResponse:
    """`AsyncClient.service.platforms.stripe.pricing_page_callback`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServicePlatformsStripePricingPageCallbackResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.retrieve_2 = async_to_raw_response(resource.retrieve_2)
