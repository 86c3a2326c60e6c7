"""`Client.service.orgs.users.stripe.customer_portal`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.commerce import (
    service_orgs_users_stripe_customer_portal_create as _service_orgs_users_stripe_customer_portal_create,
)
from .......models.stripe_customer_portal_request import StripeCustomerPortalRequest
from .......models.stripe_customer_portal_response import StripeCustomerPortalResponse

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "ServiceOrgsUsersStripeCustomerPortalResource",
    "ServiceOrgsUsersStripeCustomerPortalResourceWithRawResponse",
    "AsyncServiceOrgsUsersStripeCustomerPortalResource",
    "AsyncServiceOrgsUsersStripeCustomerPortalResourceWithRawResponse",
]


class ServiceOrgsUsersStripeCustomerPortalResource:
    """`Client.service.orgs.users.stripe.customer_portal`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServiceOrgsUsersStripeCustomerPortalResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServiceOrgsUsersStripeCustomerPortalResourceWithRawResponse(self)

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: StripeCustomerPortalRequest,
        **options: Unpack[RequestOptions],
    ) -> StripeCustomerPortalResponse:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            user_id (str, path)
            body (StripeCustomerPortalRequest, request body)

        Returns:
            StripeCustomerPortalResponse
        """
        return self._client._send(
            _service_orgs_users_stripe_customer_portal_create.OPERATION,
            _service_orgs_users_stripe_customer_portal_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class ServiceOrgsUsersStripeCustomerPortalResourceWithRawResponse:
    """`Client.service.orgs.users.stripe.customer_portal`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServiceOrgsUsersStripeCustomerPortalResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncServiceOrgsUsersStripeCustomerPortalResource:
    """`AsyncClient.service.orgs.users.stripe.customer_portal`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServiceOrgsUsersStripeCustomerPortalResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServiceOrgsUsersStripeCustomerPortalResourceWithRawResponse(self)

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: StripeCustomerPortalRequest,
        **options: Unpack[RequestOptions],
    ) -> StripeCustomerPortalResponse:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            user_id (str, path)
            body (StripeCustomerPortalRequest, request body)

        Returns:
            StripeCustomerPortalResponse
        """
        return await self._client._send(
            _service_orgs_users_stripe_customer_portal_create.OPERATION,
            _service_orgs_users_stripe_customer_portal_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncServiceOrgsUsersStripeCustomerPortalResourceWithRawResponse:
    """`AsyncClient.service.orgs.users.stripe.customer_portal`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServiceOrgsUsersStripeCustomerPortalResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
