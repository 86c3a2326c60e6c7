"""`Client.service.platforms`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .stripe import (
        AsyncServicePlatformsStripeResource,
        AsyncServicePlatformsStripeResourceWithRawResponse,
        ServicePlatformsStripeResource,
        ServicePlatformsStripeResourceWithRawResponse,
    )

__all__ = [
    "ServicePlatformsResource",
    "ServicePlatformsResourceWithRawResponse",
    "AsyncServicePlatformsResource",
    "AsyncServicePlatformsResourceWithRawResponse",
]


class ServicePlatformsResource:
    """`Client.service.platforms`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicePlatformsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServicePlatformsResourceWithRawResponse(self)

    @cached_property
    def stripe(self) -> ServicePlatformsStripeResource:
        from .stripe import ServicePlatformsStripeResource

        return ServicePlatformsStripeResource(self._client)


class ServicePlatformsResourceWithRawResponse:
    """`Client.service.platforms`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServicePlatformsResource) -> None:
        self._resource = resource

    @cached_property
    def stripe(self) -> ServicePlatformsStripeResourceWithRawResponse:
        from .stripe import ServicePlatformsStripeResourceWithRawResponse

        return ServicePlatformsStripeResourceWithRawResponse(self._resource.stripe)


class AsyncServicePlatformsResource:
    """`AsyncClient.service.platforms`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicePlatformsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServicePlatformsResourceWithRawResponse(self)

    @cached_property
    def stripe(self) -> AsyncServicePlatformsStripeResource:
        from .stripe import AsyncServicePlatformsStripeResource

        return AsyncServicePlatformsStripeResource(self._client)


class AsyncServicePlatformsResourceWithRawResponse:
    """`AsyncClient.service.platforms`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServicePlatformsResource) -> None:
        self._resource = resource

    @cached_property
    def stripe(self) -> AsyncServicePlatformsStripeResourceWithRawResponse:
        from .stripe import AsyncServicePlatformsStripeResourceWithRawResponse

        return AsyncServicePlatformsStripeResourceWithRawResponse(self._resource.stripe)
