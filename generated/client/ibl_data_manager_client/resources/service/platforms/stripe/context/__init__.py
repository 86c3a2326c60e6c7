"""`Client.service.platforms.stripe.context`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.commerce import (
    service_platforms_stripe_context_retrieve as _service_platforms_stripe_context_retrieve,
)
from ......models.stripe_context import StripeContext

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "ServicePlatformsStripeContextResource",
    "ServicePlatformsStripeContextResourceWithRawResponse",
    "AsyncServicePlatformsStripeContextResource",
    "AsyncServicePlatformsStripeContextResourceWithRawResponse",
]


class ServicePlatformsStripeContextResource:
    """`Client.service.platforms.stripe.context`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicePlatformsStripeContextResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServicePlatformsStripeContextResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> StripeContext:
        """Create a uuid to help us track internally user initiated checkout

        Args:
            platform_key (str, path)

        Returns:
            StripeContext
        """
        return self._client._send(
            _service_platforms_stripe_context_retrieve.OPERATION,
            _service_platforms_stripe_context_retrieve.build_request(platform_key=platform_key),
            options,
        )


class ServicePlatformsStripeContextResourceWithRawResponse:
    """`Client.service.platforms.stripe.context`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServicePlatformsStripeContextResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncServicePlatformsStripeContextResource:
    """`AsyncClient.service.platforms.stripe.context`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicePlatformsStripeContextResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServicePlatformsStripeContextResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> StripeContext:
        """Create a uuid to help us track internally user initiated checkout

        Args:
            platform_key (str, path)

        Returns:
            StripeContext
        """
        return await self._client._send(
            _service_platforms_stripe_context_retrieve.OPERATION,
            _service_platforms_stripe_context_retrieve.build_request(platform_key=platform_key),
            options,
        )


class AsyncServicePlatformsStripeContextResourceWithRawResponse:
    """`AsyncClient.service.platforms.stripe.context`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServicePlatformsStripeContextResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
