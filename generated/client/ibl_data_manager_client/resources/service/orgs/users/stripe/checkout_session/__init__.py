"""`Client.service.orgs.users.stripe.checkout_session`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.commerce import (
    service_orgs_users_stripe_checkout_session_create as _service_orgs_users_stripe_checkout_session_create,
)
from .......models.stripe_checkout_session_request import StripeCheckoutSessionRequest
from .......models.stripe_checkout_session_request_mode import StripeCheckoutSessionRequestMode
from .......models.stripe_checkout_session_request_period import StripeCheckoutSessionRequestPeriod
from .......models.stripe_checkout_session_response import StripeCheckoutSessionResponse
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "ServiceOrgsUsersStripeCheckoutSessionResource",
    "ServiceOrgsUsersStripeCheckoutSessionResourceWithRawResponse",
    "AsyncServiceOrgsUsersStripeCheckoutSessionResource",
    "AsyncServiceOrgsUsersStripeCheckoutSessionResourceWithRawResponse",
]


class ServiceOrgsUsersStripeCheckoutSessionResource:
    """`Client.service.orgs.users.stripe.checkout_session`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServiceOrgsUsersStripeCheckoutSessionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServiceOrgsUsersStripeCheckoutSessionResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: StripeCheckoutSessionRequest,
        **options: Unpack[RequestOptions],
    ) -> StripeCheckoutSessionResponse: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
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
        org: str,
        user_id: str,
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
        """Stripe checkout session API View for user upgrade  Request the following fields:  -
        tenant - sku - mode - success_url - cancel_url  Response: {     \"redirect_to\":
        \"https://checkout.stripe.com/xxx/xxxx/xxxx\", }

        Args:
            org (str, path)
            user_id (str, path)
            body (StripeCheckoutSessionRequest, request body): Serializer for Stripe checkout
                session creation requests.
            Or the body's fields as keywords instead of body=: tenant, success_url, cancel_url,
                sku, product, mode, period, metered, quantity, coupon, is_free_trial,
                trial_days, skip_card

        Returns:
            StripeCheckoutSessionResponse
        """
        body = body_from_fields(
            "service.orgs.users.stripe.checkout_session.create",
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
            _service_orgs_users_stripe_checkout_session_create.OPERATION,
            _service_orgs_users_stripe_checkout_session_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class ServiceOrgsUsersStripeCheckoutSessionResourceWithRawResponse:
    """`Client.service.orgs.users.stripe.checkout_session`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServiceOrgsUsersStripeCheckoutSessionResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncServiceOrgsUsersStripeCheckoutSessionResource:
    """`AsyncClient.service.orgs.users.stripe.checkout_session`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncServiceOrgsUsersStripeCheckoutSessionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServiceOrgsUsersStripeCheckoutSessionResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: StripeCheckoutSessionRequest,
        **options: Unpack[RequestOptions],
    ) -> StripeCheckoutSessionResponse: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
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
        org: str,
        user_id: str,
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
        """Stripe checkout session API View for user upgrade  Request the following fields:  -
        tenant - sku - mode - success_url - cancel_url  Response: {     \"redirect_to\":
        \"https://checkout.stripe.com/xxx/xxxx/xxxx\", }

        Args:
            org (str, path)
            user_id (str, path)
            body (StripeCheckoutSessionRequest, request body): Serializer for Stripe checkout
                session creation requests.
            Or the body's fields as keywords instead of body=: tenant, success_url, cancel_url,
                sku, product, mode, period, metered, quantity, coupon, is_free_trial,
                trial_days, skip_card

        Returns:
            StripeCheckoutSessionResponse
        """
        body = body_from_fields(
            "service.orgs.users.stripe.checkout_session.create",
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
            _service_orgs_users_stripe_checkout_session_create.OPERATION,
            _service_orgs_users_stripe_checkout_session_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncServiceOrgsUsersStripeCheckoutSessionResourceWithRawResponse:
    """`AsyncClient.service.orgs.users.stripe.checkout_session`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServiceOrgsUsersStripeCheckoutSessionResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
