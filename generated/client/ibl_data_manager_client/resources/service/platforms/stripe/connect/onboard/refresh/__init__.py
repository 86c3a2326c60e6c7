"""`Client.service.platforms.stripe.connect.onboard.refresh`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ........_operation import RequestOptions, body_from_fields
from ........_response import async_to_raw_response, to_raw_response
from ........api.commerce import (
    service_platforms_stripe_connect_onboard_refresh_create as _service_platforms_stripe_connect_onboard_refresh_create,
)
from ........models.stripe_connect_onboard import StripeConnectOnboard
from ........models.stripe_connect_onboard_business_type import StripeConnectOnboardBusinessType
from ........models.stripe_connect_onboard_response import StripeConnectOnboardResponse
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "ServicePlatformsStripeConnectOnboardRefreshResource",
    "ServicePlatformsStripeConnectOnboardRefreshResourceWithRawResponse",
    "AsyncServicePlatformsStripeConnectOnboardRefreshResource",
    "AsyncServicePlatformsStripeConnectOnboardRefreshResourceWithRawResponse",
]


class ServicePlatformsStripeConnectOnboardRefreshResource:
    """`Client.service.platforms.stripe.connect.onboard.refresh`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> ServicePlatformsStripeConnectOnboardRefreshResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServicePlatformsStripeConnectOnboardRefreshResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        platform_key: str,
        body: StripeConnectOnboard,
        **options: Unpack[RequestOptions],
    ) -> StripeConnectOnboardResponse: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        return_url: str,
        refresh_url: str,
        business_type: StripeConnectOnboardBusinessType | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> StripeConnectOnboardResponse: ...

    def create(
        self,
        *,
        platform_key: str,
        body: StripeConnectOnboard | Unset = UNSET,
        return_url: str | Unset = UNSET,
        refresh_url: str | Unset = UNSET,
        business_type: StripeConnectOnboardBusinessType | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> StripeConnectOnboardResponse:
        """Start Stripe Connect onboarding for platform admin

        Args:
            platform_key (str, path)
            body (StripeConnectOnboard, request body): Serializer for Connect onboarding
                request.
            Or the body's fields as keywords instead of body=: return_url, refresh_url,
                business_type

        Returns:
            StripeConnectOnboardResponse
        """
        body = body_from_fields(
            "service.platforms.stripe.connect.onboard.refresh.create",
            body,
            StripeConnectOnboard,
            ["return_url", "refresh_url"],
            (
                ("return_url", "return_url", return_url),
                ("refresh_url", "refresh_url", refresh_url),
                ("business_type", "business_type", business_type),
            ),
        )
        return self._client._send(
            _service_platforms_stripe_connect_onboard_refresh_create.OPERATION,
            _service_platforms_stripe_connect_onboard_refresh_create.build_request(
                platform_key=platform_key, body=body
            ),
            options,
        )


class ServicePlatformsStripeConnectOnboardRefreshResourceWithRawResponse:
    """`Client.service.platforms.stripe.connect.onboard.refresh`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServicePlatformsStripeConnectOnboardRefreshResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncServicePlatformsStripeConnectOnboardRefreshResource:
    """`AsyncClient.service.platforms.stripe.connect.onboard.refresh`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncServicePlatformsStripeConnectOnboardRefreshResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServicePlatformsStripeConnectOnboardRefreshResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        body: StripeConnectOnboard,
        **options: Unpack[RequestOptions],
    ) -> StripeConnectOnboardResponse: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        return_url: str,
        refresh_url: str,
        business_type: StripeConnectOnboardBusinessType | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> StripeConnectOnboardResponse: ...

    async def create(
        self,
        *,
        platform_key: str,
        body: StripeConnectOnboard | Unset = UNSET,
        return_url: str | Unset = UNSET,
        refresh_url: str | Unset = UNSET,
        business_type: StripeConnectOnboardBusinessType | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> StripeConnectOnboardResponse:
        """Start Stripe Connect onboarding for platform admin

        Args:
            platform_key (str, path)
            body (StripeConnectOnboard, request body): Serializer for Connect onboarding
                request.
            Or the body's fields as keywords instead of body=: return_url, refresh_url,
                business_type

        Returns:
            StripeConnectOnboardResponse
        """
        body = body_from_fields(
            "service.platforms.stripe.connect.onboard.refresh.create",
            body,
            StripeConnectOnboard,
            ["return_url", "refresh_url"],
            (
                ("return_url", "return_url", return_url),
                ("refresh_url", "refresh_url", refresh_url),
                ("business_type", "business_type", business_type),
            ),
        )
        return await self._client._send(
            _service_platforms_stripe_connect_onboard_refresh_create.OPERATION,
            _service_platforms_stripe_connect_onboard_refresh_create.build_request(
                platform_key=platform_key, body=body
            ),
            options,
        )


class AsyncServicePlatformsStripeConnectOnboardRefreshResourceWithRawResponse:
    """`AsyncClient.service.platforms.stripe.connect.onboard.refresh`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServicePlatformsStripeConnectOnboardRefreshResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
