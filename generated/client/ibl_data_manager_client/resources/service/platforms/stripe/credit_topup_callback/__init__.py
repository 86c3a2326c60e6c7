"""`Client.service.platforms.stripe.credit_topup_callback`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.commerce import (
    service_platforms_stripe_credit_topup_callback_retrieve as _service_platforms_stripe_credit_topup_callback_retrieve,
)

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "ServicePlatformsStripeCreditTopupCallbackResource",
    "ServicePlatformsStripeCreditTopupCallbackResourceWithRawResponse",
    "AsyncServicePlatformsStripeCreditTopupCallbackResource",
    "AsyncServicePlatformsStripeCreditTopupCallbackResourceWithRawResponse",
]


class ServicePlatformsStripeCreditTopupCallbackResource:
    """`Client.service.platforms.stripe.credit_topup_callback`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicePlatformsStripeCreditTopupCallbackResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServicePlatformsStripeCreditTopupCallbackResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        platform_key: str,
        checkout_session_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Handle  callback after successful Stripe checkout for credit top up. Redirects user to
        another page, ensures user credit is updated accordingly.  URL Parameters:     -
        stripe_checkout_id: The Checkout Session UUID  Response:     - Redirect: Successfully
        validated and sending to next page     - 404: Checkout session not found     - 400:
        Invalid checkout session or product     - 500: Server error during processing

        Args:
            platform_key (str, path)
            checkout_session_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _service_platforms_stripe_credit_topup_callback_retrieve.OPERATION,
            _service_platforms_stripe_credit_topup_callback_retrieve.build_request(
                platform_key=platform_key, checkout_session_id=checkout_session_id
            ),
            options,
        )


class ServicePlatformsStripeCreditTopupCallbackResourceWithRawResponse:
    """`Client.service.platforms.stripe.credit_topup_callback`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServicePlatformsStripeCreditTopupCallbackResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncServicePlatformsStripeCreditTopupCallbackResource:
    """`AsyncClient.service.platforms.stripe.credit_topup_callback`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncServicePlatformsStripeCreditTopupCallbackResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServicePlatformsStripeCreditTopupCallbackResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        platform_key: str,
        checkout_session_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Handle  callback after successful Stripe checkout for credit top up. Redirects user to
        another page, ensures user credit is updated accordingly.  URL Parameters:     -
        stripe_checkout_id: The Checkout Session UUID  Response:     - Redirect: Successfully
        validated and sending to next page     - 404: Checkout session not found     - 400:
        Invalid checkout session or product     - 500: Server error during processing

        Args:
            platform_key (str, path)
            checkout_session_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _service_platforms_stripe_credit_topup_callback_retrieve.OPERATION,
            _service_platforms_stripe_credit_topup_callback_retrieve.build_request(
                platform_key=platform_key, checkout_session_id=checkout_session_id
            ),
            options,
        )


class AsyncServicePlatformsStripeCreditTopupCallbackResourceWithRawResponse:
    """`AsyncClient.service.platforms.stripe.credit_topup_callback`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServicePlatformsStripeCreditTopupCallbackResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
