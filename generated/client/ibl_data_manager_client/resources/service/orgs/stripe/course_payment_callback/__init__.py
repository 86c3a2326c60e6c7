"""`Client.service.orgs.stripe.course_payment_callback`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.commerce import (
    service_orgs_stripe_course_payment_callback_retrieve as _service_orgs_stripe_course_payment_callback_retrieve,
)

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "ServiceOrgsStripeCoursePaymentCallbackResource",
    "ServiceOrgsStripeCoursePaymentCallbackResourceWithRawResponse",
    "AsyncServiceOrgsStripeCoursePaymentCallbackResource",
    "AsyncServiceOrgsStripeCoursePaymentCallbackResourceWithRawResponse",
]


class ServiceOrgsStripeCoursePaymentCallbackResource:
    """`Client.service.orgs.stripe.course_payment_callback`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServiceOrgsStripeCoursePaymentCallbackResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServiceOrgsStripeCoursePaymentCallbackResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Handle course payment callback after successful Stripe checkout. Enrolls the user in the
        purchased course.  URL Parameters:     - stripe_checkout_id: The local Checkout Session
        UUID  Response:     - Redirect: Successfully processed course enrollment     - 404:
        Checkout session not found     - 400: Invalid checkout session or product     - 500:
        Server error during processing

        Args:
            platform_key (str, path)

        Returns:
            None
        """
        return self._client._send(
            _service_orgs_stripe_course_payment_callback_retrieve.OPERATION,
            _service_orgs_stripe_course_payment_callback_retrieve.build_request(
                platform_key=platform_key
            ),
            options,
        )


class ServiceOrgsStripeCoursePaymentCallbackResourceWithRawResponse:
    """`Client.service.orgs.stripe.course_payment_callback`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServiceOrgsStripeCoursePaymentCallbackResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncServiceOrgsStripeCoursePaymentCallbackResource:
    """`AsyncClient.service.orgs.stripe.course_payment_callback`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncServiceOrgsStripeCoursePaymentCallbackResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServiceOrgsStripeCoursePaymentCallbackResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Handle course payment callback after successful Stripe checkout. Enrolls the user in the
        purchased course.  URL Parameters:     - stripe_checkout_id: The local Checkout Session
        UUID  Response:     - Redirect: Successfully processed course enrollment     - 404:
        Checkout session not found     - 400: Invalid checkout session or product     - 500:
        Server error during processing

        Args:
            platform_key (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _service_orgs_stripe_course_payment_callback_retrieve.OPERATION,
            _service_orgs_stripe_course_payment_callback_retrieve.build_request(
                platform_key=platform_key
            ),
            options,
        )


class AsyncServiceOrgsStripeCoursePaymentCallbackResourceWithRawResponse:
    """`AsyncClient.service.orgs.stripe.course_payment_callback`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServiceOrgsStripeCoursePaymentCallbackResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
