"""`Client.service.platforms.stripe.pricing_page_session`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.commerce import (
    service_platforms_stripe_pricing_page_session_retrieve as _service_platforms_stripe_pricing_page_session_retrieve,
)
from ......models.stripe_billing_page_identifier_response import StripeBillingPageIdentifierResponse

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "ServicePlatformsStripePricingPageSessionResource",
    "ServicePlatformsStripePricingPageSessionResourceWithRawResponse",
    "AsyncServicePlatformsStripePricingPageSessionResource",
    "AsyncServicePlatformsStripePricingPageSessionResourceWithRawResponse",
]


class ServicePlatformsStripePricingPageSessionResource:
    """`Client.service.platforms.stripe.pricing_page_session`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicePlatformsStripePricingPageSessionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServicePlatformsStripePricingPageSessionResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> StripeBillingPageIdentifierResponse:
        """Create a uuid to help us track internally user initiated checkout

        Args:
            platform_key (str, path)

        Returns:
            StripeBillingPageIdentifierResponse
        """
        return self._client._send(
            _service_platforms_stripe_pricing_page_session_retrieve.OPERATION,
            _service_platforms_stripe_pricing_page_session_retrieve.build_request(
                platform_key=platform_key
            ),
            options,
        )


class ServicePlatformsStripePricingPageSessionResourceWithRawResponse:
    """`Client.service.platforms.stripe.pricing_page_session`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServicePlatformsStripePricingPageSessionResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncServicePlatformsStripePricingPageSessionResource:
    """`AsyncClient.service.platforms.stripe.pricing_page_session`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncServicePlatformsStripePricingPageSessionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServicePlatformsStripePricingPageSessionResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> StripeBillingPageIdentifierResponse:
        """Create a uuid to help us track internally user initiated checkout

        Args:
            platform_key (str, path)

        Returns:
            StripeBillingPageIdentifierResponse
        """
        return await self._client._send(
            _service_platforms_stripe_pricing_page_session_retrieve.OPERATION,
            _service_platforms_stripe_pricing_page_session_retrieve.build_request(
                platform_key=platform_key
            ),
            options,
        )


class AsyncServicePlatformsStripePricingPageSessionResourceWithRawResponse:
    """`AsyncClient.service.platforms.stripe.pricing_page_session`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServicePlatformsStripePricingPageSessionResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
