"""`Client.providers.apple.subscription_status`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, optional_body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.commerce import (
    providers_apple_subscription_status_create as _providers_apple_subscription_status_create,
)
from .....models.apple_subscription_status_request import AppleSubscriptionStatusRequest
from .....models.apple_subscription_status_view import AppleSubscriptionStatusView
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "ProvidersAppleSubscriptionStatusResource",
    "ProvidersAppleSubscriptionStatusResourceWithRawResponse",
    "AsyncProvidersAppleSubscriptionStatusResource",
    "AsyncProvidersAppleSubscriptionStatusResourceWithRawResponse",
]


class ProvidersAppleSubscriptionStatusResource:
    """`Client.providers.apple.subscription_status`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProvidersAppleSubscriptionStatusResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ProvidersAppleSubscriptionStatusResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: AppleSubscriptionStatusRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AppleSubscriptionStatusView: ...

    @overload
    def create(
        self,
        *,
        bundle_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AppleSubscriptionStatusView: ...

    def create(
        self,
        *,
        body: AppleSubscriptionStatusRequest | Unset = UNSET,
        bundle_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AppleSubscriptionStatusView:
        """Returns information about a user subscription status

        Args:
            body (AppleSubscriptionStatusRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: bundle_id

        Returns:
            AppleSubscriptionStatusView
        """
        body = optional_body_from_fields(
            "providers.apple.subscription_status.create",
            body,
            AppleSubscriptionStatusRequest,
            [],
            (("bundle_id", "bundle_id", bundle_id),),
        )
        return self._client._send(
            _providers_apple_subscription_status_create.OPERATION,
            _providers_apple_subscription_status_create.build_request(body=body),
            options,
        )


class ProvidersAppleSubscriptionStatusResourceWithRawResponse:
    """`Client.providers.apple.subscription_status`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ProvidersAppleSubscriptionStatusResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncProvidersAppleSubscriptionStatusResource:
    """`AsyncClient.providers.apple.subscription_status`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProvidersAppleSubscriptionStatusResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncProvidersAppleSubscriptionStatusResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: AppleSubscriptionStatusRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AppleSubscriptionStatusView: ...

    @overload
    async def create(
        self,
        *,
        bundle_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AppleSubscriptionStatusView: ...

    async def create(
        self,
        *,
        body: AppleSubscriptionStatusRequest | Unset = UNSET,
        bundle_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AppleSubscriptionStatusView:
        """Returns information about a user subscription status

        Args:
            body (AppleSubscriptionStatusRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: bundle_id

        Returns:
            AppleSubscriptionStatusView
        """
        body = optional_body_from_fields(
            "providers.apple.subscription_status.create",
            body,
            AppleSubscriptionStatusRequest,
            [],
            (("bundle_id", "bundle_id", bundle_id),),
        )
        return await self._client._send(
            _providers_apple_subscription_status_create.OPERATION,
            _providers_apple_subscription_status_create.build_request(body=body),
            options,
        )


class AsyncProvidersAppleSubscriptionStatusResourceWithRawResponse:
    """`AsyncClient.providers.apple.subscription_status`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncProvidersAppleSubscriptionStatusResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
