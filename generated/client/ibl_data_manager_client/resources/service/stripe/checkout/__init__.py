"""`Client.service.stripe.checkout`: 1 operation and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.commerce import service_stripe_checkout_retrieve as _service_stripe_checkout_retrieve

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .free_trial import (
        AsyncServiceStripeCheckoutFreeTrialResource,
        AsyncServiceStripeCheckoutFreeTrialResourceWithRawResponse,
        ServiceStripeCheckoutFreeTrialResource,
        ServiceStripeCheckoutFreeTrialResourceWithRawResponse,
    )

__all__ = [
    "ServiceStripeCheckoutResource",
    "ServiceStripeCheckoutResourceWithRawResponse",
    "AsyncServiceStripeCheckoutResource",
    "AsyncServiceStripeCheckoutResourceWithRawResponse",
]


class ServiceStripeCheckoutResource:
    """`Client.service.stripe.checkout`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServiceStripeCheckoutResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServiceStripeCheckoutResourceWithRawResponse(self)

    @cached_property
    def free_trial(self) -> ServiceStripeCheckoutFreeTrialResource:
        from .free_trial import ServiceStripeCheckoutFreeTrialResource

        return ServiceStripeCheckoutFreeTrialResource(self._client)

    def retrieve(
        self,
        *,
        checkout_uuid: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """GET /api/service/stripe/checkout/{checkout_uuid}/

        Args:
            checkout_uuid (str, path)

        Returns:
            None
        """
        return self._client._send(
            _service_stripe_checkout_retrieve.OPERATION,
            _service_stripe_checkout_retrieve.build_request(checkout_uuid=checkout_uuid),
            options,
        )


class ServiceStripeCheckoutResourceWithRawResponse:
    """`Client.service.stripe.checkout`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServiceStripeCheckoutResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def free_trial(self) -> ServiceStripeCheckoutFreeTrialResourceWithRawResponse:
        from .free_trial import ServiceStripeCheckoutFreeTrialResourceWithRawResponse

        return ServiceStripeCheckoutFreeTrialResourceWithRawResponse(self._resource.free_trial)


class AsyncServiceStripeCheckoutResource:
    """`AsyncClient.service.stripe.checkout`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServiceStripeCheckoutResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServiceStripeCheckoutResourceWithRawResponse(self)

    @cached_property
    def free_trial(self) -> AsyncServiceStripeCheckoutFreeTrialResource:
        from .free_trial import AsyncServiceStripeCheckoutFreeTrialResource

        return AsyncServiceStripeCheckoutFreeTrialResource(self._client)

    async def retrieve(
        self,
        *,
        checkout_uuid: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """GET /api/service/stripe/checkout/{checkout_uuid}/

        Args:
            checkout_uuid (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _service_stripe_checkout_retrieve.OPERATION,
            _service_stripe_checkout_retrieve.build_request(checkout_uuid=checkout_uuid),
            options,
        )


class AsyncServiceStripeCheckoutResourceWithRawResponse:
    """`AsyncClient.service.stripe.checkout`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServiceStripeCheckoutResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def free_trial(self) -> AsyncServiceStripeCheckoutFreeTrialResourceWithRawResponse:
        from .free_trial import AsyncServiceStripeCheckoutFreeTrialResourceWithRawResponse

        return AsyncServiceStripeCheckoutFreeTrialResourceWithRawResponse(self._resource.free_trial)
