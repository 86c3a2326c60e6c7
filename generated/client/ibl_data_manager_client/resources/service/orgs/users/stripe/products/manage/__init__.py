"""`Client.service.orgs.users.stripe.products.manage`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.commerce import (
    service_orgs_users_stripe_products_manage_create as _service_orgs_users_stripe_products_manage_create,
)

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "ServiceOrgsUsersStripeProductsManageResource",
    "ServiceOrgsUsersStripeProductsManageResourceWithRawResponse",
    "AsyncServiceOrgsUsersStripeProductsManageResource",
    "AsyncServiceOrgsUsersStripeProductsManageResourceWithRawResponse",
]


class ServiceOrgsUsersStripeProductsManageResource:
    """`Client.service.orgs.users.stripe.products.manage`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServiceOrgsUsersStripeProductsManageResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServiceOrgsUsersStripeProductsManageResourceWithRawResponse(self)

    def create(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _service_orgs_users_stripe_products_manage_create.OPERATION,
            _service_orgs_users_stripe_products_manage_create.build_request(
                org=org, user_id=user_id
            ),
            options,
        )


class ServiceOrgsUsersStripeProductsManageResourceWithRawResponse:
    """`Client.service.orgs.users.stripe.products.manage`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServiceOrgsUsersStripeProductsManageResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncServiceOrgsUsersStripeProductsManageResource:
    """`AsyncClient.service.orgs.users.stripe.products.manage`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServiceOrgsUsersStripeProductsManageResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServiceOrgsUsersStripeProductsManageResourceWithRawResponse(self)

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _service_orgs_users_stripe_products_manage_create.OPERATION,
            _service_orgs_users_stripe_products_manage_create.build_request(
                org=org, user_id=user_id
            ),
            options,
        )


class AsyncServiceOrgsUsersStripeProductsManageResourceWithRawResponse:
    """`AsyncClient.service.orgs.users.stripe.products.manage`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServiceOrgsUsersStripeProductsManageResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
