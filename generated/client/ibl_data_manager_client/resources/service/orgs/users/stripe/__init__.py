"""`Client.service.orgs.users.stripe`: 5 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .checkout_session import (
        AsyncServiceOrgsUsersStripeCheckoutSessionResource,
        AsyncServiceOrgsUsersStripeCheckoutSessionResourceWithRawResponse,
        ServiceOrgsUsersStripeCheckoutSessionResource,
        ServiceOrgsUsersStripeCheckoutSessionResourceWithRawResponse,
    )
    from .customer_portal import (
        AsyncServiceOrgsUsersStripeCustomerPortalResource,
        AsyncServiceOrgsUsersStripeCustomerPortalResourceWithRawResponse,
        ServiceOrgsUsersStripeCustomerPortalResource,
        ServiceOrgsUsersStripeCustomerPortalResourceWithRawResponse,
    )
    from .products import (
        AsyncServiceOrgsUsersStripeProductsResource,
        AsyncServiceOrgsUsersStripeProductsResourceWithRawResponse,
        ServiceOrgsUsersStripeProductsResource,
        ServiceOrgsUsersStripeProductsResourceWithRawResponse,
    )
    from .subscription_renewal import (
        AsyncServiceOrgsUsersStripeSubscriptionRenewalResource,
        AsyncServiceOrgsUsersStripeSubscriptionRenewalResourceWithRawResponse,
        ServiceOrgsUsersStripeSubscriptionRenewalResource,
        ServiceOrgsUsersStripeSubscriptionRenewalResourceWithRawResponse,
    )
    from .subscriptions import (
        AsyncServiceOrgsUsersStripeSubscriptionsResource,
        AsyncServiceOrgsUsersStripeSubscriptionsResourceWithRawResponse,
        ServiceOrgsUsersStripeSubscriptionsResource,
        ServiceOrgsUsersStripeSubscriptionsResourceWithRawResponse,
    )

__all__ = [
    "ServiceOrgsUsersStripeResource",
    "ServiceOrgsUsersStripeResourceWithRawResponse",
    "AsyncServiceOrgsUsersStripeResource",
    "AsyncServiceOrgsUsersStripeResourceWithRawResponse",
]


class ServiceOrgsUsersStripeResource:
    """`Client.service.orgs.users.stripe`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServiceOrgsUsersStripeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServiceOrgsUsersStripeResourceWithRawResponse(self)

    @cached_property
    def checkout_session(self) -> ServiceOrgsUsersStripeCheckoutSessionResource:
        from .checkout_session import ServiceOrgsUsersStripeCheckoutSessionResource

        return ServiceOrgsUsersStripeCheckoutSessionResource(self._client)

    @cached_property
    def customer_portal(self) -> ServiceOrgsUsersStripeCustomerPortalResource:
        from .customer_portal import ServiceOrgsUsersStripeCustomerPortalResource

        return ServiceOrgsUsersStripeCustomerPortalResource(self._client)

    @cached_property
    def products(self) -> ServiceOrgsUsersStripeProductsResource:
        from .products import ServiceOrgsUsersStripeProductsResource

        return ServiceOrgsUsersStripeProductsResource(self._client)

    @cached_property
    def subscription_renewal(self) -> ServiceOrgsUsersStripeSubscriptionRenewalResource:
        from .subscription_renewal import ServiceOrgsUsersStripeSubscriptionRenewalResource

        return ServiceOrgsUsersStripeSubscriptionRenewalResource(self._client)

    @cached_property
    def subscriptions(self) -> ServiceOrgsUsersStripeSubscriptionsResource:
        from .subscriptions import ServiceOrgsUsersStripeSubscriptionsResource

        return ServiceOrgsUsersStripeSubscriptionsResource(self._client)


