"""`Client.service.platforms.stripe.connect.onboard`: 1 operation and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.commerce import (
    service_platforms_stripe_connect_onboard_create as _service_platforms_stripe_connect_onboard_create,
)
from .......models.stripe_connect_onboard import StripeConnectOnboard
from .......models.stripe_connect_onboard_response import StripeConnectOnboardResponse

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .refresh import (
        AsyncServicePlatformsStripeConnectOnboardRefreshResource,
        AsyncServicePlatformsStripeConnectOnboardRefreshResourceWithRawResponse,
        ServicePlatformsStripeConnectOnboardRefreshResource,
        ServicePlatformsStripeConnectOnboardRefreshResourceWithRawResponse,
    )

__all__ = [
    "ServicePlatformsStripeConnectOnboardResource",
    "ServicePlatformsStripeConnectOnboardResourceWithRawResponse",
    "AsyncServicePlatformsStripeConnectOnboardResource",
    "AsyncServicePlatformsStripeConnectOnboardResourceWithRawResponse",
]


class ServicePlatformsStripeConnectOnboardResource:
    """`Client.service.platforms.stripe.connect.onboard`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicePlatformsStripeConnectOnboardResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServicePlatformsStripeConnectOnboardResourceWithRawResponse(self)

    @cached_property
    def refresh(self) -> ServicePlatformsStripeConnectOnboardRefreshResource:
        from .refresh import ServicePlatformsStripeConnectOnboardRefreshResource

        return ServicePlatformsStripeConnectOnboardRefreshResource(self._client)

    def create(
        self,
        *,
        platform_key: str,
        body: StripeConnectOnboard,
        **options: Unpack[RequestOptions],
    ) -> StripeConnectOnboardResponse:
        """Start Stripe Connect onboarding for platform admin

        Args:
            platform_key (str, path)
            body (StripeConnectOnboard, request body): Serializer for Connect onboarding
                request.

        Returns:
            StripeConnectOnboardResponse
        """
        return self._client._send(
            _service_platforms_stripe_connect_onboard_create.OPERATION,
            _service_platforms_stripe_connect_onboard_create.build_request(
                platform_key=platform_key, body=body
            ),
            options,
        )


class ServicePlatformsStripeConnectOnboardResourceWithRawResponse:
    """`Client.service.platforms.stripe.connect.onboard`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServicePlatformsStripeConnectOnboardResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)

    @cached_property
    def refresh(self) -> ServicePlatformsStripeConnectOnboardRefreshResourceWithRawResponse:
        from .refresh import ServicePlatformsStripeConnectOnboardRefreshResourceWithRawResponse

        return ServicePlatformsStripeConnectOnboardRefreshResourceWithRawResponse(
            self._resource.refresh
        )


class AsyncServicePlatformsStripeConnectOnboardResource:
    """`AsyncClient.service.platforms.stripe.connect.onboard`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicePlatformsStripeConnectOnboardResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServicePlatformsStripeConnectOnboardResourceWithRawResponse(self)

    @cached_property
    def refresh(self) -> AsyncServicePlatformsStripeConnectOnboardRefreshResource:
        from .refresh import AsyncServicePlatformsStripeConnectOnboardRefreshResource

        return AsyncServicePlatformsStripeConnectOnboardRefreshResource(self._client)

    async def create(
        self,
        *,
        platform_key: str,
        body: StripeConnectOnboard,
        **options: Unpack[RequestOptions],
    ) -> StripeConnectOnboardResponse:
        """Start Stripe Connect onboarding for platform admin

        Args:
            platform_key (str, path)
            body (StripeConnectOnboard, request body): Serializer for Connect onboarding
                request.

        Returns:
            StripeConnectOnboardResponse
        """
        return await self._client._send(
            _service_platforms_stripe_connect_onboard_create.OPERATION,
            _service_platforms_stripe_connect_onboard_create.build_request(
                platform_key=platform_key, body=body
            ),
            options,
        )


class AsyncServicePlatformsStripeConnectOnboardResourceWithRawResponse:
    """`AsyncClient.service.platforms.stripe.connect.onboard`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServicePlatformsStripeConnectOnboardResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)

    @cached_property
    def refresh(self) -> AsyncServicePlatformsStripeConnectOnboardRefreshResourceWithRawResponse:
        from .refresh import AsyncServicePlatformsStripeConnectOnboardRefreshResourceWithRawResponse

        return AsyncServicePlatformsStripeConnectOnboardRefreshResourceWithRawResponse(
            self._resource.refresh
        )
