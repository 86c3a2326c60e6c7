"""`Client.service.platforms.stripe.connect.status`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.commerce import (
    service_platforms_stripe_connect_status_retrieve as _service_platforms_stripe_connect_status_retrieve,
)
from .......models.stripe_connect_status import StripeConnectStatus

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "ServicePlatformsStripeConnectStatusResource",
    "ServicePlatformsStripeConnectStatusResourceWithRawResponse",
    "AsyncServicePlatformsStripeConnectStatusResource",
    "AsyncServicePlatformsStripeConnectStatusResourceWithRawResponse",
]


class ServicePlatformsStripeConnectStatusResource:
    """`Client.service.platforms.stripe.connect.status`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicePlatformsStripeConnectStatusResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServicePlatformsStripeConnectStatusResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> StripeConnectStatus:
        """Get Connect account status

        Args:
            platform_key (str, path)

        Returns:
            StripeConnectStatus
        """
        return self._client._send(
            _service_platforms_stripe_connect_status_retrieve.OPERATION,
            _service_platforms_stripe_connect_status_retrieve.build_request(
                platform_key=platform_key
            ),
            options,
        )


class ServicePlatformsStripeConnectStatusResourceWithRawResponse:
    """`Client.service.platforms.stripe.connect.status`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServicePlatformsStripeConnectStatusResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncServicePlatformsStripeConnectStatusResource:
    """`AsyncClient.service.platforms.stripe.connect.status`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicePlatformsStripeConnectStatusResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServicePlatformsStripeConnectStatusResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> StripeConnectStatus:
        """Get Connect account status

        Args:
            platform_key (str, path)

        Returns:
            StripeConnectStatus
        """
        return await self._client._send(
            _service_platforms_stripe_connect_status_retrieve.OPERATION,
            _service_platforms_stripe_connect_status_retrieve.build_request(
                platform_key=platform_key
            ),
            options,
        )


class AsyncServicePlatformsStripeConnectStatusResourceWithRawResponse:
    """`AsyncClient.service.platforms.stripe.connect.status`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServicePlatformsStripeConnectStatusResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
