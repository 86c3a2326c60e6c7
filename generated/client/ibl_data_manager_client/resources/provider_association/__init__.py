"""`Client.provider_association`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .stripe import (
        AsyncProviderAssociationStripeResource,
        AsyncProviderAssociationStripeResourceWithRawResponse,
        ProviderAssociationStripeResource,
        ProviderAssociationStripeResourceWithRawResponse,
    )

__all__ = [
    "ProviderAssociationResource",
    "ProviderAssociationResourceWithRawResponse",
    "AsyncProviderAssociationResource",
    "AsyncProviderAssociationResourceWithRawResponse",
]


class ProviderAssociationResource:
    """`Client.provider_association`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProviderAssociationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ProviderAssociationResourceWithRawResponse(self)

    @cached_property
    def stripe(self) -> ProviderAssociationStripeResource:
        from .stripe import ProviderAssociationStripeResource

        return ProviderAssociationStripeResource(self._client)


class ProviderAssociationResourceWithRawResponse:
    """`Client.provider_association`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ProviderAssociationResource) -> None:
        self._resource = resource

    @cached_property
    def stripe(self) -> ProviderAssociationStripeResourceWithRawResponse:
        from .stripe import ProviderAssociationStripeResourceWithRawResponse

        return ProviderAssociationStripeResourceWithRawResponse(self._resource.stripe)


class AsyncProviderAssociationResource:
    """`AsyncClient.provider_association`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProviderAssociationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncProviderAssociationResourceWithRawResponse(self)

    @cached_property
    def stripe(self) -> AsyncProviderAssociationStripeResource:
        from .stripe import AsyncProviderAssociationStripeResource

        return AsyncProviderAssociationStripeResource(self._client)


class AsyncProviderAssociationResourceWithRawResponse:
    """`AsyncClient.provider_association`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncProviderAssociationResource) -> None:
        self._resource = resource

    @cached_property
    def stripe(self) -> AsyncProviderAssociationStripeResourceWithRawResponse:
        from .stripe import AsyncProviderAssociationStripeResourceWithRawResponse

        return AsyncProviderAssociationStripeResourceWithRawResponse(self._resource.stripe)
