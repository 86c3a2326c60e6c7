"""`Client.service.stripe.new_user_checkout`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.commerce import (
    service_stripe_new_user_checkout_create as _service_stripe_new_user_checkout_create,
)
from .....models.stripe_checkout_session_request import StripeCheckoutSessionRequest
from .....models.stripe_checkout_session_request_mode import StripeCheckoutSessionRequestMode
from .....models.stripe_checkout_session_request_period import StripeCheckoutSessionRequestPeriod
from .....models.stripe_checkout_session_response import StripeCheckoutSessionResponse
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "ServiceStripeNewUserCheckoutResource",
    "ServiceStripeNewUserCheckoutResourceWithRawResponse",
    "AsyncServiceStripeNewUserCheckoutResource",
    "AsyncServiceStripeNewUserCheckoutResourceWithRawResponse",
]


class ServiceStripeNewUserCheckoutResource:
    """`Client.service.stripe.new_user_checkout`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServiceStripeNewUserCheckoutResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServiceStripeNewUserCheckoutResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: StripeCheckoutSessionRequest,
        **options: Unpack[RequestOptions],
    ) -> StripeCheckoutSessionResponse: ...

    @overload
    def create(
        self,
        *,
        tenant: str,
        success_url: str,
        cancel_url: str,
        sku: str | Unset = UNSET,
        product: str | Unset = UNSET,
        mode: StripeCheckoutSessionRequestMode | Unset = UNSET,
        period: StripeCheckoutSessionRequestPeriod | Unset = UNSET,
        metered: bool | Unset = UNSET,
        quantity: int | Unset = UNSET,
        coupon: str | Unset = UNSET,
        is_free_trial: bool | Unset = UNSET,
        trial_days: int | Unset = UNSET,
        skip_card: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> StripeCheckoutSessionResponse: ...

    def create(
        self,
        *,
        body: StripeCheckoutSessionRequest | Unset = UNSET,
        tenant: str | Unset = UNSET,
        success_url: str | Unset = UNSET,
        cancel_url: str | Unset = UNSET,
        sku: str | Unset = UNSET,
        product: str | Unset = UNSET,
        mode: StripeCheckoutSessionRequestMode | Unset = UNSET,
        period: StripeCheckoutSessionRequestPeriod | Unset = UNSET,
        metered: bool | Unset = UNSET,
        quantity: int | Unset = UNSET,
        coupon: str | Unset = UNSET,
        is_free_trial: bool | Unset = UNSET,
        trial_days: int | Unset = UNSET,
        skip_card: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> StripeCheckoutSessionResponse:
        """Stripe checkout session API View for new users (first-time subscription)  Request the
        following fields:  - user_id, username, or email (user identifier) - tenant (tenant type
        to create after successful checkout) - sku - mode (choices: \"subscription\",
        \"payment\", \"setup\") - success_url - cancel_url - period (optional): Billing period -
        \"weekly\", \"monthly\", or \"yearly\" (defaults to \"monthly\") - skip_card (optional):
        Skip card collection for free plans - is_free_trial (optional): Enable free trial mode
        Response: {     \"redirect_to\": \"https://checkout.stripe.com/xxx/xxxx/xxxx\", }

        Args:
            body (StripeCheckoutSessionRequest, request body): Serializer for Stripe checkout
                session creation requests.
            Or the body's fields as keywords instead of body=: tenant, success_url, cancel_url,
                sku, product, mode, period, metered, quantity, coupon, is_free_trial,
                trial_days, skip_card

        Returns:
            StripeCheckoutSessionResponse
        """
        body = body_from_fields(
            "service.stripe.new_user_checkout.create",
            body,
            StripeCheckoutSessionRequest,
            ["tenant", "success_url", "cancel_url"],
            (
                ("tenant", "tenant", tenant),
                ("success_url", "success_url", success_url),
                ("cancel_url", "cancel_url", cancel_url),
                ("sku", "sku", sku),
                ("product", "product", product),
                ("mode", "mode", mode),
                ("period", "period", period),
                ("metered", "metered", metered),
                ("quantity", "quantity", quantity),
                ("coupon", "coupon", coupon),
                ("is_free_trial", "is_free_trial", is_free_trial),
                ("trial_days", "trial_days", trial_days),
                ("skip_card", "skip_card", skip_card),
            ),
        )
        return self._client._send(
            _service_stripe_new_user_checkout_create.OPERATION,
            _service_stripe_new_user_checkout_create.build_request(body=body),
            options,
        )


class ServiceStripeNewUserCheckoutResourceWithRawResponse:
    """`Client.service.stripe.new_user_checkout`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServiceStripeNewUserCheckoutResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncServiceStripeNewUserCheckoutResource:
    """`AsyncClient.service.stripe.new_user_checkout`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServiceStripeNewUserCheckoutResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServiceStripeNewUserCheckoutResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: StripeCheckoutSessionRequest,
        **options: Unpack[RequestOptions],
    ) -> StripeCheckoutSessionResponse: ...

    @overload
    async def create(
        self,
        *,
        tenant: str,
        success_url: str,
        cancel_url: str,
        sku: str | Unset = UNSET,
        product: str | Unset = UNSET,
        mode: StripeCheckoutSessionRequestMode | Unset = UNSET,
        period: StripeCheckoutSessionRequestPeriod | Unset = UNSET,
        metered: bool | Unset = UNSET,
        quantity: int | Unset = UNSET,
        coupon: str | Unset = UNSET,
        is_free_trial: bool | Unset = UNSET,
        trial_days: int | Unset = UNSET,
        skip_card: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> StripeCheckoutSessionResponse: ...

    async def create(
        self,
        *,
        body: StripeCheckoutSessionRequest | Unset = UNSET,
        tenant: str | Unset = UNSET,
        success_url: str | Unset = UNSET,
        cancel_url: str | Unset = UNSET,
        sku: str | Unset = UNSET,
        product: str | Unset = UNSET,
        mode: StripeCheckoutSessionRequestMode | Unset = UNSET,
        period: StripeCheckoutSessionRequestPeriod | Unset = UNSET,
        metered: bool | Unset = UNSET,
        quantity: int | Unset = UNSET,
        coupon: str | Unset = UNSET,
        is_free_trial: bool | Unset = UNSET,
        trial_days: int | Unset = UNSET,
        skip_card: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> StripeCheckoutSessionResponse:
        """Stripe checkout session API View for new users (first-time subscription)  Request the
        following fields:  - user_id, username, or email (user identifier) - tenant (tenant type
        to create after successful checkout) - sku - mode (choices: \"subscription\",
        \"payment\", \"setup\") - success_url - cancel_url - period (optional): Billing period -
        \"weekly\", \"monthly\", or \"yearly\" (defaults to \"monthly\") - skip_card (optional):
        Skip card collection for free plans - is_free_trial (optional): Enable free trial mode
        Response: {     \"redirect_to\": \"https://checkout.stripe.com/xxx/xxxx/xxxx\", }

        Args:
            body (StripeCheckoutSessionRequest, request body): Serializer for Stripe checkout
                session creation requests.
            Or the body's fields as keywords instead of body=: tenant, success_url, cancel_url,
                sku, product, mode, period, metered, quantity, coupon, is_free_trial,
                trial_days, skip_card

        Returns:
            StripeCheckoutSessionResponse
        """
        body = body_from_fields(
            "service.stripe.new_user_checkout.create",
            body,
            StripeCheckoutSessionRequest,
            ["tenant", "success_url", "cancel_url"],
            (
                ("tenant", "tenant", tenant),
                ("success_url", "success_url", success_url),
                ("cancel_url", "cancel_url", cancel_url),
                ("sku", "sku", sku),
                ("product", "product", product),
                ("mode", "mode", mode),
                ("period", "period", period),
                ("metered", "metered", metered),
                ("quantity", "quantity", quantity),
                ("coupon", "coupon", coupon),
                ("is_free_trial", "is_free_trial", is_free_trial),
                ("trial_days", "trial_days", trial_days),
                ("skip_card", "skip_card", skip_card),
            ),
        )
        return await self._client._send(
            _service_stripe_new_user_checkout_create.OPERATION,
            _service_stripe_new_user_checkout_create.build_request(body=body),
            options,
        )


class AsyncServiceStripeNewUserCheckoutResourceWithRawResponse:
    """`AsyncClient.service.stripe.new_user_checkout`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServiceStripeNewUserCheckoutResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
