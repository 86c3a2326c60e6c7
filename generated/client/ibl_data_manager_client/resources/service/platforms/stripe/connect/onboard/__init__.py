"""`Client.service.platforms.stripe.connect.onboard`: 1 operation and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.commerce import (
    service_platforms_stripe_connect_onboard_create as _service_platforms_stripe_connect_onboard_create,
)
from .......models.stripe_connect_onboard import StripeConnectOnboard
from .......models.stripe_connect_onboard_business_type import StripeConnectOnboardBusinessType
from .......models.stripe_connect_onboard_response import StripeConnectOnboardResponse
from .......types import UNSET, Unset

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
            "service.platforms.stripe.connect.onboard.create",
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
            "service.platforms.stripe.connect.onboard.create",
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
