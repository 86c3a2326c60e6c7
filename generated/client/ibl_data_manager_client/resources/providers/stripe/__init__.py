"""`Client.providers.stripe`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .create_organization import (
        AsyncProvidersStripeCreateOrganizationResource,
        AsyncProvidersStripeCreateOrganizationResourceWithRawResponse,
        ProvidersStripeCreateOrganizationResource,
        ProvidersStripeCreateOrganizationResourceWithRawResponse,
    )

__all__ = [
    "ProvidersStripeResource",
    "ProvidersStripeResourceWithRawResponse",
    "AsyncProvidersStripeResource",
    "AsyncProvidersStripeResourceWithRawResponse",
]


class ProvidersStripeResource:
    """`Client.providers.stripe`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProvidersStripeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ProvidersStripeResourceWithRawResponse(self)

    @cached_property
    def create_organization(self) -> ProvidersStripeCreateOrganizationResource:
        from .create_organization import ProvidersStripeCreateOrganizationResource

        return ProvidersStripeCreateOrganizationResource(self._client)


class ProvidersStripeResourceWithRawResponse:
    """`Client.providers.stripe`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ProvidersStripeResource) -> None:
        self._resource = resource

    @cached_property
    def create_organization(self) -> ProvidersStripeCreateOrganizationResourceWithRawResponse:
        from .create_organization import ProvidersStripeCreateOrganizationResourceWithRawResponse

        return ProvidersStripeCreateOrganizationResourceWithRawResponse(
            self._resource.create_organization
        )


class AsyncProvidersStripeResource:
    """`AsyncClient.providers.stripe`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProvidersStripeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncProvidersStripeResourceWithRawResponse(self)

    @cached_property
    def create_organization(self) -> AsyncProvidersStripeCreateOrganizationResource:
        from .create_organization import AsyncProvidersStripeCreateOrganizationResource

        return AsyncProvidersStripeCreateOrganizationResource(self._client)


class AsyncProvidersStripeResourceWithRawResponse:
    """`AsyncClient.providers.stripe`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncProvidersStripeResource) -> None:
        self._resource = resource

    @cached_property
    def create_organization(self) -> AsyncProvidersStripeCreateOrganizationResourceWithRawResponse:
        from .create_organization import (
            AsyncProvidersStripeCreateOrganizationResourceWithRawResponse,
        )

        return AsyncProvidersStripeCreateOrganizationResourceWithRawResponse(
            self._resource.create_organization
        )