class ServiceOrgsUsersStripeResourceWithRawResponse:
    """`Client.service.orgs.users.stripe`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServiceOrgsUsersStripeResource) -> None:
        self._resource = resource

    @cached_property
    def checkout_session(self) -> ServiceOrgsUsersStripeCheckoutSessionResourceWithRawResponse:
        from .checkout_session import ServiceOrgsUsersStripeCheckoutSessionResourceWithRawResponse

        return ServiceOrgsUsersStripeCheckoutSessionResourceWithRawResponse(
            self._resource.checkout_session
        )

    @cached_property
    def customer_portal(self) -> ServiceOrgsUsersStripeCustomerPortalResourceWithRawResponse:
        from .customer_portal import ServiceOrgsUsersStripeCustomerPortalResourceWithRawResponse

        return ServiceOrgsUsersStripeCustomerPortalResourceWithRawResponse(
            self._resource.customer_portal
        )

    @cached_property
    def products(self) -> ServiceOrgsUsersStripeProductsResourceWithRawResponse:
        from .products import ServiceOrgsUsersStripeProductsResourceWithRawResponse

        return ServiceOrgsUsersStripeProductsResourceWithRawResponse(self._resource.products)

    @cached_property
    def subscription_renewal(
        self,
    ) -> ServiceOrgsUsersStripeSubscriptionRenewalResourceWithRawResponse:
        from .subscription_renewal import (
            ServiceOrgsUsersStripeSubscriptionRenewalResourceWithRawResponse,
        )

        return ServiceOrgsUsersStripeSubscriptionRenewalResourceWithRawResponse(
            self._resource.subscription_renewal
        )

    @cached_property
    def subscriptions(self) -> ServiceOrgsUsersStripeSubscriptionsResourceWithRawResponse:
        from .subscriptions import ServiceOrgsUsersStripeSubscriptionsResourceWithRawResponse

        return ServiceOrgsUsersStripeSubscriptionsResourceWithRawResponse(
            self._resource.subscriptions
        )


class AsyncServiceOrgsUsersStripeResource:
    """`AsyncClient.service.orgs.users.stripe`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServiceOrgsUsersStripeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServiceOrgsUsersStripeResourceWithRawResponse(self)

    @cached_property
    def checkout_session(self) -> AsyncServiceOrgsUsersStripeCheckoutSessionResource:
        from .checkout_session import AsyncServiceOrgsUsersStripeCheckoutSessionResource

        return AsyncServiceOrgsUsersStripeCheckoutSessionResource(self._client)

    @cached_property
    def customer_portal(self) -> AsyncServiceOrgsUsersStripeCustomerPortalResource:
        from .customer_portal import AsyncServiceOrgsUsersStripeCustomerPortalResource

        return AsyncServiceOrgsUsersStripeCustomerPortalResource(self._client)

    @cached_property
    def products(self) -> AsyncServiceOrgsUsersStripeProductsResource:
        from .products import AsyncServiceOrgsUsersStripeProductsResource

        return AsyncServiceOrgsUsersStripeProductsResource(self._client)

    @cached_property
    def subscription_renewal(self) -> AsyncServiceOrgsUsersStripeSubscriptionRenewalResource:
        from .subscription_renewal import AsyncServiceOrgsUsersStripeSubscriptionRenewalResource

        return AsyncServiceOrgsUsersStripeSubscriptionRenewalResource(self._client)

    @cached_property
    def subscriptions(self) -> AsyncServiceOrgsUsersStripeSubscriptionsResource:
        from .subscriptions import AsyncServiceOrgsUsersStripeSubscriptionsResource

        return AsyncServiceOrgsUsersStripeSubscriptionsResource(self._client)


class AsyncServiceOrgsUsersStripeResourceWithRawResponse:
    """`AsyncClient.service.orgs.users.stripe`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServiceOrgsUsersStripeResource) -> None:
        self._resource = resource

    @cached_property
    def checkout_session(self) -> AsyncServiceOrgsUsersStripeCheckoutSessionResourceWithRawResponse:
        from .checkout_session import (
            AsyncServiceOrgsUsersStripeCheckoutSessionResourceWithRawResponse,
        )

        return AsyncServiceOrgsUsersStripeCheckoutSessionResourceWithRawResponse(
            self._resource.checkout_session
        )

    @cached_property
    def customer_portal(self) -> AsyncServiceOrgsUsersStripeCustomerPortalResourceWithRawResponse:
        from .customer_portal import (
            AsyncServiceOrgsUsersStripeCustomerPortalResourceWithRawResponse,
        )

        return AsyncServiceOrgsUsersStripeCustomerPortalResourceWithRawResponse(
            self._resource.customer_portal
        )

    @cached_property
    def products(self) -> AsyncServiceOrgsUsersStripeProductsResourceWithRawResponse:
        from .products import AsyncServiceOrgsUsersStripeProductsResourceWithRawResponse

        return AsyncServiceOrgsUsersStripeProductsResourceWithRawResponse(self._resource.products)

    @cached_property
    def subscription_renewal(
        self,
    ) -> AsyncServiceOrgsUsersStripeSubscriptionRenewalResourceWithRawResponse:
        from .subscription_renewal import (
            AsyncServiceOrgsUsersStripeSubscriptionRenewalResourceWithRawResponse,
        )

        return AsyncServiceOrgsUsersStripeSubscriptionRenewalResourceWithRawResponse(
            self._resource.subscription_renewal
        )

    @cached_property
    def subscriptions(self) -> AsyncServiceOrgsUsersStripeSubscriptionsResourceWithRawResponse:
        from .subscriptions import AsyncServiceOrgsUsersStripeSubscriptionsResourceWithRawResponse

        return AsyncServiceOrgsUsersStripeSubscriptionsResourceWithRawResponse(
            self._resource.subscriptions
        )
