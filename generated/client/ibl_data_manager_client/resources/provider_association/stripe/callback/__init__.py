"""`Client.provider_association.stripe.callback`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.commerce import (
    provider_association_stripe_callback_retrieve as _provider_association_stripe_callback_retrieve,
)
from .....models.provider_association_stripe_callback_retrieve_response import (
    ProviderAssociationStripeCallbackRetrieveResponse,
)

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "ProviderAssociationStripeCallbackResource",
    "ProviderAssociationStripeCallbackResourceWithRawResponse",
    "AsyncProviderAssociationStripeCallbackResource",
    "AsyncProviderAssociationStripeCallbackResourceWithRawResponse",
]


class ProviderAssociationStripeCallbackResource:
    """`Client.provider_association.stripe.callback`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProviderAssociationStripeCallbackResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ProviderAssociationStripeCallbackResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        launch_id: str,
        **options: Unpack[RequestOptions],
    ) -> ProviderAssociationStripeCallbackRetrieveResponse:
        """Handle callbacks from Stripe after successful checkout.  Updates: - Platform launch
        state - Association configuration status

        Args:
            launch_id (str, path)

        Returns:
            ProviderAssociationStripeCallbackRetrieveResponse
        """
        return self._client._send(
            _provider_association_stripe_callback_retrieve.OPERATION,
            _provider_association_stripe_callback_retrieve.build_request(launch_id=launch_id),
            options,
        )


class ProviderAssociationStripeCallbackResourceWithRawResponse:
    """`Client.provider_association.stripe.callback`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ProviderAssociationStripeCallbackResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncProviderAssociationStripeCallbackResource:
    """`AsyncClient.provider_association.stripe.callback`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProviderAssociationStripeCallbackResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncProviderAssociationStripeCallbackResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        launch_id: str,
        **options: Unpack[RequestOptions],
    ) -> ProviderAssociationStripeCallbackRetrieveResponse:
        """Handle callbacks from Stripe after successful checkout.  Updates: - Platform launch
        state - Association configuration status

        Args:
            launch_id (str, path)

        Returns:
            ProviderAssociationStripeCallbackRetrieveResponse
        """
        return await self._client._send(
            _provider_association_stripe_callback_retrieve.OPERATION,
            _provider_association_stripe_callback_retrieve.build_request(launch_id=launch_id),
            options,
        )


class AsyncProviderAssociationStripeCallbackResourceWithRawResponse:
    """`AsyncClient.provider_association.stripe.callback`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncProviderAssociationStripeCallbackResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
