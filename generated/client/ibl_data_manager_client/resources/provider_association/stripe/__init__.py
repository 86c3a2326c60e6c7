"""`Client.provider_association.stripe`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .callback import (
        AsyncProviderAssociationStripeCallbackResource,
        AsyncProviderAssociationStripeCallbackResourceWithRawResponse,
        ProviderAssociationStripeCallbackResource,
        ProviderAssociationStripeCallbackResourceWithRawResponse,
    )

__all__ = [
    "ProviderAssociationStripeResource",
    "ProviderAssociationStripeResourceWithRawResponse",
    "AsyncProviderAssociationStripeResource",
    "AsyncProviderAssociationStripeResourceWithRawResponse",
]


class ProviderAssociationStripeResource:
    """`Client.provider_association.stripe`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProviderAssociationStripeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ProviderAssociationStripeResourceWithRawResponse(self)

    @cached_property
    def callback(self) -> ProviderAssociationStripeCallbackResource:
        from .callback import ProviderAssociationStripeCallbackResource

        return ProviderAssociationStripeCallbackResource(self._client)


class ProviderAssociationStripeResourceWithRawResponse:
    """`Client.provider_association.stripe`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ProviderAssociationStripeResource) -> None:
        self._resource = resource

    @cached_property
    def callback(self) -> ProviderAssociationStripeCallbackResourceWithRawResponse:
        from .callback import ProviderAssociationStripeCallbackResourceWithRawResponse

        return ProviderAssociationStripeCallbackResourceWithRawResponse(self._resource.callback)


class AsyncProviderAssociationStripeResource:
    """`AsyncClient.provider_association.stripe`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProviderAssociationStripeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncProviderAssociationStripeResourceWithRawResponse(self)

    @cached_property
    def callback(self) -> AsyncProviderAssociationStripeCallbackResource:
        from .callback import AsyncProviderAssociationStripeCallbackResource

        return AsyncProviderAssociationStripeCallbackResource(self._client)


class AsyncProviderAssociationStripeResourceWithRawResponse:
    """`AsyncClient.provider_association.stripe`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncProviderAssociationStripeResource) -> None:
        self._resource = resource

    @cached_property
    def callback(self) -> AsyncProviderAssociationStripeCallbackResourceWithRawResponse:
        from .callback import AsyncProviderAssociationStripeCallbackResourceWithRawResponse

        return AsyncProviderAssociationStripeCallbackResourceWithRawResponse(
            self._resource.callback
        )
