"""`Client.providers.stripe.create_organization`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.commerce import (
    providers_stripe_create_organization_create as _providers_stripe_create_organization_create,
)
from .....models.stripe_new_user_tenant_launch_request import StripeNewUserTenantLaunchRequest
from .....models.tenant_launch_response import TenantLaunchResponse

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "ProvidersStripeCreateOrganizationResource",
    "ProvidersStripeCreateOrganizationResourceWithRawResponse",
    "AsyncProvidersStripeCreateOrganizationResource",
    "AsyncProvidersStripeCreateOrganizationResourceWithRawResponse",
]


class ProvidersStripeCreateOrganizationResource:
    """`Client.providers.stripe.create_organization`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProvidersStripeCreateOrganizationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ProvidersStripeCreateOrganizationResourceWithRawResponse(self)

    def create(
        self,
        *,
        body: StripeNewUserTenantLaunchRequest,
        **options: Unpack[RequestOptions],
    ) -> TenantLaunchResponse:
        """Proxy to the Platform launch API  We cannot expose launching a tenant to an unauthorized
        user hence the need for the API  The API validates the stripe_checkout_id and then
        proxies the request to the Platform Launch API

        Args:
            body (StripeNewUserTenantLaunchRequest, request body)

        Returns:
            TenantLaunchResponse
        """
        return self._client._send(
            _providers_stripe_create_organization_create.OPERATION,
            _providers_stripe_create_organization_create.build_request(body=body),
            options,
        )


class ProvidersStripeCreateOrganizationResourceWithRawResponse:
    """`Client.providers.stripe.create_organization`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ProvidersStripeCreateOrganizationResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncProvidersStripeCreateOrganizationResource:
    """`AsyncClient.providers.stripe.create_organization`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProvidersStripeCreateOrganizationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncProvidersStripeCreateOrganizationResourceWithRawResponse(self)

    async def create(
        self,
        *,
        body: StripeNewUserTenantLaunchRequest,
        **options: Unpack[RequestOptions],
    ) -> TenantLaunchResponse:
        """Proxy to the Platform launch API  We cannot expose launching a tenant to an unauthorized
        user hence the need for the API  The API validates the stripe_checkout_id and then
        proxies the request to the Platform Launch API

        Args:
            body (StripeNewUserTenantLaunchRequest, request body)

        Returns:
            TenantLaunchResponse
        """
        return await self._client._send(
            _providers_stripe_create_organization_create.OPERATION,
            _providers_stripe_create_organization_create.build_request(body=body),
            options,
        )


class AsyncProvidersStripeCreateOrganizationResourceWithRawResponse:
    """`AsyncClient.providers.stripe.create_organization`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncProvidersStripeCreateOrganizationResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
