"""`Client.providers.stripe.create_organization`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.commerce import (
    providers_stripe_create_organization_create as _providers_stripe_create_organization_create,
)
from .....models.stripe_new_user_tenant_launch_request import StripeNewUserTenantLaunchRequest
from .....models.tenant_launch_response import TenantLaunchResponse
from .....types import UNSET, Unset

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

    @overload
    def create(
        self,
        *,
        body: StripeNewUserTenantLaunchRequest,
        **options: Unpack[RequestOptions],
    ) -> TenantLaunchResponse: ...

    @overload
    def create(
        self,
        *,
        name: str,
        key: str,
        stripe_checkout_id_alt: str,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        firstname: str | Unset = UNSET,
        lastname: str | Unset = UNSET,
        password: str | Unset = UNSET,
        ignore_user_exists: bool | Unset = UNSET,
        is_advertising: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TenantLaunchResponse: ...

    def create(
        self,
        *,
        body: StripeNewUserTenantLaunchRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        key: str | Unset = UNSET,
        stripe_checkout_id_alt: str | Unset = UNSET,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        firstname: str | Unset = UNSET,
        lastname: str | Unset = UNSET,
        password: str | Unset = UNSET,
        ignore_user_exists: bool | Unset = UNSET,
        is_advertising: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TenantLaunchResponse:
        """Proxy to the Platform launch API  We cannot expose launching a tenant to an unauthorized
        user hence the need for the API  The API validates the stripe_checkout_id and then
        proxies the request to the Platform Launch API

        Args:
            body (StripeNewUserTenantLaunchRequest, request body)
            Or the body's fields as keywords instead of body=: name, key,
                stripe_checkout_id_alt, username, email, firstname, lastname, password,
                ignore_user_exists, is_advertising

        Returns:
            TenantLaunchResponse
        """
        body = body_from_fields(
            "providers.stripe.create_organization.create",
            body,
            StripeNewUserTenantLaunchRequest,
            ["name", "key", "stripe_checkout_id_alt"],
            (
                ("name", "name", name),
                ("key", "key", key),
                ("stripe_checkout_id_alt", "stripe_checkout_id_alt", stripe_checkout_id_alt),
                ("username", "username", username),
                ("email", "email", email),
                ("firstname", "firstname", firstname),
                ("lastname", "lastname", lastname),
                ("password", "password", password),
                ("ignore_user_exists", "ignore_user_exists", ignore_user_exists),
                ("is_advertising", "is_advertising", is_advertising),
            ),
        )
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

    @overload
    async def create(
        self,
        *,
        body: StripeNewUserTenantLaunchRequest,
        **options: Unpack[RequestOptions],
    ) -> TenantLaunchResponse: ...

    @overload
    async def create(
        self,
        *,
        name: str,
        key: str,
        stripe_checkout_id_alt: str,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        firstname: str | Unset = UNSET,
        lastname: str | Unset = UNSET,
        password: str | Unset = UNSET,
        ignore_user_exists: bool | Unset = UNSET,
        is_advertising: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TenantLaunchResponse: ...

    async def create(
        self,
        *,
        body: StripeNewUserTenantLaunchRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        key: str | Unset = UNSET,
        stripe_checkout_id_alt: str | Unset = UNSET,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        firstname: str | Unset = UNSET,
        lastname: str | Unset = UNSET,
        password: str | Unset = UNSET,
        ignore_user_exists: bool | Unset = UNSET,
        is_advertising: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TenantLaunchResponse:
        """Proxy to the Platform launch API  We cannot expose launching a tenant to an unauthorized
        user hence the need for the API  The API validates the stripe_checkout_id and then
        proxies the request to the Platform Launch API

        Args:
            body (StripeNewUserTenantLaunchRequest, request body)
            Or the body's fields as keywords instead of body=: name, key,
                stripe_checkout_id_alt, username, email, firstname, lastname, password,
                ignore_user_exists, is_advertising

        Returns:
            TenantLaunchResponse
        """
        body = body_from_fields(
            "providers.stripe.create_organization.create",
            body,
            StripeNewUserTenantLaunchRequest,
            ["name", "key", "stripe_checkout_id_alt"],
            (
                ("name", "name", name),
                ("key", "key", key),
                ("stripe_checkout_id_alt", "stripe_checkout_id_alt", stripe_checkout_id_alt),
                ("username", "username", username),
                ("email", "email", email),
                ("firstname", "firstname", firstname),
                ("lastname", "lastname", lastname),
                ("password", "password", password),
                ("ignore_user_exists", "ignore_user_exists", ignore_user_exists),
                ("is_advertising", "is_advertising", is_advertising),
            ),
        )
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
