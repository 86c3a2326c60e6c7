"""`Client.service.orgs.users.stripe.subscription_renewal`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.commerce import (
    service_orgs_users_stripe_subscription_renewal_create as _service_orgs_users_stripe_subscription_renewal_create,
)
from .......models.stripe_subscription_renewal_request import StripeSubscriptionRenewalRequest
from .......models.stripe_subscription_renewal_response import StripeSubscriptionRenewalResponse
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "ServiceOrgsUsersStripeSubscriptionRenewalResource",
    "ServiceOrgsUsersStripeSubscriptionRenewalResourceWithRawResponse",
    "AsyncServiceOrgsUsersStripeSubscriptionRenewalResource",
    "AsyncServiceOrgsUsersStripeSubscriptionRenewalResourceWithRawResponse",
]


class ServiceOrgsUsersStripeSubscriptionRenewalResource:
    """`Client.service.orgs.users.stripe.subscription_renewal`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServiceOrgsUsersStripeSubscriptionRenewalResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServiceOrgsUsersStripeSubscriptionRenewalResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: StripeSubscriptionRenewalRequest,
        **options: Unpack[RequestOptions],
    ) -> StripeSubscriptionRenewalResponse: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        checkout_session_uuid: str,
        return_url: str,
        **options: Unpack[RequestOptions],
    ) -> StripeSubscriptionRenewalResponse: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: StripeSubscriptionRenewalRequest | Unset = UNSET,
        checkout_session_uuid: str | Unset = UNSET,
        return_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> StripeSubscriptionRenewalResponse:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            user_id (str, path)
            body (StripeSubscriptionRenewalRequest, request body)
            Or the body's fields as keywords instead of body=: checkout_session_uuid, return_url

        Returns:
            StripeSubscriptionRenewalResponse
        """
        body = body_from_fields(
            "service.orgs.users.stripe.subscription_renewal.create",
            body,
            StripeSubscriptionRenewalRequest,
            ["checkout_session_uuid", "return_url"],
            (
                ("checkout_session_uuid", "checkout_session_uuid", checkout_session_uuid),
                ("return_url", "return_url", return_url),
            ),
        )
        return self._client._send(
            _service_orgs_users_stripe_subscription_renewal_create.OPERATION,
            _service_orgs_users_stripe_subscription_renewal_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class ServiceOrgsUsersStripeSubscriptionRenewalResourceWithRawResponse:
    """`Client.service.orgs.users.stripe.subscription_renewal`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServiceOrgsUsersStripeSubscriptionRenewalResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncServiceOrgsUsersStripeSubscriptionRenewalResource:
    """`AsyncClient.service.orgs.users.stripe.subscription_renewal`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncServiceOrgsUsersStripeSubscriptionRenewalResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServiceOrgsUsersStripeSubscriptionRenewalResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: StripeSubscriptionRenewalRequest,
        **options: Unpack[RequestOptions],
    ) -> StripeSubscriptionRenewalResponse: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        checkout_session_uuid: str,
        return_url: str,
        **options: Unpack[RequestOptions],
    ) -> StripeSubscriptionRenewalResponse: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: StripeSubscriptionRenewalRequest | Unset = UNSET,
        checkout_session_uuid: str | Unset = UNSET,
        return_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> StripeSubscriptionRenewalResponse:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            user_id (str, path)
            body (StripeSubscriptionRenewalRequest, request body)
            Or the body's fields as keywords instead of body=: checkout_session_uuid, return_url

        Returns:
            StripeSubscriptionRenewalResponse
        """
        body = body_from_fields(
            "service.orgs.users.stripe.subscription_renewal.create",
            body,
            StripeSubscriptionRenewalRequest,
            ["checkout_session_uuid", "return_url"],
            (
                ("checkout_session_uuid", "checkout_session_uuid", checkout_session_uuid),
                ("return_url", "return_url", return_url),
            ),
        )
        return await self._client._send(
            _service_orgs_users_stripe_subscription_renewal_create.OPERATION,
            _service_orgs_users_stripe_subscription_renewal_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncServiceOrgsUsersStripeSubscriptionRenewalResourceWithRawResponse:
    """`AsyncClient.service.orgs.users.stripe.subscription_renewal`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServiceOrgsUsersStripeSubscriptionRenewalResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
