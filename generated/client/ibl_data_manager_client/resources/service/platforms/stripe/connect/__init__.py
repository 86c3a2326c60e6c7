"""`Client.service.platforms.stripe.connect`: 1 operation and 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.commerce import (
    service_platforms_stripe_connect_destroy as _service_platforms_stripe_connect_destroy,
)
from ......models.service_platforms_stripe_connect_destroy_response_200 import (
    ServicePlatformsStripeConnectDestroyResponse200,
)

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .dashboard import (
        AsyncServicePlatformsStripeConnectDashboardResource,
        AsyncServicePlatformsStripeConnectDashboardResourceWithRawResponse,
        ServicePlatformsStripeConnectDashboardResource,
        ServicePlatformsStripeConnectDashboardResourceWithRawResponse,
    )
    from .onboard import (
        AsyncServicePlatformsStripeConnectOnboardResource,
        AsyncServicePlatformsStripeConnectOnboardResourceWithRawResponse,
        ServicePlatformsStripeConnectOnboardResource,
        ServicePlatformsStripeConnectOnboardResourceWithRawResponse,
    )
    from .status import (
        AsyncServicePlatformsStripeConnectStatusResource,
        AsyncServicePlatformsStripeConnectStatusResourceWithRawResponse,
        ServicePlatformsStripeConnectStatusResource,
        ServicePlatformsStripeConnectStatusResourceWithRawResponse,
    )

__all__ = [
    "ServicePlatformsStripeConnectResource",
    "ServicePlatformsStripeConnectResourceWithRawResponse",
    "AsyncServicePlatformsStripeConnectResource",
    "AsyncServicePlatformsStripeConnectResourceWithRawResponse",
]


class ServicePlatformsStripeConnectResource:
    """`Client.service.platforms.stripe.connect`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicePlatformsStripeConnectResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServicePlatformsStripeConnectResourceWithRawResponse(self)

    @cached_property
    def dashboard(self) -> ServicePlatformsStripeConnectDashboardResource:
        from .dashboard import ServicePlatformsStripeConnectDashboardResource

        return ServicePlatformsStripeConnectDashboardResource(self._client)

    @cached_property
    def onboard(self) -> ServicePlatformsStripeConnectOnboardResource:
        from .onboard import ServicePlatformsStripeConnectOnboardResource

        return ServicePlatformsStripeConnectOnboardResource(self._client)

    @cached_property
    def status(self) -> ServicePlatformsStripeConnectStatusResource:
        from .status import ServicePlatformsStripeConnectStatusResource

        return ServicePlatformsStripeConnectStatusResource(self._client)

    def destroy(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> ServicePlatformsStripeConnectDestroyResponse200:
        """Disconnect Stripe Connect account

        Args:
            platform_key (str, path)

        Returns:
            ServicePlatformsStripeConnectDestroyResponse200
        """
        return self._client._send(
            _service_platforms_stripe_connect_destroy.OPERATION,
            _service_platforms_stripe_connect_destroy.build_request(platform_key=platform_key),
            options,
        )


class ServicePlatformsStripeConnectResourceWithRawResponse:
    """`Client.service.platforms.stripe.connect`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServicePlatformsStripeConnectResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)

    @cached_property
    def dashboard(self) -> ServicePlatformsStripeConnectDashboardResourceWithRawResponse:
        from .dashboard import ServicePlatformsStripeConnectDashboardResourceWithRawResponse

        return ServicePlatformsStripeConnectDashboardResourceWithRawResponse(
            self._resource.dashboard
        )

    @cached_property
    def onboard(self) -> ServicePlatformsStripeConnectOnboardResourceWithRawResponse:
        from .onboard import ServicePlatformsStripeConnectOnboardResourceWithRawResponse

        return ServicePlatformsStripeConnectOnboardResourceWithRawResponse(self._resource.onboard)

    @cached_property
    def status(self) -> ServicePlatformsStripeConnectStatusResourceWithRawResponse:
        from .status import ServicePlatformsStripeConnectStatusResourceWithRawResponse

        return ServicePlatformsStripeConnectStatusResourceWithRawResponse(self._resource.status)


class AsyncServicePlatformsStripeConnectResource:
    """`AsyncClient.service.platforms.stripe.connect`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicePlatformsStripeConnectResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServicePlatformsStripeConnectResourceWithRawResponse(self)

    @cached_property
    def dashboard(self) -> AsyncServicePlatformsStripeConnectDashboardResource:
        from .dashboard import AsyncServicePlatformsStripeConnectDashboardResource

        return AsyncServicePlatformsStripeConnectDashboardResource(self._client)

    @cached_property
    def onboard(self) -> AsyncServicePlatformsStripeConnectOnboardResource:
        from .onboard import AsyncServicePlatformsStripeConnectOnboardResource

        return AsyncServicePlatformsStripeConnectOnboardResource(self._client)

    @cached_property
    def status(self) -> AsyncServicePlatformsStripeConnectStatusResource:
        from .status import AsyncServicePlatformsStripeConnectStatusResource

        return AsyncServicePlatformsStripeConnectStatusResource(self._client)

    async def destroy(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> ServicePlatformsStripeConnectDestroyResponse200:
        """Disconnect Stripe Connect account

        Args:
            platform_key (str, path)

        Returns:
            ServicePlatformsStripeConnectDestroyResponse200
        """
        return await self._client._send(
            _service_platforms_stripe_connect_destroy.OPERATION,
            _service_platforms_stripe_connect_destroy.build_request(platform_key=platform_key),
            options,
        )


class AsyncServicePlatformsStripeConnectResourceWithRawResponse:
    """`AsyncClient.service.platforms.stripe.connect`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServicePlatformsStripeConnectResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)

    @cached_property
    def dashboard(self) -> AsyncServicePlatformsStripeConnectDashboardResourceWithRawResponse:
        from .dashboard import AsyncServicePlatformsStripeConnectDashboardResourceWithRawResponse

        return AsyncServicePlatformsStripeConnectDashboardResourceWithRawResponse(
            self._resource.dashboard
        )

    @cached_property
    def onboard(self) -> AsyncServicePlatformsStripeConnectOnboardResourceWithRawResponse:
        from .onboard import AsyncServicePlatformsStripeConnectOnboardResourceWithRawResponse

        return AsyncServicePlatformsStripeConnectOnboardResourceWithRawResponse(
            self._resource.onboard
        )

    @cached_property
    def status(self) -> AsyncServicePlatformsStripeConnectStatusResourceWithRawResponse:
        from .status import AsyncServicePlatformsStripeConnectStatusResourceWithRawResponse

        return AsyncServicePlatformsStripeConnectStatusResourceWithRawResponse(
            self._resource.status
        )
