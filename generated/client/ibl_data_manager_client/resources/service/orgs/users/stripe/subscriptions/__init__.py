"""`Client.service.orgs.users.stripe.subscriptions`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.commerce import (
    service_orgs_users_stripe_subscriptions_retrieve as _service_orgs_users_stripe_subscriptions_retrieve,
)

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "ServiceOrgsUsersStripeSubscriptionsResource",
    "ServiceOrgsUsersStripeSubscriptionsResourceWithRawResponse",
    "AsyncServiceOrgsUsersStripeSubscriptionsResource",
    "AsyncServiceOrgsUsersStripeSubscriptionsResourceWithRawResponse",
]


class ServiceOrgsUsersStripeSubscriptionsResource:
    """`Client.service.orgs.users.stripe.subscriptions`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServiceOrgsUsersStripeSubscriptionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServiceOrgsUsersStripeSubscriptionsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _service_orgs_users_stripe_subscriptions_retrieve.OPERATION,
            _service_orgs_users_stripe_subscriptions_retrieve.build_request(
                org=org, user_id=user_id
            ),
            options,
        )


class ServiceOrgsUsersStripeSubscriptionsResourceWithRawResponse:
    """`Client.service.orgs.users.stripe.subscriptions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServiceOrgsUsersStripeSubscriptionsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncServiceOrgsUsersStripeSubscriptionsResource:
    """`AsyncClient.service.orgs.users.stripe.subscriptions`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServiceOrgsUsersStripeSubscriptionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServiceOrgsUsersStripeSubscriptionsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _service_orgs_users_stripe_subscriptions_retrieve.OPERATION,
            _service_orgs_users_stripe_subscriptions_retrieve.build_request(
                org=org, user_id=user_id
            ),
            options,
        )


class AsyncServiceOrgsUsersStripeSubscriptionsResourceWithRawResponse:
    """`AsyncClient.service.orgs.users.stripe.subscriptions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServiceOrgsUsersStripeSubscriptionsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
