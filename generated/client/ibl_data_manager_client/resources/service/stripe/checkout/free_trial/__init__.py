"""`Client.service.stripe.checkout.free_trial`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.commerce import (
    service_stripe_checkout_free_trial_create as _service_stripe_checkout_free_trial_create,
)
from ......models.stripe_checkout_session_response import StripeCheckoutSessionResponse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "ServiceStripeCheckoutFreeTrialResource",
    "ServiceStripeCheckoutFreeTrialResourceWithRawResponse",
    "AsyncServiceStripeCheckoutFreeTrialResource",
    "AsyncServiceStripeCheckoutFreeTrialResourceWithRawResponse",
]


class ServiceStripeCheckoutFreeTrialResource:
    """`Client.service.stripe.checkout.free_trial`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServiceStripeCheckoutFreeTrialResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServiceStripeCheckoutFreeTrialResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: StripeCheckoutSessionResponse,
        **options: Unpack[RequestOptions],
    ) -> StripeCheckoutSessionResponse: ...

    @overload
    def create(
        self,
        *,
        redirect_to: str,
        **options: Unpack[RequestOptions],
    ) -> StripeCheckoutSessionResponse: ...

    def create(
        self,
        *,
        body: StripeCheckoutSessionResponse | Unset = UNSET,
        redirect_to: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> StripeCheckoutSessionResponse:
        """Stripe free trial checkout session. No user auth  Request the following fields:  -
        success_url - cancel_url - product  Response: {     \"redirect_to\":
        \"https://checkout.stripe.com/xxx/xxxx/xxxx\", }

        Args:
            body (StripeCheckoutSessionResponse, request body): Stripe checkout session
                serialized response
            Or the body's fields as keywords instead of body=: redirect_to

        Returns:
            StripeCheckoutSessionResponse
        """
        body = body_from_fields(
            "service.stripe.checkout.free_trial.create",
            body,
            StripeCheckoutSessionResponse,
            ["redirect_to"],
            (("redirect_to", "redirect_to", redirect_to),),
        )
        return self._client._send(
            _service_stripe_checkout_free_trial_create.OPERATION,
            _service_stripe_checkout_free_trial_create.build_request(body=body),
            options,
        )


class ServiceStripeCheckoutFreeTrialResourceWithRawResponse:
    """`Client.service.stripe.checkout.free_trial`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServiceStripeCheckoutFreeTrialResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncServiceStripeCheckoutFreeTrialResource:
    """`AsyncClient.service.stripe.checkout.free_trial`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServiceStripeCheckoutFreeTrialResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServiceStripeCheckoutFreeTrialResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: StripeCheckoutSessionResponse,
        **options: Unpack[RequestOptions],
    ) -> StripeCheckoutSessionResponse: ...

    @overload
    async def create(
        self,
        *,
        redirect_to: str,
        **options: Unpack[RequestOptions],
    ) -> StripeCheckoutSessionResponse: ...

    async def create(
        self,
        *,
        body: StripeCheckoutSessionResponse | Unset = UNSET,
        redirect_to: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> StripeCheckoutSessionResponse:
        """Stripe free trial checkout session. No user auth  Request the following fields:  -
        success_url - cancel_url - product  Response: {     \"redirect_to\":
        \"https://checkout.stripe.com/xxx/xxxx/xxxx\", }

        Args:
            body (StripeCheckoutSessionResponse, request body): Stripe checkout session
                serialized response
            Or the body's fields as keywords instead of body=: redirect_to

        Returns:
            StripeCheckoutSessionResponse
        """
        body = body_from_fields(
            "service.stripe.checkout.free_trial.create",
            body,
            StripeCheckoutSessionResponse,
            ["redirect_to"],
            (("redirect_to", "redirect_to", redirect_to),),
        )
        return await self._client._send(
            _service_stripe_checkout_free_trial_create.OPERATION,
            _service_stripe_checkout_free_trial_create.build_request(body=body),
            options,
        )


class AsyncServiceStripeCheckoutFreeTrialResourceWithRawResponse:
    """`AsyncClient.service.stripe.checkout.free_trial`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServiceStripeCheckoutFreeTrialResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
