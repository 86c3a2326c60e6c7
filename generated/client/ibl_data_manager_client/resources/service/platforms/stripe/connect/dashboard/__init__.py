"""`Client.service.platforms.stripe.connect.dashboard`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.commerce import (
    service_platforms_stripe_connect_dashboard_retrieve as _service_platforms_stripe_connect_dashboard_retrieve,
)
from .......models.stripe_connect_dashboard_link import StripeConnectDashboardLink

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "ServicePlatformsStripeConnectDashboardResource",
    "ServicePlatformsStripeConnectDashboardResourceWithRawResponse",
    "AsyncServicePlatformsStripeConnectDashboardResource",
    "AsyncServicePlatformsStripeConnectDashboardResourceWithRawResponse",
]


class ServicePlatformsStripeConnectDashboardResource:
    """`Client.service.platforms.stripe.connect.dashboard`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicePlatformsStripeConnectDashboardResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServicePlatformsStripeConnectDashboardResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> StripeConnectDashboardLink:
        """Get Express Dashboard login link

        Args:
            platform_key (str, path)

        Returns:
            StripeConnectDashboardLink
        """
        return self._client._send(
            _service_platforms_stripe_connect_dashboard_retrieve.OPERATION,
            _service_platforms_stripe_connect_dashboard_retrieve.build_request(
                platform_key=platform_key
            ),
            options,
        )


class ServicePlatformsStripeConnectDashboardResourceWithRawResponse:
    """`Client.service.platforms.stripe.connect.dashboard`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServicePlatformsStripeConnectDashboardResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncServicePlatformsStripeConnectDashboardResource:
    """`AsyncClient.service.platforms.stripe.connect.dashboard`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncServicePlatformsStripeConnectDashboardResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServicePlatformsStripeConnectDashboardResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> StripeConnectDashboardLink:
        """Get Express Dashboard login link

        Args:
            platform_key (str, path)

        Returns:
            StripeConnectDashboardLink
        """
        return await self._client._send(
            _service_platforms_stripe_connect_dashboard_retrieve.OPERATION,
            _service_platforms_stripe_connect_dashboard_retrieve.build_request(
                platform_key=platform_key
            ),
            options,
        )


class AsyncServicePlatformsStripeConnectDashboardResourceWithRawResponse:
    """`AsyncClient.service.platforms.stripe.connect.dashboard`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServicePlatformsStripeConnectDashboardResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
