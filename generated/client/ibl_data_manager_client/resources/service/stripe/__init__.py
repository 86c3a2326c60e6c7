"""`Client.service.stripe`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .checkout import (
        AsyncServiceStripeCheckoutResource,
        AsyncServiceStripeCheckoutResourceWithRawResponse,
        ServiceStripeCheckoutResource,
        ServiceStripeCheckoutResourceWithRawResponse,
    )
    from .new_user_checkout import (
        AsyncServiceStripeNewUserCheckoutResource,
        AsyncServiceStripeNewUserCheckoutResourceWithRawResponse,
        ServiceStripeNewUserCheckoutResource,
        ServiceStripeNewUserCheckoutResourceWithRawResponse,
    )

__all__ = [
    "ServiceStripeResource",
    "ServiceStripeResourceWithRawResponse",
    "AsyncServiceStripeResource",
    "AsyncServiceStripeResourceWithRawResponse",
]


class ServiceStripeResource:
    """`Client.service.stripe`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServiceStripeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServiceStripeResourceWithRawResponse(self)

    @cached_property
    def checkout(self) -> ServiceStripeCheckoutResource:
        from .checkout import ServiceStripeCheckoutResource

        return ServiceStripeCheckoutResource(self._client)

    @cached_property
    def new_user_checkout(self) -> ServiceStripeNewUserCheckoutResource:
        from .new_user_checkout import ServiceStripeNewUserCheckoutResource

        return ServiceStripeNewUserCheckoutResource(self._client)


class ServiceStripeResourceWithRawResponse:
    """`Client.service.stripe`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServiceStripeResource) -> None:
        self._resource = resource

    @cached_property
    def checkout(self) -> ServiceStripeCheckoutResourceWithRawResponse:
        from .checkout import ServiceStripeCheckoutResourceWithRawResponse

        return ServiceStripeCheckoutResourceWithRawResponse(self._resource.checkout)

    @cached_property
    def new_user_checkout(self) -> ServiceStripeNewUserCheckoutResourceWithRawResponse:
        from .new_user_checkout import ServiceStripeNewUserCheckoutResourceWithRawResponse

        return ServiceStripeNewUserCheckoutResourceWithRawResponse(self._resource.new_user_checkout)


class AsyncServiceStripeResource:
    """`AsyncClient.service.stripe`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServiceStripeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServiceStripeResourceWithRawResponse(self)

    @cached_property
    def checkout(self) -> AsyncServiceStripeCheckoutResource:
        from .checkout import AsyncServiceStripeCheckoutResource

        return AsyncServiceStripeCheckoutResource(self._client)

    @cached_property
    def new_user_checkout(self) -> AsyncServiceStripeNewUserCheckoutResource:
        from .new_user_checkout import AsyncServiceStripeNewUserCheckoutResource

        return AsyncServiceStripeNewUserCheckoutResource(self._client)


class AsyncServiceStripeResourceWithRawResponse:
    """`AsyncClient.service.stripe`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServiceStripeResource) -> None:
        self._resource = resource

    @cached_property
    def checkout(self) -> AsyncServiceStripeCheckoutResourceWithRawResponse:
        from .checkout import AsyncServiceStripeCheckoutResourceWithRawResponse

        return AsyncServiceStripeCheckoutResourceWithRawResponse(self._resource.checkout)

    @cached_property
    def new_user_checkout(self) -> AsyncServiceStripeNewUserCheckoutResourceWithRawResponse:
        from .new_user_checkout import AsyncServiceStripeNewUserCheckoutResourceWithRawResponse

        return AsyncServiceStripeNewUserCheckoutResourceWithRawResponse(
            self._resource.new_user_checkout
        )
