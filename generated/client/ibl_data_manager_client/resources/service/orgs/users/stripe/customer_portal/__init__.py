"""`Client.service.orgs.users.stripe.customer_portal`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.commerce import (
    service_orgs_users_stripe_customer_portal_create as _service_orgs_users_stripe_customer_portal_create,
)
from .......models.stripe_customer_portal_request import StripeCustomerPortalRequest
from .......models.stripe_customer_portal_request_flow_type import (
    StripeCustomerPortalRequestFlowType,
)
from .......models.stripe_customer_portal_response import StripeCustomerPortalResponse
from .......types import UNSET, Unset

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

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: StripeCustomerPortalRequest,
        **options: Unpack[RequestOptions],
    ) -> StripeCustomerPortalResponse: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        return_url: str,
        subscription_id: str | Unset = UNSET,
        flow_type: StripeCustomerPortalRequestFlowType | Unset = UNSET,
        after_completion_url: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> StripeCustomerPortalResponse: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: StripeCustomerPortalRequest | Unset = UNSET,
        return_url: str | Unset = UNSET,
        subscription_id: str | Unset = UNSET,
        flow_type: StripeCustomerPortalRequestFlowType | Unset = UNSET,
        after_completion_url: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> StripeCustomerPortalResponse:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            user_id (str, path)
            body (StripeCustomerPortalRequest, request body)
            Or the body's fields as keywords instead of body=: return_url, subscription_id,
                flow_type, after_completion_url

        Returns:
            StripeCustomerPortalResponse
        """
        body = body_from_fields(
            "service.orgs.users.stripe.customer_portal.create",
            body,
            StripeCustomerPortalRequest,
            ["return_url"],
            (
                ("return_url", "return_url", return_url),
                ("subscription_id", "subscription_id", subscription_id),
                ("flow_type", "flow_type", flow_type),
                ("after_completion_url", "after_completion_url", after_completion_url),
            ),
        )
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

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: StripeCustomerPortalRequest,
        **options: Unpack[RequestOptions],
    ) -> StripeCustomerPortalResponse: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        return_url: str,
        subscription_id: str | Unset = UNSET,
        flow_type: StripeCustomerPortalRequestFlowType | Unset = UNSET,
        after_completion_url: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> StripeCustomerPortalResponse: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: StripeCustomerPortalRequest | Unset = UNSET,
        return_url: str | Unset = UNSET,
        subscription_id: str | Unset = UNSET,
        flow_type: StripeCustomerPortalRequestFlowType | Unset = UNSET,
        after_completion_url: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> StripeCustomerPortalResponse:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            user_id (str, path)
            body (StripeCustomerPortalRequest, request body)
            Or the body's fields as keywords instead of body=: return_url, subscription_id,
                flow_type, after_completion_url

        Returns:
            StripeCustomerPortalResponse
        """
        body = body_from_fields(
            "service.orgs.users.stripe.customer_portal.create",
            body,
            StripeCustomerPortalRequest,
            ["return_url"],
            (
                ("return_url", "return_url", return_url),
                ("subscription_id", "subscription_id", subscription_id),
                ("flow_type", "flow_type", flow_type),
                ("after_completion_url", "after_completion_url", after_completion_url),
            ),
        )
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
